// The fast evaluator of a compiled module: `evalueerSnel(json, opties)` next to the
// exact one, in the same module. It handles the ordinary case only and says "not handled"
// (undefined) on anything unusual, so `evalueer` = fast ?? exact keeps every value and every
// error message of the exact path by construction. What it does differently:
// - rules are `const`-like locals of one function, in dependency order, each computed once; no
//   context object, memo, try/catch or explanation checks; functions are inlined;
// - input is validated per field by generated code (typeof, `===` chains for choices, records by
//   key count and own fields, `eis` inline); any problem returns undefined, and the exact path
//   then produces the error with its field path;
// - numbers are fixed-point integers in JS numbers, with the scale (decimals) of every expression
//   chosen here at compile time: amounts 2, an input percentage or number 2 (6 where no product
//   or quotient then carries more decimals: snel/invoer.ts kiesSchalen), a literal its own
//   decimals, a product the sum of its factors' scales, `P van X` two more; comparisons, sums and
//   branches align scales; rounding is integer division with the remainder. Every result is
//   guarded to stay a safe integer (|x| < 2^53): the double result of an integer + or * is
//   >= 2^53 in absolute value exactly when the exact one is, so the guard is exact;
// - dates are day numbers read with charCodeAt; folds append in place as language/vouw.ts allows.
// - a division is a whole-number quotient at a scale chosen here, or rounded straight from the
//   remainder when it is rounded (snel/deling.ts); one that does not fit falls back per case.
// A construct not implemented here (durations as input, equality of lists, ...) means no fast
// path for the policy: `evalueerSnel` then always returns undefined (decided here).
// The translation is split by duty under snel/: the shapes of values (vorm.ts), the code buffer
// (schrijver.ts), expressions (expressies.ts), input (invoer.ts), rules (regels.ts), rules computed
// where they are used (uitgesteld.ts), output (uitvoer.ts) and parameters (parameters.ts); this
// file finds what the outputs need and puts the function together.
import type { Gecontroleerd } from '../../language/checker.js';
import type * as A from '../../language/ast.js';
import type { Type } from '../../runtime/typen.js';
import { alleExpressies } from '../../language/walk.js';
import { gebruikersId, js, sleutel } from './ts-code.js';
import { NietOndersteund, nee } from './snel/vorm.js';
import { Expressies } from './snel/expressies.js';
import { uitTeStellen } from './snel/uitgesteld.js';
import { kiesSchalen, lees, leesVelden } from './snel/invoer.js';
import { regel } from './snel/regels.js';
import { schrijf } from './snel/uitvoer.js';
import { parameterCode } from './snel/parameters.js';
import { padKeuzes, schrijfPad } from './snel/pad.js';

// ---- dependencies ----

/** Rules, parameters reachable from the outputs (or the target's expressions) and the input constraints. */
function bereikbaar(g: Gecontroleerd, doel: SnelDoel): { regels: Set<string>; parameters: Set<string>; opParameters: Set<string> } {
  const regels = new Set<string>();
  const parameters = new Set<string>();
  // read with `P op D` only: no row at the peildatum needed (its name is not read there)
  const opParameters = new Set<string>();
  const opNamen = new Set<A.Expr>();
  const functies = new Set<string>();
  const loop = (e: A.Expr): void => {
    for (const x of alleExpressies(e)) {
      if (x.kind === 'OpDatum') {
        const b = g.bindingen.get(x.arg);
        if (b?.kind !== 'parameter') nee("'op' zonder parameter");
        opParameters.add(b.naam);
        opNamen.add(x.arg);
      } else if (x.kind === 'Naam' && !opNamen.has(x)) {
        const b = g.bindingen.get(x);
        if (b?.kind === 'regel' && !regels.has(b.naam)) {
          regels.add(b.naam);
          regel(b.naam);
        } else if (b?.kind === 'parameter') parameters.add(b.naam);
      } else if (x.kind === 'Aanroep' && !functies.has(x.naam)) {
        functies.add(x.naam);
        const f = g.functies.get(x.naam);
        if (f) loop(f.decl.lichaam);
      }
    }
  };
  const regel = (naam: string): void => {
    const d = g.regels.get(naam)?.decl ?? nee(`regel ${naam}`);
    loop(d.waarde);
    if (d.indien) loop(d.indien);
    for (const u of d.uitzonderingen) {
      loop(u.voorwaarde);
      loop(u.waarde);
    }
  };
  for (const naam of doel.regels) {
    if (regels.has(naam)) continue;
    regels.add(naam);
    regel(naam);
  }
  for (const e of doel.expressies) loop(e);
  const eisRegels = new Set<string>();
  const voor = new Set(regels);
  for (const eisen of g.soortEisen.values()) for (const e of eisen) loop(e.voorwaarde);
  for (const i of g.invoer) for (const e of i.eisen) loop(e.voorwaarde);
  for (const r of regels) if (!voor.has(r)) eisRegels.add(r);
  if (eisRegels.size > 0) nee('een eis die een regel noemt');
  return { regels, parameters, opParameters };
}

