// A rule to SQL with the engines' default logic: its exceptions (in order, or as a tree with
// `op`), a conflict when two that apply give different values, its `indien`, its base value or
// decision table (`eerste`: the first matching row; `uniek`: two matches are a conflict), and no
// applicable definition as the engines' error. A few CTE steps per rule: the conditions and
// candidate values, the index of the deciding clause, the second one for a conflict, then the
// rule's value (`w.R`), error (`f.R`) and decision for the `pad` column (`p.R`).
import type { RegelInfo } from '../../language/checker.js';
import { heeftBoom, nakomelingen } from '../../language/uitzonderingen.js';
import { type Type, bevatVerfijning } from '../../runtime/typen.js';
import type { Expressies } from './expressies.js';
import { schaal } from './getallen.js';
import { bereikReden } from './invoer.js';
import type { Stappen } from './plan.js';
import { schrijf } from './tekst.js';
import { type S, type Vorm, buiten, eerst, mits, nul, tekst } from './waarde.js';

/** A clause that may decide the rule: its condition and its value. */
interface Kandidaat {
  readonly c: S;
  readonly x: S;
  /** How a conflict names it: `uitzondering 'a' (bron: ...)` or `rij 3 (bron: ...)`. */
  readonly naam: string;
  /** Its entry in the decision path: `u:a` or `rij 3`. */
  readonly keuze: string;
}

/** The columns of a translated rule. `keuze`: whether it has a choice (an entry in `pad`). */
export interface RegelKolommen {
  readonly w: S;
  readonly keuze: string | null;
}

