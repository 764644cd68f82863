// What the tests that run both engines share: the shape of a compiled module and one outcome of
// an evaluation, a result or a Regelwerk error, so the two engines' outcomes compare as values;
// and the policies of policies/, renamed ones and snel-randen.regel, compiled once per run for
// the differential, renamed and fast-path tests (differentieel*.test.ts, snel.test.ts).
import { expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Gecontroleerd } from '../../language/checker.js';
import { laad } from '../../language/index.js';
import { evalueer } from '../../compiler/interpreter/interpreter.js';
import { laadBestand, stdlibLader } from '../../compiler/node/modules.js';
import { eenmaalGecompileerd } from '../opzet/mappen.js';
import { hernoem } from './namen-generator.js';

export interface Module {
  evalueerMetUitleg(invoer: unknown, opties: unknown): { uitvoer: unknown; uitleg: unknown };
}

export type Uitkomst = { ok: true; uitvoer: unknown; uitleg: unknown } | { ok: false; soort: string; melding: string };

/** The outcome of `f`; anything but a Regelwerk error (a crash) is thrown on, for the test to show. */
export function vang(f: () => { uitvoer: unknown; uitleg: unknown }): Uitkomst {
  try {
    const r = f();
    return { ok: true, uitvoer: r.uitvoer, uitleg: r.uitleg };
  } catch (x) {
    const soort = (x as { soort?: unknown }).soort;
    if (typeof soort !== 'string') throw x;
    return { ok: false, soort, melding: (x as Error).message };
  }
}

/** Both engines on one input: the same outcome, byte-identical as JSON text (`toEqual` ignores key order). */
export function beideGelijk(g: Gecontroleerd, module: Module, invoer: unknown, opties: { peildatum?: string }): void {
  const a = vang(() => evalueer(g, invoer, opties));
  const b = vang(() => module.evalueerMetUitleg(invoer, opties));
  expect(b).toEqual(a);
  expect(JSON.stringify(b)).toBe(JSON.stringify(a));
}

const ROOT = join(import.meta.dirname, '../..');

/** The policies in policies/, by file name. */
export const POLICIES = readdirSync(join(ROOT, 'policies')).filter((f) => f.endsWith('.regel')).sort();
/** The renamings' seed: the run's (REGELWERK_SEED); variant v of policy p has seed HERNOEM_SEED + 101 p + v. */
export const HERNOEM_SEED = Number(process.env.REGELWERK_SEED ?? 20261001);
/** Renamings per policy: REGELWERK_HERNOEM_VARIANTEN, 1 by default. */
export const HERNOEM_VARIANTEN = Number(process.env.REGELWERK_HERNOEM_VARIANTEN ?? 1);

export interface Geladen {
  readonly g: Gecontroleerd;
  /** The compiled module (the caller knows which of its functions it uses). */
  readonly module: unknown;
  /** Its generated TypeScript. */
  readonly ts: string;
}

export interface Gedeeld {
  /** Each policy of policies/, by file name. */
  readonly gewoon: ReadonlyMap<string, Geladen>;
  /** Each policy with all its names renamed and hostile texts (namen-generator.ts). */
  readonly hernoemd: readonly (Geladen & { readonly bestand: string; readonly variant: number; readonly seed: number })[];
  /** test/engines/snel-randen.regel */
  readonly randen: Geladen;
}

let gedeeld: Promise<Gedeeld> | null = null;

/**
 * Every policy of policies/, each renamed (HERNOEM_VARIANTEN times) and snel-randen.regel, checked
 * and compiled once per run (one type check for all; test/opzet/mappen.ts). A renamed policy must
 * check without errors.
 */
export function gedeeldeModules(): Promise<Gedeeld> {
  gedeeld ??= (async () => {
    const bestand = (pad: string): { naam: string; tekst: string; g: Gecontroleerd } => {
      const r = laadBestand(pad);
      expect(r.diagnosen.filter((d) => d.ernst === 'fout'), pad).toEqual([]);
      return { naam: pad, tekst: r.tekst, g: r.gecontroleerd };
    };
    const gewoon = POLICIES.map((f) => ({ ...bestand(join(ROOT, 'policies', f)), bestand: f }));
    const hernoemd = POLICIES.flatMap((f, p) => Array.from({ length: HERNOEM_VARIANTEN }, (_, variant) => {
      const seed = HERNOEM_SEED + p * 101 + variant;
      const tekst = hernoem(readFileSync(join(ROOT, 'policies', f), 'utf8'), seed).tekst;
      const r = laad(tekst, f, stdlibLader);
      expect(r.diagnosen.filter((d) => d.ernst === 'fout'), `${f} (seed ${seed})`).toEqual([]);
      return { naam: f, tekst, g: r.gecontroleerd, bestand: f, variant, seed };
    }));
    const alle = [...gewoon, ...hernoemd, bestand(join(import.meta.dirname, 'snel-randen.regel'))];
    const modules = await eenmaalGecompileerd(alle);
    const geladen = alle.map((p, i) => ({ g: p.g, module: modules[i]!.module, ts: modules[i]!.ts }));
    return {
      gewoon: new Map(POLICIES.map((f, i) => [f, geladen[i]!])),
      hernoemd: hernoemd.map((p, i) => ({ ...geladen[gewoon.length + i]!, bestand: p.bestand, variant: p.variant, seed: p.seed })),
      randen: geladen[alle.length - 1]!,
    };
  })();
  return gedeeld;
}
