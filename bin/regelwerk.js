#!/usr/bin/env node
// Entry point of the `regelwerk` command; the CLI itself lives in node/cli.ts (built to dist/).
import { voerUit } from '../dist/node/cli.js';

voerUit(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
