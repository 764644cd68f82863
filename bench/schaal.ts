// Scaling of the chain rule (ketenbepaling) with the number of contracts: time per contract at 10,
// 1,000, 100,000 and 1,000,000 contracts in one keten (the worst case for building the keten list
// with `k + [c]`), per engine, as a ratio to the time per contract at 1,000. Flat (about 1×) is
// linear; a quadratic fold would grow about 100× from 1,000 to 100,000. Time is process CPU time.
// "Flat" for the target: the compiled `evalueer` at 1,000,000 contracts within 1.5× of its time per
// contract at 1,000 (FLAT_GRENS).
import { isDeepStrictEqual } from 'node:util';
import { evalueer } from '../compiler/interpreter/interpreter.js';
import type { Gecontroleerd } from '../language/checker.js';
import { leesDatum, schrijfDatum } from '../runtime/datum.js';
import type { KetenInvoer, KetenUitvoer } from './invoer.js';
import { cpuSeconden, mediaan } from './meten.js';

/** The bound for "flat": time per contract at the largest N over that at N = 1,000. */
export const FLAT_GRENS = 1.5;

export interface SchaalRij {
  readonly engine: string;
  readonly contracts: number;
  /** Median microseconds per contract over the runs. */
  readonly microsecondsPerContract: number;
  /** Relative to the same engine at 1,000 contracts (1.00 is linear). */
  readonly ratioTo1000: number;
  readonly runs: number;
}

interface Module {
  evalueer(invoer: KetenInvoer, opties: { peildatum: string }): KetenUitvoer;
  evalueerMetUitleg(invoer: KetenInvoer, opties: { peildatum: string }): { uitvoer: KetenUitvoer; uitleg: unknown };
}

/** `n` one-day contracts on consecutive days: one keten of n contracts. */
export function ketenVan(n: number): KetenInvoer {
  const start = leesDatum('2000-01-01')!;
  const contracten = new Array<KetenInvoer['contracten'][number]>(n);
  for (let i = 0; i < n; i++) contracten[i] = { begin: schrijfDatum(start + i), einde: schrijfDatum(start + i), seizoenswerk: false };
  return { categorie: 'overig', caoSeizoensverkorting: false, contracten };
}

/** Median CPU ms of one call, over runs lasting about `doelMs` CPU in total (at least 3 runs, one
 * warm-up). A small keten is repeated inside a run until the run is long enough to time. */
function tijd(f: () => unknown, doelMs: number): { ms: number; runs: number } {
  f();
  let herhaal = 1;
  for (;;) {
    const t0 = cpuSeconden();
    for (let i = 0; i < herhaal; i++) f();
    if (cpuSeconden() - t0 >= 0.005) break;
    herhaal *= 10;
  }
  const metingen: number[] = [];
  const begin = cpuSeconden();
  while (metingen.length < 3 || ((cpuSeconden() - begin) * 1000 < doelMs && metingen.length < 200)) {
    const t0 = cpuSeconden();
    for (let i = 0; i < herhaal; i++) f();
    metingen.push(((cpuSeconden() - t0) * 1000) / herhaal);
  }
  return { ms: mediaan(metingen), runs: metingen.length };
}

export function meetSchaal(g: Gecontroleerd, m: Module, peildatum: string, groottes: readonly number[], doelMs: number, fout: (s: string) => never): SchaalRij[] {
  const opties = { peildatum };
  const engines: { engine: string; f: (x: KetenInvoer) => unknown }[] = [
    { engine: 'compiled', f: (x) => m.evalueer(x, opties) },
    { engine: 'compiled + explanation', f: (x) => m.evalueerMetUitleg(x, opties) },
    { engine: 'interpreter (with explanation)', f: (x) => evalueer(g, x, opties) },
  ];
  const ruw: { engine: string; contracts: number; us: number; runs: number }[] = [];
  for (const n of groottes) {
    const x = ketenVan(n);
    const verwacht = evalueer(g, x, opties).uitvoer as unknown as KetenUitvoer;
    const kreeg = m.evalueer(x, opties);
    if (!isDeepStrictEqual(kreeg, verwacht)) fout(`ketenbepaling met ${n} contracten: compiled ${JSON.stringify(kreeg)}, interpreter ${JSON.stringify(verwacht)}`);
    if (verwacht.aantalInKeten !== n) fout(`ketenbepaling met ${n} contracten: aantalInKeten is ${verwacht.aantalInKeten}`);
    for (const e of engines) {
      // The interpreter at 1,000,000 takes minutes on a shared machine and is not a target.
      if (n >= 1_000_000 && e.engine.startsWith('interpreter')) continue;
      const t = tijd(() => e.f(x), doelMs);
      ruw.push({ engine: e.engine, contracts: n, us: (t.ms * 1000) / n, runs: t.runs });
    }
    process.stdout.write(`  schaal: ${n} contracten gemeten\n`);
  }
  return ruw.map((r) => {
    const basis = ruw.find((b) => b.engine === r.engine && b.contracts === 1000)?.us ?? r.us;
    return { engine: r.engine, contracts: r.contracts, microsecondsPerContract: r.us, ratioTo1000: r.us / basis, runs: r.runs };
  });
}

export function schrijfSchaal(rijen: readonly SchaalRij[]): string {
  const groottes = [...new Set(rijen.map((r) => r.contracts))];
  const uit = [
    '| ketenbepaling, one keten of N contracts: µs per contract (ratio to N = 1,000) | ' + groottes.map((n) => `N = ${n.toLocaleString('en')}`).join(' | ') + ' |',
    `|---|${groottes.map(() => '---:').join('|')}|`,
  ];
  for (const engine of [...new Set(rijen.map((r) => r.engine))]) {
    const cel = (n: number): string => {
      const r = rijen.find((x) => x.engine === engine && x.contracts === n);
      return r ? `${r.microsecondsPerContract.toFixed(2)} (${r.ratioTo1000.toFixed(2)}×)` : '–';
    };
    uit.push(`| ${engine} | ${groottes.map(cel).join(' | ')} |`);
  }
  return uit.join('\n');
}
