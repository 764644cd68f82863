// One evaluation of a policy on one input, the readable semantics of Regelwerk: it reads and
// validates the input (types, then every `eis`), chooses the parameters' rows for the peildatum,
// evaluates rules lazily with default logic (base + exceptions, decision tables) and expressions
// over values (waarde.ts), and records what each rule read in the explanation recorder when asked.
import * as A from '../../language/ast.js';
import type { FunctieInfo, Gecontroleerd, RegelInfo } from '../../language/checker.js';
import * as G from '../../runtime/getal.js';
import { schrijfDatum } from '../../runtime/datum.js';
import * as D from '../../runtime/duur.js';
import type { Type } from '../../runtime/typen.js';
import { type Besluit, type Uitleg, type UitlegKnoop, Spoor, vertaal, inRegel, peildatum as kiesPeildatum, kiesRij, geheelGetal, overschreven, besluitUitzondering } from '../../runtime/runtime.js';
import { heeftBoom, nakomelingen, voorouders } from '../../language/uitzonderingen.js';
import { type Waarde, LEEG, JA, NEE, controleerBereik, gelijk, leesInvoerJsonOfBevinding, leesJsonOfBevinding, leesParametersJson, naarJson, naarUitlegJson, schrijf } from './waarde.js';
import { Bevinding, ONGELDIG } from '../../runtime/json-codec.js';
import { RegelwerkConflict, RegelwerkLeeg, RegelwerkRekenFout, type ClausulePlek } from '../../runtime/fouten.js';
import { geenRij, padKeuze } from '../../runtime/pad.js';
import { aanvulbareVouw, aanvullingen, isAanvulling } from '../../language/vouw.js';
import { ketting, tabelAanroepen } from '../../language/walk.js';
import type { Rekenvariant } from '../../language/operatoren.js';
import type { RecordGeheugen } from './record-geheugen.js';
import type { Dekkingsteller } from './dekking.js';
import { type Omgeving, Binding, LEGE_OMGEVING, met } from './omgeving.js';

export { LEGE_OMGEVING };
import { getalVan, reken, vergelijk } from './rekenen.js';
import { heeftSoortEisen } from './soort-eisen.js';
import { INGEBOUWDE_REGEL, ingebouwdVariant } from '../../language/ingebouwd.js';
import { ingebouwd, lijstBewerking } from './ingebouwd.js';
import { roepRegelingAan } from './regeling-aanroep.js';
import { type ParameterWaarde, gedeeldeParameters, heeftVerfijning, literaal } from './eenmalig.js';

export interface EvaluatieOpties {
  /** "YYYY-MM-DD"; defaults to today. Picks the row of dated parameters. */
  readonly peildatum?: string;
  /** Parameter overrides in the JSON encoding, by name. */
  readonly parameters?: Readonly<Record<string, unknown>>;
  /** Also evaluate these rules (for examples that check intermediate rules). */
  readonly ookRegels?: readonly string[];
}

export interface Resultaat {
  readonly uitvoer: Record<string, unknown>;
  readonly uitleg: Uitleg;
  /** Values of the rules asked for with `ookRegels`. */
  readonly regels: Record<string, unknown>;
}

export function bevinding(pad: string, reden: string, eis: ClausulePlek | null = null): Bevinding {
  const b = new Bevinding(pad, reden);
  b.eis = eis;
  return b;
}

/** The problem of an `eis` not met: its melding (or the general one) and where it stands. */
function eisNietVoldaan(pad: string, eis: A.Eis): Bevinding {
  const p = eis.plek;
  return bevinding(pad, eis.melding ?? 'voldoet niet aan de eis', { offset: p.offset, eind: p.eind, regel: p.regel, kolom: p.kolom });
}

/** Errors from the value library become Regelwerk errors with a Dutch message. */
export const vertaalFout = vertaal;

const LEGE_INVOER: ReadonlyMap<string, Waarde> = new Map();
/** The recorder of evaluations without explanation: begin() is never called on it, so it stays inactive. */
const STIL_SPOOR = new Spoor();

