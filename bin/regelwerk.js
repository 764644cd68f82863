#!/usr/bin/env node
// Entry point of the `regelwerk` command; the CLI itself lives in compiler/cli.ts (built to dist/).
import { voerUit } from '../dist/compiler/cli.js';

voerUit(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