/**
 * What a fast function computes: `evalueerSnel` the outputs (all rules named as outputs); a
 * property's fast check (compiler/codegen/snel-eigenschap.ts) the rules and expressions it reads.
 * `slot` writes the function's last lines, once every rule in `regels` stands in `sn.regelW`.
 */
export interface SnelDoel {
  /** Reads the input (`x`, an ordinary object) itself, instead of as the policy's input object (a record the generators draw). */
  readonly invoer?: (sn: Expressies) => void;
  readonly regels: readonly string[];
  readonly expressies: readonly A.Expr[];
  /** Count what decided each rule of the decision path (the module's `evalueerSnel`, for `evalueerMetPad`). */
  readonly pad?: boolean;
  /** The scale (decimals) each input number type is read at (kiesSchalen); by default 2. */
  readonly schalen?: ReadonlyMap<Type, number>;
  readonly slot: (sn: Expressies, keuzes: ReadonlyMap<string, string>) => void;
}

/**
 * The body of a fast function (read and check the input, choose the parameter rows, compute the
 * reachable rules in dependency order, then the target's `slot`) and the module-level code it
 * needs (constants, the parameter cache). Throws NietOndersteund.
 */
export function snelFunctie(g: Gecontroleerd, doel: SnelDoel): { readonly module: string; readonly lichaam: readonly string[]; readonly kosten: number } {
  const sn = new Expressies(g);
  if (doel.schalen) sn.invoerSchalen = doel.schalen;
  sn.leesJson = (x, t) => lees(sn, x, t);
  const { regels, parameters, opParameters } = bereikbaar(g, doel);
  const keuzes = doel.pad ? padKeuzes(sn) : new Map<string, string>();
  // computed where used, except what the target reads itself and the rules of the decision path (always computed)
  const gelezen = new Set([...doel.regels, ...keuzes.keys()]);
  for (const e of doel.expressies) {
    for (const x of alleExpressies(e)) {
      const b = x.kind === 'Naam' ? g.bindingen.get(x) : undefined;
      if (b?.kind === 'regel') gelezen.add(b.naam);
    }
  }
  sn.uitgesteld = new Set([...uitTeStellen(g, regels)].filter((n) => !gelezen.has(n)));
  sn.berekenRegel = (naam) => regel(sn, naam);
  const paramCode = parameterCode(g, parameters, sn.paramW, opParameters, sn.paramOp);
  sn.emit(`if (typeof invoer !== 'object' || invoer === null || !rt.snelGewoon(invoer)) return undefined;`);
  // No enumerable key on Object.prototype: then for-in over an input object yields its own keys only (leesVelden)
  sn.emit('for (const _k in Object.prototype) return undefined;');
  sn.emit('const x = invoer as { readonly [k: string]: unknown };');
  sn.emit('const o = opties as { readonly peildatum?: unknown; readonly parameters?: unknown } | null | undefined;');
  sn.emit('let peil: unknown;');
  sn.emit('if (o === undefined || o === null) peil = rt.vandaag();');
  sn.emit('else {');
  sn.emit("  if (typeof o !== 'object') return undefined;");
  sn.emit('  peil = o.peildatum ?? rt.vandaag();');
  sn.emit('  const ps = o.parameters;');
  sn.emit("  if (ps !== undefined && ps !== null && (typeof ps !== 'object' || Object.keys(ps).length !== 0)) return undefined;");
  sn.emit('}');
  sn.bail(`typeof peil !== 'string'`);
  sn.emit('const pd: number = rt.snelDatum(peil);');
  sn.bail('pd !== pd');
  if (g.geldigVanaf) sn.bail(`peil < ${js(g.geldigVanaf)}`);
  if (g.geldigTot) sn.bail(`peil > ${js(g.geldigTot)}`);
  sn.emit('if (peil !== SNEL_peil) {');
  sn.emit('  SNEL_ok = SNEL_kies(peil);');
  sn.emit('  SNEL_peil = peil;');
  sn.emit('}');
  sn.bail('!SNEL_ok');
  if (doel.invoer) doel.invoer(sn);
  else {
    // inputs: the top-level object like a record, without its eis clauses (they come after)
    const fs = leesVelden(sn, 'x', g.invoer.map((i) => i.naam));
    const velden = g.invoer.map((i, k) => ({ i, f: fs[k]! }));
    if (g.invoer.some((i) => i.naam === 'decimaal')) {
      sn.bail('rt.snelExact in x');
    }
    for (const v of velden) {
      const w = lees(sn, v.f, v.i.type);
      const id = gebruikersId('i', v.i.naam);
      sn.emit(`const ${id} = ${w.c};`);
      sn.invoerW.set(v.i.naam, { c: id, v: w.v });
    }
    for (const i of g.invoer) for (const e of i.eisen) sn.bail(`!${sn.ex(e.voorwaarde, new Map()).c}`);
  }
  // rules in dependency order, each once; with `doel.pad` those in the decision path count what decided them
  for (const knoop of g.volgorde) {
    const naam = knoop.startsWith('regel:') ? knoop.slice('regel:'.length) : null;
    if (naam !== null && regels.has(naam) && !sn.uitgesteld.has(naam)) regel(sn, naam, keuzes.get(naam) ?? null);
  }
  // a rule computed where it is used and not computed: its one use ran over its list instead
  for (const naam of regels) if (!sn.regelW.has(naam) && !sn.uitgesteld.has(naam)) nee(`regel ${naam} niet in de volgorde`);
  doel.slot(sn, keuzes);
  return { module: [...sn.constanten, paramCode].join('\n'), lichaam: sn.uit, kosten: sn.schaalKosten };
}

