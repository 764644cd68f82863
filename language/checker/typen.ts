// Declared types: a type expression as a Type (named soorten, keuzes, records, lists, `of leeg`),
// its refinements (`geheel getal`, a range with literal bounds, RW2016), and a constant against
// those refinements (RW2015). Also the type classes the other parts ask about (ordered, numeric).
import * as A from '../ast.js';
import { bedoelde } from '../diagnostics.js';
import { type Grens, type Type, T, isVerfijnd, kaal, lijstVan, leegbaar, zonderLeeg, schrijfType } from '../../runtime/typen.js';
import * as G from '../../runtime/getal.js';
import { duur as maakDuur, schrijfDuur, vergelijkDuur } from '../../runtime/duur.js';
import { bereikFout, duurBereikFout } from '../../runtime/bereik.js';
import type { Checker } from './staat.js';
import { constanteGetal } from '../constante.js';

export const ORDENBAAR = new Set(['getal', 'bedrag', 'percentage', 'datum', 'duur']);
export const NUMERIEK = new Set(['getal', 'bedrag', 'percentage']);

export function typeVan(ch: Checker, t: A.TypeExpr): Type {
  switch (t.kind) {
    case 'BasisType':
      return basisType(ch, t);
    case 'KeuzeType': {
      const k: Type = { soort: 'keuze', waarden: t.waarden.map((w) => w.naam) };
      ch.keuzeTypen.push(k);
      return k;
    }
    case 'GegevensType':
      return { soort: 'gegevens', velden: t.velden.map((v) => ({ naam: v.naam, type: typeVan(ch, v.type) })) };
    case 'LijstType':
      return lijstVan(typeVan(ch, t.element));
    case 'LeegbaarType':
      return leegbaar(typeVan(ch, t.basis));
    case 'NaamType': {
      if (t.naam === '') return T.fout;
      if (!ch.soortDecls.has(t.naam)) {
        ch.meld('RW1003', `onbekend type '${t.naam}'`, t.plek, bedoelde(t.naam, [...ch.soortDecls.keys(), 'getal', 'bedrag', 'datum', 'tekst', 'percentage', 'duur']));
        return T.fout;
      }
      ch.gebruikt.add(`soort:${t.naam}`);
      return soortType(ch, t.naam);
    }
    default:
      return A.onmogelijk(t);
  }
}

/** A basic type with its refinement: `geheel getal`, a range with literal bounds (RW2016). */
function basisType(ch: Checker, t: A.TypeExpr & { kind: 'BasisType' }): Type {
  if (!t.geheel && !t.min && !t.max) return { soort: t.naam } as Type;
  const soort = t.naam as 'getal' | 'bedrag' | 'percentage' | 'duur';
  const v: { geheel?: true; min?: Grens; max?: Grens } = {};
  if (t.geheel) v.geheel = true;
  for (const kant of ['min', 'max'] as const) {
    const g = t[kant];
    if (!g) continue;
    const grens = grensVan(g, soort);
    if (typeof grens === 'string') {
      ch.meld('RW2016', `een grens van een bereik van ${soort} ${grens}`, g.waarde.plek, VOORBEELD_GRENS[soort]);
      return { soort };
    }
    v[kant] = grens;
  }
  if (v.min && v.max) {
    const c = soort === 'duur' ? vergelijkDuurVeilig(v.min, v.max) : G.vergelijk(G.vanDecimaleTekst(v.min.waarde)!, G.vanDecimaleTekst(v.max.waarde)!);
    if (c === null || c > 0 || (c === 0 && !(v.min.inclusief && v.max.inclusief))) {
      ch.meld('RW2016', `het bereik van ${v.min.tekst} tot${v.max.inclusief ? ' en met' : ''} ${v.max.tekst} is leeg`, t.plek, 'zet de kleinste grens eerst');
      return { soort };
    }
  }
  return { soort, ...v };
}

export function soortType(ch: Checker, naam: string): Type {
  const klaar = ch.soortTypen.get(naam);
  if (klaar) return klaar;
  const d = ch.soortDecls.get(naam);
  if (!d || ch.soortBezig.has(naam)) return T.fout;
  ch.soortBezig.add(naam);
  const t = typeVan(ch, d.type);
  ch.soortBezig.delete(naam);
  // a list soort is named only when it has eisen: they are found by that name on input
  const benoemd: Type = t.soort === 'keuze' || t.soort === 'gegevens' || (t.soort === 'lijst' && d.eisen.length > 0) ? { ...t, naam } : t;
  if (benoemd.soort === 'keuze') ch.keuzeTypen.push(benoemd);
  ch.soortTypen.set(naam, benoemd);
  return benoemd;
}

/**
 * A constant (literal, list, record) against the refinements in its declared type: RW2015
 * for a value outside a range or not whole. Only literals are judged; names are checked elsewhere.
 */
