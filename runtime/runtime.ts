// The runtime of compiled policies (`regelwerk/runtime`): the one entry point of compiled modules,
// holding every helper they call: exact numbers with a fast path for safe integers, dates, input
// decoding and output encoding, default-logic helpers, and the explanation recorder's connection
// to these values (the recorder itself: uitleg-recorder.ts, re-exported here). Compiled modules
// depend on this file only. Its behaviour matches the interpreter's.
import * as G from './getal.js';
import * as D from './duur.js';
import { leesDatum, schrijfDatum } from './datum.js';
import type { Type } from './typen.js';
import { type Clausule, RegelwerkConflict, RegelwerkFout, RegelwerkInvoerFout, RegelwerkLeeg, RegelwerkRekenFout } from './fouten.js';
import { bereikFout, duurBereikFout } from './bereik.js';
import { getalNaarJson, getalUitJsonOfReden } from './json.js';
import { type Leeswijze, type Schrijfwijze, leesInvoerObject, leesJsonWaarde, leesParameterJson, schrijfJsonWaarde, schrijfUitlegWaarde } from './json-codec.js';
import { type Num, norm, rat } from './num.js';
import { Spoor } from './uitleg-recorder.js';

export { RegelwerkFout, RegelwerkInvoerFout, RegelwerkConflict, RegelwerkLeeg, RegelwerkRekenFout };
export { RegelwerkAanroepFout } from './fouten.js';
export type { Besluit, Gebruik, UitlegKnoop, Uitleg } from './uitleg.js';
import type { Besluit } from './uitleg.js';
export { Spoor };
// The shape of a compiled module, for whoever loads one (`import type { GecompileerdeModule } from 'regelwerk/runtime'`).
export type { GecompileerdeModule, ModuleOpties, RegelingGegevens } from './module.js';
// The exact JSON reader, for callers with JSON text: `evalueer(rt.leesJsonTekst(tekst))`.
export { snelDatum, snelSchrijfDatum, snelPlusDatum, snelPlusMaanden, snelVglDuur, snelGewoon, snelExact } from './snel.js';
export { leesJsonTekst, JsonFout, exactGetal, isExactGetal, type ExactGetal } from './json.js';
export type { Type, Clausule };
export type Duur = D.Duur;
export type DuurJson = D.DuurDelen;
export type DuurEenheid = D.DuurEenheid;

// ---- exact numbers: a safe integer is a plain number, anything else an exact fraction ----

export type { Num };
// the built-ins of language/ingebouwd.ts with a runtime file of their own
export { veelvoud } from './veelvoud.js';
export { tijdsduur, datumDeel, datumUit, snelDatumUit } from './kalender.js';
export { reeks, snelReeks } from './reeks.js';
export { PAD_FOUT, PAD_GEEN_RIJ, geenRij, padKeuze, padParameters, padRegel, padTekst, type PadParameter } from './pad.js';
export { type Aangeroepen, aanroepBereik, aanroepEisFout, aanroepFout, aanroepInvoer, aanroepInvoerFout, roepAan } from './regeling.js';

/** A fraction constant t/n (literals like 7,5 are emitted as q(15, 2)). */
export function q(t: number | bigint, n: number | bigint): Num {
  return norm(G.getal(t, n));
}

export function plus(a: Num, b: Num): Num {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(G.plus(rat(a), rat(b)));
}

export function min(a: Num, b: Num): Num {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(G.min(rat(a), rat(b)));
}

export function maal(a: Num, b: Num): Num {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return norm(G.maal(rat(a), rat(b)));
}

export function deel(a: Num, b: Num): Num {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0 && a % b === 0) {
    const r = a / b;
    return r === 0 ? 0 : r;
  }
  if (typeof b === 'number' ? b === 0 : b.t === 0n) throw new RegelwerkRekenFout('deling door nul');
  return norm(G.gedeeldDoor(rat(a), rat(b)));
}

export function neg(a: Num): Num {
  return typeof a === 'number' ? (a === 0 ? 0 : -a) : norm(G.negatief(a));
}

export function vgl(a: Num, b: Num): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  return G.vergelijk(rat(a), rat(b));
}

