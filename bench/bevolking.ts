// Population rows of the bench (`meetBevolking`, called by the lead from bench/run.ts, or run on its
// own: node dist/bench/bevolking.js [aantallen...]): `regelwerk bevolking` over a generated
// minimumjeugdloon population as the user runs it (a process, the cache warm), compiled JS on one
// thread and on all cores, DuckDB SQL, and the what-if (18 years without bbl 50% -> 55%, the
// variant compiled in the run), each at 1M and 10M cases: cases per second of wall time, the
// process's peak RSS (VmHWM from /proc, polled), ratios to JS on one thread, and each target met or not.
// A benchmark, not a test: it fails only on a wrong answer (the outputs of JS and SQL must agree).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { pakketMap } from '../compiler/node/modules.js';
import { maakBevolking } from './bevolking-maak.js';

export interface BevolkingRij {
  readonly engine: 'js, 1 thread' | 'js, all cores' | 'duckdb sql' | 'what-if (js, all cores)';
  readonly gevallen: number;
  readonly seconden: number;
  readonly gevallenPerSeconde: number;
  readonly piekRssMiB: number | null;
  /** Cases per second relative to JS on one thread at the same size. */
  readonly ratioJs1: number;
}

export interface BevolkingDoel {
  readonly target: string;
  readonly met: boolean;
  readonly measured: string;
}

const PEILDATUM = '2026-01-01';

