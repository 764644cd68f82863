// Tests for the exact rational arithmetic in runtime/getal.ts.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  getal, NUL, EEN, HONDERD, plus, min, maal, gedeeldDoor, negatief, vergelijk, gelijk, isGeheel,
  afronden, vanDecimaleTekst, vanJsNumber, naarJsNumber, decimalen, naarDecimaleTekst, naarGeheel,
  DelingDoorNul, type Getal,
} from '../../runtime/getal.js';

const g = (s: string): Getal => {
  const x = vanDecimaleTekst(s);
  if (x === null) throw new Error(`test input ${s}`);
  return x;
};
const tekst = (x: Getal): string => naarDecimaleTekst(x);

describe('normalisatie', () => {
  it('reduces and moves the sign to the numerator', () => {
    expect(getal(6, 4)).toEqual({ t: 3n, n: 2n });
    expect(getal(3, -6)).toEqual({ t: -1n, n: 2n });
    expect(getal(-3n, -6n)).toEqual({ t: 1n, n: 2n });
    expect(getal(0, -5)).toEqual({ t: 0n, n: 1n });
    expect(NUL).toEqual({ t: 0n, n: 1n });
    expect(EEN).toEqual({ t: 1n, n: 1n });
    expect(HONDERD).toEqual({ t: 100n, n: 1n });
  });
  it('rejects unsafe numbers and zero denominators', () => {
    expect(() => getal(0.5)).toThrow(RangeError);
    expect(() => getal(2 ** 53)).toThrow(RangeError);
    expect(() => getal(1, 0)).toThrow(DelingDoorNul);
  });
});

describe('rekenen', () => {
  it('is exact', () => {
    expect(gelijk(plus(vanJsNumber(0.1)!, vanJsNumber(0.2)!), vanJsNumber(0.3)!)).toBe(true);
    expect(vanJsNumber(0.1)).toEqual({ t: 1n, n: 10n });
    expect(plus(getal(1, 3), getal(1, 6))).toEqual({ t: 1n, n: 2n });
    expect(min(getal(1, 3), getal(1, 2))).toEqual({ t: -1n, n: 6n });
    expect(maal(getal(2, 3), getal(9, 4))).toEqual({ t: 3n, n: 2n });
    expect(gedeeldDoor(getal(1), getal(3))).toEqual({ t: 1n, n: 3n });
    expect(negatief(getal(5, 2))).toEqual({ t: -5n, n: 2n });
  });
  it('throws DelingDoorNul with a Dutch message', () => {
    expect(() => gedeeldDoor(EEN, NUL)).toThrow(DelingDoorNul);
    expect(() => gedeeldDoor(EEN, NUL)).toThrow('deling door nul');
  });
  it('compares', () => {
    expect(vergelijk(getal(1, 3), getal(1, 2))).toBe(-1);
    expect(vergelijk(getal(-1, 2), getal(-1, 3))).toBe(-1);
    expect(vergelijk(getal(2, 4), getal(1, 2))).toBe(0);
    expect(vergelijk(EEN, NUL)).toBe(1);
    expect(isGeheel(getal(4, 2))).toBe(true);
    expect(isGeheel(getal(1, 2))).toBe(false);
  });
});

describe('afronden', () => {
  const r = (s: string, d: number, richting: Parameters<typeof afronden>[2]): string => tekst(afronden(g(s), d, richting));
  it('naar beneden goes towards minus infinity', () => {
    expect(r('2.567', 2, 'naar beneden')).toBe('2.56');
    expect(r('-2.561', 2, 'naar beneden')).toBe('-2.57');
    expect(r('2.5', 0, 'naar beneden')).toBe('2');
    expect(r('-2.5', 0, 'naar beneden')).toBe('-3');
    expect(r('3', 0, 'naar beneden')).toBe('3');
  });
  it('naar boven goes towards plus infinity', () => {
    expect(r('2.561', 2, 'naar boven')).toBe('2.57');
    expect(r('-2.567', 2, 'naar boven')).toBe('-2.56');
    expect(r('2.5', 0, 'naar boven')).toBe('3');
    expect(r('-2.5', 0, 'naar boven')).toBe('-2');
    expect(r('-3', 0, 'naar boven')).toBe('-3');
  });
  it('rekenkundig rounds halves away from zero', () => {
    expect(r('2.5', 0, 'rekenkundig')).toBe('3');
    expect(r('-2.5', 0, 'rekenkundig')).toBe('-3');
    expect(r('0.125', 2, 'rekenkundig')).toBe('0.13');
    expect(r('-0.125', 2, 'rekenkundig')).toBe('-0.13');
    expect(r('2.4999', 0, 'rekenkundig')).toBe('2');
    expect(r('-2.4999', 0, 'rekenkundig')).toBe('-2');
    expect(r('2.51', 0, 'rekenkundig')).toBe('3');
    expect(tekst(afronden(getal(2, 3), 2, 'rekenkundig'))).toBe('0.67');
    expect(tekst(afronden(getal(-2, 3), 2, 'rekenkundig'))).toBe('-0.67');
  });
  it('rejects out-of-range decimals', () => {
    expect(() => afronden(EEN, 1001, 'rekenkundig')).toThrow(RangeError);
    expect(() => afronden(EEN, -1, 'rekenkundig')).toThrow(RangeError);
  });
});

