// Dates and durations in SQL, as runtime/datum.ts, runtime/duur.ts and runtime/kalender.ts define
// them: a duration is whole months plus whole days (two integers, `v` and `dagen`); a date plus a
// duration adds the months first (clamped to the last day of a shorter month, as both databases
// do for a month interval) and then the days, and the result is cast back to DATE (in DuckDB
// `date + INTERVAL` is a TIMESTAMP). Durations compare per part; a pair that cannot be ordered is
// the engines' error. `tijdsduur ... in hele jaren` counts whole months with the same clamping.
import type * as A from '../../language/ast.js';
import type { Rekenvariant } from '../../language/operatoren.js';
import type { IngebouwdVariant } from '../../language/ingebouwd.js';
import { EENHEDEN } from '../../runtime/duur.js';
import { type Omgeving, type S, type Vertaler, buiten, eerst, mits, tekst } from './waarde.js';
import { numVorm } from './getallen.js';

const DUUR = { kind: 'duur' } as const;
const DATUM = { kind: 'datum' } as const;
/** Parts beyond ten thousand years leave the calendar whatever the date (runtime/duur.ts). */
const MAX_MAANDEN = 120_000;
const MAX_DAGEN = 3_660_000;

/** `n maanden`, `n dagen`, `1 maand en 3 dagen`, as schrijfDuur writes a duration. */
export function duurTekst(x: Vertaler, w: S): string {
  const deel = (n: string, enkel: string, meer: string): string => `(${x.d.tekst(n)} || CASE WHEN abs(${n}) = 1 THEN ${tekst(` ${enkel}`)} ELSE ${tekst(` ${meer}`)} END)`;
  const m = deel(w.v, 'maand', 'maanden');
  const d = deel(w.dagen!, 'dag', 'dagen');
  return `CASE WHEN ${w.v} = 0 THEN ${d} WHEN ${w.dagen} = 0 THEN ${m} ELSE ${m} || ' en ' || ${d} END`;
}

/** A whole number of the duration's unit: its integer, or the engines' error for a fraction. */
function geheel(x: Vertaler, w: S, wat: string): { v: string; f: string | null } {
  const vorm = numVorm(w, null);
  if (vorm.s === 0) return { v: w.v, f: null };
  const m = x.d.getal(10n ** BigInt(vorm.s));
  const fout = mits(`${x.d.rest(w.v, m)} <> 0`, x.rekenFoutMet(`${wat} moet een geheel getal zijn, maar is `, numTekst(x, w)));
  return { v: x.d.deel(w.v, m), f: fout };
}

function numTekst(x: Vertaler, w: S): string {
  const vorm = numVorm(w, null);
  const teken = `CASE WHEN ${w.v} < 0 THEN '-' ELSE '' END`;
  if (vorm.s === 0) return `(${teken} || ${x.d.tekst(`abs(${w.v})`)})`;
  const m = x.d.getal(10n ** BigInt(vorm.s));
  const fractie = `rtrim(lpad(${x.d.tekst(x.d.rest(`abs(${w.v})`, m))}, ${vorm.s}, '0'), '0')`;
  return `(${teken} || ${x.d.tekst(x.d.deel(`abs(${w.v})`, m))} || CASE WHEN ${fractie} = '' THEN '' ELSE ',' || ${fractie} END)`;
}

/** `n jaren` (weken, maanden, dagen): months and days of n units. */
export function duurExpr(x: Vertaler, e: A.Expr & { kind: 'DuurExpr' }, env: Omgeving): S {
  const n = x.ex(e.aantal, env);
  const eenheid = EENHEDEN.find((u) => u.meervoud === e.eenheid)!;
  const h = geheel(x, n, `het aantal ${e.eenheid}`);
  const leeg = x.leegKan(n) ? mits(`${n.v} IS NULL`, x.rekenFout(`het aantal ${e.eenheid} is leeg of geen getal`)) : null;
  return { v: `(${h.v} * ${eenheid.maanden})`, dagen: `(${h.v} * ${eenheid.dagen})`, f: eerst(n.f, leeg, h.f), vorm: DUUR, nietLeeg: true };
}