export function vertaalRegel(x: Expressies, plan: Stappen, info: RegelInfo): RegelKolommen {
  const d = info.decl;
  const R = d.naam;
  const env = new Map<string, S>();
  const bron = d.bron?.tekst ?? null;
  const leegFout = tekst(`regel '${R}' heeft geen toepasselijke definitie: de basisregel geldt niet en geen uitzondering is van toepassing${bron ? ` (bron: ${bron})` : ''}`);
  const uitz: Kandidaat[] = d.uitzonderingen.map((u) => ({
    c: x.ex(u.voorwaarde, env), x: x.ex(u.waarde, env),
    naam: `uitzondering '${u.label}'${u.bron ? ` (bron: ${u.bron.tekst})` : ''}`, keuze: `u:${u.label}`,
  }));
  const tabel = d.waarde.kind === 'Tabel' ? d.waarde : null;
  const rijen: Kandidaat[] = tabel ? tabel.rijen.map((r) => ({
    c: x.ex(r.voorwaarde, env), x: x.ex(r.uitvoer, env),
    naam: `rij ${r.nummer}${r.bron ? ` (bron: ${r.bron.tekst})` : ''}`, keuze: `rij ${r.nummer}`,
  })) : [];
  const basis = tabel ? null : x.ex(d.waarde, env);
  const indien = d.indien ? x.ex(d.indien, env) : null;

  // one shape for every value the rule can take
  const alle = [...uitz.map((k) => k.x), ...rijen.map((k) => k.x), ...(basis ? [basis] : [])];
  let vorm: Vorm = alle[0]!.vorm;
  for (const w of alle.slice(1)) vorm = x.verenig({ v: 'NULL', f: null, vorm }, w, d.plek)[2];
  // a list of choices can be written in a conflict; a list of records only where no conflict can occur
  const gewoneLijst = vorm.kind === 'lijst' && ((vorm.el.kind === 'tekst' && vorm.el.keuze) || (uitz.length < 2 && !tabel));
  if (vorm.kind === 'rec' || (vorm.kind === 'lijst' && !gewoneLijst)) {
    if (uitz.length === 0 && rijen.length === 0 && !indien && basis) return { w: eenvoudig(x, plan, info, basis), keuze: null };
    buiten('RW6004', `regel '${R}' met uitzonderingen of een tabel geeft een ${vorm.kind === 'rec' ? 'record' : vorm.kind}`, d.plek);
  }
  const opVorm = (w: S): string => (w.vorm.kind === 'leeg' ? nul(x.d, vorm) : vorm.kind === 'num' && w.vorm.kind === 'num' ? schaal(x.d, w.v, w.vorm.s, vorm.s) : w.v);
  // a duration's days beside its months (`v`), in columns of their own
  const duur = vorm.kind === 'duur';
  const dagenVan = (w: S): string => (w.vorm.kind === 'leeg' || !w.dagen ? nul(x.d, vorm) : w.dagen);
  if (uitz.length === 0 && rijen.length === 0 && !indien && basis) return { w: eenvoudig(x, plan, info, basis), keuze: null };

  // step 1: conditions and candidate values as columns
  const kol = (soort: string, i: number | string, sql: string): string => plan.kolom(`${soort}.${R}.${i}`, sql);
  const cu = uitz.map((k, i) => kol('a', i + 1, k.c.v));
  const xu = uitz.map((k, i) => kol('x', i + 1, opVorm(k.x)));
  const cr = rijen.map((k, i) => kol('m', i + 1, k.c.v));
  const xr = rijen.map((k, i) => kol('y', i + 1, opVorm(k.x)));
  const xb = basis ? kol('x', 0, opVorm(basis)) : null;
  const du = duur ? uitz.map((k, i) => kol('xd', i + 1, dagenVan(k.x))) : [];
  const dr = duur ? rijen.map((k, i) => kol('yd', i + 1, dagenVan(k.x))) : [];
  const db = duur && basis ? kol('xd', 0, dagenVan(basis)) : null;
  const ci = indien ? kol('a', 'indien', indien.v) : null;
  plan.stap();

  // step 2: the deciding exception (k) and the matching row (r)
  const boom = heeftBoom(d.uitzonderingen);
  const na = nakomelingen(d.uitzonderingen);
  const toepasselijk = cu.map((c, i) => (boom && na[i]!.length > 0 ? `(${c} AND NOT (${na[i]!.map((j) => cu[j]).join(' OR ')}))` : c));
  const index = (conds: readonly string[]): string => (conds.length === 0 ? '0' : `CASE ${conds.map((c, i) => `WHEN ${c} THEN ${i + 1}`).join(' ')} ELSE 0 END`);
  const k = uitz.length > 0 ? plan.kolom(`k.${R}`, index(toepasselijk)) : '0';
  const r = tabel ? plan.kolom(`r.${R}`, index(cr)) : null;
  plan.stap();

  // step 3: the second clause of a conflict: an applicable exception with another value, or a second matching row
  const keuzeUit = (idx: string, xs: readonly string[]): string => `CASE ${idx} ${xs.map((v, i) => `WHEN ${i + 1} THEN ${v}`).join(' ')} END`;
  const anders = (i: number): string => `(${xu[i]} IS DISTINCT FROM ${keuzeUit(k, xu)}${duur ? ` OR ${du[i]} IS DISTINCT FROM ${keuzeUit(k, du)}` : ''})`;
  const j = uitz.length > 1 ? plan.kolom(`j.${R}`, `CASE ${toepasselijk.map((c, i) => `WHEN ${c} AND ${anders(i)} THEN ${i + 1}`).join(' ')} ELSE 0 END`) : null;
  const r2 = tabel?.beleid === 'uniek' && r ? plan.kolom(`r2.${R}`, `CASE ${cr.map((c, i) => `WHEN ${c} AND ${r} < ${i + 1} THEN ${i + 1}`).join(' ')} ELSE 0 END`) : null;
  plan.stap();

  // step 4: value, error, decision
  const kandidaatWaarde = (w: S, kolom: string, dagen: string | undefined): S => ({ ...w, v: kolom, vorm, ...(dagen ? { dagen } : {}) });
  const conflict = (i1: string, ks: readonly Kandidaat[], xs: readonly string[], i2: string, ds: readonly string[] = []): string => {
    const deel = (idx: string): string => `CASE ${idx} ${ks.map((c, i) => `WHEN ${i + 1} THEN (${tekst(`${c.naam} geeft `)} || ${schrijf(x.d, kandidaatWaarde(c.x, xs[i]!, ds[i]))})`).join(' ')} END`;
    return `(${tekst(`conflict in regel '${R}': `)} || ${deel(i1)} || ' en ' || ${deel(i2)})`;
  };
  // the exceptions' errors in the engines' order: with a tree every condition first, else condition and value in turn
  const fu: (string | null)[] = boom
    ? [...uitz.map((u) => u.c.f), ...uitz.map((u, i) => mits(toepasselijk[i]!, u.x.f))]
    : uitz.flatMap((u, i) => [u.c.f, mits(cu[i]!, u.x.f)]);
  const fConflict = j ? mits(`${k} > 0 AND ${j} > 0`, conflict(k, uitz, xu, j, du)) : null;
  let fAnders: string | null;
  let wAnders: string;
  let dAnders: string | null;
  if (tabel && r) {
    const fc = tabel.beleid === 'eerste'
      ? (rijen.some((x) => x.c.f) ? `CASE ${rijen.map((x, i) => `${x.c.f ? `WHEN ${x.c.f} IS NOT NULL THEN ${x.c.f} ` : ''}WHEN ${cr[i]} THEN NULL`).join(' ')} END` : null)
      : eerst(...rijen.map((x) => x.c.f));
    const fx = rijen.some((x) => x.x.f) ? `CASE ${r} ${rijen.map((x, i) => `WHEN ${i + 1} THEN ${x.x.f ?? 'NULL'}`).join(' ')} END` : null;
    const fx2 = r2 && rijen.some((x) => x.x.f) ? `CASE ${r2} ${rijen.map((x, i) => `WHEN ${i + 1} THEN ${x.x.f ?? 'NULL'}`).join(' ')} END` : null;
    const fUniek = r2 ? mits(`${r2} > 0`, eerst(fx2, conflict(r, rijen, xr, r2, dr))) : null;
    fAnders = eerst(fc, mits(`${r} = 0`, leegFout), fx, fUniek);
    wAnders = keuzeUit(r, xr);
    dAnders = duur ? keuzeUit(r, dr) : null;
  } else {
    fAnders = basis!.f;
    wAnders = xb!;
    dAnders = db;
  }
  if (indien && ci) {
    fAnders = eerst(indien.f, mits(`NOT ${ci}`, leegFout), mits(ci, fAnders));
  }
  const wSql = uitz.length > 0 ? `CASE WHEN ${k} > 0 THEN ${keuzeUit(k, xu)} ELSE ${wAnders} END` : wAnders;
  const w = plan.kolom(`w.${R}`, wSql);
  const dagen = duur ? plan.kolom(`d.${R}`, uitz.length > 0 ? `CASE WHEN ${k} > 0 THEN ${keuzeUit(k, du)} ELSE ${dAnders} END` : dAnders!) : null;
  const fZonderBereik = eerst(...fu, fConflict, uitz.length > 0 ? mits(`${k} = 0`, fAnders) : fAnders);
  const bereik = bevatVerfijning(info.type) ? bereikReden(x.d, { v: wSql, f: null, vorm }, zonderBereikBuiten(info, vorm), 'is') : null;
  const fBereik = bereik ? `(${x.rekenFout('de waarde ')} || ${bereik})` : null;
  const f = plan.kolom(`f.${R}`, eerst(fZonderBereik, fBereik) ?? 'CAST(NULL AS TEXT)');
  plan.stap();
  const uitzKeuze = uitz.length > 0 ? `WHEN ${k} > 0 THEN CASE ${k} ${uitz.map((u, i) => `WHEN ${i + 1} THEN ${tekst(u.keuze)}`).join(' ')} END ` : '';
  // a table that no row matches is `geen rij` (then the rule is leeg: the engines' error), not `fout`
  const geenRij = tabel && r ? `WHEN ${f} = ${leegFout} AND ${k} = 0 AND ${r} = 0${ci ? ` AND ${ci}` : ''} THEN 'geen rij' ` : '';
  const keuzeSql = `CASE ${geenRij}WHEN ${f} IS NOT NULL THEN 'fout' ${uitzKeuze}ELSE ${tabel && r ? `CASE ${r} ${rijen.map((x, i) => `WHEN ${i + 1} THEN ${tekst(x.keuze)}`).join(' ')} ELSE 'geen rij' END` : "'basis'"} END`;
  const heeftKeuze = uitz.length > 0 || tabel !== null;
  const p = heeftKeuze ? plan.kolom(`p.${R}`, keuzeSql) : null;
  plan.stap();
  return { w: { v: w, f, vorm, nietLeeg: info.type.soort !== 'leegbaar', ...(dagen ? { dagen } : {}) }, keuze: p };
}