export function isGelijk(a: Num, b: Num): boolean {
  return typeof a === 'number' && typeof b === 'number' ? a === b : G.gelijk(rat(a), rat(b));
}

/** `P van X`, `bedrag × percentage`: X × P / 100. */
export function procent(p: Num, x: Num): Num {
  return deel(maal(p, x), 100);
}

export type Richting = G.Afronding;

/**
 * Rounds to `decimalen` places as the drafter wrote them (checked as in the interpreter);
 * `centen`: `a` is an amount in cents, so two places fewer (negative: to whole euros, tens, ...).
 */
export function afronden(a: Num, decimalen: number, richting: Richting, centen = false): Num {
  if (centen) {
    G.controleerDecimalen(decimalen);
    decimalen -= 2;
  } else if (decimalen >= 0) G.controleerDecimalen(decimalen);
  if (typeof a === 'number' && decimalen >= 0) return a;
  if (decimalen >= 0) return norm(G.afronden(rat(a), decimalen, richting));
  const schaal = 10 ** -decimalen;
  return maal(afronden(deel(a, schaal), 0, richting), schaal);
}

export function geheel(a: Num, wat: string): number {
  return typeof a === 'number' ? a : geheelGetal(a, wat);
}

/**
 * A whole number for a count, a position or a factor of a duration, in both engines: a fraction
 * is not whole, a whole number beyond 2^53 too large (it names no position or duration).
 */
export function geheelGetal(g: G.Getal, wat: string): number {
  if (!G.isGeheel(g)) throw new RegelwerkRekenFout(`${wat} moet een geheel getal zijn, maar is ${G.schrijfDecimaal(g)}`);
  if (g.t > 9007199254740991n || g.t < -9007199254740991n) throw new RegelwerkRekenFout(`${wat} is te groot: ${G.schrijfDecimaal(g)}`);
  return Number(g.t);
}

function tekstVan(a: Num): string {
  return G.schrijfDecimaal(rat(a));
}

// ---- dates and durations ----

export function duur(eenheid: DuurEenheid, n: Num): Duur {
  return D.duur({ [eenheid]: geheel(n, `het aantal ${eenheid}`) });
}
export const datumPlusDuur = D.datumPlusDuur;
export const datumMinDuur = D.datumMinDuur;
export const plusDuur = D.plusDuur;
export const minDuur = D.minDuur;
export const negDuur = D.negatiefDuur;
export function maalDuur(u: Duur, k: Num): Duur {
  if (typeof k !== 'number' && !G.isGeheel(k)) throw new RegelwerkRekenFout(`een duur kan alleen met een geheel getal vermenigvuldigd worden, niet met ${tekstVan(k)}`);
  return D.maalDuur(u, geheel(k, 'de factor van een duur'));
}
export function verschilDagen(a: number, b: number): Duur {
  return D.duur({ dagen: a - b });
}
export function vglDuur(a: Duur, b: Duur): number {
  try {
    return D.vergelijkDuur(a, b);
  } catch (x) {
    if (x instanceof D.OnvergelijkbareDuur) throw new RegelwerkRekenFout(x.message);
    throw x;
  }
}
export const isGelijkDuur = D.gelijkDuur;
export function datum(s: string): number {
  return leesDatum(s)!;
}

// ---- equality by the static type ----

/**
 * Equality of two values of type `t`, walking the type: the shape of a value says nothing (a
 * record with fields t and n is not a fraction).
 */
export function gelijk(a: unknown, b: unknown, t: Type): boolean {
  if (a === null || b === null) return a === b;
  switch (t.soort) {
    case 'leegbaar': return gelijk(a, b, t.type);
    case 'getal': case 'bedrag': case 'percentage': return isGelijk(a as Num, b as Num);
    case 'duur': return D.gelijkDuur(a as Duur, b as Duur);
    case 'gegevens': {
      const x = a as Readonly<Record<string, unknown>>;
      const y = b as Readonly<Record<string, unknown>>;
      return t.velden.every((v) => gelijk(x[v.naam], y[v.naam], v.type));
    }
    case 'lijst': {
      const x = a as readonly unknown[];
      const y = b as readonly unknown[];
      return x.length === y.length && x.every((w, i) => gelijk(w, y[i], t.element));
    }
    case 'ja/nee': case 'datum': case 'tekst': case 'keuze': case 'leeg': case 'niets': case 'fout': case 'tupel':
      return a === b;
    default: {
      // Every type is listed: a new kind of type must say how its values compare.
      const nieuw: never = t;
      throw new Error(`interne fout: gelijkheid van ${JSON.stringify(nieuw)}`);
    }
  }
}

