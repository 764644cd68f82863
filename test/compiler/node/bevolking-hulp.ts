// Shared by the tests of `regelwerk bevolking`: DuckDB in the test (to write a population in any
// format and read an output back as JSON rows), the answers `regelwerk run` gives the same cases
// (the reference for every output and every `fout`), and a compile cache of the file's own.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { regelwerk } from './cli-hulp.js';

/**
 * A compile cache of this test file's own (XDG_CACHE_HOME, under the run's temporary folder, put
 * back afterwards): the variants a population run compiles never land in the run's shared cache,
 * whose files test/toetsopzet.test.ts counts while it runs beside this file.
 */
export function eigenCache(): void {
  let vorige: string | undefined;
  beforeAll(() => {
    vorige = process.env.XDG_CACHE_HOME;
    process.env.XDG_CACHE_HOME = mkdtempSync(join(tmpdir(), 'rw-bevolking-cache-'));
  });
  afterAll(() => {
    if (vorige === undefined) delete process.env.XDG_CACHE_HOME;
    else process.env.XDG_CACHE_HOME = vorige;
  });
}

let verbinding: DuckDBConnection | null = null;

/** One DuckDB per test file, in memory. */
export async function duckdb(): Promise<DuckDBConnection> {
  verbinding ??= await (await DuckDBInstance.create(':memory:')).connect();
  return verbinding;
}

/** The rows of an output file (any format DuckDB reads) as JSON values, in file order. */
export async function leesUit(pad: string): Promise<Record<string, unknown>[]> {
  const c = await duckdb();
  const bron = pad.endsWith('.csv') ? `read_csv('${pad}', all_varchar = true)` : pad.endsWith('.parquet') ? `read_parquet('${pad}')` : `read_json('${pad}', format = 'newline_delimited')`;
  return (await (await c.runAndReadAll(`SELECT * FROM ${bron}`)).getRowObjectsJson()) as Record<string, unknown>[];
}

/** The column types of an output file. */
export async function typen(pad: string): Promise<Record<string, string>> {
  const c = await duckdb();
  const rijen = (await c.runAndReadAll(`DESCRIBE SELECT * FROM '${pad}'`)).getRows();
  return Object.fromEntries(rijen.map((r) => [String(r[0]), String(r[1])]));
}

/** What `regelwerk run` answers for each case of an NDJSON file: the output, or the message of its error. */
export async function runAntwoorden(regeling: string, ndjson: string, peildatum: string): Promise<({ uitvoer: Record<string, unknown> } | { fout: string })[]> {
  const r = await regelwerk('run', regeling, '--invoer', ndjson, '--peildatum', peildatum, '--engine', 'interpreter');
  return r.out.trim().split('\n').map((l) => {
    const x = JSON.parse(l) as Record<string, unknown>;
    return 'fout' in x && typeof x.fout === 'object' && x.fout !== null ? { fout: (x.fout as { melding: string }).melding } : { uitvoer: x };
  });
}

/** An NDJSON file's lines as objects. */
export function ndjsonRegels(pad: string): Record<string, unknown>[] {
  return readFileSync(pad, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** A number in any notation (7.5, "7.50", 7.50) as one text, so outputs of every format compare. */
export function genormaliseerd(x: unknown): unknown {
  if (typeof x === 'number') return genormaliseerd(String(x));
  if (typeof x === 'string' && /^-?\d+(\.\d+)?$/.test(x)) return x.includes('.') ? x.replace(/\.?0+$/, '') : x;
  if (x === 'true' || x === 'false') return x === 'true';
  return x;
}
