// Rounding `bankiers` (half to even, symmetric around zero) next to `rekenkundig` (half away from
// zero): the exact arithmetic against a BigInt reference written here, and both engines on
// policies that round values at and around the .5 boundaries, with the youth minimum wage examples.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { laad } from '../../language/index.js';
import { evalueer } from '../../compiler/interpreter/interpreter.js';
import { stdlibLader } from '../../compiler/node/modules.js';
import { draaiVoorbeelden } from '../../compiler/interpreter/voorbeelden.js';
import type { Gecontroleerd } from '../../language/checker.js';
import * as G from '../../runtime/getal.js';
import { exactGetal } from '../../runtime/json.js';
import { beideGelijk } from './beide-engines.js';
import type { GecompileerdeModule } from '../../runtime/runtime.js';
import { gecompileerd } from '../opzet/mappen.js';

const ROOT = join(import.meta.dirname, '../..');
const RUNS = Number(process.env.REGELWERK_RUNS ?? 1000);

/**
 * Reference: t/n rounded to d decimals, half to even, on the magnitude; written independently of
 * runtime/getal.ts (scaled integer division with the remainder compared to half the divisor).
 */
function referentieBankiers(t: bigint, n: bigint, d: number): { t: bigint; n: bigint } {
  const schaal = 10n ** BigInt(d);
  const negatief = t < 0n !== n < 0n;
  const teller = (t < 0n ? -t : t) * schaal;
  const noemer = n < 0n ? -n : n;
  let q = teller / noemer;
  const rest = teller % noemer;
  if (2n * rest > noemer || (2n * rest === noemer && q % 2n === 1n)) q += 1n;
  const uit = G.getal(negatief ? -q : q, schaal);
  return { t: uit.t, n: uit.n };
}

/** Values exactly at a .5 boundary of `d` decimals, one unit of `extra` decimals around it, or anywhere. */
const rondGrens = fc.record({
  d: fc.integer({ min: 0, max: 8 }),
  heel: fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
  soort: fc.constantFrom('half', 'onder', 'boven', 'willekeurig'),
  extra: fc.integer({ min: 1, max: 12 }),
  los: fc.bigInt({ min: 1n, max: 10n ** 12n }),
}).map(({ d, heel, soort, extra, los }) => {
  // heel + 1/2 units of the last kept decimal, at scale 10^(d + extra)
  const schaal = 10n ** BigInt(d + extra);
  const half = 5n * 10n ** BigInt(extra - 1);
  const eenheid = 10n ** BigInt(extra);
  const t = soort === 'half' ? heel * eenheid + half
    : soort === 'onder' ? heel * eenheid + half - 1n
    : soort === 'boven' ? heel * eenheid + half + 1n
    : heel * eenheid + (los % eenheid);
  return { d, t, n: schaal };
});

describe('bankiers in de exacte rekenkunde', () => {
  it('matches the BigInt reference at and around every .5 boundary, negatives included', () => {
    fc.assert(fc.property(rondGrens, fc.boolean(), ({ d, t, n }, neg) => {
      const x = G.getal(neg ? -t : t, n);
      const r = G.afronden(x, d, 'bankiers');
      expect({ t: r.t, n: r.n }).toEqual(referentieBankiers(x.t, x.n, d));
    }), { numRuns: RUNS * 2 });
  });
  it('is symmetric around zero and differs from rekenkundig only on exact halves', () => {
    fc.assert(fc.property(rondGrens, ({ d, t, n }) => {
      const x = G.getal(t, n);
      const a = G.afronden(x, d, 'bankiers');
      expect(G.gelijk(G.afronden(G.negatief(x), d, 'bankiers'), G.negatief(a))).toBe(true);
      const halfPrecies = G.gelijk(G.afronden(x, d + 1, 'naar beneden'), x) && (x.t * 10n ** BigInt(d + 1) / x.n) % 10n !== 0n
        && G.gelijk(G.maal(G.min(x, G.afronden(x, d, 'naar beneden')), G.getal(10n ** BigInt(d))), G.getal(1, 2));
      if (!halfPrecies) expect(G.gelijk(a, G.afronden(x, d, 'rekenkundig'))).toBe(true);
    }), { numRuns: RUNS });
  });
  it('0,125 → 0,12 and 0,135 → 0,14 at 2 decimals; -2,5 → -2; 7,495 rekenkundig → 7,50', () => {
    const r = (s: string, d: number, w: G.Afronding): string => G.naarDecimaleTekst(G.afronden(G.vanDecimaleTekst(s)!, d, w));
    expect(r('0.125', 2, 'bankiers')).toBe('0.12');
    expect(r('0.135', 2, 'bankiers')).toBe('0.14');
    expect(r('-0.125', 2, 'bankiers')).toBe('-0.12');
    expect(r('-0.135', 2, 'bankiers')).toBe('-0.14');
    expect(r('2.5', 0, 'bankiers')).toBe('2');
    expect(r('-2.5', 0, 'bankiers')).toBe('-2');
    expect(r('3.5', 0, 'bankiers')).toBe('4');
    expect(r('-3.5', 0, 'bankiers')).toBe('-4');
    expect(r('0.1251', 2, 'bankiers')).toBe('0.13');
    expect(r('7.495', 2, 'rekenkundig')).toBe('7.5');
    expect(r('7.495', 2, 'bankiers')).toBe('7.5');
    expect(r('7.485', 2, 'bankiers')).toBe('7.48');
  });
});