export class Evaluatie {
  private readonly peildatum: number;
  /** The peildatum as written (JJJJ-MM-DD). */
  readonly peildatumTekst: string;
  private readonly gekozen: 'opgegeven' | 'vandaag';
  /** The input values, once read (never changed afterwards: a GelezenInvoer shares them). */
  private invoer: ReadonlyMap<string, Waarde> = LEGE_INVOER;
  private readonly regelWaarden = new Map<string, { waarde: Waarde; uitleg: UitlegKnoop | null }>();
  /** The explanation tree, recorded by the runtime's recorder as in compiled modules. */
  private readonly spoor: Spoor;
  private readonly paramWaarden: Map<string, ParameterWaarde>;
  /** Explanation values of inputs, made once (an input does not change). */
  private readonly invoerJson = new Map<string, unknown>();
  private readonly bezig = new Set<string>();
  /** Values of one-record functions per record (roepEenAan), without explanation only. */
  private readonly functieWaarden = new Map<FunctieInfo, Map<Waarde, Waarde>>();

  /** `uitleg`: record the explanation tree (evalueer returns it); off when nobody reads it. */
  /** `teller`: told each clause this evaluation takes (coverage, dekking.ts); none: nothing is counted. */
  /** `keuzes`: told what decided each rule, as its entry in the decision path (pad.ts); none: nothing is noted. */
  constructor(private readonly g: Gecontroleerd, private readonly opties: EvaluatieOpties, private readonly uitleg = true, private readonly geheugen?: RecordGeheugen, private readonly teller?: Dekkingsteller, private readonly keuzes?: Map<string, string>) {
    teller?.nieuweEvaluatie();
    this.gekozen = opties.peildatum ? 'opgegeven' : 'vandaag';
    const p = kiesPeildatum(opties.peildatum, g.naam, g.geldigVanaf, g.geldigTot);
    this.peildatumTekst = p.tekst;
    this.peildatum = p.dag;
    // Without explanation nothing is recorded: a shared recorder that never begins a rule.
    this.spoor = uitleg ? new Spoor() : STIL_SPOOR;
    // `parameters: null` (from JavaScript, or found on a polluted prototype) is none, as in compiled modules
    const overschreven = opties.parameters !== undefined && opties.parameters !== null && Object.keys(opties.parameters).length > 0;
    this.paramWaarden = overschreven ? new Map() : gedeeldeParameters(g, p.tekst);
  }

  /** Validates the input only (types and every `eis`); throws RegelwerkInvoerFout. */
  valideer(json: unknown): void {
    const b = this.leesAlles(json);
    if (b) throw b.alsFout();
  }

  /** valideer, but an invalid input is returned as a Bevinding (path and reason), not thrown. */
  leesAlles(json: unknown): Bevinding | null {
    // Overridden parameters first: an `eis` may compare an input with a parameter.
    this.leesParameterOverrides();
    return this.leesInvoer(json);
  }

  /** The input values, once read. */
  invoerWaarden(): ReadonlyMap<string, Waarde> {
    return this.invoer;
  }

  /** Input values read and validated before (GelezenInvoer), on the same peildatum and parameters. */
  zetInvoer(waarden: ReadonlyMap<string, Waarde>): void {
    this.leesParameterOverrides();
    this.invoer = waarden;
  }

  /** A rule's value, once the input is read (coverage evaluates every rule of a file). */
  regelWaarde(naam: string): Waarde {
    return this.regel(naam).waarde;
  }

  /** A ja/nee expression over inputs and rules (a property, a condition), once the input is read. */
  waarVan(e: A.Expr): boolean {
    return this.waar(this.ev(e, LEGE_OMGEVING));
  }

  /** Does a JSON record of a named soort satisfy its `eis` clauses? (for input generators) */
  recordVoldoet(json: unknown, type: Type): boolean {
    try {
      const b = new Bevinding();
      const w = leesJsonOfBevinding(json, type, '', b);
      if (w === ONGELDIG || this.soortEisenFout(w, type, '') !== null) return false;
      if (this.geheugen && typeof json === 'object' && json !== null) this.geheugen.onthoud(json, type, w);
      return true;
    } catch (x) {
      throw vertaalFout(x);
    }
  }

  /** Every output as evalueer gives it, in declaration order (the first error ends it). */
  uitvoer(): Record<string, unknown> {
    const uitvoer: Record<string, unknown> = {};
    for (const u of this.g.uitvoer) uitvoer[u.naam] = naarJson(this.regel(u.naam).waarde, `uitvoer '${u.naam}'`, true, u.type);
    return uitvoer;
  }

