// Arithmetic with units, in one place: which operations the language has, the unit each gives and
// what it means. As Catala's shared_ast/operator.ml resolves `+` to Add_mon_mon once, the checker
// resolves each arithmetic operation once to a variant of this table (Gecontroleerd.rekensommen); the
// interpreter, the exact code generator and the fast path read only that variant and never work the
// units out again.
//
// A new operation is one row in REKENREGELS. The build then fails until every engine handles it: the
// switches on Rekenvariant in compiler/interpreter/interpreter.ts (reken), compiler/codegen/codegen.ts
// and compiler/codegen/snel.ts (rekensom) end in `const _never: never = variant`, so a missing case is
// a type error. An operation not in the table is RW2003 in the checker (with a hint from rekenTip).
// test/language/operatoren.test.ts runs every operator over every pair of units against the table and
// test/engines/operatoren.test.ts every row through the three engines, so a new row is tested at
// once; add it to the Units table of docs/taal.md for drafters.
import type * as A from './ast.js';
import { type Type, T, samen } from '../runtime/typen.js';

export type Rekenoperator = (A.Expr & { kind: 'Rekensom' })['op'];

/** The units arithmetic works on; `lijst` is a list of any element type (the result joins both). */
export type Eenheid = 'getal' | 'bedrag' | 'percentage' | 'datum' | 'duur' | 'lijst';

export interface Rekenregel {
  readonly op: Rekenoperator;
  readonly links: Eenheid;
  readonly rechts: Eenheid;
  readonly uitkomst: Eenheid;
  /** The typed name the engines dispatch on: `links op rechts` (`van` between spaces). */
  readonly variant: string;
  /** What it computes, for the reader (docs, review); the engines implement it per variant. */
  readonly betekenis: string;
}

/** Every arithmetic operation of the language, one row each. */
export const REKENREGELS = [
  { op: '+', links: 'getal', rechts: 'getal', uitkomst: 'getal', variant: 'getal+getal', betekenis: 'exacte som' },
  { op: '+', links: 'bedrag', rechts: 'bedrag', uitkomst: 'bedrag', variant: 'bedrag+bedrag', betekenis: 'exacte som' },
  { op: '+', links: 'percentage', rechts: 'percentage', uitkomst: 'percentage', variant: 'percentage+percentage', betekenis: 'exacte som (procentpunten)' },
  { op: '-', links: 'getal', rechts: 'getal', uitkomst: 'getal', variant: 'getal-getal', betekenis: 'exact verschil' },
  { op: '-', links: 'bedrag', rechts: 'bedrag', uitkomst: 'bedrag', variant: 'bedrag-bedrag', betekenis: 'exact verschil' },
  { op: '-', links: 'percentage', rechts: 'percentage', uitkomst: 'percentage', variant: 'percentage-percentage', betekenis: 'exact verschil (procentpunten)' },
  { op: '*', links: 'getal', rechts: 'getal', uitkomst: 'getal', variant: 'getal*getal', betekenis: 'exact product' },
  { op: '*', links: 'bedrag', rechts: 'getal', uitkomst: 'bedrag', variant: 'bedrag*getal', betekenis: 'exact product' },
  { op: '*', links: 'getal', rechts: 'bedrag', uitkomst: 'bedrag', variant: 'getal*bedrag', betekenis: 'exact product' },
  { op: '*', links: 'percentage', rechts: 'getal', uitkomst: 'percentage', variant: 'percentage*getal', betekenis: 'exact product' },
  { op: '*', links: 'getal', rechts: 'percentage', uitkomst: 'percentage', variant: 'getal*percentage', betekenis: 'exact product' },
  { op: '*', links: 'bedrag', rechts: 'percentage', uitkomst: 'bedrag', variant: 'bedrag*percentage', betekenis: 'percentage van het bedrag: het product gedeeld door 100' },
  { op: '*', links: 'percentage', rechts: 'bedrag', uitkomst: 'bedrag', variant: 'percentage*bedrag', betekenis: 'percentage van het bedrag: het product gedeeld door 100' },
  { op: 'van', links: 'percentage', rechts: 'bedrag', uitkomst: 'bedrag', variant: 'percentage van bedrag', betekenis: 'het product gedeeld door 100' },
  { op: 'van', links: 'percentage', rechts: 'getal', uitkomst: 'getal', variant: 'percentage van getal', betekenis: 'het product gedeeld door 100' },
  { op: 'van', links: 'percentage', rechts: 'percentage', uitkomst: 'percentage', variant: 'percentage van percentage', betekenis: 'het product gedeeld door 100' },
  { op: '/', links: 'getal', rechts: 'getal', uitkomst: 'getal', variant: 'getal/getal', betekenis: 'exact quotiënt' },
  { op: '/', links: 'bedrag', rechts: 'bedrag', uitkomst: 'getal', variant: 'bedrag/bedrag', betekenis: 'exact quotiënt: de verhouding is een getal' },
  { op: '/', links: 'percentage', rechts: 'percentage', uitkomst: 'getal', variant: 'percentage/percentage', betekenis: 'exact quotiënt: de verhouding is een getal' },
  { op: '/', links: 'bedrag', rechts: 'getal', uitkomst: 'bedrag', variant: 'bedrag/getal', betekenis: 'exact quotiënt' },
  { op: '/', links: 'percentage', rechts: 'getal', uitkomst: 'percentage', variant: 'percentage/getal', betekenis: 'exact quotiënt' },
  { op: '+', links: 'datum', rechts: 'duur', uitkomst: 'datum', variant: 'datum+duur', betekenis: 'eerst de maanden (naar de laatste dag als de dag niet bestaat), dan de dagen' },
  { op: '+', links: 'duur', rechts: 'datum', uitkomst: 'datum', variant: 'duur+datum', betekenis: 'als datum + duur' },
  { op: '-', links: 'datum', rechts: 'duur', uitkomst: 'datum', variant: 'datum-duur', betekenis: 'datum + (-duur)' },
  { op: '-', links: 'datum', rechts: 'datum', uitkomst: 'duur', variant: 'datum-datum', betekenis: 'het aantal dagen ertussen' },
  { op: '+', links: 'duur', rechts: 'duur', uitkomst: 'duur', variant: 'duur+duur', betekenis: 'maanden bij maanden, dagen bij dagen' },
  { op: '-', links: 'duur', rechts: 'duur', uitkomst: 'duur', variant: 'duur-duur', betekenis: 'maanden van maanden, dagen van dagen' },
  { op: '*', links: 'duur', rechts: 'getal', uitkomst: 'duur', variant: 'duur*getal', betekenis: 'maanden en dagen maal een geheel getal' },
  { op: '*', links: 'getal', rechts: 'duur', uitkomst: 'duur', variant: 'getal*duur', betekenis: 'als duur * getal' },
  { op: '+', links: 'lijst', rechts: 'lijst', uitkomst: 'lijst', variant: 'lijst+lijst', betekenis: 'de elementen van links, dan die van rechts' },
] as const satisfies readonly Rekenregel[];

