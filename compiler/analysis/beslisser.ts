// Exact reasoning over the decidable part of conditions, for the static analysis: a ja/nee
// expression becomes a disjunction of conjunctions of atoms over choices, ja/nee inputs and
// numeric or date bounds against constants. A comparison of expressions that are linear in one
// input (`b * 0,5 is ten minste € 10`, through rules that are plain definitions) becomes a bound
// on that input. Anything else is an "open" atom: it may be true or false, so a conjunction with
// one is never declared unsatisfiable. A rule that cannot be inlined is a free variable: it may
// take more values than it really can, so "unsatisfiable" stays a proof, but "satisfiable" with
// one is only a hint (status 'onbekend'), never a proof that such an input exists.
import type * as A from '../../language/ast.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { alleExpressies, ketting } from '../../language/walk.js';
import { constanteOp } from '../interpreter/interpreter.js';
import type { Waarde } from '../interpreter/waarde.js';
import * as G from '../../runtime/getal.js';
import { RegelwerkFout } from '../../runtime/fouten.js';
import { schrijfDatum } from '../../runtime/datum.js';
import type { Type } from '../../runtime/typen.js';

type Op = '<' | '<=' | '>' | '>=' | '=' | '!=';

export type Atoom =
  | { readonly kind: 'janee'; readonly var: string; readonly waarde: boolean }
  | { readonly kind: 'keuze'; readonly var: string; readonly waarden: ReadonlySet<string> }
  /** c is exact: amounts in euros, percentages in percent, dates as day numbers. */
  | { readonly kind: 'getal'; readonly var: string; readonly op: Op; readonly c: G.Getal }
  | { readonly kind: 'open' };

export type Conjunctie = readonly Atoom[];
/** a·var + b; var null for a constant. */
type Lineair = { readonly var: string | null; readonly a: G.Getal; readonly b: G.Getal };
/** A disjunction of conjunctions. [] is onwaar, [[]] is waar. */
export type Dnf = readonly Conjunctie[];

export const WAAR: Dnf = [[]];
export const ONWAAR: Dnf = [];
const OPEN: Dnf = [[{ kind: 'open' }]];
/** Beyond this many conjunctions the formula is treated as open: exactness is not worth a blow-up. */
const MAX_CONJUNCTIES = 256;
/** Beyond this depth an arithmetic expression is not made linear (open): no deep recursion. */
const MAX_NIVEAU = 200;

/** How a variable's values are spaced: dense (getal, percentage), whole cents, whole days. */
type Domein =
  | { readonly soort: 'janee' }
  | { readonly soort: 'keuze'; readonly waarden: readonly string[] }
  | { readonly soort: 'getal'; readonly schaal: 'dicht' | 'centen' | 'dagen' | 'geheel' };

/**
 * The values a variable can take. An input amount is whole cents (the JSON encoding allows no
 * more); a rule's amount is any exact value (€ 217,60 / 21,75), so it is dense like a getal.
 */
function domeinVan(t: Type, isInvoer: boolean): Domein | null {
  switch (t.soort) {
    case 'ja/nee': return { soort: 'janee' };
    case 'keuze': return { soort: 'keuze', waarden: t.waarden };
    // `geheel getal` holds whole numbers: validated on input, checked on a rule's declared value
    case 'getal': return { soort: 'getal', schaal: t.geheel ? 'geheel' : 'dicht' };
    case 'percentage': return { soort: 'getal', schaal: 'dicht' };
    case 'bedrag': return { soort: 'getal', schaal: isInvoer ? 'centen' : 'dicht' };
    case 'datum': return { soort: 'getal', schaal: 'dagen' };
    default: return null;
  }
}

/** The variable for "input x is leeg" of an input of type `... of leeg`. */
export const leegVar = (naam: string): string => `${naam} is leeg`;

export type Uitkomst =
  | { readonly status: 'onvervulbaar' }
  /** `model` gives JSON input values for the variables the conjunction constrains. */
  | { readonly status: 'vervulbaar' | 'onbekend'; readonly modellen: readonly Record<string, unknown>[] };

