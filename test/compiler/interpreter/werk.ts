// Counting work instead of timing it: while `f` runs, every element an array hands out through its
// iterator (for-of, spread `[...a]`, Array.from), every element a built-in array method walks
// (slice, concat, map, filter, ...: the length of the array, plus the arguments of concat) and
// every element added by push or unshift counts as one step. A copy of the accumulator in every step of a fold shows up as a number of steps that
// grows with the square of the list; an append in place, linearly. Not a timer: the same code gives
// the same count on any machine. The patches are undone when `f` returns or throws.

import { evalueer } from '../../../compiler/interpreter/interpreter.js';
import type { Gecontroleerd } from '../../../language/checker.js';
import type { GecompileerdeModule } from '../../../runtime/runtime.js';

const LOPERS = ['slice', 'concat', 'map', 'filter', 'forEach', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'indexOf', 'lastIndexOf', 'includes', 'join', 'reduce', 'reduceRight', 'flat', 'flatMap', 'sort', 'reverse', 'fill', 'copyWithin', 'splice', 'toSorted', 'toReversed', 'with'] as const;

type Methode = (this: unknown[], ...args: unknown[]) => unknown;

/** The outcome of `f` and the number of array steps it took. */
export function telWerk<T>(f: () => T): { uitkomst: T; werk: number } {
  let werk = 0;
  const proto = Array.prototype as unknown as Record<string | symbol, Methode>;
  const oud = new Map<string | symbol, Methode>();
  const vervang = (naam: string | symbol, nieuw: Methode): void => {
    oud.set(naam, proto[naam]!);
    Object.defineProperty(Array.prototype, naam, { value: nieuw, writable: true, configurable: true, enumerable: false });
  };
  const iterator = proto[Symbol.iterator]!;
  vervang(Symbol.iterator, function (this: unknown[]) {
    const it = iterator.call(this) as Iterator<unknown>;
    return {
      next: () => {
        werk++;
        return it.next();
      },
      [Symbol.iterator]() { return this; },
    };
  });
  for (const naam of ['push', 'unshift'] as const) {
    const methode = proto[naam]!;
    vervang(naam, function (this: unknown[], ...args: unknown[]) {
      werk += args.length;
      return methode.apply(this, args);
    });
  }
  for (const naam of LOPERS) {
    const methode = proto[naam];
    if (typeof methode !== 'function') continue;
    vervang(naam, function (this: unknown[], ...args: unknown[]) {
      werk += this.length;
      if (naam === 'concat') for (const a of args) if (Array.isArray(a)) werk += a.length;
      return methode.apply(this, args);
    });
  }
  try {
    return { uitkomst: f(), werk };
  } finally {
    for (const [naam, m] of oud) Object.defineProperty(Array.prototype, naam, { value: m, writable: true, configurable: true, enumerable: false });
  }
}

/**
 * How the work grows from `n` to `4n`: the ratio of the steps. Linear work gives about 4 (a
 * fixed part makes it less), quadratic about 16.
 */
export function groei(n: number, run: (n: number) => unknown): number {
  const klein = telWerk(() => run(n)).werk;
  const groot = telWerk(() => run(4 * n)).werk;
  return groot / klein;
}

/**
 * Every way to evaluate `g` on one input, by name: the interpreter's outputs and its explanation,
 * the compiled exact code without and with explanation, and the compiled `evalueer` (the fast
 * path where it answers), so that a test of growth can hold each to the same bound.
 */
export function elkeEngine(g: Gecontroleerd, m: GecompileerdeModule, opties: { peildatum: string }): Record<string, (x: unknown) => unknown> {
  return {
    interpreter: (x) => evalueer(g, x, opties).uitvoer,
    'interpreter met uitleg': (x) => evalueer(g, x, opties).uitleg,
    exact: (x) => m.evalueerExact(x, opties),
    'exact met uitleg': (x) => m.evalueerMetUitleg(x, opties),
    evalueer: (x) => m.evalueer(x, opties),
  };
}