  /** A rule's value as JSON, as an output of its type would be written. */
  regelJson(naam: string): unknown {
    return naarJson(this.regel(naam).waarde, `regel '${naam}'`, true, this.g.regels.get(naam)!.type);
  }

  /** The outputs as values for a policy that calls this one (regeling-aanroep.ts), with their trees when explained. */
  uitvoerWaarden(): { waarden: ReadonlyMap<string, Waarde>; uitleg: Record<string, UitlegKnoop> | null } {
    const r = this.g.uitvoer.map((u) => [u.naam, this.regel(u.naam)] as const);
    return { waarden: new Map(r.map(([n, x]) => [n, x.waarde])), uitleg: this.uitleg ? Object.fromEntries(r.map(([n, x]) => [n, x.uitleg!])) : null };
  }

  run(json: unknown): Resultaat {
    this.valideer(json);
    const uitvoer: Record<string, unknown> = {};
    const uitleg: Record<string, UitlegKnoop> = {};
    for (const u of this.g.uitvoer) {
      const r = this.regel(u.naam);
      uitvoer[u.naam] = naarJson(r.waarde, `uitvoer '${u.naam}'`, true, u.type);
      uitleg[u.naam] = r.uitleg!;
    }
    const regels: Record<string, unknown> = {};
    for (const naam of this.opties.ookRegels ?? []) regels[naam] = naarJson(this.regel(naam).waarde, `regel '${naam}'`, false, this.g.regels.get(naam)?.type);
    return { regels, uitvoer, uitleg: { regeling: this.g.naam, bron: this.g.bron, peildatum: this.peildatumTekst, peildatumGekozen: this.gekozen, uitvoer: uitleg } };
  }

  // ---- input ----

  /** Reads and checks the input (the shared reader, then every `eis`): the first problem, or null. */
  private leesInvoer(json: unknown): Bevinding | null {
    // the shared reader: the same checks and messages as compiled modules
    const b = new Bevinding();
    const gelezen = leesInvoerJsonOfBevinding(json, this.g.invoer, b, this.geheugen?.bekend);
    if (gelezen === ONGELDIG) return b;
    this.invoer = gelezen;
    for (const i of this.g.invoer) {
      const f = this.soortEisenFout(this.invoer.get(i.naam)!, i.type, i.naam);
      if (f) return f;
    }
    for (const i of this.g.invoer) {
      for (const eis of i.eisen) {
        if (!this.waar(this.ev(eis.voorwaarde, LEGE_OMGEVING))) return eisNietVoldaan(i.naam, eis);
      }
    }
    return null;
  }

  /**
   * The first `eis` of a named soort that a value under `pad` does not meet (path and melding), or
   * null. The path below `pad` is built only for a problem, on the way back up.
   */
  private soortEisenFout(w: Waarde, t: Type, pad: string): Bevinding | null {
    const b = this.soortEisenOnder(w, t);
    if (b) b.basis = pad;
    return b;
  }