export function controleerBereik(ch: Checker, e: A.Expr, verwacht: Type, wat: string): void {
  const t = zonderLeeg(verwacht);
  if (t.soort === 'lijst' && e.kind === 'LijstLit') {
    for (const x of e.elementen) controleerBereik(ch, x, t.element, wat);
    return;
  }
  if (t.soort === 'gegevens' && e.kind === 'GegevensLit') {
    for (const v of e.velden) {
      const vt = t.velden.find((x) => x.naam === v.naam);
      if (vt) controleerBereik(ch, v.waarde, vt.type, `${wat}, veld '${v.naam}'`);
    }
    return;
  }
  if (!isVerfijnd(t)) return;
  let reden: string | null = null;
  if (t.soort === 'duur') {
    const u = duurVanLiteraal(e);
    if (u) reden = duurBereikFout(u, t, 'is');
  } else {
    const g = getalVanLiteraal(e);
    if (g) reden = bereikFout(g, t, 'is');
  }
  if (reden) ch.meld('RW2015', `${wat} ${reden}`, e.plek, t.soort === 'getal' && t.geheel && reden.includes('geheel') ? 'schrijf een geheel getal, of rond af met `afgerond op hele getallen`' : `het type is ${schrijfType(t)}`);
}

/** The type without refinements anywhere (an inferred rule type states no facts). */
export function zonderVerfijning(t: Type): Type {
  switch (t.soort) {
    case 'lijst': return lijstVan(zonderVerfijning(t.element));
    case 'leegbaar': return leegbaar(zonderVerfijning(t.type));
    case 'gegevens': return t.naam ? t : { ...t, velden: t.velden.map((v) => ({ naam: v.naam, type: zonderVerfijning(v.type) })) };
    default: return kaal(t);
  }
}

export function bevatNiets(t: Type): boolean {
  return t.soort === 'niets' || (t.soort === 'lijst' && bevatNiets(t.element)) || (t.soort === 'leegbaar' && bevatNiets(t.type));
}

const VOORBEELD_GRENS: Record<string, string> = {
  getal: 'schrijf een getal, bijvoorbeeld `getal van 0 tot en met 100`',
  bedrag: 'schrijf een bedrag, bijvoorbeeld `bedrag ten minste € 0`',
  percentage: 'schrijf een percentage, bijvoorbeeld `percentage van 0% tot en met 100%`',
  duur: 'schrijf een duur, bijvoorbeeld `duur ten minste 0 dagen`',
};

/** The exact number of a (possibly negative) number, amount or percentage literal. */
function getalVanLiteraal(e: A.Expr): G.Getal | null {
  const c = constanteGetal(e);
  return c.kind === 'waarde' ? c.g : null;
}

function duurVanLiteraal(e: A.Expr): { maanden: number; dagen: number } | null {
  if (e.kind === 'Negatief') {
    const u = duurVanLiteraal(e.arg);
    return u ? { maanden: -u.maanden, dagen: -u.dagen } : null;
  }
  if (e.kind !== 'DuurExpr' || e.aantal.kind !== 'GetalLit' || e.aantal.tekst.includes(',')) return null;
  try {
    return maakDuur({ [e.eenheid]: Number(e.aantal.tekst) });
  } catch {
    return null;
  }
}

const LITERAAL: Record<string, A.ExprKind> = { getal: 'GetalLit', bedrag: 'BedragLit', percentage: 'PercentageLit', duur: 'DuurExpr' };

/** A bound of a declared range as data, or what is wrong with it. */
function grensVan(g: A.GrensExpr, soort: 'getal' | 'bedrag' | 'percentage' | 'duur'): Grens | string {
  let kern = g.waarde;
  while (kern.kind === 'Negatief') kern = kern.arg;
  if (kern.kind !== LITERAAL[soort]) return kern.kind === 'Fout' ? 'ontbreekt' : `moet een vaste waarde van type ${soort} zijn`;
  if (soort === 'duur') {
    const u = duurVanLiteraal(g.waarde);
    if (!u) return 'moet een geheel aantal dagen, weken, maanden of jaren zijn';
    return { waarde: '0', inclusief: g.inclusief, tekst: schrijfDuur(u), duur: u };
  }
  const w = getalVanLiteraal(g.waarde);
  if (!w) return 'heeft meer dan 12.000 cijfers; zo groot rekent een regeling niet';
  const t = G.naarDecimaleTekst(w, { komma: true });
  return { waarde: G.naarDecimaleTekst(w), inclusief: g.inclusief, tekst: soort === 'bedrag' ? `€ ${t}` : soort === 'percentage' ? `${t}%` : t };
}

function vergelijkDuurVeilig(a: Grens, b: Grens): number | null {
  try {
    return vergelijkDuur(a.duur!, b.duur!);
  } catch {
    return null;
  }
}
