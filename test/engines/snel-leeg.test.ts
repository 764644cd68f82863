// One `niet 5` cell on a `getal of leeg` column turned the fast path off for the whole policy:
// equality of a number that can be leeg with one of another scale (an input `getal` has 2
// decimals in the fast path, the literal 5 none) was "not supported". Now the fast path compares
// them (leeg = leeg, leeg ≠ a number); this test requires it to answer every ordinary input of such
// policies, and to agree byte for byte with the exact path and the interpreter, errors included.
import { beforeAll, describe, expect, it } from 'vitest';
import type { GecompileerdeModule } from '../../runtime/runtime.js';
import { regelingGecompileerd } from '../opzet/mappen.js';
import fc from 'fast-check';
import { join } from 'node:path';
import { evalueer } from '../../compiler/interpreter/interpreter.js';
import type { Gecontroleerd } from '../../language/checker.js';

const ROOT = join(import.meta.dirname, '../..');
const PEIL = { peildatum: '2026-01-01' };

/** Leeg-able numbers of every kind against literals of another scale, in table cells and in `is`. */
const POLICY = `regeling Leegbaar
  bron "test"
invoer a: getal of leeg
invoer b: bedrag of leeg
invoer p: percentage of leeg
invoer n: geheel getal of leeg
uitvoer w: getal
uitvoer v: getal
uitvoer u: ja/nee
uitvoer t: getal
regel dubbel: getal of leeg is als a is leeg dan leeg anders a * 2
regel w: getal is tabel eerste
  | a      | n        | w |
  | niet 5 | niet 3   | 1 |
  | 2,5    | -        | 2 |
  | 5      | 3        | 3 |
  | -      | -        | 4 |
regel v: getal is tabel eerste
  | b        | p          | v |
  | niet € 5 | niet 7,5%  | 1 |
  | € 5      | 12,125%    | 2 |
  | leeg     | -          | 3 |
  | -        | -          | 4 |
regel u: ja/nee is a is 5 of dubbel is 10,5 of n is 3,0 of p is 7,5%
regel t: getal is tabel uniek
  | dubbel  | t |
  | niet 10 | 1 |
  | 10      | 2 |
`;

let g: Gecontroleerd;
let m: GecompileerdeModule;

beforeAll(async () => {
  const r = await regelingGecompileerd('snel-leeg', POLICY, 'leegbaar.regel');
  expect(r.ts).not.toContain('Geen snelle evaluatie');
  ({ g, module: m } = r);
}, 120_000);

/** The value, or the kind and message of the error: errors must agree as well. */
function uitkomst(f: () => unknown): string {
  try {
    return JSON.stringify({ ok: f() });
  } catch (x) {
    return JSON.stringify({ fout: (x as Error).name, melding: (x as Error).message });
  }
}

/** Values near the literals (5, 2,5, 7,5 %, 12,125 %, 3, 10 and 10,5 via dubbel), leeg, absent. */
const getal = fc.constantFrom(null, undefined, 5, 5.0, 4.99, 5.01, 2.5, 5.25, 0, -5, 3, 7.5, 12.13, 1000000);
const bedrag = fc.constantFrom(null, undefined, 5, 5.01, 4.99, 0, -5, 12.13);
const percentage = fc.constantFrom(null, undefined, 7.5, 7.49, 12.12, 12.13, 0, 100);
const geheel = fc.constantFrom(null, undefined, 3, 4, 0, -3);
const invoer = fc.record({ a: getal, b: bedrag, p: percentage, n: geheel }).map((x) => Object.fromEntries(Object.entries(x).filter(([, v]) => v !== undefined)));

describe('leegbare getallen van een andere schaal in het snelle pad', () => {
  it('het snelle pad antwoordt op elke gewone invoer, gelijk aan het exacte pad en de interpreter', () => {
    let beantwoord = 0;
    let totaal = 0;
    fc.assert(
      fc.property(invoer, (x) => {
        const exact = uitkomst(() => m.evalueerExact(x, PEIL));
        const interpreter = uitkomst(() => evalueer(g, x, PEIL).uitvoer);
        expect(exact, JSON.stringify(x)).toBe(interpreter);
        const snel = m.evalueerSnel(x, PEIL);
        totaal++;
        // a table with no row, or a conflict, is the exact path's to report: the fast path declines
        if (snel === undefined) {
          expect(exact).toMatch(/^\{"fout"/);
          return;
        }
        beantwoord++;
        expect(JSON.stringify({ ok: snel }), JSON.stringify(x)).toBe(exact);
      }),
      { numRuns: 400 },
    );
    // every input here is ordinary (2 decimals at most, small): the fast path answers all that succeed
    expect(beantwoord).toBeGreaterThan(totaal * 0.9);
  });

  it('leeg tegen een getal van een andere schaal: de uitkomsten per cel', () => {
    const w = (a: unknown, n: unknown): unknown => (m.evalueerSnel({ a, n }, PEIL) as { w: number } | undefined)?.w;
    expect(w(null, null)).toBe(1); // niet 5 and niet 3 both hold for leeg
    expect(w(5, 4)).toBe(4);
    expect(w(2.5, 3)).toBe(2);
    expect(w(5, 3)).toBe(3);
    expect(w(4.99, 4)).toBe(1);
    expect((m.evalueerSnel({}, PEIL) as { u: boolean }).u).toBe(false);
    expect((m.evalueerSnel({ a: 5.25 }, PEIL) as { u: boolean; t: number }).u).toBe(true); // dubbel is 10,5
  });
});
