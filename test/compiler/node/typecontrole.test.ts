// The type check that `regelwerk compile` and the cache of `run` leave out (they emit without a
// program, to compile fast): here the generated code of every shipped policy, of every shipped
// policy renamed to dangerous names, and of random policies from the engines' generators is
// type-checked strictly against the runtime's declarations (`typeControle`), so a codegen type
// error still fails the suite. And what the fast emitter (Oxc, without a program) writes must mean
// what TypeScript's checked program does: the same declarations and the same JavaScript, compared
// after printing both the same way (parsed and printed again by Oxc: layout and quotes aside, equal
// text is an equal syntax tree).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { laad, tekstenLader, formatDiagnose } from '../../../language/index.js';
import type { Gecontroleerd } from '../../../language/checker.js';
import { genereer } from '../../../compiler/codegen/codegen.js';
import { CompilerFout, geefUit, typeControle } from '../../../compiler/node/compile.js';
import { mapLader, runtimeIngang, stdlibLader } from '../../../compiler/node/modules.js';
import { toetsSeed } from '../../opzet/mappen.js';
import { samenstelArb } from '../../engines/samenstel-generator.js';
import { conflictArb, regelingArb as luiArb } from '../../engines/lui-generator.js';
import { paarArb } from '../../engines/regeling-generator.js';
import { hernoem } from '../../engines/namen-generator.js';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const ROOT = join(import.meta.dirname, '../../..');
/** Random policies per generator (REGELWERK_TYPECONTROLE_AANTAL for more). */
const AANTAL = Number(process.env.REGELWERK_TYPECONTROLE_AANTAL ?? 4);

interface Module {
  readonly naam: string;
  readonly ts: string;
}

function gecontroleerd(tekst: string, bestand: string, regelingen = mapLader()): Gecontroleerd {
  const r = laad(tekst, bestand, stdlibLader, regelingen);
  const fouten = r.diagnosen.filter((d) => d.ernst === 'fout');
  expect(fouten.map((d) => formatDiagnose(d)), tekst).toEqual([]);
  return r.gecontroleerd;
}

const POLICIES = readdirSync(join(ROOT, 'policies')).filter((f) => f.endsWith('.regel')).sort();
const eigen: Module[] = [];
const willekeurig: Module[] = [];

beforeAll(() => {
  for (const f of POLICIES) {
    const pad = join(ROOT, 'policies', f);
    const tekst = readFileSync(pad, 'utf8');
    eigen.push({ naam: f.replace(/\.regel$/, ''), ts: genereer(gecontroleerd(tekst, pad)) });
    // every declared name renamed to one a generator once tripped over, every bron a hostile text
    willekeurig.push({ naam: `hernoemd-${f}`, ts: genereer(gecontroleerd(hernoem(tekst, toetsSeed()).tekst, pad)) });
  }
  const teksten = [
    ...fc.sample(samenstelArb(true), { numRuns: AANTAL }), ...fc.sample(samenstelArb(false), { numRuns: AANTAL }),
    ...fc.sample(luiArb(true), { numRuns: AANTAL }), ...fc.sample(luiArb(false), { numRuns: AANTAL }), ...fc.sample(conflictArb, { numRuns: AANTAL }),
  ];
  teksten.forEach((t, i) => willekeurig.push({ naam: `willekeurig${i}`, ts: genereer(gecontroleerd(t, `willekeurig${i}.regel`)) }));
  for (const [i, p] of fc.sample(paarArb, { numRuns: AANTAL }).entries()) {
    willekeurig.push({ naam: `beller${i}`, ts: genereer(gecontroleerd(p.beller, 'map/beller.regel', tekstenLader({ ander: p.ander }))) });
  }
}, 120_000);