/** The typed variant of an arithmetic operation, as the checker resolved it. */
export type Rekenvariant = (typeof REKENREGELS)[number]['variant'];

/** The row of each variant. */
export const REKENREGEL: Readonly<Record<Rekenvariant, Rekenregel>> = Object.fromEntries(REKENREGELS.map((r) => [r.variant, r])) as Record<Rekenvariant, Rekenregel>;

const OPZOEK: ReadonlyMap<string, Rekenvariant> = new Map(REKENREGELS.map((r) => [`${r.links} ${r.op} ${r.rechts}`, r.variant]));

/**
 * The variant of `l op r` and its result type, or null when the units don't fit (RW2003). A list
 * result is the join of both list types; lists that don't join don't fit either.
 */
export function rekenregel(op: Rekenoperator, l: Type, r: Type): { readonly variant: Rekenvariant; readonly type: Type } | null {
  const variant = OPZOEK.get(`${l.soort} ${op} ${r.soort}`);
  if (variant === undefined) return null;
  const uitkomst = REKENREGEL[variant].uitkomst;
  const type = uitkomst === 'lijst' ? samen(l, r) : T[uitkomst];
  return type ? { variant, type } : null;
}

/** A hint for RW2003 where the drafter most likely meant a row of the table. */
export function rekenTip(op: Rekenoperator, l: Type, r: Type): string | undefined {
  if (op === 'van' && l.soort !== 'percentage') return "'P van X' verwacht links een percentage, bijvoorbeeld 70% van loon";
  if (l.soort === 'bedrag' && r.soort === 'bedrag' && op === '*') return 'vermenigvuldig een bedrag met een getal of percentage';
  if ((l.soort === 'datum' || r.soort === 'datum') && op === '+') return 'tel bij een datum een duur op, bijvoorbeeld `datum + 1 maand`';
  return undefined;
}

/** The variant the checker recorded for `e` (`Gecontroleerd.rekensommen`); a missing one is an internal error. */
export function rekenvariant(rekensommen: ReadonlyMap<A.Expr, Rekenvariant>, e: A.Expr & { kind: 'Rekensom' }): Rekenvariant {
  const v = rekensommen.get(e);
  if (v === undefined) throw new Error(`interne fout: rekensom '${e.op}' niet opgelost`);
  return v;
}
