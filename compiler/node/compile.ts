// `regelwerk compile` and the cache of `run`: generated TypeScript, emitted as .ts, .js and .d.ts
// module by module with Oxc (no program, no type check: a cold compile of every policy takes about
// a second, most of it loading and checking the policies), formatted with prettier only when asked. The strict type check of generated code is
// here too, for the test suite: a type error in generated code is a compiler bug.
import { existsSync, writeFileSync } from 'node:fs';
import { maakMap } from './bestanden.js';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Gecontroleerd } from '../../language/checker.js';
import { genereer } from '../codegen/codegen.js';
import { runtimeIngang } from './pakket.js';
import { CompilerFout } from './compilerfout.js';
import type { ts as Ts } from 'ts-morph'; // types only: ts-morph itself loads on first compile

/** The files of one compiled policy: its module name and the TypeScript, JavaScript and declarations. */
export interface ModuleBestanden {
  readonly naam: string;
  readonly ts: string;
  readonly js: string;
  readonly dts: string;
}

export { CompilerFout };

/** The module's file name: the policy file's name without `.regel` (ketenbepaling.regel -> ketenbepaling). */
export function moduleNaam(bestand: string): string {
  return basename(bestand).replace(/\.regel$/, '');
}

/**
 * Why the policy file `bestand` cannot be compiled under its own name, or null. A module `x.d`
 * would be written as `x.d.ts`, which TypeScript reads as a declaration file (no code; and the
 * declarations of a module `x`); a file named only `.regel` would be `.ts` and `.d.ts`.
 */
export function moduleNaamFout(bestand: string): string | null {
  const naam = moduleNaam(bestand);
  if (naam === '') return `'${bestand}' heeft geen naam voor '.regel', en de module zou '.ts' heten; geef het bestand een naam`;
  if (/\.d$/i.test(naam)) return `'${bestand}' zou de module '${naam}.ts' worden, en een naam op '.d.ts' is voor TypeScript een declaratiebestand zonder code; geef het bestand een naam die niet op '.d.regel' eindigt (bijvoorbeeld '${naam.slice(0, -2)}-d.regel')`;
  return null;
}

async function formatteer(ts: string): Promise<string> {
  const prettier = await import('prettier');
  // babel-ts prints generated code the same as the typescript parser and starts up faster.
  return prettier.format(ts, { parser: 'babel-ts', singleQuote: true, printWidth: 110 });
}

/**
 * TypeScript, loaded on first use: the copy ts-morph (a dependency) carries, required as CommonJS
 * (an ESM import of it would first scan its 9 MB for export names).
 */
function typescript(): typeof Ts {
  const vanTsMorph = createRequire(createRequire(import.meta.url).resolve('ts-morph'));
  return (vanTsMorph('@ts-morph/common') as { ts: typeof Ts }).ts;
}

/**
 * Compiles checked policies: generates each module's TypeScript and emits its JavaScript and
 * declarations without a type check (`geefUit`). That is what makes a cold compile fast; the
 * generated code's types are checked by the test suite (`typeControle`, on every shipped policy
 * and on generated ones). `opmaak` formats the TypeScript with prettier (`compile --opmaak`);
 * the JavaScript and the declarations are TypeScript's print either way.
 */
export async function compileer(policies: readonly { g: Gecontroleerd; bestand: string }[], { opmaak = false }: { opmaak?: boolean } = {}): Promise<ModuleBestanden[]> {
  const bronnen = await Promise.all(policies.map(async ({ g, bestand }) => ({ naam: moduleNaam(bestand), ts: opmaak ? await formatteer(genereer(g)) : genereer(g) })));
  return geefUit(bronnen);
}

/** The options of both the emit and the type check: what the emitted files are the same under. */
function opties(ts: typeof Ts): Ts.CompilerOptions {
  return { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022, declaration: true };
}

/** The emitter of `geefUit`: Oxc's TypeScript transform and isolated declarations, as rolldown ships them (native, no program). */
interface Oxc {
  transformSync(bestand: string, code: string, opties: { lang: 'ts'; target: string; sourcemap: false }): { code: string; errors: readonly { message: string }[] };
  isolatedDeclarationSync(bestand: string, code: string, opties: { stripInternal: false; sourcemap: false }): { code: string; errors: readonly { message: string }[] };
}

let oxc: Oxc | null = null;

/** rolldown's Oxc bindings, loaded on first use (CommonJS entry: no ESM scan). */
function oxcLaden(): Oxc {
  return (oxc ??= createRequire(import.meta.url)('rolldown/experimental') as Oxc);
}

/**
 * Emits TypeScript modules as .js and .d.ts without type-checking them, with Oxc (a native
 * TypeScript transform: types stripped, nothing resolved, each file on its own) in a few
 * milliseconds per module, where TypeScript's emit takes a second cold. The declarations need no
 * inference (isolated declarations): the generator writes every exported type, and the test
 * suite checks they are what a checked TypeScript program declares. A syntax error, or an export
 * whose type would have to be inferred, throws a CompilerFout naming the module: in generated code
 * it is a compiler bug.
 */
