// `regelwerk run` reads --invoer and --parameter with the exact JSON reader: numbers keep their
// digits, a BOM is skipped, a key twice is an error with its path, syntax errors are Dutch with
// line and column; and both engines print byte-identical output for edge values.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, regelwerk, type CliUitkomst } from './cli-hulp.js';

let tmp = '';
function bestand(naam: string, inhoud: string): string {
  const p = join(tmp, naam);
  writeFileSync(p, inhoud);
  return p;
}

const REGELING = `regeling Rand
  bron "test"

parameter grens: percentage is 20%

invoer p: percentage
invoer b: bedrag
invoer d: datum

uitvoer onderGrens: ja/nee
uitvoer premie: bedrag
uitvoer later: datum

regel onderGrens is p is kleiner dan grens
regel premie is p van b afgerond op centen naar beneden
regel later is d + 1 jaar
`;

let regeling = '';

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/compiler/node/cli.js'))) spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  tmp = mkdtempSync(join(tmpdir(), 'regelwerk-cli-json-'));
  regeling = bestand('rand.regel', REGELING);
});

function run(invoer: string, ...opties: string[]): Promise<CliUitkomst> {
  return regelwerk('run', regeling, '--invoer', bestand(`i${Math.random().toString(36).slice(2)}.json`, invoer), '--peildatum', '2026-01-01', ...opties);
}

describe('regelwerk run leest JSON exact', () => {
  it('19.9999999999999999 % is kleiner dan 20 %, in beide engines byte voor byte gelijk', async () => {
    const tekst = '{"p": 19.9999999999999999, "b": 100, "d": "2026-01-31"}';
    const i = await run(tekst, '--engine', 'interpreter');
    const c = await run(tekst, '--engine', 'compiled');
    expect(i.code).toBe(0);
    expect(c).toEqual(i);
    expect(JSON.parse(i.out)).toEqual({ onderGrens: true, premie: 19.99, later: '2027-01-31' });
  });

  it('een bedrag met een 13e decimaal is een invoerfout (JSON.parse zag 42500)', async () => {
    const r = await run('{"p": 20, "b": 42500.0000000000001, "d": "2026-01-31"}', '--engine', 'interpreter');
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe("ongeldige invoer bij 'b': een bedrag heeft hoogstens 2 decimalen (centen), maar kreeg 42500,0000000000001");
  });

  it('een BOM aan het begin wordt overgeslagen', async () => {
    const r = await run('\uFEFF{"p": 20, "b": 100, "d": "2026-01-31"}', '--engine', 'interpreter');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ premie: 20 });
  });

  it('een sleutel twee keer: fout met pad, regel en kolom; geen stille laatste waarde', async () => {
    const r = await run('[{"p": 20, "b": 100, "d": "2026-01-31"},\n {"p": 20, "b": 100, "d": "2026-01-31", "b": 5}]', '--engine', 'interpreter');
    // the input is read as a stream: the first case is answered, the second is that case's error, with
    // the path and the place in the file
    expect(r.code).toBe(2);
    expect(r.err.trim()).toMatch(/^geval 2: ongeldige invoer bij '\[1\]\.b' in '.*\.json': de sleutel "b" staat twee keer in hetzelfde object \(regel 2, kolom 41\)$/);
    const uit = JSON.parse(r.out) as unknown[];
    expect(uit).toHaveLength(2);
    expect(uit[1]).toMatchObject({ fout: { soort: 'invoer', pad: '[1].b' } });
  });

  it('een syntaxfout: Nederlands, met regel en kolom', async () => {
    const r = await run('{"p": 20,\n "b": 1,5, "d": "2026-01-31"}', '--engine', 'interpreter');
    expect(r.code).toBe(2);
    expect(r.err.trim()).toMatch(/^ongeldige invoer: '.*\.json' is geen geldige JSON: verwacht een sleutel tussen aanhalingstekens, maar vond '5' \(regel 2, kolom 9\)$/);
  });

  it('--parameter leest getallen exact, ook met een decimale komma', async () => {
    const tekst = '{"p": 19.99999999999999999, "b": 100, "d": "2026-01-31"}';
    for (const grens of ['19.999999999999999999', '19,999999999999999999']) {
      const r = await run(tekst, '--engine', 'interpreter', '--parameter', `grens=${grens}`);
      expect(r.code, grens).toBe(0);
      expect(JSON.parse(r.out), grens).toMatchObject({ onderGrens: true });
    }
  });

  it('een datum na 9999-12-31 is een rekenfout (exit 3), in beide engines gelijk', async () => {
    const tekst = '{"p": 20, "b": 100, "d": "9999-03-01"}';
    const i = await run(tekst, '--engine', 'interpreter');
    expect(i.code).toBe(3);
    expect(i.err.trim()).toBe("in regel 'later': rekenfout: 9999-03-01 + 12 maanden valt buiten de kalender (0001-01-01 tot en met 9999-12-31)");
    expect(await run(tekst, '--engine', 'compiled')).toEqual(i);
  });
});
