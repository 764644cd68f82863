// `regelwerk run` on a batch as a user runs it: a million Crisisregeling cases (seeded, boundary-
// heavy, invoer.ts) as NDJSON and as one JSON array, from a file and from standard input, each in
// a fresh process with its output written to a file. Measured per run: wall clock, the child's CPU
// time and its peak resident memory (process.resourceUsage().maxRSS, written at exit by a module
// loaded with --import); and the same compiled module's `evalueer` in this process on the same
// cases, so the CLI's time per case is a ratio to it. The outputs are checked first: one answer per
// case, in order, each the in-process answer. A benchmark: nothing fails on a slow machine.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { GecompileerdeModule } from '../runtime/module.js';
import { crisisInvoer, reeks, type CrisisInvoer, type CrisisUitvoer } from './invoer.js';
import { GevalSplitser, tekstStukken } from '../compiler/node/stroom.js';
import { cpuSeconden } from './meten.js';
import { kinderenCpu } from './overig.js';

export interface BatchRij {
  /** `ndjson` or `lijst` (one JSON array), from `bestand` or `stdin`. */
  readonly invoer: string;
  readonly cases: number;
  readonly wallMs: number;
  /** CPU time of the child (user + system), null without /proc. */
  readonly cpuMs: number | null;
  readonly peakRssMiB: number;
  /** Cases per CPU second of the child (per wall second without /proc). */
  readonly casesPerSecond: number;
  /** The child's time per case over `evalueer`'s in this process (CPU time both). */
  readonly ratioToInProcess: number;
}

export interface BatchMeting {
  readonly policy: string;
  /** `evalueer` of the same compiled module in this process, on the same cases (objects from JSON.parse). */
  readonly inProcessCasesPerSecond: number;
  readonly rows: readonly BatchRij[];
}

/** Distinct cases in the files; they repeat in this order up to `n`. */
const VERSCHILLEND = 10_000;

/** Writes `n` cases as NDJSON and as one JSON array (one element per line, as a program writes a list). */
function schrijfInvoer(map: string, gevallen: readonly CrisisInvoer[], n: number): { ndjson: string; lijst: string } {
  const ndjson = join(map, 'gevallen.ndjson');
  const lijst = join(map, 'gevallen.json');
  const a = openSync(ndjson, 'w');
  const b = openSync(lijst, 'w');
  const teksten = gevallen.map((x) => JSON.stringify(x));
  writeSync(b, '[\n');
  for (let i = 0; i < n; i += VERSCHILLEND) {
    const deel = teksten.slice(0, Math.min(VERSCHILLEND, n - i));
    writeSync(a, `${deel.join('\n')}\n`);
    writeSync(b, `${deel.join(',\n')}${i + deel.length < n ? ',' : '\n]'}\n`);
  }
  closeSync(a);
  closeSync(b);
  return { ndjson, lijst };
}

/** `evalueer` in this process over `n` cases (the distinct ones, repeated): cases per CPU second. */
function inProces(m: GecompileerdeModule<CrisisInvoer, CrisisUitvoer>, pool: readonly CrisisInvoer[], n: number, peildatum: string): number {
  const opties = { peildatum };
  for (const x of pool) m.evalueer(x, opties); // warm
  const t0 = cpuSeconden();
  for (let i = 0; i < n; i++) m.evalueer(pool[i % pool.length]!, opties);
  return n / (cpuSeconden() - t0);
}

