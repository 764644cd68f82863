// Expressions to SQL: each AST expression becomes its value and its error (waarde.ts), with the
// engines' evaluation order kept in the error: `als`, `en`, `of` and `is een van` evaluate lazily,
// so an error in a branch not taken is no error. Names of inputs, rules and parameters are read
// through `Namen` (the columns of earlier CTEs); functions are inlined; records are known field by
// field at compile time. Whatever is not translated exactly is refused (BuitenSql, an RW60xx).
import type * as A from '../../language/ast.js';
import type { Gecontroleerd } from '../../language/checker.js';
import type { Rekenvariant } from '../../language/operatoren.js';
import { ingebouwdVariant } from '../../language/ingebouwd.js';
import * as G from '../../runtime/getal.js';
import { leesDatum } from '../../runtime/datum.js';
import type { Type } from '../../runtime/typen.js';
import type { Dialect } from './dialect.js';
import { afronden, deling, gelijkGeschaald, numVorm, past, product, som } from './getallen.js';
import { type GetalSoort, type Omgeving, type S, type Vertaler, type Vorm, buiten, cijfersVan, eerst, mits, tekst } from './waarde.js';
import { schrijf } from './tekst.js';
import { lijstOp, lijstExpr, lijstPlus } from './lijsten.js';
import { datumRekensom, duurExpr, ingebouwdDatum, vergelijkDuur } from './datums.js';

/** Where the translator reads names from: the columns and constants of the query around it. */
export interface Namen {
  invoer(naam: string, plek: A.Plek): S;
  regel(naam: string, plek: A.Plek): S;
  parameter(naam: string, plek: A.Plek): S;
  /** `P op D`: the parameter's row on another date. */
  parameterOp(naam: string, datum: S, plek: A.Plek): S;
  readonly peildatum: S;
  /** `naam(...)` of a policy used with `gebruik regeling`: its outputs as a record. */
  regeling(e: A.Expr & { kind: 'RegelingAanroep' }, ex: (e: A.Expr) => S): S;
}

export type { Omgeving };

export class Expressies implements Vertaler {
  /** `regel`: the rule being translated (a calculation error names it), or null in an `eis`. */
  constructor(readonly g: Gecontroleerd, readonly d: Dialect, readonly namen: Namen, readonly regel: string | null) {
  }

  private lambdas = 0;

  nieuweNaam(): string {
    return `"§x${++this.lambdas}"`;
  }

  /** SQL text of a calculation error as the engines word it (with the rule it happened in). */
  rekenFout(melding: string): string {
    return tekst(this.regel === null ? melding : `in regel '${this.regel}': ${melding}`);
  }

  /** As rekenFout, with a part computed in SQL. */
  rekenFoutMet(voor: string, sql: string, na = ''): string {
    return `(${this.rekenFout(voor)} || ${sql}${na ? ` || ${tekst(na)}` : ''})`;
  }

  type(e: A.Expr): Type | undefined {
    return this.g.typen.get(e);
  }

