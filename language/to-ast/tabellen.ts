// CST -> AST for a decision table: the header says which column is input, output or `bron`; each
// cell is read as a test on its column (`ten minste 21`, `een van a, b`, `-`), and each row's tests
// are desugared into one ordinary condition on copies of the column headers, so every later stage
// reuses its handling of conditions. A cell keeps its text as written (`brontekst`), for messages.
import type { CstNode } from 'chevrotain';
import type * as A from '../ast.js';
import { kw, node, nodes, plekVan, token, tussen } from '../cst-lezen.js';
import { afrond, expr, fout } from './expressies.js';

/** What a cell holds, before its column says how to read it. */
type CelInhoud =
  | { readonly vorm: 'elk' }
  | { readonly vorm: 'bron' }
  | { readonly vorm: 'expr'; readonly e: A.Expr }
  | { readonly vorm: 'toets'; readonly toets: A.CelToets };

function celTekst(plek: A.Plek, brontekst: string): string {
  return brontekst.slice(plek.offset, plek.eind).replace(/\s+/g, ' ').trim();
}

function celInhoud(n: CstNode, plek: A.Plek): CelInhoud {
  const c = n.children;
  const waarde = (): A.Expr => afrond(node(c, 'afrondExpr'), plek);
  if (kw(c, 'bron').length > 0) return { vorm: 'bron' };
  if (kw(c, 'minste').length > 0) return { vorm: 'toets', toets: { kind: 'vergelijk', op: '>=', waarde: waarde() } };
  if (kw(c, 'hoogste').length > 0) return { vorm: 'toets', toets: { kind: 'vergelijk', op: '<=', waarde: waarde() } };
  if (kw(c, 'groter').length > 0 || kw(c, 'na').length > 0) return { vorm: 'toets', toets: { kind: 'vergelijk', op: '>', waarde: waarde() } };
  if (kw(c, 'kleiner').length > 0 || kw(c, 'voor').length > 0) return { vorm: 'toets', toets: { kind: 'vergelijk', op: '<', waarde: waarde() } };
  if (kw(c, 'een').length > 0 || kw(c, 'geen').length > 0) {
    return { vorm: 'toets', toets: { kind: 'eenVan', negatief: kw(c, 'geen').length > 0, opties: nodes(c, 'optie').map((o) => afrond(o, plek)) } };
  }
  const e = node(c, 'expressie');
  if (e) {
    const tot = node(c, 'totEnMet');
    if (tot) return { vorm: 'toets', toets: { kind: 'bereik', van: expr(e, plek), tot: afrond(tot, plek) } };
    return { vorm: 'expr', e: expr(e, plek) };
  }
  if (token(c, 'Min')) return { vorm: 'elk' };
  return { vorm: 'expr', e: fout(plek) };
}

/** An input cell's test: an expression is equality, `leeg` and `niet ...` are the tests they read as. */
function alsToets(x: CelInhoud): A.CelToets {
  switch (x.vorm) {
    case 'elk': return { kind: 'elk' };
    case 'bron': return { kind: 'fout', reden: "'bron' staat alleen in de kop, boven de laatste kolom" };
    case 'toets': return x.toets;
    case 'expr': {
      const e = x.e;
      if (e.kind === 'LeegLit') return { kind: 'leeg', negatief: false };
      if (e.kind === 'Niet' && e.arg.kind === 'LeegLit') return { kind: 'leeg', negatief: true };
      if (e.kind === 'Niet') return { kind: 'vergelijk', op: '!=', waarde: e.arg };
      return { kind: 'vergelijk', op: '=', waarde: e };
    }
  }
}

/** The copies made for the row being translated (TabelRij.onderwerpen). */
let onderwerpen: A.Expr[] = [];

/** A copy of a header expression for one cell: every test gets its own nodes (types, bindings). */
function kopie(e: A.Expr): A.Expr {
  const k = structuredClone(e);
  onderwerpen.push(k);
  return k;
}

