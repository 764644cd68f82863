// The reference interpreter: the readable semantics of Regelwerk. It validates input, evaluates
// rules lazily with default logic (base + exceptions), and can record an explanation tree.
import * as A from '../language/ast.js';
import type { Gecontroleerd, RegelInfo } from '../language/checker.js';
import * as G from '../runtime/getal.js';
import { leesDatum, schrijfDatum } from '../runtime/datum.js';
import * as D from '../runtime/duur.js';
import { type Type, bevatVerfijning } from '../runtime/typen.js';
import { type Besluit, type Uitleg, type UitlegKnoop, Spoor, vertaal, inRegel, peildatum as kiesPeildatum, kiesRij, geheelGetal } from '../runtime/runtime.js';
import { type Waarde, LEEG, JA, NEE, controleerBereik, gelijk, leesInvoerJson, leesJson, leesParametersJson, naarJson, naarUitlegJson, schrijf } from './waarde.js';
import { RegelwerkConflict, RegelwerkFout, RegelwerkInvoerFout, RegelwerkLeeg, RegelwerkRekenFout } from '../runtime/fouten.js';
import { aanvulbareVouw, isAanvulling } from '../language/vouw.js';

export interface EvaluatieOpties {
  /** "YYYY-MM-DD"; defaults to today. Picks the row of dated parameters. */
  readonly peildatum?: string;
  /** Parameter overrides in the JSON encoding, by name. */
  readonly parameters?: Readonly<Record<string, unknown>>;
  /** Also evaluate these rules (for examples that check intermediate rules). */
  readonly ookRegels?: readonly string[];
}

// The explanation tree has one definition, shared with compiled modules (the runtime).
export type { Besluit, Gebruik, UitlegKnoop, Uitleg } from '../runtime/runtime.js';

export interface Resultaat {
  readonly uitvoer: Record<string, unknown>;
  readonly uitleg: Uitleg;
  /** Values of the rules asked for with `ookRegels`. */
  readonly regels: Record<string, unknown>;
}

/** Runs `f`, turning errors of the value library into Regelwerk errors with a Dutch message. */
function vertaald<T>(f: () => T): T {
  try {
    return f();
  } catch (x) {
    throw vertaalFout(x);
  }
}

/** Evaluates a checked policy on one JSON input object. Throws a RegelwerkFout subclass. */
export function evalueer(g: Gecontroleerd, invoer: unknown, opties: EvaluatieOpties = {}): Resultaat {
  return vertaald(() => new Evaluatie(g, opties).run(invoer));
}

/** Validates input without evaluating rules. Throws RegelwerkInvoerFout. */
export function valideer(g: Gecontroleerd, invoer: unknown, opties: EvaluatieOpties = {}): void {
  vertaald(() => new Evaluatie(g, opties).valideer(invoer));
}

/** Evaluates a ja/nee expression (a property) on one input. */
export function evalueerBewering(g: Gecontroleerd, invoer: unknown, e: A.Expr, opties: EvaluatieOpties = {}): boolean {
  return vertaald(() => {
    const ev = new Evaluatie(g, opties);
    ev.valideer(invoer);
    return ev.waarVan(e);
  });
}

/**
 * Several expressions over one validated input, sharing the rules' values (static analysis asks
 * many questions of one input). Throws RegelwerkInvoerFout for invalid input, and each question
 * may throw a RegelwerkFout of its own.
 */
export function vraagbaak(g: Gecontroleerd, invoer: unknown, opties: EvaluatieOpties = {}): { waar: (e: A.Expr) => boolean; waarde: (e: A.Expr) => Waarde } {
  const ev = new Evaluatie(g, opties);
  vertaald(() => ev.valideer(invoer));
  return { waar: (e) => vertaald(() => ev.waarVan(e)), waarde: (e) => vertaald(() => ev.ev(e, LEGE_OMGEVING)) };
}

