// Exact arithmetic on scaled integers in SQL: aligning scales, sums, products, `P van X`,
// comparisons and the four roundings of the language, all in integer arithmetic (HUGEINT in
// DuckDB, NUMERIC in PostgreSQL). No `/` on DECIMAL (DuckDB gives a DOUBLE), no round_even
// (DuckDB rounds a DECIMAL through a DOUBLE): banker's rounding is written out with the remainder.
import type { Plek, Richting } from '../../language/ast.js';
import type { Dialect } from './dialect.js';
import { type GetalSoort, type S, type Vorm, buiten, num } from './waarde.js';

export type NumVorm = Vorm & { kind: 'num' };

/** The largest scale computed with: 10^s stays far inside the 38 digits. */
const MAX_SCHAAL = 18;

export function numVorm(w: S, plek: Plek | null): NumVorm {
  if (w.vorm.kind === 'num') return w.vorm;
  return buiten('RW6001', `een getal verwacht, maar kreeg ${w.vorm.kind}`, plek);
}

/** `v` (scale s) at scale t >= s: multiplied by 10^(t-s). */
export function schaal(d: Dialect, v: string, s: number, t: number): string {
  if (t === s) return v;
  return `(${v} * ${d.getal(10n ** BigInt(t - s))})`;
}

/** A number shape after a check that its digits fit the dialect's exact integers. */
export function past(d: Dialect, soort: GetalSoort, s: number, p: number, plek: Plek | null): NumVorm {
  if (s > MAX_SCHAAL) buiten('RW6003', `een getal met ${s} decimalen (meer dan ${MAX_SCHAAL})`, plek);
  if (p > d.cijfers) buiten('RW6003', `een getal dat tot ${p} cijfers kan hebben (meer dan ${d.cijfers})`, plek);
  return num(soort, s, p) as NumVorm;
}

/** Two numbers at their common scale: the SQL of each and the shape of the larger. */
export function gelijkGeschaald(d: Dialect, a: S, b: S, plek: Plek | null): { a: string; b: string; s: number; p: number } {
  const x = numVorm(a, plek);
  const y = numVorm(b, plek);
  const s = Math.max(x.s, y.s);
  const p = Math.max(x.p - x.s, y.p - y.s) + s;
  return { a: schaal(d, a.v, x.s, s), b: schaal(d, b.v, y.s, s), s, p };
}

/** `a + b` or `a - b` of two numbers of one unit. */
export function som(d: Dialect, op: '+' | '-', a: S, b: S, soort: GetalSoort, plek: Plek): { v: string; vorm: NumVorm } {
  const g = gelijkGeschaald(d, a, b, plek);
  return { v: `(${g.a} ${op} ${g.b})`, vorm: past(d, soort, g.s, g.p + 1, plek) };
}

/** `a * b`; `honderdste`: the product divided by 100 (a percentage of something), two more decimals. */
export function product(d: Dialect, a: S, b: S, soort: GetalSoort, honderdste: boolean, plek: Plek): { v: string; vorm: NumVorm } {
  const x = numVorm(a, plek);
  const y = numVorm(b, plek);
  return { v: `(${a.v} * ${b.v})`, vorm: past(d, soort, x.s + y.s + (honderdste ? 2 : 0), x.p + y.p, plek) };
}

/**
 * `v` (scale s) rounded to `decimalen` decimals in `richting`, as runtime/getal.ts afronden does:
 * naar beneden is the floor, naar boven the ceiling, rekenkundig half away from zero, bankiers half
 * to even (symmetric). With the remainder of a division truncated toward zero, in both dialects.
 */
export function afronden(d: Dialect, v: string, s: number, decimalen: number, richting: Richting): string {
  if (decimalen >= s) return schaal(d, v, s, decimalen);
  const m = d.getal(10n ** BigInt(s - decimalen));
  const half = d.getal(10n ** BigInt(s - decimalen) / 2n);
  const q = d.deel(v, m);
  const r = d.rest(v, m);
  switch (richting) {
    case 'naar beneden': return `(${q} - CASE WHEN ${r} < 0 THEN 1 ELSE 0 END)`;
    case 'naar boven': return `(${q} + CASE WHEN ${r} > 0 THEN 1 ELSE 0 END)`;
    case 'rekenkundig': return `(${q} + CASE WHEN ${r} >= ${half} THEN 1 WHEN ${r} <= -${half} THEN -1 ELSE 0 END)`;
    case 'bankiers':
      // |r| > m/2, or exactly half and the truncated quotient odd: away from zero
      return `(${q} + CASE WHEN abs(${r}) > ${half} OR (abs(${r}) = ${half} AND ${d.rest(q, d.getal(2n))} <> 0) THEN sign(${v}) ELSE 0 END)`;
    default: {
      const _never: never = richting;
      return _never;
    }
  }
}

/**
 * `a / b` rounded to `decimalen` decimals: the quotient a·10^k / b exactly in integers, then
 * rounded by its remainder; `b` = 0 is the engines' 'deling door nul' (the caller adds it).
 * `a` has scale sa, `b` scale sb; the result has `decimalen` decimals.
 */
export function deling(d: Dialect, a: string, sa: number, pa: number, b: string, sb: number, pb: number, decimalen: number, richting: Richting, soort: GetalSoort, plek: Plek): { v: string; vorm: NumVorm } {
  // a/10^sa / (b/10^sb) * 10^dec = a * 10^(sb - sa + dec) / b; keep the exponent >= 0 by scaling b
  const k = sb - sa + decimalen;
  const teller = k >= 0 ? schaal(d, a, 0, k) : a;
  const noemer = k >= 0 ? b : schaal(d, b, 0, -k);
  past(d, soort, 0, pa + Math.max(k, 0), plek);
  past(d, soort, 0, pb + Math.max(-k, 0), plek);
  const q = d.deel(teller, noemer);
  const r = d.rest(teller, noemer);
  // the sign of the exact quotient, and 2|r| against |noemer| for halves
  const teken = `(sign(${teller}) * sign(${noemer}))`;
  const twee = `(2 * abs(${r}))`;
  const n = `abs(${noemer})`;
  let v: string;
  switch (richting) {
    case 'naar beneden': v = `(${q} - CASE WHEN ${r} <> 0 AND ${teken} < 0 THEN 1 ELSE 0 END)`; break;
    case 'naar boven': v = `(${q} + CASE WHEN ${r} <> 0 AND ${teken} > 0 THEN 1 ELSE 0 END)`; break;
    case 'rekenkundig': v = `(${q} + CASE WHEN ${twee} >= ${n} THEN ${teken} ELSE 0 END)`; break;
    case 'bankiers': v = `(${q} + CASE WHEN ${twee} > ${n} OR (${twee} = ${n} AND ${d.rest(q, d.getal(2n))} <> 0) THEN ${teken} ELSE 0 END)`; break;
    default: {
      const _never: never = richting;
      return _never;
    }
  }
  return { v, vorm: past(d, soort, decimalen, pa + Math.max(k, 0) + 1, plek) };
}
