// Random policies on PostgreSQL, as willekeurig.test.ts does on DuckDB: from the engines' generator
// of lazy evaluation (test/engines/lui-generator.ts: an expression that can fail in every position
// evaluated only when needed, with and without division; exceptions that apply together), each
// either refused in the postgres dialect with an RW60xx diagnostic, or, on random inputs, equal on
// a throw-away PostgreSQL 15 cluster to the interpreter: outputs, errors and their messages.
// PostgreSQL types what DuckDB leaves loose (an untyped NULL is text, abs(NULL) a double), so the
// same SQL can fail here only. And what naarSql translates, gevallenTabel must make a table for
// (`regelwerk sql --tabel` prints both). The generator's lazy policies all have a list input, which
// the postgres dialect refuses today; its conflict policies translate.
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import type pg from 'pg';
import { naarSql, type SqlOpties } from '../../../compiler/sql/index.js';
import { conflictArb, conflictInvoerArb, invoerArb, regelingArb } from '../../engines/lui-generator.js';
import { beschrijfMetPostgres } from '../../opzet/postgres-toets.js';
import { laadTekst, vergelijkRijen } from './gevallen.js';
import { laadGevallen, maakGevallen, rijenVan } from './postgres-hulp.js';

const AANTAL = Number(process.env.REGELWERK_SQL_WILLEKEURIG ?? 12);
const RUNS = 150;
const OPTIES: SqlOpties = { dialect: 'postgres', peildatumKolom: 'peildatum' };

beschrijfMetPostgres('willekeurige regelingen in SQL op PostgreSQL', 1, (clusters) => {
  let client: pg.Client;
  beforeAll(async () => {
    client = await clusters()[0]!.verbind();
  });

  it(`${AANTAL * 3} willekeurige regelingen: geweigerd met een code, of gelijk aan de interpreter`, { timeout: 120_000 }, async () => {
    const teksten = [...fc.sample(regelingArb(false), AANTAL), ...fc.sample(regelingArb(true), AANTAL), ...fc.sample(conflictArb, AANTAL)];
    const geteld = { vertaald: 0, geweigerd: 0, fouten: 0, goed: 0 };
    const verschillen: string[] = [];
    for (const [n, tekst] of teksten.entries()) {
      const g = laadTekst(tekst);
      const { sql, diagnosen } = naarSql(g, OPTIES);
      if (diagnosen.length > 0) {
        geteld.geweigerd++;
        expect(diagnosen.map((d) => d.code)[0]).toMatch(/^RW60\d\d$/);
        continue;
      }
      geteld.vertaald++;
      const arb: fc.Arbitrary<unknown> = tekst.startsWith('regeling Lui') ? invoerArb : conflictInvoerArb;
      const gevallen = fc.sample(arb, RUNS).map((invoer) => ({ invoer: invoer as Record<string, unknown>, peildatum: '2026-01-01' }));
      try {
        await maakGevallen(client, g, OPTIES, `willekeurig/${n}`);
      } catch (x) {
        verschillen.push(`${tekst}\nnaarSql vertaalde, gevallenTabel weigert: ${x instanceof Error ? x.message : String(x)}`);
        continue;
      }
      await laadGevallen(client, g, OPTIES, gevallen);
      let rijen: Map<number, Record<string, unknown>>;
      try {
        rijen = new Map((await rijenVan(client, sql)).map((r) => [Number(r.id), r]));
      } catch (x) {
        verschillen.push(`${tekst}\nPostgreSQL weigert de SQL: ${x instanceof Error ? x.message : String(x)}`);
        continue;
      }
      vergelijkRijen(g, gevallen, rijen, tekst, geteld, verschillen);
    }
    expect(verschillen, verschillen.join('\n\n')).toEqual([]);
    expect(geteld.vertaald + geteld.geweigerd).toBe(teksten.length);
    if (geteld.vertaald > 0) expect(geteld.goed + geteld.fouten).toBeGreaterThan(0);
  });
});
