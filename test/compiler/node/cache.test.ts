// The cache of compiled policies behind `regelwerk run`: it holds code that is executed, so it
// must never import what someone else could have written, must notice every change of what the
// module depends on, and must never make a run fail. Each test works on a copy of the package
// (bin, dist, stdlib; node_modules linked) with its own cache and temp directories. This file: the
// key (what a cached module depends on) and when a run compiles at all; cache-vertrouwen.test.ts
// and cache-kapot.test.ts hold the rest (split so the suite's workers share the cold compiles).
import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, alleCacheBestanden, metSpoor, metTijdelijkeMap, nieuweMap, nieuweRegeling, omgeving, regelwerk } from './cache-hulp.js';

metTijdelijkeMap();

describe('de sleutel van de cache', () => {
  it('een gewijzigde rij in stdlib/minimumloon.regel geeft in de gecompileerde engine het nieuwe bedrag', async () => {
    const o = omgeving();
    const invoer = join(nieuweMap('aov'), 'aov.json');
    writeFileSync(invoer, JSON.stringify({
      ondernemersvorm: 'ib-ondernemer', metPersoneel: false, gemoedsbezwaard: false, bestaandePrivateAov: false,
      optOut: false, privateVerzekeringGelijkwaardig: false, jaarinkomen: 42500, arbeidsongeschiktVanaf: '2026-02-10',
    }));
    const args = ['run', join(ROOT, 'policies/aov-zelfstandigen.regel'), '--engine', 'compiled', '--invoer', invoer, '--peildatum', '2026-03-01'];
    const voor = await regelwerk(o, ...args);
    expect(voor.code, voor.err).toBe(0);
    expect(JSON.parse(voor.out)).toMatchObject({ wmlPerJaar: 27532.8 });
    const stdlib = join(o.pakket, 'stdlib/minimumloon.regel');
    const oud = readFileSync(stdlib, 'utf8');
    expect(oud).toContain('vanaf 2026-01-01 is € 2294,40');
    writeFileSync(stdlib, oud.replace('vanaf 2026-01-01 is € 2294,40', 'vanaf 2026-01-01 is € 2300,00'));
    const gecompileerd = await regelwerk(o, ...args);
    const interpreter = await regelwerk(o, ...args, '--engine', 'interpreter');
    expect(gecompileerd.code, gecompileerd.err).toBe(0);
    expect(JSON.parse(interpreter.out)).toMatchObject({ wmlPerJaar: 27600 });
    expect(gecompileerd.out).toBe(interpreter.out);
  });

  it('een verplaatste installatie werkt nog (de cache verwijst naar de runtime van de oude plek)', async () => {
    const o = omgeving();
    const { regeling, invoer, verwacht } = nieuweRegeling();
    // Without a usable user cache the package's own .regelwerk-cache is used, which moves along.
    const zonderXdg = { ...o, xdg: join(o.xdg, 'geen-map') };
    writeFileSync(zonderXdg.xdg, '');
    for (const opties of [o, zonderXdg]) {
      const r = await regelwerk(opties, 'run', regeling, '--engine', 'compiled', '--invoer', invoer);
      expect(r.code, r.err).toBe(0);
    }
    const nieuw = join(nieuweMap('verplaatst'), 'pakket');
    cpSync(o.pakket, nieuw, { recursive: true, verbatimSymlinks: true });
    rmSync(o.pakket, { recursive: true, force: true });
    for (const opties of [{ ...o, pakket: nieuw }, { ...zonderXdg, pakket: nieuw }]) {
      const r = await regelwerk(opties, 'run', regeling, '--engine', 'compiled', '--invoer', invoer);
      expect(r.code, r.err).toBe(0);
      expect(JSON.parse(r.out)).toEqual(verwacht);
    }
  });
});

describe('zonder --engine: compileren alleen als het loont', () => {
  it('één geval zonder module in de cache rekent met de interpreter en compileert niet; een reeks compileert wel', async () => {
    const o = omgeving();
    const { regeling, invoer, verwacht } = nieuweRegeling();
    const een = await regelwerk(o, 'run', regeling, '--invoer', invoer);
    expect(een.code, een.err).toBe(0);
    expect(JSON.parse(een.out)).toEqual(verwacht);
    expect(alleCacheBestanden(o)).toEqual([]);
    const reeks = join(nieuweMap('reeks'), 'reeks.json');
    writeFileSync(reeks, JSON.stringify([{ x: 21 }, { x: 1 }]));
    const twee = await regelwerk(o, 'run', regeling, '--invoer', reeks);
    expect(twee.code, twee.err).toBe(0);
    expect(JSON.parse(twee.out)).toEqual([verwacht, { y: 2 }]);
    expect(alleCacheBestanden(o)).toHaveLength(1);
  });
});

