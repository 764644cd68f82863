// The typed CST (language/cst.ts) as Chevrotain generates it from the grammar. A script writes
// it (npm run genereer:cst) and a test checks the committed file still matches the grammar.
import { generateCstDts } from 'chevrotain';
import { grammaticaProducties } from './parser.js';

const KOP = '// Generated from the grammar (language/parser.ts and language/parser/) by `npm run genereer:cst`. Do not edit.\n';

export function cstTypen(): string {
  // Without the visitor interface the ICstVisitor import is unused; drop it for the type check.
  return KOP + generateCstDts(grammaticaProducties(), { includeVisitorInterface: false }).replace('ICstVisitor, ', '');
}
