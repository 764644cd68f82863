// Rename: a name and every use of it, in every open document that means it. Refused, with a
// message for the drafter, when the new name is no name, is a keyword, or would clash: when it is
// already declared or bound where the renamed symbol is used (it would then mean something else),
// when the declaration sits in a module that is not open (a stdlib module is not the drafter's), or
// when the name is both an input and an output (which of the two a use means, only the drafter knows).
import { NAAM } from '../../language/lexicon.js';
import { SLEUTELWOORDEN } from '../../language/keywords.js';
import { namenIndex } from './namen.js';
import { veldOp } from './aanvulling.js';
import { symboolOp, voorkomensVan } from './uitleg.js';
import type { Bereik, TekstWijziging } from './tekst.js';
import type { Werkruimte } from './werkruimte.js';

export type HernoemUitkomst =
  | { readonly kind: 'ok'; readonly wijzigingen: ReadonlyMap<string, readonly TekstWijziging[]> }
  | { readonly kind: 'geweigerd'; readonly melding: string };

const IS_NAAM = new RegExp(`^${NAAM}$`);
const SLEUTEL = new Set(SLEUTELWOORDEN.map((s) => s.woord));

/** The range of the name under the cursor and the name itself, for an editor's rename box; null where no name can be renamed. */
export function hernoemBereik(w: Werkruimte, bestand: string, offset: number): { bereik: Bereik; naam: string } | null {
  const b = w.bekijk(bestand);
  const s = symboolOp(w, bestand, offset);
  if (!b || !s) return null;
  const v = namenIndex(b).voorkomens.find((x) => x.symbool === s && x.offset <= offset && offset <= x.eind);
  return v ? { bereik: b.regels.bereik(v.offset, v.eind), naam: s.naam } : null;
}

/**
 * Whether `naam` is an input and also an output or rule of the policy (allowed: in expressions it
 * means the input). A rename could not tell which of the two a use means to the drafter.
 */
export function tweeVoorEen(w: Werkruimte, bestand: string, naam: string): boolean {
  const g = w.bekijk(bestand)?.geladen.gecontroleerd;
  return !!g && g.invoer.some((i) => i.naam === naam) && (g.uitvoer.some((u) => u.naam === naam) || g.regels.has(naam));
}

export function hernoem(w: Werkruimte, bestand: string, offset: number, nieuw: string): HernoemUitkomst {
  const s = symboolOp(w, bestand, offset);
  // a field's name is also a key of the JSON input and output: that is a change of contract, made by hand
  const veldMelding = (naam: string): HernoemUitkomst => ({ kind: 'geweigerd', melding: `'${naam}' is een veld: de naam staat ook in de JSON-invoer en -uitvoer; hernoem het veld in de soort en bij elk gebruik met de hand` });
  if (!s) {
    const b = w.bekijk(bestand);
    const veld = b ? veldOp(b.geladen, offset) : undefined;
    return veld ? veldMelding(veld.veld) : { kind: 'geweigerd', melding: 'hier staat geen naam die u kunt hernoemen' };
  }
  if (s.veld) return veldMelding(s.naam);
  if (tweeVoorEen(w, s.bestand, s.naam)) {
    return { kind: 'geweigerd', melding: `'${s.naam}' is zowel een invoer als een uitvoer of regel: in een expressie is het de invoer, en beide namen zijn een sleutel van het JSON-contract; hernoem ze met de hand` };
  }
  if (!IS_NAAM.test(nieuw) || nieuw.startsWith('_')) return { kind: 'geweigerd', melding: `'${nieuw}' is geen naam: een naam begint met een letter en bestaat uit letters, cijfers, _ en losse koppeltekens` };
  if (SLEUTEL.has(nieuw)) return { kind: 'geweigerd', melding: `'${nieuw}' is een sleutelwoord en kan geen naam zijn` };
  if (nieuw === s.naam) return { kind: 'ok', wijzigingen: new Map() };
  if (!w.open().includes(s.bestand)) return { kind: 'geweigerd', melding: `'${s.naam}' is gedeclareerd in ${s.bestand}, dat niet geopend is; hernoem het daar` };
  const plekken = voorkomensVan(w, s);
  for (const f of new Set(plekken.map((p) => p.bestand))) {
    const b = w.bekijk(f);
    if (!b) continue;
    const index = namenIndex(b);
    const botsing = index.declaraties.get(nieuw) ?? index.voorkomens.find((v) => v.symbool.naam === nieuw && v.symbool.kind !== 'lokaal')?.symbool
      ?? b.geladen.gecontroleerd.parameters.find((p) => p.naam === nieuw && p.module !== null) ?? index.lokaal.find((l) => l.naam === nieuw);
    if (botsing) {
      const r = 'plek' in botsing ? b.regels.positie(botsing.plek.offset) : null;
      const waar = 'decl' in botsing ? `in module '${botsing.module}'` : `op regel ${r?.regel ?? '?'} van ${f}`;
      return { kind: 'geweigerd', melding: `'${nieuw}' bestaat al (${waar}); hernoemen zou twee dingen dezelfde naam geven. Kies een andere naam` };
    }
  }
  const wijzigingen = new Map<string, TekstWijziging[]>();
  for (const p of plekken) {
    const regels = w.regelsVan(p.bestand);
    if (!regels) continue;
    const lijst = wijzigingen.get(p.bestand) ?? [];
    if (!lijst.some((x) => x.bereik.offset === p.offset)) lijst.push({ bereik: regels.bereik(p.offset, p.eind), tekst: nieuw });
    wijzigingen.set(p.bestand, lijst);
  }
  return { kind: 'ok', wijzigingen };
}
