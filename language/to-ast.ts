// CST -> AST: turns Chevrotain's concrete syntax tree into the typed nodes of ast.ts.
// Parts that error recovery left out become `Fout` nodes, so the checker can still run.
// Longer than 600 lines: one translation per grammar rule, and a decision table's cells are
// desugared here into ordinary conditions (so every later stage reuses its handling of them).
import type { CstElement, CstNode, IToken } from 'chevrotain';
import type * as A from './ast.js';
import { DUUR_EENHEDEN } from './keywords.js';
import { literaalBeeld } from './lexer.js';

type Kinderen = Record<string, CstElement[] | undefined>;

function isToken(e: CstElement): e is IToken {
  return (e as IToken).image !== undefined;
}

function tokens(ctx: Kinderen, naam: string): IToken[] {
  return (ctx[naam] ?? []).filter(isToken).filter((t) => !t.isInsertedInRecovery);
}
function token(ctx: Kinderen, naam: string, i = 0): IToken | undefined {
  return tokens(ctx, naam)[i];
}
function nodes(ctx: Kinderen, naam: string): CstNode[] {
  return (ctx[naam] ?? []).filter((e): e is CstNode => !isToken(e));
}
function node(ctx: Kinderen, naam: string, i = 0): CstNode | undefined {
  return nodes(ctx, naam)[i];
}
function kw(ctx: Kinderen, woord: string): IToken[] {
  return tokens(ctx, `K_${woord.replace(/'/g, '')}`);
}

function datumBeeld(t: IToken | undefined): string | null {
  return t ? literaalBeeld(t) : null;
}

const LEGE_PLEK: A.Plek = { offset: 0, eind: 0, regel: 1, kolom: 1 };

function tokenPlek(t: IToken): A.Plek {
  return { offset: t.startOffset, eind: (t.endOffset ?? t.startOffset) + 1, regel: t.startLine ?? 1, kolom: t.startColumn ?? 1 };
}

/** The span of a CST node: from its first to its last real token. */
/** First and last real token under a CST node, memoised: plekVan is asked at every level of an expression. */
const grenzen = new WeakMap<CstNode, { eerste: IToken | undefined; laatste: IToken | undefined }>();

function tokenGrenzen(n: CstNode): { eerste: IToken | undefined; laatste: IToken | undefined } {
  const bekend = grenzen.get(n);
  if (bekend) return bekend;
  let eerste: IToken | undefined;
  let laatste: IToken | undefined;
  const neem = (e: IToken | undefined): void => {
    if (!e) return;
    if (!eerste || e.startOffset < eerste.startOffset) eerste = e;
    if (!laatste || e.startOffset > laatste.startOffset) laatste = e;
  };
  for (const lijst of Object.values(n.children)) {
    for (const e of lijst ?? []) {
      if (isToken(e)) {
        if (!e.isInsertedInRecovery && !Number.isNaN(e.startOffset)) neem(e);
      } else {
        const g = tokenGrenzen(e);
        neem(g.eerste);
        neem(g.laatste);
      }
    }
  }
  const g = { eerste, laatste };
  grenzen.set(n, g);
  return g;
}

function plekVan(n: CstNode | undefined, terugval: A.Plek = LEGE_PLEK): A.Plek {
  if (!n) return terugval;
  const { eerste, laatste } = tokenGrenzen(n);
  if (!eerste || !laatste) return terugval;
  const begin = tokenPlek(eerste);
  return { ...begin, eind: (laatste.endOffset ?? laatste.startOffset) + 1 };
}

function tussen(a: A.Plek, b: A.Plek): A.Plek {
  return { offset: a.offset, regel: a.regel, kolom: a.kolom, eind: Math.max(a.eind, b.eind) };
}

export function leesTekst(beeld: string): string {
  return beeld.slice(1, -1).replace(/\\(.)/g, '$1');
}

function bron(n: CstNode | undefined): A.Bron | null {
  if (!n) return null;
  const t = token(n.children, 'TekstLit');
  return t ? { tekst: leesTekst(t.image), plek: tokenPlek(t) } : null;
}

function naamplek(t: IToken | undefined, terugval: A.Plek): A.Naamplek {
  return t ? { naam: t.image, plek: tokenPlek(t) } : { naam: '', plek: terugval };
}

/** The source text of the file being translated: decision-table cells keep their text as written. */
let brontekst = '';