function voldoet(x: G.Getal, op: Op, c: G.Getal): boolean {
  const v = G.vergelijk(x, c);
  switch (op) {
    case '<': return v < 0;
    case '<=': return v <= 0;
    case '>': return v > 0;
    case '>=': return v >= 0;
    case '=': return v === 0;
    case '!=': return v !== 0;
  }
}

const NEGATIE: Record<Op, Op> = { '<': '>=', '<=': '>', '>': '<=', '>=': '<', '=': '!=', '!=': '=' };
const OMGEKEERD: Record<Op, Op> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '=': '=', '!=': '!=' };

export class Beslisser {
  readonly domeinen = new Map<string, Domein>();
  private readonly regelVars = new Set<string>();
  /** Formulas and constants by expression: a rule used in many conditions is worked out once. */
  private readonly formules = new Map<A.Expr, [Dnf | undefined, Dnf | undefined]>();
  private readonly constanten = new Map<A.Expr, Waarde | null>();
  private readonly lineaire = new Map<A.Expr, Lineair | null>();

  constructor(private readonly g: Gecontroleerd, private readonly peildatum: string) {
    for (const i of g.invoer) {
      const d = i.type.soort === 'leegbaar' ? { soort: 'janee' as const } : domeinVan(i.type, true);
      if (d) this.domeinen.set(i.type.soort === 'leegbaar' ? leegVar(i.naam) : i.naam, d);
    }
  }

  /**
   * The input constraints (`eis`) that are wholly decidable, as one formula, with the declared
   * ranges of numeric inputs (`geheel getal van 15 tot en met 120`): both engines validate them.
   */
  eisen(): Dnf {
    let uit = WAAR;
    for (const i of this.g.invoer) {
      const t = i.type;
      if ((t.soort === 'getal' || t.soort === 'bedrag' || t.soort === 'percentage') && this.domeinen.has(i.naam)) {
        const atomen: Atoom[] = [];
        if (t.min) atomen.push({ kind: 'getal', var: i.naam, op: t.min.inclusief ? '>=' : '>', c: G.vanDecimaleTekst(t.min.waarde)! });
        if (t.max) atomen.push({ kind: 'getal', var: i.naam, op: t.max.inclusief ? '<=' : '<', c: G.vanDecimaleTekst(t.max.waarde)! });
        if (atomen.length > 0) uit = en(uit, [atomen]);
      }
    }
    for (const i of this.g.invoer) {
      for (const e of i.eisen) {
        const d = this.dnf(e.voorwaarde);
        if (d.every((c) => this.exact(c))) uit = en(uit, d);
      }
    }
    return uit;
  }

  /** The condition `e` (or its negation) as a formula. */
  dnf(e: A.Expr, negatief = false, diepte = 0): Dnf {
    const paar = this.formules.get(e) ?? [undefined, undefined];
    const bekend = paar[negatief ? 1 : 0];
    if (bekend) return bekend;
    const f = this.bereken(e, negatief, diepte);
    paar[negatief ? 1 : 0] = f;
    this.formules.set(e, paar);
    return f;
  }