/** A rule with only a value: one step, its value and error. */
function eenvoudig(x: Expressies, plan: Stappen, info: RegelInfo, w: S): S {
  const R = info.decl.naam;
  const bereik = bevatVerfijning(info.type) ? bereikReden(x.d, w, zonderBereikBuiten(info, w.vorm), 'is') : null;
  const f = eerst(w.f, bereik ? `(${x.rekenFout('de waarde ')} || ${bereik})` : null);
  if (w.vorm.kind === 'rec') {
    // a record: one column per field, known by name at compile time
    const velden = new Map<string, S>();
    for (const [n, v] of w.vorm.velden) {
      if (v.vorm.kind === 'rec' || v.vorm.kind === 'lijst') buiten('RW6004', `een record in een record (regel '${R}')`, info.decl.plek);
      velden.set(n, { v: plan.kolom(`w.${R}.${n}`, v.v), f: null, vorm: v.vorm, ...(v.dagen ? { dagen: plan.kolom(`d.${R}.${n}`, v.dagen) } : {}) });
    }
    const fk = plan.kolom(`f.${R}`, f ?? 'CAST(NULL AS TEXT)');
    const aanwezig = plan.kolom(`w.${R}`, w.v);
    plan.stap();
    return { v: aanwezig, f: fk, vorm: { kind: 'rec', velden }, nietLeeg: info.type.soort !== 'leegbaar' };
  }
  const v = plan.kolom(`w.${R}`, w.v);
  const dagen = w.dagen ? plan.kolom(`d.${R}`, w.dagen) : undefined;
  const fk = plan.kolom(`f.${R}`, f ?? 'CAST(NULL AS TEXT)');
  plan.stap();
  return { v, f: fk, vorm: w.vorm, nietLeeg: info.type.soort !== 'leegbaar', ...(dagen ? { dagen } : {}) };
}

/**
 * The rule's type without `of leeg`, for its range check; a range the SQL does not check (on a
 * duration, or inside a list or record) is refused rather than skipped.
 */
function zonderBereikBuiten(info: RegelInfo, vorm: Vorm): Type {
  const t = info.type.soort === 'leegbaar' ? info.type.type : info.type;
  if (vorm.kind !== 'num') buiten('RW6002', `het bereik van regel '${info.naam}' (een ${vorm.kind === 'rec' ? 'record' : vorm.kind})`, info.decl.plek);
  return t;
}
