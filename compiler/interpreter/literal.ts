// Writes a JSON-encoded value back as Regelwerk source, e.g. for a counterexample `voorbeeld`.
import type { Type } from '../../runtime/typen.js';
import * as G from '../../runtime/getal.js';
import { EENHEDEN } from '../../runtime/duur.js';
import { type IngekorteLijst, isIngekorteLijst } from '../../runtime/runtime.js';

/** A long list shortened in an explanation (runtime `uitlegLijst`): first and last elements, how many between. */
export function ingekorteLijst(x: IngekorteLijst, el: (y: unknown) => string): string {
  return `[${x.eerste.map(el).join(', ')}, … ${x.weggelaten} weggelaten …, ${x.laatste.map(el).join(', ')}] (${x.aantal} elementen)`;
}

/** A JSON number (or exact number) of this soort in the drafters' notation (G.schrijfInSoort). */
function getal(x: unknown, soort: string, bron = false): string {
  const g = typeof x === 'number' ? G.vanJsNumber(x) : G.isExactGetal(x) ? G.vanDecimaleTekst(x.decimaal) : null;
  if (g && bron) return alsBronGetal(g, soort);
  if (g) return G.schrijfInSoort(g, soort);
  // not a finite number (NaN, Infinity from an API caller): words, never JS's spelling
  if (typeof x === 'number') return Number.isNaN(x) ? 'geen getal' : x > 0 ? 'oneindig' : 'min oneindig';
  return alsLiteralZonderType(x);
}

/**
 * A number as source text: every digit (a message shortens 10^21 to `1·10^21`, which does not
 * parse), with the unit of its soort and cents as two decimals.
 */
function alsBronGetal(g: G.Getal, soort: string): string {
  const tekst = G.naarDecimaleTekst(g, { komma: true });
  if (soort === 'bedrag') return `€ ${G.bedragCijfers(tekst)}`;
  return soort === 'percentage' ? `${tekst}%` : tekst;
}

/**
 * A JSON value whose type is not known, in the same notation guessed from the value: leeg, ja/nee,
 * numbers with a decimal comma, dates and choices without quotes, records and lists.
 */
export function alsLiteralZonderType(x: unknown): string {
  if (isIngekorteLijst(x)) return ingekorteLijst(x, alsLiteralZonderType);
  if (x === null || x === undefined) return 'leeg';
  if (x === true) return 'ja';
  if (x === false) return 'nee';
  // Dates and choices read better without quotes.
  if (typeof x === 'string') return x;
  if (typeof x === 'number' || G.isExactGetal(x)) return getal(x, 'getal');
  if (Array.isArray(x)) return `[${x.map(alsLiteralZonderType).join(', ')}]`;
  if (typeof x === 'object') return `{ ${Object.entries(x).map(([k, y]) => `${k}: ${alsLiteralZonderType(y)}`).join(', ')} }`;
  return typeof x === 'bigint' ? G.schrijfDecimaal(G.getal(x)) : 'onbekende waarde';
}

/** Inputs as a drafter writes them in a `gegeven`: `a is ja; b is € 7,73` (semicolons, since numbers have commas). */
export function alsGegeven(invoer: Readonly<Record<string, unknown>>, velden: readonly { readonly naam: string; readonly type: Type }[]): string {
  return velden.filter((v) => v.naam in invoer).map((v) => `${v.naam} is ${alsLiteral(invoer[v.naam], v.type)}`).join('; ');
}

const ENKELVOUD: Readonly<Record<string, string>> = Object.fromEntries(EENHEDEN.map((e) => [e.meervoud, e.enkelvoud]));

/**
 * A JSON value of type `t` as the drafter writes it: in messages (numbers shortened past 21
 * digits), or with `bron` as source text that parses back to the same value (a pasteable example).
 */
export function alsLiteral(x: unknown, t: Type, bron = false): string {
  if (x === null || x === undefined) return 'leeg';
  switch (t.soort) {
    case 'leegbaar': return alsLiteral(x, t.type, bron);
    case 'ja/nee': return x ? 'ja' : 'nee';
    case 'getal': case 'bedrag': case 'percentage': return getal(x, t.soort, bron);
    case 'datum': return String(x);
    case 'duur': {
      const d = x as Record<string, number>;
      const delen = Object.entries(d).map(([eenheid, n]) => `${n} ${n === 1 ? ENKELVOUD[eenheid] ?? eenheid : eenheid}`);
      return delen.length === 1 ? delen[0]! : `(${delen.join(' + ')})`;
    }
    case 'tekst': return JSON.stringify(x);
    case 'keuze': return String(x);
    case 'lijst':
      if (isIngekorteLijst(x)) return ingekorteLijst(x, (y) => alsLiteral(y, t.element, bron));
      return `[${(x as unknown[]).map((el) => alsLiteral(el, t.element, bron)).join(', ')}]`;
    case 'gegevens': {
      const o = x as Record<string, unknown>;
      return `{ ${t.velden.map((v) => `${v.naam}: ${alsLiteral(o[v.naam], v.type, bron)}`).join(', ')} }`;
    }
    default: return alsLiteralZonderType(x);
  }
}