// ---- lists ----

export function eerste<T>(l: readonly T[]): T {
  if (l.length === 0) throw new RegelwerkRekenFout('het eerste element van een lege lijst bestaat niet');
  return l[0]!;
}
export function laatste<T>(l: readonly T[]): T {
  if (l.length === 0) throw new RegelwerkRekenFout('het laatste element van een lege lijst bestaat niet');
  return l[l.length - 1]!;
}
export function element<T>(l: readonly T[], i: Num): T {
  const n = geheel(i, 'de positie in de lijst');
  if (n < 1 || n > l.length) throw new RegelwerkRekenFout(`positie ${n} bestaat niet in een lijst van ${l.length} element(en)`);
  return l[n - 1]!;
}
export function extreem<T>(l: readonly T[], vergelijk: (a: T, b: T) => number, soort: 'minimum' | 'maximum'): T {
  if (l.length === 0) throw new RegelwerkRekenFout(`het ${soort} van een lege lijst bestaat niet`);
  let beste = l[0]!;
  for (let i = 1; i < l.length; i++) {
    const c = vergelijk(l[i]!, beste);
    if (soort === 'minimum' ? c < 0 : c > 0) beste = l[i]!;
  }
  return beste;
}
export function som(l: readonly Num[]): Num {
  let s: Num = 0;
  for (const x of l) s = plus(s, x);
  return s;
}
/** Fold: the start value is evaluated before the list, as in the interpreter. */
export function vouw<A, T>(begin: A, lijst: readonly T[], stap: (acc: A, x: T) => A): A {
  let acc = begin;
  for (const x of lijst) acc = stap(acc, x);
  return acc;
}

/**
 * A fold whose step may append to its accumulator in place (language/vouw.ts decides): the step
 * calls `aanvullen(acc, extra)` for `acc + extra`. A list this fold made is extended; any other
 * list (the start value, an input, a rule's value) is copied first, so no visible value changes.
 * Linear in the number of elements instead of quadratic.
 */
export function vouwAanvullend<T, E>(begin: readonly E[], lijst: readonly T[], stap: (acc: readonly E[], x: T, aanvullen: (acc: readonly E[], extra: readonly E[]) => readonly E[]) => readonly E[]): readonly E[] {
  let eigen: E[] | null = null;
  const aanvullen = (acc: readonly E[], extra: readonly E[]): readonly E[] => {
    if (acc !== eigen) eigen = acc.slice();
    for (const x of extra) eigen.push(x);
    return eigen;
  };
  let acc = begin;
  for (const x of lijst) acc = stap(acc, x, aanvullen);
  return acc;
}

// ---- default logic ----

/**
 * Index of the deciding exception (-1 if none applies), given each exception's value or
 * `undefined` when its condition is false. Two applicable exceptions with different values: conflict.
 */
export function uitzondering<T>(regel: string, waarden: readonly (T | undefined)[], clausules: readonly Clausule[], t: Type): number {
  const k = waarden.findIndex((w) => w !== undefined);
  if (k < 0) return -1;
  const eerste = waarden[k] as T;
  for (let j = k + 1; j < waarden.length; j++) {
    const w = waarden[j];
    if (w !== undefined && !gelijk(w, eerste, t)) {
      throw new RegelwerkConflict(regel, [clausules[k]!, clausules[j]!], [tekst(eerste, t), tekst(w, t)]);
    }
  }
  return k;
}

/**
 * Which exceptions are overridden (`uitzondering "b" op "a"`): exception i applies and so does one
 * of its (transitive) exceptions `nakomelingen[i]`, which then decides instead of it.
 */
