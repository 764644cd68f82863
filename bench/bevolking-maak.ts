// A realistic population for `regelwerk bevolking`, written by DuckDB as Parquet (nothing large is
// committed; this makes it): young employees for minimumjeugdloon (ages 15 to 22 weighted as a
// payroll of young workers is, about one in six 18- to 20-year-olds in the bbl, a region to group
// by) or employment histories for ketenbepaling (one to six contracts each, of three to twelve
// months, with gaps of up to eight months, some seasonal work). Seeded: the same file every time.
//   node dist/bench/bevolking-maak.js minimumjeugdloon 1000000 jongeren.parquet
//   node dist/bench/bevolking-maak.js ketenbepaling 100000 contracten.parquet
import { DuckDBInstance } from '@duckdb/node-api';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export type Soort = 'minimumjeugdloon' | 'ketenbepaling';

function tekst(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/**
 * DuckDB's own pseudo-random numbers from the row number: hash() of (row, salt) is the same on
 * every machine and run, so a population is reproduced from its size alone.
 */
const toeval = (zout: number, kolom = 'i'): string => `((hash(${kolom} * 7919 + ${zout}) % 1000000)::DOUBLE / 1000000)`;

/** The SELECT of `n` cases of this kind. */
export function bevolkingSql(soort: Soort, n: number): string {
  if (soort === 'minimumjeugdloon') {
    // ages 15-22: few 15-year-olds, most 18-21; bbl for some 18-20-year-olds
    const leeftijd = `CASE WHEN ${toeval(1)} < 0.04 THEN 15 WHEN ${toeval(1)} < 0.10 THEN 16 WHEN ${toeval(1)} < 0.19 THEN 17 WHEN ${toeval(1)} < 0.35 THEN 18 WHEN ${toeval(1)} < 0.52 THEN 19 WHEN ${toeval(1)} < 0.69 THEN 20 WHEN ${toeval(1)} < 0.86 THEN 21 ELSE 22 END`;
    return `SELECT i + 1 AS id, leeftijd::BIGINT AS leeftijd, (leeftijd BETWEEN 18 AND 20 AND ${toeval(2)} < 0.17) AS bbl,
      ['noord', 'oost', 'zuid', 'west', 'randstad'][1 + (hash(i * 31 + 3) % 5)::INTEGER] AS regio,
      (12 + ${toeval(4)} * 28)::DECIMAL(5,1) AS urenPerWeek
      FROM (SELECT i, ${leeftijd} AS leeftijd FROM range(${n}) t(i))`;
  }
  // contracts: each starts after the previous one ends, with a gap of 0 to 8 months
  return `WITH c AS (
      SELECT i, k, (3 + hash(i * 13 + k) % 10)::INTEGER AS maanden, (hash(i * 17 + k) % 9)::INTEGER AS tussen,
        ${toeval(7, 'i * 10 + k')} < 0.08 AS seizoen
      FROM range(${n}) t(i), range(6) s(k) WHERE k < 1 + hash(i * 5) % 6
    ), d AS (
      SELECT i, k, seizoen, DATE '2022-01-01' + to_months((sum(maanden + tussen) OVER (PARTITION BY i ORDER BY k) - maanden)::BIGINT) AS begin, maanden
      FROM c
    )
    SELECT i + 1 AS id,
      ['overig', 'overig', 'overig', 'overig', 'overig', 'overig', 'student', 'scholier'][1 + (hash(i * 11) % 8)::INTEGER] AS categorie,
      hash(i * 19) % 10 = 0 AS caoSeizoensverkorting,
      list({'begin': begin::DATE, 'einde': (begin + to_months(maanden) - INTERVAL 1 DAY)::DATE, 'seizoenswerk': seizoen} ORDER BY k) AS contracten
    FROM d GROUP BY i ORDER BY i`;
}

/** Writes `n` cases of this kind to `pad` (Parquet). */
export async function maakBevolking(soort: Soort, n: number, pad: string): Promise<void> {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  try {
    await c.run(`COPY (${bevolkingSql(soort, n)}) TO ${tekst(resolve(pad))} (FORMAT parquet)`);
  } finally {
    c.closeSync();
    db.closeSync();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [soort, aantal, pad] = process.argv.slice(2);
  const n = Number(aantal);
  if ((soort !== 'minimumjeugdloon' && soort !== 'ketenbepaling') || !Number.isInteger(n) || n < 1 || !pad) {
    process.stderr.write('gebruik: node dist/bench/bevolking-maak.js minimumjeugdloon|ketenbepaling <aantal> <uit.parquet>\n');
    process.exit(2);
  }
  await maakBevolking(soort, n, pad);
  process.stderr.write(`geschreven: ${pad} (${n.toLocaleString('nl-NL')} gevallen)\n`);
}
