// A policy's rules as CTE steps, for the policy itself and for a policy it calls (`gebruik
// regeling`, inlined under a prefix of its own, on its own peildatum): which rules and parameters
// the outputs reach, the names a translator reads, each rule in dependency order, and a call with
// the engines' checks of the values it gives (range, validity on the date, `eis`) and their
// message naming both policies and the line of the call.
import type * as A from '../../language/ast.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { alleExpressies } from '../../language/walk.js';
import type { Dialect } from './dialect.js';
import { Expressies, type Namen } from './expressies.js';
import { bereikReden } from './invoer.js';
import { ParameterKeuze } from './parameters.js';
import type { Plan, Stappen } from './plan.js';
import { type RegelKolommen, vertaalRegel } from './regels.js';
import { BuitenSql, type S, buiten, eerst, mits, nul, tekst } from './waarde.js';

/** Rules and parameters the outputs reach (through rules, functions and the arguments of calls), as the decision path lists them. */
export function bereikbaar(g: Gecontroleerd): { regels: Set<string>; parameters: Set<string> } {
  const regels = new Set<string>();
  const parameters = new Set<string>();
  const functies = new Set<string>();
  const loop = (e: A.Expr): void => {
    for (const x of alleExpressies(e)) {
      if (x.kind === 'Naam') {
        const b = g.bindingen.get(x);
        if (b?.kind === 'regel' && !regels.has(b.naam)) regel(b.naam);
        else if (b?.kind === 'parameter') parameters.add(b.naam);
      } else if (x.kind === 'Aanroep' && !functies.has(x.naam)) {
        functies.add(x.naam);
        const f = g.functies.get(x.naam);
        if (f) loop(f.decl.lichaam);
      }
    }
  };
  const regel = (naam: string): void => {
    regels.add(naam);
    const d = g.regels.get(naam)!.decl;
    loop(d.waarde);
    if (d.indien) loop(d.indien);
    for (const u of d.uitzonderingen) {
      loop(u.voorwaarde);
      loop(u.waarde);
    }
  };
  for (const u of g.uitvoer) if (!regels.has(u.naam)) regel(u.naam);
  return { regels, parameters };
}


/** The names of policy `g` for its translators: inputs and peildatum given, rules as they are translated. */
export function maakNamen(g: Gecontroleerd, d: Dialect, plan: Plan, invoer: ReadonlyMap<string, S>, pd: S, vast: string | null, regels: ReadonlyMap<string, RegelKolommen>): { namen: Namen; parameters: ParameterKeuze } {
  const parameters = new ParameterKeuze(g, d, pd, vast);
  const namen: Namen = {
    invoer: (naam) => invoer.get(naam)!,
    regel: (naam, plek) => regels.get(naam)?.w ?? buiten('RW6001', `regel '${naam}' voor zij berekend is`, plek),
    parameter: (naam, plek) => parameters.waarde(naam, plek),
    parameterOp: (naam, datum, plek) => parameters.op(naam, datum, plek),
    peildatum: pd,
    regeling: (e, ex) => roepAan(g, d, plan, pd, vast, e, ex),
  };
  return { namen, parameters };
}

/** Every rule the outputs reach, in dependency order, as steps of `stappen`. */
export function vertaalRegels(g: Gecontroleerd, d: Dialect, stappen: Stappen, namen: Namen, regels: Map<string, RegelKolommen>): void {
  const { regels: nodig } = bereikbaar(g);
  for (const knoop of g.volgorde) {
    const naam = knoop.startsWith('regel:') ? knoop.slice('regel:'.length) : null;
    if (naam === null || !nodig.has(naam)) continue;
    regels.set(naam, vertaalRegel(new Expressies(g, d, namen, naam), stappen, g.regels.get(naam)!));
  }
}

/**
 * `naam(invoer: E, ...) op D`: the called policy inlined under a prefix of its own. Its value is
 * the record of its outputs; its error, after the arguments', is anything failing inside (a value
 * outside an input's range, the date outside its validity, an `eis`, an output's error) in the
 * engines' words: `regeling N, aangeroepen door M op regel 12: ...`.
 */
