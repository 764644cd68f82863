// Writes language/cst.ts, the typed CST, from the built grammar (dist/). Run: npm run genereer:cst
import { writeFileSync } from 'node:fs';
import { cstTypen } from '../dist/language/cst-typen.js';

writeFileSync(new URL('./cst.ts', import.meta.url), cstTypen());