/** The test as an ordinary condition on (a copy of) the column's header, or null for `-`. */
function alsVoorwaarde(t: A.CelToets, kop: A.Expr, plek: A.Plek): A.Expr | null {
  switch (t.kind) {
    case 'elk': return null;
    case 'leeg': return { kind: 'IsLeeg', negatief: t.negatief, arg: kopie(kop), plek };
    case 'vergelijk': return { kind: 'Vergelijking', op: t.op, links: kopie(kop), rechts: t.waarde, plek };
    case 'bereik':
      return {
        kind: 'Logisch', op: 'en', plek,
        links: { kind: 'Vergelijking', op: '>=', links: kopie(kop), rechts: t.van, plek },
        rechts: { kind: 'Vergelijking', op: '<=', links: kopie(kop), rechts: t.tot, plek },
      };
    case 'eenVan': return { kind: 'EenVan', negatief: t.negatief, waarde: kopie(kop), opties: t.opties, plek };
    case 'fout': return fout(plek);
  }
}

export function tabel(n: CstNode, terugval: A.Plek, brontekst: string): A.Expr {
  const c = n.children;
  const plek = plekVan(n, terugval);
  const beleid: A.TabelBeleid = kw(c, 'uniek').length > 0 ? 'uniek' : 'eerste';
  const kopNode = node(c, 'tabelKop');
  const kopCellen = (kopNode ? nodes(kopNode.children, 'tabelCel') : []).map((k) => {
    const p = plekVan(k, plek);
    return { p, tekst: celTekst(p, brontekst), inhoud: celInhoud(k, p) };
  });
  const heeftBron = kopCellen.length > 1 && kopCellen[kopCellen.length - 1]!.inhoud.vorm === 'bron';
  const uitvoerIndex = kopCellen.length - (heeftBron ? 2 : 1);
  const alsKop = (k: (typeof kopCellen)[number] | undefined): A.TabelKop => {
    if (!k) return { expr: fout(plek), tekst: '', plek };
    return { expr: k.inhoud.vorm === 'expr' ? k.inhoud.e : fout(k.p), tekst: k.tekst, plek: k.p };
  };
  const kolommen = kopCellen.slice(0, Math.max(0, uitvoerIndex)).map(alsKop);
  const uitvoerKop = alsKop(kopCellen[uitvoerIndex]);
  const rijen = nodes(c, 'tabelRij').map((r, i): A.TabelRij => {
    const rplek = plekVan(r, plek);
    const cellen = nodes(r.children, 'tabelCel').map((k) => {
      const p = plekVan(k, rplek);
      return { plek: p, tekst: celTekst(p, brontekst), inhoud: celInhoud(k, p) };
    });
    const toetsen = kolommen.map((kol, j) => {
      const cel = cellen[j];
      return cel ? { tekst: cel.tekst, plek: cel.plek, toets: alsToets(cel.inhoud) } : { tekst: '', plek: rplek, toets: { kind: 'fout', reden: 'ontbreekt' } as A.CelToets };
    });
    onderwerpen = [];
    const delen = toetsen.flatMap((t, j) => {
      const v = alsVoorwaarde(t.toets, kolommen[j]!.expr, t.plek);
      return v ? [v] : [];
    });
    const voorwaarde = delen.length === 0
      ? { kind: 'JaNeeLit', waarde: true, plek: rplek } as A.Expr
      : delen.reduce((l, r2) => ({ kind: 'Logisch', op: 'en', links: l, rechts: r2, plek: tussen(l.plek, r2.plek) }));
    const uc = cellen[uitvoerIndex];
    const uitvoer = uc?.inhoud.vorm === 'expr' ? uc.inhoud.e : fout(uc?.plek ?? rplek);
    const bc = heeftBron ? cellen[uitvoerIndex + 1] : undefined;
    let rijBron: A.Bron | null = null;
    let bronOngeldig: A.Plek | null = null;
    if (bc) {
      if (bc.inhoud.vorm === 'expr' && bc.inhoud.e.kind === 'TekstLit') rijBron = { tekst: bc.inhoud.e.waarde, plek: bc.plek };
      else if (bc.inhoud.vorm !== 'elk') bronOngeldig = bc.plek;
    }
    return {
      nummer: i + 1, toetsen, voorwaarde, onderwerpen, uitvoer, uitvoerCel: { tekst: uc?.tekst ?? '', plek: uc?.plek ?? rplek },
      bron: rijBron, bronOngeldig, cellen: cellen.slice(0, uitvoerIndex + 1).map((x) => x.tekst), aantalCellen: cellen.length, plek: rplek,
    };
  });
  return { kind: 'Tabel', beleid, kolommen, uitvoerKop, heeftBron, rijen, plek };
}