  ex(e: A.Expr, env: Omgeving): S {
    switch (e.kind) {
      case 'GetalLit': case 'BedragLit': case 'PercentageLit': return this.getalLit(e.tekst, e.kind === 'GetalLit' ? 'getal' : e.kind === 'BedragLit' ? 'bedrag' : 'percentage');
      case 'DatumLit': {
        if (leesDatum(e.tekst) === null) buiten('RW6001', `'${e.tekst}' is geen datum`, e.plek);
        return { v: `DATE ${tekst(e.tekst)}`, f: null, vorm: { kind: 'datum' }, nietLeeg: true };
      }
      case 'TekstLit': return { v: tekst(e.waarde), f: null, vorm: { kind: 'tekst', keuze: false }, nietLeeg: true };
      case 'JaNeeLit': return { v: e.waarde ? 'TRUE' : 'FALSE', f: null, vorm: { kind: 'janee' }, nietLeeg: true };
      case 'LeegLit': return { v: 'NULL', f: null, vorm: { kind: 'leeg' } };
      case 'Peildatum': return this.namen.peildatum;
      case 'Naam': return this.naam(e, env);
      case 'Aanroep': {
        const f = this.g.functies.get(e.naam) ?? buiten('RW6001', `functie '${e.naam}'`, e.plek);
        let binnen = new Map<string, S>();
        // arguments in order; the body sees only its parameters (and inputs, rules, parameters)
        const args = e.argumenten.map((a) => this.ex(a, env));
        f.parameters.forEach((p, i) => binnen.set(p.naam, { ...args[i]!, f: null }));
        const lichaam = this.ex(f.decl.lichaam, binnen);
        binnen = new Map();
        return { ...lichaam, f: eerst(...args.map((a) => a.f), lichaam.f) };
      }
      case 'GegevensLit': {
        const velden = new Map<string, S>();
        for (const v of e.velden) velden.set(v.naam, this.ex(v.waarde, env));
        return { v: 'TRUE', f: eerst(...[...velden.values()].map((x) => x.f)), vorm: { kind: 'rec', velden } };
      }
      case 'Veld': {
        const o = this.ex(e.object, env);
        if (o.vorm.kind === 'lijst') return lijstExpr(this, e, env);
        if (o.vorm.kind !== 'rec') return buiten('RW6004', `het veld '${e.veld}' van een ${o.vorm.kind}`, e.plek);
        const w = o.vorm.velden.get(e.veld) ?? buiten('RW6001', `veld '${e.veld}'`, e.plek);
        // a record that is leeg as a whole has no fields: guard with its presence
        return { ...w, v: o.v === 'TRUE' ? w.v : `CASE WHEN ${o.v} THEN ${w.v} END`, f: eerst(o.f, w.f) };
      }
      case 'Negatief': {
        const w = this.ex(e.arg, env);
        if (w.vorm.kind !== 'num') return buiten('RW6002', 'een negatieve duur', e.plek);
        return { v: `(-${w.v})`, f: w.f, vorm: w.vorm, nietLeeg: w.nietLeeg === true };
      }
      case 'Niet': {
        const w = this.ex(e.arg, env);
        return { v: `(NOT ${w.v})`, f: w.f, vorm: { kind: 'janee' }, nietLeeg: true };
      }
      case 'Logisch': {
        const a = this.ex(e.links, env);
        const b = this.ex(e.rechts, env);
        // `b` is evaluated only when `a` does not decide: its error counts only then
        const voorwaarde = e.op === 'en' ? a.v : `NOT ${a.v}`;
        return { v: `(${a.v} ${e.op === 'en' ? 'AND' : 'OR'} ${b.v})`, f: eerst(a.f, mits(voorwaarde, b.f)), vorm: { kind: 'janee' }, nietLeeg: true };
      }
      case 'Rekensom': return this.rekensom(e, env);
      case 'Vergelijking': return this.vergelijking(e, env);
      case 'EenVan': {
        const w = this.ex(e.waarde, env);
        const opties = e.opties.map((o) => this.ex(o, env));
        const gelijk = opties.map((o) => this.gelijk(w, o, e.plek));
        // options one at a time, stopping at the first equal one
        const fouten: (string | null)[] = [w.f];
        opties.forEach((o, i) => fouten.push(i === 0 ? o.f : mits(`NOT (${gelijk.slice(0, i).join(' OR ')})`, o.f)));
        const v = `(${gelijk.join(' OR ')})`;
        return { v: e.negatief ? `(NOT ${v})` : v, f: eerst(...fouten), vorm: { kind: 'janee' }, nietLeeg: true };
      }
      case 'IsLeeg': {
        const w = this.ex(e.arg, env);
        return { v: `(${w.v} IS ${e.negatief ? 'NOT ' : ''}NULL)`, f: w.f, vorm: { kind: 'janee' }, nietLeeg: true };
      }
      case 'Als': {
        const c = this.ex(e.voorwaarde, env);
        const dan = this.ex(e.dan, env);
        const anders = this.ex(e.anders, env);
        const [x, y, vorm] = this.verenig(dan, anders, e.plek);
        return {
          v: `CASE WHEN ${c.v} THEN ${x} ELSE ${y} END`, f: eerst(c.f, mits(c.v, dan.f), mits(`NOT ${c.v}`, anders.f)), vorm,
          nietLeeg: dan.nietLeeg === true && anders.nietLeeg === true, ...this.dagenVan(c.v, dan, anders),
        };
      }
      case 'Afronding': return this.afronding(e, env);
      case 'LijstOp': return lijstOp(this, e, env);
      case 'Kwantor': case 'Elke': case 'Vouw': case 'LijstLit': case 'Index': return lijstExpr(this, e, env);
      case 'Ingebouwd': return this.ingebouwd(e, env);
      case 'OpDatum': {
        const b = e.arg.kind === 'Naam' ? this.g.bindingen.get(e.arg) : undefined;
        if (b?.kind !== 'parameter') return buiten('RW6001', "'op' zonder parameter", e.plek);
        const datum = this.ex(e.datum, env);
        const w = this.namen.parameterOp(b.naam, datum, e.plek);
        return { ...w, f: eerst(datum.f, w.f) };
      }
      case 'RegelingAanroep': return this.namen.regeling(e, (x) => this.ex(x, env));
      case 'DuurExpr': return this.duur(e, env);
      case 'Tupel': return buiten('RW6001', 'een opsomming buiten minimum/maximum', e.plek);
      case 'Tabel': return buiten('RW6001', 'een tabel buiten een regel', e.plek);
      case 'Fout': return buiten('RW6001', 'een onvolledige expressie', e.plek);
      default: {
        const _never: never = e;
        return _never;
      }
    }
  }

