// Lists in SQL (DuckDB LISTs; PostgreSQL refuses them with RW6011): `aantal`, `eerste`, `laatste`,
// `L[i]`, `som`, a field of every element, `elk ... waarvoor`, `er is een`, `voor alle`, and two
// shapes of `vouw`: the last segment of a list that a condition on two neighbours splits (the
// chain of ketenbepaling), and a record accumulated by `en`/`of` next to fields that only remember
// the previous element. Only list_transform and list_filter run lambdas, never list_reduce: with a
// start value and a lambda that reads another column DuckDB gives wrong answers without an error.
// A lambda's errors become a list of the same length; the case's error is its first one.
import type * as A from '../../language/ast.js';
import { schaal } from './getallen.js';
import { type Omgeving, type S, type Vertaler, type Vorm, buiten, eerst, id, mits, tekst } from './waarde.js';

/** The placeholder for one element in a list shape's `sjabloon` and its records' field templates. */
export const EL = '§el';

type LijstVorm = Vorm & { kind: 'lijst' };

function lijstVorm(w: S, plek: A.Plek): LijstVorm {
  if (w.vorm.kind !== 'lijst') return buiten('RW6005', `een lijst verwacht, maar kreeg ${w.vorm.kind}`, plek);
  return w.vorm;
}

function dialectLijst(x: Vertaler, plek: A.Plek): void {
  if (x.d.naam !== 'duckdb') buiten('RW6011', 'lijsten worden alleen in de DuckDB-dialect vertaald', plek);
}

/** The element of list shape `l` whose SQL is `sql`: a record known field by field, or a value. */
export function element(l: LijstVorm, sql: string): S {
  const zet = (t: string): string => t.split(EL).join(sql);
  if (l.el.kind === 'rec') {
    const velden = new Map<string, S>();
    for (const [n, w] of l.el.velden) velden.set(n, { ...w, v: zet(w.v), ...(w.dagen ? { dagen: zet(w.dagen) } : {}) });
    return { v: 'TRUE', f: null, vorm: { kind: 'rec', velden }, nietLeeg: true };
  }
  return { v: zet(l.sjabloon), f: null, vorm: l.el, nietLeeg: true };
}

/** The first error of a list of errors (one per element, NULL where none), or null when none can occur. */
function eersteFout(fouten: string | null): string | null {
  return fouten === null ? null : `list_filter(${fouten}, lambda "§e": "§e" IS NOT NULL)[1]`;
}

/** `f(i)` for i = 1 .. len(L) (or from `van`), as a list; `f` gets the SQL of i. */
function perPositie(x: Vertaler, l: string, f: (i: string) => string, van = 1): string {
  const i = x.nieuweNaam();
  return `list_transform(range(${van}, len(${l}) + 1), lambda ${i}: ${f(i)})`;
}

export function lijstOp(x: Vertaler, e: A.Expr & { kind: 'LijstOp' }, env: Omgeving): S {
  if (e.arg.kind === 'Tupel') return tupelOp(x, e, e.arg, env);
  dialectLijst(x, e.plek);
  const l = x.ex(e.arg, env);
  const vorm = lijstVorm(l, e.plek);
  const leeg = (wat: string): string => mits(`len(${l.v}) = 0`, x.rekenFout(wat))!;
  switch (e.op) {
    case 'aantal': return { v: `CAST(len(${l.v}) AS ${x.d.geheel})`, f: l.f, vorm: { kind: 'num', soort: 'getal', s: 0, p: 10 }, nietLeeg: true };
    case 'eerste': case 'laatste': {
      const w = element(vorm, `${l.v}[${e.op === 'eerste' ? '1' : '-1'}]`);
      return { ...w, f: eerst(l.f, leeg(`het ${e.op} element van een lege lijst bestaat niet`)) };
    }
    case 'som': {
      if (vorm.el.kind !== 'num') return buiten('RW6005', `'som' van een lijst van ${vorm.el.kind}`, e.plek);
      const v = perPositie(x, l.v, (i) => element(vorm, `${l.v}[${i}]`).v);
      // list_sum of HUGEINT stays exact; an empty list sums to 0
      return { v: `COALESCE(list_sum(${v}), ${x.d.getal(0n)})`, f: l.f, vorm: { ...vorm.el, p: vorm.el.p + 8 }, nietLeeg: true };
    }
    case 'minimum': case 'maximum': {
      if (vorm.el.kind !== 'num' && vorm.el.kind !== 'datum') return buiten('RW6005', `'${e.op}' van een lijst van ${vorm.el.kind}`, e.plek);
      const v = perPositie(x, l.v, (i) => element(vorm, `${l.v}[${i}]`).v);
      return { v: `list_${e.op === 'minimum' ? 'min' : 'max'}(${v})`, f: eerst(l.f, leeg(`het ${e.op} van een lege lijst bestaat niet`)), vorm: vorm.el, nietLeeg: true };
    }
    default: {
      const _never: never = e.op;
      return _never;
    }
  }
}

