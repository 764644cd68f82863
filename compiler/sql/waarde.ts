// The SQL compiler's values at compile time: each expression becomes SQL text for its value and
// SQL text for the error evaluating it gives (NULL when none), with its shape. Numbers are exact
// integers scaled by 10^s, with s and a bound on their digits known here (as the fast path does),
// so no DECIMAL division, DOUBLE or overflow can reach them. Also the escaping of every name and
// text that goes into the SQL: the security boundary.
import type { Expr, Plek } from '../../language/ast.js';
import type { Gecontroleerd } from '../../language/checker.js';
import type { Dialect } from './dialect.js';

export type GetalSoort = 'getal' | 'bedrag' | 'percentage';

/**
 * The shape of a value: a number (scaled integer: value = v / 10^s, |v| < 10^p), ja/nee, a text
 * (tekst or keuze), a date (DATE), leeg only, a duration (months and days, two integers), or a
 * record known field by field.
 */
export type Vorm =
  | { readonly kind: 'num'; readonly soort: GetalSoort; readonly s: number; readonly p: number }
  | { readonly kind: 'janee' }
  | { readonly kind: 'tekst'; readonly keuze: boolean }
  | { readonly kind: 'datum' }
  | { readonly kind: 'leeg' }
  | { readonly kind: 'duur' }
  | { readonly kind: 'rec'; readonly velden: ReadonlyMap<string, S> }
  /** A list (DuckDB LIST); `el` the elements' shape, read from an element `§el` as `sjabloon` says (lijsten.ts). */
  | { readonly kind: 'lijst'; readonly el: Vorm; readonly sjabloon: string };

/**
 * A compiled expression. `v`: SQL for its value (NULL is leeg; for a duration the months, with
 * the days in `dagen`); `f`: SQL TEXT for the error evaluating it gives, in the engines' words,
 * or null when it cannot fail. When `f` is not NULL, `v` means nothing.
 */
export interface S {
  readonly v: string;
  readonly f: string | null;
  readonly vorm: Vorm;
  readonly dagen?: string;
  /** Never leeg when `f` is NULL (a literal, an input or rule of a type without `of leeg`). */
  readonly nietLeeg?: boolean;
}

/** A construct outside the SQL subset: naarSql turns it into an RW60xx diagnostic at `plek`. */
export class BuitenSql extends Error {
  constructor(readonly code: string, readonly reden: string, readonly plek: Plek | null) {
    super(reden);
  }
}

export function buiten(code: string, reden: string, plek: Plek | null): never {
  throw new BuitenSql(code, reden, plek);
}

/** A quoted identifier: `"` doubled, so no name can end it. */
export function id(naam: string): string {
  if (naam.includes('\u0000')) throw new BuitenSql('RW6009', 'een naam met een NUL-teken', null);
  return `"${naam.replace(/"/g, '""')}"`;
}

/** A string literal: `'` doubled (standard strings in both dialects: a backslash is itself). */
export function tekst(s: string): string {
  if (s.includes('\u0000')) throw new BuitenSql('RW6009', 'een tekst met een NUL-teken', null);
  return `'${s.replace(/'/g, "''")}'`;
}

/** The first of several possible errors, in evaluation order; null when none can occur. */
export function eerst(...fouten: readonly (string | null)[]): string | null {
  const f = fouten.filter((x): x is string => x !== null);
  if (f.length === 0) return null;
  if (f.length === 1) return f[0]!;
  return `COALESCE(${f.join(', ')})`;
}

/** An error that only occurs when `voorwaarde` holds (lazy evaluation: `als`, `en`, `of`). */
export function mits(voorwaarde: string, fout: string | null): string | null {
  return fout === null ? null : `CASE WHEN ${voorwaarde} THEN ${fout} END`;
}

export function num(soort: GetalSoort, s: number, p: number): Vorm {
  return { kind: 'num', soort, s, p };
}

/** The digits of a literal integer (its absolute value), at least 1. */
export function cijfersVan(n: bigint): number {
  return (n < 0n ? -n : n).toString().length;
}

export type Omgeving = ReadonlyMap<string, S>;

/** What the parts for lists and dates need of the expression translator (expressies.ts). */
export interface Vertaler {
  readonly g: Gecontroleerd;
  readonly d: Dialect;
  ex(e: Expr, env: Omgeving): S;
  /** SQL text of a calculation error as the engines word it (with the rule it happened in). */
  rekenFout(melding: string): string;
  rekenFoutMet(voor: string, sql: string, na?: string): string;
  verenig(a: S, b: S, plek: Plek | null): [string, string, Vorm];
  gelijk(a: S, b: S, plek: Plek): string;
  leegKan(w: S): boolean;
  /** A fresh name for a lambda's variable, unique within the expressions of one translator. */
  nieuweNaam(): string;
}

/** A NULL of the SQL type of `vorm`: PostgreSQL makes an untyped NULL column `text`. */
export function nul(d: Dialect, vorm: Vorm): string {
  switch (vorm.kind) {
    case 'num': return `CAST(NULL AS ${d.geheel})`;
    case 'janee': return 'CAST(NULL AS BOOLEAN)';
    case 'tekst': return `CAST(NULL AS ${d.tekstType})`;
    case 'datum': return 'CAST(NULL AS DATE)';
    case 'duur': return `CAST(NULL AS ${d.geheel})`;
    default: return 'NULL';
  }
}
