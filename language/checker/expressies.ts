// Expressions: the typing rule of every expression kind, side by side (literals, calls, lists,
// records, fields, durations, comparisons, conditionals, list operations, binders and folds).
// checker.ts installs exprType as the checker's expr; names, arithmetic and decision tables have
// files of their own.
import * as A from '../ast.js';
import { ketting } from '../walk.js';
import { bedoelde } from '../diagnostics.js';
import { type Type, T, kaal, lijstVan, zonderLeeg, past, samen, schrijfType } from '../../runtime/typen.js';
import { leesDatum } from '../../runtime/datum.js';
import * as G from '../../runtime/getal.js';
import { duurVan } from '../../runtime/duur.js';
import { duurvergelijking } from './duursoort.js';
import type { Checker, Scope } from './staat.js';
import { NUMERIEK, ORDENBAAR, bevatNiets } from './typen.js';
import { GEEN, eis, feiten, nietLeeg, voorwaarde } from './leeg.js';
import { naam } from './namen.js';
import { rekensom } from './rekensommen.js';
import { tabel } from './tabellen.js';
import { regelingAanroep } from './regelingen.js';
import { type IngebouwdVariant, INGEBOUWDE_REGEL, afrondingVariant, ingebouwdeRegel, lijstOpVariant } from '../ingebouwd.js';

