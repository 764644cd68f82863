// The `regelwerk` command for tests, as bin/regelwerk.js runs it: in this process (`voerUit`, the
// same code, exit code and output, without starting Node for every call: that made the suite
// CPU-bound on 2 cores), or as a real process where only a process shows it (stdin, the binary).
import { afterAll, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = join(import.meta.dirname, '../..');

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
  const { voerUit } = (await import(pathToFileURL(join(ROOT, 'dist/node/cli.js')).href)) as typeof import('../../node/cli.js');
  let out = '';
  let err = '';
  const code = await voerUit(args, { out: (x) => { out += `${x}\n`; }, err: (x) => { err += `${x}\n`; } });
  return { code, out, err };
}

/** `regelwerk ...args` as a real process, with standard input and extra environment variables. */
export function regelwerkProces(args: readonly string[], opties: { input?: string; env?: Record<string, string>; timeout?: number } = {}): CliUitkomst {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/regelwerk.js'), ...args], { cwd: ROOT, encoding: 'utf8', input: opties.input, env: { ...process.env, ...opties.env }, timeout: opties.timeout, killSignal: 'SIGKILL' });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}
