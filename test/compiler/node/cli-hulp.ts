// The `regelwerk` command for tests, as bin/regelwerk.js runs it: in this process (`voerUit`, the
// same code, exit code and output, without starting Node for every call: that made the suite
// CPU-bound on 2 cores), or as a real process where only a process shows it (stdin, the binary).
import { afterAll, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { lchownSync, lstatSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = join(import.meta.dirname, '../../..');

/**
 * A temporary folder for one test file, made before its tests and removed after them:
 * `map()` is its path, `bestand(naam, inhoud)` writes a file into it and returns the path.
 */
export function tijdelijkeMap(voorvoegsel: string): { map: () => string; bestand: (naam: string, inhoud: string) => string } {
  let tmp = '';
  beforeAll(() => { tmp = mkdtempSync(join(tmpdir(), voorvoegsel)); });
  afterAll(() => { if (tmp) rmSync(tmp, { recursive: true, force: true }); });
  return {
    map: () => tmp,
    bestand: (naam, inhoud) => {
      const p = join(tmp, naam);
      writeFileSync(p, inhoud);
      return p;
    },
  };
}

export interface CliUitkomst {
  code: number;
  out: string;
  err: string;
}

/** `regelwerk ...args` in this process (the built dist/, as a user runs it). */
export async function regelwerk(...args: string[]): Promise<CliUitkomst> {
  const { voerUit } = (await import(pathToFileURL(join(ROOT, 'dist/compiler/node/cli.js')).href)) as typeof import('../../../compiler/node/cli.js');
  let out = '';
  let err = '';
  const code = await voerUit(args, { out: (x) => { out += `${x}\n`; }, err: (x) => { err += `${x}\n`; } });
  return { code, out, err };
}

/**
 * `regelwerk ...args` as a real process, with standard input and extra environment variables; from
 * the installed package `pakket` (default: this one), in `cwd` (default: the package root), as
 * the user `als` (default: this process's).
 */
export function regelwerkProces(args: readonly string[], opties: { input?: string; env?: Record<string, string>; timeout?: number; cwd?: string; pakket?: string; als?: Gebruiker | null } = {}): CliUitkomst {
  const [opdracht, argumenten] = alsGebruiker(opties.als, [join(opties.pakket ?? ROOT, 'bin/regelwerk.js'), ...args]);
  const r = spawnSync(opdracht, argumenten, { cwd: opties.cwd ?? ROOT, encoding: 'utf8', input: opties.input, env: { ...process.env, ...opties.env }, timeout: opties.timeout, killSignal: 'SIGKILL' });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

export interface Gebruiker {
  readonly naam: string;
  readonly uid: number;
  readonly gid: number;
}

/**
 * Root is bound by no file mode, and CI runs as root: there a test of an unwritable folder runs its
 * command as this unprivileged user (`runuser`, in folders given to it with `geefAan`), so the
 * test still tests something. Null when this process is not root: its own modes bind it.
 */
export const ONBEVOEGD: Gebruiker | null = process.getuid?.() === 0 ? gebruiker('nobody') : null;

function gebruiker(naam: string): Gebruiker {
  const id = (optie: string): number => {
    const r = spawnSync('id', [optie, naam], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`de gebruiker ${naam} bestaat niet (id ${optie} ${naam}: ${r.stderr || r.error?.message})`);
    return Number(r.stdout.trim());
  };
  return { naam, uid: id('-u'), gid: id('-g') };
}

/** The command and arguments that run `node ...args` as `als` (with runuser), or as this process. */
export function alsGebruiker(als: Gebruiker | null | undefined, args: readonly string[]): [string, string[]] {
  return als ? ['runuser', ['-u', als.naam, '--', process.execPath, ...args]] : [process.execPath, [...args]];
}

/**
 * A new folder directly in the temporary folder, which other users may pass through (see
 * test/opzet/globaal.ts): for ONBEVOEGD, once `geefAan` has given it what was made in it.
 */
export function mapVoorAnder(voorvoegsel: string): string {
  const map = mkdtempSync(join(tmpdir(), voorvoegsel));
  // A folder on the way that others may not pass through (a private TMPDIR) would make the
  // command fail as if the test found a fault: say what it is instead.
  for (let m = dirname(map); m !== dirname(m); m = dirname(m)) {
    if ((statSync(m).mode & 0o001) === 0) throw new Error(`een andere gebruiker kan ${map} niet bereiken: ${m} is niet doorzoekbaar voor anderen (zet TMPDIR op een map als /tmp)`);
  }
  return map;
}

/** Gives `pad` and everything in it to `als` (a symbolic link itself, not what it points to); modes stay. */
export function geefAan(pad: string, als: Gebruiker): void {
  lchownSync(pad, als.uid, als.gid);
  if (lstatSync(pad).isDirectory()) for (const n of readdirSync(pad)) geefAan(join(pad, n), als);
}
