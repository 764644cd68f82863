// What the tests that run both engines share: the shape of a compiled module and one outcome of
// an evaluation, a result or a Regelwerk error, so the two engines' outcomes compare as values;
// and the policies of policies/, renamed ones and snel-randen.regel, compiled once per run for
// the differential, renamed and fast-path tests (differentieel*.test.ts, snel.test.ts).
import { expect } from 'vitest';
import { copyFileSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Gecontroleerd } from '../../language/checker.js';
import type { GecompileerdeModule } from '../../runtime/runtime.js';
import { laad, tekstenLader } from '../../language/index.js';
import { evalueer, evaluatieVan, GelezenInvoer, leesGeldigeInvoer } from '../../compiler/interpreter/interpreter.js';
import { laadBestand, pakketMap, stdlibLader } from '../../compiler/node/modules.js';
import { eenmaalGecompileerd, moduleMap } from '../opzet/mappen.js';
import { hernoem } from './namen-generator.js';

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

/**
 * The outcome of `f` as it is, or the error's name and message for a Regelwerk error, so both
 * engines' errors can be compared; anything else (a crash) is thrown on, so two engines crashing
 * alike do not agree. Unlike `vang`, for any result and with the error's name (RegelwerkRekenFout).
 */
export function uitkomst(f: () => unknown): unknown {
  try {
    return f();
  } catch (x) {
    if (typeof (x as { soort?: unknown }).soort !== 'string') throw x;
    return { fout: (x as Error).name, melding: (x as Error).message };
  }
}

/** Both engines on one input: the same outcome, byte-identical as JSON text (`toEqual` ignores key order). */
export function beideGelijk(g: Gecontroleerd, module: GecompileerdeModule, invoer: unknown, opties: { peildatum?: string }): void {
  const a = vang(() => evalueer(g, invoer, opties));
  const b = vang(() => module.evalueerMetUitleg(invoer, opties));
  expect(b).toEqual(a);
  expect(JSON.stringify(b)).toBe(JSON.stringify(a));
}

/** An outcome without explanation, as evalueerExact gives it. */
function zonderUitleg(u: Uitkomst): unknown {
  return u.ok ? { ok: true, uitvoer: u.uitvoer } : u;
}

/**
 * Every engine on one input: the interpreter with explanation against the compiled module with
 * explanation (outputs, errors with their message, explanation trees, byte for byte as JSON), both
 * without explanation (evalueerExact, and the interpreter on input read once) against those
 * outputs and errors, and the fast path, where it answers, against the exact one. `waar` names the
 * case in a failure. Returns the interpreter's outcome and whether the fast path answered.
 */
