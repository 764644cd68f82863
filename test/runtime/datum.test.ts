// Tests for the day-number calendar in runtime/datum.ts.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { dagVan, jmd, leesDatum, schrijfDatum, isSchrikkeljaar, dagenInMaand, plusMaanden, plusDagen } from '../../runtime/datum.js';

const d = (s: string): number => {
  const x = leesDatum(s);
  if (x === null) throw new Error(`test input ${s}`);
  return x;
};

describe('dagVan', () => {
  it('anchors at 1970-01-01 and agrees with Date.UTC', () => {
    expect(dagVan(1970, 1, 1)).toBe(0);
    expect(dagVan(1969, 12, 31)).toBe(-1);
    expect(dagVan(2000, 3, 1)).toBe(Date.UTC(2000, 2, 1) / 86400000);
    expect(dagVan(1, 1, 1)).toBe(-719162); // Date.UTC cannot check this: it maps year 1 to 1901
    expect(dagVan(9999, 12, 31)).toBe(Date.UTC(9999, 11, 31) / 86400000);
  });
  it('rejects impossible dates', () => {
    expect(dagVan(2025, 2, 30)).toBeNull();
    expect(dagVan(2023, 2, 29)).toBeNull();
    expect(dagVan(2024, 2, 29)).not.toBeNull();
    expect(dagVan(2025, 13, 1)).toBeNull();
    expect(dagVan(2025, 0, 1)).toBeNull();
    expect(dagVan(2025, 4, 31)).toBeNull();
    expect(dagVan(0, 1, 1)).toBeNull();
    expect(dagVan(10000, 1, 1)).toBeNull();
    expect(dagVan(2025, 1.5, 1)).toBeNull();
  });
  it('follows the Gregorian leap rule', () => {
    expect(isSchrikkeljaar(1900)).toBe(false);
    expect(isSchrikkeljaar(2000)).toBe(true);
    expect(isSchrikkeljaar(2024)).toBe(true);
    expect(isSchrikkeljaar(2025)).toBe(false);
    expect(dagVan(1900, 2, 29)).toBeNull();
    expect(dagVan(2000, 2, 29)).not.toBeNull();
    expect(dagenInMaand(2024, 2)).toBe(29);
    expect(dagenInMaand(1900, 2)).toBe(28);
    expect(dagenInMaand(2025, 4)).toBe(30);
  });
});

describe('leesDatum / schrijfDatum', () => {
  it('accepts only strict YYYY-MM-DD', () => {
    expect(leesDatum('2025-03-01')).toBe(dagVan(2025, 3, 1));
    for (const s of ['2025-3-1', '25-03-01', '2025-03-01T00:00', ' 2025-03-01', '2025/03/01', '2025-02-30', '', '0000-01-01']) {
      expect(leesDatum(s), s).toBeNull();
    }
  });
  it('round-trips every day from year 1 to 9999', () => {
    const eerste = d('0001-01-01');
    const laatste = d('9999-12-31');
    let vorige = jmd(eerste - 1);
    for (let x = eerste; x <= laatste; x++) {
      const s = schrijfDatum(x);
      if (leesDatum(s) !== x) throw new Error(`round trip ${x} ${s}`);
      const nu = jmd(x);
      // Consecutive days must step by exactly one calendar day.
      const volgt =
        (nu.jaar === vorige.jaar && nu.maand === vorige.maand && nu.dag === vorige.dag + 1) ||
        (nu.dag === 1 && vorige.dag === dagenInMaand(vorige.jaar, vorige.maand) &&
          (nu.maand === vorige.maand + 1 ? nu.jaar === vorige.jaar : nu.maand === 1 && vorige.maand === 12 && nu.jaar === vorige.jaar + 1));
      if (!volgt) throw new Error(`gap at ${s}`);
      vorige = nu;
    }
    expect(schrijfDatum(eerste)).toBe('0001-01-01');
    expect(laatste - eerste + 1).toBe(3652059);
  });
  it('agrees with the JS Date for modern dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100000, max: 100000 }), (x) => {
        expect(schrijfDatum(x)).toBe(new Date(x * 86400000).toISOString().slice(0, 10));
      }),
    );
  });
});

describe('plusMaanden', () => {
  it('clamps to the end of the target month', () => {
    expect(schrijfDatum(plusMaanden(d('2025-01-31'), 1))).toBe('2025-02-28');
    expect(schrijfDatum(plusMaanden(d('2024-01-31'), 1))).toBe('2024-02-29');
    expect(schrijfDatum(plusMaanden(d('2024-02-29'), 12))).toBe('2025-02-28');
    expect(schrijfDatum(plusMaanden(d('2025-03-31'), -1))).toBe('2025-02-28');
    expect(schrijfDatum(plusMaanden(d('2024-03-31'), -1))).toBe('2024-02-29');
    expect(schrijfDatum(plusMaanden(d('2025-01-15'), -13))).toBe('2023-12-15');
    expect(schrijfDatum(plusMaanden(d('2025-12-31'), 2))).toBe('2026-02-28');
  });
  it('lands in the right month on min(day, month length)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: d('1800-01-01'), max: d('2200-12-31') }),
        fc.integer({ min: -1200, max: 1200 }),
        (x, m) => {
          const van = jmd(x);
          const naar = jmd(plusMaanden(x, m));
          const totaal = van.jaar * 12 + van.maand - 1 + m;
          expect(naar.jaar).toBe(Math.floor(totaal / 12));
          expect(naar.maand).toBe((totaal % 12) + 1);
          expect(naar.dag).toBe(Math.min(van.dag, dagenInMaand(naar.jaar, naar.maand)));
        },
      ),
    );
  });
});

describe('plusDagen', () => {
  it('adds days exactly and round-trips', () => {
    fc.assert(
      fc.property(fc.integer({ min: d('0001-01-01'), max: d('9999-12-31') }), fc.integer({ min: -100000, max: 100000 }), (x, n) => {
        expect(plusDagen(x, n) - x).toBe(n);
        expect(leesDatum(schrijfDatum(x))).toBe(x);
        const { jaar, maand, dag } = jmd(x);
        expect(dagVan(jaar, maand, dag)).toBe(x);
      }),
    );
    expect(schrijfDatum(plusDagen(d('2024-02-28'), 1))).toBe('2024-02-29');
    expect(schrijfDatum(plusDagen(d('2025-02-28'), 1))).toBe('2025-03-01');
  });
});