/** `d + (m maanden en n dagen)`: months first, clamped, then days; outside the calendar the engines' error. */
function plus(x: Vertaler, d: S, u: S, teken: '+' | '-'): { v: string; f: string } {
  const m = teken === '+' ? u.v : `(-${u.v})`;
  const n = teken === '+' ? u.dagen! : `(-${u.dagen})`;
  // a part that large leaves the calendar whatever the date: it never reaches the date arithmetic
  const te = `abs(${u.v}) > ${MAX_MAANDEN} OR abs(${u.dagen}) > ${MAX_DAGEN}`;
  const v = `CASE WHEN ${te} THEN NULL ELSE (${x.d.maandenErbij(d.v, m)} + CAST(${n} AS INTEGER)) END`;
  const melding = x.rekenFoutMet('rekenfout: ', `${x.d.datumTekst(d.v)} || ${tekst(` ${teken} `)} || ${duurTekst(x, u)}`, ' valt buiten de kalender (0001-01-01 tot en met 9999-12-31)');
  return { v, f: `CASE WHEN ${te} OR ${v} < DATE '0001-01-01' OR ${v} > DATE '9999-12-31' THEN ${melding} END` };
}

/** A date, a duration or leeg as the engines write it in a message. */
function geschreven(x: Vertaler, w: S): string {
  const gevuld = w.vorm.kind === 'duur' ? duurTekst(x, w) : w.vorm.kind === 'datum' ? x.d.datumTekst(w.v) : null;
  if (gevuld === null) return buiten('RW6002', `een ${w.vorm.kind} in een rekensom met datums`, null);
  return `CASE WHEN ${w.v} IS NULL THEN 'leeg' ELSE ${gevuld} END`;
}

export function datumRekensom(x: Vertaler, variant: Rekenvariant, a: S, b: S, f: string | null, plek: A.Plek): S {
  const op = variant.includes('+') ? '+' : variant.includes('-') ? '-' : '*';
  // leeg on either side is the engines' error naming both values, before anything is computed
  const leeg = x.leegKan(a) || x.leegKan(b)
    ? mits(`(${a.v} IS NULL OR ${b.v} IS NULL)`, x.rekenFoutMet('kan niet rekenen met ', `${a.vorm.kind === 'num' ? 'NULL' : geschreven(x, a)} || ${tekst(` ${op} `)} || ${b.vorm.kind === 'num' ? 'NULL' : geschreven(x, b)}`, ' (een van beide is leeg?)'))
    : null;
  switch (variant) {
    case 'datum+duur': case 'duur+datum': case 'datum-duur': {
      const [d, u] = variant === 'duur+datum' ? [b, a] : [a, b];
      const r = plus(x, d, u, variant === 'datum-duur' ? '-' : '+');
      return { v: r.v, f: eerst(f, leeg, r.f), vorm: DATUM, nietLeeg: true };
    }
    case 'datum-datum':
      return { v: x.d.getal(0n), dagen: `CAST(${a.v} - ${b.v} AS ${x.d.geheel})`, f: eerst(f, leeg), vorm: DUUR, nietLeeg: true };
    case 'duur+duur': case 'duur-duur':
      return { v: `(${a.v} ${op} ${b.v})`, dagen: `(${a.dagen} ${op} ${b.dagen})`, f: eerst(f, leeg), vorm: DUUR, nietLeeg: true };
    case 'duur*getal': case 'getal*duur': {
      const [u, k] = variant === 'duur*getal' ? [a, b] : [b, a];
      if (x.leegKan(a) || x.leegKan(b)) return buiten('RW6002', 'een product met een duur die leeg kan zijn', plek);
      const h = geheel(x, k, 'de factor van een duur');
      return { v: `(${u.v} * ${h.v})`, dagen: `(${u.dagen} * ${h.v})`, f: eerst(f, h.f), vorm: DUUR, nietLeeg: true };
    }
    default: return buiten('RW6002', `de rekensom ${variant}`, plek);
  }
}