  private bereken(e: A.Expr, negatief: boolean, diepte: number): Dnf {
    switch (e.kind) {
      case 'JaNeeLit': return e.waarde !== negatief ? WAAR : ONWAAR;
      case 'Niet': return this.dnf(e.arg, !negatief, diepte);
      case 'Logisch': {
        // down the chain in a loop: `a en b en c ...` is as deep as it is long
        const { eerste, schakels } = ketting(e);
        let l = this.dnf(eerste, negatief, diepte);
        for (const x of schakels) {
          const r = this.dnf(x.rechts, negatief, diepte);
          l = (x.op === 'en') !== negatief ? en(l, r) : of(l, r);
        }
        return l;
      }
      case 'Als': {
        const c = this.dnf(e.voorwaarde, false, diepte);
        const nc = this.dnf(e.voorwaarde, true, diepte);
        return of(en(c, this.dnf(e.dan, negatief, diepte)), en(nc, this.dnf(e.anders, negatief, diepte)));
      }
      case 'Naam': return this.naam(e, negatief, diepte);
      case 'Vergelijking': return this.vergelijking(e, negatief);
      case 'EenVan': {
        const waarden = e.opties.map((o) => this.keuzewaarde(o));
        if (waarden.some((w) => w === null)) return OPEN;
        const t = this.g.typen.get(e.waarde);
        const binnen = new Set(waarden as string[]);
        const exact = t?.soort === 'keuze' ? this.keuzeExact(e.waarde, e.negatief !== negatief ? new Set(t.waarden.filter((w) => !binnen.has(w))) : binnen) : null;
        if (exact) return exact;
        const v = this.variabele(e.waarde);
        if (!v || this.domeinen.get(v)?.soort !== 'keuze') return OPEN;
        return [[this.keuzeAtoom(v, binnen, e.negatief !== negatief)]];
      }
      case 'IsLeeg': {
        if (e.arg.kind !== 'Naam' || this.g.bindingen.get(e.arg)?.kind !== 'invoer') return OPEN;
        const v = leegVar(e.arg.naam);
        return this.domeinen.has(v) ? [[{ kind: 'janee', var: v, waarde: e.negatief === negatief }]] : OPEN;
      }
      default: return OPEN;
    }
  }

  private naam(e: A.Expr & { kind: 'Naam' }, negatief: boolean, diepte: number): Dnf {
    const b = this.g.bindingen.get(e);
    // A rule that is one plain definition stands for its expression; one with exceptions or
    // an `indien` has its own default logic and is a variable of its own (below).
    const r = b?.kind === 'regel' ? this.g.regels.get(e.naam)?.decl : undefined;
    if (r && r.uitzonderingen.length === 0 && !r.indien && diepte < 8) return this.dnf(r.waarde, negatief, diepte + 1);
    const v = this.variabele(e);
    if (v && this.domeinen.get(v)?.soort === 'janee') return [[{ kind: 'janee', var: v, waarde: !negatief }]];
    const c = this.constante(e);
    return c?.kind === 'ja/nee' ? (c.v !== negatief ? WAAR : ONWAAR) : OPEN;
  }

  private vergelijking(e: A.Expr & { kind: 'Vergelijking' }, negatief: boolean): Dnf {
    const exact = this.lineaireVergelijking(e, negatief) ?? this.keuzeVergelijking(e, negatief);
    if (exact) return exact;
    let v = this.variabele(e.links);
    let ander = e.rechts;
    let op: Op = e.op;
    if (!v) {
      v = this.variabele(e.rechts);
      ander = e.links;
      op = OMGEKEERD[op];
    }
    const domein = v ? this.domeinen.get(v) : undefined;
    if (!v || !domein) return OPEN;
    if (negatief) op = NEGATIE[op];
    if (domein.soort === 'keuze') {
      const w = this.keuzewaarde(ander);
      if (w === null || (op !== '=' && op !== '!=')) return OPEN;
      return [[this.keuzeAtoom(v, new Set([w]), op === '!=')]];
    }
    const c = this.constante(ander);
    if (!c) return OPEN;
    if (domein.soort === 'janee') {
      if (c.kind !== 'ja/nee' || (op !== '=' && op !== '!=')) return OPEN;
      return [[{ kind: 'janee', var: v, waarde: c.v === (op === '=') }]];
    }
    const getal = c.kind === 'datum' ? G.getal(c.v) : c.kind === 'getal' || c.kind === 'bedrag' || c.kind === 'percentage' ? c.v : null;
    return getal === null ? OPEN : [[{ kind: 'getal', var: v, op, c: getal }]];
  }