export function exprType(ch: Checker, e: A.Expr, scope: Scope, hint?: Type): Type {
  switch (e.kind) {
    case 'GetalLit': grootte(ch, e.tekst, e.plek); return T.getal;
    case 'BedragLit': grootte(ch, e.tekst, e.plek); return T.bedrag;
    case 'PercentageLit': grootte(ch, e.tekst, e.plek); return T.percentage;
    case 'DatumLit':
      if (leesDatum(e.tekst) === null) ch.meld('RW2010', `'${e.tekst}' is geen bestaande datum`, e.plek);
      return T.datum;
    case 'TekstLit': return T.tekst;
    case 'JaNeeLit': return T.janee;
    case 'LeegLit': return T.leeg;
    case 'Peildatum': return T.datum;
    case 'Naam': return naam(ch, e, scope, hint);
    case 'Aanroep': {
      const f = ch.functies.get(e.naam);
      if (!f) {
        for (const a of e.argumenten) ch.expr(a, scope);
        ch.meld('RW1007', `onbekende functie '${e.naam}'`, e.naamPlek, bedoelde(e.naam, ch.functies.keys()));
        return T.fout;
      }
      ch.gebruik(scope, `functie:${f.naam}`);
      if (e.argumenten.length !== f.parameters.length) {
        ch.meld('RW1006', `functie '${f.naam}' heeft ${f.parameters.length} argument(en), maar krijgt er ${e.argumenten.length}`, e.plek);
      }
      e.argumenten.forEach((a, i) => {
        const p = f.parameters[i];
        const at = ch.expr(a, scope, p?.type);
        if (p) eis(ch, at, p.type, a.plek, `argument '${p.naam}' van '${f.naam}'`);
      });
      return f.type;
    }
    case 'Tupel':
      for (const l of e.leden) ch.expr(l, scope);
      ch.meld('RW2006', 'een opsomming `(a, b)` mag alleen na `minimum van`, `maximum van` of `is een van` staan', e.plek);
      return T.fout;
    case 'LijstLit': {
      const elHint = hint && zonderLeeg(hint).soort === 'lijst' ? (zonderLeeg(hint) as { element: Type }).element : undefined;
      let el: Type = T.niets;
      for (const x of e.elementen) {
        const xt = ch.expr(x, scope, elHint ?? (el.soort === 'niets' ? undefined : el));
        const s: Type | null = el.soort === 'niets' ? xt : samen(el, xt);
        if (!s) ch.meld('RW2001', `lijstelementen van verschillend type: ${schrijfType(el)} en ${schrijfType(xt)}`, x.plek);
        else el = s;
      }
      return lijstVan(elHint && past(el, elHint) ? elHint : el);
    }
    case 'GegevensLit': {
      const h = hint ? zonderLeeg(hint) : undefined;
      const doel = h?.soort === 'gegevens' ? h : undefined;
      const velden = e.velden.map((v) => {
        const vd = doel?.velden.find((x) => x.naam === v.naam);
        if (doel && !vd) ch.meld('RW1004', `${schrijfType(doel)} heeft geen veld '${v.naam}'`, v.plek, bedoelde(v.naam, doel.velden.map((x) => x.naam)));
        const vt = ch.expr(v.waarde, scope, vd?.type);
        if (vd) eis(ch, vt, vd.type, v.waarde.plek, `veld '${v.naam}'`);
        return { naam: v.naam, type: vd?.type ?? vt };
      });
      if (doel) {
        for (const vd of doel.velden) if (!e.velden.some((v) => v.naam === vd.naam)) ch.meld('RW2001', `veld '${vd.naam}' ontbreekt`, e.plek);
        return doel;
      }
      return { soort: 'gegevens', velden };
    }
    case 'Veld': {
      const ot = nietLeeg(ch, ch.expr(e.object, scope), e.object.plek, 'deze waarde');
      const veld = (g: Type): Type => {
        if (g.soort === 'fout') return T.fout;
        if (g.soort !== 'gegevens') {
          ch.meld('RW2001', `${schrijfType(g)} heeft geen velden`, e.veldPlek);
          return T.fout;
        }
        const v = g.velden.find((x) => x.naam === e.veld);
        if (!v) {
          ch.meld('RW1004', `${schrijfType(g)} heeft geen veld '${e.veld}'`, e.veldPlek, bedoelde(e.veld, g.velden.map((x) => x.naam)));
          return T.fout;
        }
        return v.type;
      };
      return ot.soort === 'lijst' ? lijstVan(veld(ot.element)) : veld(ot);
    }
    case 'Index': {
      const lt = lijst(ch, ch.expr(e.lijst, scope), e.lijst.plek);
      const it = nietLeeg(ch, ch.expr(e.index, scope, T.getal), e.index.plek, 'de positie');
      if (it.soort !== 'getal' && it.soort !== 'fout') ch.meld('RW2001', `een positie in een lijst is een getal, geen ${schrijfType(it)}`, e.index.plek);
      return lt;
    }
    case 'DuurExpr': {
      const at = nietLeeg(ch, ch.expr(e.aantal, scope, T.getal), e.aantal.plek, 'het aantal');
      if (at.soort !== 'getal' && at.soort !== 'fout') ch.meld('RW2013', `een duur telt een getal ${e.eenheid}, geen ${schrijfType(at)}`, e.aantal.plek);
      if (e.aantal.kind === 'GetalLit' && e.aantal.tekst.includes(',')) ch.meld('RW2013', `een duur is een geheel aantal ${e.eenheid}`, e.plek);
      else if (e.aantal.kind === 'GetalLit') {
        // A constant too large for a duration is an error here, as a fraction is: the compiled
        // module computes it when it loads, the interpreter only when the rule is evaluated.
        try {
          duurVan(e.eenheid, BigInt(e.aantal.tekst));
        } catch (x) {
          if (!(x instanceof RangeError)) throw x;
          ch.meld('RW2013', `${e.aantal.tekst} ${e.eenheid}: ${x.message}`, e.plek);
        }
      }
      return T.duur;
    }
    case 'Negatief': {
      const t = nietLeeg(ch, ch.expr(e.arg, scope, hint), e.arg.plek, 'deze waarde');
      if (!NUMERIEK.has(t.soort) && t.soort !== 'duur' && t.soort !== 'fout') ch.meld('RW2003', `${schrijfType(t)} kan niet negatief gemaakt worden`, e.plek);
      return kaal(t);
    }
    case 'Niet':
      voorwaarde(ch, e.arg, scope);
      return T.janee;
    case 'Rekensom': return rekensom(ch, e, scope, hint);
    case 'Logisch': {
      // Down the chain in a loop (`a en b en c ...` is as deep as it is long). What is known
      // when the chain so far is true (and when false) grows step by step, as feiten() of
      // the whole left part would give it.
      const { eerste, schakels } = ketting(e);
      voorwaarde(ch, eerste, scope);
      let waar = feiten(eerste, true, GEEN), onwaar = feiten(eerste, false, GEEN);
      for (const s of schakels) {
        const en = s.op === 'en';
        voorwaarde(ch, s.rechts, { ...scope, nietLeeg: new Set([...scope.nietLeeg, ...(en ? waar : onwaar)]) });
        if (en) [waar, onwaar] = [new Set([...waar, ...feiten(s.rechts, true, GEEN)]), GEEN];
        else [waar, onwaar] = [GEEN, new Set([...onwaar, ...feiten(s.rechts, false, GEEN)])];
        if (s !== e) ch.typen.set(s, T.janee);
      }
      return T.janee;
    }
    case 'Vergelijking': {
      const lt = ch.expr(e.links, scope);
      const rt = ch.expr(e.rechts, scope, zonderLeeg(lt));
      if (e.op === '=' || e.op === '!=') {
        if (!samen(lt, rt)) ch.meld('RW2004', `${schrijfType(lt)} en ${schrijfType(rt)} zijn niet te vergelijken`, e.plek);
        return T.janee;
      }
      const l = nietLeeg(ch, lt, e.links.plek, 'de linkerkant');
      const r = nietLeeg(ch, rt, e.rechts.plek, 'de rechterkant');
      if (l.soort === 'fout' || r.soort === 'fout') return T.janee;
      if (!ORDENBAAR.has(l.soort) || l.soort !== r.soort) {
        ch.meld('RW2004', `${schrijfType(l)} en ${schrijfType(r)} zijn niet op grootte te vergelijken`, e.plek);
      } else if (l.soort === 'duur' && r.soort === 'duur') duurvergelijking(ch, e.links, e.rechts, e.plek);
      return T.janee;
    }
    case 'EenVan': {
      const wt = ch.expr(e.waarde, scope);
      for (const o of e.opties) {
        const ot = ch.expr(o, scope, zonderLeeg(wt));
        if (!samen(wt, ot)) ch.meld('RW2004', `${schrijfType(wt)} en ${schrijfType(ot)} zijn niet te vergelijken`, o.plek);
      }
      return T.janee;
    }
    case 'IsLeeg':
      ch.expr(e.arg, scope);
      return T.janee;
    case 'Als': {
      voorwaarde(ch, e.voorwaarde, scope);
      const dt = ch.expr(e.dan, { ...scope, nietLeeg: feiten(e.voorwaarde, true, scope.nietLeeg) }, hint);
      const at = ch.expr(e.anders, { ...scope, nietLeeg: feiten(e.voorwaarde, false, scope.nietLeeg) }, hint ?? (dt.soort === 'leeg' ? undefined : dt));
      const s = samen(dt, at);
      if (!s) {
        ch.meld('RW2001', `'dan' geeft ${schrijfType(dt)}, maar 'anders' geeft ${schrijfType(at)}`, e.anders.plek);
        return T.fout;
      }
      return s;
    }
    case 'Afronding': {
      const t = nietLeeg(ch, ch.expr(e.arg, scope, hint), e.arg.plek, 'de waarde');
      if (!NUMERIEK.has(t.soort) && t.soort !== 'fout') ch.meld('RW2007', `alleen getallen, bedragen en percentages worden afgerond, geen ${schrijfType(t)}`, e.plek);
      legIngebouwdVast(ch, e, afrondingVariant(t.soort));
      return kaal(t);
    }
    case 'LijstOp': {
      const t = lijstOp(ch, e, scope, hint);
      // `som` by the unit of its result, the others by the element's; the sum of an empty list
      // literal takes the hint's type, and is a getal where that is no amount or percentage
      const leeg = e.op === 'som' && t.soort !== 'bedrag' && t.soort !== 'percentage' && bevatNiets(ch.typen.get(e.arg) ?? T.fout);
      legIngebouwdVast(ch, e, lijstOpVariant(e.op, leeg ? 'getal' : t.soort));
      return t;
    }
    case 'Ingebouwd': return ingebouwdeBewerking(ch, e, scope, hint);
    case 'Kwantor': {
      const el = lijst(ch, ch.expr(e.lijst, scope), e.lijst.plek);
      ch.bind(e.variabele, el, e.plek);
      voorwaarde(ch, e.voorwaarde, ch.met(scope, e.variabele.naam, el));
      return T.janee;
    }
    case 'Elke': {
      const el = lijst(ch, ch.expr(e.lijst, scope), e.lijst.plek);
      ch.bind(e.variabele, el, e.plek);
      const binnen = ch.met(scope, e.variabele.naam, el);
      let nietLeeg = binnen.nietLeeg;
      if (e.filter) {
        voorwaarde(ch, e.filter, binnen);
        nietLeeg = feiten(e.filter, true, binnen.nietLeeg);
      }
      if (!e.afbeelding) return lijstVan(el);
      const h = hint && zonderLeeg(hint).soort === 'lijst' ? (zonderLeeg(hint) as { element: Type }).element : undefined;
      return lijstVan(ch.expr(e.afbeelding, { ...binnen, nietLeeg }, h));
    }
    case 'Vouw': {
      const el = lijst(ch, ch.expr(e.lijst, scope), e.lijst.plek);
      ch.bind(e.variabele, el, e.plek);
      const acc = vouwType(ch, e, ch.met(scope, e.variabele.naam, el), ch.expr(e.begin, scope, hint), hint);
      ch.bind(e.accumulator, acc, e.plek);
      return acc;
    }
    case 'Tabel': return tabel(ch, e, scope, hint);
    case 'OpDatum': return opDatum(ch, e, scope, hint);
    case 'RegelingAanroep': return regelingAanroep(ch, e, scope);
    case 'Fout': return T.fout;
    default: return A.onmogelijk(e);
  }
}

