// Timing one engine: cases per second as the median of several runs of N cases each. N is
// calibrated per engine so a run takes about `doelMs` (a slow engine gets fewer cases, not more
// time), and every engine is warmed up first so the JIT has compiled it.
import { performance } from 'node:perf_hooks';

export type Uitvoering<T> =
  | { readonly soort: 'sync'; readonly f: (x: T) => unknown }
  | { readonly soort: 'async'; readonly f: (x: T) => Promise<unknown> }
  | { readonly soort: 'batch'; readonly f: (xs: readonly T[]) => Promise<unknown>; readonly grootte: number };

export interface Instellingen {
  /** Measured runs; the median counts. */
  readonly runs: number;
  /** Runs before measuring. */
  readonly opwarmen: number;
  /** Target length of one run in milliseconds. */
  readonly doelMs: number;
}

export interface Meting {
  /** Median of the runs. */
  readonly casesPerSecond: number;
  /** Cases per second of every measured run, in order. */
  readonly runs: readonly number[];
  readonly casesPerRun: number;
}

type Lus<T> = (f: (x: T) => unknown, pool: readonly T[], n: number) => number;

/**
 * A fresh loop function for every engine. One loop shared by all engines would see many
 * different `f`s at its call site, stop inlining them, and slow the fastest engines most; a
 * function made with `new Function` has a call site of its own. The count of truthy answers is
 * returned so the work cannot be optimised away.
 */
function nieuweLus<T>(): Lus<T> {
  return new Function(
    'f',
    'pool',
    'n',
    `'use strict';
    let s = 0;
    let j = 0;
    const m = pool.length;
    for (let i = 0; i < n; i++) {
      if (f(pool[j])) s++;
      if (++j === m) j = 0;
    }
    return s;`,
  ) as Lus<T>;
}

async function asyncLus<T>(f: (x: T) => Promise<unknown>, pool: readonly T[], n: number): Promise<number> {
  let s = 0;
  for (let i = 0, j = 0; i < n; i++) {
    if (await f(pool[j]!)) s++;
    if (++j === pool.length) j = 0;
  }
  return s;
}

function inPartjes<T>(pool: readonly T[], grootte: number): T[][] {
  const uit: T[][] = [];
  for (let i = 0; i < pool.length; i += grootte) uit.push(pool.slice(i, i + grootte));
  return uit;
}

/** Runs `n` cases (rounded up to whole batches for a batched engine); returns the cases run. */
function draaier<T>(u: Uitvoering<T>, pool: readonly T[]): (n: number) => Promise<number> {
  switch (u.soort) {
    case 'sync': {
      const lus = nieuweLus<T>();
      return async (n) => {
        lus(u.f, pool, n);
        return n;
      };
    }
    case 'async':
      return async (n) => {
        await asyncLus(u.f, pool, n);
        return n;
      };
    case 'batch': {
      const partjes = inPartjes(pool, u.grootte);
      return async (n) => {
        let gedaan = 0;
        for (let k = 0; gedaan < n; k = (k + 1) % partjes.length) {
          const partje = partjes[k]!;
          await u.f(partje);
          gedaan += partje.length;
        }
        return gedaan;
      };
    }
    default: {
      const _never: never = u;
      return _never;
    }
  }
}

function mediaan(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Cases per second of one engine on `pool` (cycled through as often as needed). */
export async function meet<T>(u: Uitvoering<T>, pool: readonly T[], inst: Instellingen): Promise<Meting> {
  const draai = draaier(u, pool);
  const run = async (n: number): Promise<{ gedaan: number; seconden: number }> => {
    const t0 = performance.now();
    const gedaan = await draai(n);
    return { gedaan, seconden: (performance.now() - t0) / 1000 };
  };
  // Calibrate: grow N until a run takes long enough to time, then scale it to the target.
  let n = 1;
  let r = await run(n);
  while (r.seconden < 0.05) {
    n *= r.seconden < 0.005 ? 10 : 2;
    r = await run(n);
  }
  n = Math.max(1, Math.round((n * inst.doelMs) / 1000 / r.seconden));
  for (let i = 0; i < inst.opwarmen; i++) await run(n);
  const runs: number[] = [];
  for (let i = 0; i < inst.runs; i++) {
    const m = await run(n);
    runs.push(m.gedaan / m.seconden);
  }
  return { casesPerSecond: mediaan(runs), runs, casesPerRun: n };
}

export { mediaan };
