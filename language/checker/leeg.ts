// Leeg: what is known not to be leeg where (flow typing: `feiten` of a condition in a branch), and
// the places a value must not be leeg: an operand (nietLeeg), a value of a declared type (eis) and
// a condition (voorwaarde). Each reports RW2002 where `of leeg` reaches such a place unhandled.
import type * as A from '../ast.js';
import { type Type, T, past, zonderLeeg, schrijfType } from '../../runtime/typen.js';
import type { Checker, Scope } from './staat.js';

/** Names known to be non-empty when `e` evaluates to `waar` (flow typing for `of leeg`). */
export function feiten(e: A.Expr, waar: boolean, basis: ReadonlySet<string>): ReadonlySet<string> {
  const uit = new Set(basis);
  // a loop, not recursion: `a en b en c ...` may be thousands of terms long
  const stapel: [A.Expr, boolean][] = [[e, waar]];
  while (stapel.length > 0) {
    const [x, w] = stapel.pop()!;
    switch (x.kind) {
      case 'IsLeeg':
        if (x.arg.kind === 'Naam' && w === x.negatief) uit.add(x.arg.naam);
        break;
      case 'Niet':
        stapel.push([x.arg, !w]);
        break;
      case 'Logisch':
        if ((x.op === 'en' && w) || (x.op === 'of' && !w)) stapel.push([x.rechts, w], [x.links, w]);
        break;
      default:
        break;
    }
  }
  return uit;
}

export const GEEN: ReadonlySet<string> = new Set();

/** A value that must not be leeg: reports RW2002 and returns the type without `of leeg`. */
export function nietLeeg(ch: Checker, t: Type, plek: A.Plek, wat: string): Type {
  if (t.soort === 'leegbaar' || t.soort === 'leeg') {
    ch.meld('RW2002', `${wat} kan leeg zijn`, plek, 'behandel het lege geval eerst: `als x is leeg dan ... anders ...`');
    return t.soort === 'leeg' ? T.fout : t.type;
  }
  return t;
}

export function eis(ch: Checker, t: Type, verwacht: Type, plek: A.Plek, wat: string): void {
  if (past(t, verwacht)) return;
  if (t.soort === 'leegbaar' || t.soort === 'leeg') {
    if (past(zonderLeeg(t), verwacht) || t.soort === 'leeg') {
      ch.meld('RW2002', `${wat} kan leeg zijn, maar het type ${schrijfType(verwacht)} staat leeg niet toe`, plek, `behandel het lege geval met 'als ... is leeg dan ... anders ...', of schrijf '${schrijfType(verwacht)} of leeg'`);
      return;
    }
  }
  ch.meld('RW2001', `${wat} moet ${schrijfType(verwacht)} zijn, maar is ${schrijfType(t)}`, plek);
}

export function voorwaarde(ch: Checker, e: A.Expr, scope: Scope): void {
  const t = ch.expr(e, scope, T.janee);
  if (t.soort !== 'ja/nee' && t.soort !== 'fout') {
    if (t.soort === 'leegbaar' && t.type.soort === 'ja/nee') ch.meld('RW2002', 'deze voorwaarde kan leeg zijn', e.plek);
    else ch.meld('RW2005', `een voorwaarde moet ja/nee zijn, maar dit is ${schrijfType(t)}`, e.plek, 'schrijf een vergelijking, bijvoorbeeld `x is groter dan 0`');
  }
}
