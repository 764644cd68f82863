// Writes a JSON-encoded value back as Regelwerk source, e.g. for a counterexample `voorbeeld`.
import type { Type } from '../runtime/typen.js';
import * as G from '../runtime/getal.js';
import { EENHEDEN } from '../runtime/duur.js';
import { type IngekorteLijst, isIngekorteLijst } from '../runtime/runtime.js';

/** A long list shortened in an explanation (runtime `uitlegLijst`): first and last elements, how many between. */
export function ingekorteLijst(x: IngekorteLijst, el: (y: unknown) => string): string {
  return `[${x.eerste.map(el).join(', ')}, … ${x.weggelaten} weggelaten …, ${x.laatste.map(el).join(', ')}] (${x.aantal} elementen)`;
}

/** A JSON number (or exact number) of this soort in the drafters' notation (G.schrijfInSoort). */
function getal(x: unknown, soort: string): string {
  const g = typeof x === 'number' ? G.vanJsNumber(x) : G.isExactGetal(x) ? G.vanDecimaleTekst(x.decimaal) : null;
  return g ? G.schrijfInSoort(g, soort) : String(x);
}

const ENKELVOUD: Readonly<Record<string, string>> = Object.fromEntries(EENHEDEN.map((e) => [e.meervoud, e.enkelvoud]));

export function alsLiteral(x: unknown, t: Type): string {
  if (x === null || x === undefined) return 'leeg';
  switch (t.soort) {
    case 'leegbaar': return alsLiteral(x, t.type);
    case 'ja/nee': return x ? 'ja' : 'nee';
    case 'getal': case 'bedrag': case 'percentage': return getal(x, t.soort);
    case 'datum': return String(x);
    case 'duur': {
      const d = x as Record<string, number>;
      const delen = Object.entries(d).map(([eenheid, n]) => `${n} ${n === 1 ? ENKELVOUD[eenheid] ?? eenheid : eenheid}`);
      return delen.length === 1 ? delen[0]! : `(${delen.join(' + ')})`;
    }
    case 'tekst': return JSON.stringify(x);
    case 'keuze': return String(x);
    case 'lijst':
      if (isIngekorteLijst(x)) return ingekorteLijst(x, (y) => alsLiteral(y, t.element));
      return `[${(x as unknown[]).map((el) => alsLiteral(el, t.element)).join(', ')}]`;
    case 'gegevens': {
      const o = x as Record<string, unknown>;
      return `{ ${t.velden.map((v) => `${v.naam}: ${alsLiteral(o[v.naam], v.type)}`).join(', ')} }`;
    }
    default: return JSON.stringify(x);
  }
}
