// The inputs of a policy as columns of `gevallen`: their SQL types (gevallenTabel), how a column
// becomes a value (numbers as scaled integers), and the validation the engines do first, with
// their messages: a missing value, a choice outside its list, a number outside its range, and
// every `eis`, in the engines' order. The first problem is the case's `fout`.
import type { Gecontroleerd, InvoerInfo } from '../../language/checker.js';
import * as G from '../../runtime/getal.js';
import { invoerTekst, padMetSleutel } from '../../runtime/fouten.js';
import { type Type, bevatVerfijning, isVerfijnd, schrijfBereik } from '../../runtime/typen.js';
import type { Dialect } from './dialect.js';
import type { Expressies } from './expressies.js';
import { gelijkGeschaald, past } from './getallen.js';
import { type S, type Vorm, buiten, eerst, id, mits, tekst } from './waarde.js';
import { cijfers } from './tekst.js';
import { EL, element } from './lijsten.js';

/** Decimals of a getal or percentage column: input with more is refused by whoever loads it. */
export const INVOER_DECIMALEN = 6;

/** The SQL type of an input column, or a refusal for a type the subset has no column for. */
export function kolomType(d: Dialect, t: Type, naam: string): string {
  const k = t.soort === 'leegbaar' ? t.type : t;
  switch (k.soort) {
    case 'ja/nee': return 'BOOLEAN';
    case 'bedrag': return d.decimaalType(18, 2);
    case 'getal': return k.geheel ? 'BIGINT' : d.decimaalType(18, INVOER_DECIMALEN);
    case 'percentage': return d.decimaalType(18, INVOER_DECIMALEN);
    case 'datum': return 'DATE';
    case 'tekst': case 'keuze': return d.tekstType;
    case 'lijst': {
      if (d.naam !== 'duckdb') return buiten('RW6011', `invoer '${naam}' is een lijst; lijsten worden alleen in de DuckDB-dialect vertaald`, null);
      const el = k.element;
      if (el.soort !== 'gegevens') return `${kolomType(d, el, naam)}[]`;
      const velden = el.velden.map((v) => {
        if (v.type.soort === 'gegevens' || v.type.soort === 'lijst' || v.type.soort === 'duur') buiten('RW6008', `invoer '${naam}': veld '${v.naam}' van het type ${v.type.soort} in een lijst`, null);
        return `${id(v.naam)} ${kolomType(d, v.type, naam)}`;
      });
      return `STRUCT(${velden.join(', ')})[]`;
    }
    default: return buiten('RW6008', `invoer '${naam}' van het type ${k.soort}`, null);
  }
}

/** The value of a column read from `kolom` (a scalar of type t): numbers scaled, the rest as it is. */
function kolomWaarde(d: Dialect, kolom: string, t: Type, nietLeeg: boolean, naam: string): S {
  const k = t.soort === 'leegbaar' ? t.type : t;
  switch (k.soort) {
    case 'bedrag': return { v: d.naarGeheel(kolom, 2), f: null, vorm: past(d, 'bedrag', 2, 18, null), nietLeeg };
    case 'getal':
      if (k.geheel) return { v: d.naarGeheel(kolom, 0), f: null, vorm: past(d, 'getal', 0, 19, null), nietLeeg };
      return { v: d.naarGeheel(kolom, INVOER_DECIMALEN), f: null, vorm: past(d, 'getal', INVOER_DECIMALEN, 18, null), nietLeeg };
    case 'percentage': return { v: d.naarGeheel(kolom, INVOER_DECIMALEN), f: null, vorm: past(d, 'percentage', INVOER_DECIMALEN, 18, null), nietLeeg };
    case 'ja/nee': return { v: kolom, f: null, vorm: { kind: 'janee' }, nietLeeg };
    case 'datum': return { v: kolom, f: null, vorm: { kind: 'datum' }, nietLeeg };
    case 'tekst': return { v: kolom, f: null, vorm: { kind: 'tekst', keuze: false }, nietLeeg };
    case 'keuze': return { v: kolom, f: null, vorm: { kind: 'tekst', keuze: true }, nietLeeg };
    case 'lijst': {
      const el = k.element;
      if (el.soort === 'gegevens') {
        const velden = new Map<string, S>();
        for (const v of el.velden) velden.set(v.naam, kolomWaarde(d, `${EL}.${id(v.naam)}`, v.type, v.type.soort !== 'leegbaar', naam));
        return { v: kolom, f: null, vorm: { kind: 'lijst', el: { kind: 'rec', velden }, sjabloon: EL }, nietLeeg };
      }
      const w = kolomWaarde(d, EL, el, true, naam);
      return { v: kolom, f: null, vorm: { kind: 'lijst', el: w.vorm, sjabloon: w.v }, nietLeeg };
    }
    default: return buiten('RW6008', `invoer '${naam}' van het type ${k.soort}`, null);
  }
}

