// The differential test of the SQL on PostgreSQL 15, the same as on DuckDB (differentieel.test.ts):
// for every shipped policy inside the SQL subset, its examples and random valid and raw cases (the
// same generators, gevallen.ts), in one table and one query per policy on a throw-away cluster,
// against the interpreter: every output equal to the cent, `fout` exactly when the engine throws,
// with its message unless 'niet-sql: ...'. A policy outside the subset is refused in this dialect
// too, with the same code. REGELWERK_SQL_RUNS sets the random cases per policy (default 1000).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type pg from 'pg';
import type { SqlOpties } from '../../../compiler/sql/index.js';
import { naarSql } from '../../../compiler/sql/index.js';
import { bevatVerfijning } from '../../../runtime/typen.js';
import { beschrijfMetPostgres } from '../../opzet/postgres-toets.js';
import { GEWEIGERD_POSTGRES, ROOT, laadRegeling, verschil, verwacht, voorbeelden, willekeurig } from './gevallen.js';
import { laadGevallen, maakGevallen, rijenVan, sqlVan } from './postgres-hulp.js';

const RUNS = Number(process.env.REGELWERK_SQL_RUNS ?? 1000);
const POLICIES = readdirSync(join(ROOT, 'policies')).filter((f) => f.endsWith('.regel')).sort();
const OPTIES: SqlOpties = { dialect: 'postgres', peildatumKolom: 'peildatum' };

beschrijfMetPostgres('SQL op PostgreSQL 15 en de interpreter zijn het eens', 1, (clusters) => {
  let client: pg.Client;
  beforeAll(async () => {
    client = await clusters()[0]!.verbind();
  });

  for (const bestand of POLICIES) {
    const weigering = GEWEIGERD_POSTGRES[bestand];
    if (weigering) {
      it(`${bestand}: valt ook in de postgres-dialect buiten de SQL-deelverzameling (${weigering})`, () => {
        const { sql, diagnosen } = naarSql(laadRegeling(bestand), OPTIES);
        expect(sql).toBe('');
        expect(diagnosen.map((d) => d.code)).toEqual([weigering]);
      });
      continue;
    }

    it(`${bestand}: voorbeelden en willekeurige gevallen`, { timeout: 60_000 }, async () => {
      const g = laadRegeling(bestand);
      const gevallen = [...voorbeelden(bestand), ...willekeurig(bestand, RUNS)];
      await maakGevallen(client, g, OPTIES, bestand.replace(/\.regel$/, ''));
      const overgeslagen = await laadGevallen(client, g, OPTIES, gevallen);
      expect(overgeslagen).toBeLessThan(gevallen.length / 4);
      const rijen = new Map((await rijenVan(client, sqlVan(g, OPTIES))).map((r) => [Number(r.id), r]));
      expect(rijen.size).toBe(gevallen.length - overgeslagen);
      const fouten: string[] = [];
      let metFout = 0;
      gevallen.forEach((x, i) => {
        const rij = rijen.get(i);
        if (!rij) return;
        const a = verwacht(g, x);
        if (!a.ok) metFout++;
        const v = verschil(g, rij, a);
        if (v.length > 0 && fouten.length < 5) fouten.push(`${JSON.stringify(x)}\n  ${v.join('\n  ')}`);
      });
      expect(fouten, fouten.join('\n')).toEqual([]);
      const kanFout = g.invoer.some((i) => i.eisen.length > 0 || bevatVerfijning(i.type));
      if (kanFout) expect(metFout).toBeGreaterThan(0);
    });

    it(`${bestand}: met een vaste peildatum (2026-01-01 en 2023-06-01) in plaats van een kolom`, { timeout: 60_000 }, async () => {
      const g = laadRegeling(bestand);
      for (const peildatum of ['2026-01-01', '2023-06-01']) {
        const opties: SqlOpties = { dialect: 'postgres', peildatum };
        const gevallen = willekeurig(bestand, 200).map((x) => ({ ...x, peildatum }));
        await maakGevallen(client, g, opties, `${bestand.replace(/\.regel$/, '')}/${peildatum}`);
        await laadGevallen(client, g, opties, gevallen);
        const rijen = new Map((await rijenVan(client, sqlVan(g, opties))).map((r) => [Number(r.id), r]));
        const fouten = gevallen.flatMap((x, i) => (rijen.has(i) ? verschil(g, rijen.get(i)!, verwacht(g, x)).map((v) => `${JSON.stringify(x)}: ${v}`) : []));
        expect(fouten.slice(0, 5), peildatum).toEqual([]);
        expect(rijen.size).toBeGreaterThan(gevallen.length / 2);
      }
    });

    // PostgreSQL inlines a CTE used once into the next and has no common subexpressions: without a
    // fence every reference to a derived column repeats the whole expression below it, per step
    // (minimumjeugdloon: 4.4 ms per case instead of 7 µs). Counted, not timed: in the plan no line
    // (one node's output list) is longer than the SQL that was written.
    it(`${bestand}: het plan herhaalt geen expressies (geen lijn van EXPLAIN VERBOSE langer dan de SQL)`, async () => {
      const g = laadRegeling(bestand);
      const sql = sqlVan(g, OPTIES);
      await maakGevallen(client, g, OPTIES, `${bestand.replace(/\.regel$/, '')}/plan`);
      const plan = (await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN VERBOSE ${sql}`)).rows.map((r) => r['QUERY PLAN']);
      const langste = Math.max(...plan.map((r) => r.length));
      expect(langste, `langste planregel ${langste} tekens, de SQL ${sql.length}`).toBeLessThanOrEqual(sql.length);
    });
  }
});
