// Which types can hold a value that a soort's `eis` clauses must check: the walk over an input
// value skips every part whose type cannot, once per policy and type.
import type { Gecontroleerd } from '../../language/checker.js';
import type { Type } from '../../runtime/typen.js';

/** Per policy and type: does a value of it contain a record or list of a soort with `eis` clauses? */
const soortEisenIn = new WeakMap<Gecontroleerd, WeakMap<Type, boolean>>();

/** Does a value of type `t` contain a record or list of a soort with `eis` clauses? (once per type) */
export function heeftSoortEisen(g: Gecontroleerd, t: Type): boolean {
  let perType = soortEisenIn.get(g);
  if (!perType) soortEisenIn.set(g, (perType = new WeakMap()));
  let ja = perType.get(t);
  if (ja === undefined) {
    ja = t.soort === 'leegbaar' ? heeftSoortEisen(g, t.type)
      : t.soort === 'lijst' ? (!!t.naam && (g.soortEisen.get(t.naam)?.length ?? 0) > 0) || heeftSoortEisen(g, t.element)
      : t.soort === 'gegevens' ? (!!t.naam && (g.soortEisen.get(t.naam)?.length ?? 0) > 0) || t.velden.some((v) => heeftSoortEisen(g, v.type)) : false;
    perType.set(t, ja);
  }
  return ja;
}
