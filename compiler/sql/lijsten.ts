// Lists in SQL: `aantal`, `som`, `eerste`/`laatste`, `elk`, `er is een`, `voor alle` and `vouw`
// over a list of records. What is not translated exactly is refused with RW6005 naming the clause.
import type * as A from '../../language/ast.js';
import { type Omgeving, type S, type Vertaler, buiten, eerst, mits, tekst } from './waarde.js';
import { schaal } from './getallen.js';

export function lijstOp(x: Vertaler, e: A.Expr & { kind: 'LijstOp' }, env: Omgeving): S {
  if (e.arg.kind === 'Tupel') return tupelOp(x, e, e.arg, env);
  return buiten('RW6005', `'${e.op}' van een lijst`, e.plek);
}

/**
 * `minimum van (a, b, ...)`, `maximum van (...)`: the smallest or largest of a few numbers or dates,
 * every value evaluated in order. GREATEST and LEAST skip a NULL where the engines fail, so a value
 * that can be leeg gets its own check (the case runs as niet-sql then).
 */
function tupelOp(x: Vertaler, e: A.Expr & { kind: 'LijstOp' }, t: A.Expr & { kind: 'Tupel' }, env: Omgeving): S {
  if (e.op !== 'minimum' && e.op !== 'maximum') return buiten('RW6005', `'${e.op}' van een opsomming`, e.plek);
  const ws = t.leden.map((l) => x.ex(l, env));
  let vorm = ws[0]!.vorm;
  for (const w of ws.slice(1)) vorm = x.verenig({ v: 'NULL', f: null, vorm }, w, e.plek)[2];
  if (vorm.kind !== 'num' && vorm.kind !== 'datum') return buiten('RW6005', `'${e.op}' van een opsomming van ${vorm.kind}`, e.plek);
  const waarden = ws.map((w) => (vorm.kind === 'num' && w.vorm.kind === 'num' ? schaal(x.d, w.v, w.vorm.s, vorm.s) : w.v));
  const leeg = ws.filter((w) => x.leegKan(w));
  const fLeeg = leeg.length > 0 ? mits(leeg.map((w) => `${w.v} IS NULL`).join(' OR '), tekst(`niet-sql: leeg in '${e.op} van (...)'`)) : null;
  return { v: `${e.op === 'minimum' ? 'LEAST' : 'GREATEST'}(${waarden.join(', ')})`, f: eerst(...ws.map((w) => w.f), fLeeg), vorm, nietLeeg: true };
}

export function lijstExpr(_x: Vertaler, e: A.Expr, _env: Omgeving): S {
  return buiten('RW6005', `een lijst (${e.kind})`, e.plek);
}
