// The SQL text is a security boundary: labels, sources, texts and a peildatum column name that a
// drafter or caller writes (quotes, `--`, a semicolon and a DROP) reach the SQL only as escaped
// literals and quoted identifiers, so they come back verbatim in `fout`, `pad` and the outputs and
// `gevallen` is untouched. Also the refusals that are no diagnostic of a file: a NUL character
// (RW6009) and options without exactly one peildatum (RW6010).
import { describe, expect, it } from 'vitest';
import { gevallenTabel, naarSql } from '../../../compiler/sql/index.js';
import { draai, duckdb } from './duckdb-opzet.js';
import { laadTekst, verschil, verwacht } from './gevallen.js';

const GEVAARLIJK = `o'neil -- '); DROP TABLE gevallen; --`;
const BRON = `art. 1'; DROP TABLE gevallen; -- "x"`;

const REGELING = [
  'regeling Grens',
  `  bron "${BRON.replace(/"/g, '\\"')}"`,
  'invoer a: getal',
  'invoer b: keuze x, y',
  'uitvoer c: tekst',
  'uitvoer d: getal',
  `regel c: tekst is "it's -- ${GEVAARLIJK}"`,
  `  uitzondering "${GEVAARLIJK}" indien a is groter dan 5 dan "'; DROP TABLE gevallen; --"`,
  `    bron "${BRON.replace(/"/g, '\\"')}"`,
  '  uitzondering "tweede\'--" indien a is groter dan 7 dan "anders"',
  'regel d: getal is a',
  '  uitzondering "\'" indien b is y dan 1',
  '',
].join('\n');