const BRON = `regeling Afronding
  bron "Besluit minimumjeugdloon"

invoer g: getal
invoer b: bedrag
invoer p: percentage

uitvoer twee: getal
uitvoer heel: getal
uitvoer vier: getal
uitvoer cent: bedrag
uitvoer euros: bedrag
uitvoer halfOp: bedrag
uitvoer pct: percentage
uitvoer deel: getal

regel twee: getal is g afgerond op 2 decimalen bankiers
regel heel: getal is g afgerond op hele getallen bankiers
regel vier: getal is g afgerond op 4 decimalen bankiers
regel cent: bedrag is (b * 0,1) afgerond op centen bankiers
regel euros: bedrag is (b * 0,001) afgerond op euro's bankiers
regel halfOp: bedrag is (b * 0,1) afgerond op centen rekenkundig
regel pct: percentage is p afgerond op 1 decimalen bankiers
regel deel: getal is (g * 0,125) afgerond op 2 decimalen bankiers

voorbeeld "0,125 naar de even 0,12"
  gegeven
    g is 0,125
    b is € 74,95
    p is 45,25%
  verwacht
    twee is 0,12
    heel is 0
    cent is € 7,50
    halfOp is € 7,50
    pct is 45,2%

voorbeeld "0,135 naar de even 0,14"
  gegeven
    g is 0,135
    b is € 74,85
    p is 45,35%
  verwacht
    twee is 0,14
    cent is € 7,48
    halfOp is € 7,49
    pct is 45,4%

voorbeeld "negatief: symmetrisch"
  gegeven
    g is -2,5
    b is € -1,25
    p is -0,25%
  verwacht
    heel is -2
    twee is -2,5
    cent is € -0,12
    euros is € 0
    pct is -0,2%
`;

let g: Gecontroleerd;
let m: GecompileerdeModule;
let snelGebruikt = 0;

beforeAll(async () => {
  const r = laad(BRON, 'afronding.regel', stdlibLader);
  expect(r.diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
  g = r.gecontroleerd;
  m = (await gecompileerd('bankiers', [{ g, bestand: 'afronding.regel' }]))[0]!.module;
}, 120_000);

describe('bankiers in een regeling', () => {
  it('de voorbeelden slagen in de interpreter en in de gegenereerde code', () => {
    for (const u of draaiVoorbeelden(g)) expect(u.verschillen, u.naam).toEqual([]);
    for (const u of draaiVoorbeelden(g, (invoer, opties) => m.evalueerMetUitleg(invoer, opties) as never)) expect(u.verschillen, u.naam).toEqual([]);
  });
  it('both engines agree at and around .5 boundaries', () => {
    fc.assert(fc.property(rondGrens, rondGrens, rondGrens, fc.boolean(), (a, b, c, neg) => {
      const tekst = (x: { t: bigint; n: bigint }, n: boolean): unknown => exactGetal(G.naarDecimaleTekst(G.getal(n ? -x.t : x.t, x.n)));
      // amounts are inputs with at most two decimals; the rules divide them onto the boundaries
      const centen = G.afronden(G.getal(b.t, b.n), 2, 'naar beneden');
      const invoer = { g: tekst(a, neg), b: tekst(centen, !neg), p: tekst(c, neg) };
      beideGelijk(g, m, invoer, { peildatum: '2026-01-01' });
      // exact numbers from JSON text are the exact path's alone
      expect(m.evalueerSnel(invoer, { peildatum: '2026-01-01' })).toBeUndefined();
    }), { numRuns: RUNS });
  });
  it('the fast path rounds bankiers itself on small inputs', () => {
    for (const [g0, b0, p] of [['2.5', '74.95', 45.25], ['3.5', '74.85', 45.35], ['-2.5', '-1.25', -0.25], ['0.2', '0.05', 0.15], ['-0.36', '-0.15', 12.45]] as const) {
      // inputs the fast path reads (two decimals); the rules put them on .5 boundaries
      const invoer = { g: Number(g0), b: Number(b0), p };
      const snel = m.evalueerSnel(invoer, { peildatum: '2026-01-01' });
      expect(snel).toBeDefined();
      expect(JSON.stringify(snel)).toBe(JSON.stringify(m.evalueerExact(invoer, { peildatum: '2026-01-01' })));
    }
  });
  it('the fast path answers on inputs as callers write them (two decimals), at and around the .5 boundaries of every rule', () => {
    // cents around every boundary the rules round on: x,50 (hele getallen), x,x5 (tiende van een bedrag, 1 decimaal van een percentage)
    const centen = fc.tuple(fc.integer({ min: -100000, max: 100000 }), fc.constantFrom(0, 4, 5, 6, 15, 25, 45, 49, 50, 51, 55, 75, 95, 99), fc.boolean())
      .map(([heel, rest, neg]) => (neg ? -1 : 1) * (Math.abs(heel) * 100 + rest) / 100);
    fc.assert(fc.property(centen, centen, centen, (g0, b, p) => {
      const invoer = { g: g0, b, p };
      beideGelijk(g, m, invoer, { peildatum: '2026-01-01' });
      const snel = m.evalueerSnel(invoer, { peildatum: '2026-01-01' });
      if (snel !== undefined) {
        snelGebruikt++;
        expect(JSON.stringify(snel)).toBe(JSON.stringify(m.evalueerExact(invoer, { peildatum: '2026-01-01' })));
      }
    }), { numRuns: RUNS });
    // measured: every case (RUNS of RUNS); the fast path is required to answer these
    expect(snelGebruikt / RUNS).toBeGreaterThanOrEqual(0.95);
  });
});
