// The checker: resolves names, infers and checks types and units, tracks `leeg`, finds cycles
// and unused declarations. Its result (a checked policy) is what the interpreter and codegen read.
// Longer than 600 lines because every expression kind's typing rule lives here, side by side.
import * as A from './ast.js';
import { ketting } from './walk.js';
import { type Diagnose, diagnose, bedoelde } from './diagnostics.js';
import type { Code } from './catalogus.js';
import { type Grens, type Type, type Verfijning, T, isVerfijnd, kaal, lijstVan, leegbaar, zonderLeeg, past, samen, schrijfType } from '../runtime/typen.js';
import { leesDatum } from '../runtime/datum.js';
import * as G from '../runtime/getal.js';
import { duur as maakDuur, duurVan, schrijfDuur, vergelijkDuur } from '../runtime/duur.js';
import { bereikFout, duurBereikFout } from '../runtime/bereik.js';
import { type Rekenvariant, rekenregel, rekenTip } from './operatoren.js';
import { type IngebouwdVariant, INGEBOUWDE_REGEL, afrondingVariant, ingebouwdeRegel, lijstOpVariant } from './ingebouwd.js';

export type Binding =
  | { readonly soort: 'invoer'; readonly naam: string }
  | { readonly soort: 'parameter'; readonly naam: string }
  | { readonly soort: 'regel'; readonly naam: string }
  | { readonly soort: 'lokaal'; readonly naam: string }
  | { readonly soort: 'keuzewaarde'; readonly waarde: string };

export interface InvoerInfo { readonly naam: string; readonly type: Type; readonly bron: string | null; readonly eisen: readonly A.Eis[]; readonly decl: A.Declaratie & { kind: 'Invoer' } }
export interface UitvoerInfo { readonly naam: string; readonly type: Type; readonly bron: string | null; readonly decl: A.Declaratie & { kind: 'Uitvoer' } }
export interface ParameterInfo { readonly naam: string; readonly type: Type; readonly bron: string | null; readonly rijen: readonly A.ParameterRij[]; readonly module: string | null; readonly decl: A.Declaratie & { kind: 'Parameter' } }
export interface RegelInfo { readonly naam: string; type: Type; readonly decl: A.Declaratie & { kind: 'Regel' }; readonly isUitvoer: boolean }
export interface FunctieInfo { readonly naam: string; readonly parameters: readonly { naam: string; type: Type }[]; readonly type: Type; readonly decl: A.Declaratie & { kind: 'Functie' } }

/**
 * A name bound inside a declaration of this file: a function's parameter, a record soort's field
 * (in its eisen), or the variable of `elk`, `er is een`, `voor alle` or `vouw` (and its
 * accumulator), with the type the checker gave it. The editor's completion and hover read these,
 * so they know the scopes the checker used.
 */
export interface LokaleNaam {
  readonly naam: string;
  readonly type: Type;
  /** Where the name is written where it is bound. */
  readonly plek: A.Plek;
  /** The expression or function declaration that binds it; within it the name means this binding. */
  readonly binder: A.Plek;
}

export interface Gecontroleerd {
  readonly bestand: A.Bestand;
  readonly naam: string;
  readonly bron: string | null;
  readonly geldigVanaf: string | null;
  readonly geldigTot: string | null;
  readonly invoer: readonly InvoerInfo[];
  readonly uitvoer: readonly UitvoerInfo[];
  readonly parameters: readonly ParameterInfo[];
  readonly regels: ReadonlyMap<string, RegelInfo>;
  readonly functies: ReadonlyMap<string, FunctieInfo>;
  /** Input constraints of named record types, by soort name. */
  readonly soortEisen: ReadonlyMap<string, readonly A.Eis[]>;
  /** Rules and functions in an order where each comes after what it uses. */
  readonly volgorde: readonly string[];
  readonly typen: ReadonlyMap<A.Expr, Type>;
  readonly bindingen: ReadonlyMap<A.Expr, Binding>;
  /** Each arithmetic operation resolved to its variant in the operator table, once (operatoren.ts). */
  readonly rekensommen: ReadonlyMap<A.Expr, Rekenvariant>;
  /** Each use of a built-in resolved to its variant in the built-in table, once (ingebouwd.ts). */
  readonly ingebouwden: ReadonlyMap<A.Expr, IngebouwdVariant>;
  readonly voorbeelden: readonly (A.Declaratie & { kind: 'Voorbeeld' })[];
  /** `voorbeelden peildatum D`: the file-wide peildatum of voorbeelden without their own, or null. */
  readonly voorbeeldenPeildatum: string | null;
  readonly eigenschappen: readonly (A.Declaratie & { kind: 'Eigenschap' })[];
  /** Range hints for generated input, by invoer name (`bereik` clause or `invoer bereik`). */
  readonly bereiken: ReadonlyMap<string, { readonly van: A.Expr; readonly tot: A.Expr }>;
  /** Every local name the checker bound, in the order it met them. */
  readonly lokaleNamen: readonly LokaleNaam[];
}

export interface Module {
  readonly naam: string;
  readonly bestand: A.Bestand;
}

interface Scope {
  readonly lokaal: ReadonlyMap<string, Type>;
  readonly nietLeeg: ReadonlySet<string>;
  /** 'regel:x' or 'functie:f' while checking a body; used for dependencies. */
  readonly eigenaar: string | null;
  readonly regelsZichtbaar: boolean;
}

const ORDENBAAR = new Set(['getal', 'bedrag', 'percentage', 'datum', 'duur']);
const NUMERIEK = new Set(['getal', 'bedrag', 'percentage']);
/** Types a monotonicity property may order: also ja/nee (nee < ja) and keuze (in declared order). */
const MONOTOON = new Set([...ORDENBAAR, 'ja/nee', 'keuze']);

export function controleer(bestand: A.Bestand, modules: readonly Module[] = []): { resultaat: Gecontroleerd; diagnosen: Diagnose[] } {
  return new Checker(bestand, modules).run();
}

class Checker {
  private readonly diagnosen: Diagnose[] = [];
  private readonly typen = new Map<A.Expr, Type>();
  private readonly bindingen = new Map<A.Expr, Binding>();
  private readonly rekensommen = new Map<A.Expr, Rekenvariant>();
  private readonly ingebouwden = new Map<A.Expr, IngebouwdVariant>();
  private readonly soortDecls = new Map<string, A.Declaratie & { kind: 'Soort' }>();
  private readonly soortTypen = new Map<string, Type>();
  private readonly soortBezig = new Set<string>();
  private readonly invoer = new Map<string, InvoerInfo>();
  private readonly uitvoer = new Map<string, UitvoerInfo>();
  private readonly parameters = new Map<string, ParameterInfo>();
  private readonly regelDecls = new Map<string, A.Declaratie & { kind: 'Regel' }>();
  private readonly regels = new Map<string, RegelInfo>();
  private readonly regelBezig = new Set<string>();
  private readonly functies = new Map<string, FunctieInfo>();
  private readonly afhankelijk = new Map<string, Set<string>>();
  private readonly gebruikt = new Set<string>();
  private readonly keuzeTypen: Type[] = [];
  /** By the node that binds the name, so checking an expression again (a fold's step) keeps one entry, the last. */
  private readonly lokaleNamen = new Map<A.Naamplek | A.VeldDef, LokaleNaam>();
  /** Checking a declaration of a stdlib module: its local names are not this file's. */
  private elders = false;

  constructor(private readonly bestand: A.Bestand, private readonly modules: readonly Module[]) {}

  private meld(code: Code, melding: string, plek: A.Plek, suggestie?: string): void {
    this.diagnosen.push(diagnose(code, melding, this.bestand.bestandsnaam, plek, suggestie));
  }