  /**
   * A comparison of two numbers, amounts, percentages or dates, each a·x + b in one variable x:
   * a bound on x (`b * 0,5 > € 9,99` is `b > € 19,98`), or true or false when x drops out.
   * Null when a side is not linear or the sides read different variables.
   */
  private lineaireVergelijking(e: A.Expr & { kind: 'Vergelijking' }, negatief: boolean): Dnf | null {
    const l = this.lineair(e.links, 0);
    const r = this.lineair(e.rechts, 0);
    if (!l || !r || (l.var !== null && r.var !== null && l.var !== r.var)) return null;
    // l.a·x + l.b op r.a·x + r.b  is  a·x op c
    const a = G.min(l.a, r.a);
    const c = G.min(r.b, l.b);
    let op: Op = negatief ? NEGATIE[e.op] : e.op;
    const v = l.var ?? r.var;
    if (v === null || G.gelijk(a, G.NUL)) return voldoet(G.NUL, op, c) ? WAAR : ONWAAR;
    if (G.vergelijk(a, G.NUL) < 0) op = OMGEKEERD[op];
    return [[{ kind: 'getal', var: v, op, c: G.gedeeldDoor(c, a) }]];
  }

  /**
   * A number, amount, percentage or date as a·x + b in exact rationals, x an input or the free
   * variable of a rule that is not a plain definition (null for a constant), in the units of the
   * atoms (euros, percent, day numbers). Sums, differences, products and quotients with a
   * constant, and rules that are plain definitions (inlined, as in `naam`), stay linear; anything
   * else (a product of two inputs, a rounding, a table) is null: not linear. Worked out once per
   * expression, from the leaves up (a constant subtree is evaluated once, at its root).
   */
  private lineair(e: A.Expr, diepte: number, niveau = 0): Lineair | null {
    if (this.lineaire.has(e)) return this.lineaire.get(e)!;
    // deeper than any sum written by hand: open, rather than a deep recursion
    const l = niveau > MAX_NIVEAU ? null : this.berekenLineair(e, diepte, niveau);
    this.lineaire.set(e, l);
    return l;
  }

  private berekenLineair(e: A.Expr, diepte: number, niveau: number): Lineair | null {
    const soort = this.g.typen.get(e)?.soort;
    const getal = soort === 'getal' || soort === 'bedrag' || soort === 'percentage';
    if (e.kind === 'Naam') {
      const b = this.g.bindingen.get(e);
      const r = b?.kind === 'regel' ? this.g.regels.get(e.naam)?.decl : undefined;
      if (r && r.uitzonderingen.length === 0 && !r.indien && r.waarde.kind !== 'Tabel' && diepte < 8) return this.lineair(r.waarde, diepte + 1, niveau + 1);
      if (b?.kind === 'regel' || b?.kind === 'invoer') {
        const v = this.variabele(e);
        return v && this.domeinen.get(v)?.soort === 'getal' ? { var: v, a: G.EEN, b: G.NUL } : null;
      }
    }
    if (e.kind === 'Negatief' && getal) {
      const x = this.lineair(e.arg, diepte, niveau + 1);
      return x && { var: x.var, a: G.negatief(x.a), b: G.negatief(x.b) };
    }
    if (e.kind !== 'Rekensom' || !getal) {
      const c = this.constante(e);
      if (c?.kind === 'datum') return { var: null, a: G.NUL, b: G.getal(c.v) };
      return c?.kind === 'getal' || c?.kind === 'bedrag' || c?.kind === 'percentage' ? { var: null, a: G.NUL, b: c.v } : null;
    }
    const l = this.lineair(e.links, diepte, niveau + 1);
    const r = l && this.lineair(e.rechts, diepte, niveau + 1);
    if (!l || !r) return null;
    if (e.op === '+' || e.op === '-') {
      if (l.var !== null && r.var !== null && l.var !== r.var) return null;
      const t = e.op === '+' ? G.plus : G.min;
      return { var: l.var ?? r.var, a: t(l.a, r.a), b: t(l.b, r.b) };
    }
    if (e.op === '/') {
      if (r.var !== null || G.gelijk(r.b, G.NUL)) return null; // by zero: an error, not a value
      return { var: l.var, a: G.gedeeldDoor(l.a, r.b), b: G.gedeeldDoor(l.b, r.b) };
    }
    // `*` and `van`: one side constant; a percentage of an amount or number is divided by 100
    const [x, k] = l.var === null ? [r, l.b] : r.var === null ? [l, r.b] : [null, null];
    if (!x || !k) return null;
    const tl = this.g.typen.get(e.links)?.soort;
    const tr = this.g.typen.get(e.rechts)?.soort;
    const procent = e.op === 'van' || (tl === 'bedrag' && tr === 'percentage') || (tl === 'percentage' && tr === 'bedrag');
    const f = procent ? G.gedeeldDoor(k, G.HONDERD) : k;
    return { var: x.var, a: G.maal(x.a, f), b: G.maal(x.b, f) };
  }

