// The error of a compiler bug (generated code that TypeScript refuses): its own small module, so
// that the cache of `run` can throw and the CLI catch the one class without loading the compiler.
export class CompilerFout extends Error {}
