// A policy's SQL on a PostgreSQL cluster, for the tests and the bench: the table `gevallen` as
// `gevallenTabel` writes it, in a schema of its own (so one cluster holds several populations; the
// SELECT names `gevallen` unqualified and finds it through the search_path), the cases loaded as
// the DuckDB tests load them (`literaal`: SQL literals written by the test, valid in both dialects),
// and the SELECT's rows by case.
import type pg from 'pg';
import type { Gecontroleerd } from '../../../language/checker.js';
import { gevallenTabel, naarSql, type SqlOpties } from '../../../compiler/sql/index.js';
import * as G from '../../../runtime/getal.js';
import type { Type } from '../../../runtime/typen.js';
import { GeenRij, literaal, type Geval } from './gevallen.js';

/** The largest BIGINT: a whole number beyond it cannot be a row. */
const MAX_BIGINT = 9223372036854775807n;

/** Rows per INSERT statement. */
const PARTIJ = 2000;

/** A quoted identifier (`"` doubled), as the SQL compiler writes names. */
export function sqlNaam(naam: string): string {
  return `"${naam.replace(/"/g, '""')}"`;
}

/**
 * A new schema `schema` holding the empty table `gevallen` of `g`, made the client's search_path:
 * from here on `gevallen` on this client means that table.
 */
export async function maakGevallen(client: pg.Client, g: Gecontroleerd, opties: SqlOpties, schema: string): Promise<void> {
  await client.query(`CREATE SCHEMA ${sqlNaam(schema)}`);
  await client.query(`SET search_path TO ${sqlNaam(schema)}`);
  await client.query(gevallenTabel(g, opties));
}

/** One case as the values of a row of `gevallen` (id first), or null when its input cannot be a row. */
export function rijWaarden(g: Gecontroleerd, opties: SqlOpties, x: Geval, id: number): string | null {
  try {
    const kolommen = [String(id), ...g.invoer.map((i) => pgLiteraal(i.type, Object.hasOwn(x.invoer, i.naam) ? x.invoer[i.naam] : undefined))];
    if (opties.peildatumKolom !== undefined) kolommen.push(`DATE '${x.peildatum}'`);
    return `(${kolommen.join(', ')})`;
  } catch (f) {
    if (f instanceof GeenRij) return null;
    throw f;
  }
}

/**
 * A JSON value as a PostgreSQL literal of its column: as `literaal` writes it for DuckDB, except
 * that a number may have any number of digits (NUMERIC; DuckDB's DECIMAL(18) holds 18), and a whole
 * number any value a BIGINT holds.
 */
export function pgLiteraal(t: Type, x: unknown): string {
  const k = t.soort === 'leegbaar' ? t.type : t;
  if (x === null || x === undefined || (k.soort !== 'getal' && k.soort !== 'bedrag' && k.soort !== 'percentage')) return literaal(t, x);
  const getal = typeof x === 'number' ? G.vanJsNumber(x) : G.isExactGetal(x) ? G.vanDecimaleTekst(x.decimaal) : null;
  if (getal === null) throw new GeenRij();
  const geheel = k.soort === 'getal' && k.geheel;
  const d = G.decimalen(getal);
  if (d === null || d > (k.soort === 'bedrag' ? 2 : geheel ? 0 : 6)) throw new GeenRij();
  if (geheel && (getal.t > MAX_BIGINT || getal.t < -MAX_BIGINT)) throw new GeenRij();
  return G.naarDecimaleTekst(getal);
}

/**
 * Inserts the cases into `gevallen` (of the search_path), case i with id `ids[i]` (default i), and
 * returns how many could not be a row (a wrong JSON type for the column: the loader's refusal).
 */
export async function laadGevallen(client: pg.Client, g: Gecontroleerd, opties: SqlOpties, gevallen: readonly Geval[], ids?: readonly number[]): Promise<number> {
  const waarden: string[] = [];
  gevallen.forEach((x, i) => {
    const w = rijWaarden(g, opties, x, ids?.[i] ?? i);
    if (w !== null) waarden.push(w);
  });
  for (let i = 0; i < waarden.length; i += PARTIJ) await client.query(`INSERT INTO gevallen VALUES ${waarden.slice(i, i + PARTIJ).join(', ')}`);
  return gevallen.length - waarden.length;
}

/** The SQL of `g` (failing on any diagnostic). */
export function sqlVan(g: Gecontroleerd, opties: SqlOpties): string {
  const { sql, diagnosen } = naarSql(g, opties);
  if (diagnosen.length > 0) throw new Error(diagnosen.map((d) => `${d.code}: ${d.melding}`).join('\n'));
  return sql;
}

/** The rows of `select` (the SQL of a policy) over `gevallen`, ordered by id. */
export async function rijenVan(client: pg.Client, select: string): Promise<Record<string, unknown>[]> {
  return (await client.query<Record<string, unknown>>(`SELECT * FROM (${zonderPuntkomma(select)}) AS uitkomst ORDER BY id`)).rows;
}

/** A statement as a subquery: without its closing semicolon. */
export function zonderPuntkomma(select: string): string {
  return select.trimEnd().replace(/;$/, '');
}
