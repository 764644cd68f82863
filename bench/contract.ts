// Does the same-contract hand-written code (handgeschreven.ts) really have `evalueer`'s contract
// beyond the valid bench inputs? Seeded inputs, most of them mutated (a field missing or unknown,
// wrong types, NaN, 1e300, 1/3, amounts with three decimals, non-existing or far-future dates, a
// peildatum without a minimum wage): both must give the same outputs, or both an error. The
// messages may differ. Runs after the timing (its broken inputs would otherwise warm the JIT on error paths first); a
// difference stops the bench like a wrong answer.
import { isDeepStrictEqual } from 'node:util';
import { Toeval } from './invoer.js';

const VREEMD: readonly unknown[] = [0, -0, -1, 0.001, 0.005, 1.005, 19.995, 1e13, 1e13 + 0.01, 123456789012.34, 1e15, 1e21, 1e300, 2.5e-7, NaN, Infinity, '5', null, true, 100.5, 99.99, 7.125, 1 / 3];
const DATUMS = ['2024-02-30', '9999-12-31', '0000-01-01', '2023-1-01', '2023-02-29', '2024-02-29', '9999-06-01', '9998-01-01'];

function muteer(x: unknown, r: Toeval): unknown {
  const y = structuredClone(x) as Record<string, unknown>;
  let o = y;
  let k = r.kies(Object.keys(o));
  const v = o[k];
  if (Array.isArray(v) && v.length > 0 && r.kans(0.8)) {
    o = v[r.geheel(0, v.length - 1)] as Record<string, unknown>;
    k = r.kies(Object.keys(o));
  }
  const soort = r.geheel(0, 5);
  if (soort === 0) delete o[k];
  else if (soort === 1) o.extra = 1;
  else if (soort === 2 && typeof o[k] === 'string' && /^\d{4}-/.test(o[k] as string)) o[k] = r.kies(DATUMS);
  else o[k] = r.kies(VREEMD);
  return y;
}

type Uitkomst = { ok: unknown } | { fout: true };

function uitkomst(f: () => unknown): Uitkomst {
  try {
    return { ok: f() };
  } catch {
    return { fout: true };
  }
}

/** The number of inputs checked; calls `fout` with the first difference. */
export function controleerContract<T>(
  regel: string,
  invoer: readonly T[],
  seed: number,
  hand: (x: unknown, peildatum: string) => unknown,
  compiled: (x: unknown, peildatum: string) => unknown,
  fout: (bericht: string) => never,
): number {
  const r = new Toeval(seed);
  let n = 0;
  for (const x0 of invoer) {
    const x = r.kans(0.7) ? muteer(x0, r) : x0;
    const peildatum = r.kans(0.05) ? r.kies(['2023-05-01', '2026-02-30']) : '2026-03-01';
    const a = uitkomst(() => hand(x, peildatum));
    const b = uitkomst(() => compiled(x, peildatum));
    n++;
    const gelijk = 'fout' in a ? 'fout' in b : 'ok' in b && isDeepStrictEqual(a.ok, b.ok);
    if (!gelijk) {
      fout(`${regel}: de handgeschreven code met hetzelfde contract wijkt af van evalueer (peildatum ${peildatum});\ninvoer: ${JSON.stringify(x)}\nhandgeschreven: ${JSON.stringify(a)}\nevalueer: ${JSON.stringify(b)}`);
    }
  }
  return n;
}