  getalLit(t: string, soort: GetalSoort): S {
    const g = G.vanDecimaleTekst(t) ?? buiten('RW6001', `getal ${t}`, null);
    const s = G.decimalen(g) ?? buiten('RW6001', `getal ${t}`, null);
    const n = G.maal(g, G.getal(10n ** BigInt(s))).t;
    return { v: this.d.getal(n), f: null, vorm: past(this.d, soort, s, Math.max(cijfersVan(n), s), null), nietLeeg: true };
  }

  private naam(e: A.Expr & { kind: 'Naam' }, env: Omgeving): S {
    const b = this.g.bindingen.get(e) ?? buiten('RW6001', `naam '${e.naam}'`, e.plek);
    switch (b.kind) {
      case 'lokaal': return env.get(b.naam) ?? buiten('RW6001', `lokale naam '${b.naam}'`, e.plek);
      case 'invoer': return this.namen.invoer(b.naam, e.plek);
      case 'regel': return this.namen.regel(b.naam, e.plek);
      case 'parameter': return this.namen.parameter(b.naam, e.plek);
      case 'keuzewaarde': return { v: tekst(b.waarde), f: null, vorm: { kind: 'tekst', keuze: true }, nietLeeg: true };
      default: {
        const _never: never = b;
        return _never;
      }
    }
  }

