// Bundles the extension (src/extension.mjs) with vscode-languageclient into dist/extension.cjs (or
// <map>/dist/extension.cjs for `node bundel.mjs <map>`), so the .vsix needs no node_modules and
// `vsce package --no-dependencies` fetches nothing.
// `vscode` is provided by VS Code itself; node:* by Node.
import { rolldown } from 'rolldown';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

const buiten = new Set(['vscode', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const bundel = await rolldown({
  input: join(import.meta.dirname, 'src', 'extension.mjs'),
  platform: 'node',
  logLevel: 'warn',
  external: (id) => buiten.has(id),
});
await bundel.write({ file: join(process.argv[2] ?? import.meta.dirname, 'dist', 'extension.cjs'), format: 'cjs' });
await bundel.close();
