// The reference interpreter's entry points: evaluate a checked policy on one input (with its
// explanation tree), validate an input, read an input once and ask it many questions (properties,
// static analysis), and constant expressions. One evaluation itself is evaluatie.ts.
import type * as A from '../../language/ast.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { schrijfDatum } from '../../runtime/datum.js';
import type { Type } from '../../runtime/typen.js';
import type { Waarde } from './waarde.js';
import type { Bevinding } from '../../runtime/json-codec.js';
import { RegelwerkInvoerFout } from '../../runtime/fouten.js';
import { type EvaluatieOpties, type Resultaat, Evaluatie, LEGE_OMGEVING, bevinding, vertaalFout } from './evaluatie.js';
import type { RecordGeheugen } from './record-geheugen.js';
import type { Dekkingsteller } from './dekking.js';

export type { EvaluatieOpties, Resultaat } from './evaluatie.js';
export { RecordGeheugen } from './record-geheugen.js';
export { vertaalFout } from './evaluatie.js';
export { reken, vergelijk } from './rekenen.js';

// The explanation tree has one definition, shared with compiled modules (the runtime).
export type { Besluit, Gebruik, UitlegKnoop, Uitleg } from '../../runtime/runtime.js';

/** Runs `f`, turning errors of the value library into Regelwerk errors with a Dutch message. */
function vertaald<T>(f: () => T): T {
  try {
    return f();
  } catch (x) {
    throw vertaalFout(x);
  }
}

/** Evaluates a checked policy on one JSON input object. Throws a RegelwerkFout subclass. */
export function evalueer(g: Gecontroleerd, invoer: unknown, opties: EvaluatieOpties = {}, teller?: Dekkingsteller): Resultaat {
  return vertaald(() => new Evaluatie(g, opties, true, undefined, teller).run(invoer));
}

/** Validates input without evaluating rules. Throws RegelwerkInvoerFout. */
export function valideer(g: Gecontroleerd, invoer: unknown, opties: EvaluatieOpties = {}): void {
  vertaald(() => new Evaluatie(g, opties).valideer(invoer));
}

/**
 * An input read and validated once (types and every `eis`) on one peildatum, to be evaluated
 * without reading it again (property tests evaluate each generated input one or more times).
 */
export class GelezenInvoer {
  /** @internal */
  constructor(readonly g: Gecontroleerd, readonly opties: EvaluatieOpties, readonly waarden: ReadonlyMap<string, Waarde>) {}
}

/**
 * valideer without throwing for invalid input: the read input, or a Bevinding with the path and
 * reason RegelwerkInvoerFout would give (also for a peildatum outside the policy's validity or a
 * parameter without a value on it, pad 'peildatum'). An `eis` whose evaluation fails (a
 * calculation error) still throws that RegelwerkFout, as valideer does.
 */
export function leesGeldigeInvoer(g: Gecontroleerd, invoer: unknown, opties: EvaluatieOpties = {}, geheugen?: RecordGeheugen): GelezenInvoer | Bevinding {
  try {
    const ev = new Evaluatie(g, opties, false, geheugen);
    const b = ev.leesAlles(invoer);
    return b ?? new GelezenInvoer(g, opties, ev.invoerWaarden());
  } catch (x) {
    const f = vertaalFout(x);
    if (f instanceof RegelwerkInvoerFout) return bevinding(f.pad, f.reden, f.eis);
    throw f;
  }
}


/**
 * Questions to one evaluation of an input read once, without an explanation tree (nobody reads
 * it): ja/nee expressions (a property, its `indien`), all outputs as evalueer gives them, and one
 * rule's value, also as JSON (a monotonicity property may name a rule). The rules' values are shared
 * between the questions. Each question may throw a RegelwerkFout. With a `teller` the clauses the
 * evaluation takes are counted (dekking.ts).
 */
export function evaluatieVan(i: GelezenInvoer, teller?: Dekkingsteller): { waar: (e: A.Expr) => boolean; uitvoer: () => Record<string, unknown>; regel: (naam: string) => Waarde; regelJson: (naam: string) => unknown } {
  const ev = new Evaluatie(i.g, i.opties, false, undefined, teller);
  ev.zetInvoer(i.waarden);
  return {
    waar: (e) => vertaald(() => ev.waarVan(e)), uitvoer: () => vertaald(() => ev.uitvoer()),
    regel: (naam) => vertaald(() => ev.regelWaarde(naam)), regelJson: (naam) => vertaald(() => ev.regelJson(naam)),
  };
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
  return recordToets(g, type, peildatum)(json);
}

/**
 * recordVoldoet for many records of one type: one evaluation context (the record's `eis`
 * clauses read only its fields, parameters and constants), no exception for a record that fails.
 */
export function recordToets(g: Gecontroleerd, type: Type, peildatum: string, geheugen?: RecordGeheugen): (json: unknown) => boolean {
  const ev = new Evaluatie(g, { peildatum }, false, geheugen);
  return (json) => ev.recordVoldoet(json, type);
}


/** The value of a constant expression (parameter values, example values). */
export function constante(g: Gecontroleerd, e: A.Expr): Waarde {
  // Constants read no input, parameter or rule, so any valid evaluation date will do.
  return constanteOp(g, e, g.geldigVanaf ?? g.geldigTot ?? '2000-01-01');
}

export { schrijfDatum };