export function naarAst(cst: CstNode, bestandsnaam: string, commentaren: IToken[], tekst = ''): A.Bestand {
  brontekst = tekst;
  const c = cst.children;
  const kopNode = node(c, 'kop');
  return {
    bestandsnaam,
    kop: kopNode ? kop(kopNode) : null,
    declaraties: nodes(c, 'declaratie').flatMap((d) => {
      const x = declaratie(d);
      return x ? [x] : [];
    }),
    commentaren: commentaren.map((t) => ({ tekst: t.image.slice(2).trim(), plek: tokenPlek(t) })),
  };
}

function kop(n: CstNode): A.Kop {
  const c = n.children;
  let geldigVanaf: string | null = null;
  let geldigTot: string | null = null;
  const data = tokens(c, 'DatumLit');
  const soorten = [...kw(c, 'vanaf'), ...kw(c, 'tot')].sort((a, b) => a.startOffset - b.startOffset);
  soorten.forEach((s, i) => {
    const d = data[i] ? literaalBeeld(data[i]) : null;
    if (s.image === 'vanaf') geldigVanaf = d;
    else geldigTot = d;
  });
  return { naam: token(c, 'Naam')?.image ?? '', bron: bron(node(c, 'bronClausule')), geldigVanaf, geldigTot, plek: plekVan(n) };
}

