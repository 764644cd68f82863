// The DuckDB side of the SQL tests: one in-memory instance per test file, the table `gevallen`
// filled with the cases (gevallen.ts writes their literals), and the SELECT's rows by case.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Gecontroleerd } from '../../../language/checker.js';
import { type SqlOpties, gevallenTabel, naarSql } from '../../../compiler/sql/index.js';
import { type Geval, GeenRij, literaal } from './gevallen.js';

let verbinding: Promise<DuckDBConnection> | null = null;
export function duckdb(): Promise<DuckDBConnection> {
  verbinding ??= DuckDBInstance.create(':memory:').then((i) => i.connect());
  return verbinding;
}

export const OPTIES: SqlOpties = { dialect: 'duckdb', peildatumKolom: 'peildatum' };

/** The rows of `gevallen` for these cases (those that can be rows), and the SELECT's answer per case. */
export async function draai(g: Gecontroleerd, gevallen: readonly Geval[], opties: SqlOpties = OPTIES): Promise<{ rijen: Map<number, Record<string, unknown>>; overgeslagen: number }> {
  const { sql, diagnosen } = naarSql(g, opties);
  if (diagnosen.length > 0) throw new Error(diagnosen.map((d) => `${d.code}: ${d.melding}`).join('\n'));
  const c = await duckdb();
  await c.run('DROP TABLE IF EXISTS gevallen');
  await c.run(gevallenTabel(g, opties));
  const waarden: string[] = [];
  let overgeslagen = 0;
  gevallen.forEach((x, i) => {
    try {
      const kolommen = [String(i), ...g.invoer.map((inv) => literaal(inv.type, Object.hasOwn(x.invoer, inv.naam) ? x.invoer[inv.naam] : undefined))];
      if (opties.peildatumKolom !== undefined) kolommen.push(`DATE '${x.peildatum}'`);
      waarden.push(`(${kolommen.join(', ')})`);
    } catch (f) {
      if (!(f instanceof GeenRij)) throw f;
      overgeslagen++;
    }
  });
  for (let i = 0; i < waarden.length; i += 2000) await c.run(`INSERT INTO gevallen VALUES ${waarden.slice(i, i + 2000).join(', ')}`);
  const r = await c.runAndReadAll(sql);
  const rijen = new Map<number, Record<string, unknown>>();
  // by position: an output may have the name of an input (crisisregeling: werknemers), then the
  // output's column comes after the input's and wins
  const namen = r.columnNames();
  for (const waarden of r.getRowsJson()) {
    const rij: Record<string, unknown> = {};
    namen.forEach((n, i) => { rij[n] = waarden[i]; });
    rijen.set(Number(rij.id), rij);
  }
  return { rijen, overgeslagen };
}

