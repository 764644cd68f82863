// The DuckDB traps that give a wrong answer (or abort the query) without a word, each shown twice:
// the naive SQL is wrong on this DuckDB, and the SQL of naarSql gives the interpreter's answer.
import { describe, expect, it } from 'vitest';
import { naarSql } from '../../../compiler/sql/index.js';
import { OPTIES, draai, duckdb } from './duckdb-opzet.js';
import { type Geval, laadRegeling, laadTekst, verschil, verwacht } from './gevallen.js';

const KOP = 'regeling Valkuil\n  bron "toets"\n';

async function eens(tekst: string, gevallen: readonly Geval[]): Promise<Record<string, unknown>[]> {
  const g = laadTekst(tekst);
  const { rijen } = await draai(g, gevallen);
  gevallen.forEach((x, i) => expect(verschil(g, rijen.get(i)!, verwacht(g, x)), JSON.stringify(x)).toEqual([]));
  return gevallen.map((_, i) => rijen.get(i)!);
}

async function eenWaarde(sql: string): Promise<unknown> {
  const r = await (await duckdb()).runAndReadAll(sql);
  return Object.values(r.getRowObjectsJson()[0]!)[0];
}

describe('DuckDB-valkuilen', () => {
  it('list_reduce met een beginwaarde en een lambda die een andere kolom leest: fout; de keten van ketenbepaling gebruikt het niet', async () => {
    const c = await duckdb();
    await c.run('CREATE OR REPLACE TABLE valkuil AS SELECT i AS id, list_transform(range((i % 9)::BIGINT), lambda j: (j * 37 + i % 101)) AS l, (i % 17)::BIGINT AS k FROM range(20000) r(i)');
    const naief = await eenWaarde('SELECT count(*) FILTER (WHERE list_reduce(l, lambda a, x: a + x * k, 0::BIGINT) IS DISTINCT FROM (SELECT COALESCE(sum(x * k), 0) FROM unnest(l) u(x))) FROM valkuil');
    expect(Number(naief)).toBeGreaterThan(0);
    const { sql } = naarSql(laadRegeling('ketenbepaling.regel'), OPTIES);
    expect(sql).toContain('list_transform');
    expect(sql).not.toContain('list_reduce');
  });

  it('round_even op DECIMAL gaat via DOUBLE: 1,005 wordt 1,01; afgerond op centen bankiers geeft 1,00', async () => {
    expect(await eenWaarde("SELECT round_even(CAST('1.005' AS DECIMAL(18,3)), 2)")).toBe(1.01);
    const rijen = await eens(`${KOP}invoer a: getal\nuitvoer b: getal\nregel b is a afgerond op 2 decimalen bankiers\n`,
      [{ invoer: { a: 1.005 }, peildatum: '2026-01-01' }, { invoer: { a: -1.005 }, peildatum: '2026-01-01' }, { invoer: { a: 1.015 }, peildatum: '2026-01-01' }]);
    expect(rijen.map((r) => r.b)).toEqual(['1.00', '-1.00', '1.02']);
  });

  it('/ op DECIMAL geeft een DOUBLE: 1,005 / 1 afgerond wordt 1,00; de deling in gehele getallen geeft 1,01', async () => {
    expect(await eenWaarde('SELECT typeof(CAST(1 AS DECIMAL(18,2)) / CAST(3 AS DECIMAL(18,2)))')).toBe('DOUBLE');
    expect(await eenWaarde("SELECT round(CAST('1.005' AS DECIMAL(18,3)) / CAST(1 AS DECIMAL(18,3)), 2)")).toBe(1);
    const rijen = await eens(`${KOP}invoer a: getal\ninvoer b: getal\nuitvoer c: getal\nregel c is (a / b) afgerond op 2 decimalen rekenkundig\n`,
      [{ invoer: { a: 1.005, b: 1 }, peildatum: '2026-01-01' }, { invoer: { a: 2, b: 3 }, peildatum: '2026-01-01' }, { invoer: { a: 1, b: 0 }, peildatum: '2026-01-01' }]);
    expect(rijen.map((r) => r.c)).toEqual(['1.01', '0.67', null]);
    expect(rijen[2]!.fout).toBe("in regel 'c': deling door nul");
  });

  it('datum + INTERVAL is een TIMESTAMP; een maand na 31 januari 2024 is 29 februari, als DATE', async () => {
    expect(await eenWaarde("SELECT typeof(DATE '2024-01-31' + INTERVAL 1 MONTH)")).toBe('TIMESTAMP');
    const g = laadTekst(`${KOP}invoer a: datum\nuitvoer b: datum\nregel b is a + 1 maand + 1 dag\n`);
    const gevallen = [{ invoer: { a: '2024-01-31' }, peildatum: '2026-01-01' }, { invoer: { a: '9999-12-31' }, peildatum: '2026-01-01' }];
    const { rijen } = await draai(g, gevallen);
    gevallen.forEach((x, i) => expect(verschil(g, rijen.get(i)!, verwacht(g, x))).toEqual([]));
    expect(rijen.get(0)!.b).toBe('2024-03-01');
    expect(rijen.get(1)!.fout).toMatch(/valt buiten de kalender/);
    const kolommen = await (await duckdb()).runAndReadAll(`DESCRIBE ${naarSql(g, OPTIES).sql}`);
    expect(kolommen.getRowObjectsJson().find((r) => r.column_name === 'b')!.column_type).toBe('DATE');
  });

  it('een NULL-voorwaarde kiest stil de ELSE; een voorwaarde zonder waarde (deling door nul) is de fout van de engines', async () => {
    expect(await eenWaarde('SELECT CASE WHEN CAST(NULL AS INTEGER) > 5 THEN 1 ELSE 2 END')).toBe(2);
    expect(await eenWaarde('SELECT CASE WHEN round(CAST(1 AS DECIMAL(18,2)) / NULLIF(CAST(0 AS DECIMAL(18,2)), 0), 2) > 5 THEN 1 ELSE 2 END')).toBe(2);
    const rijen = await eens(`${KOP}invoer a: getal\ninvoer b: getal\nuitvoer c: getal\nregel c is als (a / b) afgerond op 2 decimalen is groter dan 5 dan 1 anders 2\n`,
      [{ invoer: { a: 1, b: 0 }, peildatum: '2026-01-01' }, { invoer: { a: 7, b: 1 }, peildatum: '2026-01-01' }]);
    expect(rijen[0]!.c).toBeNull();
    expect(rijen[0]!.fout).toBe("in regel 'c': deling door nul");
    expect(rijen[1]!.c).toBe('1');
  });

  it('een product van DECIMAL(18) loopt over en breekt de hele query af; exact in HUGEINT niet', async () => {
    await expect(eenWaarde('SELECT CAST(9999999999.99 AS DECIMAL(18,2)) * CAST(99999999.99 AS DECIMAL(18,2))')).rejects.toThrow(/Overflow/);
    // the product itself is exact; the output compares it, as an amount that large would go to the JS path
    const rijen = await eens(`${KOP}invoer a: bedrag\ninvoer b: getal\nuitvoer c: ja/nee\nregel c is a * b > € 999999999898999999,99\n`,
      [{ invoer: { a: 9999999999.99, b: 99999999.99 }, peildatum: '2026-01-01' }, { invoer: { a: 9999999999.99, b: 99999999.98 }, peildatum: '2026-01-01' }]);
    expect(rijen.map((r) => r.c)).toEqual([true, false]);
  });

  it('een uitvoerbedrag van € 10^13 of meer gaat naar het JS-pad: of een double het op de cent houdt, beslist SQL niet', async () => {
    const rijen = await eens(`${KOP}invoer a: bedrag\ninvoer b: getal\nuitvoer c: bedrag\nregel c is a * b afgerond op centen\n`,
      [{ invoer: { a: 9999999999.99, b: 99999999.99 }, peildatum: '2026-01-01' }, { invoer: { a: 9999999999.99, b: 999.99 }, peildatum: '2026-01-01' }]);
    expect(rijen[0]!.c).toBeNull();
    expect(rijen[0]!.fout).toMatch(/^niet-sql: uitvoer 'c' is een bedrag van € 10\.000\.000\.000\.000 of meer/);
    expect(rijen[1]!.c).toBe('9999899999990.00');
  });

  it('een product dat meer dan 38 cijfers zou kunnen krijgen: per geval begrensd, daarboven niet-sql (nooit een afgebroken query)', async () => {
    const tekst = `${KOP}invoer a: getal\ninvoer b: getal\ninvoer c: getal\nuitvoer d: getal\nregel d is (a * b) * c afgerond op 2 decimalen\n`;
    const g = laadTekst(tekst);
    const gevallen = [{ invoer: { a: 2.5, b: 3, c: 1.5 }, peildatum: '2026-01-01' }, { invoer: { a: 123456, b: 1000, c: 2 }, peildatum: '2026-01-01' }];
    const { rijen } = await draai(g, gevallen);
    expect(verschil(g, rijen.get(0)!, verwacht(g, gevallen[0]!))).toEqual([]);
    expect(rijen.get(0)!.d).toBe('11.25');
    expect(rijen.get(1)!.fout).toMatch(/^niet-sql: een getal met meer dan \d+ cijfers in een product$/);
    expect(rijen.get(1)!.d).toBeNull();
  });
});
