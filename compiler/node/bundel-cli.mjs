// Build step: bundles the CLI (compiler/node/cli.ts as built in dist/) into dist/cli/: cli.js, which only
// dispatches, and a chunk with the commands that it loads when one runs. `regelwerk` then starts
// without resolving ~700 small module files (chevrotain's lodash-es, fast-check).
// Left outside the bundle: node:*, ts-morph, prettier and typescript (loaded only when compiling),
// DuckDB (a native module, loaded by `regelwerk bevolking`),
// and dist/runtime/: compiled modules import that runtime, and its error classes must be the very
// classes the CLI catches.
import { rolldown } from 'rolldown';
import { join, relative, resolve, sep } from 'node:path';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const runtime = join(dist, 'runtime') + sep;
const buiten = new Set(['ts-morph', 'prettier', 'typescript', '@duckdb']);

const bundel = await rolldown({
  input: join(dist, 'compiler', 'node', 'cli.js'),
  platform: 'node',
  logLevel: 'warn',
  plugins: [{
    name: 'runtime-en-compiler-buiten-de-bundel',
    resolveId(bron, importeur) {
      if (bron.startsWith('node:') || buiten.has(bron.split('/')[0])) return { id: bron, external: true };
      if (bron.startsWith('.') && importeur) {
        const pad = resolve(importeur, '..', bron);
        if (pad.startsWith(runtime)) return { id: '../' + relative(dist, pad).split(sep).join('/'), external: true };
      }
      return null;
    },
  }],
});
await bundel.write({ dir: join(dist, 'cli'), format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name].js' });
await bundel.close();
