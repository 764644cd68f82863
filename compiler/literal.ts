// Writes a JSON-encoded value back as Regelwerk source, e.g. for a counterexample `voorbeeld`.
import type { Type } from '../stdlib/typen.js';

function getal(x: number): string {
  return String(x).replace('.', ',');
}

const ENKELVOUD: Readonly<Record<string, string>> = { dagen: 'dag', weken: 'week', maanden: 'maand', jaren: 'jaar' };

export function alsLiteral(x: unknown, t: Type): string {
  if (x === null || x === undefined) return 'leeg';
  switch (t.soort) {
    case 'leegbaar': return alsLiteral(x, t.type);
    case 'ja/nee': return x ? 'ja' : 'nee';
    case 'getal': return (x as number) < 0 ? `-${getal(-(x as number))}` : getal(x as number);
    case 'bedrag': {
      const v = x as number;
      // Whole cents as € 12,50; an exact intermediate amount keeps every decimal it has.
      const centen = Math.abs(v) * 100;
      const tekst = `€ ${Math.abs(centen - Math.round(centen)) < 1e-6 ? Math.abs(v).toFixed(2).replace('.', ',') : getal(Math.abs(v))}`;
      return v < 0 ? `-${tekst}` : tekst;
    }
    case 'percentage': return (x as number) < 0 ? `-${getal(-(x as number))}%` : `${getal(x as number)}%`;
    case 'datum': return String(x);
    case 'duur': {
      const d = x as Record<string, number>;
      const delen = Object.entries(d).map(([eenheid, n]) => `${n} ${n === 1 ? ENKELVOUD[eenheid] ?? eenheid : eenheid}`);
      return delen.length === 1 ? delen[0]! : `(${delen.join(' + ')})`;
    }
    case 'tekst': return JSON.stringify(x);
    case 'keuze': return String(x);
    case 'lijst': return `[${(x as unknown[]).map((el) => alsLiteral(el, t.element)).join(', ')}]`;
    case 'gegevens': {
      const o = x as Record<string, unknown>;
      return `{ ${t.velden.map((v) => `${v.naam}: ${alsLiteral(o[v.naam], v.type)}`).join(', ')} }`;
    }
    default: return JSON.stringify(x);
  }
}