export function geefUit(bronnen: readonly { naam: string; ts: string }[]): ModuleBestanden[] {
  const o = oxcLaden();
  return bronnen.map(({ naam, ts: code }) => {
    // a fixed file name: the module's own name may hold any character, and only the extension matters here
    const js = o.transformSync('module.ts', code, { lang: 'ts', target: 'es2022', sourcemap: false });
    if (js.errors.length > 0) throw new CompilerFout(`interne compilerfout: de gegenereerde code is geen geldige TypeScript (${naam}.ts)\n${js.errors.map((e) => e.message).join('\n')}`);
    const dts = o.isolatedDeclarationSync('module.ts', code, { stripInternal: false, sourcemap: false });
    if (dts.errors.length > 0) throw new CompilerFout(`interne compilerfout: de gegenereerde code heeft een export waarvan het type niet is uitgeschreven (${naam}.ts)\n${dts.errors.map((e) => e.message).join('\n')}`);
    return { naam, ts: code, js: js.code, dts: dts.code };
  });
}

/** Errors among `ds` as a CompilerFout that names each module (files are named m0.ts, m1.ts, ... by position). */
function meldFouten(ts: typeof Ts, ds: readonly Ts.Diagnostic[], bronnen: readonly { naam: string }[], wat: string): void {
  const fouten = ds.filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (fouten.length === 0) return;
  const host = { getCanonicalFileName: (f: string) => f, getCurrentDirectory: () => '/', getNewLine: () => '\n' };
  const tekst = ts.formatDiagnosticsWithColorAndContext(fouten.slice(0, 10), host).replace(/\u001b\[[0-9;]*m/g, '')
    .replace(/regelwerk-bron\/m(\d+)\.ts/g, (_, i: string) => `regelwerk-bron/${bronnen[Number(i)]!.naam}.ts`);
  throw new CompilerFout(`interne compilerfout: ${wat}\n${tekst}`);
}

/**
 * The full type check of generated modules (strict, `noUncheckedIndexedAccess`, against the
 * runtime's declarations), in one program for all: what the emit above leaves out. A type error
 * throws a CompilerFout; in generated code it is a compiler bug. The test suite runs it on every
 * shipped policy and on generated ones (test/compiler/node/typecontrole.test.ts).
 */
export async function typeControle(bronnen: readonly { naam: string; ts: string }[]): Promise<void> {
  const { Project, ts } = await import('ts-morph');
  const runtimeDts = fileURLToPath(runtimeIngang()).replace(/\.js$/, '.d.ts');
  if (!existsSync(runtimeDts)) throw new CompilerFout(`de runtime ontbreekt (${runtimeDts}); draai eerst 'npm run build'`);
  const project = new Project({
    useInMemoryFileSystem: false,
    skipAddingFilesFromTsConfig: true,
    compilerOptions: {
      ...opties(ts), noImplicitAny: true, noUncheckedIndexedAccess: true, lib: ['lib.es2022.d.ts'],
      module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
      skipLibCheck: true, types: [], noEmit: true, paths: { '@regelwerk/runtime': [runtimeDts] },
    },
  });
  bronnen.forEach(({ ts: code }, i) => project.createSourceFile(`/regelwerk-bron/m${i}.ts`, code, { overwrite: true }));
  const programma = project.getProgram().compilerObject;
  const bestanden = project.getSourceFiles().map((f) => f.compilerNode);
  meldFouten(ts, [...programma.getOptionsDiagnostics(), ...programma.getGlobalDiagnostics(),
    ...bestanden.flatMap((f) => [...programma.getSyntacticDiagnostics(f), ...programma.getSemanticDiagnostics(f)])], bronnen, 'de gegenereerde code bevat typefouten');
}

/**
 * Writes each module as `.ts`, `.js` (an ES module) and `.d.ts`; with `commonjs` the JavaScript is a
 * CommonJS module instead, `.cjs` with `.d.cts`, for a project without `"type": "module"` (its
 * `require('@regelwerk/runtime')` loads the runtime, an ES module, as Node 20.19 and later do).
 */
export async function schrijfModules(modules: readonly ModuleBestanden[], map: string, { commonjs = false }: { commonjs?: boolean } = {}): Promise<string[]> {
  const cjs = commonjs ? alsCommonJs() : null;
  maakMap(map);
  const paden: string[] = [];
  for (const m of modules) {
    const bestanden = cjs ? [['.ts', m.ts], ['.cjs', cjs(m.js)], ['.d.cts', m.dts]] as const : [['.ts', m.ts], ['.js', m.js], ['.d.ts', m.dts]] as const;
    for (const [ext, inhoud] of bestanden) {
      const pad = join(map, `${m.naam}${ext}`);
      writeFileSync(pad, inhoud);
      paden.push(pad);
    }
  }
  return paden;
}

/** ES module JavaScript as CommonJS (TypeScript's own transform: imports become `require`, exports `exports.x`). */
function alsCommonJs(): (js: string) => string {
  const ts = typescript();
  return (js) => ts.transpileModule(js, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } }).outputText;
}