  /** `x is w` or `x is niet w` for a choice x that `keuzeIn` makes exact; null otherwise. */
  private keuzeVergelijking(e: A.Expr & { kind: 'Vergelijking' }, negatief: boolean): Dnf | null {
    if (e.op !== '=' && e.op !== '!=') return null;
    const rechts = this.keuzewaarde(e.rechts);
    const [x, w] = rechts !== null ? [e.links, rechts] : [e.rechts, this.keuzewaarde(e.links)];
    const t = this.g.typen.get(x);
    if (w === null || t?.soort !== 'keuze') return null;
    return this.keuzeExact(x, new Set((e.op === '=') !== negatief ? [w] : t.waarden.filter((y) => y !== w)));
  }

  /**
   * `keuzeIn` when its formula is exact; null otherwise. With an open atom in it (`loonsom is ten
   * hoogste premieloon * 25`) the rule's free variable is the better choice: it still knows that
   * the rule has one value, so `grootte is klein en grootte is niet klein` stays impossible.
   */
  private keuzeExact(e: A.Expr, waarden: ReadonlySet<string>): Dnf | null {
    const d = this.keuzeIn(e, waarden, 0);
    return d && d.every((c) => this.exact(c)) ? d : null;
  }

  /**
   * "The choice `e` is one of `waarden`", exactly, where e is a choice value, a choice input, a
   * choice by `als ... dan ... anders`, or a rule that is a plain definition of one of these
   * (`regel grootte: keuze klein, groot is als n is kleiner dan 10 dan klein anders groot`).
   * Null for anything else: then the rule is a free variable, as before.
   */
  private keuzeIn(e: A.Expr, waarden: ReadonlySet<string>, diepte: number): Dnf | null {
    const w = this.keuzewaarde(e);
    if (w !== null) return waarden.has(w) ? WAAR : ONWAAR;
    if (diepte >= 8) return null;
    if (e.kind === 'Als') {
      const dan = this.keuzeIn(e.dan, waarden, diepte + 1);
      const anders = dan && this.keuzeIn(e.anders, waarden, diepte + 1);
      return anders && of(en(this.dnf(e.voorwaarde, false, diepte), dan), en(this.dnf(e.voorwaarde, true, diepte), anders));
    }
    if (e.kind !== 'Naam') return null;
    const b = this.g.bindingen.get(e);
    const r = b?.kind === 'regel' ? this.g.regels.get(e.naam)?.decl : undefined;
    if (r) return r.uitzonderingen.length === 0 && !r.indien && r.waarde.kind !== 'Tabel' ? this.keuzeIn(r.waarde, waarden, diepte + 1) : null;
    if (b?.kind !== 'invoer') return null;
    const v = this.variabele(e);
    return v && this.domeinen.get(v)?.soort === 'keuze' ? [[this.keuzeAtoom(v, waarden, false)]] : null;
  }

  private keuzeAtoom(v: string, waarden: ReadonlySet<string>, complement: boolean): Atoom {
    const d = this.domeinen.get(v);
    const alle = d?.soort === 'keuze' ? d.waarden : [];
    return { kind: 'keuze', var: v, waarden: complement ? new Set(alle.filter((w) => !waarden.has(w))) : waarden };
  }

