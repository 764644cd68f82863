// Completion: after a point, the fields of whatever expression stands before it (a name, `c.adres`,
// `(laatste van contracten)`, a call), typed by the checker; elsewhere the names that hold at the
// spot (the innermost local bindings first, then the declarations and the used modules'
// parameters), the keywords of the one table and its phrases. To know what holds at a spot the
// document is checked once more with a placeholder name written there, so a half-typed line
// (`elk c in contracten: c.`) still binds its names.
import { laad, type Geladen } from '../../language/index.js';
import type * as A from '../../language/ast.js';
import { FRASEN, SLEUTELWOORDEN } from '../../language/keywords.js';
import { LETTER } from '../../language/lexicon.js';
import { alleExpressies, wortelExpressies } from '../../language/walk.js';
import { schrijfType, type Type } from '../../runtime/typen.js';
import { namenIndex, type SymboolSoort } from './namen.js';
import type { Bekeken, Werkruimte } from './werkruimte.js';

export type AanvulSoort = 'naam' | 'veld' | 'sleutelwoord' | 'frase' | 'sjabloon';

export interface Aanvulling {
  readonly label: string;
  readonly kind: AanvulSoort;
  /** For a name: what it is (invoer, regel, ...). */
  readonly naamSoort?: SymboolSoort;
  readonly detail: string;
  /** Plain text, never markup: a bron is the policy's own words. */
  readonly documentatie?: string;
  readonly invoegen: string;
  /** `invoegen` is a snippet with ${1:...} places. */
  readonly sjabloon?: true;
  readonly sortering: string;
}

export interface AanvulAntwoord {
  /** The offsets of the word being completed (the part before the cursor). */
  readonly van: number;
  readonly tot: number;
  readonly items: readonly Aanvulling[];
}

/** A name no drafter writes and the lexer reads as one name: the stand-in for the word being typed. */
const PLAATSHOUDER = 'rwAanvullingHier';

const NAAMTEKEN = new RegExp(`[0-9_\\-${LETTER}]`);

export const SOORT_TEKST: Readonly<Record<SymboolSoort, string>> = {
  invoer: 'invoer', uitvoer: 'uitvoer', regel: 'regel', parameter: 'parameter', functie: 'functie', soort: 'soort', lokaal: 'lokale naam',
};

/** The offsets of the (part of a) name that ends at `offset`, and of the rest of it after. */
function woordRond(tekst: string, offset: number): { van: number; totEind: number } {
  let van = offset;
  while (van > 0 && NAAMTEKEN.test(tekst[van - 1]!)) van--;
  let eind = offset;
  while (eind < tekst.length && NAAMTEKEN.test(tekst[eind]!)) eind++;
  return { van, totEind: eind };
}

/** Whether a point (not a decimal point) stands before `van`, only whitespace between. */
function naPunt(tekst: string, van: number): boolean {
  let i = van - 1;
  while (i >= 0 && (tekst[i] === ' ' || tekst[i] === '\t')) i--;
  return tekst[i] === '.' && !/[0-9]/.test(tekst[i - 1] ?? '');
}

/** The fields offered for a value of type `t` after a point: of a record, or of a list's records. */
export function veldenVan(t: Type | undefined): readonly { naam: string; type: Type }[] {
  let k = t;
  for (let i = 0; k && i < 4; i++) {
    if (k.soort === 'leegbaar') k = k.type;
    else if (k.soort === 'lijst') k = k.element;
    else break;
  }
  return k?.soort === 'gegevens' ? k.velden : [];
}

/** The field access whose field name is written at `offset` in `g`'s file. */
export function veldOp(g: Geladen, offset: number): (A.Expr & { kind: 'Veld' }) | undefined {
  for (const w of wortelExpressies(g.bestand)) {
    for (const e of alleExpressies(w)) if (e.kind === 'Veld' && e.veldPlek.offset <= offset && offset <= e.veldPlek.eind) return e;
  }
  return undefined;
}

function metPlaatshouder(b: Bekeken, van: number, totEind: number): Geladen {
  const tekst = b.tekst.slice(0, van) + PLAATSHOUDER + b.tekst.slice(totEind);
  return laad(tekst, b.bestandsnaam, (naam) => {
    const m = b.modules.get(naam);
    return m ? { tekst: m.regels.tekst, bestandsnaam: m.bestandsnaam } : null;
  }, b.regelingen);
}