/** The value of an expression that reads no input or rule, with parameters at `peildatum`. */
export function constanteOp(g: Gecontroleerd, e: A.Expr, peildatum: string): Waarde {
  return vertaald(() => new Evaluatie(g, { peildatum }).ev(e, LEGE_OMGEVING));
}

export function recordVoldoet(g: Gecontroleerd, type: Type, json: unknown, peildatum: string): boolean {
  return new Evaluatie(g, { peildatum }).recordVoldoet(json, type);
}

/** Errors from the value library become Regelwerk errors with a Dutch message. */
export const vertaalFout = vertaal;

type Omgeving = ReadonlyMap<string, Waarde>;
const LEGE_OMGEVING: Omgeving = new Map();

class Evaluatie {
  private readonly peildatum: number;
  private readonly peildatumTekst: string;
  private readonly gekozen: 'opgegeven' | 'vandaag';
  private readonly invoer = new Map<string, Waarde>();
  private readonly regelWaarden = new Map<string, { waarde: Waarde; uitleg: UitlegKnoop }>();
  /** The explanation tree, recorded by the runtime's recorder as in compiled modules. */
  private readonly spoor = new Spoor();
  private readonly paramWaarden = new Map<string, { waarde: Waarde; vanaf: string | null; bron: string | null; overschreven: boolean; json?: { waarde: unknown } }>();
  /** Explanation values of inputs, made once (an input does not change). */
  private readonly invoerJson = new Map<string, unknown>();
  private readonly bezig = new Set<string>();

  constructor(private readonly g: Gecontroleerd, private readonly opties: EvaluatieOpties) {
    this.gekozen = opties.peildatum ? 'opgegeven' : 'vandaag';
    const p = kiesPeildatum(opties.peildatum, g.naam, g.geldigVanaf, g.geldigTot);
    this.peildatumTekst = p.tekst;
    this.peildatum = p.dag;
  }

  /** Validates the input only (types and every `eis`); throws RegelwerkInvoerFout. */
  valideer(json: unknown): void {
    // Overridden parameters first: an `eis` may compare an input with a parameter.
    this.leesParameterOverrides();
    this.leesInvoer(json);
  }

  /** A ja/nee expression over inputs and rules (a property, a condition), once the input is read. */
  waarVan(e: A.Expr): boolean {
    return this.waar(this.ev(e, LEGE_OMGEVING));
  }

  /** Does a JSON record of a named soort satisfy its `eis` clauses? (for input generators) */
  recordVoldoet(json: unknown, type: Type): boolean {
    try {
      this.controleerSoortEisen(leesJson(json, type, ''), type, '');
      return true;
    } catch (x) {
      if (x instanceof RegelwerkInvoerFout) return false;
      throw vertaalFout(x);
    }
  }

  run(json: unknown): Resultaat {
    this.valideer(json);
    const uitvoer: Record<string, unknown> = {};
    const uitleg: Record<string, UitlegKnoop> = {};
    for (const u of this.g.uitvoer) {
      const r = this.regel(u.naam);
      uitvoer[u.naam] = naarJson(r.waarde, `uitvoer '${u.naam}'`, true, u.type);
      uitleg[u.naam] = r.uitleg;
    }
    const regels: Record<string, unknown> = {};
    for (const naam of this.opties.ookRegels ?? []) regels[naam] = naarJson(this.regel(naam).waarde, `regel '${naam}'`, false, this.g.regels.get(naam)?.type);
    return { regels, uitvoer, uitleg: { regeling: this.g.naam, bron: this.g.bron, peildatum: this.peildatumTekst, peildatumGekozen: this.gekozen, uitvoer: uitleg } };
  }

  // ---- input ----

  private leesInvoer(json: unknown): void {
    // the shared reader: the same checks and messages as compiled modules
    for (const [naam, w] of leesInvoerJson(json, this.g.invoer)) this.invoer.set(naam, w);
    for (const i of this.g.invoer) this.controleerSoortEisen(this.invoer.get(i.naam)!, i.type, i.naam);
    for (const i of this.g.invoer) {
      for (const eis of i.eisen) {
        if (!this.waar(this.ev(eis.voorwaarde, LEGE_OMGEVING))) throw new RegelwerkInvoerFout(i.naam, eis.melding ?? 'voldoet niet aan de eis');
      }
    }
  }