/** The value of input `naam` read from the row `"§g"` of gevallen. */
export function invoerWaarde(d: Dialect, i: InvoerInfo): S {
  return kolomWaarde(d, `"§g".${id(i.naam)}`, i.type, i.type.soort !== 'leegbaar', i.naam);
}

/**
 * Why a number is outside the range of its type (runtime/bereik.ts bereikFout), as SQL text, or
 * NULL when it is inside; null when the type has no range. `kreeg`: 'kreeg' for input, 'is' for a rule.
 */
export function bereikReden(d: Dialect, w: S, t: Type, kreeg: string): string | null {
  if (w.vorm.kind !== 'num' || !isVerfijnd(t)) return null;
  const vorm = w.vorm;
  const soort = vorm.soort;
  const geschreven = schrijfNum(d, w);
  const tekstNa = (reden: string): string => `(${tekst(`${reden}, maar ${kreeg} `)} || ${geschreven})`;
  const delen: string[] = [];
  if (t.soort !== 'getal' && t.soort !== 'bedrag' && t.soort !== 'percentage') return null;
  if (t.geheel && vorm.s > 0) delen.push(`WHEN ${d.rest(w.v, d.getal(10n ** BigInt(vorm.s)))} <> 0 THEN ${tekstNa('moet een geheel getal zijn')}`);
  const heel = t.min && t.max ? ` (bereik ${schrijfBereik(t)})` : '';
  for (const welke of ['min', 'max'] as const) {
    const g = t[welke];
    if (!g) continue;
    const grens = G.vanDecimaleTekst(g.waarde) ?? buiten('RW6001', `grens ${g.waarde}`, null);
    const s = G.decimalen(grens) ?? 0;
    const n = G.maal(grens, G.getal(10n ** BigInt(s))).t;
    const b: S = { v: d.getal(n), f: null, vorm: past(d, soort, s, Math.max(String(n < 0n ? -n : n).length, s), null) };
    const x = gelijkGeschaald(d, w, b, null);
    const fout = welke === 'min' ? (g.inclusief ? '<' : '<=') : (g.inclusief ? '>' : '>=');
    const woord = welke === 'min' ? (g.inclusief ? 'ten minste' : 'groter dan') : (g.inclusief ? 'ten hoogste' : 'kleiner dan');
    delen.push(`WHEN ${x.a} ${fout} ${x.b} THEN ${tekstNa(`moet ${woord} ${g.tekst} zijn${heel}`)}`);
  }
  return delen.length === 0 ? null : `CASE ${delen.join(' ')} END`;
}

/** A number as `schrijfInSoort` writes it: `€ 7,50`, `45,5%`, `-3`. */
export function schrijfNum(d: Dialect, w: S): string {
  const vorm = w.vorm;
  if (vorm.kind !== 'num') return buiten('RW6001', 'geen getal', null);
  const c = cijfers(d, w.v, vorm.s, vorm.p);
  if (vorm.soort === 'percentage') return `(${c} || '%')`;
  if (vorm.soort === 'getal') return c;
  return `('€ ' || ${c} || CASE WHEN ${c} LIKE '%,_' THEN '0' ELSE '' END)`;
}

/**
 * The first input problem, as the engines find it: per input in declaration order its type
 * (missing, a choice outside the list) and range, then every `eis` of every input in order.
 * `waarden`: the inputs' values (columns of an earlier step); `eisen`: a translator for eisen.
 */
