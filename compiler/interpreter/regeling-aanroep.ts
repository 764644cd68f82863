// A call of a used policy (`gebruik regeling naam`, `naam(invoer: E, ...) op D`) in the reference
// interpreter: the arguments in source order, then the date; the called policy's input checks
// (range, `eis`) on the values given; its outputs in declaration order as a record; its outputs'
// trees in the caller's explanation. Anything failing inside names both policies (runtime/regeling.ts).
import type * as A from '../../language/ast.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { schrijfDatum } from '../../runtime/datum.js';
import { type Spoor, type UitlegKnoop, aanroepBereik, aanroepEisFout, aanroepFout, aanroepInvoerFout, vertaal } from '../../runtime/runtime.js';
import { type Waarde, LEEG, naarUitlegJson } from './waarde.js';

/** What a call needs of an evaluation of the called policy (evaluatie.ts's Evaluatie gives it). */
export interface AangeroepenEvaluatie {
  zetInvoer(waarden: ReadonlyMap<string, Waarde>): void;
  waarVan(e: A.Expr): boolean;
  /** Every output's value in declaration order, and its tree when explained. */
  uitvoerWaarden(): { readonly waarden: ReadonlyMap<string, Waarde>; readonly uitleg: Readonly<Record<string, UitlegKnoop>> | null };
}

export function roepRegelingAan(
  g: Gecontroleerd, e: A.Expr & { kind: 'RegelingAanroep' }, ev: (x: A.Expr) => Waarde, peildatum: string,
  spoor: Spoor | null, maak: (g: Gecontroleerd, peildatum: string) => AangeroepenEvaluatie,
): Waarde {
  const r = g.regelingen.get(e.naam)!;
  const gegeven = new Map(e.argumenten.map((a) => [a.naam!, ev(a.waarde)]));
  const d = e.datum ? ev(e.datum) : null;
  const op = d?.kind === 'datum' ? schrijfDatum(d.v) : peildatum;
  try {
    const invoer = new Map<string, Waarde>();
    for (const i of r.invoer) {
      const w = gegeven.get(i.naam) ?? LEEG;
      const reden = aanroepBereik(w.kind === 'getal' || w.kind === 'bedrag' || w.kind === 'percentage' ? { getal: w.v } : w.kind === 'duur' ? { duur: w.v } : null, i.type);
      if (reden !== null) throw aanroepInvoerFout(i.naam, reden);
      invoer.set(i.naam, w);
    }
    const c = maak(r, op);
    c.zetInvoer(invoer);
    for (const i of r.invoer) for (const eis of i.eisen) if (!c.waarVan(eis.voorwaarde)) throw aanroepEisFout(i.naam, eis.melding);
    const { waarden, uitleg } = c.uitvoerWaarden();
    if (spoor?.actief && uitleg) {
      const json = Object.fromEntries(r.invoer.map((i) => [i.naam, naarUitlegJson(invoer.get(i.naam)!, i.naam, i.type)]));
      spoor.regeling(e.naam, r.naam, r.bron, op, json, uitleg);
    }
    return { kind: 'gegevens', v: waarden };
  } catch (x) {
    throw aanroepFout(vertaal(x), r.naam, g.naam, e.plek.regel);
  }
}