  private controleerSoortEisen(w: Waarde, t: Type, pad: string): void {
    if (t.soort === 'leegbaar') {
      if (w.t !== 'leeg') this.controleerSoortEisen(w, t.type, pad);
    } else if (t.soort === 'lijst' && w.t === 'lijst') {
      w.v.forEach((x, i) => this.controleerSoortEisen(x, t.element, `${pad}[${i}]`));
    } else if (t.soort === 'gegevens' && w.t === 'gegevens') {
      for (const v of t.velden) this.controleerSoortEisen(w.v.get(v.naam)!, v.type, `${pad}.${v.naam}`);
      for (const eis of (t.naam && this.g.soortEisen.get(t.naam)) || []) {
        if (!this.waar(this.ev(eis.voorwaarde, w.v))) throw new RegelwerkInvoerFout(pad, eis.melding ?? 'voldoet niet aan de eis');
      }
    }
  }

  private leesParameterOverrides(): void {
    for (const [naam, waarde] of leesParametersJson(this.opties.parameters, this.g.parameters)) {
      this.paramWaarden.set(naam, { waarde, vanaf: null, bron: 'opgegeven bij de evaluatie', overschreven: true });
    }
  }

  private parameter(naam: string): Waarde {
    let p = this.paramWaarden.get(naam);
    if (!p) {
      const info = this.g.parameters.find((x) => x.naam === naam)!;
      const rij = kiesRij(naam, info.rijen.map((r) => ({ vanaf: r.vanaf, tot: r.tot, waarde: r.waarde, bron: r.bron?.tekst ?? null })), this.peildatumTekst, info.bron);
      p = { waarde: this.ev(rij.waarde, LEGE_OMGEVING), vanaf: rij.vanaf, bron: rij.bron ?? info.bron, overschreven: false };
      this.paramWaarden.set(naam, p);
    }
    if (this.spoor.actief) {
      const q = p;
      q.json ??= { waarde: naarUitlegJson(q.waarde, naam, this.g.parameters.find((x) => x.naam === naam)!.type) };
      this.spoor.parameter(naam, q.json.waarde, q.vanaf, q.bron, q.overschreven);
    }
    return p.waarde;
  }

  // ---- rules: default logic ----

  private regel(naam: string): { waarde: Waarde; uitleg: UitlegKnoop } {
    const klaar = this.regelWaarden.get(naam);
    if (klaar) return klaar;
    const info = this.g.regels.get(naam)!;
    if (this.bezig.has(naam)) throw new RegelwerkRekenFout(`regel '${naam}' hangt van zichzelf af`);
    this.bezig.add(naam);
    this.spoor.begin();
    let beslist: { waarde: Waarde; besluit: Besluit };
    try {
      beslist = this.beslis(info);
      if (bevatVerfijning(info.type)) controleerBereik(beslist.waarde, info.type);
    } catch (x) {
      throw inRegel(x, naam);
    }
    const { waarde, besluit } = beslist;
    this.bezig.delete(naam);
    const r = { waarde, uitleg: this.spoor.einde(naam, naarUitlegJson(waarde, naam, info.type), info.decl.bron?.tekst ?? null, besluit) };
    this.regelWaarden.set(naam, r);
    return r;
  }

