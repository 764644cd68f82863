// The set-up of one test run (vitest `globalSetup`: in the main process, once, before any worker
// starts; the workers and every process a test starts inherit the environment set here).
//
// - One seed for every generator of the run: REGELWERK_SEED, or drawn at random and printed, so
//   any run can be repeated (per-bestand.ts hands it to fast-check; the renaming generators use
//   it too). Set here once, it is the same in both workers.
// - One folder for everything the run writes, removed at the end: $XDG_CACHE_HOME (the cache of
//   compiled policies of every `regelwerk run`: never ~/.cache/regelwerk, and since it is usable
//   and first, never the package's own .regelwerk-cache either), $TMPDIR (every temporary folder
//   of a test and of the commands it starts) and the compiled modules of the tests (mappen.ts).
import { randomInt } from 'node:crypto';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

/** The environment variables this set-up sets, restored at the end. */
const VARIABELEN = ['REGELWERK_SEED', 'REGELWERK_TOETSMAP', 'XDG_CACHE_HOME', 'TMPDIR'] as const;

export default function opzet(): () => void {
  const seed = zaad(process.env.REGELWERK_SEED);
  const vorig = Object.fromEntries(VARIABELEN.map((v) => [v, process.env[v]]));
  const map = mkdtempSync(join(tmpdir(), 'regelwerk-toets-'));
  // Other users may pass through (not list): as root, the tests of unwritable folders run their
  // command as an unprivileged user in a folder of that user's own below this one (cli-hulp.ts).
  chmodSync(map, 0o711);
  mkdirSync(join(map, 'cache'), { mode: 0o700 });
  mkdirSync(join(map, 'tmp'), { mode: 0o711 });
  // Compiled modules import `@regelwerk/runtime`: resolved through this link as in an install, to
  // the workspace's runtime/ (one instance of the runtime, as vitest.config.ts explains); and
  // `regelwerk` for modules that import the old path.
  mkdirSync(join(map, 'modules', 'node_modules', '@regelwerk'), { recursive: true, mode: 0o700 });
  symlinkSync(join(ROOT, 'runtime'), join(map, 'modules', 'node_modules', '@regelwerk', 'runtime'), 'dir');
  symlinkSync(ROOT, join(map, 'modules', 'node_modules', 'regelwerk'), 'dir');
  process.env.REGELWERK_SEED = String(seed);
  process.env.REGELWERK_TOETSMAP = map;
  process.env.XDG_CACHE_HOME = join(map, 'cache');
  process.env.TMPDIR = join(map, 'tmp');
  console.log(`regelwerk: seed ${seed} voor fast-check en de generatoren (herhaal met REGELWERK_SEED=${seed}); tijdelijke map ${map}`);
  return () => {
    for (const v of VARIABELEN) {
      if (vorig[v] === undefined) delete process.env[v];
      else process.env[v] = vorig[v];
    }
    toegankelijk(map);
    rmSync(map, { recursive: true, force: true });
  };
}

/** The seed of this run: REGELWERK_SEED when it is set (a whole number), else a random one. */
function zaad(waarde: string | undefined): number {
  if (waarde === undefined || waarde === '') return randomInt(2 ** 31);
  const n = Number(waarde);
  if (!/^-?\d+$/.test(waarde.trim()) || !Number.isSafeInteger(n) || Math.abs(n) >= 2 ** 31) {
    throw new Error(`REGELWERK_SEED moet een geheel getal zijn tussen -2147483648 en 2147483647, niet ${JSON.stringify(waarde)}`);
  }
  return n;
}

/** Makes every folder under `map` writable again (tests make read-only ones), so it can be removed. */
function toegankelijk(map: string): void {
  try {
    if (!lstatSync(map).isDirectory()) return;
    chmodSync(map, 0o700);
    for (const n of readdirSync(map)) toegankelijk(join(map, n));
  } catch {
    // gone already
  }
}
