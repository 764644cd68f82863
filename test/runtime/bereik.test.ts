// The range check (runtime/bereik.ts) on and around every bound: random ranges with inclusive and
// exclusive ends (`van .. tot`, `tot en met`, `groter dan`, `kleiner dan`, `ten minste`, `ten
// hoogste`), and for each bound the value exactly on it, one unit of several scales below and
// above it, compared with a reference written here on BigInt fractions. A mutant that treats an
// exclusive bound as inclusive (or the other way round) fails on the value exactly on the bound.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bereikFout, duurBereikFout } from '../../runtime/bereik.js';
import * as G from '../../runtime/getal.js';
import type { Grens, Type } from '../../runtime/typen.js';

/** A decimal as an exact fraction t / 10^s, written here without runtime/getal.ts. */
interface Dec { readonly t: bigint; readonly s: number }

const vgl = (a: Dec, b: Dec): number => {
  const s = Math.max(a.s, b.s);
  const x = a.t * 10n ** BigInt(s - a.s);
  const y = b.t * 10n ** BigInt(s - b.s);
  return x < y ? -1 : x > y ? 1 : 0;
};

const tekst = (d: Dec): string => {
  const neg = d.t < 0n;
  const cijfers = (neg ? -d.t : d.t).toString().padStart(d.s + 1, '0');
  const heel = cijfers.slice(0, cijfers.length - d.s);
  const frac = cijfers.slice(cijfers.length - d.s);
  return `${neg ? '-' : ''}${heel}${d.s > 0 ? `.${frac}` : ''}`;
};

type Soort = 'getal' | 'bedrag' | 'percentage';

interface Bereik {
  readonly soort: Soort;
  readonly geheel: boolean;
  readonly min?: { d: Dec; inclusief: boolean };
  readonly max?: { d: Dec; inclusief: boolean };
}

const decArb: fc.Arbitrary<Dec> = fc.record({
  t: fc.oneof(fc.bigInt({ min: -1000n, max: 1000n }), fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n })),
  s: fc.integer({ min: 0, max: 4 }),
});

/** A range with one or two ends, each inclusive or not; two ends never make an empty range. */
const bereikArb: fc.Arbitrary<Bereik> = fc
  .record({
    soort: fc.constantFrom<Soort>('getal', 'bedrag', 'percentage'),
    geheel: fc.boolean(),
    a: decArb,
    b: decArb,
    ai: fc.boolean(),
    bi: fc.boolean(),
    welke: fc.constantFrom('beide', 'min', 'max'),
  })
  .map(({ soort, geheel, a, b, ai, bi, welke }) => {
    const [lo, hi] = vgl(a, b) <= 0 ? [a, b] : [b, a];
    // `van 5 tot 5` is an empty range the checker refuses (RW2016); make it `van 5 tot en met 5`
    const gelijk = vgl(lo, hi) === 0;
    const min = { d: lo, inclusief: gelijk ? true : ai };
    const max = { d: hi, inclusief: gelijk ? true : bi };
    return { soort, geheel: geheel && soort === 'getal', ...(welke !== 'max' ? { min } : {}), ...(welke !== 'min' ? { max } : {}) };
  });

function grens(g: { d: Dec; inclusief: boolean }): Grens {
  return { waarde: tekst(g.d), inclusief: g.inclusief, tekst: tekst(g.d).replace('.', ',') };
}

function alsType(b: Bereik): Type {
  return { soort: b.soort, ...(b.geheel ? { geheel: true as const } : {}), ...(b.min ? { min: grens(b.min) } : {}), ...(b.max ? { max: grens(b.max) } : {}) };
}

/** The reference: null when the value is allowed, else which rule it breaks, checked in this order. */
function referentie(b: Bereik, v: Dec): 'geheel' | 'min' | 'max' | null {
  if (b.geheel && v.t % 10n ** BigInt(v.s) !== 0n) return 'geheel';
  if (b.min) {
    const c = vgl(v, b.min.d);
    if (c < 0 || (c === 0 && !b.min.inclusief)) return 'min';
  }
  if (b.max) {
    const c = vgl(v, b.max.d);
    if (c > 0 || (c === 0 && !b.max.inclusief)) return 'max';
  }
  return null;
}

/** Each bound, one unit of 10^-k below and above it for several k, and (for whole numbers) ±1. */
function randwaarden(b: Bereik): Dec[] {
  const uit: Dec[] = [];
  for (const g of [b.min, b.max]) {
    if (!g) continue;
    uit.push(g.d);
    for (const k of [0, 1, 2, 4, 9, 20]) {
      const s = Math.max(k, g.d.s);
      const t = g.d.t * 10n ** BigInt(s - g.d.s);
      const eenheid = 10n ** BigInt(s - k);
      uit.push({ t: t - eenheid, s }, { t: t + eenheid, s });
    }
  }
  return uit;
}

const REDEN: Record<'geheel' | 'min' | 'max', RegExp> = {
  geheel: /^moet een geheel getal zijn, maar kreeg /,
  min: /^moet (ten minste|groter dan) /,
  max: /^moet (ten hoogste|kleiner dan) /,
};