  /** Two values as one shape (the branches of `als`, the candidates of a rule): numbers at the larger scale. */
  verenig(a: S, b: S, plek: A.Plek | null): [string, string, Vorm] {
    if (a.vorm.kind === 'leeg') return [a.v, b.v, b.vorm];
    if (b.vorm.kind === 'leeg') return [a.v, b.v, a.vorm];
    if (a.vorm.kind === 'num' && b.vorm.kind === 'num') {
      const g = gelijkGeschaald(this.d, a, b, plek);
      return [g.a, g.b, past(this.d, a.vorm.soort, g.s, g.p, plek)];
    }
    if (a.vorm.kind === 'rec' || b.vorm.kind === 'rec') return buiten('RW6004', 'een keuze tussen twee records', plek);
    if (a.vorm.kind === 'lijst' || b.vorm.kind === 'lijst') {
      if (a.vorm.kind === 'lijst' && b.vorm.kind === 'lijst' && JSON.stringify(a.vorm) === JSON.stringify(b.vorm)) return [a.v, b.v, a.vorm];
      // a list of plain values at the larger scale (an empty list literal has the other's element type already)
      if (a.vorm.kind === 'lijst' && b.vorm.kind === 'lijst' && a.vorm.el.kind === 'leeg') return [a.v, b.v, b.vorm];
      if (a.vorm.kind === 'lijst' && b.vorm.kind === 'lijst' && b.vorm.el.kind === 'leeg') return [a.v, b.v, a.vorm];
      if (a.vorm.kind === 'lijst' && b.vorm.kind === 'lijst' && a.vorm.el.kind !== 'rec' && b.vorm.el.kind !== 'rec' && a.vorm.sjabloon === b.vorm.sjabloon) {
        if (a.vorm.el.kind === 'tekst' && b.vorm.el.kind === 'tekst') return [a.v, b.v, { ...a.vorm, el: { kind: 'tekst', keuze: a.vorm.el.keuze && b.vorm.el.keuze } }];
      }
      return buiten('RW6004', 'een keuze tussen twee lijsten van verschillende vorm', plek);
    }
    if (a.vorm.kind === 'tekst' && b.vorm.kind === 'tekst') return [a.v, b.v, { kind: 'tekst', keuze: a.vorm.keuze && b.vorm.keuze }];
    return [a.v, b.v, a.vorm];
  }

  /** The days of a duration chosen by `als` (the months are in `v`). */
  private dagenVan(c: string, a: S, b: S): { dagen?: string } {
    if (a.vorm.kind !== 'duur' && b.vorm.kind !== 'duur') return {};
    return { dagen: `CASE WHEN ${c} THEN ${a.dagen ?? 'NULL'} ELSE ${b.dagen ?? 'NULL'} END` };
  }

  /** Equality as the engines' `gelijk`: leeg equals only leeg; numbers by value. */
  gelijk(a: S, b: S, plek: A.Plek): string {
    if (a.vorm.kind === 'num' && b.vorm.kind === 'num') {
      const g = gelijkGeschaald(this.d, a, b, plek);
      return `(${g.a} IS NOT DISTINCT FROM ${g.b})`;
    }
    if (a.vorm.kind === 'duur' || b.vorm.kind === 'duur') {
      return `(${a.v} IS NOT DISTINCT FROM ${b.v} AND ${a.dagen ?? 'NULL'} IS NOT DISTINCT FROM ${b.dagen ?? 'NULL'})`;
    }
    if (a.vorm.kind === 'rec' || b.vorm.kind === 'rec' || a.vorm.kind === 'lijst' || b.vorm.kind === 'lijst') return buiten('RW6004', 'gelijkheid van records of lijsten', plek);
    return `(${a.v} IS NOT DISTINCT FROM ${b.v})`;
  }

  private vergelijking(e: A.Expr & { kind: 'Vergelijking' }, env: Omgeving): S {
    const a = this.ex(e.links, env);
    const b = this.ex(e.rechts, env);
    if (e.op === '=' || e.op === '!=') {
      const v = this.gelijk(a, b, e.plek);
      return { v: e.op === '=' ? v : `(NOT ${v})`, f: eerst(a.f, b.f), vorm: { kind: 'janee' }, nietLeeg: true };
    }
    if (a.vorm.kind === 'duur' || b.vorm.kind === 'duur') return vergelijkDuur(this, e.op, a, b, e.plek);
    const [x, y] = a.vorm.kind === 'num' ? ((g) => [g.a, g.b])(gelijkGeschaald(this.d, a, b, e.plek)) : [a.v, b.v];
    // leeg on either side is the engines' error, written as they write it
    const leeg = `(${a.v} IS NULL OR ${b.v} IS NULL)`;
    const fout = this.leegKan(a) || this.leegKan(b)
      ? mits(leeg, this.rekenFoutMet('', `${schrijf(this.d, a)} || ' en ' || ${schrijf(this.d, b)}`, ' zijn niet te vergelijken (een van beide is leeg?)'))
      : null;
    return { v: `(${x} ${e.op} ${y})`, f: eerst(a.f, b.f, fout), vorm: { kind: 'janee' }, nietLeeg: true };
  }

