// The coverage of a policy by its examples, for the law pages: which way of deciding each rule
// (its base definition or each row of its decision table, and each exception) at least one
// example takes. Read from the examples' explanation trees, the interpreter's own record of what
// decided, so a way counts only when an example really went that way.
import type * as A from '../../language/ast.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { evalueer, type UitlegKnoop } from '../interpreter/interpreter.js';
import { kiesPeildatum, voorbeeldInvoer } from '../interpreter/voorbeelden.js';
import { RegelwerkFout } from '../../runtime/fouten.js';
import type { Besluit, Gebruik } from '../../runtime/uitleg.js';

/** A way a rule decides, as the page names it. */
function weg(b: Besluit): string {
  switch (b.soort) {
    case 'basis': return 'de regel zelf';
    case 'uitzondering': return `uitzondering "${b.naam}"`;
    case 'tabel': return `rij ${b.rij}`;
  }
}

/** Every way each rule of this file can decide, in the order written. */
export function wegen(d: A.Declaratie & { kind: 'Regel' }): string[] {
  const eigen = d.waarde.kind === 'Tabel' ? d.waarde.rijen.map((r) => `rij ${r.nummer}`) : ['de regel zelf'];
  return [...eigen, ...d.uitzonderingen.map((u) => `uitzondering "${u.label}"`)];
}

/** Per rule, per way: the examples that decide it that way. */
export type Dekking = ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;

export function dekking(g: Gecontroleerd): Dekking {
  const uit = new Map<string, Map<string, string[]>>();
  const noteer = (regel: string, w: string, voorbeeld: string): void => {
    let per = uit.get(regel);
    if (!per) uit.set(regel, (per = new Map()));
    const lijst = per.get(w) ?? [];
    if (!lijst.includes(voorbeeld)) lijst.push(voorbeeld);
    per.set(w, lijst);
  };
  const loop = (k: UitlegKnoop, voorbeeld: string): void => {
    noteer(k.regel, weg(k.besluit), voorbeeld);
    k.gebruikt.forEach((x) => gebruik(x, voorbeeld));
  };
  const gebruik = (x: Gebruik, voorbeeld: string): void => {
    if (x.soort === 'regel') loop(x.uitleg, voorbeeld);
    else if (x.soort === 'functie') x.gebruikt.forEach((y) => gebruik(y, voorbeeld));
  };
  for (const v of g.voorbeelden) {
    if (v.verwachtFout) continue;
    const { invoer, opties } = voorbeeldInvoer(g, v);
    try {
      const r = evalueer(g, invoer, { ...opties, peildatum: kiesPeildatum(g, v).peildatum });
      for (const k of Object.values(r.uitleg.uitvoer)) loop(k, v.naam);
    } catch (x) {
      // an example that fails is reported by `regelwerk test`; it covers nothing here
      if (!(x instanceof RegelwerkFout)) throw x;
    }
  }
  return uit;
}
