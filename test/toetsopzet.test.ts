// The set-up of a test run itself (test/opzet/): every generator repeats with the run's seed, and
// what the tests write (the cache of compiled policies, temporary folders) stays in the run's own
// folder, never in ~/.cache/regelwerk or the package's .regelwerk-cache.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { cacheMappen } from '../compiler/node/cache.js';
import { toetsSeed } from './opzet/mappen.js';
import { regelwerk, regelwerkProces } from './compiler/node/cli-hulp.js';

const ROOT = join(import.meta.dirname, '..');
const RUNMAP = process.env.REGELWERK_TOETSMAP ?? '';
const binnenRun = (pad: string): boolean => RUNMAP !== '' && pad.startsWith(RUNMAP + sep);

/** The .js files under `map` (the cached modules). */
const bestanden = (map: string): string[] => existsSync(map) ? readdirSync(map, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.js')) : [];

describe('een run van de toetsen', () => {
  it('fast-check trekt uit de seed van de run (REGELWERK_SEED), ook zonder eigen seed', () => {
    expect(process.env.REGELWERK_SEED).toBe(String(toetsSeed()));
    const zonder = fc.sample(fc.tuple(fc.integer(), fc.string()), 20);
    expect(zonder).toEqual(fc.sample(fc.tuple(fc.integer(), fc.string()), { numRuns: 20, seed: toetsSeed() }));
    // and a failing property names that seed, so the failure repeats
    const r = fc.check(fc.property(fc.nat(), (n) => n < 0));
    expect(r.failed).toBe(true);
    expect(r.seed).toBe(toetsSeed());
    expect(fc.check(fc.property(fc.nat(), (n) => n < 0), { seed: r.seed, path: r.counterexamplePath! }).counterexample).toEqual(r.counterexample);
  });

  it('de cache en de tijdelijke map zijn die van de run', () => {
    expect(binnenRun(tmpdir()), tmpdir()).toBe(true);
    expect(binnenRun(cacheMappen()[0]!), cacheMappen()[0]).toBe(true);
  });

  it.each(['in dit proces', 'als eigen proces'])('regelwerk run (%s) schrijft zijn module in de cache van de run, niet in ~/.cache/regelwerk of .regelwerk-cache', async (hoe) => {
    const map = mkdtempSync(join(tmpdir(), 'regelwerk-opzet-'));
    const regeling = join(map, 'verdubbel.regel');
    const invoer = join(map, 'invoer.json');
    // a text no earlier run compiled, so the run must write a new module
    writeFileSync(regeling, `regeling Verdubbel\n  bron "test"\ninvoer x: getal\nuitvoer y: getal\nregel y is x * 2\n-- ${hoe} ${map}\n`);
    writeFileSync(invoer, JSON.stringify([{ x: 21 }]));
    const pakket = bestanden(join(ROOT, '.regelwerk-cache'));
    const run = bestanden(cacheMappen()[0]!);
    const args = ['run', regeling, '--engine', 'compiled', '--invoer', invoer];
    const r = hoe === 'in dit proces' ? await regelwerk(...args) : regelwerkProces(args);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toEqual([{ y: 42 }]);
    // A run writes one module, in the first cache that takes it: the run's, so not ~/.cache/regelwerk.
    expect(bestanden(cacheMappen()[0]!).length).toBe(run.length + 1);
    expect(bestanden(join(ROOT, '.regelwerk-cache'))).toEqual(pakket);
  });
});
