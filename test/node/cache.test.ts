// The cache of compiled policies behind `regelwerk run`: it holds code that is executed, so it
// must never import what someone else could have written, must notice every change of what the
// module depends on, and must never make a run fail. Each test works on a copy of the package
// (bin, dist, stdlib; node_modules linked) with its own cache and temp directories.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, chownSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const ROOT_GEBRUIKER = process.getuid?.() === 0;

let tmp = '';

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/node/cli.js'))) spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  tmp = mkdtempSync(join(tmpdir(), 'regelwerk-cache-test-'));
});
afterAll(() => {
  if (!tmp) return;
  chmodDiep(tmp);
  rmSync(tmp, { recursive: true, force: true });
});

/** Makes everything under `map` accessible again, so the clean-up can remove it. */
function chmodDiep(map: string): void {
  try {
    if (lstatSync(map).isSymbolicLink()) return;
    chmodSync(map, 0o700);
    if (lstatSync(map).isDirectory()) for (const n of readdirSync(map)) chmodDiep(join(map, n));
  } catch {
    // gone already
  }
}

let teller = 0;
function nieuweMap(naam: string): string {
  const p = join(tmp, `${naam}-${++teller}`);
  mkdirSync(p, { recursive: true });
  return p;
}

/** A copy of the installed package (what `npm i regelwerk` leaves), with node_modules linked. */
function kopieerPakket(): string {
  const doel = nieuweMap('pakket');
  for (const deel of ['bin', 'dist', 'stdlib', 'package.json']) cpSync(join(ROOT, deel), join(doel, deel), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(doel, 'node_modules'));
  return doel;
}

interface Omgeving {
  pakket: string;
  /** XDG_CACHE_HOME */
  xdg: string;
  /** TMPDIR */
  temp: string;
}

function omgeving(): Omgeving {
  return { pakket: kopieerPakket(), xdg: nieuweMap('xdg'), temp: nieuweMap('temp') };
}

function regelwerk(o: Omgeving, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((klaar) => {
    const p = spawn(process.execPath, [join(o.pakket, 'bin/regelwerk.js'), ...args], {
      cwd: tmp, env: { ...process.env, XDG_CACHE_HOME: o.xdg, TMPDIR: o.temp },
    });
    let out = '';
    let err = '';
    p.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    p.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    p.on('close', (code) => klaar({ code: code ?? -1, out, err }));
  });
}

/** A policy no earlier run has compiled (its text is new), with an input and its output. */
function nieuweRegeling(): { regeling: string; invoer: string; verwacht: unknown } {
  const map = nieuweMap('regeling');
  const regeling = join(map, 'dubbel.regel');
  writeFileSync(regeling, `regeling Dubbel\n  bron "test"\ninvoer x: getal\nuitvoer y: getal\nregel y is x * 2\n-- ${randomBytes(8).toString('hex')}\n`);
  const invoer = join(map, 'invoer.json');
  writeFileSync(invoer, JSON.stringify({ x: 21 }));
  return { regeling, invoer, verwacht: { y: 42 } };
}

/** The cached modules anywhere under `map` (wherever a version of regelwerk puts them). */
function cacheBestanden(map: string): string[] {
  if (!existsSync(map) || !lstatSync(map).isDirectory()) return [];
  return readdirSync(map, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.js')).map((n) => join(map, n));
}

/** Every cached module of this environment: user cache, package cache and temp directory. */
function alleCacheBestanden(o: Omgeving): string[] {
  return [...cacheBestanden(o.xdg), ...cacheBestanden(join(o.pakket, '.regelwerk-cache')), ...cacheBestanden(o.temp)];
}

/** A module that would leave a marker file if it ever ran. */
function geplant(marker: string, geldigeKop = true): string {
  const js = `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'uitgevoerd');\nglobalThis.geplant = true;\n` +
    `export function evalueerMetUitleg() { return { uitvoer: { y: 'GEPLANT' }, uitleg: {} }; }\n`;
  const hash = createHash('sha256').update(geldigeKop ? js : `${js} `).digest('hex');
  return `// regelwerk-cache sha256=${hash}\n${js}`;
}

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

  it('8 koude runs tegelijk: allemaal exit 0 met dezelfde uitvoer', async () => {
    const o = omgeving();
    const { regeling, invoer, verwacht } = nieuweRegeling();
    const rs = await Promise.all(Array.from({ length: 8 }, () => regelwerk(o, 'run', regeling, '--engine', 'compiled', '--invoer', invoer)));
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

  it.skipIf(ROOT_GEBRUIKER)('een alleen-lezen cachemap: de run gaat door', async () => {
    const o = omgeving();
    const { regeling, invoer, verwacht } = nieuweRegeling();
    mkdirSync(join(o.xdg, 'regelwerk'), { mode: 0o500 });
    chmodSync(join(o.xdg, 'regelwerk'), 0o500);
    chmodSync(o.pakket, 0o500);
    chmodSync(o.temp, 0o500);
    const r = await regelwerk(o, 'run', regeling, '--engine', 'compiled', '--invoer', invoer);
    chmodSync(o.pakket, 0o700);
    chmodSync(o.temp, 0o700);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toEqual(verwacht);
  });
});
