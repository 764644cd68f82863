// `X afgerond naar boven op veelvoud van Y` and `naar beneden`: the smallest multiple of Y that is at
// least X, or the largest that is at most X, exactly (a fraction stays a fraction). Both engines
// compute it here: the interpreter on the values as drafters write them (veelvoudVan), compiled exact
// code on its numbers, amounts in cents (veelvoud, as rt.veelvoud). The fast path computes it on
// scaled integers itself (compiler/codegen/snel.ts) and leaves a Y of zero or less to the exact code.
import * as G from './getal.js';
import { RegelwerkRekenFout } from './fouten.js';
import { type Num, norm, rat } from './num.js';

export type VeelvoudRichting = 'naar boven' | 'naar beneden';
export type VeelvoudSoort = 'getal' | 'bedrag' | 'percentage';

/**
 * The multiple of `y` next to `x` in `richting`; `y` must be greater than zero. `tekstVanY` writes y
 * as drafters write it, for the message.
 */
function veelvoudExact(x: G.Getal, y: G.Getal, richting: VeelvoudRichting, tekstVanY: () => string): G.Getal {
  if (G.vergelijk(y, G.NUL) <= 0) {
    const tekst = tekstVanY();
    throw new RegelwerkRekenFout(`afronden op een veelvoud van ${tekst} kan niet, want ${tekst} is niet groter dan nul`);
  }
  // naar beneden: floor(x / y) * y; naar boven: ceil(x / y) * y (G.afronden rounds towards -∞ / +∞)
  return G.maal(G.afronden(G.gedeeldDoor(x, y), 0, richting), y);
}

/** In the interpreter: x and y of unit `soort`, an amount in euros. */
export function veelvoudVan(x: G.Getal, y: G.Getal, richting: VeelvoudRichting, soort: VeelvoudSoort): G.Getal {
  return veelvoudExact(x, y, richting, () => G.schrijfInSoort(y, soort));
}

/** In compiled exact code (rt.veelvoud): an amount is in cents, so is its multiple. */
export function veelvoud(x: Num, y: Num, richting: VeelvoudRichting, soort: VeelvoudSoort): Num {
  const g = rat(y);
  return norm(veelvoudExact(rat(x), g, richting, () => G.schrijfInSoort(soort === 'bedrag' ? G.gedeeldDoor(g, G.HONDERD) : g, soort)));
}
