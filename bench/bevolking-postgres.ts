// Population rows of the bench for PostgreSQL: cases per second of a policy's SQL (`regelwerk sql
// --dialect postgres`) on a throw-away PostgreSQL 15 cluster, at 1M cases (and 10M when asked),
// next to the DuckDB and JavaScript population rows (a file of their own in bench/). First the SQL must give the
// interpreter's answer on every case of a seeded base population (valid and raw cases: `fout`
// included); then the base is repeated by id to the size measured, and `CREATE UNLOGGED TABLE ...
// AS <SELECT>` is timed in wall-clock time (the work is the server's, not this process's), with
// PostgreSQL's default settings, the parallel workers its plan asked for, and the backend's peak
// RSS (VmHWM).
// `meetPostgresBevolking` is what bench/run.ts calls; run this file alone for these rows only
// (`node dist/bench/bevolking-postgres.js`, after `npm run bench` compiled it; BENCH_SNEL=1 quick).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import type pg from 'pg';
import { invoerArbitrary, ruweInvoerArbitrary } from '../compiler/analysis/arbitraries.js';
import type { SqlOpties } from '../compiler/sql/index.js';
import { postgresOntbreekt, startCluster, type Cluster } from '../test/opzet/postgres.js';
import { verschil, verwacht, type Geval } from '../test/compiler/sql/gevallen.js';
import { laadBestand, pakketMap } from '../compiler/node/modules.js';
import { laadGevallen, maakGevallen, sqlNaam, sqlVan, zonderPuntkomma } from '../test/compiler/sql/postgres-hulp.js';
import type { Gecontroleerd } from '../language/checker.js';

const SEED = 20260301;
const PEILDATUM = '2026-03-01';
const OPTIES: SqlOpties = { dialect: 'postgres', peildatum: PEILDATUM };
/** The base population: checked case by case against the interpreter, then repeated by id. */
const BASIS = 20_000;

export interface PostgresRij {
  readonly policy: string;
  readonly cases: number;
  /** Median wall-clock seconds of `CREATE UNLOGGED TABLE ... AS <SELECT>`, over `runs`. */
  readonly seconds: number;
  readonly casesPerSecond: number;
  readonly runs: number;
  /**
   * Parallel workers the plan asked for, with PostgreSQL's default settings (up to 2 per query).
   * 0: one process did all the work. The `OFFSET 0` that ends every step of the SQL (against
   * PostgreSQL copying expressions) also keeps the planner from splitting a step over workers.
   */
  readonly workersPlanned: number;
  /** Peak resident memory of the backend that ran the query (VmHWM), in MiB. */
  readonly backendPeakRssMiB: number | null;
}

export interface PostgresMeting {
  readonly server: string;
  readonly peildatum: string;
  /** Cases per policy on which the SQL gave the interpreter's answer before anything was timed. */
  readonly checkedCases: Readonly<Record<string, number>>;
  readonly rows: readonly PostgresRij[];
}

export interface PostgresOpties {
  /** Population sizes (a multiple of BASIS), e.g. [1_000_000] or [1_000_000, 10_000_000]. */
  readonly groottes: readonly number[];
  /** Timed runs per size (the median counts); one at 10M and above. */
  readonly herhaal: number;
  readonly policies: readonly string[];
  readonly log: (s: string) => void;
  readonly fout: (s: string) => never;
}

