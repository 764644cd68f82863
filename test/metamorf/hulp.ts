// Shared helpers for the metamorphic tests: load a policy, generate valid input, evaluate it on
// the reference interpreter, and read outputs as exact values (money as integer cents).
import fc from 'fast-check';
import { join } from 'node:path';
import { expect } from 'vitest';
import { laadBestand } from '../../compiler/node/modules.js';
import { evalueer, type EvaluatieOpties } from '../../compiler/interpreter/interpreter.js';
import { invoerArbitrary } from '../../compiler/analysis/arbitraries.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { dagVan, jmd, leesDatum, schrijfDatum } from '../../runtime/datum.js';

/** The fixed date the tests evaluate on, unless a test is about the date itself. */
export const PEILDATUM = '2026-03-01';

export type Invoer = Record<string, unknown>;
export type Uitvoer = Record<string, unknown>;

/** Loads and checks `policies/<naam>.regel`; fails loudly if the policy has errors. */
export function laadRegeling(naam: string): Gecontroleerd {
  const r = laadBestand(join(import.meta.dirname, '../../policies', `${naam}.regel`));
  const fouten = r.diagnosen.filter((d) => d.ernst === 'fout');
  if (fouten.length > 0) throw new Error(`${naam}.regel heeft fouten: ${fouten.map((d) => d.code).join(', ')}`);
  return r.gecontroleerd;
}

/** Random valid inputs (every `eis` holds), generated for PEILDATUM. */
export function geldigeInvoer(g: Gecontroleerd, maxLijst?: number): fc.Arbitrary<Invoer> {
  return invoerArbitrary(g, maxLijst === undefined ? { peildatum: PEILDATUM } : { peildatum: PEILDATUM, maxLijst });
}

/** The outputs of one evaluation on the reference interpreter (peildatum PEILDATUM by default). */
export function evalueerUit(g: Gecontroleerd, x: Invoer, opties: EvaluatieOpties = {}): Uitvoer {
  return evalueer(g, x, { peildatum: PEILDATUM, ...opties }).uitvoer;
}

/** A `bedrag` (JSON euros with at most 2 decimals) as integer cents, so money compares exactly. */
export function centen(x: unknown): number {
  if (typeof x !== 'number') throw new TypeError(`geen bedrag: ${JSON.stringify(x)}`);
  const c = Math.round(x * 100);
  // c / 100 is the double nearest to the cents amount, so this is exact for whole cents
  expect(c / 100, `bedrag ${x} is niet in hele centen`).toBe(x);
  return c;
}

/** A `getal` output or input. */
export function getal(x: unknown): number {
  if (typeof x !== 'number') throw new TypeError(`geen getal: ${JSON.stringify(x)}`);
  return x;
}

/** A `datum` output or input as a day number; `leeg` as null. */
export function dag(x: unknown): number | null {
  if (x === null) return null;
  if (typeof x !== 'string') throw new TypeError(`geen datum: ${JSON.stringify(x)}`);
  const d = leesDatum(x);
  if (d === null) throw new TypeError(`geen datum: ${x}`);
  return d;
}

export function plusDagen(datum: string, dagen: number): string {
  return schrijfDatum(dag(datum)! + dagen);
}

/** The same calendar day `jaren` years later; only for dates that are not 29 February. */
export function plusJaren(datum: string, jaren: number): string {
  const d = jmd(dag(datum)!);
  if (d.maand === 2 && d.dag === 29) throw new RangeError('29 februari heeft niet elk jaar een dag');
  return schrijfDatum(dagVan(d.jaar + jaren, d.maand, d.dag)!);
}

export function is29Februari(datum: string): boolean {
  return datum.endsWith('-02-29');
}

/** Index of a keuze value in its declared order (for "never moves back" relations). */
export function rang(waarden: readonly string[], x: unknown): number {
  const i = waarden.indexOf(String(x));
  if (i < 0) throw new TypeError(`onbekende keuze: ${JSON.stringify(x)}`);
  return i;
}
