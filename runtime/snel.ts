// Helpers of the fast evaluator (compiler/codegen/snel.ts) that compiled modules call as `rt.snel...`: plain
// numbers in and out, NaN or false for "not handled" instead of an exception, so the fast path can
// hand the case to the exact one. Day numbers are those of datum.ts.
import { dagVan, dagenInMaand, jmd } from './datum.js';
import { EXACT } from './getal.js';

/** The mark of an exact number read from JSON text (runtime/json.ts): the fast path leaves those alone. */
export const snelExact = EXACT;

const EERSTE = dagVan(1, 1, 1)!;
const LAATSTE = dagVan(9999, 12, 31)!;

/** "JJJJ-MM-DD" as a day number, or NaN when it is no existing date in that form; by char codes. */
export function snelDatum(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  let j = 0;
  for (let i = 0; i < 4; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    j = j * 10 + c;
  }
  const c5 = s.charCodeAt(5) - 48, c6 = s.charCodeAt(6) - 48, c8 = s.charCodeAt(8) - 48, c9 = s.charCodeAt(9) - 48;
  if (c5 < 0 || c5 > 9 || c6 < 0 || c6 > 9 || c8 < 0 || c8 > 9 || c9 < 0 || c9 > 9) return NaN;
  return dagVan(j, c5 * 10 + c6, c8 * 10 + c9) ?? NaN;
}

const CIJFERS: readonly string[] = Array.from({ length: 100 }, (_, i) => (i < 10 ? '0' : '') + i);

/** A day of years 1 to 9999 as "JJJJ-MM-DD". */
export function snelSchrijfDatum(d: number): string {
  const { jaar, maand, dag } = jmd(d);
  return CIJFERS[(jaar / 100) | 0]! + CIJFERS[jaar % 100]! + '-' + CIJFERS[maand]! + '-' + CIJFERS[dag]!;
}

/** date + months + days (months first, the day clamped), or NaN outside 0001-01-01..9999-12-31. */
export function snelPlusDatum(d: number, maanden: number, dagen: number): number {
  if (!(maanden <= 120000 && maanden >= -120000 && dagen <= 3660000 && dagen >= -3660000)) return NaN;
  let r = d;
  if (maanden !== 0) {
    const { jaar, maand, dag } = jmd(d);
    const totaal = jaar * 12 + (maand - 1) + maanden;
    const nj = Math.floor(totaal / 12);
    const nm = totaal - nj * 12 + 1;
    if (nj < 1 || nj > 9999) return NaN;
    r = dagVan(nj, nm, Math.min(dag, dagenInMaand(nj, nm)))!;
  }
  r += dagen;
  return r >= EERSTE && r <= LAATSTE ? r : NaN;
}

/** Durations compared per part, as duur.ts; NaN when they cannot be compared. */
export function snelVglDuur(a: { maanden: number; dagen: number }, b: { maanden: number; dagen: number }): number {
  if (a.maanden === b.maanden && a.dagen === b.dagen) return 0;
  if (a.maanden <= b.maanden && a.dagen <= b.dagen) return -1;
  if (a.maanden >= b.maanden && a.dagen >= b.dagen) return 1;
  return NaN;
}

/**
 * A plain object (prototype Object.prototype or null): then for-in counts exactly its own
 * enumerable keys, which the exact reader (Object.keys) sees. Anything else is not handled.
 */
export function snelGewoon(x: object): boolean {
  const p = Object.getPrototypeOf(x);
  return p === Object.prototype || p === null;
}
