// Timing: engines interleaved round by round (A, B, C, A, B, C, ...), each round a slice of about
// `doelMs` per engine, timed on both clocks. Our engines count in *process CPU time*
// (`process.cpuUsage()`, user + system): the machine is shared and noisy, and CPU time does not
// count the time other processes hold the core. The peers count in *wall time*
// (`performance.now()`): ZEN evaluates on native worker threads, whose CPU time is added to the
// process's and moves with the load, so CPU time misstates what a caller waits for. A ratio takes
// both rows on the clock of the first (a peer's wall time against the baseline's wall time in the
// same round). Interleaving puts every engine under the same conditions in each round, so the
// ratio of two engines within one round is far steadier than their separate speeds; the report
// uses the median over rounds of those per-round ratios. N per slice is calibrated per engine (a
// slow engine gets fewer cases, not more time), and every engine is warmed up first.
import v8 from 'node:v8';
import { performance } from 'node:perf_hooks';
import { runInNewContext } from 'node:vm';
import { Toeval } from './invoer.js';

export type Uitvoering<T> =
  | { readonly soort: 'sync'; readonly f: (x: T) => unknown }
  | { readonly soort: 'async'; readonly f: (x: T) => Promise<unknown> }
  | { readonly soort: 'batch'; readonly f: (xs: readonly T[]) => Promise<unknown>; readonly grootte: number };

export interface Instellingen {
  /** Measured rounds; medians over rounds count. */
  readonly rondes: number;
  /** Rounds before measuring. */
  readonly opwarmen: number;
  /** Target CPU time of one engine's slice in one round, in milliseconds. */
  readonly doelMs: number;
}

/** The clock an engine is counted on: process CPU time (ours), or wall time (the peers). */
export type Klok = 'cpu' | 'wall';

export interface Meting {
  readonly clock: Klok;
  /** Median over rounds of cases per second on `clock`. */
  readonly casesPerSecond: number;
  /** Seconds per case on `clock` in every measured round, in order (for per-round ratios). */
  readonly secondsPerCase: readonly number[];
  /** The same on each clock. */
  readonly cpuSecondsPerCase: readonly number[];
  readonly wallSecondsPerCase: readonly number[];
  readonly casesPerRound: number;
}

/** One engine in the interleaved measurement, with the pool it runs on and its clock. */
export interface Deelnemer {
  readonly naam: string;
  readonly uitvoering: Uitvoering<unknown>;
  readonly pool: readonly unknown[];
  readonly klok: Klok;
}

/** Process CPU time in seconds (user + system, every thread of this process). */
export function cpuSeconden(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
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

export function mediaan(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Median over rounds of a[i] / b[i]: how many times the time per case of `a` is that of `b`, both
 * on `a`'s clock.
 */
export function mediaanVerhouding(a: Meting, b: Meting): number {
  const [x, y] = a.clock === 'wall' ? [a.wallSecondsPerCase, b.wallSecondsPerCase] : [a.cpuSecondsPerCase, b.cpuSecondsPerCase];
  const n = Math.min(x.length, y.length);
  const r: number[] = [];
  for (let i = 0; i < n; i++) r.push(x[i]! / y[i]!);
  return mediaan(r);
}

/** Wall time in seconds. */
function wandSeconden(): number {
  return performance.now() / 1000;
}

/** Measures all engines interleaved; `voortgang` is told when a round is done. */
export async function meetInterleaved(deelnemers: readonly Deelnemer[], inst: Instellingen, voortgang?: (ronde: number) => void): Promise<Meting[]> {
  const draaiers = deelnemers.map((d) => draaier(d.uitvoering, d.pool));
  const run = async (k: number, n: number): Promise<{ gedaan: number; seconden: number; cpu: number; wand: number }> => {
    const t0 = cpuSeconden();
    const w0 = wandSeconden();
    const gedaan = await draaiers[k]!(n);
    const wand = wandSeconden() - w0;
    const cpu = cpuSeconden() - t0;
    return { gedaan, seconden: deelnemers[k]!.klok === 'wall' ? wand : cpu, cpu, wand };
  };
  // Calibrate each engine: grow N until a slice takes long enough to time, then scale to the target.
  const ns: number[] = [];
  for (let k = 0; k < deelnemers.length; k++) {
    let n = 1;
    let r = await run(k, n);
    while (r.seconden < 0.02) {
      n *= r.seconden < 0.002 ? 10 : 2;
      r = await run(k, n);
    }
    ns.push(Math.max(1, Math.round((n * inst.doelMs) / 1000 / r.seconden)));
  }
  for (let i = 0; i < inst.opwarmen; i++) for (let k = 0; k < deelnemers.length; k++) await run(k, ns[k]!);
  const cpu: number[][] = deelnemers.map(() => []);
  const wand: number[][] = deelnemers.map(() => []);
  for (let i = 0; i < inst.rondes; i++) {
    for (let k = 0; k < deelnemers.length; k++) {
      const m = await run(k, ns[k]!);
      cpu[k]!.push(m.cpu / m.gedaan);
      wand[k]!.push(m.wand / m.gedaan);
    }
    voortgang?.(i + 1);
  }
  return deelnemers.map((d, k) => {
    const eigen = d.klok === 'wall' ? wand[k]! : cpu[k]!;
    return { clock: d.klok, casesPerSecond: 1 / mediaan(eigen), secondsPerCase: eigen, cpuSecondsPerCase: cpu[k]!, wallSecondsPerCase: wand[k]!, casesPerRound: ns[k]! };
  });
}

// ---- the pool: objects as JSON.parse makes them, visited in a shuffled order ----

let gc: (() => void) | null = null;
function volledigeGc(): void {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}

/**
 * The pool every engine runs on: each generated input written as JSON text and parsed back with
 * JSON.parse, one object graph per case as a service would receive it; two full collections move
 * them to the old generation in the order they were made, and only then is the order of the pool
 * shuffled (Fisher-Yates, seeded). A loop over the pool thus visits memory in a random order, as a
 * stream of independent requests would, instead of walking objects laid out one after the other.
 */
export function jsonPool<T>(invoer: readonly T[], seed: number): T[] {
  const teksten = invoer.map((x) => JSON.stringify(x));
  const pool = teksten.map((t) => JSON.parse(t) as T);
  volledigeGc();
  volledigeGc();
  const r = new Toeval(seed);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = r.geheel(0, i);
    const x = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = x;
  }
  return pool;
}
