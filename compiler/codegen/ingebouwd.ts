// The built-ins written as an `Ingebouwd` node (language/ingebouwd.ts), in exact compiled code: one
// case per variant of the table, a call of the row's runtime function on the arguments' code. The
// list operations and the decimal rounding, with nodes of their own, are in codegen.ts.
import type { VariantVan } from '../../language/ingebouwd.js';

/** The TypeScript of built-in `variant` on the arguments' code, in the checker's order. */
export function ingebouwdCode(variant: VariantVan<'Ingebouwd'>, argumenten: readonly string[]): string {
  switch (variant) {
    default: {
      const _never: never = variant;
      throw new Error(`interne fout: ingebouwde bewerking ${String(_never)} op ${argumenten.length} argument(en)`);
    }
  }
}
