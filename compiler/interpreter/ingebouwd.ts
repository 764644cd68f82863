// The built-ins written as an `Ingebouwd` node (language/ingebouwd.ts), in the interpreter: one case
// per variant of the table, on the values of the arguments. The list operations and the decimal
// rounding, with nodes of their own, are in interpreter.ts (lijstOp, Afronding).
import type { VariantVan } from '../../language/ingebouwd.js';
import { RegelwerkRekenFout } from '../../runtime/fouten.js';
import type { Waarde } from './waarde.js';

/** The value of built-in `variant` on these argument values (checked by the checker, in its order). */
export function ingebouwd(variant: VariantVan<'Ingebouwd'>, argumenten: readonly Waarde[]): Waarde {
  switch (variant) {
    default: {
      const _never: never = variant;
      throw new RegelwerkRekenFout(`interne fout: ingebouwde bewerking ${String(_never)} op ${argumenten.length} waarde(n)`);
    }
  }
}
