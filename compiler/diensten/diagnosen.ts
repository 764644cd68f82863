// The diagnostics of a document as an editor shows them: the front end's (syntax, names, types)
// and, on a policy without errors, the static analysis's (RW4xxx), as `regelwerk check` gives
// them; and the quick fixes for those whose suggestion names the text to write (RW0008's literal,
// "bedoelde u ...?", RW2024's `afgerond op centen`). A fix is offered only when applying it makes
// that diagnostic go away without a new error: the services check it, as the formatter does.
import type { Diagnose } from '../../language/diagnostics.js';
import { laad } from '../../language/index.js';
import { CATALOGUS } from '../../language/catalogus.js';
import type { Bereik, TekstWijziging } from './tekst.js';
import type { Bekeken, Werkruimte } from './werkruimte.js';

/** More markers than this slow an editor down without helping the drafter. */
export const MAX_DIAGNOSEN = 200;

export interface DiagnoseInfo {
  readonly code: string;
  readonly ernst: 'fout' | 'waarschuwing';
  readonly melding: string;
  readonly suggestie?: string;
  readonly titel: string;
  readonly bereik: Bereik;
}

export interface Diagnosen {
  /** At most MAX_DIAGNOSEN (errors first); the counts are of all. */
  readonly diagnosen: readonly DiagnoseInfo[];
  readonly fouten: number;
  readonly waarschuwingen: number;
}

export function info(b: Bekeken, d: Diagnose): DiagnoseInfo {
  return {
    code: d.code, ernst: d.ernst, melding: d.melding, titel: CATALOGUS[d.code].titel, bereik: b.regels.vanPlek(d.plek),
    ...(d.suggestie ? { suggestie: d.suggestie } : {}),
  };
}

/** The document's own diagnostics (not a module's), with the analysis's when it has no errors. */
export function eigenDiagnosen(w: Werkruimte, b: Bekeken, metAnalyse = true): Diagnose[] {
  const eigen = b.geladen.diagnosen.filter((d) => d.bestand === b.bestandsnaam);
  return metAnalyse ? [...eigen, ...w.analyse(b)].sort((x, y) => x.plek.offset - y.plek.offset) : eigen;
}

export function diagnosen(w: Werkruimte, bestand: string, metAnalyse = true): Diagnosen {
  const b = w.bekijk(bestand);
  if (!b) return { diagnosen: [], fouten: 0, waarschuwingen: 0 };
  const alle = eigenDiagnosen(w, b, metAnalyse);
  const fouten = alle.filter((d) => d.ernst === 'fout').length;
  const getoond = alle.length <= MAX_DIAGNOSEN ? alle
    : [...alle.filter((d) => d.ernst === 'fout'), ...alle.filter((d) => d.ernst !== 'fout')].slice(0, MAX_DIAGNOSEN);
  return { diagnosen: getoond.map((d) => info(b, d)), fouten, waarschuwingen: alle.length - fouten };
}

export interface Actie {
  readonly titel: string;
  /** The diagnostic it fixes. */
  readonly diagnose: DiagnoseInfo;
  readonly wijziging: TekstWijziging;
}

/** The text the suggestion says to write in place of the diagnostic's range, or null. */
function vervanging(d: Diagnose): string | null {
  const s = d.suggestie;
  if (!s) return null;
  const bedoeld = /^bedoelde u (?:het sleutelwoord )?'([^']+)'\?/.exec(s);
  if (bedoeld) return bedoeld[1]!;
  if (d.code === 'RW0008') {
    const m = /^(?:gebruik een komma|laat de punten weg): (\S+)/.exec(s) ?? /^schrijf (\S+)$/.exec(s);
    return m ? m[1]! : null;
  }
  return null;
}

/** The candidate edits for one diagnostic, most likely first. */
function kandidaten(b: Bekeken, d: Diagnose): { titel: string; offset: number; eind: number; tekst: string }[] {
  const nieuw = vervanging(d);
  if (nieuw !== null) return [{ titel: `vervang door ${nieuw}`, offset: d.plek.offset, eind: d.plek.eind, tekst: nieuw }];
  if (d.code === 'RW2024') {
    const waarde = b.tekst.slice(d.plek.offset, d.plek.eind);
    const rond = ' afgerond op centen rekenkundig';
    return [
      { titel: 'rond af op centen (rekenkundig)', offset: d.plek.eind, eind: d.plek.eind, tekst: rond },
      { titel: 'rond af op centen (rekenkundig)', offset: d.plek.offset, eind: d.plek.eind, tekst: `(${waarde})${rond}` },
    ];
  }
  return [];
}

/** Whether the edited text loses this diagnostic (same code, same start) and gains no error. */
function helpt(b: Bekeken, d: Diagnose, k: { offset: number; eind: number; tekst: string }, fouten: number): boolean {
  const tekst = b.tekst.slice(0, k.offset) + k.tekst + b.tekst.slice(k.eind);
  const na = laad(tekst, b.bestandsnaam, (naam) => {
    const m = b.modules.get(naam);
    return m ? { tekst: m.regels.tekst, bestandsnaam: m.bestandsnaam } : null;
  }, b.regelingen).diagnosen.filter((x) => x.bestand === b.bestandsnaam);
  const zelfde = na.some((x) => x.code === d.code && x.plek.offset === d.plek.offset);
  return !zelfde && na.filter((x) => x.ernst === 'fout').length <= fouten - (d.ernst === 'fout' ? 1 : 0);
}

/** The quick fixes for the diagnostics that overlap [offset, eind). */
export function acties(w: Werkruimte, bestand: string, offset: number, eind: number): Actie[] {
  const b = w.bekijk(bestand);
  if (!b) return [];
  const alle = eigenDiagnosen(w, b, false);
  const fouten = alle.filter((d) => d.ernst === 'fout').length;
  const uit: Actie[] = [];
  for (const d of alle) {
    if (d.plek.eind < offset || d.plek.offset > eind) continue;
    const k = kandidaten(b, d).find((x) => helpt(b, d, x, fouten));
    if (k) uit.push({ titel: k.titel, diagnose: info(b, d), wijziging: { bereik: b.regels.bereik(k.offset, k.eind), tekst: k.tekst } });
  }
  return uit;
}