/** The rows, or the reason PostgreSQL is not there (the bench goes on without these rows). */
export async function meetPostgresBevolking(o: PostgresOpties): Promise<PostgresMeting | { readonly skipped: string }> {
  const ontbreekt = postgresOntbreekt();
  if (ontbreekt !== null) return { skipped: ontbreekt };
  const cluster = await startCluster();
  try {
    const client = await cluster.verbind();
    const server = (await client.query<{ v: string }>('SELECT version() AS v')).rows[0]!.v;
    const checkedCases: Record<string, number> = {};
    const rows: PostgresRij[] = [];
    for (const policy of o.policies) {
      const r = laadBestand(join(pakketMap(), 'policies', `${policy}.regel`));
      if (!r.ok) o.fout(`policies/${policy}.regel bevat fouten`);
      const g = r.gecontroleerd;
      const sql = sqlVan(g, OPTIES);
      checkedCases[policy] = await controleer(client, g, policy, sql, o);
      o.log(`  postgres: ${policy}: SQL = interpreter op ${checkedCases[policy]!.toLocaleString('en-US')} gevallen`);
      for (const n of o.groottes) {
        await vergroot(client, g, policy, n);
        const runs = n >= 10_000_000 ? 1 : o.herhaal;
        const metingen: { s: number; rss: number | null; werkers: number }[] = [];
        for (let i = 0; i < runs; i++) metingen.push(await meetEens(cluster, schema(policy, n), sql));
        const s = mediaan(metingen.map((m) => m.s));
        const rss = metingen.map((m) => m.rss).filter((x): x is number => x !== null);
        rows.push({ policy, cases: n, seconds: s, casesPerSecond: n / s, runs, workersPlanned: Math.max(...metingen.map((m) => m.werkers)), backendPeakRssMiB: rss.length > 0 ? Math.max(...rss) : null });
        o.log(`  postgres: ${policy}, ${n.toLocaleString('en-US')} gevallen: ${Math.round(n / s).toLocaleString('en-US')} gevallen/s`);
        await client.query(`DROP SCHEMA ${sqlNaam(schema(policy, n))} CASCADE`);
      }
    }
    return { server, peildatum: PEILDATUM, checkedCases, rows };
  } finally {
    await cluster.stop();
  }
}

function schema(policy: string, n: number): string {
  return `${policy}/${n}`;
}

/**
 * The base population (seeded: valid cases and raw ones, whose `eis` or range may fail) into
 * `<policy>/basis`; every row of the SQL must equal the interpreter's answer. Returns the count.
 */
async function controleer(client: pg.Client, g: Gecontroleerd, policy: string, sql: string, o: PostgresOpties): Promise<number> {
  const geldig = fc.sample(invoerArbitrary(g, { peildatum: PEILDATUM }), { numRuns: BASIS * 0.9, seed: SEED });
  const ruw = fc.sample(ruweInvoerArbitrary(g, { peildatum: PEILDATUM }), { numRuns: BASIS * 0.1, seed: SEED + 1 });
  const gevallen: Geval[] = [...geldig, ...ruw].map((invoer) => ({ invoer, peildatum: PEILDATUM }));
  await maakGevallen(client, g, OPTIES, `${policy}/basis`);
  const overgeslagen = await laadGevallen(client, g, OPTIES, gevallen);
  if (overgeslagen > 0) o.fout(`${policy}: ${overgeslagen} gegenereerde gevallen passen niet in gevallen`);
  const r = await client.query<Record<string, unknown>>(`SELECT * FROM (${zonderPuntkomma(sql)}) AS u ORDER BY id`);
  if (r.rows.length !== gevallen.length) o.fout(`${policy}: ${r.rows.length} rijen voor ${gevallen.length} gevallen`);
  for (const rij of r.rows) {
    const x = gevallen[Number(rij.id)]!;
    const v = verschil(g, rij, verwacht(g, x));
    if (v.length > 0) o.fout(`${policy}: SQL op PostgreSQL wijkt af van de interpreter voor ${JSON.stringify(x.invoer)}:\n  ${v.join('\n  ')}`);
  }
  return gevallen.length;
}