/** `P op D`: P a parameter with dated rows (RW2020 otherwise), D a date; the type is P's. */
function opDatum(ch: Checker, e: A.Expr & { kind: 'OpDatum' }, scope: Scope, hint?: Type): Type {
  const t = ch.expr(e.arg, scope, hint);
  eis(ch, ch.expr(e.datum, scope, T.datum), T.datum, e.datum.plek, "de datum na 'op'");
  if (t.soort === 'fout') return t;
  const b = ch.bindingen.get(e.arg);
  const p = b?.kind === 'parameter' ? ch.parameters.get(b.naam) : undefined;
  if (p && p.rijen.some((r) => r.vanaf !== null)) return t;
  const wat = p ? `parameter '${p.naam}' heeft één waarde voor elke datum, geen rijen 'vanaf'`
    : b && b.kind !== 'keuzewaarde' ? `'${b.naam}' is ${b.kind === 'lokaal' ? 'een lokale naam' : `een ${b.kind}`}, geen parameter met rijen 'vanaf'`
      : "links van 'op' staat geen parameter met rijen 'vanaf'";
  const suggestie = p ? `laat 'op' weg: '${p.naam}' is op elke datum hetzelfde`
    : "'P op D' leest een parameter met datumrijen (vanaf JJJJ-MM-DD is ...) op datum D; een regel of invoer heeft maar één waarde per evaluatie";
  ch.meld('RW2020', `'op' met een datum: ${wat}`, e.arg.plek, suggestie);
  return t;
}

