// Which rules the fast path computes where they are used instead of in dependency order: a rule
// named once, in a branch or an exception, is then computed only by a case that takes it.
import type * as A from '../../../language/ast.js';
import type { Gecontroleerd } from '../../../language/checker.js';
import { alleExpressies } from '../../../language/walk.js';
import { nee } from './vorm.js';
/**
 * The rules that can be computed where they are used: not an output, named once in all the rules
 * the outputs need and in no function (a function is inlined at every call, so its names are used
 * as often as it is called). Their one use then computes them, inside the branch or the exception
 * that needs them, and a case that does not need them does not pay for them (as in the exact path,
 * which evaluates a rule when something evaluated needs it).
 */
export function uitTeStellen(g: Gecontroleerd, regels: ReadonlySet<string>): Set<string> {
  const keer = new Map<string, number>();
  const nooit = new Set<string>(g.uitvoer.map((u) => u.naam));
  const namen = function* (e: A.Expr): Generator<string> {
    for (const x of alleExpressies(e)) {
      if (x.kind !== 'Naam') continue;
      const b = g.bindingen.get(x);
      if (b?.kind === 'regel') yield b.naam;
    }
  };
  for (const naam of regels) {
    const d = g.regels.get(naam)?.decl ?? nee(`regel ${naam}`);
    for (const e of [d.waarde, ...(d.indien ? [d.indien] : []), ...d.uitzonderingen.flatMap((u) => [u.voorwaarde, u.waarde])]) {
      for (const n of namen(e)) keer.set(n, (keer.get(n) ?? 0) + 1);
    }
  }
  for (const f of g.functies.values()) for (const n of namen(f.decl.lichaam)) nooit.add(n);
  return new Set([...regels].filter((n) => keer.get(n) === 1 && !nooit.has(n)));
}