describe('bereikFout op en rond elke grens', () => {
  it('geeft precies dan een fout als de referentie dat doet, en noemt de goede grens', () => {
    // which kinds of bound were hit exactly: the property is not vacuous for any of them
    const geraakt = new Set<string>();
    fc.assert(fc.property(bereikArb, (b) => {
      const t = alsType(b);
      for (const v of randwaarden(b)) {
        const verwacht = referentie(b, v);
        const fout = bereikFout(G.vanDecimaleTekst(tekst(v))!, t);
        const wat = `${JSON.stringify(t)} met ${tekst(v)}`;
        if (verwacht === null) expect(fout, wat).toBeNull();
        else expect(fout, wat).toMatch(REDEN[verwacht]);
        for (const [welke, g] of [['min', b.min], ['max', b.max]] as const) {
          if (g && vgl(v, g.d) === 0) geraakt.add(`${welke} ${g.inclusief ? 'inclusief' : 'exclusief'} ${verwacht === null ? 'toegestaan' : 'geweigerd'}`);
        }
      }
    }), { numRuns: 1000 });
    expect([...geraakt].sort()).toEqual([
      'max exclusief geweigerd', 'max inclusief geweigerd', 'max inclusief toegestaan',
      'min exclusief geweigerd', 'min inclusief geweigerd', 'min inclusief toegestaan',
    ]);
  });

  it('de woorden van de melding volgen de grens: kleiner dan / ten hoogste / groter dan / ten minste', () => {
    const t = (min: boolean, inclusief: boolean): Type => ({ soort: 'getal', [min ? 'min' : 'max']: { waarde: '100', inclusief, tekst: '100' } });
    const honderd = G.vanDecimaleTekst('100')!;
    expect(bereikFout(honderd, t(false, false))).toBe('moet kleiner dan 100 zijn, maar kreeg 100');
    expect(bereikFout(honderd, t(false, true))).toBeNull();
    expect(bereikFout(honderd, t(true, false))).toBe('moet groter dan 100 zijn, maar kreeg 100');
    expect(bereikFout(honderd, t(true, true))).toBeNull();
  });
});

// ---- durations: compared per part (months, days); a value on both sides of a bound does not meet it ----

interface D { readonly maanden: number; readonly dagen: number }

/** -1, 0, 1, or null when the parts lie on both sides (no order). Written here, not from duur.ts. */
function vglDuur(a: D, b: D): number | null {
  const m = Math.sign(a.maanden - b.maanden);
  const d = Math.sign(a.dagen - b.dagen);
  if (m === 0 && d === 0) return 0;
  if (m <= 0 && d <= 0) return -1;
  if (m >= 0 && d >= 0) return 1;
  return null;
}

const duurArb: fc.Arbitrary<D> = fc.record({ maanden: fc.integer({ min: -30, max: 30 }), dagen: fc.integer({ min: -400, max: 400 }) });

describe('duurBereikFout op en rond elke grens', () => {
  it('geeft precies dan een fout als de referentie dat doet', () => {
    const geraakt = new Set<string>();
    fc.assert(fc.property(duurArb, duurArb, fc.boolean(), fc.boolean(), fc.constantFrom('beide', 'min', 'max'), (a, b, ai, bi, welke) => {
      const c = vglDuur(a, b);
      if (c === null) return; // two bounds without an order are refused by the checker (RW2016)
      const [lo, hi] = c <= 0 ? [a, b] : [b, a];
      const gelijk = c === 0;
      const min = welke !== 'max' ? { d: lo, inclusief: gelijk || ai } : undefined;
      const max = welke !== 'min' ? { d: hi, inclusief: gelijk || bi } : undefined;
      const gr = (g: { d: D; inclusief: boolean }): Grens => ({ waarde: '0', inclusief: g.inclusief, tekst: `${g.d.maanden} maanden en ${g.d.dagen} dagen`, duur: g.d });
      const t: Type = { soort: 'duur', ...(min ? { min: gr(min) } : {}), ...(max ? { max: gr(max) } : {}) };
      const kandidaten: D[] = [];
      for (const g of [min, max]) {
        if (!g) continue;
        for (const dm of [-1, 0, 1]) for (const dd of [-1, 0, 1]) kandidaten.push({ maanden: g.d.maanden + dm, dagen: g.d.dagen + dd });
      }
      for (const v of kandidaten) {
        let verwacht: 'min' | 'max' | null = null;
        if (min) { const x = vglDuur(v, min.d); if (x === null || x < 0 || (x === 0 && !min.inclusief)) verwacht = 'min'; }
        if (!verwacht && max) { const x = vglDuur(v, max.d); if (x === null || x > 0 || (x === 0 && !max.inclusief)) verwacht = 'max'; }
        const fout = duurBereikFout(v, t);
        const wat = `${JSON.stringify(t)} met ${JSON.stringify(v)}`;
        if (verwacht === null) expect(fout, wat).toBeNull();
        else expect(fout, wat).toMatch(REDEN[verwacht]);
        for (const [welke2, g] of [['min', min], ['max', max]] as const) {
          if (g && vglDuur(v, g.d) === 0) geraakt.add(`${welke2} ${g.inclusief ? 'inclusief' : 'exclusief'}`);
        }
      }
    }), { numRuns: 1000 });
    expect([...geraakt].sort()).toEqual(['max exclusief', 'max inclusief', 'min exclusief', 'min inclusief']);
  });
});
