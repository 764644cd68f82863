// How long "compile all policies, type check included" takes, in a fresh process as
// `regelwerk compile policies/*.regel` would: load and check every policy, then one `compileer`
// (generate, prettier, type check with ts-morph, emit). Then the same warm, and its parts.
// Usage: node dist/bench/compileertijd.js <uitmap>; prints JSON on stdout and writes the modules.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { laadBestand, pakketMap } from '../compiler/node/modules.js';
import { compileer, schrijfModules } from '../compiler/node/compile.js';
import { genereer } from '../compiler/codegen/codegen.js';
import { mediaan } from './meten.js';

export interface Compileertijd {
  readonly policies: number;
  /** From process start to the first `compileer` done: Node, the compiler's modules, load, compile. */
  readonly coldProcessMs: number;
  /** Parse and check every policy (cold). */
  readonly loadAndCheckMs: number;
  /** The first `compileer` in the process (loads ts-morph and prettier, builds the TS program). */
  readonly compileColdMs: number;
  /** Median of later `compileer` calls in the same process. */
  readonly compileWarmMs: number;
  /** Parts of a warm compile: code generation and prettier; the rest is type check and emit. */
  readonly codegenWarmMs: number;
  readonly prettierWarmMs: number;
  readonly typecheckAndEmitWarmMs: number;
  /** For comparison, not what `compileer` does: emitting the generated code without a type check
   * (`ts.transpileModule` per module, warm). */
  readonly transpileOnlyWarmMs: number;
}

async function main(uitmap: string): Promise<void> {
  const root = pakketMap();
  const bestanden = readdirSync(join(root, 'policies')).filter((f) => f.endsWith('.regel')).sort();

  let t = performance.now();
  const policies = bestanden.map((f) => {
    const r = laadBestand(join(root, 'policies', f));
    if (!r.ok) throw new Error(`bench: policies/${f} bevat fouten`);
    return { g: r.gecontroleerd, bestand: `policies/${f}` };
  });
  const loadAndCheckMs = performance.now() - t;

  t = performance.now();
  let modules = await compileer(policies);
  const compileColdMs = performance.now() - t;
  const coldProcessMs = performance.now(); // performance.now() counts from process start

  const warm: number[] = [];
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    modules = await compileer(policies);
    warm.push(performance.now() - t);
  }

  const prettier = await import('prettier');
  const codegen: number[] = [];
  const opmaak: number[] = [];
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    const bronnen = policies.map((p) => genereer(p.g));
    codegen.push(performance.now() - t);
    t = performance.now();
    // The options of compile.ts's formatteer.
    await Promise.all(bronnen.map((b) => prettier.format(b, { parser: 'typescript', singleQuote: true, printWidth: 110 })));
    opmaak.push(performance.now() - t);
  }

  const ts = (await import('typescript')).default;
  const bronnen = policies.map((p) => genereer(p.g));
  const transpileer = (): number => {
    const t0 = performance.now();
    for (const b of bronnen) ts.transpileModule(b, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext } });
    return performance.now() - t0;
  };
  transpileer();
  const transpileOnlyWarmMs = mediaan([transpileer(), transpileer(), transpileer()]);

  await schrijfModules(modules, uitmap);
  const compileWarmMs = mediaan(warm);
  const uit: Compileertijd = {
    policies: policies.length,
    coldProcessMs,
    loadAndCheckMs,
    compileColdMs,
    compileWarmMs,
    codegenWarmMs: mediaan(codegen),
    prettierWarmMs: mediaan(opmaak),
    typecheckAndEmitWarmMs: compileWarmMs - mediaan(codegen) - mediaan(opmaak),
    transpileOnlyWarmMs,
  };
  process.stdout.write(JSON.stringify(uit));
}

const uitmap = process.argv[2];
if (!uitmap) {
  process.stderr.write('gebruik: node dist/bench/compileertijd.js <uitmap>\n');
  process.exit(2);
}
await main(uitmap);
