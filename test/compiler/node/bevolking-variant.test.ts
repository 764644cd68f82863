// `regelwerk bevolking --variant` and `--engine sql` on a small population: the what-if of the
// README (18 years without bbl from 50% to 55%) as another policy file and as a parameter
// override, its report per age group in text and HTML, and the SQL engine against the JS engine.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, regelwerk, tijdelijkeMap } from './cli-hulp.js';
import { duckdb, eigenCache, genormaliseerd, leesUit } from './bevolking-hulp.js';

const tmp = tijdelijkeMap('rw-bevolking-variant-');
eigenCache();
const MJL = join(ROOT, 'policies/minimumjeugdloon.regel');

async function populatie(): Promise<string> {
  const pad = join(tmp.map(), 'jongeren.parquet');
  // ages 15 to 22, bbl every fourth; the group of row 3 is a value a page must escape
  await (await duckdb()).run(`COPY (SELECT i + 1 AS id, (i % 8 + 15)::BIGINT AS leeftijd, i % 4 = 0 AS bbl, CASE WHEN i = 3 THEN '<script>x</script>' ELSE CAST(i % 8 + 15 AS VARCHAR) END AS groep FROM range(400) t(i)) TO '${pad}' (FORMAT parquet)`);
  return pad;
}

describe('regelwerk bevolking --variant', () => {
  it('reports what 55% instead of 50% at 18 without bbl changes, per group, in text and HTML', async () => {
    const invoer = await populatie();
    const hoger = join(tmp.map(), 'minimumjeugdloon.regel');
    writeFileSync(hoger, readFileSync(MJL, 'utf8').replace('| 18             | nee | 50%        |', '| 18             | nee | 55%        |'));
    const uit = join(tmp.map(), 'whatif.parquet');
    const rapport = join(tmp.map(), 'whatif.html');
    const r = await regelwerk('bevolking', MJL, '--invoer', invoer, '--uit', uit, '--peildatum', '2026-01-01', '--variant', `hoger=${hoger}`, '--groepeer', 'groep', '--rapport', rapport, '--controleer', '400');
    expect(r.code, r.err).toBe(0);
    // 18 without bbl: i % 8 = 3 and i % 4 != 0: every such i (50 of 400), minus row 3 in its own group
    const rijen = await leesUit(uit);
    const veranderd = rijen.filter((x) => x.uurloon !== x['hoger:uurloon']);
    expect(veranderd).toHaveLength(50);
    expect(veranderd.every((x) => x.leeftijd === '18' && x.bbl === false && x.uurloon === '7.36' && x['hoger:uurloon'] === '8.09')).toBe(true);
    expect(r.out).toContain("Variant 'hoger' tegenover de basis: 50 van 400 gevallen gewijzigd");
    // 49 in group 18 and 1 in the group with the odd name: 49 x € 0,73 = € 35,77
    expect(r.out).toMatch(/18\s+uurloon\s+49 van 49\s+\+€ 35,77\s+\+€ 0,73/);
    expect(r.out).toMatch(/alle\s+uurloon\s+50 van 400\s+\+€ 36,50\s+\+€ 0,73/);
    expect(r.out).toContain('4: € 7,36 -> € 8,09 (+€ 0,73)');
    const html = readFileSync(rapport, 'utf8');
    expect(html).toContain('&#60;script&#62;x&#60;/script&#62;');
    expect(html).not.toContain('<script');
    expect(html).toContain('Totaal verschil in uurloon per groep');
  });

  it('passes texts with a separator, a newline or a quote through the input file unchanged, in every field of a line', async () => {
    // the threads read DuckDB's lines split at \x01 and \n: a group, an id, a peildatum and an input holding them
    const raar = `'a' || chr(1) || 'b' || chr(10) || '"c,d' || chr(13)`;
    const invoer = join(tmp.map(), 'raar.parquet');
    await (await duckdb()).run(`COPY (SELECT CASE WHEN i % 3 = 0 THEN ${raar} || i ELSE CAST(i AS VARCHAR) END AS id,
      CASE WHEN i = 5 THEN ${raar} ELSE CAST(i % 8 + 15 AS VARCHAR) END AS leeftijd, i % 4 = 0 AS bbl,
      CASE WHEN i % 2 = 0 THEN ${raar} ELSE 'gewoon' END AS groep,
      CASE WHEN i = 7 THEN ${raar} ELSE '2026-01-01' END AS peildatum FROM range(40) t(i)) TO '${invoer}' (FORMAT parquet)`);
    const uit = join(tmp.map(), 'raar.ndjson');
    const r = await regelwerk('bevolking', MJL, '--invoer', invoer, '--uit', uit, '--peildatum-kolom', 'peildatum', '--groepeer', 'groep', '--controleer', '40');
    expect(r.code, r.err).toBe(0);
    const rijen = readFileSync(uit, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const vreemd = 'a\x01b\n"c,d\r';
    expect(rijen.map((x) => [x.id, x.groep])).toEqual(Array.from({ length: 40 }, (_, i) => [i % 3 === 0 ? `${vreemd}${i}` : String(i), i % 2 === 0 ? vreemd : 'gewoon']));
    expect(rijen[5]!.fout).toContain("ongeldige invoer bij 'leeftijd'");
    expect(rijen[7]!.fout).toContain('peildatum');
    expect(rijen.filter((x) => x.fout === null)).toHaveLength(38);
    expect(r.err).toContain('40 gevallen opnieuw gerekend met de interpreter');
    expect(r.out).toContain('gewoon');
  });

  it('a parameter variant is compiled with the value fixed, and the report says what it costs', async () => {
    const invoer = join(tmp.map(), 'jongeren.parquet');
    const uit = join(tmp.map(), 'param.ndjson');
    const r = await regelwerk('bevolking', MJL, '--invoer', invoer, '--uit', uit, '--peildatum', '2026-01-01', '--variant', 'duurder:minimumuurloon=15,00', '--controleer', '50');
    expect(r.code, r.err).toBe(0);
    const rijen = readFileSync(uit, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const twintig = rijen.find((x) => x.leeftijd === 21 && x.bbl === false)!;
    expect([twintig.uurloon, twintig['duurder:uurloon']]).toEqual([14.71, 15.0]);
    // the variant's path no longer lists the dated parameter it fixed
    expect(twintig.pad).toBe('percentage=rij 1; minimumuurloon@2026-01-01');
    expect(twintig['duurder:pad']).toBe('percentage=rij 1');
    expect(r.out).toContain("Variant 'duurder' tegenover de basis: 400 van 400 gevallen gewijzigd");
    expect(r.out).not.toContain('Veranderde beslispaden');
  });
});

describe('regelwerk bevolking --engine sql', () => {
  it('writes what the JS engine writes, bad rows included', async () => {
    const csv = tmp.bestand('sql.csv', ['id,leeftijd,bbl', '1,18,nee', '2,18.5,nee', '3,abc,ja', '4,19,misschien', '5,,ja', '6,20,ja', '7,14,nee', '8,-2,nee', '9,21,waar'].join('\n'));
    const uitJs = join(tmp.map(), 'sql-js.csv');
    const uitSql = join(tmp.map(), 'sql-sql.csv');
    const js = await regelwerk('bevolking', MJL, '--invoer', csv, '--uit', uitJs, '--peildatum', '2026-07-01');
    const sql = await regelwerk('bevolking', MJL, '--invoer', csv, '--uit', uitSql, '--peildatum', '2026-07-01', '--engine', 'sql', '--controleer', '9');
    expect(js.code, js.err).toBe(0);
    expect(sql.code, sql.err).toBe(0);
    expect(sql.err).toContain('9 gevallen opnieuw gerekend met de interpreter');
    const a = (await leesUit(uitJs)).map((x) => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, genormaliseerd(v)])));
    const b = (await leesUit(uitSql)).map((x) => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, genormaliseerd(v)])));
    expect(b).toEqual(a);
    expect(a[1]!.fout).toBe("ongeldige invoer bij 'leeftijd': moet een geheel getal zijn, maar kreeg 18,5");
    expect(a[4]!.fout).toBe("ongeldige invoer bij 'leeftijd': ontbreekt");
  });

  it('refuses a policy outside the SQL subset with its diagnostic, and writes nothing', async () => {
    // an unrounded division is an exact fraction, which no SQL column holds
    const regeling = tmp.bestand('deel.regel', 'regeling Deel\n  bron "toets"\ninvoer x: getal\nuitvoer y: getal\nregel y is x / 3\n');
    const csv = tmp.bestand('deel.csv', 'x\n1\n');
    const uit = join(tmp.map(), 'deel-uit.csv');
    const r = await regelwerk('bevolking', regeling, '--invoer', csv, '--uit', uit, '--engine', 'sql');
    expect(r.code).toBe(1);
    expect(r.err).toContain('deel.regel:5:12: RW6002');
    expect(existsSync(uit)).toBe(false);
    expect(r.err).toContain('valt buiten de SQL-deelverzameling');
    expect(r.err).toContain('--engine js');
  });
});
