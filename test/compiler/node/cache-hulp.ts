// Shared by the cache tests (cache*.test.ts): a copy of the installed package per test, its own
// user cache and temp directory, `regelwerk` run as a child process, and a planted module.
import { afterAll, beforeAll } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Gebruiker, alsGebruiker, geefAan, mapVoorAnder } from './cli-hulp.js';

export const ROOT = join(import.meta.dirname, '../../..');
export const ROOT_GEBRUIKER = process.getuid?.() === 0;
export { ONBEVOEGD } from './cli-hulp.js';

let tmp = '';

/** Registers the file's set-up: a built package and a temporary folder, removed afterwards. */
export function metTijdelijkeMap(): void {
  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist/compiler/node/cli.js'))) spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
    tmp = mkdtempSync(join(tmpdir(), 'regelwerk-cache-test-'));
  });
  afterAll(() => {
    if (!tmp) return;
    chmodDiep(tmp);
    rmSync(tmp, { recursive: true, force: true });
  });
}

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
export function nieuweMap(naam: string, binnen: string = tmp): string {
  const p = join(binnen, `${naam}-${++teller}`);
  mkdirSync(p, { recursive: true });
  return p;
}

/** A copy of the installed package (what `npm i regelwerk` leaves), with node_modules linked. */
export function kopieerPakket(binnen: string = tmp): string {
  const doel = nieuweMap('pakket', binnen);
  for (const deel of ['bin', 'dist', 'stdlib', 'package.json']) cpSync(join(ROOT, deel), join(doel, deel), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(doel, 'node_modules'));
  return doel;
}

export interface Omgeving {
  pakket: string;
  /** XDG_CACHE_HOME */
  xdg: string;
  /** TMPDIR */
  temp: string;
  /** Runs are made by this user, in `basis`, given to it before each run (see ONBEVOEGD). */
  als?: { gebruiker: Gebruiker; basis: string };
  /** More environment variables for each run. */
  env?: Record<string, string>;
}

/** A package, a user cache and a temporary folder; for `als`, all in one folder of its own. */
export function omgeving(als: Gebruiker | null = null): Omgeving {
  if (als === null) return { pakket: kopieerPakket(), xdg: nieuweMap('xdg'), temp: nieuweMap('temp') };
  const basis = mapVoorAnder('regelwerk-cache-ander-');
  return { pakket: kopieerPakket(basis), xdg: nieuweMap('xdg', basis), temp: nieuweMap('temp', basis), als: { gebruiker: als, basis } };
}

export function regelwerk(o: Omgeving, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  if (o.als) geefAan(o.als.basis, o.als.gebruiker);
  const [opdracht, argumenten] = alsGebruiker(o.als?.gebruiker, [join(o.pakket, 'bin/regelwerk.js'), ...args]);
  return new Promise((klaar) => {
    const p = spawn(opdracht, argumenten, {
      cwd: o.als?.basis ?? tmp, env: { ...process.env, XDG_CACHE_HOME: o.xdg, TMPDIR: o.temp, ...o.env },
    });
    let out = '';
    let err = '';
    p.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    p.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    p.on('error', (x) => klaar({ code: -1, out, err: `${err}${x.message}` }));
    p.on('close', (code) => klaar({ code: code ?? -1, out, err }));
  });
}

/** A policy no earlier run has compiled (its text is new), with an input and its output. */
export function nieuweRegeling(o?: Omgeving): { regeling: string; invoer: string; verwacht: unknown } {
  const map = nieuweMap('regeling', o?.als?.basis);
  const regeling = join(map, 'dubbel.regel');
  writeFileSync(regeling, `regeling Dubbel\n  bron "test"\ninvoer x: getal\nuitvoer y: getal\nregel y is x * 2\n-- ${randomBytes(8).toString('hex')}\n`);
  const invoer = join(map, 'invoer.json');
  writeFileSync(invoer, JSON.stringify({ x: 21 }));
  return { regeling, invoer, verwacht: { y: 42 } };
}

/** The cached modules anywhere under `map` (wherever a version of regelwerk puts them). */
export function cacheBestanden(map: string): string[] {
  if (!existsSync(map) || !lstatSync(map).isDirectory()) return [];
  return readdirSync(map, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.js')).map((n) => join(map, n));
}

/** Every cached module of this environment: user cache, package cache and temp directory. */
export function alleCacheBestanden(o: Omgeving): string[] {
  return [...cacheBestanden(o.xdg), ...cacheBestanden(join(o.pakket, '.regelwerk-cache')), ...cacheBestanden(o.temp)];
}

/** A module that would leave a marker file if it ever ran. */
export function geplant(marker: string, geldigeKop = true): string {
  const js = `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'uitgevoerd');\nglobalThis.geplant = true;\n` +
    `export function evalueer() { return { y: 'GEPLANT' }; }\nexport function evalueerMetUitleg() { return { uitvoer: { y: 'GEPLANT' }, uitleg: {} }; }\n`;
  // the header: the SHA-256 of the rest, which starts with what the module was compiled with (nothing here)
  const rest = `gebruikt=${Buffer.from('[]').toString('base64')}\n${js}`;
  const hash = createHash('sha256').update(geldigeKop ? rest : `${rest} `).digest('hex');
  return `// regelwerk-cache sha256=${hash} ${rest}`;
}

/**
 * An environment whose runs write the URL of every module Node loads into a file (a module hook,
 * registered with --import), and a way to read which loaded files contain a text.
 */
export function metSpoor(o: Omgeving): { o: Omgeving; geladenMet: (tekst: string) => string[] } {
  const map = nieuweMap('spoor', o.als?.basis);
  const spoor = join(map, 'geladen.txt');
  const haak = join(map, 'haak.mjs');
  writeFileSync(haak, [
    "import { appendFileSync } from 'node:fs';",
    `export async function load(url, context, next) { appendFileSync(${JSON.stringify(spoor)}, url + '\\n'); return next(url, context); }`,
  ].join('\n'));
  const registreer = join(map, 'registreer.mjs');
  writeFileSync(registreer, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(haak).href)});\n`);
  return {
    o: { ...o, env: { ...o.env, NODE_OPTIONS: `--import=${pathToFileURL(registreer).href}` } },
    geladenMet: (tekst) => {
      const urls = existsSync(spoor) ? readFileSync(spoor, 'utf8').split('\n').filter((u) => u.startsWith('file:')) : [];
      writeFileSync(spoor, '');
      return [...new Set(urls)].filter((u) => readFileSync(fileURLToPath(u), 'utf8').includes(tekst));
    },
  };
}
