// After `--engine sql` wrote its output (still under its temporary name): the counts, the report of
// the base run per `--groepeer` group, and `--controleer N`, a sample of the written rows rerun
// through the interpreter, read back from that file by DuckDB. What the check compares is what
// the user gets, so a difference stops the run before the file is renamed.
import type { DuckDBConnection } from '@duckdb/node-api';
import { gelijk, vanDecimaleTekst } from '../../../runtime/getal.js';
import { Verschillen, type RijUitkomst } from '../../bevolking/verschil.js';
import { type UitFormaat, ident, sqlTekst } from './duckdb.js';
import { Steekproef, vergelijkSteekproef } from './controle.js';
import type { Run } from './varianten.js';

/** The table function that reads an output file back, whatever its name (the temporary one has no extension). */
export function leesSql(pad: string, f: UitFormaat): string {
  switch (f) {
    case 'parquet': return `read_parquet(${sqlTekst(pad)})`;
    // a quoted empty text stays a text: pad '' (nothing to list) is not NULL (an invalid case)
    case 'csv': return `read_csv(${sqlTekst(pad)}, all_varchar = true, header = true, allow_quoted_nulls = false)`;
    case 'ndjson': return `read_json(${sqlTekst(pad)}, format = 'newline_delimited')`;
    default: { const _never: never = f; return _never; }
  }
}

interface NaOpties {
  readonly groepKolom: string | null;
  readonly idKolom: string | null;
  readonly peildatumKolom: string | null;
  readonly peildatum: string | null;
  readonly steekproef: number;
  readonly rapport: boolean;
}

export async function naSql(c: DuckDBConnection, run: Run, bron: string, o: NaOpties): Promise<{ gevallen: number; fouten: number; rapport: Verschillen | null; verschil: string | null; gecontroleerd: number }> {
  const [tel] = (await c.runAndReadAll(`SELECT count(*), count("fout") FROM ${bron}`)).getRows();
  const gevallen = Number(tel![0]);
  const fouten = Number(tel![1]);
  const cellen = [...run.uitvoer.map((u) => `${ident(u.naam)}::VARCHAR`), '"fout"', '"pad"'];
  const tekst = (k: string | null): string => (k === null ? 'NULL' : `${ident(k)}::VARCHAR`);
  const uitkomst = (r: readonly unknown[], van: number): RijUitkomst => ({
    cellen: run.uitvoer.map((_, k) => (r[van + k] ?? null) as string | null),
    fout: (r[van + run.uitvoer.length] ?? null) as string | null,
    pad: (r[van + run.uitvoer.length + 1] ?? null) as string | null,
  });
  let rapport: Verschillen | null = null;
  if (o.rapport) {
    rapport = new Verschillen(run.uitvoer, [], o.groepKolom);
    const stroom = await c.stream(`SELECT ${tekst(o.idKolom)}, ${tekst(o.groepKolom)}, ${cellen.join(', ')} FROM ${bron}`);
    let rij = 0;
    for (let chunk = await stroom.fetchChunk(); chunk !== null && chunk.rowCount > 0; chunk = await stroom.fetchChunk()) {
      for (const r of chunk.getRows()) rapport.voeg(++rij, (r[0] ?? null) as string | null, o.groepKolom === null ? null : ((r[1] ?? '(leeg)') as string), uitkomst(r, 2), []);
    }
  }
  if (o.steekproef === 0) return { gevallen, fouten, rapport, verschil: null, gecontroleerd: 0 };
  const velden = run.invoer.map((v) => v.naam);
  const json = velden.length === 0 ? `'{}'` : `to_json(struct_pack(${velden.map((v) => `${ident(v)} := ${ident(v)}`).join(', ')}))::VARCHAR`;
  const proef = new Steekproef(o.steekproef);
  const rijen = (await c.runAndReadAll(`SELECT * FROM (SELECT row_number() OVER () AS "§rij", ${json}, ${tekst(o.peildatumKolom)}, ${tekst(o.idKolom)}, ${cellen.join(', ')} FROM ${bron}) USING SAMPLE reservoir(${o.steekproef} ROWS) ORDER BY "§rij"`)).getRows();
  for (const r of rijen) proef.bied(Number(r[0]), (r[3] ?? null) as string | null, r[1] as string, (r[2] ?? null) as string | null, [uitkomst(r, 4)]);
  const verschil = vergelijkSteekproef(run, proef, { peildatum: o.peildatum }, { engine: 'de SQL op DuckDB', gelijk: zelfdeWaarde });
  return { gevallen, fouten, rapport, verschil, gecontroleerd: proef.gevallen.length };
}

/** The same cell, with numbers compared by value: DuckDB writes a DECIMAL with its scale (50.0 for 50). */
function zelfdeWaarde(a: string | null, b: string | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  const x = vanDecimaleTekst(a);
  const y = vanDecimaleTekst(b);
  return x !== null && y !== null && gelijk(x, y);
}