/**
 * A number in the text within the bound on exact values (runtime/getal.ts MAX_BITS), also in
 * cents (the compiler scales amounts by 100); otherwise RW2017 and false. Without this the
 * interpreter would stop with a calculation error and the compiler with a crash.
 */
/** Records the variant of a built-in use; a node checked again keeps only that of its last check. */
function legIngebouwdVast(ch: Checker, e: A.Expr, variant: IngebouwdVariant | null): void {
  if (variant === null) ch.ingebouwden.delete(e);
  else ch.ingebouwden.set(e, variant);
}

/** A built-in with positional arguments, typed from its row: the first argument gets the hint, the rest the first's type. */
function ingebouwdeBewerking(ch: Checker, e: A.Expr & { kind: 'Ingebouwd' }, scope: Scope, hint?: Type): Type {
  const typen: Type[] = [];
  for (const a of e.argumenten) {
    const eerste = typen[0];
    typen.push(nietLeeg(ch, ch.expr(a, scope, eerste === undefined ? hint : eerste.soort === 'fout' ? undefined : kaal(eerste)), a.plek, 'de waarde'));
  }
  legIngebouwdVast(ch, e, null);
  if (typen.some((t) => t.soort === 'fout')) return T.fout;
  const res = ingebouwdeRegel(e.naam, typen);
  if (!res) {
    const regel = Object.values(INGEBOUWDE_REGEL).find((r) => r.vorm === 'Ingebouwd' && r.naam === e.naam);
    ch.meld('RW2003', `'${regel?.frase ?? e.naam}' is niet gedefinieerd voor ${typen.map(schrijfType).join(' en ')}`, e.plek, regel?.tip);
    return T.fout;
  }
  legIngebouwdVast(ch, e, res.variant);
  return res.type;
}

