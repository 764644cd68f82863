// The exact JSON reader: numbers keep their digits, errors are Dutch with line and column, a key
// twice is an error with its path, a BOM is skipped. Everything else reads as JSON.parse reads it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JsonFout, exactGetal, getalNaarJson, getalUitJson, isExactGetal, leesJsonTekst, MAX_DIEPTE, schrijfJsonTekst } from '../../runtime/json.js';
import * as G from '../../runtime/getal.js';
import { RegelwerkInvoerFout, RegelwerkRekenFout } from '../../runtime/fouten.js';

/** JSON.parse's value with every number replaced by its exact form, for comparison. */
function zoalsParse(x: unknown): unknown {
  if (typeof x === 'number') return x;
  if (isExactGetal(x)) return Number(x.decimaal);
  if (Array.isArray(x)) return x.map(zoalsParse);
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, zoalsParse(v)]));
  return x;
}

function fout(tekst: string): JsonFout {
  try {
    leesJsonTekst(tekst);
  } catch (x) {
    if (x instanceof JsonFout) return x;
    throw x;
  }
  throw new Error(`geen fout voor ${tekst}`);
}

describe('leesJsonTekst', () => {
  it('houdt de cijfers van getallen zoals geschreven', () => {
    const v = leesJsonTekst('{"p": 19.9999999999999999, "b": 42500.0000000000001, "n": -1.5E+400}') as Record<string, unknown>;
    expect(v.p).toEqual(exactGetal('19.9999999999999999'));
    expect(v.b).toEqual(exactGetal('42500.0000000000001'));
    expect(v.n).toEqual(exactGetal('-1.5E+400'));
    expect(isExactGetal(v.p)).toBe(true);
    // an object that looks like one is not a number
    expect(isExactGetal(leesJsonTekst('{"decimaal": "5"}'))).toBe(false);
  });

  it('leest wat JSON.parse leest, op de getallen na gelijk', () => {
    fc.assert(fc.property(fc.json({ depthSize: 'small' }), (tekst) => {
      expect(zoalsParse(leesJsonTekst(tekst))).toEqual(zoalsParse(JSON.parse(tekst)));
    }), { numRuns: 300 });
  });

  it('weigert wat JSON.parse weigert, met regel en kolom in het Nederlands', () => {
    for (const tekst of ['', '{', '{"a":1,}', '[1,]', '01', '1.', '.5', '+1', 'NaN', '"\\x"', '"a\nb"', '{"a" 1}', 'tru', '1 2', '{a:1}', "'a'", '-', '1e', '[1,,2]']) {
      expect(() => JSON.parse(tekst), tekst).toThrow();
      const f = fout(tekst);
      expect(f).toBeInstanceOf(RegelwerkInvoerFout);
      expect(f.message).toMatch(/\(regel \d+, kolom \d+\)$/);
    }
    const f = fout('{\n  "a": 1,\n  "b": 2,,\n}');
    expect([f.regel, f.kolom]).toEqual([3, 10]);
    expect(f.melding).toBe("verwacht een sleutel tussen aanhalingstekens, maar vond ','");
    expect(fout('[1,5, 2,5 ,]').message).toMatch(/verwacht een JSON-waarde/);
    expect(fout('   ').melding).toContain('het bestand is leeg');
  });

  it('een sleutel twee keer is een fout met het pad', () => {
    const f = fout('{"contracten": [{"begin": "2025-01-01"},\n {"begin": "2025-01-01", "einde": null, "begin": "2026-01-01"}]}');
    expect(f.pad).toBe('contracten[1].begin');
    expect(f.message).toBe(`ongeldige invoer bij 'contracten[1].begin': de sleutel "begin" staat twee keer in hetzelfde object (regel 2, kolom 41)`);
  });

  it('slaat een BOM aan het begin over; kolommen tellen zonder BOM', () => {
    expect(zoalsParse(leesJsonTekst('\uFEFF{"a": 1}'))).toEqual({ a: 1 });
    expect(fout('\uFEFF{"a": }').kolom).toBe(7);
    expect(() => leesJsonTekst('{"a": 1}\uFEFF')).toThrow(JsonFout);
  });

  it('__proto__ is een gewoon veld en diepe nesting een fout, geen stack overflow', () => {
    const v = leesJsonTekst('{"__proto__": {"x": 1}}') as object;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.keys(v)).toEqual(['__proto__']);
    expect(fout('['.repeat(100_000)).melding).toBe(`meer dan ${MAX_DIEPTE} niveaus genest`);
  });
});

