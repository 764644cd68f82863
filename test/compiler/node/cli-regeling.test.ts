// The CLI on a policy that uses another (`gebruik regeling`), in a folder of two files: check,
// test (its examples call the other), fmt, run in both engines (the same output and explanation),
// compile (one module that embeds the used policy, importing only the runtime), and the cache of
// `run`, which must notice a change of the used policy's text.
import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { regelwerk, tijdelijkeMap } from './cli-hulp.js';

const { map, bestand } = tijdelijkeMap('regelwerk-regeling-');

const TARIEF = (bedrag: string): string => [
  'regeling Tarief', '  bron "tarieflijst"', 'invoer uren: geheel getal ten minste 0', '  bron "x"', 'uitvoer loon: bedrag', '  bron "x"',
  `regel loon is ${bedrag} * uren`, '  bron "x"', '',
].join('\n');

const BELLER = [
  'regeling Beller', '  bron "test"', 'gebruik regeling tarief', 'invoer uren: geheel getal', '  bron "x"', 'uitvoer totaal: bedrag', '  bron "x"',
  'regel totaal is tarief(uren: uren).loon + € 1', '  bron "x"',
  'voorbeeld "drie uur"', '  gegeven uren is 3', '  verwacht totaal is € 31', '',
].join('\n');

describe('een regeling die een andere gebruikt, op de commandoregel', () => {
  it('check, test en fmt', async () => {
    bestand('tarief.regel', TARIEF('€ 10'));
    const beller = bestand('beller.regel', BELLER);
    expect((await regelwerk('check', beller)).code).toBe(0);
    const t = await regelwerk('test', beller);
    expect(t.code, t.out + t.err).toBe(0);
    const f = await regelwerk('fmt', '--check', beller);
    expect(f.code, f.out + f.err).toBe(0);
  });

  it('een onbekende regeling: RW1019 met de bestanden ernaast, exit 1', async () => {
    bestand('tarief.regel', TARIEF('€ 10'));
    const kapot = bestand('kapot.regel', BELLER.replace('gebruik regeling tarief', 'gebruik regeling tariev'));
    const r = await regelwerk('check', kapot);
    expect(r.code).toBe(1);
    expect(r.err).toContain("kapot.regel:3:18: RW1019: er is geen regeling 'tariev' (tariev.regel) naast deze regeling");
    expect(r.err).toContain("bedoelde u 'tarief'?");
  });

  it('een fout in de gebruikte regeling: gemeld met haar eigen bestandsnaam en haar eigen regel in het codefragment', async () => {
    bestand('kapot-tarief.regel', TARIEF('€ 10').replace('regel loon is', 'regel loon is onbekend +'));
    const beller = bestand('beller-kapot.regel', BELLER.replace('gebruik regeling tarief', 'gebruik regeling kapot-tarief').replace('tarief(uren', 'kapot-tarief(uren'));
    const r = await regelwerk('check', beller);
    expect(r.code).toBe(1);
    expect(r.err).toContain("kapot-tarief.regel:7:15: RW1001: onbekende naam 'onbekend'");
    expect(r.err).toContain('> 7 | regel loon is onbekend + € 10 * uren');
  });

  it('run in beide engines, en de cache ziet een gewijzigde gebruikte regeling', async () => {
    const uniek = `-- ${randomBytes(8).toString('hex')}\n`;
    const tarief = bestand('tarief.regel', TARIEF('€ 10') + uniek);
    const beller = bestand('beller.regel', BELLER);
    const invoer = bestand('in.json', '{"uren": 2}');
    const run = (engine: string): Promise<{ code: number; out: string; err: string }> =>
      regelwerk('run', beller, '--invoer', invoer, '--peildatum', '2026-01-01', '--engine', engine, '--uitleg');
    const [i, c] = [await run('interpreter'), await run('compiled')];
    expect(c.code, c.err).toBe(0);
    expect(c.out).toBe(i.out);
    expect(JSON.parse(c.out).uitvoer).toEqual({ totaal: 21 });
    writeFileSync(tarief, TARIEF('€ 12') + uniek);
    const [i2, c2] = [await run('interpreter'), await run('compiled')];
    expect(JSON.parse(c2.out).uitvoer).toEqual({ totaal: 25 });
    expect(c2.out).toBe(i2.out);
  });

  it('compile: één module met de gebruikte regeling erin, die alleen de runtime importeert', async () => {
    bestand('tarief.regel', TARIEF('€ 10'));
    const beller = bestand('beller.regel', BELLER);
    const uit = join(map(), 'uit');
    const r = await regelwerk('compile', beller, '--uit', uit);
    expect(r.code, r.err).toBe(0);
    expect(readdirSync(uit).sort()).toEqual(['beller.d.ts', 'beller.js', 'beller.ts']);
    const js = readFileSync(join(uit, 'beller.js'), 'utf8');
    expect(js.match(/^import .*$/gm)).toEqual(['import * as rt from "@regelwerk/runtime";']);
    expect(readFileSync(join(uit, 'beller.ts'), 'utf8')).toContain('namespace reg$tarief {');
  });
});
