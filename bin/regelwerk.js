#!/usr/bin/env node
// Entry point of the `regelwerk` command; the CLI itself lives in compiler/cli.ts (built to dist/).
import { main } from '../dist/compiler/cli.js';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (fout) => {
    process.stderr.write(`regelwerk: interne fout: ${fout instanceof Error ? fout.message : String(fout)}\n`);
    process.exitCode = 70;
  },
);
