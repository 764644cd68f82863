// The Node side of the regelwerk package (`regelwerk/node`): everything in `regelwerk`, plus loading
// policies from files, compiling them to checked and formatted TypeScript (ts-morph, prettier), the
// cache of compiled modules, property tests on the compiled fast path, and the CLI. The only folder that may import node:*, ts-morph or prettier.
export * from '../index.js';
export { laadBestand, mapLader, stdlibLader, pakketMap } from './modules.js';
export { compileer, schrijfModules, CompilerFout, type ModuleBestanden } from './compile.js';
export { voerUit } from './cli.js';
export { snelleEigenschappen, type SnelleEigenschappen } from './snel-eigenschappen.js';