/**
 * `minimum van (a, b, ...)`, `maximum van (...)`: the smallest or largest of a few numbers or dates,
 * every value evaluated in order. GREATEST and LEAST skip a NULL where the engines fail, so a value
 * that can be leeg gets its own check (the case runs as niet-sql then).
 */
function tupelOp(x: Vertaler, e: A.Expr & { kind: 'LijstOp' }, t: A.Expr & { kind: 'Tupel' }, env: Omgeving): S {
  if (e.op !== 'minimum' && e.op !== 'maximum') return buiten('RW6005', `'${e.op}' van een opsomming`, e.plek);
  const ws = t.leden.map((l) => x.ex(l, env));
  let vorm = ws[0]!.vorm;
  for (const w of ws.slice(1)) vorm = x.verenig({ v: 'NULL', f: null, vorm }, w, e.plek)[2];
  if (vorm.kind !== 'num' && vorm.kind !== 'datum') return buiten('RW6005', `'${e.op}' van een opsomming van ${vorm.kind}`, e.plek);
  const waarden = ws.map((w) => (vorm.kind === 'num' && w.vorm.kind === 'num' ? schaal(x.d, w.v, w.vorm.s, vorm.s) : w.v));
  const leeg = ws.filter((w) => x.leegKan(w));
  const fLeeg = leeg.length > 0 ? mits(leeg.map((w) => `${w.v} IS NULL`).join(' OR '), tekst(`niet-sql: leeg in '${e.op} van (...)'`)) : null;
  return { v: `${e.op === 'minimum' ? 'LEAST' : 'GREATEST'}(${waarden.join(', ')})`, f: eerst(...ws.map((w) => w.f), fLeeg), vorm, nietLeeg: true };
}

