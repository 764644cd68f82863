// The targets that are not cases per second of an evaluator: the command line (start-up of
// `--help`, a cached `run` of one case, `check` of a 3,000-row decision table), each timed as a
// user sees it. (Property tests per second: bench/eigenschappen.ts.)
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { mediaan } from './meten.js';

/**
 * CPU time of the children this process has waited for (cutime + cstime in /proc/self/stat), in
 * seconds; null where there is no /proc. Resolution: one clock tick (10 ms).
 */
export function kinderenCpu(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const velden = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(velden[13]) + Number(velden[14])) / 100;
  } catch {
    return null;
  }
}

export interface Spawnmeting {
  readonly command: string;
  readonly spawns: number;
  /** Median wall clock of one spawn, from spawn to exit. */
  readonly medianWallMs: number;
  /** Median CPU time of the child (user + system), null without /proc. */
  readonly medianCpuMs: number | null;
}

function meetSpawn(root: string, args: readonly string[], keer: number, omschrijving: string, goed: readonly number[] = [0]): Spawnmeting {
  const wand: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < keer; i++) {
    const c0 = kinderenCpu();
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(root, 'bin', 'regelwerk.js'), ...args], { cwd: root, encoding: 'utf8' });
    const ms = performance.now() - t0;
    const c1 = kinderenCpu();
    if (r.status === null || !goed.includes(r.status)) throw new Error(`bench: ${omschrijving} mislukte (${r.status}):\n${r.stderr}`);
    wand.push(ms);
    if (c0 !== null && c1 !== null) cpu.push((c1 - c0) * 1000);
  }
  return { command: omschrijving, spawns: keer, medianWallMs: mediaan(wand), medianCpuMs: cpu.length ? mediaan(cpu) : null };
}

export interface CliMeting {
  readonly help: Spawnmeting;
  readonly run: Spawnmeting;
  /** `regelwerk check` of a policy with one 3,000-row decision table, per hit policy. */
  readonly tabelUniek: Spawnmeting;
  readonly tabelEerste: Spawnmeting;
}

/**
 * A policy with one decision table of `rijen` rows, as a wage scale or a postcode table is: an age
 * band of ten years and a ja/nee per row (each band twice), an amount band as a second column, and
 * a last row that catches the rest (in `uniek` that row overlaps all others: three findings).
 */
export function groteTabel(beleid: 'eerste' | 'uniek', rijen: number): string {
  const regels: string[] = [];
  for (let i = 0; i < rijen; i++) {
    const band = Math.floor(i / 2);
    regels.push(`  | ${band * 10} tot en met ${band * 10 + 9} | ${i % 2 === 0 ? 'ja' : 'nee'} | € ${(band % 7) * 100},00 tot en met € ${(band % 7) * 100 + 99},99 | ${i} |`);
  }
  return ['regeling Groot', '  bron "bench"', 'invoer x: geheel getal ten minste 0', 'invoer b: ja/nee', 'invoer loon: bedrag ten minste € 0',
    'uitvoer r: getal of leeg', `regel r: getal of leeg is tabel ${beleid}`, '  | x | b | loon | r |', ...regels, '  | - | - | - | leeg |', ''].join('\n');
}

/** `regelwerk --help` and a `run` of one Crisisregeling case, the cache warmed by a first run. */
export function meetCli(root: string, keer: number, peildatum: string): CliMeting {
  const map = mkdtempSync(join(tmpdir(), 'regelwerk-bench-cli-'));
  try {
    const voorbeelden = JSON.parse(readFileSync(join(root, 'policies', 'voorbeelden', 'crisisregeling-personeelsbehoud.json'), 'utf8')) as unknown[];
    const invoer = join(map, 'een-geval.json');
    writeFileSync(invoer, JSON.stringify(voorbeelden[0]));
    const runArgs = ['run', 'policies/crisisregeling-personeelsbehoud.regel', '--invoer', invoer, '--peildatum', peildatum];
    meetSpawn(root, ['--help'], 1, 'regelwerk --help');
    // without --engine a single case is answered by the interpreter until the module is cached: cache it first
    meetSpawn(root, [...runArgs, '--engine', 'compiled'], 1, 'regelwerk run (cache opwarmen)');
    const tabel = (beleid: 'eerste' | 'uniek'): Spawnmeting => {
      const f = join(map, `tabel-${beleid}.regel`);
      writeFileSync(f, groteTabel(beleid, 3000));
      return meetSpawn(root, ['check', f], Math.min(keer, 3), `regelwerk check <3,000-row tabel ${beleid}>`, [0, 1]);
    };
    return {
      help: meetSpawn(root, ['--help'], keer, 'regelwerk --help'),
      run: meetSpawn(root, runArgs, keer, 'regelwerk run policies/crisisregeling-personeelsbehoud.regel --invoer <one case> --peildatum ' + peildatum),
      tabelUniek: tabel('uniek'),
      tabelEerste: tabel('eerste'),
    };
  } finally {
    rmSync(map, { recursive: true, force: true });
  }
}
