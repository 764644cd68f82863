// Constants: parameter values, example values and range hints must be fixed values (literals,
// lists, records, keuze values; RW2008), of the declared type and within its range. A parameter's
// value may also be arithmetic on literals (`1 / 3`), kept exact and never dividing by zero.
import type * as A from '../ast.js';
import { constanteGetal } from '../constante.js';
import { alleExpressies } from '../walk.js';
import type { Type } from '../../runtime/typen.js';
import type { Checker } from './staat.js';
import { eis } from './leeg.js';
import { controleerBereik } from './typen.js';

/**
 * Parameter values and example values are constants: literals, lists, records, choices; with
 * `rekenen`, a parameter's value, also arithmetic on them (`1 / 3`, `€ 300 * 2`).
 */
export function controleerConstante(ch: Checker, e: A.Expr, verwacht: Type, wat: string, bereik = true, rekenen = false): void {
  if (!(rekenen ? isConstanteBerekening(e) : isConstante(e))) {
    ch.meld('RW2008', `de waarde van ${wat} moet een vaste waarde zijn, ${rekenen ? 'een berekening met alleen vaste waarden' : 'geen berekening'}`, e.plek);
    return;
  }
  const t = ch.expr(e, ch.scope(new Map(), false), verwacht);
  const naam = namenIn(e).find((n) => ch.bindingen.get(n)?.kind !== 'keuzewaarde' && ch.typen.get(n)?.soort !== 'fout');
  if (naam) {
    ch.meld('RW2008', `de waarde van ${wat} moet een vaste waarde zijn; '${naam.kind === 'Naam' ? naam.naam : ''}' is een naam`, naam.plek);
    return;
  }
  eis(ch, t, verwacht, e.plek, `de waarde van ${wat}`);
  for (const x of alleExpressies(e)) {
    const c = x.kind === 'Rekensom' ? constanteGetal(x) : null;
    if (c?.kind === 'deling door nul') {
      ch.meld('RW2008', `de waarde van ${wat} deelt door nul`, c.plek);
      return;
    }
  }
  if (bereik) controleerBereik(ch, e, verwacht, `de waarde van ${wat}`);
}

export function isConstante(e: A.Expr): boolean {
  switch (e.kind) {
    case 'GetalLit': case 'BedragLit': case 'PercentageLit': case 'DatumLit': case 'TekstLit': case 'JaNeeLit': case 'LeegLit': case 'Naam': case 'Fout':
      return true;
    case 'Negatief': return isConstante(e.arg) && e.arg.kind !== 'Naam';
    case 'DuurExpr': return e.aantal.kind === 'GetalLit';
    case 'LijstLit': return e.elementen.every(isConstante);
    case 'GegevensLit': return e.velden.every((v) => isConstante(v.waarde));
    default: return false;
  }
}

/** A constant, or arithmetic (`+ - * / van`) on constants: the value of a parameter. */
function isConstanteBerekening(e: A.Expr): boolean {
  switch (e.kind) {
    case 'Rekensom': return isConstanteBerekening(e.links) && isConstanteBerekening(e.rechts);
    case 'Negatief': return isConstanteBerekening(e.arg) && e.arg.kind !== 'Naam';
    case 'LijstLit': return e.elementen.every(isConstanteBerekening);
    case 'GegevensLit': return e.velden.every((v) => isConstanteBerekening(v.waarde));
    default: return isConstante(e);
  }
}

function namenIn(e: A.Expr): A.Expr[] {
  switch (e.kind) {
    case 'Naam': return [e];
    case 'Negatief': return namenIn(e.arg);
    case 'Rekensom': return [...namenIn(e.links), ...namenIn(e.rechts)];
    case 'LijstLit': return e.elementen.flatMap(namenIn);
    case 'GegevensLit': return e.velden.flatMap((v) => namenIn(v.waarde));
    default: return [];
  }
}
