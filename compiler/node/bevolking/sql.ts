// `regelwerk bevolking --engine sql`: the policy as one SELECT over the view `gevallen` (naarSql of
// compiler/sql/), run by DuckDB over the input file. The view gives each input column the SQL type
// the SELECT expects. A column of another type (text from a CSV, a double from Parquet) goes
// through its text, checked first: a value DuckDB would round or misread ('18.5' as a whole number,
// 7.355 as an amount, 'ja' as a yes/no) is converted only when it means exactly that, and
// otherwise becomes that row's `fout`, never a silently different value and never a failed query.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Diagnose } from '../../../language/index.js';
import { gevallenTabel, naarSql, type SqlOpties } from '../../sql/index.js';
import { ident, sqlTekst } from './duckdb.js';
import type { Run } from './varianten.js';

/** The column of the view that holds a row's conversion error; removed again from the result. */
const OMZETFOUT = '§omzetfout';
/** The column of the view that numbers the rows of the input. */
const RIJ = '§rij';

export type SqlUitkomst = { readonly kind: 'select'; readonly select: string } | { readonly kind: 'buiten'; readonly diagnosen: readonly Diagnose[] };

/**
 * Makes the view `gevallen` over `bron` and returns the SELECT that gives every column of the
 * input with each output, `fout` and `pad`; or the diagnostics when the policy is outside the subset.
 */
export async function sqlRun(c: DuckDBConnection, run: Run, bron: string, cols: readonly { naam: string; type: string }[], o: { peildatum: string | null; peildatumKolom: string | null; zonder: readonly string[] }): Promise<SqlUitkomst> {
  const opties: SqlOpties = { dialect: 'duckdb', ...(o.peildatumKolom !== null ? { peildatumKolom: o.peildatumKolom } : { peildatum: o.peildatum ?? vandaag() }) };
  const { sql, diagnosen } = naarSql(run.g, opties);
  if (diagnosen.length > 0) return { kind: 'buiten', diagnosen };
  // the types the SELECT expects, from the contract's CREATE TABLE
  await c.run(gevallenTabel(run.g, opties).replace(/^CREATE TABLE gevallen/, 'CREATE TEMP TABLE "§gevallen_typen"'));
  const verwacht = new Map((await c.runAndReadAll('DESCRIBE "§gevallen_typen"')).getRows().map((r) => [String(r[0]).toLowerCase(), String(r[1])]));
  await c.run('DROP TABLE "§gevallen_typen"');
  const vervang: string[] = [];
  const fouten: string[] = [];
  for (const col of cols) {
    const doel = verwacht.get(col.naam.toLowerCase());
    if (doel === undefined || col.naam.toLowerCase() === 'id' || doel === col.type) continue;
    const { waarde, fout } = omzetting(col.naam, doel);
    vervang.push(`${waarde} AS ${ident(col.naam)}`);
    fouten.push(fout);
  }
  // the view numbers the rows, so that the answers go back beside the input's own columns as they
  // were written (a CSV's text, not the typed value the SELECT read)
  await c.run(`CREATE VIEW gevallen AS SELECT *${vervang.length > 0 ? ` REPLACE (${vervang.join(', ')})` : ''}, ${fouten.length > 0 ? `COALESCE(${fouten.join(', ')})` : 'NULL::VARCHAR'} AS ${ident(OMZETFOUT)} FROM (SELECT row_number() OVER () AS ${ident(RIJ)}, * FROM ${bron})`);
  // a row whose input could not be converted: its fout, every output and the path empty
  const goed = `s.${ident(OMZETFOUT)} IS NULL`;
  const uit = [...run.uitvoer.map((u) => `CASE WHEN ${goed} THEN s.${ident(u.naam)} END AS ${ident(u.naam)}`), `COALESCE(s.${ident(OMZETFOUT)}, s."fout") AS "fout"`, `CASE WHEN ${goed} THEN s."pad" END AS "pad"`];
  // an input column with the name of an output, `fout` or `pad` gives way to the answer (as with --engine js)
  const weg = [RIJ, ...o.zonder].map(ident).join(', ');
  const select = `SELECT b.* EXCLUDE (${weg}), ${uit.join(', ')} FROM (SELECT row_number() OVER () AS ${ident(RIJ)}, * FROM ${bron}) b JOIN (${sql}) s USING (${ident(RIJ)}) ORDER BY b.${ident(RIJ)}`;
  return { kind: 'select', select };
}