export function lijstExpr(x: Vertaler, e: A.Expr, env: Omgeving): S {
  dialectLijst(x, e.plek);
  switch (e.kind) {
    case 'Veld': {
      // a field of every element: a list of that field
      const l = x.ex(e.object, env);
      const vorm = lijstVorm(l, e.plek);
      if (vorm.el.kind !== 'rec') return buiten('RW6005', `het veld '${e.veld}' van een lijst van ${vorm.el.kind}`, e.plek);
      const veld = vorm.el.velden.get(e.veld) ?? buiten('RW6001', `veld '${e.veld}'`, e.plek);
      if (veld.vorm.kind === 'rec' || veld.vorm.kind === 'lijst' || veld.vorm.kind === 'duur') return buiten('RW6005', `een lijst van ${veld.vorm.kind}`, e.plek);
      return { v: l.v, f: l.f, vorm: { kind: 'lijst', el: veld.vorm, sjabloon: veld.v }, nietLeeg: true };
    }
    case 'Index': {
      const l = x.ex(e.lijst, env);
      const vorm = lijstVorm(l, e.plek);
      const i = x.ex(e.index, env);
      if (i.vorm.kind !== 'num' || i.vorm.s !== 0) return buiten('RW6005', 'een positie die geen geheel getal is', e.plek);
      const buitenLijst = mits(`${i.v} < 1 OR ${i.v} > len(${l.v})`, x.rekenFoutMet('positie ', `${x.d.tekst(i.v)} || ' bestaat niet in een lijst van ' || ${x.d.tekst(`len(${l.v})`)}`, ' element(en)'));
      // the position is cast only when it is inside the list: a huge one would abort the query
      const w = element(vorm, `${l.v}[CASE WHEN ${i.v} BETWEEN 1 AND len(${l.v}) THEN CAST(${i.v} AS BIGINT) END]`);
      return { ...w, f: eerst(l.f, i.f, buitenLijst) };
    }
    case 'Elke': {
      const l = x.ex(e.lijst, env);
      const vorm = lijstVorm(l, e.plek);
      let uit: S = l;
      if (e.filter) {
        const c = x.nieuweNaam();
        const p = x.ex(e.filter, new Map([...env, [e.variabele.naam, element(vorm, c)]]));
        const fouten = p.f === null ? null : `list_transform(${l.v}, lambda ${c}: ${p.f})`;
        uit = { v: `list_filter(${l.v}, lambda ${c}: ${p.v})`, f: eerst(l.f, eersteFout(fouten)), vorm, nietLeeg: true };
      }
      return e.afbeelding ? afbeelding(x, uit, vorm, e.variabele.naam, e.afbeelding, env, e.plek) : uit;
    }
    case 'Kwantor': {
      const l = x.ex(e.lijst, env);
      const vorm = lijstVorm(l, e.plek);
      const c = x.nieuweNaam();
      const p = x.ex(e.voorwaarde, new Map([...env, [e.variabele.naam, element(vorm, c)]]));
      // some/every stop at the first element that decides: an error after it does not count
      if (p.f !== null) return buiten('RW6005', `'${e.kwantor}' met een voorwaarde die kan mislukken`, e.plek);
      const waar = `list_transform(${l.v}, lambda ${c}: ${p.v})`;
      const v = e.kwantor === 'er is een' ? `COALESCE(list_bool_or(${waar}), FALSE)` : `COALESCE(list_bool_and(${waar}), TRUE)`;
      return { v, f: l.f, vorm: { kind: 'janee' }, nietLeeg: true };
    }
    case 'Vouw': return vouw(x, e, env);
    case 'LijstLit': return lijstLit(x, e, env);
    default: return buiten('RW6005', `een lijst (${e.kind})`, e.plek);
  }
}

/** Does `e` mention local name `naam` other than as allowed by `mag` (checked on the way down)? */
function noemt(e: A.Expr, naam: string, mag: (x: A.Expr) => boolean = () => false): boolean {
  if (mag(e)) return false;
  if (e.kind === 'Naam') return e.naam === naam;
  return kinderenVan(e).some((k) => noemt(k, naam, mag));
}

function kinderenVan(e: A.Expr): readonly A.Expr[] {
  const uit: A.Expr[] = [];
  for (const v of Object.values(e)) {
    if (v && typeof v === 'object' && 'kind' in v && 'plek' in v) uit.push(v as A.Expr);
    else if (Array.isArray(v)) for (const w of v) if (w && typeof w === 'object' && 'kind' in w && 'plek' in w) uit.push(w as A.Expr);
  }
  return uit;
}

function vouw(x: Vertaler, e: A.Expr & { kind: 'Vouw' }, env: Omgeving): S {
  const l = x.ex(e.lijst, env);
  const vorm = lijstVorm(l, e.plek);
  if (e.begin.kind === 'LijstLit' && e.begin.elementen.length === 0) return segment(x, e, l, vorm, env);
  if (e.begin.kind === 'GegevensLit' && e.stap.kind === 'GegevensLit') return record(x, e, e.begin, e.stap, l, vorm, env);
  return buiten('RW6005', 'een vouw van een andere vorm dan docs/sql.md noemt', e.plek);
}

/**
 * `vouw c in L met k beginnend bij []: als aantal k is 0 dan [c] anders als P dan [c] anders k + [c]`
 * with P reading k only as `laatste van k` (the element before c): the last segment of L, where a
 * segment starts at the first element and at every element for which P holds. P is evaluated for
 * every element after the first, in order, as the fold does.
 */