  /** Can this value be leeg at run time? (literals, inputs and rules of a type without leeg cannot) */
  leegKan(w: S): boolean {
    return w.nietLeeg !== true;
  }

  private rekensom(e: A.Expr & { kind: 'Rekensom' }, env: Omgeving): S {
    const variant: Rekenvariant = this.g.rekensommen.get(e) ?? buiten('RW6001', `rekensom '${e.op}' niet opgelost`, e.plek);
    if (variant.includes('/')) return buiten('RW6002', "een deling (/) die niet meteen wordt afgerond: schrijf '(a / b) afgerond op ...'", e.plek);
    const a = this.ex(e.links, env);
    const b = this.ex(e.rechts, env);
    const f = eerst(a.f, b.f, this.leegInRekensom(a, b, e.op));
    const nietLeeg = true;
    switch (variant) {
      case 'getal+getal': case 'bedrag+bedrag': case 'percentage+percentage':
      case 'getal-getal': case 'bedrag-bedrag': case 'percentage-percentage': {
        const [x, y] = this.binnenCijfers(a, b, 'som', e.plek);
        const r = som(this.d, e.op as '+' | '-', x, y, variant.split(/[+-]/)[0] as GetalSoort, e.plek);
        return { v: r.v, f: eerst(f, x.f, y.f), vorm: r.vorm, nietLeeg };
      }
      case 'getal*getal': case 'bedrag*getal': case 'percentage*getal': case 'getal*bedrag': case 'getal*percentage': {
        const soort: GetalSoort = variant.includes('bedrag') ? 'bedrag' : variant.includes('percentage') ? 'percentage' : 'getal';
        const [x, y] = this.binnenCijfers(a, b, 'product', e.plek);
        const r = product(this.d, x, y, soort, false, e.plek);
        return { v: r.v, f: eerst(f, x.f, y.f), vorm: r.vorm, nietLeeg };
      }
      case 'bedrag*percentage': case 'percentage*bedrag': case 'percentage van bedrag': case 'percentage van getal': case 'percentage van percentage': {
        const soort: GetalSoort = variant.endsWith('getal') ? 'getal' : variant.endsWith('percentage') && variant !== 'bedrag*percentage' ? 'percentage' : 'bedrag';
        const [x, y] = this.binnenCijfers(a, b, 'product', e.plek);
        const r = product(this.d, x, y, soort, true, e.plek);
        return { v: r.v, f: eerst(f, x.f, y.f), vorm: r.vorm, nietLeeg };
      }
      case 'datum+duur': case 'duur+datum': case 'datum-duur': case 'datum-datum':
      case 'duur+duur': case 'duur-duur': case 'duur*getal': case 'getal*duur':
        return datumRekensom(this, variant, a, b, f, e.plek);
      case 'lijst+lijst': return lijstPlus(this, a, b, f, e.plek);
      default: return buiten('RW6002', `de rekensom ${variant}`, e.plek);
    }
  }