export function overschreven(toepasselijk: readonly boolean[], nakomelingen: readonly (readonly number[])[]): boolean[] {
  return toepasselijk.map((a, i) => a && nakomelingen[i]!.some((j) => toepasselijk[j]));
}

/**
 * The decision by exception k of a rule with an exception tree: its name and bron, and the
 * applicable exceptions it (transitively) overrode, in declaration order (left out when none, as
 * for a rule without a tree).
 */
export function besluitUitzondering(clausules: readonly Clausule[], k: number, toepasselijk: readonly boolean[], voorouders: readonly (readonly number[])[]): Besluit {
  const c = clausules[k]!;
  const over = voorouders[k]!.filter((j) => toepasselijk[j]).map((j) => clausules[j]!.naam);
  return over.length > 0 ? { soort: 'uitzondering', naam: c.naam, bron: c.bron, overschrijft: over } : { soort: 'uitzondering', naam: c.naam, bron: c.bron };
}

/** How many rows of a `tabel uniek` match. */
export function aantalWaar(rijen: readonly boolean[]): number {
  let n = 0;
  for (const x of rijen) if (x) n++;
  return n;
}

/**
 * Two or more rows of a `tabel uniek` match: a conflict naming the first two, with their values
 * (computed only here, in row order, as the interpreter does).
 */
export function tabelConflict(regel: string, rijen: readonly Clausule[], t: Type, treffers: readonly boolean[], uitkomsten: readonly (() => unknown)[]): never {
  const i = treffers.indexOf(true);
  const j = treffers.indexOf(true, i + 1);
  const a = uitkomsten[i]!();
  const b = uitkomsten[j]!();
  throw new RegelwerkConflict(regel, [rijen[i]!, rijen[j]!], [tekst(a, t), tekst(b, t)]);
}

export function leeg(regel: string, bron: string | null): never {
  throw new RegelwerkLeeg(regel, bron);
}

// ---- parameters ----

export interface Rij<T> {
  readonly vanaf: string | null;
  /** The last day the row applies; absent or null: until the next row. */
  readonly tot?: string | null;
  readonly waarde: T;
  readonly bron: string | null;
}

export function kiesRij<T>(naam: string, rijen: readonly Rij<T>[], peildatum: string, tabelBron: string | null): Rij<T> {
  for (let i = rijen.length - 1; i >= 0; i--) {
    const r = rijen[i]!;
    if (r.vanaf === null || r.vanaf <= peildatum) {
      if (r.tot && peildatum > r.tot) {
        throw new RegelwerkInvoerFout('peildatum', `parameter '${naam}' heeft geen waarde op ${peildatum}: de rij vanaf ${r.vanaf} gold tot en met ${r.tot}${tabelBron ? ` (bron: ${tabelBron})` : ''}`);
      }
      return r;
    }
  }
  throw new RegelwerkInvoerFout('peildatum', `parameter '${naam}' heeft geen waarde op ${peildatum}: de tabel begint op ${rijen[0]?.vanaf ?? '?'}${tabelBron ? ` (bron: ${tabelBron})` : ''}`);
}

// Every evaluation names its peildatum; most callers use the same one over and over.
let laatsteDatum: { tekst: string; dag: number | null } = { tekst: '', dag: null };
function datumVan(tekst: string): number | null {
  if (laatsteDatum.tekst !== tekst) laatsteDatum = { tekst, dag: leesDatum(tekst) };
  return laatsteDatum.dag;
}

export function vandaag(): string {
  const n = new Date();
  return `${n.getFullYear()}-${String(n.getMonth() + 1).padStart(2, '0')}-${String(n.getDate()).padStart(2, '0')}`;
}

export function peildatum(opgegeven: string | undefined, regeling: string, geldigVanaf: string | null, geldigTot: string | null): { tekst: string; dag: number } {
  const tekst = opgegeven ?? vandaag();
  const dag = datumVan(tekst);
  if (dag === null) throw new RegelwerkInvoerFout('peildatum', `"${tekst}" is geen bestaande datum in de vorm JJJJ-MM-DD`);
  if (geldigVanaf && tekst < geldigVanaf) throw new RegelwerkInvoerFout('peildatum', `regeling '${regeling}' geldt pas vanaf ${geldigVanaf}`);
  if (geldigTot && tekst > geldigTot) throw new RegelwerkInvoerFout('peildatum', `regeling '${regeling}' geldt tot ${geldigTot}`);
  return { tekst, dag };
}

