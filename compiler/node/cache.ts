// The cache of compiled policies behind `regelwerk run` (the compiled engine): compiling costs a
// second, a cache hit a hash and a read, and no parse: the key is computed from the texts.
//
// The cache holds code that is executed, so it is a security boundary:
// - the key covers everything that determines the compiled module: the policy text and path, the
//   compiler build (the name, size and modification time of every .js file of dist/, and the
//   versions of prettier and TypeScript) and the location of the runtime it imports; the text of
//   every stdlib module and used policy (`gebruik regeling`) it read is in the file, as a SHA-256
//   per file, and checked against the files as they are now before the module is used. So a run
//   finds its module from the texts alone, before parsing: a text that does not parse was never
//   compiled, so it is never found, and is parsed and reported as without a cache;
// - a cache directory is used only if it is a real directory (not a symlink) owned by this user
//   with no access for others (0700); a file only if it is a regular file owned by this user that
//   nobody else can write, and whose content matches the SHA-256 in its first line (a truncated
//   or damaged file is recompiled, not imported);
// - what is imported is the verified text itself (as a data: URL), never the path again;
// - files are written to a temporary name in the same directory and renamed, so parallel runs
//   never see half a file;
// - on any cache problem the policy is compiled in memory and the run goes on.
import { createHash, randomBytes } from 'node:crypto';
import { leesRegeling, maakMap } from './bestanden.js';
import { chmodSync, closeSync, constants, fstatSync, futimesSync, lstatSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';
import type { Gecontroleerd } from '../../language/checker.js';
import type { GecompileerdeModule } from '../../runtime/module.js';
import { CompilerFout } from './compilerfout.js';
import { pakketMap, runtimeIngang, stdlibPad } from './pakket.js';

export interface TeCompileren {
  readonly g: Gecontroleerd;
  /** The policy file as given (its name becomes the module name). */
  readonly bestand: string;
  /** The policy text that `g` was checked from. */
  readonly tekst: string;
  /**
   * The stdlib modules (by name) and used policies (`regeling <absolute path>`) it read, with the
   * text that was loaded: as `laadBestand` in modules.ts lists them.
   */
  readonly modules: readonly { readonly naam: string; readonly tekst: string }[];
  /**
   * What makes `g` differ from the policy text, if anything (a parameter variant of
   * `regelwerk bevolking`: its values as JSON); part of the key, so a variant never reads the base's module.
   */
  readonly variant?: string;
}

/** A stdlib module or used policy a module was compiled with: its name as in TeCompileren.modules, and the SHA-256 of its text. */
type Gebruikt = readonly (readonly [naam: string, sha256: string])[];

/** Above this many modules in a cache directory, the least recently used are removed. */
const MAX_BESTANDEN = 200;
/** The first line: the SHA-256 of everything after it (`gebruikt=<base64 JSON>\n` and the module's code). */
const KOP = /^\/\/ regelwerk-cache sha256=([0-9a-f]{64}) /;
const GEBRUIKT = /^gebruikt=([A-Za-z0-9+/]*={0,2})\n/;

/**
 * The cache directories in order of preference: `$XDG_CACHE_HOME/regelwerk` (or
 * `~/.cache/regelwerk`), the package's own `.regelwerk-cache`, and `<tmpdir>/regelwerk-<uid>`.
 */
export function cacheMappen(): string[] {
  const uid = process.getuid?.();
  const xdg = process.env.XDG_CACHE_HOME;
  const thuis = xdg && isAbsolute(xdg) ? xdg : join(homedir(), '.cache');
  return [join(thuis, 'regelwerk'), join(pakketMap(), '.regelwerk-cache'), join(tmpdir(), `regelwerk-${uid ?? 'gebruiker'}`)];
}

/**
 * The compiled module of a policy, from the cache when a verified copy is there, else compiled
 * (and stored when a safe cache directory is writable); with `alleenUitCache`, null instead of
 * compiling. Never fails for a cache problem; a CompilerFout (a compiler bug) does propagate.
 */
export async function gecompileerdeModule(bron: TeCompileren, { alleenUitCache = false } = {}): Promise<GecompileerdeModule | null> {
  const r = await gecompileerdeCode(bron, { alleenUitCache });
  return r === null ? null : r.module;
}

/**
 * As gecompileerdeModule, with the verified JavaScript it was imported from: a worker thread
 * (the decision service) imports the same text, so it never reads the cache or compiles itself.
 */
export async function gecompileerdeCode(bron: TeCompileren, { alleenUitCache = false } = {}): Promise<{ js: string; module: GecompileerdeModule } | null> {
  const runtime = runtimeIngang();
  let js: string | null = null;
  const compileerJs = async (): Promise<string> => {
    const { compileer } = await import('./compile.js'); // the compiler loads only on a miss
    const [m] = await compileer([{ g: bron.g, bestand: bron.bestand }]);
    return metRuntime(m!.js, runtime);
  };
  const sleutel = veilig(() => cacheSleutel(bron.bestand, bron.tekst, runtime, bron.variant));
  if (sleutel !== null) {
    for (const map of cacheMappen()) {
      if (!veilig(() => veiligeMap(map))) continue;
      const gevonden = await uitMap(map, sleutel);
      if (gevonden !== null) return gevonden;
      if (alleenUitCache) continue;
      js ??= await compileerJs();
      if (veilig(() => schrijfInCache(map, sleutel, gebruikt(bron), js!))) break;
    }
  }
  if (alleenUitCache) return null;
  const code = js ?? (await compileerJs());
  return { js: code, module: await importeer(code) };
}

/**
 * The compiled module of the policy file `bestand` with text `tekst`, from the cache, found
 * before the text is parsed: null when there is none whose stdlib modules and used policies still
 * have the texts it was compiled with (then the caller parses, reports and compiles as usual).
 * Never fails.
 */
export async function uitCacheVoorTekst(bestand: string, tekst: string): Promise<GecompileerdeModule | null> {
  const sleutel = veilig(() => cacheSleutel(bestand, tekst, runtimeIngang()));
  if (sleutel === null) return null;
  for (const map of cacheMappen()) {
    if (!veilig(() => veiligeMap(map))) continue;
    const gevonden = await uitMap(map, sleutel);
    if (gevonden !== null) return gevonden.module;
  }
  return null;
}

/** The verified module for this key in `map`, imported, if every file it used still has the same text; else null. */
async function uitMap(map: string, sleutel: string): Promise<{ js: string; module: GecompileerdeModule } | null> {
  const gevonden = veilig(() => leesUitCache(map, sleutel));
  if (gevonden === null || !veilig(() => ongewijzigd(gevonden.gebruikt))) return null;
  const m = await importeer(gevonden.js).catch(() => null);
  return m === null ? null : { js: gevonden.js, module: m };
}

/** What the module of `bron` was compiled with besides its own text, once each, in order. */
function gebruikt(bron: TeCompileren): Gebruikt {
  const paren = new Map(bron.modules.map((m) => [m.naam, sha256(m.tekst)] as const));
  return [...paren].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** True when every stdlib module and used policy in `g` has the same text now (read as modules.ts reads it). */
function ongewijzigd(g: Gebruikt): boolean {
  return g.every(([naam, hash]) => {
    const regeling = /^regeling (.+)$/s.exec(naam);
    const pad = regeling ? regeling[1]! : stdlibPad(naam);
    if (pad === null) return false;
    return sha256(regeling ? leesRegeling(pad) : readFileSync(pad, 'utf8')) === hash;
  });
}

function sha256(tekst: string): string {
  return createHash('sha256').update(tekst).digest('hex');
}

/** The module imports `@regelwerk/runtime`; loaded from a data: URL, that name does not resolve. */
function metRuntime(js: string, runtime: string): string {
  const importRegel = /^import \* as rt from ['"]@regelwerk\/runtime['"];$/m;
  if (!importRegel.test(js)) throw new CompilerFout('interne compilerfout: de gecompileerde module importeert de runtime niet zoals verwacht');
  return js.replace(importRegel, `import * as rt from ${JSON.stringify(runtime)};`);
}

/** A compiled module's code, loaded: it has the exports the generator writes (test/engines checks the type). */
export function importeer(js: string): Promise<GecompileerdeModule> {
  return import(`data:text/javascript;base64,${Buffer.from(js, 'utf8').toString('base64')}`);
}

/** The value of f, or null when it throws or returns false: a cache problem is never fatal. */
function veilig<T>(f: () => T): Exclude<T, false> | null {
  try {
    const x = f();
    return x === false ? null : (x as Exclude<T, false>);
  } catch {
    return null;
  }
}

let bouwCache: string | null = null;

/** Built by the test and bench configurations, not part of the package. */
const NIET_VAN_HET_PAKKET = new Set(['test', 'bench']);

/**
 * Identifies the compiler build: the name, size and modification time of every .js file of the
 * package's dist/ (a build rewrites them; reading their content would cost every run its time),
 * and the versions of prettier and TypeScript.
 */
function bouw(): string {
  if (bouwCache !== null) return bouwCache;
  const h = createHash('sha256');
  const dist = join(pakketMap(), 'dist');
  const bestanden = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(sep).join('/'))
    .filter((f) => f.endsWith('.js') && !NIET_VAN_HET_PAKKET.has(f.split('/')[0]!))
    .sort();
  for (const f of bestanden) {
    const s = statSync(join(dist, f), { bigint: true });
    h.update(`${f}\0${s.size}\0${s.mtimeNs}\0`);
  }
  const require = createRequire(import.meta.url);
  for (const p of ['prettier', 'ts-morph', '@ts-morph/common', 'typescript']) {
    h.update(`${p}@${veilig(() => (require(`${p}/package.json`) as { version: string }).version) ?? '?'}\0`);
  }
  bouwCache = h.digest('hex');
  return bouwCache;
}

/**
 * The key of a policy file's module: its path and text, the compiler build and the runtime's
 * location, and a variant's values (a parameter variant of `regelwerk bevolking`), if any.
 */
export function cacheSleutel(bestand: string, tekst: string, runtime: string, variant?: string): string {
  const alles = JSON.stringify(['regelwerk-cache 2', bouw(), runtime, resolve(bestand), tekst, ...(variant === undefined ? [] : [variant])]);
  return createHash('sha256').update(alles).digest('hex').slice(0, 40);
}

/**
 * True when `map` is (or could be made) a private cache directory: a real directory, owned by
 * this user, with no access for others. A directory someone else could have written to is never used.
 */
function veiligeMap(map: string): boolean {
  const uid = process.getuid?.();
  try {
    maakMap(dirname(map), 0o700);
  } catch {
    // the parent may exist without being writable; the checks below decide
  }
  try {
    mkdirSync(map, { mode: 0o700 });
  } catch (x) {
    if ((x as NodeJS.ErrnoException).code !== 'EEXIST') return false;
  }
  const s = lstatSync(map); // lstat: a symlink is not accepted, whatever it points to
  if (!s.isDirectory()) return false;
  if (uid === undefined) return true; // Windows: no owner or mode bits; the user's own profile directories
  if (s.uid !== uid) return false;
  if ((s.mode & 0o077) === 0) return true;
  // Readable by others but writable by nobody else (e.g. made with umask 022): make it private.
  if ((s.mode & 0o022) !== 0) return false;
  chmodSync(map, 0o700);
  return (lstatSync(map).mode & 0o077) === 0;
}

/** The verified module text for this key and what it was compiled with, or null (absent, not ours, writable by others, damaged). */
function leesUitCache(map: string, sleutel: string): { js: string; gebruikt: Gebruikt } | null {
  const uid = process.getuid?.();
  let fd: number;
  try {
    fd = openSync(join(map, `${sleutel}.js`), constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return null;
  }
  try {
    const s = fstatSync(fd); // of the file that was opened, not of whatever the name points to now
    if (!s.isFile() || (uid !== undefined && (s.uid !== uid || (s.mode & 0o022) !== 0))) return null;
    const inhoud = readFileSync(fd, 'utf8');
    const kop = KOP.exec(inhoud);
    if (!kop) return null;
    const rest = inhoud.slice(kop[0].length);
    if (sha256(rest) !== kop[1]) return null;
    const g = GEBRUIKT.exec(rest);
    if (!g) return null;
    const gebruikt: unknown = JSON.parse(Buffer.from(g[1]!, 'base64').toString('utf8'));
    const goed = Array.isArray(gebruikt) && gebruikt.every((x) => Array.isArray(x) && x.length === 2 && typeof x[0] === 'string' && typeof x[1] === 'string');
    if (!goed) return null;
    veilig(() => futimesSync(fd, new Date(), new Date())); // recently used: kept by the clean-up
    return { js: rest.slice(g[0].length), gebruikt: gebruikt as Gebruikt };
  } finally {
    closeSync(fd);
  }
}

/** Writes atomically (temporary file in the same directory, then rename); false when that fails. */
function schrijfInCache(map: string, sleutel: string, g: Gebruikt, js: string): boolean {
  const tijdelijk = join(map, `.${sleutel}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const rest = `gebruikt=${Buffer.from(JSON.stringify(g), 'utf8').toString('base64')}\n${js}`;
    writeFileSync(tijdelijk, `// regelwerk-cache sha256=${sha256(rest)} ${rest}`, { flag: 'wx', mode: 0o600 });
    renameSync(tijdelijk, join(map, `${sleutel}.js`));
  } catch {
    veilig(() => unlinkSync(tijdelijk));
    return false;
  }
  veilig(() => ruimOp(map));
  return true;
}

/** Keeps the cache bounded: the least recently used modules beyond MAX_BESTANDEN go, and stale temporary files. */
function ruimOp(map: string): void {
  const namen = readdirSync(map);
  const uur = Date.now() - 3_600_000;
  for (const n of namen.filter((x) => x.endsWith('.tmp'))) {
    veilig(() => lstatSync(join(map, n)).mtimeMs < uur && unlinkSync(join(map, n)));
  }
  const modules = namen.filter((x) => /^[0-9a-f]{40}\.js$/.test(x));
  if (modules.length <= MAX_BESTANDEN) return;
  const metTijd = modules.map((n) => ({ n, t: veilig(() => lstatSync(join(map, n)).mtimeMs) ?? 0 })).sort((a, b) => a.t - b.t);
  for (const { n } of metTijd.slice(0, modules.length - MAX_BESTANDEN / 2)) veilig(() => unlinkSync(join(map, n)));
}