export function invoerFout(d: Dialect, g: Gecontroleerd, waarden: ReadonlyMap<string, S>, eisen: Expressies): string | null {
  const fouten: (string | null)[] = [];
  for (const i of g.invoer) {
    const w = waarden.get(i.naam)!;
    const pad = padMetSleutel('', i.naam);
    const melding = (reden: string): string => tekst(`ongeldige invoer bij '${pad}': ${reden}`);
    const t = i.type.soort === 'leegbaar' ? i.type.type : i.type;
    const problemen: string[] = [];
    if (i.type.soort !== 'leegbaar') problemen.push(`WHEN ${w.v} IS NULL THEN ${melding('ontbreekt')}`);
    if (t.soort === 'keuze') {
      const lijst = t.waarden.map((x) => `"${x}"`).join(', ');
      // the value as the engines quote it: JSON, with control characters made visible
      const geschreven = `('"' || replace(replace(${w.v}, '\\', '\\\\'), '"', '\\"') || '"')`;
      problemen.push(`WHEN ${w.v} NOT IN (${t.waarden.map(tekst).join(', ')}) THEN (${melding('')} || ${geschreven} || ${tekst(` is geen geldige waarde; kies uit ${lijst}`)})`);
      if (t.waarden.some((x) => invoerTekst(x) !== JSON.stringify(x))) buiten('RW6008', `een keuze met een stuurteken (invoer '${i.naam}')`, i.decl.plek);
    }
    const bereik = bereikReden(d, w, t, 'kreeg');
    if (bereik) problemen.push(`WHEN ${bereik} IS NOT NULL THEN (${melding('')} || ${bereik})`);
    if (t.soort === 'lijst' && w.vorm.kind === 'lijst') problemen.push(`WHEN ${w.v} IS NOT NULL THEN ${elementFout(d, eisen, w, t.element, pad)}`);
    if (problemen.length > 0) fouten.push(`CASE ${problemen.join(' ')} END`);
  }
  // the eisen of a record soort, per element of a list in order, after every input is read
  for (const i of g.invoer) {
    const w = waarden.get(i.naam)!;
    const t = i.type.soort === 'leegbaar' ? i.type.type : i.type;
    if (t.soort === 'gegevens' && t.naam && g.soortEisen.has(t.naam)) buiten('RW6008', `een eis op soort '${t.naam}' van invoer '${i.naam}'`, i.decl.plek);
    if (t.soort === 'lijst' && t.naam && g.soortEisen.has(t.naam)) buiten('RW6008', `een eis op lijstsoort '${t.naam}'`, i.decl.plek);
    if (t.soort !== 'lijst' || t.element.soort !== 'gegevens' || !t.element.naam || w.vorm.kind !== 'lijst') continue;
    const soortEisen = g.soortEisen.get(t.element.naam) ?? [];
    if (soortEisen.length === 0) continue;
    const vorm = w.vorm;
    const c = eisen.nieuweNaam();
    const el = element(vorm, `${w.v}[${c} + 1]`);
    const velden = el.vorm.kind === 'rec' ? el.vorm.velden : new Map<string, S>();
    const delen = soortEisen.map((eis) => {
      const e = eisen.ex(eis.voorwaarde, velden);
      if (e.f !== null) buiten('RW6008', `een eis op soort '${t.element.soort === 'gegevens' ? t.element.naam : ''}' die kan mislukken`, eis.plek);
      return `WHEN NOT ${e.v} THEN ${tekst(`ongeldige invoer bij '${padMetSleutel('', i.naam)}[`)} || ${d.tekst(c)} || ${tekst(`]': ${eis.melding ?? 'voldoet niet aan de eis'}`)}`;
    });
    fouten.push(mits(`${w.v} IS NOT NULL`, `list_filter(list_transform(range(len(${w.v})), lambda ${c}: CASE ${delen.join(' ')} END), lambda "§e": "§e" IS NOT NULL)[1]`));
  }
  for (const i of g.invoer) {
    for (const eis of i.eisen) {
      const e = eisen.ex(eis.voorwaarde, new Map());
      const pad = padMetSleutel('', i.naam);
      fouten.push(eerst(e.f, mits(`NOT ${e.v}`, tekst(`ongeldige invoer bij '${pad}': ${eis.melding ?? 'voldoet niet aan de eis'}`))));
    }
  }
  return eerst(...fouten);
}

/**
 * The first problem of a list's elements as the JSON reader finds it (0-based positions): an
 * element that is NULL, a field that is NULL (missing), a choice outside its list.
 */
function elementFout(d: Dialect, x: Expressies, w: S, el: Type, pad: string): string {
  const i = x.nieuweNaam();
  const e = `${w.v}[${i} + 1]`;
  const bij = (achter: string, reden: string): string => `(${tekst(`ongeldige invoer bij '${pad}[`)} || ${d.tekst(i)} || ${tekst(`]${achter}': ${reden}`)})`;
  const delen: string[] = [];
  if (el.soort === 'gegevens') {
    delen.push(`WHEN ${e} IS NULL THEN ${bij('', `verwacht een object met ${el.velden.map((v) => v.naam).join(', ')}, maar kreeg null`)}`);
    for (const v of el.velden) {
      const veld = `${e}.${id(v.naam)}`;
      if (v.type.soort !== 'leegbaar') delen.push(`WHEN ${veld} IS NULL THEN ${bij(`.${v.naam}`, 'ontbreekt')}`);
      const k = v.type.soort === 'leegbaar' ? v.type.type : v.type;
      const veldS = element(w.vorm as Vorm & { kind: 'lijst' }, e);
      const fw = veldS.vorm.kind === 'rec' ? veldS.vorm.velden.get(v.naam) : undefined;
      const bereik = fw && bevatVerfijning(k) ? bereikReden(d, fw, k, 'kreeg') : null;
      if (bereik) delen.push(`WHEN ${bereik} IS NOT NULL THEN (${bij(`.${v.naam}`, '')} || ${bereik})`);
      if (k.soort === 'keuze') {
        const kies = tekst(`" is geen geldige waarde; kies uit ${k.waarden.map((x) => `"${x}"`).join(', ')}`);
        delen.push(`WHEN ${veld} NOT IN (${k.waarden.map(tekst).join(', ')}) THEN (${bij(`.${v.naam}`, '"')} || ${veld} || ${kies})`);
      }
    }
  } else {
    delen.push(`WHEN ${e} IS NULL THEN ${bij('', 'ontbreekt')}`);
  }
  return `list_filter(list_transform(range(len(${w.v})), lambda ${i}: CASE ${delen.join(' ')} END), lambda "§e": "§e" IS NOT NULL)[1]`;
}
