// `regelwerk compile`: generated TypeScript, formatted with prettier, type-checked (strict) with
// ts-morph, and emitted as .ts, .js and .d.ts. A type error in generated code is a compiler bug.
import { existsSync, writeFileSync } from 'node:fs';
import { maakMap } from './bestanden.js';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Gecontroleerd } from '../../language/checker.js';
import { genereer } from '../codegen/codegen.js';
import { runtimeIngang } from './modules.js';
import type { ts as Ts } from 'ts-morph'; // types only: ts-morph itself loads on first compile

/** The files of one compiled policy: its module name and the TypeScript, JavaScript and declarations. */
export interface ModuleBestanden {
  readonly naam: string;
  readonly ts: string;
  readonly js: string;
  readonly dts: string;
}

export class CompilerFout extends Error {}

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
 * Compiles several checked policies in one ts-morph project (one type check for all). `opmaak`
 * false skips prettier: for a module only a machine reads (the cache of `run`), where loading
 * prettier would be most of a cold run's extra time; the type check runs either way.
 */
export async function compileer(policies: readonly { g: Gecontroleerd; bestand: string }[], { opmaak = true }: { opmaak?: boolean } = {}): Promise<ModuleBestanden[]> {
  const bronnen = await Promise.all(policies.map(async ({ g, bestand }) => ({ naam: moduleNaam(bestand), ts: opmaak ? await formatteer(genereer(g)) : genereer(g) })));
  return controleerEnGeefUit(bronnen);
}

/**
 * Type-checks TypeScript modules (strict) and emits their .js and .d.ts. A type error throws a
 * CompilerFout: in generated code it is a compiler bug.
 */
export async function controleerEnGeefUit(bronnen: readonly { naam: string; ts: string }[]): Promise<ModuleBestanden[]> {
  const { Project, ts } = await import('ts-morph');
  const runtimeDts = fileURLToPath(runtimeIngang()).replace(/\.js$/, '.d.ts');
  if (!existsSync(runtimeDts)) throw new CompilerFout(`de runtime ontbreekt (${runtimeDts}); draai eerst 'npm run build'`);
  const project = new Project({
    useInMemoryFileSystem: false,
    skipAddingFilesFromTsConfig: true,
    compilerOptions: {
      strict: true, noImplicitAny: true, noUncheckedIndexedAccess: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts'],
      module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, declaration: true,
      skipLibCheck: true, types: [], outDir: '/regelwerk-uit', rootDir: '/regelwerk-bron',
      paths: { '@regelwerk/runtime': [runtimeDts] },
    },
  });
  // Files by position, not by module name: a name from a file name may hold any character
  // (a line break, a slash), and it is no part of the code.
  bronnen.forEach(({ ts: code }, i) => project.createSourceFile(`/regelwerk-bron/m${i}.ts`, code, { overwrite: true }));
  // Syntax and types of the generated files; declaration errors come with the emit below, so
  // the declarations are not produced twice (getPreEmitDiagnostics would).
  const programma = project.getProgram().compilerObject;
  const bestanden = project.getSourceFiles().map((f) => f.compilerNode);
  const voorEmit = [...programma.getOptionsDiagnostics(), ...programma.getGlobalDiagnostics(),
    ...bestanden.flatMap((f) => [...programma.getSyntacticDiagnostics(f), ...programma.getSemanticDiagnostics(f)])];
  const typefouten = (ds: readonly Ts.Diagnostic[]): void => {
    const fouten = ds.filter((d) => d.category === ts.DiagnosticCategory.Error);
    if (fouten.length === 0) return;
    const host = { getCanonicalFileName: (f: string) => f, getCurrentDirectory: () => '/', getNewLine: () => '\n' };
    const tekst = ts.formatDiagnosticsWithColorAndContext(fouten.slice(0, 10), host).replace(/\u001b\[[0-9;]*m/g, '')
      .replace(/regelwerk-bron\/m(\d+)\.ts/g, (_, i: string) => `regelwerk-bron/${bronnen[Number(i)]!.naam}.ts`); // name the module, not its position
    throw new CompilerFout(`interne compilerfout: de gegenereerde code bevat typefouten\n${tekst}`);
  };
  typefouten(voorEmit);
  const uit = project.emitToMemory();
  typefouten(uit.getDiagnostics().map((d) => d.compilerObject));
  return bronnen.map(({ naam, ts: code }, i) => {
    const bestand = (ext: string): string => {
      const f = uit.getFiles().find((x) => x.filePath.endsWith(`/m${i}${ext}`));
      if (!f) throw new CompilerFout(`interne compilerfout: ${naam}${ext} is niet uitgegeven`);
      return f.text;
    };
    return { naam, ts: code, js: bestand('.js'), dts: bestand('.d.ts') };
  });
}

/**
 * Writes each module as `.ts`, `.js` (an ES module) and `.d.ts`; with `commonjs` the JavaScript is a
 * CommonJS module instead, `.cjs` with `.d.cts`, for a project without `"type": "module"` (its
 * `require('@regelwerk/runtime')` loads the runtime, an ES module, as Node 20.19 and later do).
 */
export async function schrijfModules(modules: readonly ModuleBestanden[], map: string, { commonjs = false }: { commonjs?: boolean } = {}): Promise<string[]> {
  const cjs = commonjs ? await alsCommonJs() : null;
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
async function alsCommonJs(): Promise<(js: string) => string> {
  const { ts } = await import('ts-morph');
  return (js) => ts.transpileModule(js, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } }).outputText;
}
