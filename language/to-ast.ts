// CST -> AST: turns Chevrotain's concrete syntax tree into the typed nodes of ast.ts.
// Parts that error recovery left out become `Fout` nodes, so the checker can still run.
// This file translates the file, its declarations and their types; expressions are translated in
// to-ast/expressies.ts and decision tables (desugared into conditions) in to-ast/tabellen.ts.
import type { CstNode, IToken } from 'chevrotain';
import type * as A from './ast.js';
import { literaalBeeld } from './lexer.js';
import { isToken, kw, node, nodes, plekVan, token, tokenPlek, tokens } from './cst-lezen.js';
import { expr, leesTekst, metRegelingen, naamplek, optel, unair } from './to-ast/expressies.js';
import { tabel } from './to-ast/tabellen.js';

export { leesTekst } from './to-ast/expressies.js';

function datumBeeld(t: IToken | undefined): string | null {
  return t ? literaalBeeld(t) : null;
}

function bron(n: CstNode | undefined): A.Bron | null {
  if (!n) return null;
  const t = token(n.children, 'TekstLit');
  return t ? { tekst: leesTekst(t.image), plek: tokenPlek(t) } : null;
}

/** `tekst` is the source the CST was parsed from: decision-table cells keep their text as written. */
export function naarAst(cst: CstNode, bestandsnaam: string, commentaren: IToken[], tekst = ''): A.Bestand {
  const c = cst.children;
  const kopNode = node(c, 'kop');
  return {
    bestandsnaam,
    kop: kopNode ? kop(kopNode) : null,
    declaraties: metRegelingen(gebruikteRegelingen(nodes(c, 'declaratie')), () => nodes(c, 'declaratie').flatMap((d) => {
      const x = declaratie(d, tekst);
      return x ? [x] : [];
    })),
    commentaren: commentaren.map((t) => ({ tekst: t.image.slice(2).trim(), plek: tokenPlek(t) })),
  };
}

/** The names of `gebruik regeling naam` in the file: a call of one of them is a policy call. */
function gebruikteRegelingen(declaraties: readonly CstNode[]): ReadonlySet<string> {
  const namen = new Set<string>();
  for (const d of declaraties) {
    const g = node(d.children, 'gebruikDecl');
    const naam = g && kw(g.children, 'regeling').length > 0 ? token(g.children, 'Naam')?.image : undefined;
    if (naam) namen.add(naam);
  }
  return namen;
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

function declaratie(n: CstNode, brontekst: string): A.Declaratie | null {
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
      return eigenNaam ? { kind: 'Gebruik', naam: eigenNaam, regeling: kw(c, 'regeling').length > 0, plek, naamPlek } : null;
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
        waarde: node(c, 'tabel') ? tabel(node(c, 'tabel')!, plek, brontekst) : expr(node(c, 'expressie', 0), plek),
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
  const o = token(c, 'ouder');
  const plek = plekVan(n);
  return {
    label: t ? leesTekst(t.image) : `uitzondering ${i + 1}`, ouder: o ? leesTekst(o.image) : null, ouderPlek: o ? tokenPlek(o) : plek, voorwaarde: expr(node(c, 'expressie', 0), plek),
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