  run(): { resultaat: Gecontroleerd; diagnosen: Diagnose[] } {
    const b = this.bestand;
    if (!b.kop) this.meld('RW0003', 'het bestand begint niet met `regeling <Naam>`', b.declaraties[0]?.plek ?? { offset: 0, eind: 1, regel: 1, kolom: 1 });
    else if (!b.kop.bron) this.meld('RW0004', `regeling '${b.kop.naam}' heeft geen bron`, b.kop.plek);
    for (const d of [b.kop?.geldigVanaf, b.kop?.geldigTot]) {
      if (d && leesDatum(d) === null && b.kop) this.meld('RW2010', `'${d}' is geen bestaande datum`, b.kop.plek);
    }
    this.verzamel();
    for (const p of this.parameters.values()) {
      this.elders = p.module !== null;
      this.controleerParameter(p);
    }
    this.elders = false;
    for (const inv of this.invoer.values()) this.controleerEisen(inv.eisen, this.scope(new Map()));
    for (const [naam, s] of this.soortDecls) {
      const t = this.soortType(naam);
      const eigen = b.declaraties.includes(s);
      // a record's field names are in scope in its own declaration, where its eisen use them
      if (eigen && s.type.kind === 'GegevensType' && t.soort === 'gegevens') {
        for (const v of s.type.velden) this.bind(v, t.velden.find((w) => w.naam === v.naam)?.type ?? T.fout, s.plek);
      }
      if (s.eisen.length > 0 && t.soort === 'gegevens') {
        this.elders = !eigen;
        this.controleerEisen(s.eisen, this.scope(new Map(t.velden.map((v) => [v.naam, v.type]))));
        this.elders = false;
      }
    }
    for (const naam of this.regelDecls.keys()) this.regelType(naam);
    for (const f of this.functies.values()) this.controleerFunctie(f);
    for (const u of this.uitvoer.values()) {
      const r = this.regels.get(u.naam);
      if (!r) this.meld('RW1005', `uitvoer '${u.naam}' heeft geen regel die haar bepaalt`, u.decl.naamPlek, `schrijf 'regel ${u.naam} is ...'`);
    }
    const voorbeelden = b.declaraties.filter((d): d is A.Declaratie & { kind: 'Voorbeeld' } => d.kind === 'Voorbeeld');
    const eigenschappen = b.declaraties.filter((d): d is A.Declaratie & { kind: 'Eigenschap' } => d.kind === 'Eigenschap');
    const gebruiktDoorRegels = new Set(this.gebruikt);
    for (const v of voorbeelden) this.controleerVoorbeeld(v);
    const voorbeeldenPeildatum = this.controleerVoorbeeldenPeildatum(b);
    for (const e of eigenschappen) this.controleerEigenschap(e);
    // An input, rule or parameter named only in a property (`metPersoneel` that must not matter,
    // a helper rule that states an invariant) is there on purpose.
    for (const sleutel of this.gebruikt) if (/^(invoer|regel|parameter):/.test(sleutel)) gebruiktDoorRegels.add(sleutel);
    for (const e of eigenschappen) if (e.vorm.kind === 'Onafhankelijk' || e.vorm.kind === 'Monotoon') gebruiktDoorRegels.add(`invoer:${e.vorm.invoer.naam}`);
    const bereiken = this.controleerBereiken();
    const volgorde = this.ordenEnKringen();
    this.meldOngebruikt(gebruiktDoorRegels);
    return {
      resultaat: {
        bestand: b, naam: b.kop?.naam ?? '', bron: b.kop?.bron?.tekst ?? null,
        geldigVanaf: b.kop?.geldigVanaf ?? null, geldigTot: b.kop?.geldigTot ?? null,
        invoer: [...this.invoer.values()], uitvoer: [...this.uitvoer.values()], parameters: [...this.parameters.values()],
        regels: this.regels, functies: this.functies,
        soortEisen: new Map([...this.soortDecls].filter(([, s]) => s.eisen.length > 0).map(([n, s]) => [n, s.eisen])),
        volgorde, typen: this.typen, bindingen: this.bindingen, rekensommen: this.rekensommen, ingebouwden: this.ingebouwden, voorbeelden, voorbeeldenPeildatum, eigenschappen, bereiken,
        lokaleNamen: [...this.lokaleNamen.values()],
      },
      diagnosen: this.diagnosen.sort((x, y) => x.plek.offset - y.plek.offset),
    };
  }

  // ---- declarations ----

  private verzamel(): void {
    // Where each name was declared: this file, or a stdlib module it uses (then the line is in
    // the module's file, and a clash must say so, or 'regel 9' points at the wrong file).
    const namen = new Map<string, { plek: A.Plek; module: Module | null }>();
    const alGedeclareerd = (naam: string): string => {
      const eerder = namen.get(naam);
      if (!eerder?.module) return `'${naam}' is al gedeclareerd${eerder ? ` (regel ${eerder.plek.regel})` : ''}`;
      const m = eerder.module;
      const gebruik = this.bestand.declaraties.find((d) => d.kind === 'Gebruik' && d.naam === m.naam);
      return `'${naam}' is al gedeclareerd in stdlib-module '${m.naam}' (${m.bestand.bestandsnaam}, regel ${eerder.plek.regel})${gebruik ? `, die 'gebruik ${m.naam}' op regel ${gebruik.plek.regel} binnenhaalt` : ''}`;
    };
    const uitModule = (naam: string): string | undefined => {
      const m = namen.get(naam)?.module;
      return m ? `kies een andere naam; '${naam}' uit '${m.naam}' is in deze regeling al te gebruiken` : undefined;
    };
    const registreer = (naam: string, plek: A.Plek, soort: string): boolean => {
      if (namen.has(naam)) {
        this.meld('RW1002', alGedeclareerd(naam), plek, uitModule(naam) ?? `kies een andere naam voor deze ${soort}`);
        return false;
      }
      namen.set(naam, { plek, module: null });
      return true;
    };
    for (const m of this.modules) {
      for (const d of m.bestand.declaraties) {
        if (d.kind === 'Soort' && !this.soortDecls.has(d.naam)) this.soortDecls.set(d.naam, d);
      }
    }
    for (const d of this.bestand.declaraties) {
      if (d.kind === 'Soort' && registreer(d.naam, d.naamPlek, 'soort')) this.soortDecls.set(d.naam, d);
    }
    for (const d of this.bestand.declaraties) {
      if (d.kind === 'Gebruik' && !this.modules.some((m) => m.naam === d.naam)) {
        this.meld('RW1009', `er is geen stdlib-module '${d.naam}'`, d.plek, bedoelde(d.naam, ['minimumloon']));
      }
    }
    // Module parameters first, so the policy may not redeclare them silently.
    for (const m of this.modules) {
      for (const d of m.bestand.declaraties) {
        if (d.kind === 'Parameter' && !this.parameters.has(d.naam)) {
          namen.set(d.naam, { plek: d.naamPlek, module: m });
          this.parameters.set(d.naam, { naam: d.naam, type: this.typeVan(d.type), bron: d.bron?.tekst ?? null, rijen: d.rijen, module: m.naam, decl: d });
        }
      }
    }
    for (const d of this.bestand.declaraties) {
      switch (d.kind) {
        case 'Invoer':
          if (registreer(d.naam, d.naamPlek, 'invoer')) this.invoer.set(d.naam, { naam: d.naam, type: this.typeVan(d.type), bron: d.bron?.tekst ?? null, eisen: d.eisen, decl: d });
          break;
        case 'Parameter':
          if (registreer(d.naam, d.naamPlek, 'parameter')) this.parameters.set(d.naam, { naam: d.naam, type: this.typeVan(d.type), bron: d.bron?.tekst ?? null, rijen: d.rijen, module: null, decl: d });
          break;
        case 'Functie':
          if (registreer(d.naam, d.naamPlek, 'functie')) {
            this.functies.set(d.naam, { naam: d.naam, parameters: d.parameters.map((p) => ({ naam: p.naam, type: this.typeVan(p.type) })), type: this.typeVan(d.type), decl: d });
          }
          break;
        default:
          break;
      }
    }
    // Outputs and their rules share a name; an output may also share its name with an input
    // (for example `werknemers` in and out), in which case expressions mean the input.
    const uitvoerNamen = new Set<string>();
    for (const d of this.bestand.declaraties) {
      if (d.kind !== 'Uitvoer') continue;
      if (uitvoerNamen.has(d.naam) || (namen.has(d.naam) && !this.invoer.has(d.naam))) {
        this.meld('RW1002', uitvoerNamen.has(d.naam) ? `'${d.naam}' is al gedeclareerd` : alGedeclareerd(d.naam), d.naamPlek, uitModule(d.naam));
        continue;
      }
      uitvoerNamen.add(d.naam);
      this.uitvoer.set(d.naam, { naam: d.naam, type: this.typeVan(d.type), bron: d.bron?.tekst ?? null, decl: d });
    }
    for (const d of this.bestand.declaraties) {
      if (d.kind !== 'Regel') continue;
      if (this.regelDecls.has(d.naam) || (namen.has(d.naam) && !(this.invoer.has(d.naam) && uitvoerNamen.has(d.naam)))) {
        this.meld('RW1002', this.regelDecls.has(d.naam) ? `'${d.naam}' is al gedeclareerd` : alGedeclareerd(d.naam), d.naamPlek, uitModule(d.naam) ?? 'een regel heeft dezelfde naam als haar uitvoer, maar verder een eigen naam');
        continue;
      }
      this.regelDecls.set(d.naam, d);
    }
  }

  private typeVan(t: A.TypeExpr): Type {
    switch (t.kind) {
      case 'BasisType':
        return this.basisType(t);
      case 'KeuzeType': {
        const k: Type = { soort: 'keuze', waarden: t.waarden.map((w) => w.naam) };
        this.keuzeTypen.push(k);
        return k;
      }
      case 'GegevensType':
        return { soort: 'gegevens', velden: t.velden.map((v) => ({ naam: v.naam, type: this.typeVan(v.type) })) };
      case 'LijstType':
        return lijstVan(this.typeVan(t.element));
      case 'LeegbaarType':
        return leegbaar(this.typeVan(t.basis));
      case 'NaamType': {
        if (t.naam === '') return T.fout;
        if (!this.soortDecls.has(t.naam)) {
          this.meld('RW1003', `onbekend type '${t.naam}'`, t.plek, bedoelde(t.naam, [...this.soortDecls.keys(), 'getal', 'bedrag', 'datum', 'tekst', 'percentage', 'duur']));
          return T.fout;
        }
        this.gebruikt.add(`soort:${t.naam}`);
        return this.soortType(t.naam);
      }
      default:
        return A.onmogelijk(t);
    }
  }

