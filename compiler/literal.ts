// Writes a JSON-encoded value back as Regelwerk source, e.g. for a counterexample `voorbeeld`.
import type { Type } from '../stdlib/typen.js';

function getal(x: number): string {
  return String(x).replace('.', ',');
}

export function alsLiteral(x: unknown, t: Type): string {
  if (x === null || x === undefined) return 'leeg';
  switch (t.soort) {
    case 'leegbaar': return alsLiteral(x, t.type);
    case 'ja/nee': return x ? 'ja' : 'nee';
    case 'getal': return (x as number) < 0 ? `-${getal(-(x as number))}` : getal(x as number);
    case 'bedrag': {
      const v = x as number;
      const tekst = `€ ${Math.abs(v).toFixed(2).replace('.', ',')}`;
      return v < 0 ? `-${tekst}` : tekst;
    }
    case 'percentage': return (x as number) < 0 ? `-${getal(-(x as number))}%` : `${getal(x as number)}%`;
    case 'datum': return String(x);
    case 'duur': {
      const d = x as Record<string, number>;
      const delen = Object.entries(d).map(([eenheid, n]) => `${n} ${eenheid}`);
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
