// Decision tables: the header (RW1015), the rows' lengths (RW1016), every cell against its column
// and every output against the rule's type (RW2018), `leeg` and `-` where they mean something
// (RW2019), and the bron column (RW1017).
import * as A from '../ast.js';
import { type Type, T, zonderLeeg, past, samen, schrijfType } from '../../runtime/typen.js';
import type { Checker, Scope } from './staat.js';
import { ORDENBAAR, controleerBereik } from './typen.js';
import { voorwaarde } from './leeg.js';
import { isConstante } from './constanten.js';

/**
 * A decision table as a rule's value: the header (RW1015), the rows' lengths (RW1016), every
 * cell against its column and the outputs against the rule's type (RW2018), `leeg` and `-` where
 * they mean something (RW2019), the bron column (RW1017). Returns the rule's type.
 */
export function tabel(ch: Checker, e: A.Expr & { kind: 'Tabel' }, scope: Scope, verwacht: Type | undefined): Type {
  const regel = scope.eigenaar?.startsWith('regel:') ? scope.eigenaar.slice('regel:'.length) : '';
  const uk = e.uitvoerKop;
  if (e.kolommen.length === 0) {
    ch.meld('RW1015', 'een beslistabel heeft ten minste één invoerkolom vóór de uitvoerkolom', uk.plek, `schrijf de kop als '| invoer | ${regel} |'`);
  }
  if (uk.expr.kind !== 'Naam' || uk.expr.naam !== regel) {
    ch.meld('RW1015', `de uitvoerkolom van de tabel heet '${uk.tekst}', maar moet de naam van de regel zijn: '${regel}'`, uk.plek,
      `schrijf '${regel}' boven de uitvoerkolom (de laatste kolom, of die voor 'bron')`);
  }
  const kolomTypen = e.kolommen.map((k) => {
    if (k.expr.kind === 'Fout' && k.tekst === 'bron') {
      ch.meld('RW1015', "de kolom 'bron' moet de laatste kolom van de tabel zijn", k.plek, "zet 'bron' helemaal rechts, na de uitvoerkolom");
      return T.fout;
    }
    if (k.expr.kind === 'Fout') {
      ch.meld('RW1015', `de kop '${k.tekst}' is geen naam of expressie`, k.plek, "schrijf boven een invoerkolom een naam, zoals 'leeftijd', of een veld, zoals 'w.leeftijd'");
      return T.fout;
    }
    return ch.expr(k.expr, scope);
  });
  const kolommen = e.kolommen.length + 1 + (e.heeftBron ? 1 : 0);
  let t: Type | null = null;
  for (const rij of e.rijen) {
    if (rij.aantalCellen !== kolommen) {
      ch.meld('RW1016', `rij ${rij.nummer} van de tabel heeft ${rij.aantalCellen} cel${rij.aantalCellen === 1 ? '' : 'len'}, maar de kop heeft er ${kolommen}`, rij.plek,
        "geef elke rij evenveel cellen als de kop, elke cel tussen '|'; schrijf '-' in een cel die voor die rij niet uitmaakt");
      continue;
    }
    const voor = ch.diagnosen.length;
    rij.toetsen.forEach((c, j) => tabelCel(ch, c, e.kolommen[j]!, kolomTypen[j]!, rij.nummer, scope));
    if (ch.diagnosen.length === voor) {
      // Only for the types of the desugared condition (the engines read them); what it would
      // report about the cells was said above, in the table's words.
      voorwaarde(ch, rij.voorwaarde, scope);
      const nieuw = ch.diagnosen.splice(voor);
      ch.diagnosen.push(...nieuw.filter((d) => !ch.diagnosen.some((x) => x.code === d.code && x.plek.offset === d.plek.offset)));
    }
    const ut = tabelUitvoer(ch, rij, regel, scope, verwacht);
    if (!verwacht && ut) {
      const s: Type | null = t === null ? ut : samen(t, ut);
      if (!s) ch.meld('RW2018', `rij ${rij.nummer} geeft ${schrijfType(ut)}, eerdere rijen ${schrijfType(t!)}`, rij.uitvoerCel.plek, `geef in elke rij een waarde van hetzelfde type, of schrijf 'regel ${regel}: <type> is tabel ...'`);
      else t = s;
    }
    if (rij.bronOngeldig) {
      ch.meld('RW1017', `de bron van rij ${rij.nummer} is geen tekst`, rij.bronOngeldig, 'schrijf de bron tussen aanhalingstekens, of \'-\' als de rij geen eigen bron heeft');
    }
  }
  return verwacht ?? t ?? T.fout;
}