function segment(x: Vertaler, e: A.Expr & { kind: 'Vouw' }, l: S, vorm: LijstVorm, env: Omgeving): S {
  const k = e.accumulator.naam;
  const c = e.variabele.naam;
  const isC = (y: A.Expr): boolean => y.kind === 'LijstLit' && y.elementen.length === 1 && y.elementen[0]!.kind === 'Naam' && y.elementen[0]!.naam === c;
  const s = e.stap;
  const vorm1 = s.kind === 'Als' && s.voorwaarde.kind === 'Vergelijking' && s.voorwaarde.op === '=' && s.voorwaarde.links.kind === 'LijstOp'
    && s.voorwaarde.links.op === 'aantal' && s.voorwaarde.links.arg.kind === 'Naam' && s.voorwaarde.links.arg.naam === k
    && s.voorwaarde.rechts.kind === 'GetalLit' && Number(s.voorwaarde.rechts.tekst) === 0 && isC(s.dan) ? s.anders : null;
  const p = vorm1?.kind === 'Als' && isC(vorm1.dan) && vorm1.anders.kind === 'Rekensom' && vorm1.anders.op === '+'
    && vorm1.anders.links.kind === 'Naam' && vorm1.anders.links.naam === k && isC(vorm1.anders.rechts) ? vorm1.voorwaarde : null;
  const laatsteVanK = (y: A.Expr): boolean => y.kind === 'LijstOp' && y.op === 'laatste' && y.arg.kind === 'Naam' && y.arg.naam === k;
  if (!p || noemt(p, k, laatsteVanK)) return buiten('RW6005', 'een vouw die een lijst opbouwt op een andere manier dan docs/sql.md noemt', e.plek);
  const L = l.v;
  let voorwaarde: S | null = null;
  const grens = perPositie(x, L, (i) => {
    // k holds the elements before c; the fold only reads its last one
    const binnen = new Map([...env, [c, element(vorm, `${L}[${i}]`)], [k, { v: `list_slice(${L}, 1, ${i} - 1)`, f: null, vorm, nietLeeg: true }]]);
    voorwaarde = x.ex(p, binnen);
    return `CASE WHEN ${i} = 1 OR ${voorwaarde.v} THEN ${i} ELSE 0 END`;
  });
  const w = voorwaarde as S | null;
  const fouten = w?.f ? perPositie(x, L, (i) => {
    const binnen = new Map([...env, [c, element(vorm, `${L}[${i}]`)], [k, { v: `list_slice(${L}, 1, ${i} - 1)`, f: null, vorm, nietLeeg: true }]]);
    return x.ex(p, binnen).f ?? 'NULL';
  }, 2) : null;
  return { v: `list_slice(${L}, COALESCE(list_max(${grens}), 1), len(${L}))`, f: eerst(l.f, eersteFout(fouten)), vorm, nietLeeg: true };
}

/**
 * A fold whose accumulator is a record: each field either ignores the accumulator (it remembers
 * the last element: `vorigBegin: c.begin`) or is `s.F en E` / `s.F of E` with E reading only such
 * remembering fields of s. Then F is its start value and all (any) of the E's over the elements.
 */
