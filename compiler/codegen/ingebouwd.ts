// The built-ins written as an `Ingebouwd` node (language/ingebouwd.ts), in exact compiled code: one
// case per variant of the table, a call of the row's runtime function on the arguments' code. The
// list operations and the decimal rounding, with nodes of their own, are in codegen.ts.
import { INGEBOUWDE_REGEL, type VariantVan } from '../../language/ingebouwd.js';
import { js } from './ts-code.js';

/** The TypeScript of built-in `variant` on the arguments' code, in the checker's order. */
export function ingebouwdCode(variant: VariantVan<'Ingebouwd'>, argumenten: readonly string[]): string {
  switch (variant) {
    // an amount is in cents here, and so is its multiple; rt.veelvoud writes Y in euros in its message
    case 'veelvoud naar boven getal': case 'veelvoud naar boven bedrag': case 'veelvoud naar boven percentage':
      return `rt.veelvoud(${argumenten.join(', ')}, ${js('naar boven')}, ${js(INGEBOUWDE_REGEL[variant].uitkomst)})`;
    case 'veelvoud naar beneden getal': case 'veelvoud naar beneden bedrag': case 'veelvoud naar beneden percentage':
      return `rt.veelvoud(${argumenten.join(', ')}, ${js('naar beneden')}, ${js(INGEBOUWDE_REGEL[variant].uitkomst)})`;
    // dates are day numbers here, the results plain whole numbers; rt.datumUit names a date that does not exist
    case 'tijdsduur jaren': case 'tijdsduur maanden': case 'tijdsduur weken': case 'tijdsduur dagen':
      return `rt.tijdsduur(${argumenten.join(', ')}, ${js(variant.slice('tijdsduur '.length))})`;
    case 'jaar van': case 'maand van': case 'dag van':
      return `rt.datumDeel(${argumenten.join(', ')}, ${js(variant.split(' ')[0]!)})`;
    case 'datum met':
      return `rt.datumUit(${argumenten.join(', ')})`;
    // an array of numbers, as a list literal is
    case 'reeks':
      return `rt.reeks(${argumenten.join(', ')})`;
    default: {
      const _never: never = variant;
      throw new Error(`interne fout: ingebouwde bewerking ${String(_never)} op ${argumenten.length} argument(en)`);
    }
  }
}
