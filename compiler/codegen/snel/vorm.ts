// The fast path's values at compile time: the shape of a value (Vorm: a number with its scale,
// another primitive, a duration, a record, a list, or bodem), how two shapes unite, the
// TypeScript type of fast values, and decimal literals as scaled integers. Pure functions of
// types and shapes; anything they cannot express throws NietOndersteund (no fast path).
import { type Type, zonderLeeg } from '../../../runtime/typen.js';
import * as G from '../../../runtime/getal.js';
import { keuzeType, sleutel } from '../ts-code.js';

/** A construct the fast path does not implement: the policy gets no fast path. */
export class NietOndersteund extends Error {}

export function nee(waarom: string): never {
  throw new NietOndersteund(waarom);
}

/**
 * The shape of a value in the fast path: a number with its scale (value = integer / 10^s),
 * another primitive (ja/nee, tekst, keuze, datum as day number), a duration {maanden, dagen}, a
 * record, a list, or `bodem` (only leeg, or the element of an empty list literal).
 */
export type Vorm =
  | { readonly kind: 'num'; readonly s: number }
  | { readonly kind: 'prim' }
  | { readonly kind: 'duur' }
  | { readonly kind: 'rec'; readonly v: ReadonlyMap<string, Vorm> }
  | { readonly kind: 'lijst'; readonly el: Vorm }
  | { readonly kind: 'bodem' };

export const PRIM: Vorm = { kind: 'prim' };
export const DUUR: Vorm = { kind: 'duur' };
export const BODEM: Vorm = { kind: 'bodem' };

/** A compiled value: side-effect-free code (a local, a literal, a field read) and its shape. */
export interface W {
  readonly c: string;
  readonly v: Vorm;
}

export type Scope = ReadonlyMap<string, W>;

/** Scales above this are refused at compile time: 10^s must be an exact double. */
export const MAX_SCHAAL = 15;
/** Input numbers (getal, percentage) are read with this many decimals (or more: snel/invoer.ts kiesSchalen); more falls back. */
export const INVOER_SCHAAL = 2;

export const VEILIG = '9007199254740991';

export function macht(k: number): string {
  return `1e${k}`;
}

export function num(s: number): Vorm {
  if (s > MAX_SCHAAL) nee(`schaal ${s} is te groot`);
  return { kind: 'num', s };
}

export function gelijkeVorm(a: Vorm, b: Vorm): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'num': return a.s === (b as { s: number }).s;
    case 'lijst': return gelijkeVorm(a.el, (b as { el: Vorm }).el);
    case 'rec': {
      const bv = (b as { v: ReadonlyMap<string, Vorm> }).v;
      if (a.v.size !== bv.size) return false;
      for (const [n, x] of a.v) if (!bv.has(n) || !gelijkeVorm(x, bv.get(n)!)) return false;
      return true;
    }
    default: return true;
  }
}

/** The common shape of two values (branches, list elements): numbers take the larger scale. */
export function verenig(a: Vorm, b: Vorm): Vorm {
  if (a.kind === 'bodem') return b;
  if (b.kind === 'bodem') return a;
  if (a.kind !== b.kind) return nee(`vormen ${a.kind} en ${b.kind}`);
  switch (a.kind) {
    case 'num': return num(Math.max(a.s, (b as { s: number }).s));
    case 'lijst': return { kind: 'lijst', el: verenig(a.el, (b as { el: Vorm }).el) };
    case 'rec': {
      const bv = (b as { v: ReadonlyMap<string, Vorm> }).v;
      const uit = new Map<string, Vorm>();
      for (const [n, x] of a.v) uit.set(n, bv.has(n) ? verenig(x, bv.get(n)!) : nee('records met verschillende velden'));
      return { kind: 'rec', v: uit };
    }
    default: return a;
  }
}

/** The TypeScript type of fast-path values of type `t` (amounts and numbers as scaled integers). */
export function tsType(t: Type): string {
  switch (t.soort) {
    case 'ja/nee': return 'boolean';
    case 'getal': case 'bedrag': case 'percentage': case 'datum': return 'number';
    case 'tekst': return 'string';
    case 'keuze': return keuzeType(t.waarden);
    case 'duur': return '{ readonly maanden: number; readonly dagen: number }';
    case 'gegevens': return `{ ${t.velden.map((v) => `readonly ${sleutel(v.naam)}: ${tsType(v.type)}`).join('; ')} }`;
    case 'lijst': return `readonly (${tsType(t.element)})[]`;
    case 'leegbaar': return `${tsType(t.type)} | null`;
    case 'leeg': return 'null';
    default: return nee(`type ${t.soort}`);
  }
}

export function tsElement(t: Type): string {
  const z = zonderLeeg(t);
  return z.soort === 'lijst' ? `(${tsType(z.element)})` : nee('element van iets anders dan een lijst');
}

/** The least shape of values of type `t`: numbers at scale 0 (a fold's accumulator starts there). */
export function typeVorm(t: Type): Vorm {
  switch (t.soort) {
    case 'leegbaar': return typeVorm(t.type);
    case 'getal': case 'bedrag': case 'percentage': return num(0);
    case 'duur': return DUUR;
    case 'gegevens': return { kind: 'rec', v: new Map(t.velden.map((v) => [v.naam, typeVorm(v.type)])) };
    case 'lijst': return { kind: 'lijst', el: typeVorm(t.element) };
    case 'leeg': case 'niets': return BODEM;
    default: return PRIM;
  }
}

/** The decimals of a decimal text as an exact number, and its value times 10^d (a safe integer). */
export function geschaald(tekst: string, minimaal: number): { s: number; waarde: number } {
  const g = G.vanDecimaleTekst(tekst) ?? nee(`getal ${tekst}`);
  const d = Math.max(minimaal, G.decimalen(g) ?? nee(`getal ${tekst}`));
  const x = G.maal(g, G.getal(10n ** BigInt(d)));
  if (x.n !== 1n || x.t > 9007199254740991n || x.t < -9007199254740991n) nee(`getal ${tekst} is te groot`);
  num(d);
  return { s: d, waarde: Number(x.t) };
}

export function getalCode(n: number): string {
  return n < 0 ? `(${n})` : String(n);
}