// The cache of compiled policies: what is in the cache directory is trusted only after checks
// (owner, mode, no symlink, the SHA-256 header), and a planted module never runs.
import { describe, expect, it } from 'vitest';
import { beforeAll } from 'vitest';
import { chmodSync, chownSync, cpSync, existsSync, lstatSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ROOT_GEBRUIKER, alleCacheBestanden, geplant, metTijdelijkeMap, nieuweMap, nieuweRegeling, omgeving, regelwerk, type Omgeving } from './cache-hulp.js';

metTijdelijkeMap();

describe('wat in de cachemap staat, wordt pas vertrouwd na controle', () => {
  // One cold compile for this block: each test gets a fresh user cache ($XDG_CACHE_HOME) holding a
  // copy of that module, with the same package and policy, so the key matches and the run reads it.
  let basis: { o: Omgeving; regeling: string; invoer: string; verwacht: unknown; bestand: string };
  beforeAll(async () => {
    const o = omgeving();
    const { regeling, invoer, verwacht } = nieuweRegeling();
    const r = await regelwerk(o, 'run', regeling, '--engine', 'compiled', '--invoer', invoer);
    expect(r.code, r.err).toBe(0);
    const bestanden = alleCacheBestanden(o);
    expect(bestanden).toHaveLength(1);
    basis = { o, regeling, invoer, verwacht, bestand: bestanden[0]! };
  });

  async function metCachebestand(): Promise<{ o: Omgeving; regeling: string; invoer: string; verwacht: unknown; bestand: string; marker: string }> {
    const o = { ...basis.o, xdg: nieuweMap('xdg') };
    const map = join(o.xdg, 'regelwerk');
    mkdirSync(map, { mode: 0o700 });
    const bestand = join(map, basename(basis.bestand));
    cpSync(basis.bestand, bestand);
    chmodSync(bestand, 0o600);
    return { o, regeling: basis.regeling, invoer: basis.invoer, verwacht: basis.verwacht, bestand, marker: join(nieuweMap('marker'), 'uitgevoerd') };
  }

  it('de cache staat in $XDG_CACHE_HOME/regelwerk, een map met mode 0700, het bestand 0600; een run leest hem', async () => {
    const { o, regeling, invoer, verwacht } = await metCachebestand();
    expect(join(basis.bestand, '..')).toBe(join(basis.o.xdg, 'regelwerk'));
    expect(lstatSync(join(basis.o.xdg, 'regelwerk')).mode & 0o777).toBe(0o700);
    expect(lstatSync(basis.bestand).mode & 0o777).toBe(0o600);
    const r = await regelwerk(o, 'run', regeling, '--engine', 'compiled', '--invoer', invoer);
    expect(JSON.parse(r.out)).toEqual(verwacht);
    expect(alleCacheBestanden(o)).toHaveLength(1);
  });

  it('controle: een eigen, ongeschonden bestand wordt wel gebruikt (dus de proeven hieronder raken het goede bestand)', async () => {
    const { o, regeling, invoer, bestand, marker } = await metCachebestand();
    writeFileSync(bestand, geplant(marker));
    const r = await regelwerk(o, 'run', regeling, '--engine', 'compiled', '--invoer', invoer);
    expect(JSON.parse(r.out)).toEqual({ y: 'GEPLANT' });
    expect(existsSync(marker)).toBe(true);
    // without --engine, one case also takes the module from the cache
    const zonder = await regelwerk(o, 'run', regeling, '--invoer', invoer);
    expect(JSON.parse(zonder.out)).toEqual({ y: 'GEPLANT' });
  });

  const gevallen: [string, (bestand: string, marker: string) => void][] = [
    ['schrijfbaar voor anderen (0666)', (bestand, marker) => {
      writeFileSync(bestand, geplant(marker));
      chmodSync(bestand, 0o666);
    }],
    // writable by the group only: the check is on 0o022 (group and others), not just 0o002
    ['schrijfbaar voor de groep (0620)', (bestand, marker) => {
      writeFileSync(bestand, geplant(marker));
      chmodSync(bestand, 0o620);
    }],
    ['in een map die schrijfbaar is voor de groep (0770)', (bestand, marker) => {
      writeFileSync(bestand, geplant(marker));
      chmodSync(join(bestand, '..'), 0o770);
    }],
    ['een map die schrijfbaar is voor anderen (0777)', (bestand, marker) => {
      writeFileSync(bestand, geplant(marker));
      chmodSync(join(bestand, '..'), 0o777);
    }],
    ['een symbolische koppeling naar een ander bestand', (bestand, marker) => {
      const elders = join(nieuweMap('elders'), 'geplant.js');
      writeFileSync(elders, geplant(marker), { mode: 0o600 });
      rmSync(bestand);
      symlinkSync(elders, bestand);
    }],
    ['een inhoud die niet bij de hash in de kop past', (bestand, marker) => {
      writeFileSync(bestand, geplant(marker, false));
    }],
  ];
  if (ROOT_GEBRUIKER) {
    gevallen.push(['van een andere gebruiker', (bestand, marker) => {
      writeFileSync(bestand, geplant(marker));
      chownSync(bestand, 65534, 65534);
    }], ['in een map van een andere gebruiker', (bestand, marker) => {
      writeFileSync(bestand, geplant(marker));
      chownSync(join(bestand, '..'), 65534, 65534);
    }]);
  }
  it.each(gevallen)('een geplant bestand %s wordt niet uitgevoerd; de run geeft het goede antwoord', async (_naam, plant) => {
    const { o, regeling, invoer, verwacht, bestand, marker } = await metCachebestand();
    plant(bestand, marker);
    const r = await regelwerk(o, 'run', regeling, '--engine', 'compiled', '--invoer', invoer);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toEqual(verwacht);
    expect(existsSync(marker)).toBe(false);
  });

  it('de terugvalmap in TMPDIR is privé (regelwerk-<uid>, 0700); een open map daar wordt niet gebruikt', async () => {
    const o = omgeving();
    const { regeling, invoer, verwacht } = nieuweRegeling();
    const xdgBestand = join(o.xdg, 'geen-map');
    writeFileSync(xdgBestand, '');
    writeFileSync(join(o.pakket, '.regelwerk-cache'), ''); // the package cache cannot be made either
    const opties = { ...o, xdg: xdgBestand };
    const r = await regelwerk(opties, 'run', regeling, '--engine', 'compiled', '--invoer', invoer);
    expect(r.code, r.err).toBe(0);
    const [bestand] = alleCacheBestanden(opties);
    expect(bestand).toBeDefined();
    const marker = join(nieuweMap('marker'), 'uitgevoerd');
    writeFileSync(bestand!, geplant(marker));
    chmodSync(join(bestand!, '..'), 0o777);
    const tweede = await regelwerk(opties, 'run', regeling, '--engine', 'compiled', '--invoer', invoer);
    expect(tweede.code, tweede.err).toBe(0);
    expect(JSON.parse(tweede.out)).toEqual(verwacht);
    expect(existsSync(marker)).toBe(false);
    const map = join(o.temp, `regelwerk-${process.getuid?.() ?? 'gebruiker'}`);
    expect(lstatSync(map).mode & 0o777).toBe(0o777); // left alone: not ours to repair
  });

  it('een nieuwe terugvalmap in TMPDIR heet regelwerk-<uid> en heeft mode 0700', async () => {
    const o = omgeving();
    const { regeling, invoer } = nieuweRegeling();
    const xdg = join(o.xdg, 'geen-map');
    writeFileSync(xdg, '');
    writeFileSync(join(o.pakket, '.regelwerk-cache'), '');
    expect((await regelwerk({ ...o, xdg }, 'run', regeling, '--engine', 'compiled', '--invoer', invoer)).code).toBe(0);
    expect(lstatSync(join(o.temp, `regelwerk-${process.getuid?.() ?? 'gebruiker'}`)).mode & 0o777).toBe(0o700);
  });
});