describe('de sleutel uit de teksten, voor het ontleden', () => {
  /** chevrotain's parser class, which only the bundle's chunk with the language holds */
  const PARSER = 'CstParser = class';

  it('een run uit de cache laadt de parser niet; zonder module in de cache wel', async () => {
    const { o, geladenMet } = metSpoor(omgeving());
    const { regeling, invoer, verwacht } = nieuweRegeling();
    const eerst = await regelwerk(o, 'run', regeling, '--invoer', invoer, '--engine', 'compiled');
    expect(eerst.code, eerst.err).toBe(0);
    expect(geladenMet(PARSER)).toHaveLength(1);
    for (const args of [[], ['--engine', 'compiled']]) {
      const r = await regelwerk(o, 'run', regeling, '--invoer', invoer, ...args);
      expect(r.code, r.err).toBe(0);
      expect(JSON.parse(r.out)).toEqual(verwacht);
      expect(geladenMet(PARSER)).toEqual([]);
    }
    // the interpreter needs the checked policy, and so does an explanation as text
    expect((await regelwerk(o, 'run', regeling, '--invoer', invoer, '--engine', 'interpreter')).code).toBe(0);
    expect(geladenMet(PARSER)).toHaveLength(1);
    expect((await regelwerk(o, 'run', regeling, '--invoer', invoer, '--uitleg', '--formaat', 'tekst')).code).toBe(0);
    expect(geladenMet(PARSER)).toHaveLength(1);
  });

  it('een kapotte regeling: elke run dezelfde meldingen en exitcode, niets in de cache', async () => {
    const o = omgeving();
    const map = nieuweMap('kapot');
    const regeling = join(map, 'kapot.regel');
    writeFileSync(regeling, 'regeling Kapot\n  bron "test"\ninvoer x: getal\nuitvoer y: getal\nregel y is x * z\n');
    const invoer = join(map, 'invoer.json');
    writeFileSync(invoer, JSON.stringify([{ x: 1 }, { x: 2 }]));
    const runs = [];
    for (const engine of ['compiled', 'compiled', 'interpreter']) runs.push(await regelwerk(o, 'run', regeling, '--invoer', invoer, '--engine', engine));
    expect(runs[0]!.code).toBe(1);
    expect(runs[0]!.err).toMatch(/RW\d{4}[\s\S]*'z'/);
    for (const r of runs) expect([r.code, r.err, r.out]).toEqual([runs[0]!.code, runs[0]!.err, runs[0]!.out]);
    expect(alleCacheBestanden(o)).toEqual([]);
  });

  it('een gebruikte regeling die verandert of kapotgaat na het cachen: de run volgt de nieuwe tekst, zoals de interpreter', async () => {
    const o = omgeving();
    const map = nieuweMap('gebruik');
    const ander = join(map, 'ander.regel');
    const beller = join(map, 'beller.regel');
    const anderTekst = (factor: string): string => `regeling Ander\n  bron "test"\ninvoer a: getal\nuitvoer b: getal\nregel b is a * ${factor}\n`;
    writeFileSync(ander, anderTekst('2'));
    writeFileSync(beller, 'regeling Beller\n  bron "test"\ngebruik regeling ander\ninvoer x: getal\nuitvoer y: getal\nregel y is ander(a: x).b + 1\n');
    const invoer = join(map, 'invoer.json');
    writeFileSync(invoer, JSON.stringify({ x: 20 }));
    const run = (engine: string) => regelwerk(o, 'run', beller, '--invoer', invoer, '--engine', engine);
    const eerst = await run('compiled');
    expect(eerst.code, eerst.err).toBe(0);
    expect(JSON.parse(eerst.out)).toEqual({ y: 41 });
    writeFileSync(ander, anderTekst('3'));
    const nieuw = await run('compiled');
    expect(nieuw.code, nieuw.err).toBe(0);
    expect(JSON.parse(nieuw.out)).toEqual({ y: 61 });
    writeFileSync(ander, anderTekst('onbekend'));
    const [kapot, referentie] = [await run('compiled'), await run('interpreter')];
    expect(kapot.code).toBe(1);
    expect(kapot.err).toContain('ander.regel');
    expect([kapot.code, kapot.err, kapot.out]).toEqual([referentie.code, referentie.err, referentie.out]);
  });
});
