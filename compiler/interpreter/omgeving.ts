// The local names in scope during an evaluation (function parameters, bound variables of
// quantifiers and folds, a record's fields), chained without copying.
import type { Waarde } from './waarde.js';

/** Local names in scope: a record's fields (a Map), or bindings chained onto an outer scope. */
export interface Omgeving {
  get(naam: string): Waarde | undefined;
}
export const LEGE_OMGEVING: Omgeving = new Map<string, Waarde>();

/** One more local name on top of `ouder` (the newest binding of a name wins), without copying it. */
export class Binding implements Omgeving {
  constructor(private readonly ouder: Omgeving, private readonly naam: string, private readonly waarde: Waarde) {}
  get(naam: string): Waarde | undefined {
    return naam === this.naam ? this.waarde : this.ouder.get(naam);
  }
}

export function met(env: Omgeving, naam: string, w: Waarde): Omgeving {
  return new Binding(env, naam, w);
}