// ---- JSON input -> internal values (bedrag in cents) ----

function getalVan(x: unknown, soort: 'getal' | 'percentage'): Num | string {
  if (Number.isSafeInteger(x)) return (x as number) === 0 ? 0 : (x as number);
  const g = getalUitJsonOfReden(x, soort);
  return typeof g === 'string' ? g : norm(g);
}

/**
 * Euros in, cents out. The fast path is exact only below € 10^13: there x * 100 is within 0.06
 * of the whole cents c, and c / 100 === x means String(x) is c / 100 (decimals of at most 15
 * digits are distinct doubles). Above, two cent values can be one double (82915698060083.09 is
 * 82915698060083.1), so the exact route decides, as in the interpreter.
 */
function centenVan(x: unknown): Num | string {
  if (typeof x === 'number' && x < 1e13 && x > -1e13) {
    const c = Math.round(x * 100);
    if (c / 100 === x) return c === 0 ? 0 : c;
  }
  const g = getalUitJsonOfReden(x, 'bedrag');
  return typeof g === 'string' ? g : norm(G.maal(g, G.HONDERD));
}

/**
 * How compiled modules hold input values: safe integers as numbers, other numbers as exact
 * fractions, amounts in cents, dates as day numbers, records as plain objects, lists as arrays.
 */
const NATIEF: Leeswijze<unknown, Record<string, unknown>> = {
  leeg: null,
  jaNee: (b) => b,
  getal: (x, soort) => (soort === 'bedrag' ? centenVan(x) : getalVan(x, soort)),
  eenheden: (w, soort) => eenheden(w as Num, soort),
  datum: (d) => d,
  duur: (u) => u,
  tekst: (s) => s,
  keuze: (s) => s,
  nieuwRecord: () => ({}),
  zetVeld: (r, naam, w) => {
    r[naam] = w;
  },
  record: (r) => r,
  lijst: (l) => l,
};

/** Decodes and validates one JSON value of type `t` (the shared reader, json-codec.ts). */
export function lees(x: unknown, t: Type, pad: string): unknown {
  return leesJsonWaarde(x, t, pad, NATIEF);
}

/** A number (cents for an amount) in drafter's units, for the range check shared with the interpreter. */
function eenheden(w: Num, soort: Type['soort']): G.Getal {
  return soort === 'bedrag' ? G.gedeeldDoor(rat(w), G.HONDERD) : rat(w);
}

/**
 * A rule's value against its declared type's refinement: outside it is a calculation error
 * (the rule's try/catch adds "in regel 'x'"), as in the interpreter (waarde.ts controleerBereik).
 */
export function bereikRegel<T>(w: T, type: Type, pad = ''): T {
  if (w === null || w === undefined) return w;
  const t = type.soort === 'leegbaar' ? type.type : type;
  if (t.soort === 'lijst') {
    (w as unknown as readonly unknown[]).forEach((x, i) => bereikRegel(x, t.element, `${pad}[${i}]`));
    return w;
  }
  if (t.soort === 'gegevens') {
    for (const v of t.velden) bereikRegel((w as Record<string, unknown>)[v.naam], v.type, pad ? `${pad}.${v.naam}` : v.naam);
    return w;
  }
  if (t.soort !== 'getal' && t.soort !== 'bedrag' && t.soort !== 'percentage' && t.soort !== 'duur') return w;
  const reden = t.soort === 'duur' ? duurBereikFout(w as unknown as Duur, t, 'is') : bereikFout(eenheden(w as unknown as Num, t.soort), t, 'is');
  if (reden) throw new RegelwerkRekenFout(`de waarde${pad ? ` bij ${pad}` : ''} ${reden}`);
  return w;
}

/** Reads the top-level input object: unknown fields and missing fields are errors. */
export function leesInvoer(json: unknown, velden: readonly { naam: string; type: Type }[]): Record<string, unknown> {
  return leesInvoerObject(json, velden, NATIEF);
}