  /** A basic type with its refinement: `geheel getal`, a range with literal bounds (RW2016). */
  private basisType(t: A.TypeExpr & { kind: 'BasisType' }): Type {
    if (!t.geheel && !t.min && !t.max) return { soort: t.naam } as Type;
    const soort = t.naam as 'getal' | 'bedrag' | 'percentage' | 'duur';
    const v: { geheel?: true; min?: Grens; max?: Grens } = {};
    if (t.geheel) v.geheel = true;
    for (const kant of ['min', 'max'] as const) {
      const g = t[kant];
      if (!g) continue;
      const grens = grensVan(g, soort);
      if (typeof grens === 'string') {
        this.meld('RW2016', `een grens van een bereik van ${soort} ${grens}`, g.waarde.plek, VOORBEELD_GRENS[soort]);
        return { soort };
      }
      v[kant] = grens;
    }
    if (v.min && v.max) {
      const c = soort === 'duur' ? vergelijkDuurVeilig(v.min, v.max) : G.vergelijk(G.vanDecimaleTekst(v.min.waarde)!, G.vanDecimaleTekst(v.max.waarde)!);
      if (c === null || c > 0 || (c === 0 && !(v.min.inclusief && v.max.inclusief))) {
        this.meld('RW2016', `het bereik van ${v.min.tekst} tot${v.max.inclusief ? ' en met' : ''} ${v.max.tekst} is leeg`, t.plek, 'zet de kleinste grens eerst');
        return { soort };
      }
    }
    return { soort, ...v };
  }

