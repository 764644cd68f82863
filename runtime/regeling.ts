// A policy called by another (`gebruik regeling naam`), the parts both engines share: the check
// of an input the call gives against the called policy's declared range, and the error that the
// caller reports for anything that goes wrong inside (RegelwerkAanroepFout), worded once.
import * as G from './getal.js';
import type { Duur } from './duur.js';
import type { Type } from './typen.js';
import { type Num, rat } from './num.js';
import { schrijfDatum } from './datum.js';
import type { Spoor } from './uitleg-recorder.js';
import type { UitlegKnoop } from './uitleg.js';
import { RegelwerkAanroepFout, RegelwerkFout, RegelwerkRekenFout } from './fouten.js';
import { bereikFout, duurBereikFout } from './bereik.js';

/** An input given by the call that the called policy refuses: `invoer 'leeftijd' moet ...`. */
export function aanroepInvoerFout(invoer: string, reden: string): RegelwerkRekenFout {
  return new RegelwerkRekenFout(`invoer '${invoer}' ${reden}`);
}

/** An `eis` of the called policy's input that the value given by the call does not meet. */
export function aanroepEisFout(invoer: string, melding: string | null): RegelwerkRekenFout {
  return aanroepInvoerFout(invoer, melding === null ? 'voldoet niet aan de eis' : `voldoet niet aan de eis: ${melding}`);
}

/** A number or duration given to an input with a range (`geheel getal ten minste 15`): the reason it is refused, or null. */
export function aanroepBereik(waarde: { readonly getal: G.Getal } | { readonly duur: Duur } | null, t: Type): string | null {
  if (waarde === null) return null;
  const k = t.soort === 'leegbaar' ? t.type : t;
  return 'getal' in waarde ? bereikFout(waarde.getal, k, 'kreeg') : duurBereikFout(waarde.duur, k, 'kreeg');
}

/**
 * What the caller throws for an error inside the called policy (`x`, translated to a RegelwerkFout
 * first): the policy's name, the caller's and the line of the call before the message. Anything
 * else (an internal error) passes unchanged.
 */
export function aanroepFout(x: unknown, regeling: string, aanroeper: string, regel: number): unknown {
  return x instanceof RegelwerkFout ? new RegelwerkAanroepFout(regeling, aanroeper, regel, x) : x;
}

/** A number or duration of the compiled code (amounts in cents) given to an input with a range: throws when refused. */
export function aanroepInvoer(w: unknown, t: Type, invoer: string): void {
  if (w === null || w === undefined) return;
  const k = t.soort === 'leegbaar' ? t.type : t;
  if (k.soort !== 'getal' && k.soort !== 'bedrag' && k.soort !== 'percentage' && k.soort !== 'duur') return;
  const reden = k.soort === 'duur' ? aanroepBereik({ duur: w as Duur }, k) : aanroepBereik({ getal: k.soort === 'bedrag' ? G.gedeeldDoor(rat(w as Num), G.HONDERD) : rat(w as Num) }, k);
  if (reden !== null) throw aanroepInvoerFout(invoer, reden);
}

/** What a called policy's module gives its caller: its outputs, and when explained the inputs (as JSON) and the outputs' trees. */
export interface Aangeroepen<U> {
  readonly uitvoer: U;
  readonly uitleg: { readonly invoer: Readonly<Record<string, unknown>>; readonly uitvoer: Readonly<Record<string, UitlegKnoop>> } | null;
}

/**
 * A call in compiled code: `alsAangeroepen` (the called policy's entry, embedded in the caller's
 * module) on the inputs already evaluated, at `datum` (a day number, `P op D`) or the caller's
 * peildatum; its trees under the caller's rule, its errors named as the caller's.
 */
export function roepAan<I, U>(
  spoor: Spoor | null, naam: string, regeling: string, bron: string | null, aanroeper: string, regel: number,
  invoer: I, datum: number | null, peildatum: string,
  alsAangeroepen: (invoer: I, peildatum: string, uitleg: boolean) => Aangeroepen<U>,
): U {
  const op = datum === null ? peildatum : schrijfDatum(datum);
  const uitleg = spoor !== null && spoor.actief;
  try {
    const r = alsAangeroepen(invoer, op, uitleg);
    if (uitleg && r.uitleg) spoor.regeling(naam, regeling, bron, op, r.uitleg.invoer, r.uitleg.uitvoer);
    return r.uitvoer;
  } catch (x) {
    throw aanroepFout(x, regeling, aanroeper, regel);
  }
}
