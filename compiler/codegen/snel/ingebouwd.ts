// The built-ins written as an `Ingebouwd` node (language/ingebouwd.ts) in the fast path: one case
// per variant of the table, on scaled integers and day numbers, or a reason to leave the case to
// the exact code.
import type * as A from '../../../language/ast.js';
import { ingebouwdVariant } from '../../../language/ingebouwd.js';
import { js } from '../ts-code.js';
import { type Scope, type W, PRIM, nee, num } from './vorm.js';
import type { Schrijver } from './schrijver.js';

/** A built-in with positional arguments (language/ingebouwd.ts), by its variant. */
export function ingebouwd(sn: Schrijver, ex: (e: A.Expr, s: Scope) => W, e: A.Expr & { kind: 'Ingebouwd' }, s: Scope): W {
  const variant = ingebouwdVariant(sn.g.ingebouwden, e);
  switch (variant) {
    case 'veelvoud naar boven getal': case 'veelvoud naar boven bedrag': case 'veelvoud naar boven percentage':
      return veelvoud(sn, ex, e, s, 'naar boven');
    case 'veelvoud naar beneden getal': case 'veelvoud naar beneden bedrag': case 'veelvoud naar beneden percentage':
      return veelvoud(sn, ex, e, s, 'naar beneden');
    // dates are day numbers here: the runtime's own functions on them give whole numbers (scale 0)
    case 'tijdsduur jaren': case 'tijdsduur maanden': case 'tijdsduur weken': case 'tijdsduur dagen':
    case 'jaar van': case 'maand van': case 'dag van': {
      if (e.argumenten.some((a) => sn.kanLeeg(a))) return nee(`${variant} van een leegbare datum`);
      const args = e.argumenten.map((a) => ex(a, s));
      if (args.some((a) => a.v.kind !== 'prim')) return nee(`${variant} van iets anders dan een datum`);
      const code = variant.startsWith('tijdsduur ')
        ? `rt.tijdsduur(${args.map((a) => a.c).join(', ')}, ${js(variant.slice('tijdsduur '.length))})`
        : `rt.datumDeel(${args[0]!.c}, ${js(variant.split(' ')[0]!)})`;
      return sn.vast(code, num(0));
    }
    // whole numbers or the exact code (which names a fraction); a date that does not exist is NaN there, and the exact code names it
    case 'datum met': {
      if (e.argumenten.some((a) => sn.kanLeeg(a))) return nee('een datum uit leegbare getallen');
      const [j, m, d] = e.argumenten.map((a) => sn.geheel(ex(a, s)));
      const t = sn.vast(`rt.snelDatumUit(${j}, ${m}, ${d})`, PRIM);
      sn.bail(`${t.c} !== ${t.c}`);
      return t;
    }
    // whole numbers or the exact code (which names a fraction); a reeks too long is undefined there, and the exact code names it
    case 'reeks': {
      if (e.argumenten.some((a) => sn.kanLeeg(a))) return nee('een reeks uit leegbare getallen');
      const [a, b] = e.argumenten.map((x) => sn.geheel(ex(x, s)));
      const t = sn.vast(`rt.snelReeks(${a}, ${b})`, { kind: 'lijst', el: num(0) });
      sn.bail(`${t.c} === undefined`);
      return t;
    }
    default: {
      const _never: never = variant;
      return nee(`ingebouwde bewerking ${String(_never)} op ${e.argumenten.map((a) => ex(a, s)).length} argument(en)`);
    }
  }
}

/**
 * X and Y as integers at their common scale (a multiple of Y there is one of Y): X minus its
 * remainder (the sign of X) is the multiple towards zero, one Y more or less the other way. A Y of
 * zero or less is the exact code's error, so it bails.
 */
function veelvoud(sn: Schrijver, ex: (e: A.Expr, s: Scope) => W, e: A.Expr & { kind: 'Ingebouwd' }, s: Scope, richting: 'naar boven' | 'naar beneden'): W {
  if (e.argumenten.some((a) => sn.kanLeeg(a))) return nee('veelvoud van een leegbare waarde');
  const [x, y] = e.argumenten.map((a) => ex(a, s));
  if (x?.v.kind !== 'num' || y?.v.kind !== 'num') return nee('veelvoud van iets anders dan een getal');
  const sc = Math.max(x.v.s, y.v.s);
  const a = sn.schaal(x, sc);
  const b = sn.schaal(y, sc);
  sn.bail(`!(${b} > 0)`);
  const r = sn.vast(`${a} % ${b}`, num(0)).c;
  const t = sn.vast(richting === 'naar boven' ? `${a} - ${r} + (${r} > 0 ? ${b} : 0)` : `${a} - ${r} - (${r} < 0 ? ${b} : 0)`, num(sc));
  sn.bewaak(t.c);
  return t;
}