/** Today as JJJJ-MM-DD in local time: the default peildatum, as the engines take it. */
function vandaag(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * A column of another type as the type `doel`: through its text, converted only when the text
 * means exactly such a value; else NULL, with the reason as `fout` in the engines' words (a number
 * with a decimal comma, as drafters write it). A number with more decimals than the SQL's column
 * holds is no error of the case but outside the subset: `niet-sql`, to be rerun with --engine js.
 */
export function omzetting(naam: string, doel: string): { waarde: string; fout: string } {
  const k = ident(naam);
  const t = `trim(CAST(${k} AS VARCHAR))`;
  const bij = (reden: string): string => `${sqlTekst(`ongeldige invoer bij '${naam}': `)} || ${reden}`;
  const kreegTekst = `'de tekst "' || CAST(${k} AS VARCHAR) || '"'`;
  const getal = `regexp_full_match(${t}, '[+-]?[0-9]+([.,][0-9]+)?')`;
  const geschreven = `replace(regexp_replace(${t}, '^[+]', ''), '.', ',')`;
  const decimaal = /^DECIMAL\((\d+),(\d+)\)$/.exec(doel);
  let waarde: string;
  let reden: string;
  if (decimaal || doel === 'BIGINT' || doel === 'HUGEINT' || doel === 'INTEGER') {
    const [p, sch] = decimaal ? [Number(decimaal[1]), Number(decimaal[2])] : [18, 0];
    const patroon = `[+-]?[0-9]{1,${p - sch}}${sch > 0 ? `([.,][0-9]{1,${sch}})?` : ''}`;
    waarde = `CASE WHEN regexp_full_match(${t}, ${sqlTekst(patroon)}) THEN CAST(replace(${t}, ',', '.') AS ${decimaal ? doel : 'BIGINT'}) END`;
    const teVeel = sch === 0 ? bij(`'moet een geheel getal zijn, maar kreeg ' || ${geschreven}`)
      : sch === 2 ? bij(`'een bedrag heeft hoogstens 2 decimalen (centen), maar kreeg ' || ${geschreven}`)
        : `${sqlTekst(`niet-sql: invoer '${naam}' heeft meer dan ${sch} decimalen of ${p - sch} cijfers voor de komma`)}`;
    reden = `CASE WHEN ${getal} THEN ${teVeel} ELSE ${bij(`'verwacht een getal, maar kreeg ' || ${kreegTekst}`)} END`;
  } else if (doel === 'BOOLEAN') {
    waarde = `CASE lower(${t}) WHEN 'true' THEN true WHEN 'ja' THEN true WHEN 'waar' THEN true WHEN 'false' THEN false WHEN 'nee' THEN false WHEN 'onwaar' THEN false END`;
    reden = bij(`'verwacht ja/nee (true of false), maar kreeg ' || ${kreegTekst}`);
  } else if (doel === 'DATE') {
    waarde = `CASE WHEN regexp_full_match(${t}, '[0-9]{4}-[0-9]{2}-[0-9]{2}') THEN TRY_CAST(${t} AS DATE) END`;
    reden = bij(`'"' || ${t} || CASE WHEN regexp_full_match(${t}, '[0-9]{4}-[0-9]{2}-[0-9]{2}') THEN '" is geen bestaande datum' ELSE '" is geen datum in de vorm JJJJ-MM-DD' END`);
  } else if (doel === 'VARCHAR') {
    waarde = `CAST(${k} AS VARCHAR)`;
    reden = bij(`'verwacht een tekst, maar kreeg ' || ${kreegTekst}`);
  } else {
    waarde = `TRY_CAST(${k} AS ${doel})`;
    reden = sqlTekst(`niet-sql: de kolom '${naam}' is niet om te zetten naar ${doel}`);
  }
  return { waarde, fout: `CASE WHEN ${k} IS NOT NULL AND (${waarde}) IS NULL THEN ${reden} END` };
}