/** The declarations of `modules` as a full, checked program emits them (against the runtime's declarations). */
async function declaratiesMetProgramma(modules: readonly Module[]): Promise<string[]> {
  const { Project, ts } = await import('ts-morph');
  const runtimeDts = fileURLToPath(runtimeIngang()).replace(/\.js$/, '.d.ts');
  const project = new Project({
    skipAddingFilesFromTsConfig: true,
    compilerOptions: {
      strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022, moduleResolution: ts.ModuleResolutionKind.Bundler,
      declaration: true, emitDeclarationOnly: true, lib: ['lib.es2022.d.ts'], types: [], skipLibCheck: true,
      outDir: '/uit', rootDir: '/bron', paths: { '@regelwerk/runtime': [runtimeDts] },
    },
  });
  modules.forEach((m, i) => project.createSourceFile(`/bron/m${i}.ts`, m.ts, { overwrite: true }));
  const uit = project.emitToMemory({ emitOnlyDtsFiles: true });
  return modules.map((_, i) => uit.getFiles().find((f) => f.filePath.endsWith(`/m${i}.d.ts`))!.text);
}

describe('de typecontrole van gegenereerde code (niet meer in compile: hier)', () => {
  it('elke meegeleverde regeling typeert strikt', async () => {
    expect(eigen.length).toBe(POLICIES.length);
    await typeControle(eigen);
  }, 120_000);

  it('hernoemde regelingen en willekeurige uit de generatoren typeren strikt', async () => {
    expect(willekeurig.length).toBe(POLICIES.length + 6 * AANTAL);
    await typeControle(willekeurig);
  }, 120_000);

  it('een typefout in de code van een regeling valt op, met de naam van de module', async () => {
    const kapot = eigen.map((m) => (m.naam === 'ketenbepaling' ? { ...m, ts: `${m.ts}\nexport const fout: number = regeling.naam;\n` } : m));
    const fout = typeControle(kapot);
    await expect(fout).rejects.toBeInstanceOf(CompilerFout);
    await expect(fout).rejects.toThrow(/typefouten[\s\S]*ketenbepaling\.ts/);
  }, 120_000);
});

describe('uitgeven zonder programma', () => {
  it('de declaraties en het JavaScript zijn die van TypeScript, op dezelfde manier gedrukt; de documentatie blijft staan', async () => {
    const { ts } = await import('ts-morph');
    const oxc = createRequire(import.meta.url)('rolldown/experimental') as {
      transformSync(f: string, c: string, o: { lang: 'js' }): { code: string };
      isolatedDeclarationSync(f: string, c: string, o: object): { code: string };
    };
    const gedrukt = (code: string, dts: boolean): string => (dts ? oxc.isolatedDeclarationSync('m.d.ts', code, {}) : oxc.transformSync('m.js', code, { lang: 'js' })).code;
    const modules = [...eigen, ...willekeurig.filter((_, i) => i % 3 === 0)];
    const zonder = geefUit(modules);
    const met = await declaratiesMetProgramma(modules);
    zonder.forEach((m, i) => {
      const naam = modules[i]!.naam;
      expect(gedrukt(m.dts, true), naam).toBe(gedrukt(met[i]!, true));
      const tsJs = ts.transpileModule(modules[i]!.ts, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022 } }).outputText;
      // a used policy is a TypeScript namespace, which each emitter lowers its own way (var or let, the
      // parameter's name): there the engines' tests, which run the emitted code, are the comparison
      if (!/^namespace /m.test(modules[i]!.ts)) expect(gedrukt(m.js, false), naam).toBe(gedrukt(tsJs, false));
      expect(m.js, naam).toMatch(/^import \* as rt from ['"]@regelwerk\/runtime['"];$/m);
      expect(m.js, naam).not.toMatch(/^export interface|^interface /m);
    });
    // the bron of each input stays a doc comment in the declarations, for the editor of whoever imports the module
    expect(zonder[0]!.dts).toContain('/** "Kamerbrief hervorming arbeidsmarkt');
  }, 120_000);

  it('een export zonder uitgeschreven type of een syntaxfout is een compilerfout', () => {
    expect(() => geefUit([{ naam: 'afgeleid', ts: 'function f() { return { a: 1 }; }\nexport const x = f();\n' }])).toThrow(/interne compilerfout[\s\S]*afgeleid\.ts/);
    expect(() => geefUit([{ naam: 'kapot', ts: 'export const x: number = (1;\n' }])).toThrow(CompilerFout);
  });
});