describe('schrijfJsonTekst', () => {
  it('writes what leesJsonTekst reads back unchanged, every digit kept', () => {
    const tekst = '{"p": 19.9999999999999999, "b": 42500.0000000000001, "l": [1e400, -0.5, true, null], "__proto__": {"x": "é\\n"}, "leeg": {}, "lijst": []}';
    const waarde: unknown = leesJsonTekst(tekst);
    const geschreven = schrijfJsonTekst(waarde);
    expect(geschreven).toContain('19.9999999999999999');
    expect(geschreven).toContain('1e400');
    expect(leesJsonTekst(geschreven)).toEqual(waarde);
    expect(JSON.parse(geschreven)).toEqual(JSON.parse(tekst));
  });

  it('round-trips any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (x) => {
      const gelezen: unknown = leesJsonTekst(JSON.stringify(x));
      expect(leesJsonTekst(schrijfJsonTekst(gelezen))).toEqual(gelezen);
    }), { numRuns: 300 });
  });
});

describe('getallen in en uit JSON', () => {
  it('een JS-getal betekent zijn kortste decimaal; een exact getal zijn cijfers', () => {
    expect(getalUitJson(0.1, 'getal', 'x')).toEqual(G.getal(1, 10));
    expect(getalUitJson(exactGetal('19.9999999999999999'), 'percentage', 'p')).toEqual(G.vanDecimaleTekst('19.9999999999999999'));
    expect(() => getalUitJson(exactGetal('42500.0000000000001'), 'bedrag', 'b')).toThrow("ongeldige invoer bij 'b': een bedrag heeft hoogstens 2 decimalen (centen), maar kreeg 42500,0000000000001");
    expect(() => getalUitJson(exactGetal('1e99999'), 'getal', 'g')).toThrow("geen getal binnen het bereik");
    expect(() => getalUitJson({ decimaal: '5' }, 'getal', 'g')).toThrow("verwacht een getal, maar kreeg een object");
    expect(() => getalUitJson('5', 'getal', 'g')).toThrow('verwacht een getal, maar kreeg de tekst "5"');
    // a million digits is refused up front, and the message does not repeat them
    expect(() => getalUitJson(exactGetal(`0.${'3'.repeat(1_000_000)}`), 'getal', 'g')).toThrow("ongeldige invoer bij 'g': een getal heeft hoogstens 1000 tekens, maar kreeg 0,333333333333333333…3333333333 (1000002 tekens)");
    expect(getalUitJson(exactGetal(`0.${'3'.repeat(998)}`), 'getal', 'g').n).toBe(10n ** 998n);
  });

  it('een uitvoergetal buiten het bereik van een double is een rekenfout, geen null of 0', () => {
    expect(() => getalNaarJson(G.vanDecimaleTekst('1e400')!, 'getal', "uitvoer 'g'")).toThrow(RegelwerkRekenFout);
    expect(() => getalNaarJson(G.vanDecimaleTekst('-1e-400')!, 'getal', "uitvoer 'g'")).toThrow('te dicht bij nul');
    expect(getalNaarJson(G.NUL, 'getal', "uitvoer 'g'")).toBe(0);
    expect(getalNaarJson(G.vanDecimaleTekst('1e-300')!, 'getal', "uitvoer 'g'")).toBe(1e-300);
    // an amount a double cannot hold to the cent
    expect(() => getalNaarJson(G.vanDecimaleTekst('90071992547409.93')!, 'bedrag', "uitvoer 'b'")).toThrow('op de cent');
    expect(getalNaarJson(G.vanDecimaleTekst('9999999999999.99')!, 'bedrag', "uitvoer 'b'")).toBe(9999999999999.99);
  });
});

describe('de snelle weg van de runtime voor bedragen', () => {
  it('leest elk JS-getal onder € 10^13 als de centen van String(x)', async () => {
    const rt = await import('../../runtime/runtime.js');
    const bedrag = { soort: 'bedrag' } as const;
    fc.assert(fc.property(fc.oneof(fc.double({ min: -1e13, max: 1e13, noNaN: true }), fc.integer({ min: -1e15 + 1, max: 1e15 - 1 }).map((c) => c / 100)), (x) => {
      let verwacht: unknown;
      try {
        verwacht = G.maal(getalUitJson(x, 'bedrag', 'b'), G.HONDERD);
      } catch (f) {
        expect(() => rt.lees(x, bedrag, 'b')).toThrow((f as Error).message);
        return;
      }
      const c = rt.lees(x, bedrag, 'b') as number | G.Getal;
      expect(typeof c === 'number' ? G.getal(c) : c).toEqual(verwacht);
    }), { numRuns: 2000 });
  });
});
