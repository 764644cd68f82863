// Dates and durations in SQL, as runtime/datum.ts and runtime/duur.ts define them: months first
// (clamped to the last day of the month), then days; DATE arithmetic only (never `+ INTERVAL`,
// which gives a TIMESTAMP in DuckDB). What is not translated exactly is refused (RW6002, RW6006).
import type * as A from '../../language/ast.js';
import type { Rekenvariant } from '../../language/operatoren.js';
import type { IngebouwdVariant } from '../../language/ingebouwd.js';
import { type Omgeving, type S, type Vertaler, buiten } from './waarde.js';

export function datumRekensom(_x: Vertaler, variant: Rekenvariant, _a: S, _b: S, _f: string | null, plek: A.Plek): S {
  return buiten('RW6002', `rekenen met datums en duren (${variant})`, plek);
}

export function duurExpr(_x: Vertaler, e: A.Expr & { kind: 'DuurExpr' }, _env: Omgeving): S {
  return buiten('RW6002', 'een duur', e.plek);
}

export function ingebouwdDatum(_x: Vertaler, variant: IngebouwdVariant, e: A.Expr & { kind: 'Ingebouwd' }, _env: Omgeving): S {
  return buiten('RW6006', `de ingebouwde bewerking '${variant}'`, e.plek);
}
