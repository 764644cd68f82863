// What the tests that run both engines share: the shape of a compiled module and one outcome of
// an evaluation, a result or a Regelwerk error, so the two engines' outcomes compare as values.
import { expect } from 'vitest';
import type { Gecontroleerd } from '../../language/checker.js';
import { evalueer } from '../../evaluator/interpreter.js';

export interface Module {
  evalueerMetUitleg(invoer: unknown, opties: unknown): { uitvoer: unknown; uitleg: unknown };
}

export type Uitkomst = { ok: true; uitvoer: unknown; uitleg: unknown } | { ok: false; soort: string; melding: string };

/** The outcome of `f`; anything but a Regelwerk error (a crash) is thrown on, for the test to show. */
export function vang(f: () => { uitvoer: unknown; uitleg: unknown }): Uitkomst {
  try {
    const r = f();
    return { ok: true, uitvoer: r.uitvoer, uitleg: r.uitleg };
  } catch (x) {
    const soort = (x as { soort?: unknown }).soort;
    if (typeof soort !== 'string') throw x;
    return { ok: false, soort, melding: (x as Error).message };
  }
}

/** Both engines on one input: the same outcome, byte-identical as JSON text (`toEqual` ignores key order). */
export function beideGelijk(g: Gecontroleerd, module: Module, invoer: unknown, opties: { peildatum?: string }): void {
  const a = vang(() => evalueer(g, invoer, opties));
  const b = vang(() => module.evalueerMetUitleg(invoer, opties));
  expect(b).toEqual(a);
  expect(JSON.stringify(b)).toBe(JSON.stringify(a));
}
