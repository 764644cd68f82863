// Division in the fast path, exact in whole numbers: `a / b` as an integer quotient at a scale
// chosen here, and `(a / b) afgerond ...` as the rounded quotient straight from the remainder
// (towards minus infinity, plus infinity, half away from zero or half to even, as the exact path
// rounds its fraction). A quotient with more decimals than its scale holds, or a division by zero,
// is "not handled" in that case only: the exact path then answers (or names the error).
import type * as A from '../../../language/ast.js';
import { constanteGetal } from '../../../language/constante.js';
import { rekenvariant } from '../../../language/operatoren.js';
import * as G from '../../../runtime/getal.js';
import { type W, macht, nee, num } from './vorm.js';
import type { Schrijver } from './schrijver.js';

/** Extra decimals of a quotient by a divisor not known when compiling: 1/8 and 1/4 fit, 1/3 does not. */
export const DELING_EXTRA = 3;

const DELINGEN: ReadonlySet<string> = new Set(['getal/getal', 'bedrag/bedrag', 'percentage/percentage', 'bedrag/getal', 'percentage/getal']);

/** Whether arithmetic node `e` is a division (any of its unit variants). */
export function isDeling(sn: Schrijver, e: A.Expr): e is A.Expr & { kind: 'Rekensom' } {
  return e.kind === 'Rekensom' && e.op === '/' && DELINGEN.has(rekenvariant(sn.g.rekensommen, e));
}

/** A positive whole number as 2^i * 5^j * m (m not divisible by 2 or 5). */
function factoren(p: bigint): { i: number; j: number; m: bigint } {
  let i = 0;
  let j = 0;
  let m = p;
  while (m % 2n === 0n) { m /= 2n; i++; }
  while (m % 5n === 0n) { m /= 5n; j++; }
  return { i, j, m };
}

function veilig(x: bigint): number {
  if (x > 9007199254740991n || x < -9007199254740991n) return nee('deler te groot');
  return Number(x);
}

/**
 * `a / b`. A divisor known when compiling, c = p / q: the quotient a * q / p has finitely many
 * decimals when p has no prime factor but 2 and 5, and then it is a product (`/ 8` is `* 125` at
 * three more decimals); another factor m is divided out with a test of the remainder. Any other
 * divisor: the quotient at DELING_EXTRA more decimals, when it has no more than that.
 */
export function deling(sn: Schrijver, e: A.Expr & { kind: 'Rekensom' }, a: W, b: W): W {
  if (a.v.kind !== 'num' || b.v.kind !== 'num') return nee('deling van iets anders dan getallen');
  const c = constanteGetal(e.rechts);
  if (c.kind === 'waarde' && c.g.t !== 0n) {
    const p = c.g.t < 0n ? -c.g.t : c.g.t;
    const f = factoren(p);
    const k = Math.max(f.i, f.j);
    const factor = veilig((c.g.n * 10n ** BigInt(k)) / (2n ** BigInt(f.i) * 5n ** BigInt(f.j)));
    const v = num(a.v.s + k);
    sn.schaalKosten += a.v.s + k;
    let t = a.c;
    if (factor !== 1) {
      t = sn.vast(`${a.c} * ${factor}`, v).c;
      sn.bewaak(t);
    }
    if (f.m !== 1n) {
      const m = veilig(f.m);
      sn.bail(`${t} % ${m} !== 0`);
      t = sn.vast(`${t} / ${m}`, v).c;
    }
    return c.g.t < 0n ? sn.vast(`-${t}`, v) : t === a.c ? { c: a.c, v } : { c: t, v };
  }
  // b / 10^sb: the quotient at scale r is a * 10^(r - sa + sb) / b
  const r = Math.max(a.v.s, b.v.s) + DELING_EXTRA;
  const v = num(r);
  sn.schaalKosten += r;
  sn.bail(`(${b.c} as number) === 0`);
  const n = sn.vast(`${a.c} * ${macht(r - a.v.s + b.v.s)}`, v).c;
  sn.bewaak(n);
  sn.bail(`${n} % ${b.c} !== 0`);
  return sn.vast(`${n} / ${b.c}`, v);
}

/**
 * `(a / b) afgerond op d decimalen <richting>`: round(a * 10^(sb + d - sa) / b) in whole
 * numbers, N / D with D > 0, from the remainder of N by D; no bound on the quotient's decimals.
 */
export function afgerondeDeling(sn: Schrijver, a: W, b: W, decimalen: number, richting: A.Richting): W {
  if (a.v.kind !== 'num' || b.v.kind !== 'num') return nee('deling van iets anders dan getallen');
  const e = b.v.s + decimalen - a.v.s;
  if (e > 30 || e < -30) return nee('afronding van een deling met te veel decimalen');
  sn.schaalKosten += Math.abs(e);
  let teller = a.c;
  let noemer = b.c;
  if (e > 0) {
    teller = sn.vast(`${a.c} * ${macht(e)}`, num(0)).c;
    sn.bewaak(teller);
  } else if (e < 0) {
    noemer = sn.vast(`${b.c} * ${macht(-e)}`, num(0)).c;
    sn.bewaak(noemer);
  }
  sn.bail(`(${noemer} as number) === 0`);
  const [n, d] = [sn.tmp(), sn.tmp()];
  sn.emit(`const ${n} = ${noemer} < 0 ? -${teller} : ${teller};`);
  sn.emit(`const ${d} = ${noemer} < 0 ? -${noemer} : ${noemer};`);
  return rondAf(sn, n, d, richting, decimalen);
}

/** round(n / d) for whole n and d > 0 (both safe integers) in direction `richting`: the quotient and its remainder. */
export function rondAf(sn: Schrijver, n: string, d: string, richting: A.Richting, decimalen: number): W {
  const r = sn.vast(`${n} % ${d}`, num(0)).c;
  const t = sn.tmp();
  sn.emit(`let ${t} = (${n} - ${r}) / ${d};`);
  switch (richting) {
    case 'naar beneden': sn.emit(`if (${r} < 0) ${t} -= 1;`); break;
    case 'naar boven': sn.emit(`if (${r} > 0) ${t} += 1;`); break;
    // 2r is exact (a double times two), so a remainder of exactly one half is seen as such
    case 'rekenkundig': sn.emit(`if (2 * ${r} >= ${d}) ${t} += 1; else if (2 * ${r} <= -${d}) ${t} -= 1;`); break;
    case 'bankiers': sn.emit(`if (2 * ${r} > ${d} || (2 * ${r} === ${d} && ${t} % 2 !== 0)) ${t} += 1; else if (2 * ${r} < -${d} || (2 * ${r} === -${d} && ${t} % 2 !== 0)) ${t} -= 1;`); break;
    default: {
      const _never: never = richting;
      return nee(`afronding ${String(_never)}`);
    }
  }
  return { c: t, v: num(decimalen) };
}