/** The fast evaluator's code (helpers and `evalueerSnel`) with inputs read at `schalen`; throws NietOndersteund. */
function snelModule(g: Gecontroleerd, schalen: ReadonlyMap<Type, number>): { code: string; kosten: number } {
  const { module, lichaam, kosten } = snelFunctie(g, {
    schalen,
    regels: g.uitvoer.map((u) => u.naam),
    expressies: [],
    pad: true,
    slot: (sn, keuzes) => {
      const uit = g.uitvoer.map((u) => {
        const w = sn.regelW.get(u.naam)!;
        return `${sleutel(u.naam)}: ${schrijf(sn, w.c, w.v, u.type)}`;
      });
      schrijfPad(sn, keuzes);
      sn.emit(`return { ${uit.join(', ')} };`);
    },
  });
  const code = [
    module,
    '/**',
    ' * De snelle evaluatie (issue 12): undefined betekent "niet behandeld"; `evalueer` rekent dan exact.',
    ' * Met `pad` (evalueerMetPad) schrijft zij ook het beslispad van het geval daarin.',
    ' * Een resultaat is gelijk aan dat van de exacte evaluatie, byte voor byte als JSON.',
    ' */',
    'export function evalueerSnel(invoer: unknown, opties?: Opties, pad?: { pad: string }): Uitvoer | undefined {',
    ...lichaam,
    '}',
  ].join('\n');
  return { code, kosten };
}

/**
 * The fast path of each checked policy, generated once: `genereer` writes it into the module, and
 * `compile` and `check --streng` ask the same policy why it has none (the first construct the fast
 * path does not support), so that question costs no second generation.
 */
const snelle = new WeakMap<Gecontroleerd, { readonly code: string } | { readonly reden: string }>();
function snel(g: Gecontroleerd): { readonly code: string } | { readonly reden: string } {
  let x = snelle.get(g);
  if (!x) {
    try {
      x = { code: kiesSchalen(g.invoer.map((i) => i.type), (schalen) => snelModule(g, schalen), (f) => f instanceof NietOndersteund).code };
    } catch (f) {
      if (!(f instanceof NietOndersteund)) throw f;
      x = { reden: f.message };
    }
    snelle.set(g, x);
  }
  return x;
}

/** Why the policy has no fast path, or null when it has one: `compile` and `check --streng` say so, not only a comment in the code. */
export function zonderSnelPad(g: Gecontroleerd): string | null {
  const x = snel(g);
  return 'reden' in x ? x.reden : null;
}

/** The fast evaluator of a policy, or a stub that never handles (with the reason) when a construct is not implemented. */
export function genereerSnel(g: Gecontroleerd): string {
  const x = snel(g);
  if ('code' in x) return x.code;
  return [
    `// Geen snelle evaluatie voor deze regeling: ${js(x.reden)} is niet ondersteund; evalueer rekent altijd exact.`,
    'export function evalueerSnel(_invoer: unknown, _opties?: Opties, _pad?: { pad: string }): Uitvoer | undefined {',
    '  return undefined;',
    '}',
  ].join('\n');
}
