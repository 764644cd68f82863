// What an evaluation works out once and shares with every later one: whether a rule's declared
// type has a refinement to check, the chosen parameter rows per policy and peildatum, and the value
// of each number or date literal. Keyed weakly on the checked policy and its nodes, so a policy
// that is no longer used takes its share with it.
import type * as A from '../../language/ast.js';
import type { Gecontroleerd, RegelInfo } from '../../language/checker.js';
import * as G from '../../runtime/getal.js';
import { leesDatum } from '../../runtime/datum.js';
import { bevatVerfijning } from '../../runtime/typen.js';
import type { Waarde } from './waarde.js';

/** Per rule: does its declared type have a refinement to check its value against? (once per rule) */
const verfijndeRegels = new WeakMap<RegelInfo, boolean>();
export function heeftVerfijning(info: RegelInfo): boolean {
  let ja = verfijndeRegels.get(info);
  if (ja === undefined) verfijndeRegels.set(info, (ja = bevatVerfijning(info.type)));
  return ja;
}

export type ParameterWaarde = { waarde: Waarde; vanaf: string | null; bron: string | null; overschreven: boolean; json?: { waarde: unknown } };

/**
 * Parameter values per policy and peildatum: the row is chosen and its value computed once, not
 * per evaluation. Only without overrides (a row may refer to an overridden parameter).
 */
const parameterRijen = new WeakMap<Gecontroleerd, Map<string, Map<string, ParameterWaarde>>>();
export function gedeeldeParameters(g: Gecontroleerd, peildatum: string): Map<string, ParameterWaarde> {
  let perDatum = parameterRijen.get(g);
  if (!perDatum) parameterRijen.set(g, (perDatum = new Map()));
  let p = perDatum.get(peildatum);
  if (!p) perDatum.set(peildatum, (p = new Map()));
  return p;
}

/** The value of a number or date literal, parsed once per literal (a literal does not change). */
const literalen = new WeakMap<A.Expr, Waarde>();
export function literaal(e: A.Expr & { kind: 'GetalLit' | 'BedragLit' | 'PercentageLit' | 'DatumLit' }): Waarde {
  const klaar = literalen.get(e);
  if (klaar !== undefined) return klaar;
  const w: Waarde = e.kind === 'DatumLit' ? { kind: 'datum', v: leesDatum(e.tekst)! } : { kind: e.kind === 'GetalLit' ? 'getal' : e.kind === 'BedragLit' ? 'bedrag' : 'percentage', v: G.vanDecimaleTekst(e.tekst)! };
  literalen.set(e, w);
  return w;
}
