// Tests for month/day durations in runtime/duur.ts.
import { describe, it, expect } from 'vitest';
import { leesDatum, schrijfDatum } from '../../runtime/datum.js';
import {
  duur, plusDuur, minDuur, maalDuur, negatiefDuur, datumPlusDuur, datumMinDuur, vergelijkDuur, gelijkDuur,
  duurNaarJson, duurVanJson, schrijfDuur, OnvergelijkbareDuur,
} from '../../runtime/duur.js';

const d = (s: string): number => {
  const x = leesDatum(s);
  if (x === null) throw new Error(`test input ${s}`);
  return x;
};

describe('duur', () => {
  it('normalises weeks and years', () => {
    expect(duur({ jaren: 3 })).toEqual({ maanden: 36, dagen: 0 });
    expect(duur({ weken: 2, dagen: 1, maanden: 1, jaren: 1 })).toEqual({ maanden: 13, dagen: 15 });
    expect(() => duur({ dagen: 1.5 })).toThrow(RangeError);
  });
  it('does arithmetic', () => {
    const a = duur({ maanden: 2, dagen: 3 });
    expect(plusDuur(a, duur({ dagen: 4 }))).toEqual({ maanden: 2, dagen: 7 });
    expect(minDuur(a, duur({ maanden: 5 }))).toEqual({ maanden: -3, dagen: 3 });
    expect(maalDuur(a, 3)).toEqual({ maanden: 6, dagen: 9 });
    expect(() => maalDuur(a, 1.5)).toThrow(RangeError);
    expect(negatiefDuur(a)).toEqual({ maanden: -2, dagen: -3 });
    expect(Object.is(negatiefDuur(duur({ dagen: 0 })).dagen, 0)).toBe(true);
  });
});

describe('datum met duur', () => {
  it('applies months before days', () => {
    // 2025-01-31 + 1 maand = 2025-02-28, + 1 dag = 2025-03-01 (days first would give 2025-03-01 + 1 maand = 2025-04-01).
    expect(schrijfDatum(datumPlusDuur(d('2025-01-31'), duur({ maanden: 1, dagen: 1 })))).toBe('2025-03-01');
    expect(schrijfDatum(datumPlusDuur(d('2024-02-29'), duur({ jaren: 1 })))).toBe('2025-02-28');
    expect(schrijfDatum(datumPlusDuur(d('2025-01-01'), duur({ weken: 2 })))).toBe('2025-01-15');
  });
  it('subtracts months before days', () => {
    // 2025-03-31 - 1 maand = 2025-02-28, - 1 dag = 2025-02-27 (days first would give 2025-02-28).
    expect(schrijfDatum(datumMinDuur(d('2025-03-31'), duur({ maanden: 1, dagen: 1 })))).toBe('2025-02-27');
    expect(schrijfDatum(datumMinDuur(d('2026-03-01'), duur({ maanden: 36 })))).toBe('2023-03-01');
  });
});

describe('vergelijkDuur', () => {
  it('orders same-unit durations', () => {
    expect(vergelijkDuur(duur({ dagen: 3 }), duur({ dagen: 5 }))).toBe(-1);
    expect(vergelijkDuur(duur({ maanden: 36 }), duur({ jaren: 3 }))).toBe(0);
    expect(vergelijkDuur(duur({ jaren: 3 }), duur({ maanden: 35 }))).toBe(1);
    expect(vergelijkDuur(duur({ weken: 1 }), duur({ dagen: 7 }))).toBe(0);
    expect(vergelijkDuur(duur({ maanden: 1, dagen: 3 }), duur({ maanden: 1, dagen: 3 }))).toBe(0);
    expect(vergelijkDuur(duur({ dagen: 0 }), duur({ maanden: 2, dagen: 1 }))).toBe(-1);
  });
  it('throws for mixed units', () => {
    expect(() => vergelijkDuur(duur({ maanden: 1 }), duur({ dagen: 30 }))).toThrow(OnvergelijkbareDuur);
    expect(() => vergelijkDuur(duur({ dagen: 400 }), duur({ jaren: 1 }))).toThrow(OnvergelijkbareDuur);
    expect(() => vergelijkDuur(duur({ maanden: 2, dagen: 1 }), duur({ maanden: 1, dagen: 40 }))).toThrow(/niet te vergelijken/);
  });
  it('gelijkDuur is structural', () => {
    expect(gelijkDuur(duur({ weken: 1 }), duur({ dagen: 7 }))).toBe(true);
    expect(gelijkDuur(duur({ maanden: 1 }), duur({ dagen: 30 }))).toBe(false);
  });
});

describe('JSON en tekst', () => {
  it('writes JSON', () => {
    expect(duurNaarJson(duur({ dagen: 5 }))).toEqual({ dagen: 5 });
    expect(duurNaarJson(duur({ jaren: 3 }))).toEqual({ maanden: 36 });
    expect(duurNaarJson(duur({}))).toEqual({ dagen: 0 });
    expect(duurNaarJson(duur({ maanden: 1, dagen: 2 }))).toEqual({ maanden: 1, dagen: 2 });
  });
  it('reads JSON', () => {
    expect(duurVanJson({ jaren: 3 })).toEqual({ maanden: 36, dagen: 0 });
    expect(duurVanJson({ weken: 1, dagen: 1 })).toEqual({ maanden: 0, dagen: 8 });
    for (const bad of [null, 5, 'x', [], {}, { uren: 1 }, { dagen: 1, uren: 1 }, { dagen: 1.5 }, { dagen: '3' }, { jaren: 2 ** 52 }]) {
      expect(typeof duurVanJson(bad), JSON.stringify(bad)).toBe('string');
    }
  });
  it('writes Dutch text', () => {
    expect(schrijfDuur(duur({ jaren: 3 }))).toBe('36 maanden');
    expect(schrijfDuur(duur({ dagen: 1 }))).toBe('1 dag');
    expect(schrijfDuur(duur({ dagen: 3 }))).toBe('3 dagen');
    expect(schrijfDuur(duur({ maanden: 1 }))).toBe('1 maand');
    expect(schrijfDuur(duur({ maanden: 2, dagen: 3 }))).toBe('2 maanden en 3 dagen');
    expect(schrijfDuur(duur({}))).toBe('0 dagen');
  });
});