/** `a < b` (and the others) of two durations: per part, or the engines' error when the parts disagree. */
export function vergelijkDuur(x: Vertaler, op: A.VergelijkOp, a: S, b: S, plek: A.Plek): S {
  if (x.leegKan(a) || x.leegKan(b)) return buiten('RW6002', 'een vergelijking van duren die leeg kunnen zijn', plek);
  const gelijk = `(${a.v} = ${b.v} AND ${a.dagen} = ${b.dagen})`;
  const kleiner = `(${a.v} <= ${b.v} AND ${a.dagen} <= ${b.dagen})`;
  const groter = `(${a.v} >= ${b.v} AND ${a.dagen} >= ${b.dagen})`;
  const fout = mits(`NOT (${kleiner} OR ${groter})`, x.rekenFoutMet('duur in maanden en duur in dagen zijn niet te vergelijken: ', `${duurTekst(x, a)} || ' en ' || ${duurTekst(x, b)}`, '; vergelijk datums in plaats daarvan'));
  const v = op === '<' ? `(${kleiner} AND NOT ${gelijk})` : op === '<=' ? kleiner : op === '>' ? `(${groter} AND NOT ${gelijk})` : groter;
  return { v, f: eerst(a.f, b.f, fout), vorm: { kind: 'janee' }, nietLeeg: true };
}

export function ingebouwdDatum(x: Vertaler, variant: IngebouwdVariant, e: A.Expr & { kind: 'Ingebouwd' }, env: Omgeving): S {
  switch (variant) {
    case 'tijdsduur jaren': case 'tijdsduur maanden': case 'tijdsduur weken': case 'tijdsduur dagen': {
      const [a, b] = e.argumenten.map((y) => x.ex(y, env)) as [S, S];
      const leeg = x.leegKan(a) || x.leegKan(b) ? mits(`(${a.v} IS NULL OR ${b.v} IS NULL)`, x.rekenFout('kan geen tijdsduur bepalen: een van beide datums is leeg')) : null;
      const lo = `LEAST(${a.v}, ${b.v})`;
      const hi = `GREATEST(${a.v}, ${b.v})`;
      const teken = `CASE WHEN ${b.v} < ${a.v} THEN -1 ELSE 1 END`;
      const dagen = `CAST(${hi} - ${lo} AS ${x.d.geheel})`;
      let n: string;
      if (variant === 'tijdsduur dagen') n = dagen;
      else if (variant === 'tijdsduur weken') n = x.d.deel(dagen, x.d.getal(7n));
      else {
        const per = variant === 'tijdsduur jaren' ? 12 : 1;
        const deel = (wat: string, d: string): string => `CAST(EXTRACT(${wat} FROM ${d}) AS ${x.d.geheel})`;
        const ruw = x.d.deel(`((${deel('YEAR', hi)} - ${deel('YEAR', lo)}) * 12 + ${deel('MONTH', hi)} - ${deel('MONTH', lo)})`, x.d.getal(BigInt(per)));
        n = `(${ruw} - CASE WHEN ${x.d.maandenErbij(lo, `(${ruw} * ${per})`)} > ${hi} THEN 1 ELSE 0 END)`;
      }
      return { v: `(${teken} * ${n})`, f: eerst(a.f, b.f, leeg), vorm: { kind: 'num', soort: 'getal', s: 0, p: 8 }, nietLeeg: true };
    }
    case 'jaar van': case 'maand van': case 'dag van': {
      const d = x.ex(e.argumenten[0]!, env);
      const wat = variant.split(' ')[0]!;
      const leeg = x.leegKan(d) ? mits(`${d.v} IS NULL`, x.rekenFout(`kan ${wat} van een lege datum niet bepalen`)) : null;
      const deel = wat === 'jaar' ? 'YEAR' : wat === 'maand' ? 'MONTH' : 'DAY';
      return { v: `CAST(EXTRACT(${deel} FROM ${d.v}) AS ${x.d.geheel})`, f: eerst(d.f, leeg), vorm: { kind: 'num', soort: 'getal', s: 0, p: 4 }, nietLeeg: true };
    }
    case 'datum met': return datumMet(x, e, env);
    default: return buiten('RW6006', `de ingebouwde bewerking '${variant}'`, e.plek);
  }
}

