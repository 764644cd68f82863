// CST -> AST for expressions: one translation per grammar rule of an expression, from `als` and
// the binders down to the literals; operators chain to the left in source order. A part error
// recovery left out becomes a `Fout` node.
import type { CstNode, IToken } from 'chevrotain';
import type * as A from '../ast.js';
import { DUUR_EENHEDEN } from '../keywords.js';
import { literaalBeeld } from '../lexer.js';
import { isToken, kw, node, nodes, plekVan, token, tokenPlek, tokens, tussen } from '../cst-lezen.js';

/** The names of the policies this file uses (`gebruik regeling naam`), while its declarations are translated. */
let regelingen: ReadonlySet<string> = new Set();

/** Translates with `namen` as the used policies: a call of one of them becomes a RegelingAanroep. */
export function metRegelingen<T>(namen: ReadonlySet<string>, f: () => T): T {
  const vorige = regelingen;
  regelingen = namen;
  try {
    return f();
  } finally {
    regelingen = vorige;
  }
}

export function leesTekst(beeld: string): string {
  return beeld.slice(1, -1).replace(/\\(.)/g, '$1');
}

export function naamplek(t: IToken | undefined, terugval: A.Plek): A.Naamplek {
  return t ? { naam: t.image, plek: tokenPlek(t) } : { naam: '', plek: terugval };
}

export function fout(plek: A.Plek): A.Expr {
  return { kind: 'Fout', plek };
}

export function expr(n: CstNode | undefined, terugval: A.Plek): A.Expr {
  if (!n) return fout(terugval);
  const c = n.children;
  const plek = plekVan(n, terugval);
  const als = node(c, 'alsExpr');
  if (als) {
    const ac = als.children;
    return { kind: 'Als', voorwaarde: expr(node(ac, 'expressie', 0), plek), dan: expr(node(ac, 'expressie', 1), plek), anders: expr(node(ac, 'expressie', 2), plek), plek };
  }
  const lambda = node(c, 'lambdaExpr');
  if (lambda) return lambdaExpr(lambda, plek);
  return ofExpr(node(c, 'ofExpr'), plek);
}

function lambdaExpr(n: CstNode, terugval: A.Plek): A.Expr {
  const c = n.children;
  const plek = plekVan(n, terugval);
  const namen = tokens(c, 'Naam');
  if (kw(c, 'er').length > 0) {
    return { kind: 'Kwantor', kwantor: 'er is een', variabele: naamplek(namen[0], plek), lijst: optel(node(c, 'optelExpr'), plek), voorwaarde: expr(node(c, 'expressie'), plek), plek };
  }
  if (kw(c, 'alle').length > 0) {
    return { kind: 'Kwantor', kwantor: 'voor alle', variabele: naamplek(namen[0], plek), lijst: optel(node(c, 'optelExpr'), plek), voorwaarde: expr(node(c, 'expressie'), plek), plek };
  }
  if (kw(c, 'vouw').length > 0) {
    return {
      kind: 'Vouw', variabele: naamplek(token(c, 'element'), plek), lijst: optel(node(c, 'optelExpr'), plek),
      accumulator: naamplek(token(c, 'accumulator'), plek), begin: expr(node(c, 'begin'), plek), stap: expr(node(c, 'stap'), plek), plek,
    };
  }
  const f = node(c, 'filter');
  const a = node(c, 'afbeelding');
  return {
    kind: 'Elke', variabele: naamplek(namen[0], plek), lijst: optel(node(c, 'optelExpr'), plek),
    filter: f ? expr(f, plek) : null, afbeelding: a ? expr(a, plek) : null, plek,
  };
}

/** Left-assoc chain: operands in `naam`, operators are the given tokens ordered by position. */
function keten<Op>(operanden: A.Expr[], ops: { op: Op; t: IToken }[], maak: (op: Op, l: A.Expr, r: A.Expr) => A.Expr): A.Expr {
  ops.sort((a, b) => a.t.startOffset - b.t.startOffset);
  let links = operanden[0]!;
  for (let i = 1; i < operanden.length; i++) links = maak(ops[i - 1]?.op ?? ops[0]!.op, links, operanden[i]!);
  return links;
}

function ofExpr(n: CstNode | undefined, terugval: A.Plek): A.Expr {
  if (!n) return fout(terugval);
  const plek = plekVan(n, terugval);
  const delen = nodes(n.children, 'enExpr').map((e) => enExpr(e, plek));
  if (delen.length === 0) return fout(plek);
  return delen.reduce((l, r) => ({ kind: 'Logisch', op: 'of', links: l, rechts: r, plek: tussen(l.plek, r.plek) }));
}

