// The value of a constant number expression (`1 / 3`, `€ 300 * 2`, `50% van € 10`, `-(1 / 4)`)
// without evaluating anything else: the checker uses it to check a parameter's range and to
// refuse a division by zero, the fast path to write a parameter row as a scaled whole number.
// The units follow language/operatoren.ts: a percentage keeps its points (45 for 45%) and is
// divided by 100 only where it meets an amount (`*`) or with `van`.
import type * as A from './ast.js';
import * as G from '../runtime/getal.js';

export type ConstanteEenheid = 'getal' | 'bedrag' | 'percentage';
export type Constante =
  | { readonly kind: 'waarde'; readonly g: G.Getal; readonly eenheid: ConstanteEenheid }
  | { readonly kind: 'deling door nul'; readonly plek: A.Plek }
  | { readonly kind: 'geen' };

const GEEN: Constante = { kind: 'geen' };

/** The exact value of a number expression made of literals and arithmetic only; `geen` otherwise. */
export function constanteGetal(e: A.Expr): Constante {
  switch (e.kind) {
    case 'GetalLit': case 'BedragLit': case 'PercentageLit': {
      let g: G.Getal | null;
      try {
        g = G.vanDecimaleTekst(e.tekst);
      } catch (x) {
        if (x instanceof G.GetalTeGroot) return GEEN; // RW2017 where the literal is typed
        throw x;
      }
      return g ? { kind: 'waarde', g, eenheid: e.kind === 'GetalLit' ? 'getal' : e.kind === 'BedragLit' ? 'bedrag' : 'percentage' } : GEEN;
    }
    case 'Negatief': {
      const a = constanteGetal(e.arg);
      return a.kind === 'waarde' ? { ...a, g: G.negatief(a.g) } : a;
    }
    case 'Rekensom': {
      const l = constanteGetal(e.links);
      if (l.kind !== 'waarde') return l;
      const r = constanteGetal(e.rechts);
      if (r.kind !== 'waarde') return r;
      try {
        return reken(e, l, r);
      } catch (x) {
        if (x instanceof G.DelingDoorNul) return { kind: 'deling door nul', plek: e.plek };
        if (x instanceof G.GetalTeGroot) return GEEN;
        throw x;
      }
    }
    default: return GEEN;
  }
}

type Waarde = Constante & { kind: 'waarde' };

function reken(e: A.Expr & { kind: 'Rekensom' }, l: Waarde, r: Waarde): Constante {
  const w = (g: G.Getal, eenheid: ConstanteEenheid): Constante => ({ kind: 'waarde', g, eenheid });
  const eenheden = `${l.eenheid} ${r.eenheid}`;
  switch (e.op) {
    case '+': case '-':
      if (l.eenheid !== r.eenheid) return GEEN;
      return w(e.op === '+' ? G.plus(l.g, r.g) : G.min(l.g, r.g), l.eenheid);
    case '*':
      if (eenheden === 'bedrag percentage' || eenheden === 'percentage bedrag') return w(G.gedeeldDoor(G.maal(l.g, r.g), G.HONDERD), 'bedrag');
      if (l.eenheid === 'getal') return w(G.maal(l.g, r.g), r.eenheid);
      if (r.eenheid === 'getal') return w(G.maal(l.g, r.g), l.eenheid);
      return GEEN;
    case '/':
      if (l.eenheid === r.eenheid) return w(G.gedeeldDoor(l.g, r.g), 'getal');
      if (r.eenheid === 'getal') return w(G.gedeeldDoor(l.g, r.g), l.eenheid);
      return GEEN;
    case 'van':
      if (l.eenheid !== 'percentage') return GEEN;
      return w(G.gedeeldDoor(G.maal(l.g, r.g), G.HONDERD), r.eenheid);
  }
}