/** Runs `regelwerk bevolking ...args`; wall seconds and the highest VmHWM seen (Linux), or an error with its stderr. */
function proces(args: readonly string[]): Promise<{ seconden: number; piekMiB: number | null }> {
  return new Promise((klaar, mis) => {
    const begin = process.hrtime.bigint();
    const p = spawn(process.execPath, [join(pakketMap(), 'bin/regelwerk.js'), 'bevolking', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    let piek: number | null = null;
    p.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    const kijk = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p.pid}/status`, 'utf8'));
        if (m) piek = Math.max(piek ?? 0, Number(m[1]) / 1024);
      } catch {
        // not Linux, or the process has ended
      }
    }, 20);
    p.on('close', (code) => {
      clearInterval(kijk);
      const seconden = Number(process.hrtime.bigint() - begin) / 1e9;
      if (code !== 0) mis(new Error(`regelwerk bevolking ${args.join(' ')}: exit ${code}\n${err}`));
      else klaar({ seconden, piekMiB: piek === null ? null : Math.round(piek) });
    });
  });
}

/** The rows for each size in `aantallen`, and the targets. */
export async function meetBevolking(aantallen: readonly number[] = [1_000_000, 10_000_000], log: (s: string) => void = () => {}): Promise<{ rijen: BevolkingRij[]; doelen: BevolkingDoel[] }> {
  const map = mkdtempSync(join(tmpdir(), 'regelwerk-bench-bevolking-'));
  const regeling = join(pakketMap(), 'policies/minimumjeugdloon.regel');
  const hoger = join(map, 'minimumjeugdloon.regel');
  writeFileSync(hoger, readFileSync(regeling, 'utf8').replace('| 18             | nee | 50%        |', '| 18             | nee | 55%        |'));
  const rijen: BevolkingRij[] = [];
  try {
    // warm the compile cache, so no row pays for compiling the base policy
    const klein = join(map, 'klein.parquet');
    await maakBevolking('minimumjeugdloon', 1000, klein);
    await proces([regeling, '--invoer', klein, '--uit', join(map, 'klein-uit.parquet'), '--peildatum', PEILDATUM]);
    for (const n of aantallen) {
      const invoer = join(map, `jongeren-${n}.parquet`);
      await maakBevolking('minimumjeugdloon', n, invoer);
      const runs = [
        ['js, 1 thread', ['--werkers', '1']],
        ['js, all cores', ['--werkers', String(availableParallelism())]],
        ['duckdb sql', ['--engine', 'sql']],
        ['what-if (js, all cores)', ['--variant', `hoger=${hoger}`, '--groepeer', 'leeftijd']],
      ] as const;
      const uit: Record<string, string> = {};
      let js1 = 0;
      for (const [engine, extra] of runs) {
        uit[engine] = join(map, `uit-${n}-${rijen.length}.parquet`);
        log(`bevolking: ${engine}, ${n.toLocaleString('nl-NL')} gevallen`);
        const m = await proces([regeling, '--invoer', invoer, '--uit', uit[engine]!, '--peildatum', PEILDATUM, ...extra]);
        const perSeconde = n / m.seconden;
        if (engine === 'js, 1 thread') js1 = perSeconde;
        rijen.push({ engine, gevallen: n, seconden: Math.round(m.seconden * 100) / 100, gevallenPerSeconde: Math.round(perSeconde), piekRssMiB: m.piekMiB, ratioJs1: Math.round((perSeconde / js1) * 100) / 100 });
      }
      await zelfdeAntwoorden(uit['js, all cores']!, uit['duckdb sql']!);
      for (const f of Object.values(uit)) rmSync(f, { force: true });
      rmSync(invoer, { force: true });
    }
  } finally {
    rmSync(map, { recursive: true, force: true });
  }
  return { rijen, doelen: doelenVan(rijen) };
}

/** JS and SQL wrote the same outputs, errors and paths for every case: else the numbers mean nothing. */
async function zelfdeAntwoorden(js: string, sql: string): Promise<void> {
  const c = await (await DuckDBInstance.create(':memory:')).connect();
  const kolommen = '"id", "rechtOpMinimumloon", "uurloon", "percentage", "fout", "pad"';
  const r = await c.runAndReadAll(`SELECT count(*) FROM ((SELECT ${kolommen} FROM '${js}') EXCEPT ALL (SELECT ${kolommen} FROM '${sql}'))`);
  const anders = Number(r.getRows()[0]![0]);
  if (anders !== 0) throw new Error(`bevolking: JS en SQL verschillen in ${anders} gevallen`);
}

function doelenVan(rijen: readonly BevolkingRij[]): BevolkingDoel[] {
  const doelen: BevolkingDoel[] = [];
  const rij = (engine: BevolkingRij['engine'], n: number): BevolkingRij | undefined => rijen.find((r) => r.engine === engine && r.gevallen === n);
  const grootste = Math.max(...rijen.map((r) => r.gevallen));
  const per = (r: BevolkingRij | undefined): string => (r ? `${r.gevallenPerSeconde.toLocaleString('en')} cases/s (${r.gevallen.toLocaleString('en')} cases, ${r.seconden} s)` : 'not measured');
  const js = rij('js, all cores', grootste);
  doelen.push({ target: 'compiled JS through DuckDB on all cores >= 5.4M cases/s (the prototype of the issue)', met: (js?.gevallenPerSeconde ?? 0) >= 5_400_000, measured: per(js) });
  const sql = rij('duckdb sql', grootste);
  doelen.push({ target: 'DuckDB SQL >= 9.4M cases/s (the prototype of the issue)', met: (sql?.gevallenPerSeconde ?? 0) >= 9_400_000, measured: per(sql) });
  const wat = rij('what-if (js, all cores)', 10_000_000);
  doelen.push({ target: 'what-if over 10M cases <= 4.5 s (prototype: 2.5 s plus 2 s to compile the variant)', met: wat !== undefined && wat.seconden <= 4.5, measured: per(wat) });
  const rss = rijen.filter((r) => r.gevallen >= 10_000_000);
  const piek = rss.length === 0 ? null : Math.max(...rss.map((r) => r.piekRssMiB ?? Infinity));
  doelen.push({ target: 'peak RSS of a 10M-case run < 1 GB', met: piek !== null && piek < 1024, measured: piek === null ? 'not measured (10M not run)' : `${piek} MiB (highest of the 10M rows)` });
  return doelen;
}

/** The rows and targets as a Markdown table. */
export function bevolkingTabel(r: { rijen: readonly BevolkingRij[]; doelen: readonly BevolkingDoel[] }): string {
  const regels = ['| engine | cases | seconds | cases/s | peak RSS (MiB) | ratio to JS, 1 thread |', '|---|---:|---:|---:|---:|---:|'];
  for (const x of r.rijen) regels.push(`| ${x.engine} | ${x.gevallen.toLocaleString('en')} | ${x.seconden} | ${x.gevallenPerSeconde.toLocaleString('en')} | ${x.piekRssMiB ?? '?'} | ${x.ratioJs1} |`);
  regels.push('', '| target | met | measured |', '|---|---|---|');
  for (const d of r.doelen) regels.push(`| ${d.target} | ${d.met ? 'met' : 'not met'} | ${d.measured} |`);
  return regels.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const aantallen = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
  if (!existsSync(join(pakketMap(), 'dist/cli/cli.js'))) throw new Error('draai eerst npm run build');
  const r = await meetBevolking(aantallen.length > 0 ? aantallen : [1_000_000, 10_000_000], (s) => process.stderr.write(`${s}\n`));
  process.stdout.write(`${bevolkingTabel(r)}\n`);
}