/** Overridden parameters by name; a Map, so no name is found on a prototype. */
export function leesParameters(json: Readonly<Record<string, unknown>> | undefined, parameters: readonly { naam: string; type: Type }[]): ReadonlyMap<string, unknown> {
  return leesParameterJson(json, parameters, NATIEF);
}

/** An input `eis` that does not hold: the error names the field path and the eis's melding. */
export function eisNiet(pad: string, melding: string | null): never {
  throw new RegelwerkInvoerFout(pad, melding ?? 'voldoet niet aan de eis');
}

// ---- internal values -> JSON ----

function euroJson(c: Num, waar: string, streng: boolean): number {
  // below 10^15 cents (15 digits) the double c / 100 prints as exactly these cents
  if (typeof c === 'number' && c < 1e15 && c > -1e15) return c / 100;
  return getalNaarJson(G.gedeeldDoor(rat(c), G.HONDERD), 'bedrag', waar, streng);
}

const NATIEF_UIT: Schrijfwijze<unknown> = {
  isLeeg: (w) => w === null,
  getal: (w, soort, waar, streng) => (soort === 'bedrag' ? euroJson(w as Num, waar, streng) : typeof w === 'number' ? w : getalNaarJson(w as G.Getal, soort, waar, streng)),
  dag: (w) => w as number,
  duur: (w) => w as Duur,
  veld: (w, naam) => (w as Readonly<Record<string, unknown>>)[naam],
  elementen: (w) => w as readonly unknown[],
  kaal: (w) => w,
};

/** Encodes an internal value as JSON (amounts: cents -> euros; strictly whole cents for outputs). */
export function schrijf(w: unknown, t: Type, waar: string, streng = true): unknown {
  return schrijfJsonWaarde(w, t, waar, streng, NATIEF_UIT);
}

/** How a value reads in a conflict message (the interpreter's notation). */
export function tekst(w: unknown, t: Type): string {
  if (w === null) return 'leeg';
  switch (t.soort) {
    case 'leegbaar': return tekst(w, t.type);
    case 'ja/nee': return w ? 'ja' : 'nee';
    case 'getal': return tekstVan(w as Num);
    case 'percentage': return `${tekstVan(w as Num)}%`;
    case 'bedrag': return G.schrijfInSoort(G.gedeeldDoor(rat(w as Num), G.HONDERD), 'bedrag');
    case 'datum': return schrijfDatum(w as number);
    case 'duur': return D.schrijfDuur(w as Duur);
    case 'tekst': return JSON.stringify(w);
    case 'keuze': return String(w);
    case 'gegevens': return `{ ${t.velden.map((v) => `${v.naam}: ${tekst((w as Record<string, unknown>)[v.naam], v.type)}`).join(', ')} }`;
    case 'lijst': return `[${(w as readonly unknown[]).map((x) => tekst(x, t.element)).join(', ')}]`;
    default: return String(w);
  }
}

// ---- explanation values: long lists shortened (json-codec.ts) ----

export { UITLEG_LIJST_MAX, UITLEG_LIJST_RAND, type IngekorteLijst, isIngekorteLijst, uitlegLijst } from './json-codec.js';

/** An internal value as JSON for an explanation: as schrijf (not strict), long lists shortened. */
export function schrijfUitleg(w: unknown, t: Type, waar: string): unknown {
  return schrijfUitlegWaarde(w, t, waar, NATIEF_UIT);
}

/** Wraps internal input so every read is recorded (explanations only; the fast path reads directly). */
export function gevolgd<T extends object>(invoer: T, velden: readonly { naam: string; type: Type }[], spoor: Spoor): T {
  const uit = {} as T;
  for (const { naam, type } of velden) {
    // Inputs do not change: their explanation value is made once, on the first read.
    let json: { waarde: unknown } | null = null;
    Object.defineProperty(uit, naam, {
      enumerable: true,
      get: () => {
        const w = (invoer as Record<string, unknown>)[naam];
        json ??= { waarde: schrijfUitleg(w, type, naam) };
        spoor.invoer(naam, json.waarde);
        return w;
      },
    });
  }
  return uit;
}

