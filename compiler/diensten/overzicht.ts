// The outline of a document: one symbol per declaration (with its exceptions, fields and
// examples' names as children where they help), folding ranges per declaration, the bronnen with
// their ranges (the playground's source panel), and formatting as one edit of the whole text.
import type * as A from '../../language/ast.js';
import { formatteer } from '../../language/opmaak.js';
import type { Bereik, TekstWijziging } from './tekst.js';
import type { Werkruimte } from './werkruimte.js';

export type SymboolAard = 'regeling' | 'gebruik' | 'soort' | 'invoer' | 'uitvoer' | 'parameter' | 'functie' | 'regel' | 'uitzondering' | 'bereik' | 'voorbeeld' | 'eigenschap' | 'veld';

export interface DocumentSymbool {
  readonly naam: string;
  readonly aard: SymboolAard;
  readonly bereik: Bereik;
  readonly naamBereik: Bereik;
  readonly kinderen: readonly DocumentSymbool[];
}

function naamVan(d: A.Declaratie): { naam: string; aard: SymboolAard; naamPlek: A.Plek } {
  switch (d.kind) {
    case 'Gebruik': return { naam: `gebruik ${d.naam}`, aard: 'gebruik', naamPlek: d.plek };
    case 'Soort': return { naam: d.naam, aard: 'soort', naamPlek: d.naamPlek };
    case 'Invoer': return { naam: d.naam, aard: 'invoer', naamPlek: d.naamPlek };
    case 'Uitvoer': return { naam: d.naam, aard: 'uitvoer', naamPlek: d.naamPlek };
    case 'Parameter': return { naam: d.naam, aard: 'parameter', naamPlek: d.naamPlek };
    case 'Functie': return { naam: d.naam, aard: 'functie', naamPlek: d.naamPlek };
    case 'Regel': return { naam: d.naam, aard: 'regel', naamPlek: d.naamPlek };
    case 'Bereik': return { naam: d.naam, aard: 'bereik', naamPlek: d.naamPlek };
    case 'Voorbeeld': return { naam: `voorbeeld "${d.naam}"`, aard: 'voorbeeld', naamPlek: d.plek };
    case 'VoorbeeldenPeildatum': return { naam: `voorbeelden peildatum ${d.peildatum}`, aard: 'voorbeeld', naamPlek: d.plek };
    case 'Eigenschap': return { naam: `eigenschap "${d.naam}"`, aard: 'eigenschap', naamPlek: d.plek };
    default: return A_onmogelijk(d);
  }
}

function A_onmogelijk(x: never): never {
  throw new Error(`onverwachte declaratie: ${JSON.stringify(x)}`);
}

/** The end of a declaration without the blank lines and comments after it. */
function zonderStaart(tekst: string, p: A.Plek): number {
  let eind = Math.min(p.eind, tekst.length);
  while (eind > p.offset && /\s/.test(tekst[eind - 1]!)) eind--;
  return eind;
}

export function documentSymbolen(w: Werkruimte, bestand: string): DocumentSymbool[] {
  const b = w.bekijk(bestand);
  if (!b) return [];
  const r = b.regels;
  const bereik = (p: A.Plek): Bereik => r.bereik(p.offset, Math.max(p.offset + 1, zonderStaart(b.tekst, p)));
  const naamBereik = (p: A.Plek): Bereik => r.bereik(p.offset, Math.max(p.offset + 1, Math.min(p.eind, zonderStaart(b.tekst, p))));
  const uit: DocumentSymbool[] = [];
  const kop = b.geladen.bestand.kop;
  if (kop) uit.push({ naam: kop.naam, aard: 'regeling', bereik: bereik(kop.plek), naamBereik: bereik(kop.plek), kinderen: [] });
  for (const d of b.geladen.bestand.declaraties) {
    const { naam, aard, naamPlek } = naamVan(d);
    const kinderen: DocumentSymbool[] = [];
    if (d.kind === 'Regel') {
      for (const u of d.uitzonderingen) kinderen.push({ naam: `uitzondering "${u.label}"`, aard: 'uitzondering', bereik: bereik(u.plek), naamBereik: naamBereik(u.plek), kinderen: [] });
    }
    if (d.kind === 'Soort' && d.type.kind === 'GegevensType') {
      for (const v of d.type.velden) kinderen.push({ naam: v.naam, aard: 'veld', bereik: bereik(v.plek), naamBereik: r.bereik(v.plek.offset, v.plek.offset + v.naam.length), kinderen: [] });
    }
    const db = bereik(d.plek);
    const nb = naamBereik(naamPlek);
    uit.push({ naam, aard, bereik: db, naamBereik: nb.offset >= db.offset && nb.eind <= db.eind ? nb : db, kinderen });
  }
  return uit;
}

/** Folding: each declaration over more than one line (and each exception in it), as lines from 1. */
export function vouwbereiken(w: Werkruimte, bestand: string): { van: number; tot: number }[] {
  const uit: { van: number; tot: number }[] = [];
  const voeg = (s: DocumentSymbool): void => {
    if (s.bereik.eindRegel > s.bereik.regel) uit.push({ van: s.bereik.regel, tot: s.bereik.eindRegel });
    for (const k of s.kinderen) voeg(k);
  };
  for (const s of documentSymbolen(w, bestand)) voeg(s);
  return uit;
}

/** Every bron of the document (the policy's, each declaration's, each exception's) with the range of what it belongs to. */
export function bronnen(w: Werkruimte, bestand: string): { tekst: string; bereik: Bereik }[] {
  const b = w.bekijk(bestand);
  if (!b) return [];
  const uit: { tekst: string; bereik: Bereik }[] = [];
  const kop = b.geladen.bestand.kop;
  if (kop?.bron) uit.push({ tekst: kop.bron.tekst, bereik: b.regels.vanPlek(kop.plek) });
  for (const d of b.geladen.bestand.declaraties) {
    if ('bron' in d && d.bron) uit.push({ tekst: d.bron.tekst, bereik: b.regels.vanPlek(d.plek) });
    if (d.kind === 'Regel') for (const u of d.uitzonderingen) if (u.bron) uit.push({ tekst: u.bron.tekst, bereik: b.regels.vanPlek(u.plek) });
  }
  return uit;
}

export type OpmaakUitkomst =
  | { readonly kind: 'ok'; readonly wijzigingen: readonly TekstWijziging[] }
  | { readonly kind: 'fout'; readonly melding: string };

/** Formatting (`regelwerk fmt`) as edits: none when the text is formatted, a refusal with the first error otherwise. */
export function opmaak(w: Werkruimte, bestand: string): OpmaakUitkomst {
  const b = w.bekijk(bestand);
  if (!b) return { kind: 'fout', melding: `${bestand} is niet geopend` };
  const r = formatteer(b.tekst, bestand);
  if (!r.ok) {
    const d = r.diagnosen[0];
    return { kind: 'fout', melding: d ? `niet opgemaakt: ${d.code}: ${d.melding} (regel ${d.plek.regel})` : 'niet opgemaakt' };
  }
  return { kind: 'ok', wijzigingen: r.gewijzigd ? [{ bereik: b.regels.bereik(0, b.tekst.length), tekst: r.tekst }] : [] };
}
