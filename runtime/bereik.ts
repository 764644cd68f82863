// Declared ranges and whole numbers (`geheel getal van 15 tot en met 120`, `percentage ten minste
// 0%`, `duur ten minste 0 dagen`). One check, shared by both engines: the interpreter calls it
// right after decoding a JSON number (waarde.ts) and on a rule's value, compiled modules the same
// (runtime.ts), so messages are identical. It says what is wrong, or null.
import * as G from './getal.js';
import { type Duur, vergelijkDuur, schrijfDuur } from './duur.js';
import { type Grens, type Type, type Verfijning, isVerfijnd, schrijfBereik } from './typen.js';

/** The reason a violated bound gives: "moet ten minste 0% zijn" (with the whole range if it has two ends). */
function grensReden(v: Verfijning, welke: 'min' | 'max'): string {
  const g = v[welke]!;
  const woord = welke === 'min' ? (g.inclusief ? 'ten minste' : 'groter dan') : (g.inclusief ? 'ten hoogste' : 'kleiner dan');
  const heel = v.min && v.max ? ` (bereik ${schrijfBereik(v)})` : '';
  return `moet ${woord} ${g.tekst} zijn${heel}`;
}

/** A bound's value, parsed once per bound (a range is checked for every input number). */
const grensWaarden = new WeakMap<Grens, G.Getal>();
function grensWaarde(g: Grens): G.Getal {
  let w = grensWaarden.get(g);
  if (w === undefined) {
    w = G.vanDecimaleTekst(g.waarde) ?? G.NUL;
    grensWaarden.set(g, w);
  }
  return w;
}

/**
 * What is wrong with the number `g` (in the drafter's unit: euros, percent) for type `t`, or null.
 * `kreeg` ends the message: ", maar kreeg 17,5" for input, ", maar is 17,5" for a rule's value.
 */
export function bereikFout(g: G.Getal, t: Type, kreeg = 'kreeg'): string | null {
  if (!isVerfijnd(t)) return null;
  // the value as written only when there is something to say: most numbers are in range
  const tekst = (): string => `, maar ${kreeg} ${G.schrijfInSoort(g, t.soort)}`;
  if (t.geheel && !G.isGeheel(g)) return `moet een geheel getal zijn${tekst()}`;
  if (t.min) {
    const c = G.vergelijk(g, grensWaarde(t.min));
    if (c < 0 || (c === 0 && !t.min.inclusief)) return grensReden(t, 'min') + tekst();
  }
  if (t.max) {
    const c = G.vergelijk(g, grensWaarde(t.max));
    if (c > 0 || (c === 0 && !t.max.inclusief)) return grensReden(t, 'max') + tekst();
  }
  return null;
}

/**
 * The same for a duration. Durations are compared per part (months and days), as everywhere in
 * Regelwerk: a duration whose parts lie on both sides of a bound (1 maand en -5 dagen against
 * 0 dagen) does not meet it.
 */
export function duurBereikFout(u: Duur, t: Type, kreeg = 'kreeg'): string | null {
  if (!isVerfijnd(t)) return null;
  const tekst = (): string => `, maar ${kreeg} ${schrijfDuur(u)}`;
  const vgl = (g: Grens): number | null => {
    try {
      return vergelijkDuur(u, g.duur ?? { maanden: 0, dagen: 0 });
    } catch {
      return null;
    }
  };
  if (t.min) {
    const c = vgl(t.min);
    if (c === null || c < 0 || (c === 0 && !t.min.inclusief)) return grensReden(t, 'min') + tekst();
  }
  if (t.max) {
    const c = vgl(t.max);
    if (c === null || c > 0 || (c === 0 && !t.max.inclusief)) return grensReden(t, 'max') + tekst();
  }
  return null;
}