function tabelCel(ch: Checker, c: A.TabelRij['toetsen'][number], kolom: A.TabelKolom, kt: Type, rij: number, scope: Scope): void {
  const wat = `de cel '${c.tekst}' in rij ${rij}`;
  const toets = c.toets;
  const kaalKt = zonderLeeg(kt);
  const gelijkTest = (w: A.Expr): void => {
    const vt = ch.expr(w, scope, kaalKt);
    if (vt.soort === 'leeg') {
      ch.meld('RW2019', `${wat} vergelijkt met leeg`, c.plek, "schrijf 'leeg' of 'niet leeg' als hele cel");
    } else if (kt.soort !== 'fout' && vt.soort !== 'fout' && !samen(kt, vt)) {
      ch.meld('RW2018', `${wat} is ${schrijfType(vt)}, maar kolom '${kolom.tekst}' is ${schrijfType(kt)}`, w.plek, `schrijf een waarde van het type ${schrijfType(kaalKt)}, of '-' voor elke waarde`);
    }
  };
  const ordeTest = (w: A.Expr): void => {
    const vt = ch.expr(w, scope, kaalKt);
    if (kt.soort === 'fout' || vt.soort === 'fout') return;
    if (kt.soort === 'leegbaar' || kt.soort === 'leeg') {
      ch.meld('RW2019', `kolom '${kolom.tekst}' kan leeg zijn; ${wat} zegt niet wat dan geldt`, c.plek,
        `zet 'indien ${kolom.tekst} is niet leeg' bij de regel, of maak de kolom met de eis '${kolom.tekst} is niet leeg' nooit leeg`);
      return;
    }
    if (!ORDENBAAR.has(kaalKt.soort)) {
      ch.meld('RW2018', `${wat} vergelijkt op grootte, maar kolom '${kolom.tekst}' is ${schrijfType(kt)}`, c.plek, 'vergelijk een ja/nee, tekst of keuze met een waarde, of met \'een van ...\'');
    } else if (zonderLeeg(vt).soort !== kaalKt.soort) {
      ch.meld('RW2018', `${wat} is ${schrijfType(vt)}, maar kolom '${kolom.tekst}' is ${schrijfType(kt)}`, w.plek, `schrijf een waarde van het type ${schrijfType(kaalKt)}`);
    }
  };
  switch (toets.kind) {
    case 'elk': return;
    case 'leeg':
      if (kt.soort !== 'leegbaar' && kt.soort !== 'leeg' && kt.soort !== 'fout') {
        ch.meld('RW2019', `${wat} toetst op leeg, maar kolom '${kolom.tekst}' (${schrijfType(kt)}) is nooit leeg`, c.plek, toets.negatief ? "schrijf '-': niet leeg geldt altijd" : 'deze rij kan zo nooit gelden; verwijder de rij of de toets');
      }
      return;
    case 'vergelijk':
      if (toets.op === '=' || toets.op === '!=') gelijkTest(toets.waarde);
      else ordeTest(toets.waarde);
      return;
    case 'bereik':
      ordeTest(toets.van);
      ordeTest(toets.tot);
      return;
    case 'eenVan':
      for (const o of toets.opties) gelijkTest(o);
      return;
    case 'fout':
      ch.meld('RW1015', `${wat}: ${toets.reden}`, c.plek);
      return;
    default: A.onmogelijk(toets);
  }
}

/** The type of a row's output cell, checked against the rule's type; null when it has none. */
function tabelUitvoer(ch: Checker, rij: A.TabelRij, regel: string, scope: Scope, verwacht: Type | undefined): Type | null {
  const cel = rij.uitvoerCel;
  if (rij.uitvoer.kind === 'Fout') {
    if (cel.tekst === '-') ch.meld('RW2019', `de uitvoercel van rij ${rij.nummer} is '-'; een uitvoercel is een waarde`, cel.plek, "schrijf 'leeg' als de rij geen uitkomst geeft");
    else ch.meld('RW2018', `de uitvoercel '${cel.tekst}' van rij ${rij.nummer} is geen waarde`, cel.plek, 'een toets (ten minste, een van, ...) hoort in een invoerkolom; de uitvoerkolom geeft een waarde');
    return null;
  }
  const ut = ch.expr(rij.uitvoer, scope, verwacht);
  if (!verwacht) return ut;
  if ((ut.soort === 'leeg' || ut.soort === 'leegbaar') && verwacht.soort !== 'leegbaar' && verwacht.soort !== 'fout') {
    ch.meld('RW2019', `rij ${rij.nummer} geeft leeg, maar regel '${regel}' is ${schrijfType(verwacht)} zonder 'of leeg'`, cel.plek, `schrijf 'regel ${regel}: ${schrijfType(verwacht)} of leeg is tabel ...'`);
  } else if (!past(ut, verwacht)) {
    ch.meld('RW2018', `de uitvoer van rij ${rij.nummer} is ${schrijfType(ut)}, maar regel '${regel}' is ${schrijfType(verwacht)}`, cel.plek);
  } else if (isConstante(rij.uitvoer)) controleerBereik(ch, rij.uitvoer, verwacht, `rij ${rij.nummer} van regel '${regel}'`);
  return ut;
}
