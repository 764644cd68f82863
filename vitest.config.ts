import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Vitest's default is one worker fewer than the cores: on CI's 2 cores that ran the files one
    // by one. Much of the time goes to tests that wait on child processes (the CLI, the cache's cold
    // compiles) or on Chromium, so three workers keep both cores busy (measured: 192 s -> 175 s).
    maxWorkers: 3,
    // The built package (dist/) loads as Node loads it for a user: one instance of the runtime, shared
    // with the compiled modules the CLI imports (otherwise their error classes would differ).
    server: { deps: { external: [/\/dist\//] } },
  },
});
