// `regelwerk sql`: what it prints is run where it is meant to run. The CREATE TABLE of `--tabel` and
// the SELECT go into DuckDB and into a throw-away PostgreSQL cluster as printed (one statement
// each, ending in a semicolon), and give the interpreter's answers, with one peildatum for all
// cases or one per case (`--peildatum-kolom`). A policy outside the SQL subset gets its RW60xx
// diagnostic with file:line:col and exit 1; a mistake in the call a Dutch usage error and exit 2.
import { DuckDBInstance } from '@duckdb/node-api';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalueer } from '../../../compiler/interpreter/interpreter.js';
import { laadBestand } from '../../../compiler/node/modules.js';
import { vandaag } from '../../../runtime/runtime.js';
import { beschrijfMetPostgres } from '../../opzet/postgres-toets.js';
import { ROOT, regelwerk, tijdelijkeMap } from './cli-hulp.js';

const MJL = join(ROOT, 'policies/minimumjeugdloon.regel');
const KOP = 'regeling Toets\n  bron "Kamerbrief 3 april 2023"\n';
const map = tijdelijkeMap('regelwerk-sql-');

interface Geval {
  readonly id: number;
  readonly leeftijd: number;
  readonly bbl: boolean;
  readonly peildatum: string;
}

/** Cases of minimumjeugdloon around the staffel and the indexation of 1 July 2026. */
const GEVALLEN: readonly Geval[] = [
  { id: 1, leeftijd: 18, bbl: false, peildatum: '2026-01-01' },
  { id: 2, leeftijd: 18, bbl: false, peildatum: '2026-07-01' },
  { id: 3, leeftijd: 20, bbl: true, peildatum: '2026-07-01' },
  { id: 4, leeftijd: 14, bbl: false, peildatum: '2026-01-01' },
  { id: 5, leeftijd: 30, bbl: true, peildatum: '2025-06-30' },
];

/** The interpreter's outputs of one case, as the SQL's columns hold them (numbers as numbers). */
function verwacht(x: Geval): Record<string, unknown> {
  const r = laadBestand(MJL);
  if (!r.ok) throw new Error('minimumjeugdloon laadt niet');
  return { id: x.id, ...evalueer(r.gecontroleerd, { leeftijd: x.leeftijd, bbl: x.bbl }, { peildatum: x.peildatum }).uitvoer, fout: null };
}

/** The output of `regelwerk sql ... --tabel` split into its two statements. */
function tweeStatements(uit: string): { tabel: string; select: string } {
  const i = uit.indexOf(';\n');
  expect(i).toBeGreaterThan(0);
  return { tabel: uit.slice(0, i + 1), select: uit.slice(i + 1).trim() };
}

/** The columns of a result row that the test compares: id, the outputs as numbers, fout. */
function alsGetallen(rij: Record<string, unknown>): Record<string, unknown> {
  const uit: Record<string, unknown> = {};
  for (const k of ['id', 'rechtOpMinimumloon', 'uurloon', 'percentage', 'fout']) {
    const v = rij[k];
    uit[k] = typeof v === 'string' && k !== 'fout' ? Number(v) : typeof v === 'bigint' ? Number(v) : v;
  }
  return uit;
}

function invoegen(metPeildatum: boolean): string {
  return `INSERT INTO gevallen VALUES ${GEVALLEN.map((x) => `(${x.id}, ${x.leeftijd}, ${x.bbl ? 'TRUE' : 'FALSE'}${metPeildatum ? `, DATE '${x.peildatum}'` : ''})`).join(', ')}`;
}

