// Arithmetic: each operation resolved once to its variant in the operator table
// (language/operatoren.ts, recorded in Gecontroleerd.rekensommen), or RW2003 where the table has
// no row for its operands' units. A chain `a + b + c ...` is walked in a loop.
import type * as A from '../ast.js';
import { ketting } from '../walk.js';
import { type Type, T, schrijfType } from '../../runtime/typen.js';
import { rekenregel, rekenTip } from '../operatoren.js';
import type { Checker, Scope } from './staat.js';
import { nietLeeg } from './leeg.js';
import { constanteGetal } from '../constante.js';
import * as G from '../../runtime/getal.js';

export function rekensom(ch: Checker, e: A.Expr & { kind: 'Rekensom' }, scope: Scope, hint?: Type): Type {
  // Down the chain in a loop (`a + b + c ...` is as deep as it is long); each node's type is
  // recorded as expr() would. The hint reaches the first operand through `+` and `-` only.
  const { eerste, schakels } = ketting(e);
  const doorgeven = schakels.every((s) => s.op === '+' || s.op === '-');
  let lt0 = ch.expr(eerste, scope, doorgeven ? hint : undefined);
  for (const s of schakels) {
    lt0 = rekenstap(ch, s, lt0, ch.expr(s.rechts, scope, lt0.soort === 'lijst' ? lt0 : undefined));
    if (s !== e) ch.typen.set(s, lt0);
  }
  return lt0;
}

/** The type of one arithmetic node from its operands' types. */
function rekenstap(ch: Checker, e: A.Expr & { kind: 'Rekensom' }, lt0: Type, rt0: Type): Type {
  const l = nietLeeg(ch, lt0, e.links.plek, 'de linkerkant');
  const r = nietLeeg(ch, rt0, e.rechts.plek, 'de rechterkant');
  // a node checked again (with another hint) keeps only the variant of its last check
  ch.rekensommen.delete(e);
  if (l.soort === 'fout' || r.soort === 'fout') return T.fout;
  const res = rekenregel(e.op, l, r);
  if (!res) {
    ch.meld('RW2003', `'${e.op}' is niet gedefinieerd voor ${schrijfType(l)} en ${schrijfType(r)}`, e.plek, rekenTip(e.op, l, r));
    return T.fout;
  }
  ch.rekensommen.set(e, res.variant);
  if (res.variant === 'duur*getal' || res.variant === 'getal*duur') factorVanDuur(ch, res.variant === 'duur*getal' ? e.rechts : e.links);
  return res.type;
}

/**
 * A constant factor of a duration must be whole: runtime/duur.ts (maalDuur) refuses a fraction
 * of a month or day, so `1 maand * 10,5` would stop every evaluation that reaches it (RW2013).
 */
function factorVanDuur(ch: Checker, k: A.Expr): void {
  const c = constanteGetal(k);
  if (c.kind !== 'waarde' || G.isGeheel(c.g)) return;
  ch.meld('RW2013', `een duur maal ${G.schrijfDecimaal(c.g)} is geen geheel aantal maanden of dagen; deze berekening faalt altijd`, k.plek,
    'een halve maand per jaar: tel in dagen (`jaren * 15 dagen`), of in hele maanden (`(jaren / 2 afgerond op hele getallen naar beneden) maanden`) plus 15 dagen bij een oneven aantal jaren');
}