describe('de SQL-tekst als veiligheidsgrens', () => {
  it('aanhalingstekens, -- en DROP in labels, bronnen en teksten komen letterlijk terug; gevallen blijft', async () => {
    const g = laadTekst(REGELING);
    const gevallen = [
      { invoer: { a: 1, b: 'x' }, peildatum: '2026-01-01' },
      { invoer: { a: 6, b: 'y' }, peildatum: '2026-01-01' },
      { invoer: { a: 8, b: 'x' }, peildatum: '2026-01-01' },
    ];
    const { rijen } = await draai(g, gevallen);
    gevallen.forEach((x, i) => expect(verschil(g, rijen.get(i)!, verwacht(g, x)), JSON.stringify(x)).toEqual([]));
    expect(rijen.get(0)!.c).toBe(`it's -- ${GEVAARLIJK}`);
    expect(rijen.get(0)!.pad).toBe('c=basis; d=basis');
    expect(rijen.get(1)!.c).toBe("'; DROP TABLE gevallen; --");
    expect(rijen.get(1)!.pad).toBe(`c=u:${GEVAARLIJK}; d=u:'`);
    // a conflict names the label and the bron as written
    expect(rijen.get(2)!.fout).toBe(`conflict in regel 'c': uitzondering '${GEVAARLIJK}' (bron: ${BRON}) geeft "'; DROP TABLE gevallen; --" en uitzondering 'tweede'--' geeft "anders"`);
    const n = await (await duckdb()).runAndReadAll('SELECT count(*) AS n FROM gevallen');
    expect(Number(n.getRowObjectsJson()[0]!.n)).toBe(3);
  });

  it('een peildatumkolom met een aanhalingsteken en -- in haar naam is een geciteerde naam', async () => {
    const g = laadTekst(REGELING);
    const kolom = 'peil"; DROP TABLE gevallen; --';
    const opties = { dialect: 'duckdb' as const, peildatumKolom: kolom };
    expect(gevallenTabel(g, opties)).toContain('"peil""; DROP TABLE gevallen; --" DATE');
    const { rijen } = await draai(g, [{ invoer: { a: 1, b: 'x' }, peildatum: '2026-01-01' }], opties);
    expect(rijen.get(0)![kolom]).toBe('2026-01-01');
    expect(rijen.get(0)!.fout).toBeNull();
  });

  it('een NUL-teken in een tekst: RW6009; zonder precies een peildatum: RW6010', () => {
    const g = laadTekst('regeling Nul\n  bron "x"\nuitvoer b: tekst\nregel b is "a\u0000b"\n');
    expect(naarSql(g, { dialect: 'duckdb', peildatum: '2026-01-01' }).diagnosen.map((d) => d.code)).toEqual(['RW6009']);
    const h = laadTekst(REGELING);
    expect(naarSql(h, { dialect: 'duckdb' }).diagnosen.map((d) => d.code)).toEqual(['RW6010']);
    expect(naarSql(h, { dialect: 'duckdb', peildatum: '2026-01-01', peildatumKolom: 'p' }).diagnosen.map((d) => d.code)).toEqual(['RW6010']);
    expect(naarSql(h, { dialect: 'postgres', peildatum: '2026-02-30' }).diagnosen.map((d) => d.code)).toEqual(['RW6010']);
  });

  it('een naam die een tweede kolom van dezelfde naam zou geven: RW6012 bij de invoer of uitvoer, RW6010 bij de peildatumkolom; gevallenTabel weigert ook', () => {
    for (const [tekst, naam] of [['invoer id: getal\nuitvoer b: getal\nregel b is id', 'id'], ['invoer a: getal\nuitvoer pad: getal\nregel pad is a', 'pad'], ['invoer pad: getal\nuitvoer b: getal\nregel b is pad', 'pad']] as const) {
      const g = laadTekst(`regeling Botsing\n  bron "x"\n${tekst}\n`);
      const { sql, diagnosen } = naarSql(g, { dialect: 'duckdb', peildatum: '2026-01-01' });
      expect(sql).toBe('');
      expect(diagnosen.map((d) => [d.code, d.plek.regel])).toEqual([['RW6012', 3 + (tekst.startsWith('invoer a') ? 1 : 0)]]);
      expect(diagnosen[0]!.melding).toContain(`'${naam}'`);
      expect(() => gevallenTabel(g, { dialect: 'duckdb', peildatum: '2026-01-01' })).toThrow(/RW6012/);
    }
    const h = laadTekst(REGELING);
    for (const kolom of ['a', 'id']) {
      expect(naarSql(h, { dialect: 'postgres', peildatumKolom: kolom }).diagnosen.map((d) => d.code)).toEqual(['RW6010']);
      expect(() => gevallenTabel(h, { dialect: 'postgres', peildatumKolom: kolom })).toThrow(/RW6010/);
    }
  });

  it('een bereik dat de SQL niet toetst (op een duur) wordt geweigerd, niet stil overgeslagen', () => {
    const g = laadTekst('regeling D\n  bron "x"\ninvoer a: datum\nuitvoer b: ja/nee\nregel c: duur ten minste 0 dagen is a - 2026-01-01\nregel b is c is 0 dagen\n');
    const { diagnosen } = naarSql(g, { dialect: 'duckdb', peildatum: '2026-01-01' });
    expect(diagnosen.map((d) => [d.code, d.plek.regel])).toEqual([['RW6002', 5]]);
    expect(diagnosen[0]!.melding).toContain("het bereik van regel 'c'");
  });

  it('een invoer zonder kolom in de dialect (een lijst in PostgreSQL) is een diagnose bij die invoer, ook als geen uitvoer haar leest; gevallenTabel gooit een Error met de code', () => {
    const g = laadTekst('regeling Lijst\n  bron "x"\ninvoer l: lijst van getal\ninvoer a: getal\nuitvoer b: getal\nregel b is a\n');
    const { sql, diagnosen } = naarSql(g, { dialect: 'postgres', peildatum: '2026-01-01' });
    expect(sql).toBe('');
    expect(diagnosen.map((d) => [d.code, d.plek.regel])).toEqual([['RW6011', 3]]);
    expect(() => gevallenTabel(g, { dialect: 'postgres', peildatum: '2026-01-01' })).toThrow(/^RW6011: niet naar SQL te vertalen: invoer 'l'/);
    expect(naarSql(g, { dialect: 'duckdb', peildatum: '2026-01-01' }).diagnosen).toEqual([]);
  });
});