  /**
   * The variable an expression stands for: an input, or a rule's value. A rule is a function of
   * the inputs; as a free variable it may take more values than it really can, which keeps every
   * "unsatisfiable" sound, while a model's value for it is only a hint for the search.
   */
  private variabele(e: A.Expr): string | null {
    if (e.kind !== 'Naam') return null;
    const b = this.g.bindingen.get(e);
    if (b?.kind === 'invoer') return this.domeinen.has(e.naam) ? e.naam : null;
    if (b?.kind !== 'regel') return null;
    if (!this.domeinen.has(e.naam)) {
      const t = this.g.regels.get(e.naam)?.type;
      const d = t ? domeinVan(t, false) : null;
      if (!d) return null;
      this.domeinen.set(e.naam, d);
      this.regelVars.add(e.naam);
    }
    return e.naam;
  }

  /** Is this variable a rule's value (not an input)? */
  isRegel(v: string): boolean {
    return this.regelVars.has(v);
  }

  private keuzewaarde(e: A.Expr): string | null {
    const b = this.g.bindingen.get(e);
    return b?.kind === 'keuzewaarde' ? b.waarde : null;
  }

  /** The value of an expression that reads no input, rule or peildatum; null otherwise. */
  constante(e: A.Expr): Waarde | null {
    if (this.constanten.has(e)) return this.constanten.get(e)!;
    const w = this.berekenConstante(e);
    this.constanten.set(e, w);
    return w;
  }

  /**
   * Constant on every evaluation date: literals, choice values and parameters with one value.
   * A parameter whose value changes with the peildatum or is read on a date (`P op D`), a function call (its body may read the
   * peildatum), a call of a used policy (its parameters are dated) or the peildatum itself is not,
   * so a proof never rests on one date's value.
   */
  private berekenConstante(e: A.Expr): Waarde | null {
    for (const x of alleExpressies(e)) {
      if (x.kind === 'Peildatum' || x.kind === 'OpDatum' || x.kind === 'Fout' || x.kind === 'Aanroep' || x.kind === 'RegelingAanroep') return null;
      if (x.kind !== 'Naam') continue;
      const b = this.g.bindingen.get(x);
      if (b?.kind === 'keuzewaarde') continue;
      if (b?.kind !== 'parameter' || (this.g.parameters.find((p) => p.naam === b.naam)?.rijen.length ?? 0) !== 1) return null;
    }
    try {
      return constanteOp(this.g, e, this.peildatum);
    } catch (x) {
      if (x instanceof RegelwerkFout) return null; // e.g. the one row starts after the peildatum
      throw x;
    }
  }

  /**
   * Does the conjunction say exactly what its condition says? Not with an open atom, nor with an
   * atom over a rule's free variable: the rule may never take the value its model needs.
   */
  exact(c: Conjunctie): boolean {
    return c.every((a) => a.kind !== 'open' && !this.regelVars.has(a.var));
  }

  /**
   * Is the formula satisfiable? 'onvervulbaar' is a proof; 'vervulbaar' only when a conjunction
   * is exact (then an input with the model's values meets it); otherwise 'onbekend'. With models
   * (JSON values of the constrained variables) if it may be.
   */
  vervulbaar(f: Dnf): Uitkomst {
    const vervuld: Record<string, unknown>[] = [];
    const onbekend: Record<string, unknown>[] = [];
    for (const c of f) {
      const model = this.model(c);
      if (model === null) continue;
      if (this.exact(c)) vervuld.push(model);
      else onbekend.push(...this.hints(c), model);
    }
    if (vervuld.length > 0) return { status: 'vervulbaar', modellen: [...vervuld, ...onbekend].slice(0, 8) };
    if (onbekend.length > 0) return { status: 'onbekend', modellen: onbekend.slice(0, 8) };
    return { status: 'onvervulbaar' };
  }

