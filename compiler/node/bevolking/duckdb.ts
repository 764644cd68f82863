// DuckDB for `regelwerk bevolking`: the input file as a relation (Parquet, CSV read as text so an
// amount is never a double, NDJSON or a JSON list), its columns, the rows written (by opdracht.ts)
// as DuckDB's JSON of the policy's input columns (exact decimals, dates as JJJJ-MM-DD, lists of
// records as lists of objects), and the output written by DuckDB from the input's own columns
// beside the results.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { extname } from 'node:path';

export type InvoerFormaat = 'parquet' | 'csv' | 'ndjson' | 'json';
export type UitFormaat = 'parquet' | 'csv' | 'ndjson';

/** The format of a file by its extension, or null when it is none of ours. */
export function invoerFormaat(pad: string): InvoerFormaat | null {
  switch (extname(pad).toLowerCase()) {
    case '.parquet': return 'parquet';
    case '.csv': return 'csv';
    case '.ndjson': case '.jsonl': return 'ndjson';
    case '.json': return 'json';
    default: return null;
  }
}

export function uitFormaat(pad: string): UitFormaat | null {
  const f = invoerFormaat(pad);
  return f === 'json' ? null : f;
}

/** A string literal in SQL. */
export function sqlTekst(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** A quoted identifier: a column name from a file or a policy never reaches SQL unquoted. */
export function ident(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** The table function that reads the input; a CSV as text, so the policy's types decide what a cell means. */
export function bronSql(pad: string, formaat: InvoerFormaat): string {
  switch (formaat) {
    case 'parquet': return `read_parquet(${sqlTekst(pad)})`;
    case 'csv': return `read_csv(${sqlTekst(pad)}, all_varchar = true, header = true)`;
    case 'ndjson': return `read_json(${sqlTekst(pad)}, format = 'newline_delimited')`;
    case 'json': return `read_json(${sqlTekst(pad)}, format = 'auto')`;
    default: { const _never: never = formaat; return _never; }
  }
}

/** The COPY options of an output format. */
export function copyOpties(f: UitFormaat): string {
  switch (f) {
    case 'parquet': return `(FORMAT parquet)`;
    case 'csv': return `(FORMAT csv, HEADER true)`;
    case 'ndjson': return `(FORMAT json)`;
    default: { const _never: never = f; return _never; }
  }
}

/** An embedded DuckDB that spills to `tijdelijk` instead of growing past a few hundred MB, with its connection. */
export async function openDuckDb(tijdelijk: string): Promise<{ verbinding: DuckDBConnection; sluit: () => void }> {
  const db = await DuckDBInstance.create(':memory:', { memory_limit: '384MB', temp_directory: tijdelijk, preserve_insertion_order: 'true' });
  const verbinding = await db.connect();
  return { verbinding, sluit: () => { verbinding.closeSync(); db.closeSync(); } };
}

/** The input's columns with their DuckDB types. */
export async function kolommen(c: DuckDBConnection, bron: string): Promise<{ naam: string; type: string }[]> {
  const r = await c.runAndReadAll(`DESCRIBE SELECT * FROM ${bron}`);
  return r.getRows().map((x) => ({ naam: String(x[0]), type: String(x[1]) }));
}

/** The first line of a DuckDB error, without its category prefix where that says nothing to a drafter. */
export function duckdbMelding(x: unknown): string {
  const m = x instanceof Error ? x.message : String(x);
  return m.split('\n')[0]!.replace(/^(IO|Invalid Input|Conversion|Binder|Parser) Error: /, '');
}