export function alleEnginesGelijk(g: Gecontroleerd, module: GecompileerdeModule, invoer: unknown, opties: { peildatum?: string; parameters?: Readonly<Record<string, unknown>> }, waar: string): { referentie: Uitkomst; snel: boolean } {
  const referentie = vang(() => evalueer(g, invoer, opties));
  const metUitleg = vang(() => module.evalueerMetUitleg(invoer, opties));
  expect(metUitleg, waar).toEqual(referentie);
  expect(JSON.stringify(metUitleg), waar).toBe(JSON.stringify(referentie));
  const exact = vang(() => ({ uitvoer: module.evalueerExact(invoer, opties), uitleg: null }));
  expect(zonderUitleg(exact), waar).toEqual(zonderUitleg(referentie));
  const gelezen = leesGeldigeInvoer(g, invoer, opties);
  if (gelezen instanceof GelezenInvoer) {
    const stil = vang(() => ({ uitvoer: evaluatieVan(gelezen).uitvoer(), uitleg: null }));
    expect(zonderUitleg(stil), waar).toEqual(zonderUitleg(referentie));
  } else {
    expect(referentie, waar).toMatchObject({ ok: false, soort: 'invoer' });
  }
  const snel = module.evalueerSnel(invoer, opties);
  if (snel === undefined) return { referentie, snel: false };
  expect(exact, `${waar}\nsnel gaf ${JSON.stringify(snel)}`).toMatchObject({ ok: true });
  expect(JSON.stringify(snel), waar).toBe(JSON.stringify((exact as { uitvoer: unknown }).uitvoer));
  return { referentie, snel: true };
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
  /** The compiled module. */
  readonly module: GecompileerdeModule;
  /** Its generated TypeScript. */
  readonly ts: string;
  /** The path of its declaration file (.d.ts). */
  readonly dts: string;
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
    // a renamed policy uses the policies beside it as they are (`gebruik regeling`)
    const naast = tekstenLader(Object.fromEntries(POLICIES.map((f) => [f.replace(/\.regel$/, ''), readFileSync(join(ROOT, 'policies', f), 'utf8')])));
    const hernoemd = POLICIES.flatMap((f, p) => Array.from({ length: HERNOEM_VARIANTEN }, (_, variant) => {
      const seed = HERNOEM_SEED + p * 101 + variant;
      const tekst = hernoem(readFileSync(join(ROOT, 'policies', f), 'utf8'), seed).tekst;
      const r = laad(tekst, f, stdlibLader, naast);
      expect(r.diagnosen.filter((d) => d.ernst === 'fout'), `${f} (seed ${seed})`).toEqual([]);
      return { naam: f, tekst, g: r.gecontroleerd, bestand: f, variant, seed };
    }));
    const alle = [...gewoon, ...hernoemd, bestand(join(import.meta.dirname, 'snel-randen.regel'))];
    const modules = await eenmaalGecompileerd(alle);
    const geladen = alle.map((p, i) => ({ g: p.g, module: modules[i]!.module as GecompileerdeModule, ts: modules[i]!.ts, dts: modules[i]!.dts }));
    return {
      gewoon: new Map(POLICIES.map((f, i) => [f, geladen[i]!])),
      hernoemd: hernoemd.map((p, i) => ({ ...geladen[gewoon.length + i]!, bestand: p.bestand, variant: p.variant, seed: p.seed })),
      randen: geladen[alle.length - 1]!,
    };
  })();
  return gedeeld;
}

/**
 * The type errors of assigning each compiled module (its .d.ts at `dtsPaden[i]`, as a user's code
 * sees it) to GecompileerdeModule<Invoer, Uitvoer, Parameters> of that module (as `t<i>`, module i
 * being `M<i>`), followed by the code `extra`; each error as `<line>: <message>`. Declarations
 * only, so the check is quick.
 */
export async function moduleTypeFouten(dtsPaden: readonly string[], extra = ''): Promise<string[]> {
  const { Project, ts } = await import('ts-morph');
  const project = new Project({
    skipAddingFilesFromTsConfig: true,
    compilerOptions: {
      strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts'], types: [],
      module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
      paths: { '@regelwerk/runtime': [join(pakketMap(), 'runtime', 'dist', 'runtime.d.ts')] },
    },
  });
  // The declarations alone in a folder of their own: next to the .ts, an import would load that.
  const dts = moduleMap('dts');
  dtsPaden.forEach((pad, i) => {
    copyFileSync(pad, join(dts, `m${i}.d.ts`));
    project.addSourceFileAtPath(join(dts, `m${i}.d.ts`));
  });
  const toets = [
    `import type { GecompileerdeModule } from '@regelwerk/runtime';`,
    ...dtsPaden.map((_, i) => `import * as M${i} from ${JSON.stringify(`./m${i}.js`)};\nexport const t${i}: GecompileerdeModule<M${i}.Invoer, M${i}.Uitvoer, M${i}.Parameters> = M${i};`),
    extra,
  ].join('\n');
  const bestand = project.createSourceFile(join(dts, 'module-type-toets.ts'), toets, { overwrite: true });
  return project.getPreEmitDiagnostics().map((d) => `${d.getSourceFile() === bestand ? d.getLineNumber() : d.getSourceFile()?.getBaseName()}: ${ts.flattenDiagnosticMessageText(d.compilerObject.messageText, '\n')}`);
}