function enExpr(n: CstNode, terugval: A.Plek): A.Expr {
  const plek = plekVan(n, terugval);
  const delen = nodes(n.children, 'nietExpr').map((e) => nietExpr(e, plek));
  if (delen.length === 0) return fout(plek);
  return delen.reduce((l, r) => ({ kind: 'Logisch', op: 'en', links: l, rechts: r, plek: tussen(l.plek, r.plek) }));
}

function nietExpr(n: CstNode, terugval: A.Plek): A.Expr {
  const plek = plekVan(n, terugval);
  const binnen = node(n.children, 'nietExpr');
  if (binnen) return { kind: 'Niet', arg: nietExpr(binnen, plek), plek };
  return vergelijking(node(n.children, 'vergelijking'), plek);
}

function vergelijking(n: CstNode | undefined, terugval: A.Plek): A.Expr {
  if (!n) return fout(terugval);
  const c = n.children;
  const plek = plekVan(n, terugval);
  const links = afrond(node(c, 'afrondExpr', 0), plek);
  const rechtsNode = node(c, 'afrondExpr', 1);
  const isTok = kw(c, 'is')[0];
  const sym = node(c, 'symboolOperator');
  if (!isTok && !sym) return links;
  const rechts = afrond(rechtsNode, plek);
  if (sym) {
    const sc = sym.children;
    const op: A.VergelijkOp = token(sc, 'Gelijk') ? '=' : token(sc, 'Ongelijk') ? '!=' : token(sc, 'KleinerGelijk') ? '<=' : token(sc, 'GroterGelijk') ? '>=' : token(sc, 'Kleiner') ? '<' : '>';
    return { kind: 'Vergelijking', op, links, rechts, plek };
  }
  const niet = kw(c, 'niet').length > 0;
  const wo = node(c, 'woordOperator');
  const w = wo?.children ?? {};
  const heeft = (woord: string): boolean => kw(w, woord).length > 0;
  if (heeft('een') || heeft('geen')) {
    const opties = rechts.kind === 'Tupel' ? rechts.leden : [rechts];
    return { kind: 'EenVan', negatief: niet !== heeft('geen'), waarde: links, opties, plek };
  }
  if (!wo && rechts.kind === 'LeegLit') return { kind: 'IsLeeg', negatief: niet, arg: links, plek };
  let op: A.VergelijkOp = '=';
  if (heeft('minste')) op = '>=';
  else if (heeft('hoogste')) op = '<=';
  else if (heeft('groter') || heeft('na')) op = '>';
  else if (heeft('kleiner') || heeft('voor')) op = '<';
  const basis: A.Expr = { kind: 'Vergelijking', op, links, rechts, plek };
  if (!niet) return basis;
  if (op === '=') return { kind: 'Vergelijking', op: '!=', links, rechts, plek };
  return { kind: 'Niet', arg: basis, plek };
}

export function afrond(n: CstNode | undefined, terugval: A.Plek): A.Expr {
  if (!n) return fout(terugval);
  const plek = plekVan(n, terugval);
  let e = optel(node(n.children, 'optelExpr'), plek);
  for (const a of nodes(n.children, 'afronding')) {
    const ac = a.children;
    if (kw(ac, 'veelvoud').length > 0) {
      const naam = kw(ac, 'boven').length > 0 ? 'veelvoud naar boven' : 'veelvoud naar beneden';
      e = { kind: 'Ingebouwd', naam, argumenten: [e, optel(node(ac, 'optelExpr'), plekVan(a))], plek: tussen(e.plek, plekVan(a)) };
      continue;
    }
    let decimalen = 2;
    if (kw(ac, "euro's").length > 0 || kw(ac, 'hele').length > 0) decimalen = 0;
    const g = token(ac, 'GetalLit');
    if (g) decimalen = Number(literaalBeeld(g).replace(',', '.'));
    const richting: A.Richting = kw(ac, 'beneden').length > 0 ? 'naar beneden' : kw(ac, 'boven').length > 0 ? 'naar boven' : kw(ac, 'bankiers').length > 0 ? 'bankiers' : 'rekenkundig';
    e = { kind: 'Afronding', arg: e, decimalen, richting, plek: tussen(e.plek, plekVan(a)) };
  }
  return e;
}

export function optel(n: CstNode | undefined, terugval: A.Plek): A.Expr {
  if (!n) return fout(terugval);
  const plek = plekVan(n, terugval);
  const delen = nodes(n.children, 'maalExpr').map((m) => maal(m, plek));
  if (delen.length === 0) return fout(plek);
  const ops = [
    ...tokens(n.children, 'Plus').map((t) => ({ op: '+' as const, t })),
    ...tokens(n.children, 'Min').map((t) => ({ op: '-' as const, t })),
  ];
  return keten(delen, ops, (op, l, r) => ({ kind: 'Rekensom', op, links: l, rechts: r, plek: tussen(l.plek, r.plek) }));
}

