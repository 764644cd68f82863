// Scaling of the chain rule (ketenbepaling) with the number of contracts: time per contract at 10,
// 1,000, 100,000 and 1,000,000 contracts in one keten (the worst case for building the keten list
// with `k + [c]`), per engine, as a ratio to the time per contract at 1,000. Flat (about 1×) is
// linear; a quadratic fold would grow about 100× from 1,000 to 100,000.
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { evalueer } from '../evaluator/interpreter.js';
import type { Gecontroleerd } from '../language/checker.js';
import { leesDatum, schrijfDatum } from '../runtime/datum.js';
import type { KetenInvoer, KetenUitvoer } from './invoer.js';

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

function mediaan(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median ms of one call, over runs lasting about `doelMs` in total (at least 3 runs, one warm-up). */
function tijd(f: () => unknown, doelMs: number): { ms: number; runs: number } {
  f();
  const metingen: number[] = [];
  const begin = performance.now();
  while (metingen.length < 3 || (performance.now() - begin < doelMs && metingen.length < 200)) {
    const t0 = performance.now();
    f();
    metingen.push(performance.now() - t0);
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