function declaratie(n: CstNode): A.Declaratie | null {
  const [naam, kind] = Object.entries(n.children)[0] ?? [];
  const d = kind?.[0];
  if (!naam || !d || isToken(d)) return null;
  const c = d.children;
  const plek = plekVan(d);
  const naamTok = token(c, 'Naam');
  const naamPlek = naamTok ? tokenPlek(naamTok) : plek;
  const eigenNaam = naamTok?.image;
  switch (naam) {
    case 'gebruikDecl':
      return eigenNaam ? { kind: 'Gebruik', naam: eigenNaam, plek } : null;
    case 'bereikDecl':
      if (!eigenNaam) return null;
      return { kind: 'Bereik', naam: eigenNaam, van: optel(node(c, 'optelExpr', 0), plek), tot: optel(node(c, 'optelExpr', 1), plek), plek, naamPlek };
    case 'soortDecl':
      if (!eigenNaam) return null;
      return { kind: 'Soort', naam: eigenNaam, type: type(node(c, 'type'), plek), eisen: nodes(c, 'eisClausule').map(eis), bron: bron(node(c, 'bronClausule')), plek, naamPlek };
    case 'invoerDecl': {
      if (!eigenNaam) return null;
      const b = node(c, 'bereikClausule');
      return {
        kind: 'Invoer', naam: eigenNaam, type: type(node(c, 'type'), plek), eisen: nodes(c, 'eisClausule').map(eis),
        bereik: b ? { van: optel(node(b.children, 'optelExpr', 0), plekVan(b)), tot: optel(node(b.children, 'optelExpr', 1), plekVan(b)) } : null,
        bron: bron(node(c, 'bronClausule')), plek, naamPlek,
      };
    }
    case 'uitvoerDecl':
      if (!eigenNaam) return null;
      return { kind: 'Uitvoer', naam: eigenNaam, type: type(node(c, 'type'), plek), bron: bron(node(c, 'bronClausule')), plek, naamPlek };
    case 'parameterDecl': {
      if (!eigenNaam) return null;
      const bronnen = nodes(c, 'bronClausule');
      const isTok = kw(c, 'is')[0];
      const rijen: A.ParameterRij[] = [];
      let paramBron: A.Bron | null = null;
      if (isTok) {
        // `parameter x: T [bron] is W [bron]`: a bron before `is` belongs to the parameter,
        // one after it to the value; both are shown, so keep whichever is given.
        const voor = bronnen.find((b) => plekVan(b).offset < isTok.startOffset);
        const na = bronnen.find((b) => plekVan(b).offset > isTok.startOffset);
        paramBron = bron(voor) ?? bron(na);
        rijen.push({ vanaf: null, tot: null, waarde: optel(node(c, 'optelExpr'), plek), bron: bron(na), plek });
      } else {
        paramBron = bron(bronnen[0]);
        for (const r of nodes(c, 'parameterRij')) {
          const rc = r.children;
          const datums = tokens(rc, 'DatumLit');
          rijen.push({ vanaf: datums[0] ? literaalBeeld(datums[0]) : null, tot: datums[1] ? literaalBeeld(datums[1]) : null, waarde: optel(node(rc, 'optelExpr'), plekVan(r)), bron: bron(node(rc, 'bronClausule')), plek: plekVan(r) });
        }
      }
      return { kind: 'Parameter', naam: eigenNaam, type: type(node(c, 'type'), plek), rijen, bron: paramBron, plek, naamPlek };
    }
    case 'functieDecl':
      if (!eigenNaam) return null;
      return {
        kind: 'Functie', naam: eigenNaam, parameters: nodes(c, 'veldDef').map((v) => veldDef(v, plek)),
        type: type(node(c, 'type'), plek), lichaam: expr(node(c, 'expressie'), plek), bron: bron(node(c, 'bronClausule')), plek, naamPlek,
      };
    case 'regelDecl': {
      if (!eigenNaam) return null;
      const t = node(c, 'type');
      return {
        kind: 'Regel', naam: eigenNaam, type: t ? type(t, plek) : null,
        waarde: node(c, 'tabel') ? tabel(node(c, 'tabel')!, plek) : expr(node(c, 'expressie', 0), plek),
        // With a table as the value, the `indien` condition is the only expressie child.
        indien: kw(c, 'indien').length > 0 ? expr(node(c, 'expressie', node(c, 'tabel') ? 0 : 1), plek) : null,
        bron: bron(node(c, 'bronClausule')),
        uitzonderingen: nodes(c, 'uitzondering').map((u, i) => uitzondering(u, i)), plek, naamPlek,
      };
    }
    case 'voorbeeldenPeildatumDecl':
      return { kind: 'VoorbeeldenPeildatum', peildatum: datumBeeld(token(c, 'DatumLit')) ?? '', plek };
    case 'voorbeeldDecl': {
      const naamT = tokens(c, 'TekstLit');
      const verwachtTok = kw(c, 'verwacht')[0];
      const gegevenTok = kw(c, 'gegeven')[0];
      const alle = nodes(c, 'toewijzing').map(toewijzing);
      const grens = (t: IToken | undefined): number => t?.startOffset ?? Number.POSITIVE_INFINITY;
      const fout = kw(c, 'fout')[0];
      return {
        kind: 'Voorbeeld', naam: naamT[0] ? leesTekst(naamT[0].image) : '', bron: bron(node(c, 'bronClausule')),
        peildatum: datumBeeld(token(c, 'DatumLit')),
        parameters: alle.filter((t) => t.plek.offset < grens(gegevenTok)),
        gegeven: alle.filter((t) => t.plek.offset > grens(gegevenTok) && t.plek.offset < grens(verwachtTok)),
        verwacht: alle.filter((t) => t.plek.offset > grens(verwachtTok)),
        verwachtFout: fout ? { tekst: naamT[1] ? leesTekst(naamT[1].image) : null } : null,
        plek,
      };
    }
    case 'eigenschapDecl': {
      const naamT = token(c, 'TekstLit');
      const namen = tokens(c, 'Naam');
      let vorm: A.EigenschapVorm;
      const exprs = nodes(c, 'expressie');
      if (kw(c, 'hangt').length > 0) {
        const inv = namen[namen.length - 1];
        vorm = { kind: 'Onafhankelijk', uitvoer: namen.slice(0, -1).map((t) => naamplek(t, plek)), invoer: naamplek(inv, plek) };
      } else if (kw(c, 'stijgt').length + kw(c, 'daalt').length > 1) {
        vorm = { kind: 'Monotoon', uitvoer: naamplek(namen[0], plek), richting: kw(c, 'daalt').length > 0 ? 'daalt' : 'stijgt', invoer: naamplek(namen[1], plek) };
      } else {
        vorm = { kind: 'Bewering', expressie: expr(exprs[0], plek) };
      }
      const heeftIndien = kw(c, 'indien').length > 0;
      return {
        kind: 'Eigenschap', naam: naamT ? leesTekst(naamT.image) : '', vorm,
        indien: heeftIndien ? expr(exprs[exprs.length - 1], plek) : null, bron: bron(node(c, 'bronClausule')), plek,
      };
    }
    default:
      return null;
  }
}

function eis(n: CstNode): A.Eis {
  const t = token(n.children, 'TekstLit');
  return { voorwaarde: expr(node(n.children, 'expressie'), plekVan(n)), melding: t ? leesTekst(t.image) : null, plek: plekVan(n) };
}

