// The fast path's safe-integer guard (compiler/codegen/snel.ts, VEILIG) exactly at its edge: products,
// sums after a product, and list sums whose exact value is 2^53 - 2 .. 2^53 + 2 (and the negatives),
// in whole numbers and in cents. Up to 2^53 - 1 the fast path answers, byte for byte the exact
// answer; from 2^53 on it declines, as designed (a double can no longer tell 2^53 from 2^53 + 1),
// and the exact path alone answers. A guard moved by one (to 2^53 or 2^53 + 1) fails here.
import { beforeAll, describe, expect, it } from 'vitest';
import type { GecompileerdeModule } from '../../runtime/runtime.js';
import { regelingGecompileerd } from '../opzet/mappen.js';
import fc from 'fast-check';
import { join } from 'node:path';
import { evalueer } from '../../compiler/interpreter/interpreter.js';
import type { Gecontroleerd } from '../../language/checker.js';

const ROOT = join(import.meta.dirname, '../..');
const PEIL = { peildatum: '2026-01-01' };
const TWEE53 = 2n ** 53n;

// One output per way to reach the edge, each with its own inputs, so one large value at a time.
// Each output is a large value brought back by 2^53 - 1 (by `rand`), so it is small and its JSON
// number shows every unit: a fast answer from a rounded double (2^53 for 2^53 + 1) would differ.
const BRON = `regeling SnelGrens
  bron "test"

functie rand(v: getal): getal is als v > 4503599627370496 dan v - 9007199254740991 anders als v < -4503599627370496 dan v + 9007199254740991 anders v
functie randBedrag(v: bedrag): bedrag is als v > € 45035996273704,96 dan v - € 90071992547409,91 anders als v < € -45035996273704,96 dan v + € 90071992547409,91 anders v

invoer a: geheel getal
invoer b: geheel getal
invoer c: geheel getal
invoer d: geheel getal
invoer e: geheel getal
invoer l: lijst van geheel getal
invoer x: bedrag
invoer n: geheel getal
invoer y: bedrag
invoer m: geheel getal
invoer z: bedrag
invoer k: lijst van bedrag

uitvoer product: getal
uitvoer productPlus: getal
uitvoer lijstSom: getal
uitvoer bedragProduct: bedrag
uitvoer bedragPlus: bedrag
uitvoer bedragSom: bedrag

regel product: getal is rand(a * b)
regel productPlus: getal is rand(c * d + e)
regel lijstSom: getal is rand(som van l)
regel bedragProduct: bedrag is randBedrag(x * n)
regel bedragPlus: bedrag is randBedrag(y * m + z)
regel bedragSom: bedrag is randBedrag(som van k)
`;

const KLEIN = { a: 1, b: 1, c: 1, d: 1, e: 0, l: [1], x: 1, n: 1, y: 1, m: 1, z: 0, k: [1] };

/** Two factors below 10^15 (the fast path reads no larger input) of 2^53 + d, d = -2 .. 2. */
const FACTOREN: Record<string, [bigint, bigint]> = {
  '-2': [402653190n, 22369621n],
  '-1': [441650591n, 20394401n],
  '0': [2n ** 26n, 2n ** 27n],
  '1': [321n, 28059810762433n],
  '2': [29172034n, 308761441n],
};

/** An amount of `c` cents as a JS number with two decimals (as a caller writes it). */
const euro = (c: bigint): number => {
  const neg = c < 0n;
  const a = neg ? -c : c;
  return Number(`${neg ? '-' : ''}${a / 100n}.${String(a % 100n).padStart(2, '0')}`);
};

let g: Gecontroleerd;
let m: GecompileerdeModule;

beforeAll(async () => {
  const r = await regelingGecompileerd('snel-grens', BRON, 'snel-grens.regel');
  expect(r.ts).not.toContain('Geen snelle evaluatie');
  ({ g, module: m } = r);
}, 120_000);

function uitkomst(f: () => unknown): unknown {
  try {
    return { ok: JSON.stringify(f()) };
  } catch (x) {
    if (typeof (x as { soort?: unknown }).soort !== 'string') throw x;
    return { fout: (x as Error).message };
  }
}