  private beslis(info: RegelInfo): { waarde: Waarde; besluit: Besluit } {
    const d = info.decl;
    const toepasselijk: { u: A.Uitzondering; w: Waarde }[] = [];
    for (const u of d.uitzonderingen) {
      if (this.waar(this.ev(u.voorwaarde, LEGE_OMGEVING))) toepasselijk.push({ u, w: this.ev(u.waarde, LEGE_OMGEVING) });
    }
    const eerste = toepasselijk[0];
    if (eerste) {
      const anders = toepasselijk.find((x) => !gelijk(x.w, eerste.w));
      if (anders) {
        throw new RegelwerkConflict(d.naam, [eerste, anders].map((x) => ({ naam: x.u.label, bron: x.u.bron?.tekst ?? null })), [schrijf(eerste.w, info.type), schrijf(anders.w, info.type)]);
      }
      return { waarde: eerste.w, besluit: { soort: 'uitzondering', naam: eerste.u.label, bron: eerste.u.bron?.tekst ?? null } };
    }
    if (d.indien && !this.waar(this.ev(d.indien, LEGE_OMGEVING))) throw new RegelwerkLeeg(d.naam, d.bron?.tekst ?? null);
    return { waarde: this.ev(d.waarde, LEGE_OMGEVING), besluit: { soort: 'basis' } };
  }

  // ---- expressions ----

  private waar(w: Waarde): boolean {
    if (w.t !== 'ja/nee') throw new RegelwerkRekenFout(`interne fout: voorwaarde is ${w.t}`);
    return w.v;
  }

  private getal(w: Waarde, wat: string): G.Getal {
    if (w.t === 'getal' || w.t === 'bedrag' || w.t === 'percentage') return w.v;
    throw new RegelwerkRekenFout(`${wat} is leeg of geen getal`);
  }

  private geheel(w: Waarde, wat: string): number {
    return geheelGetal(this.getal(w, wat), wat);
  }

  private lijst(w: Waarde): readonly Waarde[] {
    if (w.t !== 'lijst') throw new RegelwerkRekenFout('interne fout: geen lijst');
    return w.v;
  }

