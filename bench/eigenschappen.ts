// Property tests per CPU second: `toetsEigenschappen` on a policy, on the compiled fast path with
// the interpreter as the check on a sample (compiler/node/snel-eigenschappen.ts), and on the
// interpreter alone for comparison; runs of the two interleaved, the median of each reported.
// The one-off cost of the fast path (TypeScript loaded once per process, then the functions
// written and emitted per policy) is measured and reported apart, and in a figure with it; and
// one run in a fresh process per engine, as a user's single `toetsEigenschappen` call meets it
// (cold JIT, TypeScript loaded and the functions emitted in that run's time).
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { toetsEigenschappen, type EigenschapOpties, type SnelPad } from '../compiler/analysis/eigenschappen.js';
import { snelleEigenschappen } from '../compiler/node/snel-eigenschappen.js';
import { laadBestand } from '../compiler/node/modules.js';
import type { Gecontroleerd } from '../language/checker.js';
import { cpuSeconden, mediaan } from './meten.js';

export interface EigenschapMeting {
  readonly properties: number;
  /** Cases in one run (every property `runs` cases; a pair counts once). */
  readonly cases: number;
  /** Median CPU seconds of one run on the fast path. */
  readonly cpuSeconds: number;
  /** Median over runs of cases per CPU second, fast path (the target's figure). */
  readonly casesPerSecond: number;
  /** The same on the interpreter alone. */
  readonly interpreterCasesPerSecond: number;
  /** CPU ms of loading TypeScript (once per process) and of writing and emitting the policy's fast functions. */
  readonly typescriptLoadCpuMs: number;
  readonly setupCpuMs: number;
  /** One run's cases per CPU second with the per-policy setup counted in. */
  readonly casesPerSecondWithSetup: number;
  /** Share of the fast engine's calls it answered itself (the rest went to the interpreter), counted in the warm-up. */
  readonly fastShare: number;
  readonly repetitions: number;
  /** One run in a fresh process, its CPU time from before the fast functions are made to the verdicts: cases per CPU second. */
  readonly freshProcess: { readonly fastPath: number; readonly interpreter: number } | null;
  readonly allPassed: boolean;
}

/** What the child process reports. */
interface Kind {
  readonly cases: number;
  readonly cpuSeconds: number;
  readonly allPassed: boolean;
}

/** One run in this (fresh) process: the child's side of `versProces`. */
function eenRun(bestand: string, peildatum: string, runs: number, seed: number, snel: boolean): Kind {
  const g = laadBestand(bestand).gecontroleerd;
  const t0 = cpuSeconden();
  const pad = snel ? snelleEigenschappen(g).snel : undefined;
  const uit = toetsEigenschappen(g, { runs, seed, peildatum, ...(pad ? { snel: pad } : {}) });
  return { cases: uit.reduce((n, u) => n + u.runs, 0), cpuSeconds: cpuSeconden() - t0, allPassed: uit.every((u) => u.geslaagd) };
}

/** Cases per CPU second of one run in a fresh process, or null when the child failed. */
function versProces(bestand: string, peildatum: string, runs: number, seed: number, snel: boolean): Kind | null {
  const kind = spawnSync(process.execPath, [fileURLToPath(import.meta.url), bestand, peildatum, String(runs), String(seed), snel ? 'snel' : 'interpreter'], { encoding: 'utf8' });
  if (kind.status !== 0) return null;
  return JSON.parse(kind.stdout) as Kind;
}

function cpuVan<T>(f: () => T): { uit: T; seconden: number } {
  const t0 = cpuSeconden();
  const uit = f();
  return { uit, seconden: cpuSeconden() - t0 };
}

/** `toetsEigenschappen` with `runs` cases per property, `herhalingen` times per engine, interleaved. */
export function meetEigenschappen(bestand: string, g: Gecontroleerd, peildatum: string, runs: number, seed: number, herhalingen = 3): EigenschapMeting {
  // the first call loads TypeScript, the second is what each further policy costs
  const laden = cpuVan(() => snelleEigenschappen(g));
  const opzet = cpuVan(() => snelleEigenschappen(g));
  const snel = opzet.uit.snel;
  let ja = 0;
  let nee = 0;
  const geteld: SnelPad = {
    record: (s) => snel.record(s),
    eigenschap: (e) => {
      const f = snel.eigenschap(e);
      return f && ((x, o) => {
        const r = f(x, o);
        if (r === undefined) nee++;
        else ja++;
        return r;
      });
    },
  };
  const basis: EigenschapOpties = { runs, seed, peildatum };
  // warm-up, both engines
  toetsEigenschappen(g, { ...basis, runs: Math.min(runs, 200), snel: geteld });
  toetsEigenschappen(g, { ...basis, runs: Math.min(runs, 50) });
  const snelle: number[] = [];
  const interpreter: number[] = [];
  let cases = 0;
  let allPassed = true;
  for (let i = 0; i < herhalingen; i++) {
    const s = cpuVan(() => toetsEigenschappen(g, { ...basis, seed: seed + i, snel }));
    const t = cpuVan(() => toetsEigenschappen(g, { ...basis, seed: seed + i }));
    cases = s.uit.reduce((n, u) => n + u.runs, 0);
    allPassed &&= s.uit.every((u) => u.geslaagd) && t.uit.every((u) => u.geslaagd);
    snelle.push(s.seconden);
    interpreter.push(t.uit.reduce((n, u) => n + u.runs, 0) / t.seconden);
  }
  const cpuSeconds = mediaan(snelle);
  const [vs, vi] = [versProces(bestand, peildatum, runs, seed, true), versProces(bestand, peildatum, runs, seed, false)];
  return {
    properties: g.eigenschappen.length,
    cases,
    cpuSeconds,
    casesPerSecond: cases / cpuSeconds,
    interpreterCasesPerSecond: mediaan(interpreter),
    typescriptLoadCpuMs: Math.max(0, laden.seconden - opzet.seconden) * 1000,
    setupCpuMs: opzet.seconden * 1000,
    casesPerSecondWithSetup: cases / (cpuSeconds + opzet.seconden),
    fastShare: ja / (ja + nee),
    repetitions: herhalingen,
    freshProcess: vs && vi ? { fastPath: vs.cases / vs.cpuSeconds, interpreter: vi.cases / vi.cpuSeconds } : null,
    allPassed: allPassed && (vs?.allPassed ?? false) && (vi?.allPassed ?? false),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [bestand, peildatum, runs, seed, engine] = process.argv.slice(2);
  process.stdout.write(JSON.stringify(eenRun(bestand!, peildatum!, Number(runs), Number(seed), engine === 'snel')));
}