  /**
   * A constant (literal, list, record) against the refinements in its declared type: RW2015
   * for a value outside a range or not whole. Only literals are judged; names are checked elsewhere.
   */
  private controleerBereik(e: A.Expr, verwacht: Type, wat: string): void {
    const t = zonderLeeg(verwacht);
    if (t.soort === 'lijst' && e.kind === 'LijstLit') {
      for (const x of e.elementen) this.controleerBereik(x, t.element, wat);
      return;
    }
    if (t.soort === 'gegevens' && e.kind === 'GegevensLit') {
      for (const v of e.velden) {
        const vt = t.velden.find((x) => x.naam === v.naam);
        if (vt) this.controleerBereik(v.waarde, vt.type, `${wat}, veld '${v.naam}'`);
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
    if (reden) this.meld('RW2015', `${wat} ${reden}`, e.plek, t.soort === 'getal' && t.geheel && reden.includes('geheel') ? 'schrijf een geheel getal, of rond af met `afgerond op hele getallen`' : `het type is ${schrijfType(t)}`);
  }

  private soortType(naam: string): Type {
    const klaar = this.soortTypen.get(naam);
    if (klaar) return klaar;
    const d = this.soortDecls.get(naam);
    if (!d || this.soortBezig.has(naam)) return T.fout;
    this.soortBezig.add(naam);
    const t = this.typeVan(d.type);
    this.soortBezig.delete(naam);
    const benoemd: Type = t.soort === 'keuze' || t.soort === 'gegevens' ? { ...t, naam } : t;
    if (benoemd.soort === 'keuze') this.keuzeTypen.push(benoemd);
    this.soortTypen.set(naam, benoemd);
    return benoemd;
  }

  private controleerParameter(p: ParameterInfo): void {
    let vorige: string | null = null;
    for (const rij of p.rijen) {
      if (rij.vanaf !== null) {
        if (leesDatum(rij.vanaf) === null) this.meld('RW2010', `'${rij.vanaf}' is geen bestaande datum`, rij.plek);
        else if (vorige !== null && rij.vanaf <= vorige) this.meld('RW2009', `de rij vanaf ${rij.vanaf} van parameter '${p.naam}' staat na de rij vanaf ${vorige}`, rij.plek, 'zet de rijen op oplopende datum');
        vorige = rij.vanaf;
      }
      if (rij.tot !== null) {
        if (leesDatum(rij.tot) === null) this.meld('RW2010', `'${rij.tot}' is geen bestaande datum`, rij.plek);
        else if (rij.vanaf !== null && rij.tot < rij.vanaf) this.meld('RW2014', `de rij van parameter '${p.naam}' eindigt op ${rij.tot}, voor zij begint (${rij.vanaf})`, rij.plek, 'een rij loopt vanaf de eerste datum tot en met de tweede');
      }
      this.controleerConstante(rij.waarde, p.type, `parameter '${p.naam}'`);
    }
  }

  /** Parameter values and example values are constants: literals, lists, records, choices. */
  controleerConstante(e: A.Expr, verwacht: Type, wat: string, bereik = true): void {
    if (!isConstante(e)) {
      this.meld('RW2008', `de waarde van ${wat} moet een vaste waarde zijn, geen berekening`, e.plek);
      return;
    }
    const t = this.expr(e, this.scope(new Map(), false), verwacht);
    const naam = namenIn(e).find((n) => this.bindingen.get(n)?.soort !== 'keuzewaarde' && this.typen.get(n)?.soort !== 'fout');
    if (naam) {
      this.meld('RW2008', `de waarde van ${wat} moet een vaste waarde zijn; '${naam.kind === 'Naam' ? naam.naam : ''}' is een naam`, naam.plek);
      return;
    }
    this.eis(t, verwacht, e.plek, `de waarde van ${wat}`);
    if (bereik) this.controleerBereik(e, verwacht, `de waarde van ${wat}`);
  }

  private controleerEisen(eisen: readonly A.Eis[], scope: Scope): void {
    for (const e of eisen) this.voorwaarde(e.voorwaarde, { ...scope, regelsZichtbaar: false });
  }

  private controleerFunctie(f: FunctieInfo): void {
    f.decl.parameters.forEach((p, i) => this.bind(p, f.parameters[i]?.type ?? T.fout, f.decl.plek));
    const scope: Scope = { lokaal: new Map(f.parameters.map((p) => [p.naam, p.type])), nietLeeg: new Set(), eigenaar: `functie:${f.naam}`, regelsZichtbaar: true };
    const t = this.expr(f.decl.lichaam, scope, f.type);
    this.eis(t, f.type, f.decl.lichaam.plek, `functie '${f.naam}'`);
  }

  /** The type of a rule, checking it on first use. Cycles are reported by ordenEnKringen. */
  private regelType(naam: string): Type {
    const klaar = this.regels.get(naam);
    if (klaar) return klaar.type;
    const d = this.regelDecls.get(naam);
    if (!d || this.regelBezig.has(naam)) return T.fout;
    this.regelBezig.add(naam);
    const u = this.uitvoer.get(naam);
    const gedeclareerd = d.type ? this.typeVan(d.type) : null;
    // also the refinement must agree: the value is checked against one declared type
    if (u && gedeclareerd && !(past(gedeclareerd, u.type) && past(u.type, gedeclareerd) && schrijfType(gedeclareerd) === schrijfType(u.type))) {
      this.meld('RW1013', `regel '${naam}' heeft type ${schrijfType(gedeclareerd)}, maar uitvoer '${naam}' is ${schrijfType(u.type)}`, d.naamPlek);
    }
    const verwacht = u?.type ?? gedeclareerd;
    const scope: Scope = { lokaal: new Map(), nietLeeg: new Set(), eigenaar: `regel:${naam}`, regelsZichtbaar: true };
    let basisScope = scope;
    if (d.indien) {
      this.voorwaarde(d.indien, scope);
      basisScope = { ...scope, nietLeeg: feiten(d.indien, true, scope.nietLeeg) };
    }
    let t = this.expr(d.waarde, basisScope, verwacht ?? undefined);
    for (const uz of d.uitzonderingen) {
      this.voorwaarde(uz.voorwaarde, scope);
      const ut = this.expr(uz.waarde, { ...scope, nietLeeg: feiten(uz.voorwaarde, true, scope.nietLeeg) }, verwacht ?? t);
      if (!verwacht) {
        const s = samen(t, ut);
        if (s) t = s;
        else this.meld('RW2001', `uitzondering '${uz.label}' geeft ${schrijfType(ut)}, de regel ${schrijfType(t)}`, uz.waarde.plek);
      } else {
        this.eis(ut, verwacht, uz.waarde.plek, `uitzondering '${uz.label}' van regel '${naam}'`);
        if (isConstante(uz.waarde)) this.controleerBereik(uz.waarde, verwacht, `uitzondering '${uz.label}' van regel '${naam}'`);
      }
    }
    if (verwacht) {
      this.eis(t, verwacht, d.waarde.plek, `regel '${naam}'`);
      if (isConstante(d.waarde)) this.controleerBereik(d.waarde, verwacht, `regel '${naam}'`);
    } else t = zonderVerfijning(t);
    if (!verwacht && bevatNiets(t)) this.meld('RW2011', `het type van regel '${naam}' is niet af te leiden`, d.naamPlek, `schrijf 'regel ${naam}: <type> is ...'`);
    this.regelBezig.delete(naam);
    const info: RegelInfo = { naam, type: verwacht ?? t, decl: d, isUitvoer: !!u };
    this.regels.set(naam, info);
    return info.type;
  }

  /** The file-wide `voorbeelden peildatum`: one at most (RW1014), an existing date (RW2010). */
  private controleerVoorbeeldenPeildatum(b: A.Bestand): string | null {
    const ds = b.declaraties.filter((d): d is A.Declaratie & { kind: 'VoorbeeldenPeildatum' } => d.kind === 'VoorbeeldenPeildatum');
    const eerste = ds[0];
    if (!eerste) return null;
    for (const d of ds.slice(1)) {
      this.meld('RW1014', `'voorbeelden peildatum' staat er al (${eerste.peildatum}, regel ${eerste.plek.regel}); een bestand heeft één standaardpeildatum voor zijn voorbeelden`, d.plek,
        `verwijder een van beide, of geef een voorbeeld zijn eigen 'peildatum ${d.peildatum}'`);
    }
    for (const d of ds) if (leesDatum(d.peildatum) === null) this.meld('RW2010', `'${d.peildatum}' is geen bestaande datum`, d.plek);
    return leesDatum(eerste.peildatum) === null ? null : eerste.peildatum;
  }

  private controleerVoorbeeld(v: A.Declaratie & { kind: 'Voorbeeld' }): void {
    if (v.peildatum && leesDatum(v.peildatum) === null) this.meld('RW2010', `'${v.peildatum}' is geen bestaande datum`, v.plek);
    for (const p of v.parameters) {
      const info = this.parameters.get(p.naam);
      if (!info) this.meld('RW1001', `onbekende parameter '${p.naam}'`, p.plek, bedoelde(p.naam, this.parameters.keys()));
      else this.controleerConstante(p.waarde, info.type, `parameter '${p.naam}'`);
    }
    for (const g of v.gegeven) {
      const inv = this.invoer.get(g.naam);
      if (!inv) this.meld('RW1010', `'${g.naam}' is geen invoer`, g.plek, bedoelde(g.naam, this.invoer.keys()));
      // an example that expects an error may give input outside its range on purpose
      else this.controleerConstante(g.waarde, inv.type, `invoer '${g.naam}'`, v.verwachtFout === null);
    }
    const ontbreekt = [...this.invoer.keys()].filter((n) => !v.gegeven.some((g) => g.naam === n));
    if (ontbreekt.length > 0) this.meld('RW1012', `voorbeeld '${v.naam}' geeft geen waarde voor ${ontbreekt.map((n) => `'${n}'`).join(', ')}`, v.plek);
    for (const w of v.verwacht) {
      const r = this.uitvoer.get(w.naam) ?? (this.regels.has(w.naam) ? this.regels.get(w.naam) : undefined);
      if (!r) this.meld('RW1010', `'${w.naam}' is geen uitvoer of regel`, w.plek, bedoelde(w.naam, [...this.uitvoer.keys(), ...this.regels.keys()]));
      else this.controleerConstante(w.waarde, r.type, `'${w.naam}'`);
    }
  }

  private controleerEigenschap(e: A.Declaratie & { kind: 'Eigenschap' }): void {
    const scope = this.scope(new Map());
    if (e.indien) this.voorwaarde(e.indien, scope);
    const vorm = e.vorm;
    switch (vorm.kind) {
      case 'Bewering':
        this.voorwaarde(vorm.expressie, { ...scope, nietLeeg: e.indien ? feiten(e.indien, true, scope.nietLeeg) : scope.nietLeeg });
        break;
      case 'Onafhankelijk':
        for (const u of vorm.uitvoer) if (!this.uitvoer.has(u.naam)) this.meld('RW1001', `'${u.naam}' is geen uitvoer`, u.plek, bedoelde(u.naam, this.uitvoer.keys()));
        if (!this.invoer.has(vorm.invoer.naam)) this.meld('RW1001', `'${vorm.invoer.naam}' is geen invoer`, vorm.invoer.plek, bedoelde(vorm.invoer.naam, this.invoer.keys()));
        break;
      case 'Monotoon': {
        const u = this.uitvoer.get(vorm.uitvoer.naam);
        const i = this.invoer.get(vorm.invoer.naam);
        if (!u) this.meld('RW1001', `'${vorm.uitvoer.naam}' is geen uitvoer`, vorm.uitvoer.plek, bedoelde(vorm.uitvoer.naam, this.uitvoer.keys()));
        else if (!MONOTOON.has(zonderLeeg(u.type).soort)) this.meld('RW2004', `uitvoer '${u.naam}' (${schrijfType(u.type)}) heeft geen ordening`, vorm.uitvoer.plek);
        if (!i) this.meld('RW1001', `'${vorm.invoer.naam}' is geen invoer`, vorm.invoer.plek, bedoelde(vorm.invoer.naam, this.invoer.keys()));
        else if (!MONOTOON.has(zonderLeeg(i.type).soort)) this.meld('RW2004', `invoer '${i.naam}' (${schrijfType(i.type)}) heeft geen ordening`, vorm.invoer.plek);
        break;
      }
      default:
        A.onmogelijk(vorm);
    }
  }

  private controleerBereiken(): Map<string, { van: A.Expr; tot: A.Expr }> {
    const uit = new Map<string, { van: A.Expr; tot: A.Expr }>();
    const een = (naam: string, plek: A.Plek, van: A.Expr, tot: A.Expr): void => {
      const inv = this.invoer.get(naam);
      if (!inv) {
        this.meld('RW1001', `'${naam}' is geen invoer`, plek, bedoelde(naam, this.invoer.keys()));
        return;
      }
      const t = zonderLeeg(inv.type);
      if (!NUMERIEK.has(t.soort)) {
        this.meld('RW2001', `een bereik geldt voor getallen, bedragen en percentages, niet voor ${schrijfType(t)}`, plek);
        return;
      }
      // Plain numbers are fine in a range hint for amounts and percentages: `-10000 tot 200000`.
      const kaal = (e: A.Expr): boolean => e.kind === 'GetalLit' || (e.kind === 'Negatief' && kaal(e.arg));
      for (const grens of [van, tot]) this.controleerConstante(grens, kaal(grens) ? T.getal : t, `het bereik van '${naam}'`);
      uit.set(naam, { van, tot });
    };
    for (const d of this.bestand.declaraties) {
      if (d.kind === 'Bereik') een(d.naam, d.naamPlek, d.van, d.tot);
      else if (d.kind === 'Invoer' && d.bereik) een(d.naam, d.naamPlek, d.bereik.van, d.bereik.tot);
    }
    return uit;
  }

  /** Topological order of rules and functions; reports each cycle once. */
  private ordenEnKringen(): string[] {
    const volgorde: string[] = [];
    const status = new Map<string, 'bezig' | 'klaar'>();
    const gemeld = new Set<string>();
    const bezoek = (knoop: string, pad: string[]): void => {
      const s = status.get(knoop);
      if (s === 'klaar') return;
      if (s === 'bezig') {
        const kring = [...pad.slice(pad.indexOf(knoop)), knoop];
        const sleutel = [...new Set(kring)].sort().join(',');
        if (!gemeld.has(sleutel)) {
          gemeld.add(sleutel);
          const [soort, naam] = knoop.split(':') as [string, string];
          const d = soort === 'regel' ? this.regelDecls.get(naam) : this.functies.get(naam)?.decl;
          this.meld('RW1008', `kringdefinitie: ${kring.map((k) => k.split(':')[1]).join(' → ')}`, d?.naamPlek ?? { offset: 0, eind: 1, regel: 1, kolom: 1 });
        }
        return;
      }
      status.set(knoop, 'bezig');
      for (const dep of this.afhankelijk.get(knoop) ?? []) bezoek(dep, [...pad, knoop]);
      status.set(knoop, 'klaar');
      volgorde.push(knoop);
    };
    for (const naam of this.functies.keys()) bezoek(`functie:${naam}`, []);
    for (const naam of this.regelDecls.keys()) bezoek(`regel:${naam}`, []);
    return volgorde;
  }

  private meldOngebruikt(gebruikt: ReadonlySet<string>): void {
    for (const i of this.invoer.values()) {
      if (!gebruikt.has(`invoer:${i.naam}`)) this.meld('RW3001', `invoer '${i.naam}' wordt door geen regel gebruikt`, i.decl.naamPlek);
    }
    for (const p of this.parameters.values()) {
      if (p.module === null && !gebruikt.has(`parameter:${p.naam}`)) this.meld('RW3002', `parameter '${p.naam}' wordt door geen regel gebruikt`, p.decl.naamPlek);
    }
    for (const r of this.regelDecls.values()) {
      if (!this.uitvoer.has(r.naam) && !gebruikt.has(`regel:${r.naam}`)) this.meld('RW3003', `regel '${r.naam}' is geen uitvoer en wordt door geen regel gebruikt`, r.naamPlek);
    }
    for (const f of this.functies.values()) {
      if (!gebruikt.has(`functie:${f.naam}`)) this.meld('RW3004', `functie '${f.naam}' wordt niet gebruikt`, f.decl.naamPlek);
    }
    for (const [naam, s] of this.soortDecls) {
      if (this.bestand.declaraties.includes(s) && !gebruikt.has(`soort:${naam}`)) this.meld('RW3004', `soort '${naam}' wordt niet gebruikt`, s.naamPlek);
    }
  }

  // ---- expressions ----

  private scope(lokaal: Map<string, Type>, regelsZichtbaar = true): Scope {
    return { lokaal, nietLeeg: new Set(), eigenaar: null, regelsZichtbaar };
  }

  private gebruik(scope: Scope, sleutel: string): void {
    this.gebruikt.add(sleutel);
    if (scope.eigenaar && (sleutel.startsWith('regel:') || sleutel.startsWith('functie:'))) {
      let s = this.afhankelijk.get(scope.eigenaar);
      if (!s) this.afhankelijk.set(scope.eigenaar, (s = new Set()));
      s.add(sleutel);
    }
  }

  private eis(t: Type, verwacht: Type, plek: A.Plek, wat: string): void {
    if (past(t, verwacht)) return;
    if (t.soort === 'leegbaar' || t.soort === 'leeg') {
      if (past(zonderLeeg(t), verwacht) || t.soort === 'leeg') {
        this.meld('RW2002', `${wat} kan leeg zijn, maar het type ${schrijfType(verwacht)} staat leeg niet toe`, plek, `behandel het lege geval met 'als ... is leeg dan ... anders ...', of schrijf '${schrijfType(verwacht)} of leeg'`);
        return;
      }
    }
    this.meld('RW2001', `${wat} moet ${schrijfType(verwacht)} zijn, maar is ${schrijfType(t)}`, plek);
  }

  private voorwaarde(e: A.Expr, scope: Scope): void {
    const t = this.expr(e, scope, T.janee);
    if (t.soort !== 'ja/nee' && t.soort !== 'fout') {
      if (t.soort === 'leegbaar' && t.type.soort === 'ja/nee') this.meld('RW2002', 'deze voorwaarde kan leeg zijn', e.plek);
      else this.meld('RW2005', `een voorwaarde moet ja/nee zijn, maar dit is ${schrijfType(t)}`, e.plek, 'schrijf een vergelijking, bijvoorbeeld `x is groter dan 0`');
    }
  }

  /** A value that must not be leeg: reports RW2002 and returns the type without `of leeg`. */
  private nietLeeg(t: Type, plek: A.Plek, wat: string): Type {
    if (t.soort === 'leegbaar' || t.soort === 'leeg') {
      this.meld('RW2002', `${wat} kan leeg zijn`, plek, 'behandel het lege geval eerst: `als x is leeg dan ... anders ...`');
      return t.soort === 'leeg' ? T.fout : t.type;
    }
    return t;
  }

  expr(e: A.Expr, scope: Scope, hint?: Type): Type {
    const t = this.exprType(e, scope, hint);
    this.typen.set(e, t);
    return t;
  }

  /**
   * A number in the text within the bound on exact values (runtime/getal.ts MAX_BITS), also in
   * cents (the compiler scales amounts by 100); otherwise RW2017 and false. Without this the
   * interpreter would stop with a calculation error and the compiler with a crash.
   */
  private grootte(tekst: string, plek: A.Plek): boolean {
    try {
      const g = G.vanDecimaleTekst(tekst);
      if (!g) throw new G.GetalTeGroot(); // more than 10000 decimals: beyond the reader's range too
      G.maal(g, G.HONDERD);
      return true;
    } catch (x) {
      if (!(x instanceof G.GetalTeGroot)) throw x;
      this.meld('RW2017', `het getal ${tekst.length > 20 ? `${tekst.slice(0, 10)}…${tekst.slice(-5)} (${tekst.length} tekens)` : tekst} heeft meer dan 12.000 cijfers; zo groot rekent een regeling niet`, plek);
      return false;
    }
  }

  private exprType(e: A.Expr, scope: Scope, hint?: Type): Type {
    switch (e.kind) {
      case 'GetalLit': this.grootte(e.tekst, e.plek); return T.getal;
      case 'BedragLit': this.grootte(e.tekst, e.plek); return T.bedrag;
      case 'PercentageLit': this.grootte(e.tekst, e.plek); return T.percentage;
      case 'DatumLit':
        if (leesDatum(e.tekst) === null) this.meld('RW2010', `'${e.tekst}' is geen bestaande datum`, e.plek);
        return T.datum;
      case 'TekstLit': return T.tekst;
      case 'JaNeeLit': return T.janee;
      case 'LeegLit': return T.leeg;
      case 'Peildatum': return T.datum;
      case 'Naam': return this.naam(e, scope, hint);
      case 'Aanroep': {
        const f = this.functies.get(e.naam);
        if (!f) {
          for (const a of e.argumenten) this.expr(a, scope);
          this.meld('RW1007', `onbekende functie '${e.naam}'`, e.naamPlek, bedoelde(e.naam, this.functies.keys()));
          return T.fout;
        }
        this.gebruik(scope, `functie:${f.naam}`);
        if (e.argumenten.length !== f.parameters.length) {
          this.meld('RW1006', `functie '${f.naam}' heeft ${f.parameters.length} argument(en), maar krijgt er ${e.argumenten.length}`, e.plek);
        }
        e.argumenten.forEach((a, i) => {
          const p = f.parameters[i];
          const at = this.expr(a, scope, p?.type);
          if (p) this.eis(at, p.type, a.plek, `argument '${p.naam}' van '${f.naam}'`);
        });
        return f.type;
      }
      case 'Tupel':
        for (const l of e.leden) this.expr(l, scope);
        this.meld('RW2006', 'een opsomming `(a, b)` mag alleen na `minimum van`, `maximum van` of `is een van` staan', e.plek);
        return T.fout;
      case 'LijstLit': {
        const elHint = hint && zonderLeeg(hint).soort === 'lijst' ? (zonderLeeg(hint) as { element: Type }).element : undefined;
        let el: Type = T.niets;
        for (const x of e.elementen) {
          const xt = this.expr(x, scope, elHint ?? (el.soort === 'niets' ? undefined : el));
          const s: Type | null = el.soort === 'niets' ? xt : samen(el, xt);
          if (!s) this.meld('RW2001', `lijstelementen van verschillend type: ${schrijfType(el)} en ${schrijfType(xt)}`, x.plek);
          else el = s;
        }
        return lijstVan(elHint && past(el, elHint) ? elHint : el);
      }
      case 'GegevensLit': {
        const h = hint ? zonderLeeg(hint) : undefined;
        const doel = h?.soort === 'gegevens' ? h : undefined;
        const velden = e.velden.map((v) => {
          const vd = doel?.velden.find((x) => x.naam === v.naam);
          if (doel && !vd) this.meld('RW1004', `${schrijfType(doel)} heeft geen veld '${v.naam}'`, v.plek, bedoelde(v.naam, doel.velden.map((x) => x.naam)));
          const vt = this.expr(v.waarde, scope, vd?.type);
          if (vd) this.eis(vt, vd.type, v.waarde.plek, `veld '${v.naam}'`);
          return { naam: v.naam, type: vd?.type ?? vt };
        });
        if (doel) {
          for (const vd of doel.velden) if (!e.velden.some((v) => v.naam === vd.naam)) this.meld('RW2001', `veld '${vd.naam}' ontbreekt`, e.plek);
          return doel;
        }
        return { soort: 'gegevens', velden };
      }
      case 'Veld': {
        const ot = this.nietLeeg(this.expr(e.object, scope), e.object.plek, 'deze waarde');
        const veld = (g: Type): Type => {
          if (g.soort === 'fout') return T.fout;
          if (g.soort !== 'gegevens') {
            this.meld('RW2001', `${schrijfType(g)} heeft geen velden`, e.veldPlek);
            return T.fout;
          }
          const v = g.velden.find((x) => x.naam === e.veld);
          if (!v) {
            this.meld('RW1004', `${schrijfType(g)} heeft geen veld '${e.veld}'`, e.veldPlek, bedoelde(e.veld, g.velden.map((x) => x.naam)));
            return T.fout;
          }
          return v.type;
        };
        return ot.soort === 'lijst' ? lijstVan(veld(ot.element)) : veld(ot);
      }
      case 'Index': {
        const lt = this.lijst(this.expr(e.lijst, scope), e.lijst.plek);
        const it = this.nietLeeg(this.expr(e.index, scope, T.getal), e.index.plek, 'de positie');
        if (it.soort !== 'getal' && it.soort !== 'fout') this.meld('RW2001', `een positie in een lijst is een getal, geen ${schrijfType(it)}`, e.index.plek);
        return lt;
      }
      case 'DuurExpr': {
        const at = this.nietLeeg(this.expr(e.aantal, scope, T.getal), e.aantal.plek, 'het aantal');
        if (at.soort !== 'getal' && at.soort !== 'fout') this.meld('RW2013', `een duur telt een getal ${e.eenheid}, geen ${schrijfType(at)}`, e.aantal.plek);
        if (e.aantal.kind === 'GetalLit' && e.aantal.tekst.includes(',')) this.meld('RW2013', `een duur is een geheel aantal ${e.eenheid}`, e.plek);
        else if (e.aantal.kind === 'GetalLit') {
          // A constant too large for a duration is an error here, as a fraction is: the compiled
          // module computes it when it loads, the interpreter only when the rule is evaluated.
          try {
            duurVan(e.eenheid, BigInt(e.aantal.tekst));
          } catch (x) {
            if (!(x instanceof RangeError)) throw x;
            this.meld('RW2013', `${e.aantal.tekst} ${e.eenheid}: ${x.message}`, e.plek);
          }
        }
        return T.duur;
      }
      case 'Negatief': {
        const t = this.nietLeeg(this.expr(e.arg, scope, hint), e.arg.plek, 'deze waarde');
        if (!NUMERIEK.has(t.soort) && t.soort !== 'duur' && t.soort !== 'fout') this.meld('RW2003', `${schrijfType(t)} kan niet negatief gemaakt worden`, e.plek);
        return kaal(t);
      }
      case 'Niet':
        this.voorwaarde(e.arg, scope);
        return T.janee;
      case 'Rekensom': return this.rekensom(e, scope, hint);
      case 'Logisch': {
        // Down the chain in a loop (`a en b en c ...` is as deep as it is long). What is known
        // when the chain so far is true (and when false) grows step by step, as feiten() of
        // the whole left part would give it.
        const { eerste, schakels } = ketting(e);
        this.voorwaarde(eerste, scope);
        let waar = feiten(eerste, true, GEEN), onwaar = feiten(eerste, false, GEEN);
        for (const s of schakels) {
          const en = s.op === 'en';
          this.voorwaarde(s.rechts, { ...scope, nietLeeg: new Set([...scope.nietLeeg, ...(en ? waar : onwaar)]) });
          if (en) [waar, onwaar] = [new Set([...waar, ...feiten(s.rechts, true, GEEN)]), GEEN];
          else [waar, onwaar] = [GEEN, new Set([...onwaar, ...feiten(s.rechts, false, GEEN)])];
          if (s !== e) this.typen.set(s, T.janee);
        }
        return T.janee;
      }
      case 'Vergelijking': {
        const lt = this.expr(e.links, scope);
        const rt = this.expr(e.rechts, scope, zonderLeeg(lt));
        if (e.op === '=' || e.op === '!=') {
          if (!samen(lt, rt)) this.meld('RW2004', `${schrijfType(lt)} en ${schrijfType(rt)} zijn niet te vergelijken`, e.plek);
          return T.janee;
        }
        const l = this.nietLeeg(lt, e.links.plek, 'de linkerkant');
        const r = this.nietLeeg(rt, e.rechts.plek, 'de rechterkant');
        if (l.soort === 'fout' || r.soort === 'fout') return T.janee;
        if (!ORDENBAAR.has(l.soort) || l.soort !== r.soort) {
          this.meld('RW2004', `${schrijfType(l)} en ${schrijfType(r)} zijn niet op grootte te vergelijken`, e.plek);
        }
        return T.janee;
      }
      case 'EenVan': {
        const wt = this.expr(e.waarde, scope);
        for (const o of e.opties) {
          const ot = this.expr(o, scope, zonderLeeg(wt));
          if (!samen(wt, ot)) this.meld('RW2004', `${schrijfType(wt)} en ${schrijfType(ot)} zijn niet te vergelijken`, o.plek);
        }
        return T.janee;
      }
      case 'IsLeeg':
        this.expr(e.arg, scope);
        return T.janee;
      case 'Als': {
        this.voorwaarde(e.voorwaarde, scope);
        const dt = this.expr(e.dan, { ...scope, nietLeeg: feiten(e.voorwaarde, true, scope.nietLeeg) }, hint);
        const at = this.expr(e.anders, { ...scope, nietLeeg: feiten(e.voorwaarde, false, scope.nietLeeg) }, hint ?? (dt.soort === 'leeg' ? undefined : dt));
        const s = samen(dt, at);
        if (!s) {
          this.meld('RW2001', `'dan' geeft ${schrijfType(dt)}, maar 'anders' geeft ${schrijfType(at)}`, e.anders.plek);
          return T.fout;
        }
        return s;
      }
      case 'Afronding': {
        const t = this.nietLeeg(this.expr(e.arg, scope, hint), e.arg.plek, 'de waarde');
        if (!NUMERIEK.has(t.soort) && t.soort !== 'fout') this.meld('RW2007', `alleen getallen, bedragen en percentages worden afgerond, geen ${schrijfType(t)}`, e.plek);
        this.ingebouwd(e, afrondingVariant(t.soort));
        return kaal(t);
      }
      case 'LijstOp': {
        const t = this.lijstOp(e, scope, hint);
        // `som` by the unit of its result, the others by the element's; the sum of an empty list
        // literal takes the hint's type, and is a getal where that is no amount or percentage
        const leeg = e.op === 'som' && t.soort !== 'bedrag' && t.soort !== 'percentage' && bevatNiets(this.typen.get(e.arg) ?? T.fout);
        this.ingebouwd(e, lijstOpVariant(e.op, leeg ? 'getal' : t.soort));
        return t;
      }
      case 'Ingebouwd': return this.ingebouwdeBewerking(e, scope, hint);
      case 'Kwantor': {
        const el = this.lijst(this.expr(e.lijst, scope), e.lijst.plek);
        this.bind(e.variabele, el, e.plek);
        this.voorwaarde(e.voorwaarde, this.met(scope, e.variabele.naam, el));
        return T.janee;
      }
      case 'Elke': {
        const el = this.lijst(this.expr(e.lijst, scope), e.lijst.plek);
        this.bind(e.variabele, el, e.plek);
        const binnen = this.met(scope, e.variabele.naam, el);
        let nietLeeg = binnen.nietLeeg;
        if (e.filter) {
          this.voorwaarde(e.filter, binnen);
          nietLeeg = feiten(e.filter, true, binnen.nietLeeg);
        }
        if (!e.afbeelding) return lijstVan(el);
        const h = hint && zonderLeeg(hint).soort === 'lijst' ? (zonderLeeg(hint) as { element: Type }).element : undefined;
        return lijstVan(this.expr(e.afbeelding, { ...binnen, nietLeeg }, h));
      }
      case 'Vouw': {
        const el = this.lijst(this.expr(e.lijst, scope), e.lijst.plek);
        this.bind(e.variabele, el, e.plek);
        const acc = this.vouwType(e, this.met(scope, e.variabele.naam, el), this.expr(e.begin, scope, hint), hint);
        this.bind(e.accumulator, acc, e.plek);
        return acc;
      }
      case 'Tabel': return this.tabel(e, scope, hint);
      case 'Fout': return T.fout;
      default: return A.onmogelijk(e);
    }
  }

  // ---- decision tables ----

  /**
   * A decision table as a rule's value: the header (RW1015), the rows' lengths (RW1016), every
   * cell against its column and the outputs against the rule's type (RW2018), `leeg` and `-` where
   * they mean something (RW2019), the bron column (RW1017). Returns the rule's type.
   */
  private tabel(e: A.Expr & { kind: 'Tabel' }, scope: Scope, verwacht: Type | undefined): Type {
    const regel = scope.eigenaar?.startsWith('regel:') ? scope.eigenaar.slice('regel:'.length) : '';
    const uk = e.uitvoerKop;
    if (e.kolommen.length === 0) {
      this.meld('RW1015', 'een beslistabel heeft ten minste één invoerkolom vóór de uitvoerkolom', uk.plek, `schrijf de kop als '| invoer | ${regel} |'`);
    }
    if (uk.expr.kind !== 'Naam' || uk.expr.naam !== regel) {
      this.meld('RW1015', `de uitvoerkolom van de tabel heet '${uk.tekst}', maar moet de naam van de regel zijn: '${regel}'`, uk.plek,
        `schrijf '${regel}' boven de uitvoerkolom (de laatste kolom, of die voor 'bron')`);
    }
    const kolomTypen = e.kolommen.map((k) => {
      if (k.expr.kind === 'Fout' && k.tekst === 'bron') {
        this.meld('RW1015', "de kolom 'bron' moet de laatste kolom van de tabel zijn", k.plek, "zet 'bron' helemaal rechts, na de uitvoerkolom");
        return T.fout;
      }
      if (k.expr.kind === 'Fout') {
        this.meld('RW1015', `de kop '${k.tekst}' is geen naam of expressie`, k.plek, "schrijf boven een invoerkolom een naam, zoals 'leeftijd', of een veld, zoals 'w.leeftijd'");
        return T.fout;
      }
      return this.expr(k.expr, scope);
    });
    const kolommen = e.kolommen.length + 1 + (e.heeftBron ? 1 : 0);
    let t: Type | null = null;
    for (const rij of e.rijen) {
      if (rij.aantalCellen !== kolommen) {
        this.meld('RW1016', `rij ${rij.nummer} van de tabel heeft ${rij.aantalCellen} cel${rij.aantalCellen === 1 ? '' : 'len'}, maar de kop heeft er ${kolommen}`, rij.plek,
          "geef elke rij evenveel cellen als de kop, elke cel tussen '|'; schrijf '-' in een cel die voor die rij niet uitmaakt");
        continue;
      }
      const voor = this.diagnosen.length;
      rij.toetsen.forEach((c, j) => this.tabelCel(c, e.kolommen[j]!, kolomTypen[j]!, rij.nummer, scope));
      if (this.diagnosen.length === voor) {
        // Only for the types of the desugared condition (the engines read them); what it would
        // report about the cells was said above, in the table's words.
        this.voorwaarde(rij.voorwaarde, scope);
        const nieuw = this.diagnosen.splice(voor);
        this.diagnosen.push(...nieuw.filter((d) => !this.diagnosen.some((x) => x.code === d.code && x.plek.offset === d.plek.offset)));
      }
      const ut = this.tabelUitvoer(rij, regel, scope, verwacht);
      if (!verwacht && ut) {
        const s: Type | null = t === null ? ut : samen(t, ut);
        if (!s) this.meld('RW2018', `rij ${rij.nummer} geeft ${schrijfType(ut)}, eerdere rijen ${schrijfType(t!)}`, rij.uitvoerCel.plek, `geef in elke rij een waarde van hetzelfde type, of schrijf 'regel ${regel}: <type> is tabel ...'`);
        else t = s;
      }
      if (rij.bronOngeldig) {
        this.meld('RW1017', `de bron van rij ${rij.nummer} is geen tekst`, rij.bronOngeldig, 'schrijf de bron tussen aanhalingstekens, of \'-\' als de rij geen eigen bron heeft');
      }
    }
    return verwacht ?? t ?? T.fout;
  }

  private tabelCel(c: A.TabelRij['toetsen'][number], kolom: A.TabelKolom, kt: Type, rij: number, scope: Scope): void {
    const wat = `de cel '${c.tekst}' in rij ${rij}`;
    const toets = c.toets;
    const kaalKt = zonderLeeg(kt);
    const gelijkTest = (w: A.Expr): void => {
      const vt = this.expr(w, scope, kaalKt);
      if (vt.soort === 'leeg') {
        this.meld('RW2019', `${wat} vergelijkt met leeg`, c.plek, "schrijf 'leeg' of 'niet leeg' als hele cel");
      } else if (kt.soort !== 'fout' && vt.soort !== 'fout' && !samen(kt, vt)) {
        this.meld('RW2018', `${wat} is ${schrijfType(vt)}, maar kolom '${kolom.tekst}' is ${schrijfType(kt)}`, w.plek, `schrijf een waarde van het type ${schrijfType(kaalKt)}, of '-' voor elke waarde`);
      }
    };
    const ordeTest = (w: A.Expr): void => {
      const vt = this.expr(w, scope, kaalKt);
      if (kt.soort === 'fout' || vt.soort === 'fout') return;
      if (kt.soort === 'leegbaar' || kt.soort === 'leeg') {
        this.meld('RW2019', `kolom '${kolom.tekst}' kan leeg zijn; ${wat} zegt niet wat dan geldt`, c.plek,
          `zet 'indien ${kolom.tekst} is niet leeg' bij de regel, of maak de kolom met de eis '${kolom.tekst} is niet leeg' nooit leeg`);
        return;
      }
      if (!ORDENBAAR.has(kaalKt.soort)) {
        this.meld('RW2018', `${wat} vergelijkt op grootte, maar kolom '${kolom.tekst}' is ${schrijfType(kt)}`, c.plek, 'vergelijk een ja/nee, tekst of keuze met een waarde, of met \'een van ...\'');
      } else if (zonderLeeg(vt).soort !== kaalKt.soort) {
        this.meld('RW2018', `${wat} is ${schrijfType(vt)}, maar kolom '${kolom.tekst}' is ${schrijfType(kt)}`, w.plek, `schrijf een waarde van het type ${schrijfType(kaalKt)}`);
      }
    };
    switch (toets.soort) {
      case 'elk': return;
      case 'leeg':
        if (kt.soort !== 'leegbaar' && kt.soort !== 'leeg' && kt.soort !== 'fout') {
          this.meld('RW2019', `${wat} toetst op leeg, maar kolom '${kolom.tekst}' (${schrijfType(kt)}) is nooit leeg`, c.plek, toets.negatief ? "schrijf '-': niet leeg geldt altijd" : 'deze rij kan zo nooit gelden; verwijder de rij of de toets');
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
        this.meld('RW1015', `${wat}: ${toets.reden}`, c.plek);
        return;
      default: A.onmogelijk(toets);
    }
  }

  /** The type of a row's output cell, checked against the rule's type; null when it has none. */
  private tabelUitvoer(rij: A.TabelRij, regel: string, scope: Scope, verwacht: Type | undefined): Type | null {
    const cel = rij.uitvoerCel;
    if (rij.uitvoer.kind === 'Fout') {
      if (cel.tekst === '-') this.meld('RW2019', `de uitvoercel van rij ${rij.nummer} is '-'; een uitvoercel is een waarde`, cel.plek, "schrijf 'leeg' als de rij geen uitkomst geeft");
      else this.meld('RW2018', `de uitvoercel '${cel.tekst}' van rij ${rij.nummer} is geen waarde`, cel.plek, 'een toets (ten minste, een van, ...) hoort in een invoerkolom; de uitvoerkolom geeft een waarde');
      return null;
    }
    const ut = this.expr(rij.uitvoer, scope, verwacht);
    if (!verwacht) return ut;
    if ((ut.soort === 'leeg' || ut.soort === 'leegbaar') && verwacht.soort !== 'leegbaar' && verwacht.soort !== 'fout') {
      this.meld('RW2019', `rij ${rij.nummer} geeft leeg, maar regel '${regel}' is ${schrijfType(verwacht)} zonder 'of leeg'`, cel.plek, `schrijf 'regel ${regel}: ${schrijfType(verwacht)} of leeg is tabel ...'`);
    } else if (!past(ut, verwacht)) {
      this.meld('RW2018', `de uitvoer van rij ${rij.nummer} is ${schrijfType(ut)}, maar regel '${regel}' is ${schrijfType(verwacht)}`, cel.plek);
    } else if (isConstante(rij.uitvoer)) this.controleerBereik(rij.uitvoer, verwacht, `rij ${rij.nummer} van regel '${regel}'`);
    return ut;
  }

  /**
   * The type of a fold: its start, widened by what the step gives (`[]` then `acc + [x]`), at most
   * three times; `binnen` has the fold's variable.
   */
  private vouwType(e: A.Expr & { kind: 'Vouw' }, binnen: Scope, begin: Type, hint?: Type): Type {
    let acc = begin;
    for (let poging = 0; poging < 3; poging++) {
      const st = this.expr(e.stap, this.met(binnen, e.accumulator.naam, acc), acc.soort === 'niets' || bevatNiets(acc) ? hint : acc);
      if (past(st, acc)) return acc;
      const s = samen(acc, st);
      if (!s) {
        this.meld('RW2001', `de stap van 'vouw' geeft ${schrijfType(st)}, maar begint bij ${schrijfType(acc)}`, e.stap.plek);
        return T.fout;
      }
      acc = s;
    }
    return acc;
  }

  /** Records a local name for the result (lokaleNamen); `met` puts it in the scope. */
  private bind(naam: A.Naamplek | A.VeldDef, t: Type, binder: A.Plek): void {
    if (!this.elders) this.lokaleNamen.set(naam, { naam: naam.naam, type: t, plek: naam.plek, binder });
  }

  private met(scope: Scope, naam: string, t: Type): Scope {
    const lokaal = new Map(scope.lokaal);
    lokaal.set(naam, t);
    const nietLeeg = new Set(scope.nietLeeg);
    nietLeeg.delete(naam);
    return { ...scope, lokaal, nietLeeg };
  }

  /** The element type of a list-typed expression. */
  private lijst(t: Type, plek: A.Plek): Type {
    const l = this.nietLeeg(t, plek, 'de lijst');
    if (l.soort === 'lijst') return l.element;
    if (l.soort !== 'fout') this.meld('RW2012', `dit is ${schrijfType(l)}, geen lijst`, plek);
    return T.fout;
  }

  private naam(e: A.Expr & { kind: 'Naam' }, scope: Scope, hint?: Type): Type {
    const n = e.naam;
    const verfijn = (t: Type): Type => (scope.nietLeeg.has(n) ? zonderLeeg(t) : t);
    const lokaal = scope.lokaal.get(n);
    if (lokaal) {
      this.bindingen.set(e, { soort: 'lokaal', naam: n });
      return verfijn(lokaal);
    }
    const inv = this.invoer.get(n);
    if (inv) {
      this.bindingen.set(e, { soort: 'invoer', naam: n });
      this.gebruik(scope, `invoer:${n}`);
      return verfijn(inv.type);
    }
    if (scope.regelsZichtbaar && this.regelDecls.has(n)) {
      this.bindingen.set(e, { soort: 'regel', naam: n });
      this.gebruik(scope, `regel:${n}`);
      return verfijn(this.regelType(n));
    }
    const p = this.parameters.get(n);
    if (p) {
      this.bindingen.set(e, { soort: 'parameter', naam: n });
      this.gebruik(scope, `parameter:${n}`);
      return p.type;
    }
    const h = hint ? zonderLeeg(hint) : undefined;
    const keuze = h?.soort === 'keuze' && h.waarden.includes(n) ? h : this.keuzeTypen.find((k) => k.soort === 'keuze' && k.waarden.includes(n));
    if (keuze) {
      this.bindingen.set(e, { soort: 'keuzewaarde', waarde: n });
      return keuze;
    }
    if (h?.soort === 'keuze') {
      // A named keuze is written by its name: list the values; an anonymous one lists them already.
      this.meld('RW1011', `'${n}' is geen waarde van ${schrijfType(h)}${h.naam ? ` (${h.waarden.join(', ')})` : ''}`, e.plek, bedoelde(n, h.waarden));
      return T.fout;
    }
    const kandidaten = [...scope.lokaal.keys(), ...this.invoer.keys(), ...(scope.regelsZichtbaar ? this.regelDecls.keys() : []), ...this.parameters.keys()];
    let suggestie = bedoelde(n, kandidaten);
    if (!suggestie && n.includes('-')) suggestie = `bedoelde u '${n.split('-').join(' - ')}'? Zet spaties rond een minteken.`;
    if (!scope.regelsZichtbaar && this.regelDecls.has(n)) suggestie = 'een eis op invoer kan geen regels gebruiken, alleen invoer en parameters';
    this.meld('RW1001', `onbekende naam '${n}'`, e.plek, suggestie);
    return T.fout;
  }

  private rekensom(e: A.Expr & { kind: 'Rekensom' }, scope: Scope, hint?: Type): Type {
    // Down the chain in a loop (`a + b + c ...` is as deep as it is long); each node's type is
    // recorded as expr() would. The hint reaches the first operand through `+` and `-` only.
    const { eerste, schakels } = ketting(e);
    const doorgeven = schakels.every((s) => s.op === '+' || s.op === '-');
    let lt0 = this.expr(eerste, scope, doorgeven ? hint : undefined);
    for (const s of schakels) {
      lt0 = this.rekenstap(s, lt0, this.expr(s.rechts, scope, lt0.soort === 'lijst' ? lt0 : undefined));
      if (s !== e) this.typen.set(s, lt0);
    }
    return lt0;
  }

  /** The type of one arithmetic node from its operands' types. */
  private rekenstap(e: A.Expr & { kind: 'Rekensom' }, lt0: Type, rt0: Type): Type {
    const l = this.nietLeeg(lt0, e.links.plek, 'de linkerkant');
    const r = this.nietLeeg(rt0, e.rechts.plek, 'de rechterkant');
    // a node checked again (with another hint) keeps only the variant of its last check
    this.rekensommen.delete(e);
    if (l.soort === 'fout' || r.soort === 'fout') return T.fout;
    const res = rekenregel(e.op, l, r);
    if (!res) {
      this.meld('RW2003', `'${e.op}' is niet gedefinieerd voor ${schrijfType(l)} en ${schrijfType(r)}`, e.plek, rekenTip(e.op, l, r));
      return T.fout;
    }
    this.rekensommen.set(e, res.variant);
    return res.type;
  }

  /** Records the variant of a built-in use; a node checked again keeps only that of its last check. */
  private ingebouwd(e: A.Expr, variant: IngebouwdVariant | null): void {
    if (variant === null) this.ingebouwden.delete(e);
    else this.ingebouwden.set(e, variant);
  }

  /** A built-in with positional arguments, typed from its row: the first argument gets the hint, the rest the first's type. */
  private ingebouwdeBewerking(e: A.Expr & { kind: 'Ingebouwd' }, scope: Scope, hint?: Type): Type {
    const typen: Type[] = [];
    for (const a of e.argumenten) {
      const eerste = typen[0];
      typen.push(this.nietLeeg(this.expr(a, scope, eerste === undefined ? hint : eerste.soort === 'fout' ? undefined : kaal(eerste)), a.plek, 'de waarde'));
    }
    this.ingebouwd(e, null);
    if (typen.some((t) => t.soort === 'fout')) return T.fout;
    const res = ingebouwdeRegel(e.naam, typen);
    if (!res) {
      const regel = Object.values(INGEBOUWDE_REGEL).find((r) => r.vorm === 'Ingebouwd' && r.naam === e.naam);
      this.meld('RW2003', `'${regel?.frase ?? e.naam}' is niet gedefinieerd voor ${typen.map(schrijfType).join(' en ')}`, e.plek, regel?.tip);
      return T.fout;
    }
    this.ingebouwd(e, res.variant);
    return res.type;
  }

  private lijstOp(e: A.Expr & { kind: 'LijstOp' }, scope: Scope, hint?: Type): Type {
    if ((e.op === 'minimum' || e.op === 'maximum') && e.arg.kind === 'Tupel') {
      let t: Type = T.niets;
      for (const l of e.arg.leden) {
        const lt = this.nietLeeg(this.expr(l, scope, t.soort === 'niets' ? hint : t), l.plek, `een argument van ${e.op}`);
        if (lt.soort === 'fout') continue;
        if (!ORDENBAAR.has(lt.soort)) this.meld('RW2004', `${schrijfType(lt)} heeft geen ${e.op}`, l.plek);
        else if (t.soort !== 'niets' && lt.soort !== t.soort) this.meld('RW2004', `${schrijfType(t)} en ${schrijfType(lt)} zijn niet te vergelijken`, l.plek);
        else t = lt;
      }
      this.typen.set(e.arg, { soort: 'tupel', leden: [] });
      return t.soort === 'niets' ? T.fout : t;
    }
    const el = this.lijst(this.expr(e.arg, scope, hint && e.op !== 'aantal' ? lijstVan(hint) : undefined), e.arg.plek);
    switch (e.op) {
      case 'aantal': return T.getal;
      case 'eerste': case 'laatste': return el;
      case 'som':
        if (el.soort === 'niets') return hint ?? T.getal;
        if (!NUMERIEK.has(el.soort) && el.soort !== 'fout') this.meld('RW2003', `een som van ${schrijfType(el)} bestaat niet`, e.plek);
        return kaal(el);
      case 'minimum': case 'maximum':
        if (!ORDENBAAR.has(el.soort) && el.soort !== 'fout') this.meld('RW2004', `${schrijfType(el)} heeft geen ${e.op}`, e.plek);
        return el;
      default: return A.onmogelijk(e.op);
    }
  }
}

/** The type without refinements anywhere (an inferred rule type states no facts). */
function zonderVerfijning(t: Type): Type {
  switch (t.soort) {
    case 'lijst': return lijstVan(zonderVerfijning(t.element));
    case 'leegbaar': return leegbaar(zonderVerfijning(t.type));
    case 'gegevens': return t.naam ? t : { ...t, velden: t.velden.map((v) => ({ naam: v.naam, type: zonderVerfijning(v.type) })) };
    default: return kaal(t);
  }
}

const VOORBEELD_GRENS: Record<string, string> = {
  getal: 'schrijf een getal, bijvoorbeeld `getal van 0 tot en met 100`',
  bedrag: 'schrijf een bedrag, bijvoorbeeld `bedrag ten minste € 0`',
  percentage: 'schrijf een percentage, bijvoorbeeld `percentage van 0% tot en met 100%`',
  duur: 'schrijf een duur, bijvoorbeeld `duur ten minste 0 dagen`',
};

/** The exact number of a (possibly negative) number, amount or percentage literal. */
function getalVanLiteraal(e: A.Expr): G.Getal | null {
  if (e.kind === 'Negatief') {
    const g = getalVanLiteraal(e.arg);
    return g ? G.negatief(g) : null;
  }
  if (e.kind !== 'GetalLit' && e.kind !== 'BedragLit' && e.kind !== 'PercentageLit') return null;
  try {
    return G.vanDecimaleTekst(e.tekst);
  } catch (x) {
    if (x instanceof G.GetalTeGroot) return null; // RW2017 where the literal is typed
    throw x;
  }
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

function bevatNiets(t: Type): boolean {
  return t.soort === 'niets' || (t.soort === 'lijst' && bevatNiets(t.element)) || (t.soort === 'leegbaar' && bevatNiets(t.type));
}

/** Names known to be non-empty when `e` evaluates to `waar` (flow typing for `of leeg`). */
export function feiten(e: A.Expr, waar: boolean, basis: ReadonlySet<string>): ReadonlySet<string> {
  const uit = new Set(basis);
  // a loop, not recursion: `a en b en c ...` may be thousands of terms long
  const stapel: [A.Expr, boolean][] = [[e, waar]];
  while (stapel.length > 0) {
    const [x, w] = stapel.pop()!;
    switch (x.kind) {
      case 'IsLeeg':
        if (x.arg.kind === 'Naam' && w === x.negatief) uit.add(x.arg.naam);
        break;
      case 'Niet':
        stapel.push([x.arg, !w]);
        break;
      case 'Logisch':
        if ((x.op === 'en' && w) || (x.op === 'of' && !w)) stapel.push([x.rechts, w], [x.links, w]);
        break;
      default:
        break;
    }
  }
  return uit;
}

const GEEN: ReadonlySet<string> = new Set();

export function isConstante(e: A.Expr): boolean {
  switch (e.kind) {
    case 'GetalLit': case 'BedragLit': case 'PercentageLit': case 'DatumLit': case 'TekstLit': case 'JaNeeLit': case 'LeegLit': case 'Naam': case 'Fout':
      return true;
    case 'Negatief': return isConstante(e.arg) && e.arg.kind !== 'Naam';
    case 'DuurExpr': return e.aantal.kind === 'GetalLit';
    case 'LijstLit': return e.elementen.every(isConstante);
    case 'GegevensLit': return e.velden.every((v) => isConstante(v.waarde));
    default: return false;
  }
}

function namenIn(e: A.Expr): A.Expr[] {
  switch (e.kind) {
    case 'Naam': return [e];
    case 'Negatief': return namenIn(e.arg);
    case 'LijstLit': return e.elementen.flatMap(namenIn);
    case 'GegevensLit': return e.velden.flatMap((v) => namenIn(v.waarde));
    default: return [];
  }
}