describe('regelwerk sql: uitvoer en fouten', () => {
  it('drukt één SELECT af, met --tabel eerst de CREATE TABLE van gevallen; elk statement eindigt op een puntkomma', async () => {
    const zonder = await regelwerk('sql', MJL, '--dialect', 'duckdb', '--peildatum', '2026-01-01');
    expect(zonder.code, zonder.err).toBe(0);
    expect(zonder.err).toBe('');
    expect(zonder.out).toMatch(/^WITH\n[\s\S]*;\n$/);
    const met = await regelwerk('sql', MJL, '--dialect', 'duckdb', '--peildatum', '2026-01-01', '--tabel');
    expect(met.code).toBe(0);
    const { tabel, select } = tweeStatements(met.out);
    expect(tabel).toMatch(/^CREATE TABLE gevallen \(\n {2}id BIGINT,\n {2}"leeftijd" BIGINT,\n {2}"bbl" BOOLEAN\n\);$/);
    expect(`${select}\n`).toBe(zonder.out);
  });

  it('op DuckDB geeft de afgedrukte SQL de antwoorden van de interpreter, met een vaste peildatum en met een peildatumkolom', async () => {
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    try {
      for (const kolom of [false, true]) {
        const args = kolom ? ['--peildatum-kolom', 'peildatum'] : ['--peildatum', '2026-01-01'];
        const r = await regelwerk('sql', MJL, '--dialect', 'duckdb', '--tabel', ...args);
        expect(r.code, r.err).toBe(0);
        const { tabel, select } = tweeStatements(r.out);
        if (kolom) expect(tabel).toContain('"peildatum" DATE');
        await db.run('DROP TABLE IF EXISTS gevallen');
        await db.run(tabel);
        await db.run(invoegen(kolom));
        const rijen = (await db.runAndReadAll(`SELECT * FROM (${select.replace(/;$/, '')}) ORDER BY id`)).getRowObjectsJson();
        const gevallen = kolom ? GEVALLEN : GEVALLEN.map((x) => ({ ...x, peildatum: '2026-01-01' }));
        expect(rijen.map((x) => alsGetallen(x as Record<string, unknown>))).toEqual(gevallen.map(verwacht));
      }
    } finally {
      db.closeSync();
    }
  });

  it('zonder peildatum: vandaag, vast in de SQL, en dat staat op stderr', async () => {
    const r = await regelwerk('sql', MJL, '--dialect', 'postgres');
    expect(r.code, r.err).toBe(0);
    const dag = vandaag();
    expect(r.out).toContain(`DATE '${dag}'`);
    expect(r.err).toContain(`peildatum ${dag} (vandaag) staat vast in de SQL`);
  });

  it('een regeling buiten de SQL-deelverzameling: de RW60xx-diagnose met bestand:regel:kolom, exit 1, geen SQL', async () => {
    const pad = map.bestand('deling.regel', `${KOP}invoer a: getal\ninvoer b: getal\nuitvoer c: getal\nregel c is a / b\n`);
    const r = await regelwerk('sql', pad, '--dialect', 'postgres', '--peildatum', '2026-01-01');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(new RegExp(`${pad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: RW6002`));
    expect(r.err).toContain("valt buiten wat naar SQL kan (1 plek); er is geen SQL gemaakt");
  });

  it('een invoer die id heet botst met de kolom id van gevallen: RW6012 met bestand:regel:kolom, exit 1', async () => {
    const pad = map.bestand('botsing.regel', `${KOP}invoer id: getal\ninvoer x: getal\nuitvoer y: getal\nregel y is id + x\n`);
    const r = await regelwerk('sql', pad, '--dialect', 'postgres', '--peildatum', '2026-01-01', '--tabel');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain(`${pad}:3:8: RW6012`);
  });

  it('een lijst als invoer in de postgres-dialect, ook ongebruikt: RW6011 bij die invoer, exit 1 (geen interne fout bij --tabel)', async () => {
    const pad = map.bestand('lijst.regel', `${KOP}invoer l: lijst van getal\ninvoer a: getal\nuitvoer b: getal\nregel b is a\n`);
    const r = await regelwerk('sql', pad, '--dialect', 'postgres', '--peildatum', '2026-01-01', '--tabel');
    expect(r.code, r.err).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain(`${pad}:3:8: RW6011`);
  });

  it('een regeling met fouten: de diagnosen, exit 1', async () => {
    const pad = map.bestand('kapot.regel', `${KOP}invoer a: getal\nuitvoer c: getal\nregel c is onbekend\n`);
    const r = await regelwerk('sql', pad, '--dialect', 'duckdb', '--peildatum', '2026-01-01');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/kapot\.regel:\d+:\d+: RW1\d{3}/);
    expect(r.err).toContain('er is geen SQL gemaakt');
  });

  it('--help toont de gebruikstekst, met sql erin, exit 0', async () => {
    const r = await regelwerk('sql', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('regelwerk sql <regeling.regel> --dialect duckdb|postgres\n        [--peildatum D | --peildatum-kolom k] [--tabel]');
  });

  it.each([
    [[MJL], '--dialect ontbreekt: kies duckdb of postgres'],
    [[MJL, '--dialect', 'mysql'], "--dialect is duckdb of postgres, niet 'mysql'"],
    [[MJL, '--dialect', 'duckdb', '--peildatum', '2026-01-01', '--peildatum-kolom', 'pd'], 'niet beide'],
    [[MJL, '--dialect', 'duckdb', '--peildatum', '2026-02-30'], "--peildatum verwacht een bestaande datum als JJJJ-MM-DD, niet '2026-02-30'"],
    [[MJL, '--dialect', 'duckdb', '--peildatum-kolom', ' '], '--peildatum-kolom verwacht de naam van een DATE-kolom'],
    [[MJL, '--dialect', 'postgres', '--peildatum-kolom', 'leeftijd'], "de peildatumkolom 'leeftijd' heeft de naam van invoer 'leeftijd'; kies een andere naam met --peildatum-kolom"],
    [[MJL, '--dialect', 'duckdb', '--peildatum-kolom', 'id', '--tabel'], 'kies een andere naam met --peildatum-kolom'],
    [['--dialect', 'duckdb'], 'gebruik: regelwerk sql <regeling.regel>'],
    [[MJL, MJL, '--dialect', 'duckdb'], 'gebruik: regelwerk sql <regeling.regel>'],
    [['bestaat-niet.regel', '--dialect', 'duckdb'], "bestand 'bestaat-niet.regel' bestaat niet"],
    [[MJL, '--dialect', 'duckdb', '--schema', 'x'], "onbekende optie '--schema'"],
  ])('een fout in de aanroep is een Nederlandse gebruiksfout met exit 2: %j', async (args, melding) => {
    const r = await regelwerk('sql', ...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(melding);
  });
});

beschrijfMetPostgres('regelwerk sql op PostgreSQL 15', 1, (clusters) => {
  it('de afgedrukte CREATE TABLE en SELECT draaien zoals ze zijn en geven de antwoorden van de interpreter', async () => {
    const client = await clusters()[0]!.verbind();
    for (const kolom of [false, true]) {
      const args = kolom ? ['--peildatum-kolom', 'peildatum'] : ['--peildatum', '2026-01-01'];
      const r = await regelwerk('sql', MJL, '--dialect', 'postgres', '--tabel', ...args);
      expect(r.code, r.err).toBe(0);
      const { tabel, select } = tweeStatements(r.out);
      await client.query('DROP TABLE IF EXISTS gevallen');
      await client.query(tabel);
      await client.query(invoegen(kolom));
      const rijen = (await client.query<Record<string, unknown>>(`SELECT * FROM (${select.replace(/;$/, '')}) AS u ORDER BY id`)).rows;
      const gevallen = kolom ? GEVALLEN : GEVALLEN.map((x) => ({ ...x, peildatum: '2026-01-01' }));
      expect(rijen.map(alsGetallen)).toEqual(gevallen.map(verwacht));
    }
  });
});