export function aanvulling(w: Werkruimte, bestand: string, offset: number): AanvulAntwoord {
  const b = w.bekijk(bestand);
  if (!b) return { van: offset, tot: offset, items: [] };
  const { van, totEind } = woordRond(b.tekst, offset);
  const g = metPlaatshouder(b, van, totEind);

  if (naPunt(b.tekst, van)) {
    const veld = veldOp(g, van);
    const velden = veld ? veldenVan(g.gecontroleerd.typen.get(veld.object)) : [];
    return {
      van, tot: offset,
      items: velden.map((v, i) => ({ label: v.naam, kind: 'veld', detail: schrijfType(v.type), invoegen: v.naam, sortering: String(i).padStart(3, '0') })),
    };
  }

  const items: Aanvulling[] = [];
  const gezien = new Set<string>();
  // Local names whose binding holds at the placeholder, innermost first.
  const lokaal = g.gecontroleerd.lokaleNamen
    .filter((l) => l.binder.offset <= van && van <= l.binder.eind)
    .sort((x, y) => (x.binder.eind - x.binder.offset) - (y.binder.eind - y.binder.offset));
  for (const l of lokaal) {
    if (gezien.has(l.naam)) continue;
    gezien.add(l.naam);
    items.push({ label: l.naam, kind: 'naam', naamSoort: 'lokaal', detail: `lokale naam: ${schrijfType(l.type)}`, invoegen: l.naam, sortering: `0${l.naam}` });
  }
  const index = namenIndex(b);
  const globaal = [...index.declaraties.values(), ...[...index.voorkomens].map((v) => v.symbool).filter((s) => s.bestand !== bestand && s.kind !== 'lokaal')];
  for (const s of globaal) {
    if (gezien.has(s.naam)) continue;
    gezien.add(s.naam);
    const detail = `${SOORT_TEKST[s.kind]}${s.type ? `: ${schrijfType(s.type)}` : ''}`;
    items.push({ label: s.naam, kind: 'naam', naamSoort: s.kind, detail, invoegen: s.naam, sortering: `0${s.naam}`, ...(s.bron ? { documentatie: `Bron: ${s.bron}` } : {}) });
  }
  // Parameters of used modules that this document does not name yet.
  for (const p of b.geladen.gecontroleerd.parameters) {
    if (p.module === null || gezien.has(p.naam)) continue;
    gezien.add(p.naam);
    items.push({ label: p.naam, kind: 'naam', naamSoort: 'parameter', detail: `parameter uit ${p.module}: ${schrijfType(p.type)}`, invoegen: p.naam, sortering: `0${p.naam}`, ...(p.bron ? { documentatie: `Bron: ${p.bron}` } : {}) });
  }
  items.push({ label: 'als … dan … anders …', kind: 'sjabloon', detail: 'als voorwaarde dan waarde anders waarde', invoegen: 'als ${1:voorwaarde} dan ${2:waarde} anders ${3:waarde}', sjabloon: true, sortering: '2als' });
  for (const f of meerwoordFrasen()) items.push({ label: f, kind: 'frase', detail: 'sleutelwoorden', invoegen: f, sortering: `2${f}` });
  for (const s of SLEUTELWOORDEN) {
    if (gezien.has(s.woord)) continue;
    items.push({ label: s.woord, kind: 'sleutelwoord', detail: `sleutelwoord (${s.soort})`, invoegen: s.woord, sortering: `1${s.woord}` });
  }
  return { van, tot: offset, items };
}

/**
 * The multi-word keywords: every phrase of FRASEN and its tails of two or more words ('is ten
 * minste' also gives 'ten minste'); words that do not follow each other ('als dan anders') are left out.
 */
export function meerwoordFrasen(): string[] {
  const woorden = new Set(SLEUTELWOORDEN.map((s) => s.woord));
  const uit = new Set<string>();
  for (const f of FRASEN) {
    const delen = f.split(/\s+/);
    if (delen.length < 2 || f === 'als dan anders') continue;
    for (let i = 0; i + 1 < delen.length; i++) {
      const staart = delen.slice(i);
      if (staart.every((x) => woorden.has(x))) uit.add(staart.join(' '));
    }
  }
  return [...uit].sort((a, b) => b.length - a.length);
}