/** The input that makes output `uit` exactly `teken * (2^53 + d)` (in units of its scale), with `verdeling` to split sums. */
function invoerVoor(uit: string, d: number, teken: 1n | -1n, verdeling: readonly number[]): Record<string, unknown> {
  const doel = teken * (TWEE53 + BigInt(d));
  const [p, q] = FACTOREN[String(d)]!;
  // a sum of elements below 10^15, all of the sign of the target, so every partial sum lies between 0 and the target
  const delen = (): bigint[] => {
    const l = verdeling.map((v) => teken * BigInt(v));
    return [...l, doel - l.reduce((s, v) => s + v, 0n)];
  };
  // a product just inside the safe range plus a last term that crosses (or not) the edge
  const plus = (): [bigint, bigint, bigint] => {
    const [p2, q2] = FACTOREN['-2']!;
    // the product is 2^53 - 2; the last term steps d + 2 further
    return [teken * p2, q2, doel - teken * p2 * q2];
  };
  switch (uit) {
    case 'product': return { ...KLEIN, a: Number(teken * p), b: Number(q) };
    case 'productPlus': { const [c1, d1, e1] = plus(); return { ...KLEIN, c: Number(c1), d: Number(d1), e: Number(e1) }; }
    case 'lijstSom': return { ...KLEIN, l: delen().map(Number) };
    case 'bedragProduct': return { ...KLEIN, x: euro(teken * p), n: Number(q) };
    case 'bedragPlus': { const [c1, d1, e1] = plus(); return { ...KLEIN, y: euro(c1), m: Number(d1), z: euro(e1) }; }
    default: return { ...KLEIN, k: delen().map(euro) };
  }
}

const UITVOER = ['product', 'productPlus', 'lijstSom', 'bedragProduct', 'bedragPlus', 'bedragSom'];

describe('de snelle weg op de rand van 2^53', () => {
  it('tot en met 2^53 - 1 antwoordt hij, gelijk aan de exacte weg; vanaf 2^53 laat hij het aan de exacte weg', () => {
    const gezien = new Set<string>();
    fc.assert(fc.property(
      fc.constantFrom(...UITVOER),
      fc.integer({ min: -2, max: 2 }),
      fc.constantFrom<1n | -1n>(1n, -1n),
      // ten elements of 8.2·10^14 .. 9·10^14: the eleventh (the rest) stays below 10^15
      fc.array(fc.integer({ min: 820e12, max: 900e12 }), { minLength: 10, maxLength: 10 }),
      (uit, d, teken, verdeling) => {
        const invoer = invoerVoor(uit, d, teken, verdeling);
        const exact = uitkomst(() => m.evalueerExact(invoer, PEIL));
        // the interpreter agrees with the exact compiled code, including on the edge
        expect(uitkomst(() => evalueer(g, invoer, PEIL).uitvoer), uit).toEqual(exact);
        const snel = m.evalueerSnel(invoer, PEIL);
        const wat = `${uit} = ${teken < 0n ? '-' : ''}(2^53 ${d < 0 ? '-' : '+'} ${Math.abs(d)}): ${JSON.stringify(invoer)}`;
        // the exact value, 2^53 + d brought back by 2^53 - 1, in units (cents for amounts)
        const eenheden = (JSON.parse((exact as { ok?: string }).ok ?? 'null') as Record<string, number> | null)?.[uit];
        expect(exact, wat).toMatchObject({ ok: expect.any(String) });
        expect(eenheden === undefined ? undefined : Math.round(eenheden * (uit.startsWith('bedrag') ? 100 : 1)), wat).toBe(Number(teken) * (d + 1) + 0);
        if (d < 0) {
          expect(snel, wat).toBeDefined();
          expect({ ok: JSON.stringify(snel) }, wat).toEqual(exact);
        } else {
          expect(snel, wat).toBeUndefined();
        }
        gezien.add(`${uit} ${d}`);
      },
    ), { numRuns: 400 });
    // every output at every distance from the edge was tried
    expect(gezien.size).toBe(UITVOER.length * 5);
  });
});