function maal(n: CstNode, terugval: A.Plek): A.Expr {
  const plek = plekVan(n, terugval);
  const delen = nodes(n.children, 'unairExpr').map((m) => unair(m, plek));
  if (delen.length === 0) return fout(plek);
  const ops = [
    ...tokens(n.children, 'Maal').map((t) => ({ op: '*' as const, t })),
    ...tokens(n.children, 'Deel').map((t) => ({ op: '/' as const, t })),
    ...kw(n.children, 'van').map((t) => ({ op: 'van' as const, t })),
  ];
  return keten(delen, ops, (op, l, r) => ({ kind: 'Rekensom', op, links: l, rechts: r, plek: tussen(l.plek, r.plek) }));
}

export function unair(n: CstNode | undefined, terugval: A.Plek): A.Expr {
  if (!n) return fout(terugval);
  const c = n.children;
  const plek = plekVan(n, terugval);
  if (token(c, 'Min')) return { kind: 'Negatief', arg: unair(node(c, 'unairExpr'), plek), plek };
  const lo = node(c, 'lijstOp');
  if (lo) {
    const lc = lo.children;
    const op: A.LijstOpNaam = kw(lc, 'aantal').length ? 'aantal' : kw(lc, 'som').length ? 'som' : kw(lc, 'minimum').length ? 'minimum'
      : kw(lc, 'maximum').length ? 'maximum' : kw(lc, 'eerste').length ? 'eerste' : 'laatste';
    const l = node(lc, 'lambdaExpr');
    return { kind: 'LijstOp', op, arg: l ? lambdaExpr(l, plek) : unair(node(lc, 'unairExpr'), plek), plek };
  }
  const ka = node(c, 'kalender');
  if (ka) return kalender(ka, plek);
  const re = node(c, 'reeks');
  if (re) return { kind: 'Ingebouwd', naam: 'reeks', argumenten: [optel(node(re.children, 'begin'), plek), optel(node(re.children, 'einde'), plek)], plek: plekVan(re, plek) };
  return postfix(node(c, 'postfixExpr'), plek);
}

/** `tijdsduur van A tot B in hele jaren`, `jaar van D`, `de datum met jaar J, maand M en dag D`: Ingebouwd nodes. */
function kalender(n: CstNode, terugval: A.Plek): A.Expr {
  const c = n.children;
  const plek = plekVan(n, terugval);
  if (kw(c, 'tijdsduur').length > 0) {
    const eenheid = kw(c, 'jaren').length > 0 ? 'jaren' : kw(c, 'maanden').length > 0 ? 'maanden' : kw(c, 'weken').length > 0 ? 'weken' : 'dagen';
    return { kind: 'Ingebouwd', naam: `tijdsduur ${eenheid}`, argumenten: [optel(node(c, 'begin'), plek), optel(node(c, 'einde'), plek)], plek };
  }
  if (kw(c, 'de').length > 0) {
    return { kind: 'Ingebouwd', naam: 'datum met', argumenten: ['jaar', 'maand', 'dag'].map((d) => unair(node(c, d), plek)), plek };
  }
  const deel = kw(c, 'jaar').length > 0 ? 'jaar' : kw(c, 'maand').length > 0 ? 'maand' : 'dag';
  return { kind: 'Ingebouwd', naam: `${deel} van`, argumenten: [unair(node(c, 'datum'), plek)], plek };
}

function postfix(n: CstNode | undefined, terugval: A.Plek): A.Expr {
  if (!n) return fout(terugval);
  const c = n.children;
  const plek = plekVan(n, terugval);
  let e = primair(node(c, 'primair'), plek);
  // Postfix operators in source order: .veld, [index], duration unit.
  const stappen: { offset: number; doe: (x: A.Expr) => A.Expr }[] = [];
  const punten = tokens(c, 'Punt');
  const namen = tokens(c, 'Naam');
  punten.forEach((p, i) => {
    const v = namen[i];
    stappen.push({ offset: p.startOffset, doe: (x) => ({ kind: 'Veld', object: x, veld: v?.image ?? '', veldPlek: v ? tokenPlek(v) : tokenPlek(p), plek: tussen(x.plek, v ? tokenPlek(v) : tokenPlek(p)) }) });
  });
  const sluit = tokens(c, 'BlokSluit');
  tokens(c, 'BlokOpen').forEach((b, i) => {
    const idx = node(c, 'expressie', i);
    const s = sluit[i];
    stappen.push({ offset: b.startOffset, doe: (x) => ({ kind: 'Index', lijst: x, index: expr(idx, tokenPlek(b)), plek: tussen(x.plek, s ? tokenPlek(s) : tokenPlek(b)) }) });
  });
  for (const d of nodes(c, 'duurEenheid')) {
    const t = Object.values(d.children)[0]?.[0];
    if (!t || !isToken(t)) continue;
    const eenheid = DUUR_EENHEDEN[t.image] ?? 'dagen';
    stappen.push({ offset: t.startOffset, doe: (x) => ({ kind: 'DuurExpr', aantal: x, eenheid, plek: tussen(x.plek, tokenPlek(t)) }) });
  }
  const datums = nodes(c, 'datum');
  kw(c, 'op').forEach((o, i) => {
    const d = postfix(datums[i], tokenPlek(o));
    stappen.push({ offset: o.startOffset, doe: (x) => metDatum(x, d) ?? { kind: 'OpDatum', arg: x, datum: d, plek: tussen(x.plek, d.plek) } });
  });
  stappen.sort((a, b) => a.offset - b.offset);
  for (const s of stappen) e = s.doe(e);
  return e;
}

