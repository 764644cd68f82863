// The cache of compiled policies: a broken or unusable cache never makes a run fail.
import { describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, readFileSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ONBEVOEGD, alleCacheBestanden, metTijdelijkeMap, nieuweRegeling, omgeving, regelwerk } from './cache-hulp.js';

metTijdelijkeMap();

describe('een kapotte of onbruikbare cache laat de run nooit mislukken', () => {
  it('een afgekapt cachebestand wordt opnieuw gecompileerd en hersteld', async () => {
    const o = omgeving();
    const { regeling, invoer, verwacht } = nieuweRegeling();
    expect((await regelwerk(o, 'run', regeling, '--engine', 'compiled', '--invoer', invoer)).code).toBe(0);
    const [bestand] = alleCacheBestanden(o);
    const heel = readFileSync(bestand!, 'utf8');
    truncateSync(bestand!, Math.floor(heel.length / 2));
    for (let i = 0; i < 2; i++) {
      const r = await regelwerk(o, 'run', regeling, '--engine', 'compiled', '--invoer', invoer);
      expect(r.code, r.err).toBe(0);
      expect(JSON.parse(r.out)).toEqual(verwacht);
    }
    expect(readFileSync(bestand!, 'utf8')).toBe(heel);
  });

  // Three are enough for a race (two cores); each is a cold compile, so more only cost time.
  it('3 koude runs tegelijk: allemaal exit 0 met dezelfde uitvoer', async () => {
    const o = omgeving();
    const { regeling, invoer, verwacht } = nieuweRegeling();
    const rs = await Promise.all(Array.from({ length: 3 }, () => regelwerk(o, 'run', regeling, '--engine', 'compiled', '--invoer', invoer)));
    for (const r of rs) {
      expect(r.code, r.err).toBe(0);
      expect(JSON.parse(r.out)).toEqual(verwacht);
    }
    const volgende = await regelwerk(o, 'run', regeling, '--engine', 'compiled', '--invoer', invoer);
    expect([volgende.code, volgende.out]).toEqual([0, rs[0]!.out]);
    expect(alleCacheBestanden(o)).toHaveLength(1);
    const tijdelijk = [o.xdg, o.temp, o.pakket].flatMap((m) => readdirSync(m, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.tmp') && !n.startsWith('node_modules')));
    expect(tijdelijk).toEqual([]);
  });

  it('geen enkele cachemap is te maken: er wordt in het geheugen gecompileerd', async () => {
    const o = omgeving();
    const { regeling, invoer, verwacht } = nieuweRegeling();
    const xdg = join(o.xdg, 'bestand');
    const temp = join(o.temp, 'bestand');
    writeFileSync(xdg, '');
    writeFileSync(temp, '');
    writeFileSync(join(o.pakket, '.regelwerk-cache'), '');
    const r = await regelwerk({ ...o, xdg, temp }, 'run', regeling, '--engine', 'compiled', '--invoer', invoer);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toEqual(verwacht);
  });

  // As root (CI) no mode binds: there the run is made by ONBEVOEGD, in folders of its own.
  it('een alleen-lezen cachemap: de run gaat door', async () => {
    const o = omgeving(ONBEVOEGD);
    const { regeling, invoer, verwacht } = nieuweRegeling(o);
    mkdirSync(join(o.xdg, 'regelwerk'), { mode: 0o500 });
    chmodSync(join(o.xdg, 'regelwerk'), 0o500);
    chmodSync(o.pakket, 0o500);
    chmodSync(o.temp, 0o500);
    const r = await regelwerk(o, 'run', regeling, '--engine', 'compiled', '--invoer', invoer);
    chmodSync(o.pakket, 0o700);
    chmodSync(o.temp, 0o700);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toEqual(verwacht);
    expect(alleCacheBestanden(o), 'de modes golden voor wie de run maakte').toEqual([]);
  });
});
