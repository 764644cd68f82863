// What the tests that run both engines share: the shape of a compiled module and one outcome of
// an evaluation, a result or a Regelwerk error, so the two engines' outcomes compare as values.

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
