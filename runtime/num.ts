// The numbers of compiled exact code: a safe integer is a plain number, anything else an exact
// fraction (runtime/getal.ts). runtime.ts computes on them, and so does a runtime function in a file
// of its own (a built-in of language/ingebouwd.ts), with the same two conversions.
import * as G from './getal.js';

export type Num = number | G.Getal;

/** The exact fraction of a number. */
export function rat(a: Num): G.Getal {
  return typeof a === 'number' ? G.getal(a) : a;
}

/** A fraction as a plain number where it is a safe integer. */
export function norm(g: G.Getal): Num {
  if (g.n === 1n && g.t <= 9007199254740991n && g.t >= -9007199254740991n) return Number(g.t);
  return g;
}