function record(x: Vertaler, e: A.Expr & { kind: 'Vouw' }, begin: A.Expr & { kind: 'GegevensLit' }, stap: A.Expr & { kind: 'GegevensLit' }, l: S, vorm: LijstVorm, env: Omgeving): S {
  const s = e.accumulator.naam;
  const c = e.variabele.naam;
  const L = l.v;
  const start = new Map(begin.velden.map((v) => [v.naam, x.ex(v.waarde, env)]));
  const onthoudend = stap.velden.filter((v) => !noemt(v.waarde, s));
  const onthoud = new Set(onthoudend.map((v) => v.naam));
  const leestAlleenOnthoudend = (y: A.Expr): boolean => !noemt(y, s, (z) => z.kind === 'Veld' && z.object.kind === 'Naam' && z.object.naam === s && onthoud.has(z.veld));
  /** s before element i: the remembering fields of element i - 1, or their start values. */
  const voor = (i: string): S => {
    const velden = new Map<string, S>();
    for (const v of onthoudend) {
      const vorig = x.ex(v.waarde, new Map([...env, [c, element(vorm, `${L}[${i} - 1]`)]]));
      const st = start.get(v.naam)!;
      if (vorig.f || st.f) buiten('RW6005', 'een vouw met een veld dat kan mislukken', v.plek);
      const [a, b, vv] = x.verenig(st, vorig, v.plek);
      velden.set(v.naam, { v: `CASE WHEN ${i} = 1 THEN ${a} ELSE ${b} END`, f: null, vorm: vv, nietLeeg: st.nietLeeg === true && vorig.nietLeeg === true });
    }
    return { v: 'TRUE', f: null, vorm: { kind: 'rec', velden }, nietLeeg: true };
  };
  const uit = new Map<string, S>();
  for (const v of stap.velden) {
    const st = start.get(v.naam) ?? buiten('RW6005', `veld '${v.naam}' zonder beginwaarde`, v.plek);
    if (onthoud.has(v.naam)) {
      const laatste = x.ex(v.waarde, new Map([...env, [c, element(vorm, `${L}[-1]`)]]));
      const [a, b, vv] = x.verenig(st, laatste, v.plek);
      uit.set(v.naam, { v: `CASE WHEN len(${L}) = 0 THEN ${a} ELSE ${b} END`, f: eerst(st.f, laatste.f), vorm: vv, nietLeeg: true });
      continue;
    }
    const w = v.waarde;
    const op = w.kind === 'Logisch' && w.links.kind === 'Veld' && w.links.object.kind === 'Naam' && w.links.object.naam === s && w.links.veld === v.naam ? w.op : null;
    if (!op || w.kind !== 'Logisch' || !leestAlleenOnthoudend(w.rechts)) return buiten('RW6005', `veld '${v.naam}' van de vouw is geen 's.${v.naam} en ...' of 's.${v.naam} of ...'`, v.plek);
    const rechts = w.rechts;
    let fout: string | null = null;
    const waar = perPositie(x, L, (i) => {
      const r = x.ex(rechts, new Map([...env, [c, element(vorm, `${L}[${i}]`)], [s, voor(i)]]));
      fout = r.f;
      return r.v;
    });
    if (fout !== null) return buiten('RW6005', `veld '${v.naam}' van de vouw met een voorwaarde die kan mislukken`, v.plek);
    const alle = op === 'en' ? `COALESCE(list_bool_and(${waar}), TRUE)` : `COALESCE(list_bool_or(${waar}), FALSE)`;
    uit.set(v.naam, { v: `(${st.v} ${op === 'en' ? 'AND' : 'OR'} ${alle})`, f: st.f, vorm: { kind: 'janee' }, nietLeeg: true });
  }
  return { v: 'TRUE', f: eerst(l.f, ...[...uit.values()].map((w) => w.f)), vorm: { kind: 'rec', velden: uit }, nietLeeg: true };
}

/** The SQL element type of a list of values of shape `v` (records and nested lists are refused). */
function elementType(x: Vertaler, v: Vorm, plek: A.Plek): string {
  switch (v.kind) {
    case 'num': return x.d.geheel;
    case 'janee': return 'BOOLEAN';
    case 'tekst': return x.d.tekstType;
    case 'datum': return 'DATE';
    default: return buiten('RW6005', `een lijst van ${v.kind} die de regeling zelf opbouwt`, plek);
  }
}

/** `[a, b]` of plain values (numbers at one scale); `[]` typed by what the checker says it holds. */
function lijstLit(x: Vertaler, e: A.Expr & { kind: 'LijstLit' }, env: Omgeving): S {
  const ws = e.elementen.map((y) => x.ex(y, env));
  if (ws.length === 0) {
    const t = x.g.typen.get(e);
    const el = t?.soort === 'lijst' ? t.element : t?.soort === 'leegbaar' && t.type.soort === 'lijst' ? t.type.element : null;
    // a list of records: DuckDB's untyped [] takes the type of the other branch
    if (el?.soort === 'gegevens') return { v: '[]', f: null, vorm: { kind: 'lijst', el: { kind: 'leeg' }, sjabloon: EL }, nietLeeg: true };
    const vorm: Vorm = el?.soort === 'keuze' ? { kind: 'tekst', keuze: true } : el?.soort === 'tekst' ? { kind: 'tekst', keuze: false }
      : el?.soort === 'datum' ? { kind: 'datum' } : el?.soort === 'ja/nee' ? { kind: 'janee' } : { kind: 'leeg' };
    const sql = vorm.kind === 'leeg' ? `CAST([] AS ${x.d.tekstType}[])` : `CAST([] AS ${elementType(x, vorm, e.plek)}[])`;
    return { v: sql, f: null, vorm: { kind: 'lijst', el: vorm, sjabloon: EL }, nietLeeg: true };
  }
  let vorm = ws[0]!.vorm;
  for (const w of ws.slice(1)) vorm = x.verenig({ v: 'NULL', f: null, vorm }, w, e.plek)[2];
  if (ws.some((w) => !w.nietLeeg)) return buiten('RW6005', 'een lijst met een waarde die leeg kan zijn', e.plek);
  const waarden = ws.map((w) => (vorm.kind === 'num' && w.vorm.kind === 'num' ? schaal(x.d, w.v, w.vorm.s, vorm.s) : w.v));
  return { v: `CAST([${waarden.join(', ')}] AS ${elementType(x, vorm, e.plek)}[])`, f: eerst(...ws.map((w) => w.f)), vorm: { kind: 'lijst', el: vorm, sjabloon: EL }, nietLeeg: true };
}

