// Walking the AST: the direct sub-expressions of an expression, and every expression of a file.
import * as A from './ast.js';

export function kinderen(e: A.Expr): readonly A.Expr[] {
  switch (e.kind) {
    case 'GetalLit': case 'BedragLit': case 'PercentageLit': case 'DatumLit': case 'TekstLit': case 'JaNeeLit':
    case 'LeegLit': case 'Peildatum': case 'Naam': case 'Fout':
      return [];
    case 'Aanroep': return e.argumenten;
    case 'Tupel': return e.leden;
    case 'LijstLit': return e.elementen;
    case 'GegevensLit': return e.velden.map((v) => v.waarde);
    case 'Veld': return [e.object];
    case 'Index': return [e.lijst, e.index];
    case 'DuurExpr': return [e.aantal];
    case 'Negatief': case 'Niet': case 'Afronding': case 'LijstOp': case 'IsLeeg': return [e.arg];
    case 'Rekensom': case 'Logisch': case 'Vergelijking': return [e.links, e.rechts];
    case 'EenVan': return [e.waarde, ...e.opties];
    case 'Als': return [e.voorwaarde, e.dan, e.anders];
    case 'Kwantor': return [e.lijst, e.voorwaarde];
    case 'Elke': return [e.lijst, ...(e.filter ? [e.filter] : []), ...(e.afbeelding ? [e.afbeelding] : [])];
    case 'Vouw': return [e.lijst, e.begin, e.stap];
    // The headers, then every row's condition (on its own copies of the headers) and value.
    case 'Tabel': return [...e.kolommen.map((k) => k.expr), ...e.rijen.flatMap((r) => [r.voorwaarde, r.uitvoer])];
    default: return A.onmogelijk(e);
  }
}

/** Every expression node in the tree below (and including) `e`, parents first. */
export function* alleExpressies(e: A.Expr): Generator<A.Expr> {
  yield e;
  for (const k of kinderen(e)) yield* alleExpressies(k);
}

/** The root expressions of every declaration in a file. */
export function wortelExpressies(b: A.Bestand): A.Expr[] {
  const uit: A.Expr[] = [];
  for (const d of b.declaraties) {
    switch (d.kind) {
      case 'Soort': uit.push(...d.eisen.map((x) => x.voorwaarde)); break;
      case 'Invoer': uit.push(...d.eisen.map((x) => x.voorwaarde), ...(d.bereik ? [d.bereik.van, d.bereik.tot] : [])); break;
      case 'Parameter': uit.push(...d.rijen.map((r) => r.waarde)); break;
      case 'Functie': uit.push(d.lichaam); break;
      case 'Regel': uit.push(d.waarde, ...(d.indien ? [d.indien] : []), ...d.uitzonderingen.flatMap((u) => [u.voorwaarde, u.waarde])); break;
      case 'Eigenschap': if (d.vorm.kind === 'Bewering') uit.push(d.vorm.expressie); if (d.indien) uit.push(d.indien); break;
      case 'Bereik': uit.push(d.van, d.tot); break;
      case 'Voorbeeld': case 'VoorbeeldenPeildatum': case 'Gebruik': case 'Uitvoer': break;
      default: A.onmogelijk(d);
    }
  }
  return uit;
}
