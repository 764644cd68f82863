// `regelwerk bevolking --engine sql`: the policy as one SELECT over the view `gevallen` (the SQL
// compiler of compiler/sql/), run by DuckDB over the input file.
import type { DuckDBConnection } from '@duckdb/node-api';
import { GebruiksFout } from '../gebruik.js';
import type { Run } from './varianten.js';

export async function sqlRun(_c: DuckDBConnection, _run: Run, _bron: string, _cols: readonly { naam: string; type: string }[], _o: { peildatum: string | null; peildatumKolom: string | null }): Promise<{ select: string; gevallen: number; fouten: number }> {
  throw new GebruiksFout('--engine sql: de SQL-compiler (compiler/sql/) is in deze bouw nog niet aanwezig; reken met --engine js');
}