function roepAan(g: Gecontroleerd, d: Dialect, plan: Plan, pd: S, vast: string | null, e: A.Expr & { kind: 'RegelingAanroep' }, ex: (e: A.Expr) => S): S {
  const r = g.regelingen.get(e.naam) ?? buiten('RW6007', `regeling '${e.naam}'`, e.plek);
  const args = new Map(e.argumenten.map((a) => [a.naam ?? '', ex(a.waarde)]));
  const datum = e.datum ? ex(e.datum) : null;
  const stappen = plan.onder(`§r${plan.volgnummer()}.`);
  plan.stap();
  const invoer = new Map<string, S>();
  for (const i of r.invoer) {
    const w = args.get(i.naam);
    if (w && (w.vorm.kind === 'rec' || w.vorm.kind === 'lijst')) buiten('RW6007', `invoer '${i.naam}' van regeling '${e.naam}' is een record of lijst`, e.plek);
    const v = w ? (w.vorm.kind === 'leeg' ? 'NULL' : w.v) : 'NULL';
    invoer.set(i.naam, { v: stappen.kolom(`i.${i.naam}`, v), f: null, vorm: w?.vorm ?? { kind: 'leeg' }, nietLeeg: w?.nietLeeg === true, ...(w?.dagen ? { dagen: stappen.kolom(`d.${i.naam}`, w.dagen) } : {}) });
  }
  // a date that is leeg falls back to the caller's peildatum, as in the engines
  const eigenPd: S = datum ? { v: stappen.kolom('pd', datum.nietLeeg ? datum.v : `COALESCE(${datum.v}, ${pd.v})`), f: null, vorm: { kind: 'datum' }, nietLeeg: true } : pd;
  stappen.stap();
  try {
    return binnenAanroep(g, d, plan, e, r, stappen, invoer, eigenPd, datum, args, datum ? null : vast);
  } catch (f) {
    // what the called policy cannot do in SQL is named at the call
    if (f instanceof BuitenSql && f.code !== 'RW6007') buiten('RW6007', `regeling '${e.naam}' valt buiten de SQL-deelverzameling: ${f.reden}`, e.plek);
    throw f;
  }
}

function binnenAanroep(g: Gecontroleerd, d: Dialect, plan: Plan, e: A.Expr & { kind: 'RegelingAanroep' }, r: Gecontroleerd, stappen: Stappen, invoer: ReadonlyMap<string, S>, eigenPd: S, datum: S | null, args: ReadonlyMap<string, S>, vast: string | null): S {
  const regels = new Map<string, RegelKolommen>();
  const { namen } = maakNamen(r, d, plan, invoer, eigenPd, vast, regels);
  const binnen: (string | null)[] = [];
  for (const i of r.invoer) {
    const w = invoer.get(i.naam)!;
    if (w.vorm.kind !== 'num') continue;
    const reden = bereikReden(d, w, i.type.soort === 'leegbaar' ? i.type.type : i.type, 'kreeg');
    if (reden) binnen.push(`(${tekst(`invoer '${i.naam}' `)} || ${reden})`);
  }
  binnen.push(geldigheid(r, eigenPd));
  const eisen = new Expressies(r, d, namen, null);
  for (const i of r.invoer) {
    for (const eis of i.eisen) {
      const w = eisen.ex(eis.voorwaarde, new Map());
      binnen.push(eerst(w.f, mits(`NOT ${w.v}`, tekst(`invoer '${i.naam}' voldoet niet aan de eis${eis.melding === null ? '' : `: ${eis.melding}`}`))));
    }
  }
  vertaalRegels(r, d, stappen, namen, regels);
  for (const u of r.uitvoer) binnen.push(regels.get(u.naam)!.w.f);
  const fout = eerst(...binnen);
  const f = stappen.kolom('f', fout === null ? 'CAST(NULL AS TEXT)' : `(${tekst(`regeling ${r.naam}, aangeroepen door ${g.naam} op regel ${e.plek.regel}: `)} || ${fout})`);
  stappen.stap();
  const velden = new Map<string, S>();
  for (const u of r.uitvoer) {
    const w = regels.get(u.naam)!.w;
    velden.set(u.naam, { ...w, f: null, v: w.vorm.kind === 'leeg' ? nul(d, w.vorm) : w.v });
  }
  return { v: 'TRUE', f: eerst(...[...args.values()].map((a) => a.f), datum?.f ?? null, f), vorm: { kind: 'rec', velden }, nietLeeg: true };
}

/** The policy's own validity on the peildatum: the engines' error before anything is read. */
export function geldigheid(g: Gecontroleerd, pd: S): string | null {
  const delen: string[] = [`WHEN ${pd.v} IS NULL THEN 'niet-sql: de peildatum ontbreekt'`];
  const melding = (m: string): string => tekst(`ongeldige invoer bij 'peildatum': ${m}`);
  if (g.geldigVanaf) delen.push(`WHEN ${pd.v} < DATE ${tekst(g.geldigVanaf)} THEN ${melding(`regeling '${g.naam}' geldt pas vanaf ${g.geldigVanaf}`)}`);
  if (g.geldigTot) delen.push(`WHEN ${pd.v} > DATE ${tekst(g.geldigTot)} THEN ${melding(`regeling '${g.naam}' geldt tot ${g.geldigTot}`)}`);
  return `CASE ${delen.join(' ')} END`;
}