function uitzondering(n: CstNode, i: number): A.Uitzondering {
  const c = n.children;
  const t = token(c, 'TekstLit');
  const plek = plekVan(n);
  return {
    label: t ? leesTekst(t.image) : `uitzondering ${i + 1}`, voorwaarde: expr(node(c, 'expressie', 0), plek),
    waarde: expr(node(c, 'expressie', 1), plek), bron: bron(node(c, 'bronClausule')), plek,
  };
}

function toewijzing(n: CstNode): A.Toewijzing {
  const plek = plekVan(n);
  return { naam: token(n.children, 'Naam')?.image ?? '', waarde: optel(node(n.children, 'optelExpr'), plek), plek };
}

function veldDef(n: CstNode, terugval: A.Plek): A.VeldDef {
  const plek = plekVan(n, terugval);
  return { naam: token(n.children, 'Naam')?.image ?? '', type: type(node(n.children, 'type'), plek), plek };
}

function type(n: CstNode | undefined, terugval: A.Plek): A.TypeExpr {
  const plek = plekVan(n, terugval);
  if (!n) return { kind: 'NaamType', naam: '', plek };
  const basis = basisType(node(n.children, 'basisType'), plek);
  return kw(n.children, 'leeg').length > 0 ? { kind: 'LeegbaarType', basis, plek } : basis;
}

function basisType(n: CstNode | undefined, terugval: A.Plek): A.TypeExpr {
  const plek = plekVan(n, terugval);
  if (!n) return { kind: 'NaamType', naam: '', plek };
  const c = n.children;
  if (token(c, 'JaNee')) return { kind: 'BasisType', naam: 'ja/nee', plek };
  for (const b of ['getal', 'bedrag', 'percentage', 'datum', 'duur', 'tekst'] as const) {
    if (kw(c, b).length > 0) {
      const r = node(c, 'typeBereik');
      return { kind: 'BasisType', naam: b, plek, ...(kw(c, 'geheel').length > 0 ? { geheel: true } : {}), ...(r ? typeBereik(r, plek) : {}) };
    }
  }
  if (kw(c, 'keuze').length > 0) return { kind: 'KeuzeType', waarden: tokens(c, 'Naam').map((t) => naamplek(t, plek)), plek };
  if (kw(c, 'gegevens').length > 0) return { kind: 'GegevensType', velden: nodes(c, 'veldDef').map((v) => veldDef(v, plek)), plek };
  if (kw(c, 'lijst').length > 0) return { kind: 'LijstType', element: basisType(node(c, 'basisType'), plek), plek };
  return { kind: 'NaamType', naam: token(c, 'NaamLit')?.image ?? '', plek };
}

function typeBereik(n: CstNode, terugval: A.Plek): { min?: A.GrensExpr; max?: A.GrensExpr } {
  const c = n.children;
  const plek = plekVan(n, terugval);
  const onder = node(c, 'ondergrens');
  const boven = node(c, 'bovengrens');
  if (kw(c, 'van').length > 0) {
    return {
      min: { waarde: unair(node(c, 'vanGrens'), plek), inclusief: true },
      max: { waarde: unair(node(c, 'totGrens'), plek), inclusief: kw(c, 'met').length > 0 },
    };
  }
  const uit: { min?: A.GrensExpr; max?: A.GrensExpr } = {};
  if (onder) uit.min = { waarde: unair(node(onder.children, 'unairExpr'), plek), inclusief: kw(onder.children, 'minste').length > 0 };
  if (boven) uit.max = { waarde: unair(node(boven.children, 'unairExpr'), plek), inclusief: kw(boven.children, 'hoogste').length > 0 };
  return uit;
}

// ---- decision tables ----

/** What a cell holds, before its column says how to read it. */
type CelInhoud =
  | { readonly vorm: 'elk' }
  | { readonly vorm: 'bron' }
  | { readonly vorm: 'expr'; readonly e: A.Expr }
  | { readonly vorm: 'toets'; readonly toets: A.CelToets };

function celTekst(plek: A.Plek): string {
  return brontekst.slice(plek.offset, plek.eind).replace(/\s+/g, ' ').trim();
}