describe('decimale tekst', () => {
  it('parses Dutch comma and JS dot notation', () => {
    expect(g('7,5')).toEqual({ t: 15n, n: 2n });
    expect(g('-0,25')).toEqual({ t: -1n, n: 4n });
    expect(g('12')).toEqual({ t: 12n, n: 1n });
    expect(g('2294,40')).toEqual({ t: 11472n, n: 5n });
    expect(g('7.5')).toEqual({ t: 15n, n: 2n });
    expect(g('1e-7')).toEqual({ t: 1n, n: 10000000n });
    expect(g('1.5E3')).toEqual({ t: 1500n, n: 1n });
  });
  it('returns null for non-numbers', () => {
    for (const s of ['', 'abc', '1,2,3', '1.2.3', '1,', ',5', '--1', '1e', 'NaN', 'Infinity', '1 000', '1e999999']) {
      expect(vanDecimaleTekst(s), s).toBeNull();
    }
    expect(vanJsNumber(NaN)).toBeNull();
    expect(vanJsNumber(Infinity)).toBeNull();
  });
  it('writes exact or rounded text', () => {
    expect(tekst(g('2294,40'))).toBe('2294.4');
    expect(naarDecimaleTekst(g('-0.25'), { komma: true })).toBe('-0,25');
    expect(tekst(getal(1, 3))).toBe('0.3333333333');
    expect(naarDecimaleTekst(getal(2, 3), { maxDecimalen: 3 })).toBe('0.667');
    expect(tekst(g('1e-15'))).toBe('0.000000000000001');
    expect(tekst(getal(-7))).toBe('-7');
  });
  it('counts decimals of terminating expansions only', () => {
    expect(decimalen(g('2294.40'))).toBe(1);
    expect(decimalen(getal(1, 8))).toBe(3);
    expect(decimalen(getal(5))).toBe(0);
    expect(decimalen(getal(1, 3))).toBeNull();
  });
});

describe('naar JS', () => {
  it('gives the nearest double', () => {
    expect(naarJsNumber(g('0.1'))).toBe(0.1);
    expect(naarJsNumber(getal(1, 3))).toBe(1 / 3);
    expect(naarJsNumber(getal(-2, 3))).toBe(-2 / 3);
    expect(naarJsNumber(g('1e-320'))).toBe(1e-320);
    expect(naarJsNumber(g('1e308'))).toBe(1e308);
    expect(naarJsNumber(g('1e309'))).toBe(Infinity);
    expect(naarJsNumber(NUL)).toBe(0);
  });
  it('round-trips every finite double through vanJsNumber', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(naarJsNumber(vanJsNumber(x)!)).toBe(x === 0 ? 0 : x);
      }),
    );
  });
  it('naarGeheel only accepts safe integers', () => {
    expect(naarGeheel(getal(84, 2))).toBe(42);
    expect(() => naarGeheel(getal(1, 2))).toThrow(RangeError);
    expect(() => naarGeheel(getal(2n ** 60n))).toThrow(RangeError);
  });
});

describe('kortsteDecimaal (snelle weg van vanJsNumber)', () => {
  it('geeft hetzelfde getal als de weg via String(x), voor willekeurige doubles', async () => {
    const fc = (await import('fast-check')).default;
    const { kortsteDecimaal, vanDecimaleTekst } = await import('../../runtime/getal.js');
    const decimalen = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 8 })).map(([m, k]) => m / 10 ** k);
    // When it may decline: String(x) = M·10^E (M whole, no trailing zeros) needs k = max(0, -E)
    // decimals and m = M·10^(E + k) as the whole number; the fast way takes k <= 15 and |m| < 10^15.
    const moetAntwoorden = (x: number): boolean => {
      const [mantisse, exp = '0'] = String(Math.abs(x)).split('e');
      const [heel, frac = ''] = mantisse!.split('.');
      const cijfers = (heel! + frac).replace(/^0+/, '');
      const nullen = cijfers.length - cijfers.replace(/0+$/, '').length;
      const E = Number(exp) - frac.length + nullen;
      const k = Math.max(0, -E);
      const m = BigInt(cijfers.replace(/0+$/, '') || '0') * 10n ** BigInt(Math.max(0, E + k));
      return k <= 15 && m < 10n ** 15n;
    };
    let beantwoord = 0;
    fc.assert(fc.property(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), decimalen), (x) => {
      const snel = kortsteDecimaal(x);
      expect(snel === null, `kortsteDecimaal(${x})`).toBe(!moetAntwoorden(x));
      if (snel !== null) {
        beantwoord++;
        expect(snel).toEqual(vanDecimaleTekst(String(x)));
      }
    }), { numRuns: 20000 });
    // the decimals (half the cases) always have the fast way
    expect(beantwoord).toBeGreaterThan(9000);
    expect(kortsteDecimaal(19.99)).toEqual({ t: 1999n, n: 100n });
    expect(kortsteDecimaal(0.1)).toEqual({ t: 1n, n: 10n });
    expect(kortsteDecimaal(-2.5)).toEqual({ t: -5n, n: 2n });
    expect(kortsteDecimaal(0)).toEqual({ t: 0n, n: 1n });
  });
});