  /**
   * Models for the search where a conjunction bounds a rule's free variable: each of the rule's
   * definitions (its base value, each exception's value) that is linear in one input turns the
   * bound into one on that input (`m` is b * 0,5, or b * 0,25 by an exception: `m` between € 9,99
   * and € 10 gives b = € 19,99 and b = € 39,97). Hints only, never a proof: which definition
   * applies, and whether the rule is leeg, the interpreter says when the search tries them.
   */
  private hints(c: Conjunctie): Record<string, unknown>[] {
    const uit: Record<string, unknown>[] = [];
    const regels = new Set(c.flatMap((a) => (a.kind === 'getal' && this.regelVars.has(a.var) ? [a.var] : [])));
    for (const r of regels) {
      const decl = this.g.regels.get(r)?.decl;
      for (const definitie of decl ? [decl.waarde, ...decl.uitzonderingen.map((u) => u.waarde)] : []) {
        const l = definitie.kind === 'Tabel' ? null : this.lineair(definitie, 1);
        if (!l || l.var === null || G.gelijk(l.a, G.NUL) || this.regelVars.has(l.var)) continue;
        const x = l.var;
        // r op k with r = a·x + b is x op (k - b) / a, the other way round when a < 0
        const model = this.model(c.map((a): Atoom => (a.kind !== 'getal' || a.var !== r ? a
          : { kind: 'getal', var: x, op: G.vergelijk(l.a, G.NUL) < 0 ? OMGEKEERD[a.op] : a.op, c: G.gedeeldDoor(G.min(a.c, l.b), l.a) })));
        if (model) uit.push(model);
        if (uit.length >= 4) return uit;
      }
    }
    return uit;
  }

  /** Values for the variables of a conjunction's decidable atoms, or null if they contradict. */
  private model(c: Conjunctie): Record<string, unknown> | null {
    const perVar = new Map<string, Atoom[]>();
    for (const a of c) if (a.kind !== 'open') perVar.set(a.var, [...(perVar.get(a.var) ?? []), a]);
    const model: Record<string, unknown> = {};
    for (const [v, atomen] of perVar) {
      const d = this.domeinen.get(v)!;
      const w = d.soort === 'getal' ? getalWaarde(d.schaal, atomen) : keuzeWaarde(d, atomen);
      if (w === undefined) return null;
      model[v] = w;
    }
    return model;
  }
}

function keuzeWaarde(d: Domein & { soort: 'janee' | 'keuze' }, atomen: readonly Atoom[]): unknown {
  let mogelijk: readonly (string | boolean)[] = d.soort === 'janee' ? [false, true] : d.waarden;
  for (const a of atomen) {
    if (a.kind === 'janee') mogelijk = mogelijk.filter((x) => x === a.waarde);
    else if (a.kind === 'keuze') mogelijk = mogelijk.filter((x) => typeof x === 'string' && a.waarden.has(x));
  }
  return mogelijk.length > 0 ? mogelijk[0] : undefined;
}

const kleiner = (a: G.Getal, b: G.Getal): boolean => G.vergelijk(a, b) < 0;
const HALF = G.getal(1n, 2n);
const midden = (a: G.Getal, b: G.Getal): G.Getal => G.maal(G.plus(a, b), HALF);

/** A bound: the value and whether it is excluded itself (x > c); null is unbounded. */
type Grens = { readonly c: G.Getal; readonly open: boolean } | null;

/**
 * A value within the bounds, or undefined when there is none, in exact arithmetic. Input amounts
 * are whole cents and dates whole days, so `b > € 5 en b < € 5,01` has no value; getal,
 * percentage and a rule's amount are dense.
 */
function getalWaarde(schaal: 'dicht' | 'centen' | 'dagen' | 'geheel', atomen: readonly Atoom[]): unknown {
  const factor = G.getal(schaal === 'centen' ? 100n : 1n);
  let lo: Grens = null;
  let hi: Grens = null;
  const uit: G.Getal[] = [];
  for (const a of atomen) {
    if (a.kind !== 'getal') continue;
    const c = G.maal(a.c, factor);
    if (a.op === '!=') uit.push(c);
    if (a.op === '>' || a.op === '>=' || a.op === '=') {
      const open = a.op === '>';
      if (!lo || kleiner(lo.c, c) || (G.gelijk(lo.c, c) && open)) lo = { c, open };
    }
    if (a.op === '<' || a.op === '<=' || a.op === '=') {
      const open = a.op === '<';
      if (!hi || kleiner(c, hi.c) || (G.gelijk(hi.c, c) && open)) hi = { c, open };
    }
  }
  const w = schaal === 'dicht' ? dichtePunt(lo, hi, uit) : geheelPunt(lo, hi, uit);
  if (w === undefined) return undefined;
  if (schaal === 'centen') return G.naarJsNumber(G.gedeeldDoor(w, factor));
  if (schaal === 'dagen') return schrijfDatum(G.naarGeheel(w));
  return G.naarJsNumber(w);
}

