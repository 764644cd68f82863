// Helpers of the fast evaluator (compiler/codegen/snel.ts) that compiled modules call as `rt.snel...`: plain
// numbers in and out, NaN or false for "not handled" instead of an exception, so the fast path can
// hand the case to the exact one. Day numbers are those of datum.ts.
import { EERSTE_DAG, LAATSTE_DAG, dagUitTabel, jmdUitTabel, maandLengte } from './datum.js';
import { EXACT } from './getal.js';

/** The mark of an exact number read from JSON text (runtime/json.ts): the fast path leaves those alone. */
export const snelExact = EXACT;

const EERSTE = EERSTE_DAG;
const LAATSTE = LAATSTE_DAG;

/**
 * "JJJJ-MM-DD" as a day number, or NaN when it is no existing date in that form; by char codes
 * and the tables of datum.ts (`>>> 0` makes a character below '0' huge: one test per digit).
 */
export function snelDatum(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  const c0 = s.charCodeAt(0) - 48, c1 = s.charCodeAt(1) - 48, c2 = s.charCodeAt(2) - 48, c3 = s.charCodeAt(3) - 48;
  const c5 = s.charCodeAt(5) - 48, c6 = s.charCodeAt(6) - 48, c8 = s.charCodeAt(8) - 48, c9 = s.charCodeAt(9) - 48;
  if ((c0 >>> 0) > 9 || (c1 >>> 0) > 9 || (c2 >>> 0) > 9 || (c3 >>> 0) > 9 || (c5 >>> 0) > 9 || (c6 >>> 0) > 9 || (c8 >>> 0) > 9 || (c9 >>> 0) > 9) return NaN;
  const j = c0 * 1000 + c1 * 100 + c2 * 10 + c3;
  const m = c5 * 10 + c6;
  const d = c8 * 10 + c9;
  if (j < 1 || m < 1 || m > 12 || d < 1 || d > maandLengte(j, m)) return NaN;
  return dagUitTabel(j, m, d);
}

const CIJFERS: readonly string[] = Array.from({ length: 100 }, (_, i) => (i < 10 ? '0' : '') + i);

/** A day of years 1 to 9999 as "JJJJ-MM-DD". */
export function snelSchrijfDatum(d: number): string {
  const x = jmdUitTabel(d);
  return CIJFERS[(x / 1000000) | 0]! + CIJFERS[((x / 10000) | 0) % 100]! + '-' + CIJFERS[((x / 100) | 0) % 100]! + '-' + CIJFERS[x % 100]!;
}

/** date + months + days (months first, the day clamped), or NaN outside 0001-01-01..9999-12-31. */
export function snelPlusDatum(d: number, maanden: number, dagen: number): number {
  if (!(maanden <= 120000 && maanden >= -120000 && dagen <= 3660000 && dagen >= -3660000)) return NaN;
  const r = (maanden === 0 ? d : snelPlusMaanden(d, maanden)) + dagen;
  return r >= EERSTE && r <= LAATSTE ? r : NaN;
}

/** Day d (in the calendar) + n months (|n| <= 120000), the day clamped to the month's last; NaN outside the years 1 .. 9999. */
export function snelPlusMaanden(d: number, n: number): number {
  const x = jmdUitTabel(d);
  const totaal = ((x / 10000) | 0) * 12 + ((((x / 100) | 0) % 100) - 1) + n;
  const nj = Math.floor(totaal / 12);
  if (nj < 1 || nj > 9999) return NaN;
  const nm = totaal - nj * 12 + 1;
  const dag = x % 100;
  const lengte = maandLengte(nj, nm);
  return dagUitTabel(nj, nm, dag < lengte ? dag : lengte);
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