  ev(e: A.Expr, env: Omgeving): Waarde {
    switch (e.kind) {
      case 'GetalLit': return { t: 'getal', v: G.vanDecimaleTekst(e.tekst)! };
      case 'BedragLit': return { t: 'bedrag', v: G.vanDecimaleTekst(e.tekst)! };
      case 'PercentageLit': return { t: 'percentage', v: G.vanDecimaleTekst(e.tekst)! };
      case 'DatumLit': return { t: 'datum', v: leesDatum(e.tekst)! };
      case 'TekstLit': return { t: 'tekst', v: e.waarde };
      case 'JaNeeLit': return e.waarde ? JA : NEE;
      case 'LeegLit': return LEEG;
      case 'Peildatum': return { t: 'datum', v: this.peildatum };
      case 'Naam': return this.naam(e, env);
      case 'Aanroep': {
        const f = this.g.functies.get(e.naam)!;
        const binnen = new Map<string, Waarde>();
        f.parameters.forEach((p, i) => binnen.set(p.naam, this.ev(e.argumenten[i]!, env)));
        return this.ev(f.decl.lichaam, binnen);
      }
      case 'Tupel': throw new RegelwerkRekenFout('interne fout: opsomming buiten minimum/maximum');
      case 'LijstLit': return { t: 'lijst', v: e.elementen.map((x) => this.ev(x, env)) };
      case 'GegevensLit': return { t: 'gegevens', v: new Map(e.velden.map((v) => [v.naam, this.ev(v.waarde, env)])) };
      case 'Veld': {
        const o = this.ev(e.object, env);
        const veld = (x: Waarde): Waarde => {
          if (x.t !== 'gegevens') throw new RegelwerkRekenFout(`interne fout: veld '${e.veld}' van ${x.t}`);
          return x.v.get(e.veld)!;
        };
        return o.t === 'lijst' ? { t: 'lijst', v: o.v.map(veld) } : veld(o);
      }
      case 'Index': {
        const l = this.lijst(this.ev(e.lijst, env));
        const i = this.geheel(this.ev(e.index, env), 'de positie in de lijst');
        if (i < 1 || i > l.length) throw new RegelwerkRekenFout(`positie ${i} bestaat niet in een lijst van ${l.length} element(en)`);
        return l[i - 1]!;
      }
      case 'DuurExpr': {
        const n = this.geheel(this.ev(e.aantal, env), `het aantal ${e.eenheid}`);
        return { t: 'duur', v: D.duur({ [e.eenheid]: n }) };
      }
      case 'Negatief': {
        const w = this.ev(e.arg, env);
        if (w.t === 'duur') return { t: 'duur', v: D.negatiefDuur(w.v) };
        if (w.t === 'getal' || w.t === 'bedrag' || w.t === 'percentage') return { t: w.t, v: G.negatief(w.v) };
        throw new RegelwerkRekenFout(`interne fout: -${w.t}`);
      }
      case 'Niet': return this.waar(this.ev(e.arg, env)) ? NEE : JA;
      case 'Logisch': {
        const l = this.waar(this.ev(e.links, env));
        if (e.op === 'en' ? !l : l) return l ? JA : NEE;
        return this.waar(this.ev(e.rechts, env)) ? JA : NEE;
      }
      case 'Rekensom': return reken(e.op, this.ev(e.links, env), this.ev(e.rechts, env));
      case 'Vergelijking': {
        const l = this.ev(e.links, env);
        const r = this.ev(e.rechts, env);
        if (e.op === '=') return gelijk(l, r) ? JA : NEE;
        if (e.op === '!=') return gelijk(l, r) ? NEE : JA;
        const c = vergelijk(l, r);
        const ok = e.op === '<' ? c < 0 : e.op === '<=' ? c <= 0 : e.op === '>' ? c > 0 : c >= 0;
        return ok ? JA : NEE;
      }
      case 'EenVan': {
        const w = this.ev(e.waarde, env);
        const in_ = e.opties.some((o) => gelijk(w, this.ev(o, env)));
        return in_ !== e.negatief ? JA : NEE;
      }
      case 'IsLeeg': return (this.ev(e.arg, env).t === 'leeg') !== e.negatief ? JA : NEE;
      case 'Als': return this.waar(this.ev(e.voorwaarde, env)) ? this.ev(e.dan, env) : this.ev(e.anders, env);
      case 'Afronding': {
        const w = this.ev(e.arg, env);
        if (w.t !== 'getal' && w.t !== 'bedrag' && w.t !== 'percentage') throw new RegelwerkRekenFout('interne fout: afronding');
        return { t: w.t, v: G.afronden(w.v, e.decimalen, e.richting) };
      }
      case 'LijstOp': return this.lijstOp(e, env);
      case 'Kwantor': {
        const l = this.lijst(this.ev(e.lijst, env));
        const test = (x: Waarde): boolean => this.waar(this.ev(e.voorwaarde, met(env, e.variabele.naam, x)));
        return (e.soort === 'er is een' ? l.some(test) : l.every(test)) ? JA : NEE;
      }
      case 'Elke': {
        let l = this.lijst(this.ev(e.lijst, env));
        if (e.filter) { const f = e.filter; l = l.filter((x) => this.waar(this.ev(f, met(env, e.variabele.naam, x)))); }
        if (e.afbeelding) { const a = e.afbeelding; l = l.map((x) => this.ev(a, met(env, e.variabele.naam, x))); }
        return { t: 'lijst', v: l };
      }
      case 'Vouw': {
        let acc = this.ev(e.begin, env);
        const lijst = this.lijst(this.ev(e.lijst, env));
        // `k + [c]` appends in place to a list this fold made (linear, see vouw.ts).
        const staat = aanvulbareVouw(this.g, e) ? { eigen: null as Waarde[] | null } : null;
        for (const x of lijst) {
          const binnen = met(met(env, e.variabele.naam, x), e.accumulator.naam, acc);
          acc = staat ? this.stap(e, e.stap, binnen, staat) : this.ev(e.stap, binnen);
        }
        return acc;
      }
      case 'Fout': throw new RegelwerkRekenFout('interne fout: onvolledige expressie');
      default: return A.onmogelijk(e);
    }
  }