const binnen = (x: G.Getal, lo: Grens, hi: Grens): boolean =>
  (!lo || kleiner(lo.c, x) || (!lo.open && G.gelijk(lo.c, x))) && (!hi || kleiner(x, hi.c) || (!hi.open && G.gelijk(hi.c, x)));

/** A point of a dense interval that is none of the excluded points `uit`. */
function dichtePunt(lo: Grens, hi: Grens, uit: readonly G.Getal[]): G.Getal | undefined {
  const vrij = (x: G.Getal): boolean => binnen(x, lo, hi) && !uit.some((u) => G.gelijk(u, x));
  const kandidaten = [lo?.c, hi?.c, lo && hi ? midden(lo.c, hi.c) : undefined, lo ? G.plus(lo.c, G.EEN) : undefined, hi ? G.min(hi.c, G.EEN) : undefined, G.NUL];
  const snel = kandidaten.find((k): k is G.Getal => k !== undefined && vrij(k));
  if (snel) return snel;
  // Every candidate excluded: between the bounds and the excluded points lie open stretches;
  // the middle of the first non-empty one is free (finitely many excluded points).
  const punten = [...uit].filter((u) => binnen(u, lo, hi)).sort((a, b) => G.vergelijk(a, b));
  const grenzen = [lo?.c, ...punten, hi?.c];
  for (let i = 0; i + 1 < grenzen.length; i++) {
    const [a, b] = [grenzen[i], grenzen[i + 1]];
    const k = a && b ? (kleiner(a, b) ? midden(a, b) : undefined) : a ? G.plus(a, G.EEN) : b ? G.min(b, G.EEN) : G.NUL;
    if (k && vrij(k)) return k;
  }
  return undefined;
}

/** A whole number within the bounds that is none of `uit` (amounts in cents, dates in days). */
function geheelPunt(lo: Grens, hi: Grens, uit: readonly G.Getal[]): G.Getal | undefined {
  // strict bounds become inclusive ones on the grid: x > 5 is x >= 6, x > 5,5 is x >= 6
  const gLo = lo ? G.afronden(lo.open && G.isGeheel(lo.c) ? G.plus(lo.c, G.EEN) : lo.c, 0, 'naar boven') : null;
  const gHi = hi ? G.afronden(hi.open && G.isGeheel(hi.c) ? G.min(hi.c, G.EEN) : hi.c, 0, 'naar beneden') : null;
  if (gLo && gHi && kleiner(gHi, gLo)) return undefined;
  const stap = gLo ? G.EEN : G.negatief(G.EEN);
  let k = gLo ?? gHi ?? G.NUL;
  for (let i = 0; i <= uit.length; i++) {
    if (!uit.some((u) => G.gelijk(u, k))) return !gHi || !kleiner(gHi, k) ? (!gLo || !kleiner(k, gLo) ? k : undefined) : undefined;
    k = G.plus(k, stap);
  }
  return undefined;
}

export function en(a: Dnf, b: Dnf): Dnf {
  if (a.length * b.length > MAX_CONJUNCTIES) return OPEN;
  const uit: Conjunctie[] = [];
  for (const x of a) for (const y of b) uit.push([...x, ...y]);
  return uit;
}

export function of(a: Dnf, b: Dnf): Dnf {
  return a.length + b.length > MAX_CONJUNCTIES ? OPEN : [...a, ...b];
}

/** The input variables the formula's decidable atoms mention. */
export function variabelen(f: Dnf): Set<string> {
  const uit = new Set<string>();
  for (const c of f) for (const a of c) if (a.kind !== 'open') uit.add(a.var);
  return uit;
}
