// How long "compile all policies" takes, in a fresh process as `regelwerk compile policies/*.regel`
// would: load and check every policy, then one `compileer` (generate, emit .js and .d.ts without a
// type check). Then the same warm, and its parts; and, for comparison, what `compile` no longer
// does by default: prettier (`--opmaak`) and the full type check (which the test suite runs).
// Usage: node dist/bench/compileertijd.js <uitmap>; prints JSON on stdout and writes the modules.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { laadBestand, pakketMap } from '../compiler/node/modules.js';
import { compileer, geefUit, schrijfModules, typeControle } from '../compiler/node/compile.js';
import { genereer } from '../compiler/codegen/codegen.js';
import { mediaan } from './meten.js';

export interface Compileertijd {
  readonly policies: number;
  /** From process start to the first `compileer` done: Node, the compiler's modules, load, compile. */
  readonly coldProcessMs: number;
  /** Parse and check every policy (cold). */
  readonly loadAndCheckMs: number;
  /** The first `compileer` in the process (loads TypeScript, generates, emits). */
  readonly compileColdMs: number;
  /** Median of later `compileer` calls in the same process. */
  readonly compileWarmMs: number;
  /** Parts of a warm compile: code generation, and the emit of .js and .d.ts (`geefUit`). */
  readonly codegenWarmMs: number;
  readonly emitWarmMs: number;
  /** Not part of `compile` by default: prettier over every module (`compile --opmaak`), warm. */
  readonly prettierWarmMs: number;
  /** Not part of `compile`: the strict type check of all generated modules (`typeControle`, run by the test suite), warm. */
  readonly typecheckWarmMs: number;
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
  const uitgeven: number[] = [];
  const opmaak: number[] = [];
  const typen: number[] = [];
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    const bronnen = policies.map((p, k) => ({ naam: `m${k}`, ts: genereer(p.g) }));
    codegen.push(performance.now() - t);
    t = performance.now();
    geefUit(bronnen);
    uitgeven.push(performance.now() - t);
    t = performance.now();
    // The options of compile.ts's formatteer.
    await Promise.all(bronnen.map((b) => prettier.format(b.ts, { parser: 'babel-ts', singleQuote: true, printWidth: 110 })));
    opmaak.push(performance.now() - t);
    t = performance.now();
    await typeControle(bronnen);
    typen.push(performance.now() - t);
  }

  await schrijfModules(modules, uitmap);
  const compileWarmMs = mediaan(warm);
  const uit: Compileertijd = {
    policies: policies.length,
    coldProcessMs,
    loadAndCheckMs,
    compileColdMs,
    compileWarmMs,
    codegenWarmMs: mediaan(codegen),
    emitWarmMs: mediaan(uitgeven),
    prettierWarmMs: mediaan(opmaak),
    typecheckWarmMs: mediaan(typen),
  };
  process.stdout.write(JSON.stringify(uit));
}

const uitmap = process.argv[2];
if (!uitmap) {
  process.stderr.write('gebruik: node dist/bench/compileertijd.js <uitmap>\n');
  process.exit(2);
}
await main(uitmap);