/** `a + b` of two lists: the elements of a, then those of b. */
export function lijstPlus(x: Vertaler, a: S, b: S, f: string | null, plek: A.Plek): S {
  dialectLijst(x, plek);
  const [va, vb, vorm] = x.verenig(a, b, plek);
  if (vorm.kind !== 'lijst') return buiten('RW6005', 'lijsten samenvoegen (+)', plek);
  return { v: `list_concat(${va}, ${vb})`, f, vorm, nietLeeg: true };
}

/** A list of plain values as the engines write it in a message: `[a, b]`. */
export function schrijfLijst(x: Vertaler, w: S): string {
  if (w.vorm.kind !== 'lijst' || w.vorm.el.kind !== 'tekst' || !w.vorm.el.keuze) return buiten('RW6005', 'een lijst die geen keuzes bevat in een melding', null);
  return `('[' || array_to_string(${w.v}, ', ') || ']')`;
}

/**
 * `elk c in L geeft E` (after its `waarvoor`): list_transform; a record E becomes a STRUCT whose
 * fields hold the values as the SQL computes them (numbers scaled), read back field by field.
 * Errors: the first of the elements in order, each element's fields in order.
 */
function afbeelding(x: Vertaler, l: S, vorm: LijstVorm, naam: string, e: A.Expr, env: Omgeving, plek: A.Plek): S {
  const c = x.nieuweNaam();
  const a = x.ex(e, new Map([...env, [naam, element(vorm, c)]]));
  if (a.vorm.kind === 'rec') {
    const velden = new Map<string, S>();
    const delen: string[] = [];
    const fouten: (string | null)[] = [];
    for (const [n, w] of a.vorm.velden) {
      if (w.vorm.kind === 'rec' || w.vorm.kind === 'lijst' || w.vorm.kind === 'duur' || w.vorm.kind === 'leeg') return buiten('RW6005', `een veld '${n}' van het type ${w.vorm.kind} in 'elk ... geeft'`, plek);
      delen.push(`${tekst(n)}: ${w.v}`);
      fouten.push(w.f);
      velden.set(n, { v: `${EL}.${id(n)}`, f: null, vorm: w.vorm, nietLeeg: w.nietLeeg === true });
    }
    const f = eerst(...fouten);
    return {
      v: `list_transform(${l.v}, lambda ${c}: {${delen.join(', ')}})`,
      f: eerst(l.f, a.f === f ? null : a.f, eersteFout(f === null ? null : `list_transform(${l.v}, lambda ${c}: ${f})`)),
      vorm: { kind: 'lijst', el: { kind: 'rec', velden }, sjabloon: EL }, nietLeeg: true,
    };
  }
  if (a.vorm.kind === 'lijst' || a.vorm.kind === 'duur' || a.vorm.kind === 'leeg') return buiten('RW6005', `'elk ... geeft' een ${a.vorm.kind}`, plek);
  return {
    v: `list_transform(${l.v}, lambda ${c}: ${a.v})`, f: eerst(l.f, eersteFout(a.f === null ? null : `list_transform(${l.v}, lambda ${c}: ${a.f})`)),
    vorm: { kind: 'lijst', el: a.vorm, sjabloon: EL }, nietLeeg: true,
  };
}