  /** A result position of an in-place fold's step: `acc + E` extends the fold's own list. */
  private stap(v: A.Expr & { kind: 'Vouw' }, e: A.Expr, env: Omgeving, staat: { eigen: Waarde[] | null }): Waarde {
    if (e.kind === 'Als') return this.waar(this.ev(e.voorwaarde, env)) ? this.stap(v, e.dan, env, staat) : this.stap(v, e.anders, env, staat);
    if (!isAanvulling(this.g, v, e)) return this.ev(e, env);
    return this.aanvulling(v, e, env, staat);
  }

  /** `acc + E`, or `acc + E1 + E2 + ...` from the left: each E appended in turn to the fold's own list. */
  private aanvulling(v: A.Expr & { kind: 'Vouw' }, e: A.Expr & { kind: 'Rekensom' }, env: Omgeving, staat: { eigen: Waarde[] | null }): Waarde {
    const a = this.lijst(isAanvulling(this.g, v, e.links) ? this.aanvulling(v, e.links, env, staat) : env.get(v.accumulator.naam)!);
    const b = this.lijst(this.ev(e.rechts, env));
    if (a !== staat.eigen) staat.eigen = a.slice();
    const eigen = staat.eigen;
    for (const x of b) eigen.push(x);
    return { t: 'lijst', v: eigen };
  }

  private naam(e: A.Expr & { kind: 'Naam' }, env: Omgeving): Waarde {
    const b = this.g.bindingen.get(e);
    if (!b) throw new RegelwerkRekenFout(`interne fout: naam '${e.naam}' niet gebonden`);
    switch (b.soort) {
      case 'lokaal': return env.get(b.naam)!;
      case 'invoer': {
        const w = this.invoer.get(b.naam)!;
        if (this.spoor.actief) {
          if (!this.invoerJson.has(b.naam)) this.invoerJson.set(b.naam, naarUitlegJson(w, b.naam, this.g.invoer.find((i) => i.naam === b.naam)?.type));
          this.spoor.invoer(b.naam, this.invoerJson.get(b.naam));
        }
        return w;
      }
      case 'parameter': return this.parameter(b.naam);
      case 'regel': {
        const r = this.regel(b.naam);
        this.spoor.regel(b.naam);
        return r.waarde;
      }
      case 'keuzewaarde': return { t: 'keuze', v: b.waarde };
      default: return A.onmogelijk(b);
    }
  }

  private lijstOp(e: A.Expr & { kind: 'LijstOp' }, env: Omgeving): Waarde {
    const l = e.arg.kind === 'Tupel' ? e.arg.leden.map((x) => this.ev(x, env)) : this.lijst(this.ev(e.arg, env));
    switch (e.op) {
      case 'aantal': return { t: 'getal', v: G.getal(l.length) };
      case 'som': {
        const t = this.g.typen.get(e);
        const tag = t?.soort === 'bedrag' || t?.soort === 'percentage' ? t.soort : 'getal';
        return { t: tag, v: l.reduce((s, x) => G.plus(s, this.getal(x, 'een element van de som')), G.NUL) };
      }
      case 'minimum': case 'maximum': {
        if (l.length === 0) throw new RegelwerkRekenFout(`het ${e.op} van een lege lijst bestaat niet`);
        return l.reduce((a, b) => { const c = vergelijk(b, a); return (e.op === 'minimum' ? c < 0 : c > 0) ? b : a; });
      }
      case 'eerste': case 'laatste': {
        if (l.length === 0) throw new RegelwerkRekenFout(`het ${e.op} element van een lege lijst bestaat niet`);
        return e.op === 'eerste' ? l[0]! : l[l.length - 1]!;
      }
      default: return A.onmogelijk(e.op);
    }
  }
}

/** The value of a constant expression (parameter values, example values). */
export function constante(g: Gecontroleerd, e: A.Expr): Waarde {
  // Constants read no input, parameter or rule, so any valid evaluation date will do.
  return constanteOp(g, e, g.geldigVanaf ?? g.geldigTot ?? '2000-01-01');
}

function met(env: Omgeving, naam: string, w: Waarde): Omgeving {
  const m = new Map(env);
  m.set(naam, w);
  return m;
}

