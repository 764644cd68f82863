// Walking the AST: the direct sub-expressions of an expression, and every expression of a file.
// A chain `a + b + c + ...` or `a en b en c ...` is a left-leaning tree as deep as it is long
// (thousands of terms in a table of amounts); every walk here is a loop, and a recursive walk
// elsewhere goes down such a chain with `ketting`, so only real nesting costs stack.
import * as A from './ast.js';

/** A binary node whose left operand may continue the chain: arithmetic and `en`/`of`. */
export type Schakel = A.Expr & { kind: 'Rekensom' | 'Logisch' };

export function isSchakel(e: A.Expr): e is Schakel {
  return e.kind === 'Rekensom' || e.kind === 'Logisch';
}

/**
 * The left spine of a chain of the same kind: its first operand (not itself of that kind) and
 * the nodes above it, lowest first, so `((a + b) - c)` gives `a` and [`a + b`, `(a + b) - c`].
 * Evaluating the first operand and then each node's right operand in this order is exactly the
 * order of the recursive walk.
 */
export function ketting<K extends Schakel['kind']>(e: A.Expr & { kind: K }): { eerste: A.Expr; schakels: (A.Expr & { kind: K })[] } {
  const schakels: (A.Expr & { kind: K })[] = [];
  let x: A.Expr = e;
  while (x.kind === e.kind) {
    const s = x as A.Expr & { kind: K };
    schakels.push(s);
    x = s.links;
  }
  return { eerste: x, schakels: schakels.reverse() };
}

export function kinderen(e: A.Expr): readonly A.Expr[] {
  switch (e.kind) {
    case 'GetalLit': case 'BedragLit': case 'PercentageLit': case 'DatumLit': case 'TekstLit': case 'JaNeeLit':
    case 'LeegLit': case 'Peildatum': case 'Naam': case 'Fout':
      return [];
    case 'Aanroep': return e.argumenten;
    case 'RegelingAanroep': return [...e.argumenten.map((a) => a.waarde), ...(e.datum ? [e.datum] : [])];
    case 'Tupel': return e.leden;
    case 'LijstLit': return e.elementen;
    case 'GegevensLit': return e.velden.map((v) => v.waarde);
    case 'Veld': return [e.object];
    case 'OpDatum': return [e.arg, e.datum];
    case 'Index': return [e.lijst, e.index];
    case 'DuurExpr': return [e.aantal];
    case 'Negatief': case 'Niet': case 'Afronding': case 'LijstOp': case 'IsLeeg': return [e.arg];
    case 'Ingebouwd': return e.argumenten;
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
  const stapel: A.Expr[] = [e];
  while (stapel.length > 0) {
    const x = stapel.pop()!;
    yield x;
    const ks = kinderen(x);
    for (let i = ks.length - 1; i >= 0; i--) stapel.push(ks[i]!);
  }
}

/**
 * How deeply `e` is nested, not counting the left operand of a chain of the same kind: the
 * stack a walk that goes down chains with `ketting` needs. Without recursion.
 */
export function nesting(e: A.Expr): { diepte: number; diepste: A.Expr } {
  let diepte = 0, diepste = e;
  const stapel: [A.Expr, number][] = [[e, 1]];
  while (stapel.length > 0) {
    const [x, d] = stapel.pop()!;
    if (d > diepte) { diepte = d; diepste = x; }
    for (const k of kinderen(x)) stapel.push([k, isSchakel(x) && k === x.links && k.kind === x.kind ? d : d + 1]);
  }
  return { diepte, diepste };
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

const tabelAanroepenVan = new WeakMap<object, ReadonlySet<A.Expr>>();

/**
 * The function calls written in the rows of the decision tables of these rules (in a cell, or in
 * a header the row's condition copies): the calls whose evaluation and bron the explanation nests
 * under the rule, in both engines alike. Once per map of rules.
 */
export function tabelAanroepen(regels: ReadonlyMap<string, { readonly decl: A.Declaratie & { kind: 'Regel' } }>): ReadonlySet<A.Expr> {
  let set = tabelAanroepenVan.get(regels);
  if (!set) {
    const gevonden = new Set<A.Expr>();
    for (const r of regels.values()) {
      const t = r.decl.waarde;
      if (t.kind !== 'Tabel') continue;
      for (const rij of t.rijen) for (const wortel of [rij.voorwaarde, rij.uitvoer]) for (const e of alleExpressies(wortel)) if (e.kind === 'Aanroep') gevonden.add(e);
    }
    tabelAanroepenVan.set(regels, (set = gevonden));
  }
  return set;
}