/** `<policy>/<n>`.gevallen: the base repeated by id to n rows (ids 0..n-1), analysed. */
async function vergroot(client: pg.Client, g: Gecontroleerd, policy: string, n: number): Promise<void> {
  if (n % BASIS !== 0) throw new Error(`bench: ${n} is geen veelvoud van ${BASIS}`);
  const kolommen = g.invoer.map((i) => `b.${sqlNaam(i.naam)}`).join(', ');
  await client.query(`CREATE SCHEMA ${sqlNaam(schema(policy, n))}`);
  await client.query(`CREATE TABLE ${sqlNaam(schema(policy, n))}.gevallen AS SELECT CAST(b.id + k * ${BASIS} AS BIGINT) AS id, ${kolommen} `
    + `FROM ${sqlNaam(`${policy}/basis`)}.gevallen AS b, generate_series(0, ${n / BASIS - 1}) AS k`);
  await client.query(`ANALYZE ${sqlNaam(schema(policy, n))}.gevallen`);
}

/**
 * One timed run on a fresh backend (its VmHWM is this query's peak): seconds, peak RSS in MiB, and
 * the parallel workers its plan asked for.
 */
async function meetEens(cluster: Cluster, schemaNaam: string, sql: string): Promise<{ s: number; rss: number | null; werkers: number }> {
  const c = await cluster.verbind();
  try {
    await c.query(`SET search_path TO ${sqlNaam(schemaNaam)}`);
    const pid = Number((await c.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid);
    await c.query('DROP TABLE IF EXISTS uitkomst');
    const plan = JSON.stringify((await c.query(`EXPLAIN (FORMAT JSON) CREATE UNLOGGED TABLE uitkomst AS ${zonderPuntkomma(sql)}`)).rows);
    const gepland = Math.max(0, ...[...plan.matchAll(/"Workers Planned":\s*(\d+)/g)].map((m) => Number(m[1])));
    const t0 = performance.now();
    await c.query(`CREATE UNLOGGED TABLE uitkomst AS ${zonderPuntkomma(sql)}`);
    const s = (performance.now() - t0) / 1000;
    const rss = piekRss(pid);
    await c.query('DROP TABLE uitkomst');
    return { s, rss, werkers: gepland };
  } finally {
    await c.end();
  }
}

/** VmHWM of a process in MiB, or null where /proc does not say. */
function piekRss(pid: number): number | null {
  try {
    const m = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

function mediaan(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The rows as a Markdown table. */
export function schrijfPostgresBevolking(m: PostgresMeting | { readonly skipped: string }): string {
  if ('skipped' in m) return `PostgreSQL: overgeslagen: ${m.skipped}`;
  const uit = [
    `PostgreSQL (${m.server.split(',')[0]}), peildatum ${m.peildatum}; first checked against the interpreter on ${Object.entries(m.checkedCases).map(([p, n]) => `${n.toLocaleString('en-US')} ${p} cases`).join(', ')}`,
    '',
    '| policy | cases | workers planned | cases/s | s (median) | runs | backend peak RSS |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of m.rows) {
    uit.push(`| ${r.policy} | ${r.cases.toLocaleString('en-US')} | ${r.workersPlanned} | ${Math.round(r.casesPerSecond).toLocaleString('en-US')} | ${r.seconds.toFixed(2)} | ${r.runs} | ${r.backendPeakRssMiB === null ? '–' : `${Math.round(r.backendPeakRssMiB)} MiB`} |`);
  }
  return uit.join('\n');
}

// Alone: `node dist/bench/bevolking-postgres.js` (BENCH_SNEL=1: 100,000 cases, one run; BENCH_PG_10M=1: also 10M).
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const snel = process.env.BENCH_SNEL === '1';
  const groottes = snel ? [100_000] : process.env.BENCH_PG_10M === '1' ? [1_000_000, 10_000_000] : [1_000_000];
  const m = await meetPostgresBevolking({
    groottes, herhaal: snel ? 1 : 3, policies: ['minimumjeugdloon', 'ww-premie'],
    log: (s) => process.stdout.write(`${s}\n`),
    fout: (s) => { throw new Error(`bench: ${s}`); },
  });
  process.stdout.write(`\n${schrijfPostgresBevolking(m)}\n`);
}
