#!/usr/bin/env node
// Entry point of the `regelwerk` command; the CLI itself lives in compiler/node/cli.ts, built and bundled into dist/cli/ (compiler/node/bundel-cli.mjs).
import { voerUit } from '../dist/cli/cli.js';

voerUit(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
