// Cells of a population run (compiler/bevolking/kolommen.ts): CSV text read as the policy's types,
// outputs written as exact text, and the DECIMAL chosen for a column holds every row it saw.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Cijfers, alsInvoer, celTekst, kolomType } from '../../../compiler/bevolking/kolommen.js';
import { exactGetal, isExactGetal } from '../../../runtime/json.js';
import type { Type } from '../../../runtime/typen.js';

const CONTRACT: Type = { soort: 'lijst', element: { soort: 'gegevens', velden: [{ naam: 'begin', type: { soort: 'datum' } }, { naam: 'uren', type: { soort: 'getal' } }] } };

describe('alsInvoer', () => {
  it('reads a number written as text exactly, with a point or a comma', () => {
    for (const [tekst, decimaal] of [['7.35', '7.35'], ['7,35', '7.35'], [' 19.9999999999999999 ', '19.9999999999999999'], ['+3', '3'], ['-0.10', '-0.10']] as const) {
      const x = alsInvoer(tekst, { soort: 'bedrag' });
      expect(isExactGetal(x) && x.decimaal).toBe(decimaal);
    }
  });

  it('leaves text that is no number as text, so the engine names the field', () => {
    expect(alsInvoer('abc', { soort: 'getal' })).toBe('abc');
    expect(alsInvoer('1e5', { soort: 'getal' })).toBe('1e5');
    expect(alsInvoer('7.35', { soort: 'tekst' })).toBe('7.35');
  });

  it('reads yes/no as drafters and machines write it', () => {
    expect(alsInvoer('ja', { soort: 'ja/nee' })).toBe(true);
    expect(alsInvoer('FALSE', { soort: 'ja/nee' })).toBe(false);
    expect(alsInvoer('misschien', { soort: 'ja/nee' })).toBe('misschien');
    expect(alsInvoer(true, { soort: 'leegbaar', type: { soort: 'ja/nee' } })).toBe(true);
  });

  it('reads a list of records written as JSON in a cell, and converts its fields', () => {
    const x = alsInvoer('[{"begin": "2025-01-01", "uren": "12,5"}]', CONTRACT) as { begin: string; uren: unknown }[];
    expect(x[0]!.begin).toBe('2025-01-01');
    expect(isExactGetal(x[0]!.uren) && x[0]!.uren.decimaal).toBe('12.5');
    // a key __proto__ read from JSON stays a key, not a prototype
    const p = alsInvoer('[{"__proto__": {"x": 1}, "uren": 2}]', CONTRACT) as object[];
    expect(Object.getPrototypeOf(p[0])).toBe(Object.prototype);
    expect(Object.keys(p[0]!)).toEqual(['__proto__', 'uren']);
  });
});

describe('celTekst and Cijfers', () => {
  it('writes numbers as exact decimals, never in exponent notation', () => {
    expect(celTekst(1e21, 'getal')).toBe('1000000000000000000000');
    expect(celTekst(0.1, 'getal')).toBe('0.1');
    expect(celTekst(exactGetal('19.9999999999999999'), 'getal')).toBe('19.9999999999999999');
    expect(celTekst(null, 'getal')).toBeNull();
    expect(celTekst(false, 'ja/nee')).toBe('false');
  });

  it('reads a cell\'s digits as the regular expression -?(\\d+)(\\.\\d+)? does, and says whether it is decimal text', () => {
    const verwacht = (teksten: readonly string[]): { staat: readonly [number, number]; decimaal: boolean[] } => {
      let heel = 1;
      let schaal = 0;
      const decimaal = teksten.map((t) => {
        const m = /^-?(\d+)(?:\.(\d+))?$/.exec(t);
        if (!m) { heel = Infinity; return false; }
        heel = Math.max(heel, m[1]!.replace(/^0+(?=\d)/, '').length);
        schaal = Math.max(schaal, m[2]?.length ?? 0);
        return true;
      });
      return { staat: [heel, schaal], decimaal };
    };
    const cel = fc.string({ unit: fc.constantFrom('-', '0', '0', '1', '9', '.', 'x', '"', 'e'), maxLength: 8 });
    fc.assert(fc.property(fc.array(cel, { maxLength: 6 }), (teksten) => {
      const c = new Cijfers();
      const decimaal = teksten.map((t) => c.voeg(t));
      expect({ staat: c.staat, decimaal }).toEqual(verwacht(teksten));
    }), { numRuns: 2000 });
  });

  it('chooses a DECIMAL that holds every row exactly, or text beyond 38 digits', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 12 })), { minLength: 1 }), (xs) => {
      const c = new Cijfers();
      const teksten = xs.map(([t, s]) => {
        const abs = (t < 0n ? -t : t).toString().padStart(s + 1, '0');
        return `${t < 0n ? '-' : ''}${s === 0 ? abs : `${abs.slice(0, -s)}.${abs.slice(-s)}`}`;
      });
      teksten.forEach((t) => c.voeg(t));
      const m = /^DECIMAL\((\d+),(\d+)\)$/.exec(c.sqlType());
      expect(m).not.toBeNull();
      const [p, s] = [Number(m![1]), Number(m![2])];
      for (const t of teksten) {
        const [heel, fractie = ''] = t.replace('-', '').split('.');
        expect(fractie.length).toBeLessThanOrEqual(s);
        expect(heel!.replace(/^0+(?=\d)/, '').length).toBeLessThanOrEqual(p - s);
      }
    }));
    const c = new Cijfers(2);
    c.voeg('7');
    expect(c.sqlType()).toBe('DECIMAL(3,2)');
    c.voeg('1'.repeat(40));
    expect(c.sqlType()).toBe('VARCHAR');
    expect(kolomType('ja/nee', null)).toBe('BOOLEAN');
  });
});
