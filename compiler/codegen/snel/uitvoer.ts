// Output of the fast path: the JSON of each output written by generated code as rt.schrijf
// writes it (amounts from scaled integers to euros, dates as text, durations by their parts),
// bailing where the exact path would throw.
import type { Type } from '../../../runtime/typen.js';
import { eigenschap, jsonType, sleutel } from '../ts-code.js';
import { type Vorm, BODEM, PRIM, macht, nee } from './vorm.js';
import type { Schrijver } from './schrijver.js';

/** Emits the JSON of internal value `c` (shape `v`) of type `t`, as rt.schrijf; bails where it would throw. */
export function schrijf(sn: Schrijver, c: string, v: Vorm, t: Type): string {
  if (v.kind === 'bodem') return t.soort === 'lijst' ? '[]' : 'null';
  switch (t.soort) {
    case 'leegbaar': {
      const r = sn.tmp();
      const b = sn.blok(() => schrijf(sn, c, v, t.type));
      sn.emit(`let ${r} = null;`)
      sn.emit(`if (${c} !== null) {`);
      sn.plaats(b.regels);
      sn.emit(`  ${r} = ${b.w};`);
      sn.emit('}');
      return r;
    }
    case 'ja/nee': case 'tekst': case 'keuze': return c;
    case 'datum': return sn.vast(`rt.snelSchrijfDatum(${c})`, PRIM).c;
    case 'duur': return sn.vast(`${c}.maanden === 0 ? { dagen: ${c}.dagen + 0 } : ${c}.dagen === 0 ? { maanden: ${c}.maanden + 0 } : { maanden: ${c}.maanden, dagen: ${c}.dagen }`, PRIM).c;
    case 'getal': case 'percentage': {
      if (v.kind !== 'num') return nee('uitvoer van een getal');
      // n / 10^s with n and 10^s exact doubles is correctly rounded, as G.naarJsNumber.
      return sn.vast(v.s === 0 ? `${c} + 0` : `${c} / ${macht(v.s)} + 0`, PRIM).c;
    }
    case 'bedrag': {
      if (v.kind !== 'num') return nee('uitvoer van een bedrag');
      let centen = c;
      if (v.s < 2) centen = sn.schaal({ c, v }, 2);
      else if (v.s > 2) {
        sn.bail(`${c} % ${macht(v.s - 2)} !== 0`);
        centen = sn.vast(`${c} / ${macht(v.s - 2)}`, PRIM).c;
      }
      sn.bail(`!(${centen} < 1e15 && ${centen} > -1e15)`);
      return sn.vast(`${centen} / 100 + 0`, PRIM).c;
    }
    case 'gegevens': {
      if (v.kind !== 'rec') return nee('uitvoer van een record');
      const velden = t.velden.map((f) => `${sleutel(f.naam)}: ${schrijf(sn, eigenschap(c, f.naam), v.v.get(f.naam) ?? BODEM, f.type)}`);
      return sn.vast(`{ ${velden.join(', ')} }`, PRIM).c;
    }
    case 'lijst': {
      if (v.kind !== 'lijst') return nee('uitvoer van een lijst');
      // ja/nee, tekst and keuzes are their JSON already, and every list is new in each evaluation (no module-level list exists): no copy
      const et = t.element.soort;
      if (v.el.kind === 'prim' && (et === 'ja/nee' || et === 'tekst' || et === 'keuze')) return `(${c} as (${jsonType(t.element)})[])`;
      const r = sn.tmp();
      const i = sn.tmp();
      const b = sn.blok(() => schrijf(sn, `${c}[${i}]!`, v.el, t.element));
      sn.emit(`const ${r}: (${jsonType(t.element)})[] = [];`);
      sn.emit(`for (let ${i} = 0; ${i} < ${c}.length; ${i}++) {`);
      sn.plaats(b.regels);
      sn.emit(`  ${r}.push(${b.w});`);
      sn.emit('}');
      return r;
    }
    default: return nee(`uitvoer van type ${t.soort}`);
  }
}
