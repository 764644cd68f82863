import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Vitest's default is one worker fewer than the cores: on CI's 2 cores that ran the files one
    // by one. Use both. (Three workers were measured too: the suite is CPU-bound, so the tests only
    // ran slower side by side, 191 s either way, with more room for timing flakes in Chromium.)
    maxWorkers: 2,
    // Test files in one worker share the loaded modules instead of importing the compiler afresh
    // per file (measured: vitest 181 s -> 143 s, import 42 s -> 8 s, CPU 4 m 18 s -> 2 m 39 s).
    // Files keep no shared mutable state: the lexer and parser reset per input, environment
    // changes are restored in `finally`, and every temporary folder is per file.
    isolate: false,
    // The built package (dist/) loads as Node loads it for a user: one instance of the runtime, shared
    // with the compiled modules the CLI imports (otherwise their error classes would differ).
    server: { deps: { external: [/\/dist\//] } },
    // Once per run: one seed for every generator (printed), and one folder for the cache, the
    // temporary folders and the compiled modules of the tests, removed at the end. Per file:
    // fast-check takes that seed.
    globalSetup: ['test/opzet/globaal.ts'],
    setupFiles: ['test/opzet/per-bestand.ts'],
  },
});