/**
 * `naam(...) op D` and `naam(...).veld op D`: the policy call evaluated at peildatum D (the date
 * goes into the call, under the fields read from it); null when `x` is no such call.
 */
function metDatum(x: A.Expr, d: A.Expr): A.Expr | null {
  if (x.kind === 'RegelingAanroep' && x.datum === null) return { ...x, datum: d, plek: tussen(x.plek, d.plek) };
  if (x.kind !== 'Veld') return null;
  const binnen = metDatum(x.object, d);
  return binnen && { ...x, object: binnen, plek: tussen(x.plek, d.plek) };
}

function primair(n: CstNode | undefined, terugval: A.Plek): A.Expr {
  if (!n) return fout(terugval);
  const c = n.children;
  const plek = plekVan(n, terugval);
  const lit = (naam: string): IToken | undefined => token(c, naam);
  let t: IToken | undefined;
  if ((t = lit('GetalLit'))) return { kind: 'GetalLit', tekst: literaalBeeld(t), plek };
  if ((t = lit('PercentageLit'))) return { kind: 'PercentageLit', tekst: literaalBeeld(t).replace(/[\s%]/g, ''), plek };
  if ((t = lit('BedragLit'))) return { kind: 'BedragLit', tekst: literaalBeeld(t).replace(/[€\s]/g, ''), plek };
  if ((t = lit('DatumLit'))) return { kind: 'DatumLit', tekst: literaalBeeld(t), plek };
  if ((t = lit('TekstLit'))) return { kind: 'TekstLit', waarde: leesTekst(t.image), plek };
  if (kw(c, 'ja').length) return { kind: 'JaNeeLit', waarde: true, plek };
  if (kw(c, 'nee').length) return { kind: 'JaNeeLit', waarde: false, plek };
  if (kw(c, 'leeg').length) return { kind: 'LeegLit', plek };
  if (kw(c, 'peildatum').length) return { kind: 'Peildatum', plek };
  if ((t = lit('Naam'))) {
    if (tokens(c, 'HaakOpen').length > 0) {
      const argumenten = nodes(c, 'argument').map((a): A.Argument => {
        const n = token(a.children, 'Naam');
        const waarde = expr(node(a.children, 'expressie'), plekVan(a, plek));
        return { naam: n?.image ?? null, naamPlek: n ? tokenPlek(n) : waarde.plek, waarde };
      });
      if (regelingen.has(t.image) || argumenten.some((a) => a.naam !== null)) {
        return { kind: 'RegelingAanroep', naam: t.image, naamPlek: tokenPlek(t), argumenten, datum: null, plek };
      }
      return { kind: 'Aanroep', naam: t.image, naamPlek: tokenPlek(t), argumenten: argumenten.map((a) => a.waarde), plek };
    }
    return { kind: 'Naam', naam: t.image, plek };
  }
  if (tokens(c, 'HaakOpen').length > 0) {
    const leden = nodes(c, 'lid').map((a) => expr(a, plek));
    if (leden.length === 1) return leden[0]!;
    return { kind: 'Tupel', leden, plek };
  }
  if (tokens(c, 'BlokOpen').length > 0) return { kind: 'LijstLit', elementen: nodes(c, 'element').map((a) => expr(a, plek)), plek };
  if (tokens(c, 'AccOpen').length > 0) {
    return {
      kind: 'GegevensLit',
      velden: nodes(c, 'veldWaarde').map((v) => ({ naam: token(v.children, 'Naam')?.image ?? '', waarde: expr(node(v.children, 'expressie'), plekVan(v)), plek: plekVan(v) })),
      plek,
    };
  }
  return fout(plek);
}