function grootte(ch: Checker, tekst: string, plek: A.Plek): boolean {
  try {
    const g = G.vanDecimaleTekst(tekst);
    if (!g) throw new G.GetalTeGroot(); // more than 10000 decimals: beyond the reader's range too
    G.maal(g, G.HONDERD);
    return true;
  } catch (x) {
    if (!(x instanceof G.GetalTeGroot)) throw x;
    ch.meld('RW2017', `het getal ${tekst.length > 20 ? `${tekst.slice(0, 10)}…${tekst.slice(-5)} (${tekst.length} tekens)` : tekst} heeft meer dan 12.000 cijfers; zo groot rekent een regeling niet`, plek);
    return false;
  }
}

/** The element type of a list-typed expression. */
function lijst(ch: Checker, t: Type, plek: A.Plek): Type {
  const l = nietLeeg(ch, t, plek, 'de lijst');
  if (l.soort === 'lijst') return l.element;
  if (l.soort !== 'fout') ch.meld('RW2012', `dit is ${schrijfType(l)}, geen lijst`, plek);
  return T.fout;
}

function lijstOp(ch: Checker, e: A.Expr & { kind: 'LijstOp' }, scope: Scope, hint?: Type): Type {
  if ((e.op === 'minimum' || e.op === 'maximum') && e.arg.kind === 'Tupel') {
    let t: Type = T.niets;
    for (const l of e.arg.leden) {
      const lt = nietLeeg(ch, ch.expr(l, scope, t.soort === 'niets' ? hint : t), l.plek, `een argument van ${e.op}`);
      if (lt.soort === 'fout') continue;
      if (!ORDENBAAR.has(lt.soort)) ch.meld('RW2004', `${schrijfType(lt)} heeft geen ${e.op}`, l.plek);
      else if (t.soort !== 'niets' && lt.soort !== t.soort) ch.meld('RW2004', `${schrijfType(t)} en ${schrijfType(lt)} zijn niet te vergelijken`, l.plek);
      else t = lt;
    }
    if (t.soort === 'duur') {
      const leden = e.arg.leden;
      leden.forEach((a, i) => leden.slice(i + 1).forEach((b) => duurvergelijking(ch, a, b, b.plek)));
    }
    ch.typen.set(e.arg, { soort: 'tupel', leden: [] });
    return t.soort === 'niets' ? T.fout : t;
  }
  const el = lijst(ch, ch.expr(e.arg, scope, hint && e.op !== 'aantal' ? lijstVan(hint) : undefined), e.arg.plek);
  switch (e.op) {
    case 'aantal': return T.getal;
    case 'eerste': case 'laatste': return el;
    case 'som':
      if (el.soort === 'niets') return hint ?? T.getal;
      if (!NUMERIEK.has(el.soort) && el.soort !== 'fout') ch.meld('RW2003', `een som van ${schrijfType(el)} bestaat niet`, e.plek);
      return kaal(el);
    case 'minimum': case 'maximum':
      if (!ORDENBAAR.has(el.soort) && el.soort !== 'fout') ch.meld('RW2004', `${schrijfType(el)} heeft geen ${e.op}`, e.plek);
      return el;
    default: return A.onmogelijk(e.op);
  }
}

/**
 * The type of a fold: its start, widened by what the step gives (`[]` then `acc + [x]`), at most
 * three times; `binnen` has the fold's variable.
 */
function vouwType(ch: Checker, e: A.Expr & { kind: 'Vouw' }, binnen: Scope, begin: Type, hint?: Type): Type {
  let acc = begin;
  for (let poging = 0; poging < 3; poging++) {
    const st = ch.expr(e.stap, ch.met(binnen, e.accumulator.naam, acc), acc.soort === 'niets' || bevatNiets(acc) ? hint : acc);
    if (past(st, acc)) return acc;
    const s = samen(acc, st);
    if (!s) {
      ch.meld('RW2001', `de stap van 'vouw' geeft ${schrijfType(st)}, maar begint bij ${schrijfType(acc)}`, e.stap.plek);
      return T.fout;
    }
    acc = s;
  }
  return acc;
}