  /**
   * The operands of a sum or product whose result could need more digits than the dialect's exact
   * integers hold: each capped (an operand past its cap makes the case `niet-sql`, never an
   * overflow that aborts the query or a wrong value). Operands that fit are returned as they are.
   */
  private binnenCijfers(a: S, b: S, soort: 'som' | 'product', plek: A.Plek): [S, S] {
    const x = numVorm(a, plek);
    const y = numVorm(b, plek);
    const max = this.d.cijfers;
    const nodig = soort === 'product' ? x.p + y.p : Math.max(x.p - x.s + y.s, y.p - y.s + x.s, x.p, y.p) + 1;
    if (nodig <= max) return [a, b];
    const [pa, pb] = soort === 'product'
      ? (() => { const pa = Math.min(x.p, max - Math.min(y.p, Math.floor(max / 2))); return [pa, max - pa]; })()
      : [Math.min(x.p, max - 1 - Math.max(0, y.s - x.s)), Math.min(y.p, max - 1 - Math.max(0, x.s - y.s))];
    const kap = (w: S, p: number, vorm: typeof x): S => {
      if (p >= vorm.p) return w;
      if (p <= vorm.s) return buiten('RW6003', 'een getal dat meer cijfers nodig heeft dan exact in SQL past', plek);
      const grens = this.d.getal(10n ** BigInt(p));
      return {
        v: `CASE WHEN abs(${w.v}) < ${grens} THEN ${w.v} END`,
        f: eerst(w.f, mits(`abs(${w.v}) >= ${grens}`, tekst(`niet-sql: een getal met meer dan ${p} cijfers in een ${soort}`))),
        vorm: { ...vorm, p }, nietLeeg: w.nietLeeg === true,
      };
    };
    return [kap(a, pa, x), kap(b, pb, y)];
  }

  /** `leeg + x` is the engines' error naming both values; only where leeg can occur. */
  private leegInRekensom(a: S, b: S, op: string): string | null {
    if (!this.leegKan(a) && !this.leegKan(b)) return null;
    if (a.vorm.kind !== 'num' && a.vorm.kind !== 'leeg') return null;
    if (b.vorm.kind !== 'num' && b.vorm.kind !== 'leeg') return null;
    return mits(`(${a.v} IS NULL OR ${b.v} IS NULL)`, this.rekenFoutMet('kan niet rekenen met ', `${schrijf(this.d, a)} || ' ${op} ' || ${schrijf(this.d, b)}`, ' (een van beide is leeg?)'));
  }

  private afronding(e: A.Expr & { kind: 'Afronding' }, env: Omgeving): S {
    ingebouwdVariant(this.g.ingebouwden, e);
    const arg = e.arg;
    // `(a / b) afgerond op ...`: the exact quotient rounded, in integers
    if (arg.kind === 'Rekensom' && arg.op === '/') {
      const a = this.ex(arg.links, env);
      const b = this.ex(arg.rechts, env);
      const x = numVorm(a, arg.plek);
      const y = numVorm(b, arg.plek);
      const variant = this.g.rekensommen.get(arg) ?? buiten('RW6001', 'deling niet opgelost', arg.plek);
      const soort: GetalSoort = variant === 'bedrag/getal' ? 'bedrag' : variant === 'percentage/getal' ? 'percentage' : 'getal';
      // a divisor of 0 gives no quotient: guard it so SQL never divides by zero
      const noemer = `CASE WHEN ${b.v} = 0 THEN NULL ELSE ${b.v} END`;
      const r = deling(this.d, a.v, x.s, x.p, noemer, y.s, y.p, e.decimalen, e.richting, soort, e.plek);
      return { v: r.v, f: eerst(a.f, b.f, this.leegInRekensom(a, b, '/'), mits(`${b.v} = 0`, this.rekenFout('deling door nul'))), vorm: r.vorm, nietLeeg: true };
    }
    const w = this.ex(arg, env);
    const x = numVorm(w, e.plek);
    const v = afronden(this.d, w.v, x.s, e.decimalen, e.richting);
    const s = e.decimalen;
    const leeg = this.leegKan(w) ? mits(`${w.v} IS NULL`, this.rekenFout('interne fout: afronding')) : null;
    return { v, f: eerst(w.f, leeg), vorm: past(this.d, x.soort, s, Math.max(x.p - x.s, 1) + 1 + s, e.plek), nietLeeg: w.nietLeeg === true };
  }

  private ingebouwd(e: A.Expr & { kind: 'Ingebouwd' }, env: Omgeving): S {
    const variant = ingebouwdVariant(this.g.ingebouwden, e);
    return ingebouwdDatum(this, variant, e, env);
  }

  private duur(e: A.Expr & { kind: 'DuurExpr' }, env: Omgeving): S {
    return duurExpr(this, e, env);
  }
}
