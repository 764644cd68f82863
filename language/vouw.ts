// Linear list building in a fold. `vouw c in l met k beginnend bij []: ... k + [c]` would copy the
// accumulator on every step (quadratic: 100.000 contracts took a minute). When the accumulator
// cannot be seen by anything but the next step, the fold may append to it in place instead. Both
// engines ask this one question of the AST, so they take the same path and give the same values.
import type * as A from './ast.js';
import type { Gecontroleerd } from './checker.js';
import { alleExpressies } from './walk.js';

type Vouw = A.Expr & { kind: 'Vouw' };

const cache = new WeakMap<Vouw, boolean>();

/**
 * True when the fold's step may extend its accumulator in place: every result position of the
 * step (looking through `als ... dan ... anders`) is the accumulator itself, `acc + E` (or
 * `acc + E1 + E2 + ...`) with no E mentioning the accumulator, or an expression that does not mention it at all; and at least one
 * is `acc + E`. Conditions may read the accumulator freely (`aantal k`, `laatste van k`): they
 * give ja/nee and cannot keep the list. Then the old accumulator is unreachable once the step
 * ends, so appending to a list the fold made itself changes no value anyone can see. A list the
 * fold did not make (the start value, an input, a rule's value) is copied first.
 */
export function aanvulbareVouw(g: Gecontroleerd, e: Vouw): boolean {
  let uit = cache.get(e);
  if (uit === undefined) {
    uit = bepaal(g, e);
    cache.set(e, uit);
  }
  return uit;
}

/** `x` is a reference to the fold's accumulator. */
export function isAccumulator(g: Gecontroleerd, e: Vouw, x: A.Expr): boolean {
  return x.kind === 'Naam' && x.naam === e.accumulator.naam && g.bindingen.get(x)?.kind === 'lokaal';
}

/**
 * `x` is `acc + E` on lists, or a left-nested chain `acc + E1 + E2 + ...` (parsed as
 * `(acc + E1) + E2`), no Ei mentioning the accumulator: appends the fold may do in place, one
 * after the other. `x.links` is then the accumulator or again such an append.
 */
export function isAanvulling(g: Gecontroleerd, e: Vouw, x: A.Expr): x is A.Expr & { kind: 'Rekensom' } {
  return aanvullingen(g, e, x) !== null;
}

/** The appends of `acc + E1 + E2 + ...`, the one on `acc` first; null if `x` is no such chain. A loop: the chain may be long. */
export function aanvullingen(g: Gecontroleerd, e: Vouw, x: A.Expr): (A.Expr & { kind: 'Rekensom' })[] | null {
  const uit: (A.Expr & { kind: 'Rekensom' })[] = [];
  let y = x;
  for (;;) {
    if (y.kind !== 'Rekensom' || g.rekensommen.get(y) !== 'lijst+lijst' || noemt(g, e, y.rechts)) return null;
    uit.push(y);
    if (isAccumulator(g, e, y.links)) return uit.reverse();
    y = y.links;
  }
}

function noemt(g: Gecontroleerd, e: Vouw, x: A.Expr): boolean {
  // By name: an inner variable of the same name counts too, which only makes this more careful.
  for (const y of alleExpressies(x)) if (y.kind === 'Naam' && y.naam === e.accumulator.naam && g.bindingen.get(y)?.kind === 'lokaal') return true;
  return false;
}

function bepaal(g: Gecontroleerd, e: Vouw): boolean {
  if (g.typen.get(e)?.soort !== 'lijst') return false;
  let aanvulling = false;
  const resultaat = (x: A.Expr): boolean => {
    if (x.kind === 'Als') return resultaat(x.dan) && resultaat(x.anders);
    if (isAccumulator(g, e, x)) return true;
    if (isAanvulling(g, e, x)) {
      aanvulling = true;
      return true;
    }
    return !noemt(g, e, x);
  };
  return resultaat(e.stap) && aanvulling;
}