export function vergelijk(l: Waarde, r: Waarde): number {
  if (l.t === 'datum' && r.t === 'datum') return l.v - r.v;
  if (l.t === 'duur' && r.t === 'duur') return D.vergelijkDuur(l.v, r.v);
  if ((l.t === 'getal' || l.t === 'bedrag' || l.t === 'percentage') && r.t === l.t) return G.vergelijk(l.v, r.v);
  throw new RegelwerkRekenFout(`${schrijf(l)} en ${schrijf(r)} zijn niet te vergelijken (een van beide is leeg?)`);
}

export function reken(op: '+' | '-' | '*' | '/' | 'van', l: Waarde, r: Waarde): Waarde {
  const num = (t: 'getal' | 'bedrag' | 'percentage', v: G.Getal): Waarde => ({ t, v });
  const s = `${l.t} ${op} ${r.t}`;
  const a = 'v' in l ? l.v : null;
  const b = 'v' in r ? r.v : null;
  const ga = a as G.Getal;
  const gb = b as G.Getal;
  switch (s) {
    case 'getal + getal': case 'bedrag + bedrag': case 'percentage + percentage': return num(l.t as 'getal', G.plus(ga, gb));
    case 'getal - getal': case 'bedrag - bedrag': case 'percentage - percentage': return num(l.t as 'getal', G.min(ga, gb));
    case 'getal * getal': case 'bedrag * getal': case 'percentage * getal': return num(l.t as 'getal', G.maal(ga, gb));
    case 'getal * bedrag': return num('bedrag', G.maal(ga, gb));
    case 'getal * percentage': return num('percentage', G.maal(ga, gb));
    case 'bedrag * percentage': case 'percentage van bedrag': case 'percentage van getal': case 'percentage van percentage': {
      const [p, x, t] = s === 'bedrag * percentage' ? [gb, ga, 'bedrag' as const] : [ga, gb, r.t as 'getal'];
      return num(t, G.gedeeldDoor(G.maal(p, x), G.HONDERD));
    }
    case 'percentage * bedrag': return num('bedrag', G.gedeeldDoor(G.maal(ga, gb), G.HONDERD));
    case 'getal / getal': case 'bedrag / bedrag': case 'percentage / percentage': return num('getal', G.gedeeldDoor(ga, gb));
    case 'bedrag / getal': case 'percentage / getal': return num(l.t as 'bedrag', G.gedeeldDoor(ga, gb));
    case 'datum + duur': return { t: 'datum', v: D.datumPlusDuur(a as number, b as D.Duur) };
    case 'duur + datum': return { t: 'datum', v: D.datumPlusDuur(b as number, a as D.Duur) };
    case 'datum - duur': return { t: 'datum', v: D.datumMinDuur(a as number, b as D.Duur) };
    case 'datum - datum': return { t: 'duur', v: D.duur({ dagen: (a as number) - (b as number) }) };
    case 'duur + duur': return { t: 'duur', v: D.plusDuur(a as D.Duur, b as D.Duur) };
    case 'duur - duur': return { t: 'duur', v: D.minDuur(a as D.Duur, b as D.Duur) };
    case 'duur * getal': case 'getal * duur': {
      const [u, k] = l.t === 'duur' ? [a as D.Duur, gb] : [b as D.Duur, ga];
      if (!G.isGeheel(k)) throw new RegelwerkRekenFout(`een duur kan alleen met een geheel getal vermenigvuldigd worden, niet met ${G.schrijfDecimaal(k)}`);
      return { t: 'duur', v: D.maalDuur(u, geheelGetal(k, 'de factor van een duur')) };
    }
    case 'lijst + lijst': return { t: 'lijst', v: (a as readonly Waarde[]).concat(b as readonly Waarde[]) };
    default:
      throw new RegelwerkRekenFout(`kan niet rekenen met ${schrijf(l)} ${op} ${schrijf(r)} (een van beide is leeg?)`);
  }
}

export { schrijfDatum };