  private soortEisenOnder(w: Waarde, t: Type): Bevinding | null {
    if (t.soort === 'leegbaar') {
      if (w.kind !== 'leeg') return this.soortEisenOnder(w, t.type);
    } else if (t.soort === 'lijst' && w.kind === 'lijst') {
      if (heeftSoortEisen(this.g, t.element)) {
        for (let i = 0; i < w.v.length; i++) {
          const f = this.soortEisenOnder(w.v[i]!, t.element);
          if (f) {
            f.opPositie(i);
            return f;
          }
        }
      }
      // a list soort's eisen, after its elements', over the whole list (called by the soort's name)
      const naam = t.naam;
      for (const eis of (naam && this.g.soortEisen.get(naam)) || []) {
        if (!this.waar(this.ev(eis.voorwaarde, new Map([[naam!, w]])))) return eisNietVoldaan('', eis);
      }
    } else if (t.soort === 'gegevens' && w.kind === 'gegevens') {
      if (this.geheugen?.isGoed(w)) return null;
      for (const v of t.velden) {
        const f = this.soortEisenOnder(w.v.get(v.naam)!, v.type);
        if (f) {
          // a field of a record: always `.naam`, also directly under the input's name
          f.inVeld(v.naam);
          return f;
        }
      }
      for (const eis of (t.naam && this.g.soortEisen.get(t.naam)) || []) {
        if (!this.waar(this.ev(eis.voorwaarde, w.v))) return eisNietVoldaan('', eis);
      }
    }
    return null;
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

  /**
   * `P op D`: P's row on day D instead of the peildatum (an override holds on every date), in the
   * explanation with its row and date. A D outside the table is kiesRij's error, as for a peildatum.
   */
  private parameterOp(naam: string, dag: number): Waarde {
    const op = schrijfDatum(dag);
    const info = this.g.parameters.find((x) => x.naam === naam)!;
    let p = this.paramWaarden.get(naam);
    if (!p?.overschreven) {
      const rij = kiesRij(naam, info.rijen.map((r) => ({ vanaf: r.vanaf, tot: r.tot, waarde: r.waarde, bron: r.bron?.tekst ?? null })), op, info.bron);
      p = { waarde: this.ev(rij.waarde, LEGE_OMGEVING), vanaf: rij.vanaf, bron: rij.bron ?? info.bron, overschreven: false };
    }
    if (this.spoor.actief) this.spoor.parameter(naam, naarUitlegJson(p.waarde, naam, info.type), p.vanaf, p.bron, p.overschreven, op);
    return p.waarde;
  }

  // ---- rules: default logic ----

  private regel(naam: string): { waarde: Waarde; uitleg: UitlegKnoop | null } {
    const klaar = this.regelWaarden.get(naam);
    if (klaar) return klaar;
    const info = this.g.regels.get(naam)!;
    if (this.bezig.has(naam)) throw new RegelwerkRekenFout(`regel '${naam}' hangt van zichzelf af`);
    this.bezig.add(naam);
    if (this.uitleg) this.spoor.begin();
    let beslist: { waarde: Waarde; besluit: Besluit };
    try {
      beslist = this.beslis(info);
      if (heeftVerfijning(info)) controleerBereik(beslist.waarde, info.type);
    } catch (x) {
      throw inRegel(x, naam);
    }
    const { waarde, besluit } = beslist;
    this.bezig.delete(naam);
    if (this.keuzes) this.keuzes.set(naam, padKeuze(besluit));
    const r = { waarde, uitleg: this.uitleg ? this.spoor.einde(naam, naarUitlegJson(waarde, naam, info.type), info.decl.bron?.tekst ?? null, besluit) : null };
    this.regelWaarden.set(naam, r);
    return r;
  }

  private beslis(info: RegelInfo): { waarde: Waarde; besluit: Besluit } {
    const d = info.decl;
    const toepasselijk: { u: A.Uitzondering; i: number; w: Waarde }[] = [];
    // With an exception tree (`op`): every condition first, then the value of each applicable
    // exception that no applicable exception to it overrides; without one, condition and value in turn.
    const boom = heeftBoom(d.uitzonderingen);
    const a = boom ? d.uitzonderingen.map((u) => this.waar(this.ev(u.voorwaarde, LEGE_OMGEVING))) : [];
    const vo = boom ? voorouders(d.uitzonderingen) : [];
    const over = boom ? overschreven(a, nakomelingen(d.uitzonderingen)) : [];
    d.uitzonderingen.forEach((u, i) => {
      if (!(boom ? a[i] && !over[i] : this.waar(this.ev(u.voorwaarde, LEGE_OMGEVING)))) return;
      this.teller?.raak(u);
      toepasselijk.push({ u, i, w: this.ev(u.waarde, LEGE_OMGEVING) });
    });
    const eerste = toepasselijk[0];
    if (eerste) {
      const anders = toepasselijk.find((x) => !gelijk(x.w, eerste.w));
      const clausules = d.uitzonderingen.map((u) => ({ naam: u.label, bron: u.bron?.tekst ?? null }));
      if (anders) throw new RegelwerkConflict(d.naam, [clausules[eerste.i]!, clausules[anders.i]!], [schrijf(eerste.w, info.type), schrijf(anders.w, info.type)]);
      return { waarde: eerste.w, besluit: boom ? besluitUitzondering(clausules, eerste.i, a, vo) : { soort: 'uitzondering', naam: eerste.u.label, bron: eerste.u.bron?.tekst ?? null } };
    }
    if (d.indien && !this.waar(this.ev(d.indien, LEGE_OMGEVING))) throw new RegelwerkLeeg(d.naam, d.bron?.tekst ?? null);
    if (d.waarde.kind === 'Tabel') return this.tabel(info, d.waarde);
    this.teller?.raak(d);
    return { waarde: this.ev(d.waarde, LEGE_OMGEVING), besluit: { soort: 'basis' } };
  }

  /**
   * A decision table: `eerste` takes the first row whose condition holds; `uniek` evaluates every
   * row's condition, in order, and two matches are a conflict naming the first two. No match: the
   * rule is leeg, as when its `indien` does not hold.
   */
  private tabel(info: RegelInfo, t: A.Expr & { kind: 'Tabel' }): { waarde: Waarde; besluit: Besluit } {
    const d = info.decl;
    const bron = d.bron?.tekst ?? null;
    const past = (r: A.TabelRij): boolean => this.waar(this.ev(r.voorwaarde, LEGE_OMGEVING));
    const treffers = t.beleid === 'eerste' ? [t.rijen.find(past)].filter((r) => r !== undefined) : t.rijen.filter(past);
    const [eerste, tweede] = treffers;
    if (!eerste) geenRij(d.naam, bron, this.keuzes);
    if (tweede) {
      const rijen = [eerste, tweede];
      const waarden = rijen.map((r) => schrijf(this.ev(r.uitvoer, LEGE_OMGEVING), info.type));
      throw new RegelwerkConflict(d.naam, rijen.map((r) => ({ naam: `rij ${r.nummer}`, bron: r.bron?.tekst ?? null, rij: r.nummer })), waarden);
    }
    this.teller?.raak(eerste);
    return { waarde: this.ev(eerste.uitvoer, LEGE_OMGEVING), besluit: { soort: 'tabel', rij: eerste.nummer, cellen: eerste.cellen, bron: eerste.bron?.tekst ?? bron } };
  }

  // ---- expressions ----

  private waar(w: Waarde): boolean {
    if (w.kind !== 'ja/nee') throw new RegelwerkRekenFout(`interne fout: voorwaarde is ${w.kind}`);
    return w.v;
  }

  private geheel(w: Waarde, wat: string): number {
    return geheelGetal(getalVan(w, wat), wat);
  }

  private lijst(w: Waarde): readonly Waarde[] {
    if (w.kind !== 'lijst') throw new RegelwerkRekenFout('interne fout: geen lijst');
    return w.v;
  }

  ev(e: A.Expr, env: Omgeving): Waarde {
    switch (e.kind) {
      case 'GetalLit': case 'BedragLit': case 'PercentageLit': case 'DatumLit': return literaal(e);
      case 'TekstLit': return { kind: 'tekst', v: e.waarde };
      case 'JaNeeLit': return e.waarde ? JA : NEE;
      case 'LeegLit': return LEEG;
      case 'Peildatum': return { kind: 'datum', v: this.peildatum };
      case 'Naam': return this.naam(e, env);
      case 'Aanroep': {
        const f = this.g.functies.get(e.naam)!;
        if (!this.uitleg && f.parameters.length === 1) return this.roepEenAan(f, this.ev(e.argumenten[0]!, env));
        const roep = (): Waarde => {
          let binnen = LEGE_OMGEVING;
          for (let i = 0; i < f.parameters.length; i++) binnen = new Binding(binnen, f.parameters[i]!.naam, this.ev(e.argumenten[i]!, env));
          return this.ev(f.decl.lichaam, binnen);
        };
        // in a decision table's row the call gets its own node in the explanation
        if (this.uitleg && tabelAanroepen(this.g.regels).has(e)) return this.spoor.functie(f.naam, f.decl.bron?.tekst ?? null, roep, (w) => naarUitlegJson(w, f.naam, f.type));
        return roep();
      }
      case 'Tupel': throw new RegelwerkRekenFout('interne fout: opsomming buiten minimum/maximum');
      case 'LijstLit': return { kind: 'lijst', v: e.elementen.map((x) => this.ev(x, env)) };
      case 'GegevensLit': return { kind: 'gegevens', v: new Map(e.velden.map((v) => [v.naam, this.ev(v.waarde, env)])) };
      case 'Veld': {
        const o = this.ev(e.object, env);
        return o.kind === 'lijst' ? { kind: 'lijst', v: o.v.map((x) => veldVan(x, e.veld)) } : veldVan(o, e.veld);
      }
      case 'Index': {
        const l = this.lijst(this.ev(e.lijst, env));
        const i = this.geheel(this.ev(e.index, env), 'de positie in de lijst');
        if (i < 1 || i > l.length) throw new RegelwerkRekenFout(`positie ${i} bestaat niet in een lijst van ${l.length} element(en)`);
        return l[i - 1]!;
      }
      case 'DuurExpr': {
        const n = this.geheel(this.ev(e.aantal, env), `het aantal ${e.eenheid}`);
        return { kind: 'duur', v: D.duur({ [e.eenheid]: n }) };
      }
      case 'Negatief': {
        const w = this.ev(e.arg, env);
        if (w.kind === 'duur') return { kind: 'duur', v: D.negatiefDuur(w.v) };
        if (w.kind === 'getal' || w.kind === 'bedrag' || w.kind === 'percentage') return { kind: w.kind, v: G.negatief(w.v) };
        throw new RegelwerkRekenFout(`interne fout: -${w.kind}`);
      }
      case 'Niet': return this.waar(this.ev(e.arg, env)) ? NEE : JA;
      case 'Logisch': {
        // down the chain in a loop: `a en b en c ...` is as deep as it is long
        const { eerste, schakels } = ketting(e);
        let w = this.waar(this.ev(eerste, env));
        for (const s of schakels) if (s.op === 'en' ? w : !w) w = this.waar(this.ev(s.rechts, env));
        return w ? JA : NEE;
      }
      case 'Rekensom': {
        const { eerste, schakels } = ketting(e);
        let w = this.ev(eerste, env);
        for (const s of schakels) w = reken(this.variant(s), w, this.ev(s.rechts, env));
        return w;
      }
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
      case 'IsLeeg': return (this.ev(e.arg, env).kind === 'leeg') !== e.negatief ? JA : NEE;
      case 'Als': return this.ev(this.tak(e, env), env);
      case 'Afronding': {
        const variant = ingebouwdVariant(this.g.ingebouwden, e);
        const w = this.ev(e.arg, env);
        switch (variant) {
          case 'afgerond getal': case 'afgerond bedrag': case 'afgerond percentage':
            if (w.kind !== INGEBOUWDE_REGEL[variant].uitkomst) throw new RegelwerkRekenFout('interne fout: afronding');
            return { kind: w.kind as 'getal', v: G.afronden((w as Waarde & { kind: 'getal' }).v, e.decimalen, e.richting) };
          default: {
            const _never: never = variant;
            throw new RegelwerkRekenFout(`interne fout: afronding ${String(_never)}`);
          }
        }
      }
      case 'LijstOp': return this.lijstOp(e, env);
      case 'Ingebouwd': return ingebouwd(ingebouwdVariant(this.g.ingebouwden, e), e.argumenten.map((a) => this.ev(a, env)));
      case 'Kwantor': {
        const l = this.lijst(this.ev(e.lijst, env));
        const test = (x: Waarde): boolean => this.waar(this.ev(e.voorwaarde, met(env, e.variabele.naam, x)));
        return (e.kwantor === 'er is een' ? l.some(test) : l.every(test)) ? JA : NEE;
      }
      case 'Elke': {
        let l = this.lijst(this.ev(e.lijst, env));
        if (e.filter) { const f = e.filter; l = l.filter((x) => this.waar(this.ev(f, met(env, e.variabele.naam, x)))); }
        if (e.afbeelding) { const a = e.afbeelding; l = l.map((x) => this.ev(a, met(env, e.variabele.naam, x))); }
        return { kind: 'lijst', v: l };
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
      case 'OpDatum': {
        const b = e.arg.kind === 'Naam' ? this.g.bindingen.get(e.arg) : undefined;
        if (b?.kind !== 'parameter') throw new RegelwerkRekenFout("interne fout: 'op' zonder parameter");
        const d = this.ev(e.datum, env);
        if (d.kind !== 'datum') throw new RegelwerkRekenFout("interne fout: 'op' zonder datum");
        return this.parameterOp(b.naam, d.v);
      }
      case 'RegelingAanroep':
        return roepRegelingAan(this.g, e, (x) => this.ev(x, env), this.peildatumTekst, this.uitleg ? this.spoor : null, (g, peildatum) => new Evaluatie(g, { peildatum }, this.uitleg));
      case 'Fout': throw new RegelwerkRekenFout('interne fout: onvolledige expressie');
      // A table is a rule's value only and is decided in `beslis`.
      case 'Tabel': throw new RegelwerkRekenFout('interne fout: een tabel buiten een regel');
      default: return A.onmogelijk(e);
    }
  }

  /**
   * A function of one record, called again with the same record (a policy calls its helper
   * functions per element from several places): its body depends only on the record and on this
   * evaluation's inputs, parameters and rules, so the value is kept per record. Only without an
   * explanation: there every call notes what it reads in the rule that calls it. A call that
   * fails is not kept (it fails again, alike). Other arguments are evaluated each time.
   */
  private roepEenAan(f: FunctieInfo, arg: Waarde): Waarde {
    const lichaam = (): Waarde => this.ev(f.decl.lichaam, new Binding(LEGE_OMGEVING, f.parameters[0]!.naam, arg));
    if (arg.kind !== 'gegevens') return lichaam();
    let memo = this.functieWaarden.get(f);
    if (!memo) this.functieWaarden.set(f, (memo = new Map()));
    const klaar = memo.get(arg);
    if (klaar !== undefined) return klaar;
    const w = lichaam();
    memo.set(arg, w);
    return w;
  }

  /** The branch of an `als` its condition takes (told to the coverage counter, if any). */
  private tak(e: A.Expr & { kind: 'Als' }, env: Omgeving): A.Expr {
    const tak = this.waar(this.ev(e.voorwaarde, env)) ? e.dan : e.anders;
    this.teller?.raak(tak);
    return tak;
  }

  /** A result position of an in-place fold's step: `acc + E` extends the fold's own list. */
  private stap(v: A.Expr & { kind: 'Vouw' }, e: A.Expr, env: Omgeving, staat: { eigen: Waarde[] | null }): Waarde {
    if (e.kind === 'Als') return this.stap(v, this.tak(e, env), env, staat);
    if (!isAanvulling(this.g, v, e)) return this.ev(e, env);
    return this.aanvulling(v, e, env, staat);
  }

  /** `acc + E`, or `acc + E1 + E2 + ...` from the left: each E appended in turn to the fold's own list. */
  private aanvulling(v: A.Expr & { kind: 'Vouw' }, e: A.Expr & { kind: 'Rekensom' }, env: Omgeving, staat: { eigen: Waarde[] | null }): Waarde {
    let a = this.lijst(env.get(v.accumulator.naam)!);
    for (const s of aanvullingen(this.g, v, e)!) {
      const b = this.lijst(this.ev(s.rechts, env));
      if (a !== staat.eigen) staat.eigen = a.slice();
      const eigen = staat.eigen;
      for (const x of b) eigen.push(x);
      a = eigen;
    }
    return { kind: 'lijst', v: a };
  }

  /** The operator table's variant the checker resolved for this arithmetic operation. */
  private variant(e: A.Expr & { kind: 'Rekensom' }): Rekenvariant {
    const v = this.g.rekensommen.get(e);
    if (v === undefined) throw new RegelwerkRekenFout(`interne fout: rekensom '${e.op}' niet opgelost`);
    return v;
  }

  private naam(e: A.Expr & { kind: 'Naam' }, env: Omgeving): Waarde {
    const b = this.g.bindingen.get(e);
    if (!b) throw new RegelwerkRekenFout(`interne fout: naam '${e.naam}' niet gebonden`);
    switch (b.kind) {
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
        if (this.spoor.actief) this.spoor.regel(b.naam);
        return r.waarde;
      }
      case 'keuzewaarde': return { kind: 'keuze', v: b.waarde };
      default: return A.onmogelijk(b);
    }
  }

  private lijstOp(e: A.Expr & { kind: 'LijstOp' }, env: Omgeving): Waarde {
    const l = e.arg.kind === 'Tupel' ? e.arg.leden.map((x) => this.ev(x, env)) : this.lijst(this.ev(e.arg, env));
    return lijstBewerking(ingebouwdVariant(this.g.ingebouwden, e), e.op, l);
  }
}


/** Field `veld` of a record value (a field of anything else is an internal error). */
function veldVan(x: Waarde, veld: string): Waarde {
  if (x.kind !== 'gegevens') throw new RegelwerkRekenFout(`interne fout: veld '${veld}' van ${x.kind}`);
  return x.v.get(veld)!;
}