/** `de datum met jaar J, maand M en dag D`, or the engines' error naming the three as drafters write them. */
function datumMet(x: Vertaler, e: A.Expr & { kind: 'Ingebouwd' }, env: Omgeving): S {
  const [j, m, d] = e.argumenten.map((y) => x.ex(y, env)) as [S, S, S];
  const delen = [j, m, d];
  const leeg = delen.some((w) => x.leegKan(w)) ? mits(delen.map((w) => `${w.v} IS NULL`).join(' OR '), x.rekenFout('kan geen datum maken: jaar, maand of dag is leeg')) : null;
  const heel = delen.map((w) => {
    const v = numVorm(w, e.plek);
    return v.s === 0 ? { v: w.v, geheel: 'TRUE' } : { v: x.d.deel(w.v, x.d.getal(10n ** BigInt(v.s))), geheel: `${x.d.rest(w.v, x.d.getal(10n ** BigInt(v.s)))} = 0` };
  });
  const [jn, mn, dn] = heel.map((h) => h.v) as [string, string, string];
  const tekstVan = `${tekst('de datum met jaar ')} || ${numTekst(x, j)} || ${tekst(', maand ')} || ${numTekst(x, m)} || ${tekst(' en dag ')} || ${numTekst(x, d)} || ${tekst(' bestaat niet: ')}`;
  const jaarGoed = `${jn} BETWEEN 1 AND 9999`;
  const maandGoed = `${mn} BETWEEN 1 AND 12`;
  const eerste = `make_date(CAST(${jn} AS INTEGER), CAST(${mn} AS INTEGER), 1)`;
  const lengte = `CAST(EXTRACT(DAY FROM (${x.d.maandenErbij(eerste, '1')} - 1)) AS ${x.d.geheel})`;
  const reden = `CASE WHEN NOT (${heel.map((h) => h.geheel).join(' AND ')}) THEN 'jaar, maand en dag zijn hele getallen'
    WHEN NOT ${jaarGoed} THEN 'een jaar loopt van 1 tot en met 9999' WHEN NOT ${maandGoed} THEN 'een maand loopt van 1 tot en met 12'
    WHEN ${dn} < 1 OR ${dn} > ${lengte} THEN 'maand ' || ${x.d.tekst(mn)} || ' van ' || ${x.d.tekst(jn)} || ' heeft ' || ${x.d.tekst(lengte)} || ' dagen' END`;
  const ok = `(${heel.map((h) => h.geheel).join(' AND ')} AND ${jaarGoed} AND ${maandGoed} AND ${dn} BETWEEN 1 AND 31)`;
  // make_date only on parts that make a date: anything else would abort the query
  const v = `CASE WHEN ${ok} AND ${dn} <= ${lengte} THEN make_date(CAST(${jn} AS INTEGER), CAST(${mn} AS INTEGER), CAST(${dn} AS INTEGER)) END`;
  const fout = `CASE WHEN ${reden.replace(/\n\s*/g, ' ')} IS NOT NULL THEN (${x.rekenFout('')} || ${tekstVan} || ${reden.replace(/\n\s*/g, ' ')}) END`;
  return { v, f: eerst(j.f, m.f, d.f, leeg, fout), vorm: DATUM, nietLeeg: true };
}