export function meetBatch(root: string, m: GecompileerdeModule<CrisisInvoer, CrisisUitvoer>, n: number, seed: number, peildatum: string, fout: (bericht: string) => never): BatchMeting {
  const map = mkdtempSync(join(tmpdir(), 'regelwerk-bench-batch-'));
  try {
    const gevallen = reeks(seed, VERSCHILLEND, crisisInvoer);
    const pool = gevallen.map((x) => JSON.parse(JSON.stringify(x)) as CrisisInvoer);
    const verwacht = pool.map((x) => JSON.stringify(m.evalueer(x, { peildatum })));
    const bestanden = schrijfInvoer(map, gevallen, n);
    const rss = join(map, 'rss.mjs');
    const rssUit = join(map, 'rss.txt');
    writeFileSync(rss, `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(rssUit)}, String(process.resourceUsage().maxRSS)));\n`);
    const policy = join(root, 'policies', 'crisisregeling-personeelsbehoud.regel');
    const cli = [join(root, 'bin', 'regelwerk.js'), 'run', policy, '--peildatum', peildatum];
    // the module into the cache first, so every run below reads and evaluates only
    const twee = join(map, 'twee.json');
    writeFileSync(twee, JSON.stringify(gevallen.slice(0, 2)));
    const warm = spawnSync(process.execPath, [...cli, '--engine', 'compiled', '--invoer', twee], { cwd: root, stdio: 'ignore' });
    if (warm.status !== 0) fout(`regelwerk run (cache opwarmen) mislukte (${warm.status})`);
    const inProcessCasesPerSecond = inProces(m, pool, n, peildatum);
    const rows: BatchRij[] = [];
    for (const [vorm, bestand] of [['ndjson', bestanden.ndjson], ['lijst', bestanden.lijst]] as const) {
      for (const bron of ['bestand', 'stdin'] as const) {
        const uit = join(map, `uit-${vorm}-${bron}.txt`);
        const invoerFd = bron === 'stdin' ? openSync(bestand, 'r') : 'ignore';
        const uitFd = openSync(uit, 'w');
        const c0 = kinderenCpu();
        const t0 = performance.now();
        const r = spawnSync(process.execPath, ['--import', pathToFileURL(rss).href, ...cli, '--invoer', bron === 'stdin' ? '-' : bestand],
          { cwd: root, stdio: [invoerFd, uitFd, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
        const wallMs = performance.now() - t0;
        const c1 = kinderenCpu();
        closeSync(uitFd);
        if (typeof invoerFd === 'number') closeSync(invoerFd);
        if (r.status !== 0) fout(`regelwerk run --invoer ${vorm} (${bron}) mislukte (${r.status}):\n${r.stderr.slice(0, 2000)}`);
        controleerUitvoer(uit, n, verwacht, fout);
        const cpuMs = c0 === null || c1 === null ? null : (c1 - c0) * 1000;
        const casesPerSecond = n / ((cpuMs ?? wallMs) / 1000);
        rows.push({
          invoer: `${vorm === 'ndjson' ? 'NDJSON' : 'JSON array'}, ${bron === 'stdin' ? 'standard input' : 'file'}`,
          cases: n, wallMs, cpuMs, peakRssMiB: Number(readFileSync(rssUit, 'utf8')) / 1024, casesPerSecond,
          ratioToInProcess: inProcessCasesPerSecond / casesPerSecond,
        });
        rmSync(uit, { force: true });
      }
    }
    return { policy: 'crisisregeling-personeelsbehoud', inProcessCasesPerSecond, rows };
  } finally {
    rmSync(map, { recursive: true, force: true });
  }
}

/**
 * One answer per case, in order, each the in-process answer (NDJSON: a line each; a list: its
 * elements). Read in chunks and split by the CLI's own splitter: the output of a million cases is
 * larger than one JavaScript string may be.
 */
function controleerUitvoer(uit: string, n: number, verwacht: readonly string[], fout: (bericht: string) => never): void {
  const splitser = new GevalSplitser(1 << 20);
  let i = 0;
  const vergelijk = (gevallen: readonly { tekst: string }[]): void => {
    for (const g of gevallen) {
      const v = verwacht[i % verwacht.length]!;
      if (!isDeepStrictEqual(JSON.parse(g.tekst), JSON.parse(v))) fout(`regelwerk run: geval ${i + 1} geeft ${g.tekst}, in het proces ${v}`);
      i++;
    }
  };
  for (const stuk of tekstStukken(uit)) vergelijk(splitser.voeg(stuk));
  vergelijk(splitser.einde());
  if (i !== n) fout(`regelwerk run gaf ${i} antwoorden op ${n} gevallen`);
}
