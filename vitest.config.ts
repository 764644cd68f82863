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
    // The built package (dist/) loads as Node loads it for a user: one instance of the runtime, shared
    // with the compiled modules the CLI imports (otherwise their error classes would differ).
    server: { deps: { external: [/\/dist\//] } },
  },
});