function celInhoud(n: CstNode, plek: A.Plek): CelInhoud {
  const c = n.children;
  const waarde = (): A.Expr => afrond(node(c, 'afrondExpr'), plek);
  if (kw(c, 'bron').length > 0) return { vorm: 'bron' };
  if (kw(c, 'minste').length > 0) return { vorm: 'toets', toets: { soort: 'vergelijk', op: '>=', waarde: waarde() } };
  if (kw(c, 'hoogste').length > 0) return { vorm: 'toets', toets: { soort: 'vergelijk', op: '<=', waarde: waarde() } };
  if (kw(c, 'groter').length > 0 || kw(c, 'na').length > 0) return { vorm: 'toets', toets: { soort: 'vergelijk', op: '>', waarde: waarde() } };
  if (kw(c, 'kleiner').length > 0 || kw(c, 'voor').length > 0) return { vorm: 'toets', toets: { soort: 'vergelijk', op: '<', waarde: waarde() } };
  if (kw(c, 'een').length > 0 || kw(c, 'geen').length > 0) {
    return { vorm: 'toets', toets: { soort: 'eenVan', negatief: kw(c, 'geen').length > 0, opties: nodes(c, 'optie').map((o) => afrond(o, plek)) } };
  }
  const e = node(c, 'expressie');
  if (e) {
    const tot = node(c, 'totEnMet');
    if (tot) return { vorm: 'toets', toets: { soort: 'bereik', van: expr(e, plek), tot: afrond(tot, plek) } };
    return { vorm: 'expr', e: expr(e, plek) };
  }
  if (token(c, 'Min')) return { vorm: 'elk' };
  return { vorm: 'expr', e: fout(plek) };
}

/** An input cell's test: an expression is equality, `leeg` and `niet ...` are the tests they read as. */
function alsToets(x: CelInhoud): A.CelToets {
  switch (x.vorm) {
    case 'elk': return { soort: 'elk' };
    case 'bron': return { soort: 'fout', reden: "'bron' staat alleen in de kop, boven de laatste kolom" };
    case 'toets': return x.toets;
    case 'expr': {
      const e = x.e;
      if (e.kind === 'LeegLit') return { soort: 'leeg', negatief: false };
      if (e.kind === 'Niet' && e.arg.kind === 'LeegLit') return { soort: 'leeg', negatief: true };
      if (e.kind === 'Niet') return { soort: 'vergelijk', op: '!=', waarde: e.arg };
      return { soort: 'vergelijk', op: '=', waarde: e };
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
  switch (t.soort) {
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

function tabel(n: CstNode, terugval: A.Plek): A.Expr {
  const c = n.children;
  const plek = plekVan(n, terugval);
  const beleid: A.TabelBeleid = kw(c, 'uniek').length > 0 ? 'uniek' : 'eerste';
  const kopNode = node(c, 'tabelKop');
  const kopCellen = (kopNode ? nodes(kopNode.children, 'tabelCel') : []).map((k) => {
    const p = plekVan(k, plek);
    return { p, tekst: celTekst(p), inhoud: celInhoud(k, p) };
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
      return { plek: p, tekst: celTekst(p), inhoud: celInhoud(k, p) };
    });
    const toetsen = kolommen.map((kol, j) => {
      const cel = cellen[j];
      return cel ? { tekst: cel.tekst, plek: cel.plek, toets: alsToets(cel.inhoud) } : { tekst: '', plek: rplek, toets: { soort: 'fout', reden: 'ontbreekt' } as A.CelToets };
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

// ---- expressions ----

function fout(plek: A.Plek): A.Expr {
  return { kind: 'Fout', plek };
}

function expr(n: CstNode | undefined, terugval: A.Plek): A.Expr {
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
    return { kind: 'Kwantor', soort: 'er is een', variabele: naamplek(namen[0], plek), lijst: optel(node(c, 'optelExpr'), plek), voorwaarde: expr(node(c, 'expressie'), plek), plek };
  }
  if (kw(c, 'alle').length > 0) {
    return { kind: 'Kwantor', soort: 'voor alle', variabele: naamplek(namen[0], plek), lijst: optel(node(c, 'optelExpr'), plek), voorwaarde: expr(node(c, 'expressie'), plek), plek };
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

function afrond(n: CstNode | undefined, terugval: A.Plek): A.Expr {
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

function optel(n: CstNode | undefined, terugval: A.Plek): A.Expr {
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

function unair(n: CstNode | undefined, terugval: A.Plek): A.Expr {
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
  return postfix(node(c, 'postfixExpr'), plek);
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
  stappen.sort((a, b) => a.offset - b.offset);
  for (const s of stappen) e = s.doe(e);
  return e;
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
      return { kind: 'Aanroep', naam: t.image, naamPlek: tokenPlek(t), argumenten: nodes(c, 'argument').map((a) => expr(a, plek)), plek };
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