/** Errors from the value library become Regelwerk errors, as in the interpreter. */
export function vertaal(x: unknown): unknown {
  if (x instanceof RegelwerkFout) return x;
  if (x instanceof G.DelingDoorNul) return new RegelwerkRekenFout('deling door nul');
  if (x instanceof G.GetalTeGroot) return new RegelwerkRekenFout(x.message);
  if (x instanceof D.OnvergelijkbareDuur) return new RegelwerkRekenFout(x.message);
  if (x instanceof RangeError) return new RegelwerkRekenFout(`rekenfout: ${x.message}`);
  return x;
}

/** A calculation error names the rule it happened in (the innermost); other errors pass through. */
export function inRegel(x: unknown, regel: string): unknown {
  const f = vertaal(x);
  return f instanceof RegelwerkRekenFout && f.regel === null ? new RegelwerkRekenFout(`in regel '${regel}': ${f.message}`, regel) : f;
}

/** `duur + datum`, with the operands evaluated in source order. */
export function duurPlusDatum(u: Duur, d: number): number {
  return D.datumPlusDuur(d, u);
}
export function getalMaalDuur(k: Num, u: Duur): Duur {
  return maalDuur(u, k);
}
/**
 * `w is een van (a, b, ...)` with options that are literals (they read nothing and cannot fail),
 * so their values may be made beforehand; `t` is the type of `w` and the options.
 */
export function eenVan(w: unknown, opties: readonly unknown[], t: Type): boolean {
  for (const o of opties) if (gelijk(w, o, t)) return true;
  return false;
}

/**
 * `w is een van (a, b, ...)` as the language defines it: the options one at a time, from left
 * to right, stopping at the first equal one, as `of` does. An option after it is never evaluated:
 * it can neither fail (division by zero, an empty rule) nor appear in the explanation.
 */
export function eenVanLui(w: unknown, opties: readonly (() => unknown)[], t: Type): boolean {
  for (const o of opties) if (gelijk(w, o(), t)) return true;
  return false;
}
export function vglDatum(a: number, b: number): number {
  return a - b;
}

export interface Parameter<T> {
  readonly naam: string;
  readonly bron: string | null;
  readonly type: Type;
  readonly rijen: readonly Rij<T>[];
}

/** The value of a parameter for this evaluation: an override, or the row for the peildatum. */
export function kiesParameter<T>(p: Parameter<T>, overschreven: ReadonlyMap<string, unknown>, peildatum: string): Rij<T> {
  const opgegeven = overschreven.get(p.naam);
  if (opgegeven !== undefined) return { vanaf: null, waarde: opgegeven as T, bron: 'opgegeven bij de evaluatie' };
  return kiesRij(p.naam, p.rijen, peildatum, p.bron);
}

/** A function called in a decision table's row: a node of the explanation when one is recorded (Spoor.functie). */
export function functieInRij<T>(spoor: Spoor | null, naam: string, bron: string | null, bereken: () => T, uitleg: (w: T) => unknown): T {
  return spoor ? spoor.functie(naam, bron, bereken, uitleg) : bereken();
}

/**
 * `P op D`: the parameter's value on day D instead of the peildatum (an override holds on every
 * date), recorded in the explanation with the row and the date. A D outside the table is the
 * error of a peildatum outside it.
 */
export function parameterOp<T>(p: Parameter<T>, overschreven: ReadonlyMap<string, unknown>, dag: number, spoor: Spoor | null): T {
  const op = schrijfDatum(dag);
  const rij = kiesParameter(p, overschreven, op);
  if (spoor) spoor.parameter(p.naam, schrijfUitleg(rij.waarde, p.type, p.naam), rij.vanaf, rij.bron, overschreven.has(p.naam), op);
  return rij.waarde;
}

export function spoorParameter<T>(spoor: Spoor, p: Parameter<T>, rij: Rij<T>, overschreven: ReadonlyMap<string, unknown>): void {
  spoor.parameter(p.naam, schrijfUitleg(rij.waarde, p.type, p.naam), rij.vanaf, rij.bron, overschreven.has(p.naam));
}
