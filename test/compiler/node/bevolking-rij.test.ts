// The row reader of a population run (compiler/node/bevolking/rij.ts): `veiligVoorParse`, the check
// that sends a row to JSON.parse or to the exact reader, scans by hand for speed; it must say what
// the definition by regular expressions says for every JSON text DuckDB can write.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { veiligVoorParse } from '../../../compiler/node/bevolking/rij.js';
import { SCHEIDING, leesRegel } from '../../../compiler/node/bevolking/werkers.js';

/** The definition: every number token has at most 15 significant digits, no exponent, and is not -0. */
function volgensDefinitie(tekst: string): boolean {
  const token = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;
  for (let m = token.exec(tekst); m !== null; m = token.exec(tekst)) {
    const t = m[0];
    if (t.charCodeAt(0) === 34) continue;
    if (t.includes('e') || t.includes('E') || /^-0(\.0+)?$/.test(t)) return false;
    if (t.replace(/[-.]/g, '').replace(/^0+/, '').length > 15) return false;
  }
  return true;
}

const getal = fc.stringMatching(/^-?(0|[1-9]\d{0,19})(\.\d{1,19})?([eE][+-]?\d{1,3})?$/);
const tekst = fc.string({ unit: fc.constantFrom('a', '1', '-', '0', '.', 'e', '"', '\\', ':', '{', 'é') }).map((s) => JSON.stringify(s));
const waarde: fc.Arbitrary<string> = fc.letrec<{ w: string }>((tie) => ({
  w: fc.oneof({ depthSize: 'small', withCrossShrink: true },
    getal, tekst, fc.constantFrom('true', 'false', 'null'),
    fc.array(tie('w'), { maxLength: 4 }).map((xs) => `[${xs.join(',')}]`),
    fc.array(fc.tuple(tekst, tie('w')), { maxLength: 4 }).map((xs) => `{${xs.map(([k, v]) => `${k}:${v}`).join(',')}}`)),
})).w;

describe('veiligVoorParse', () => {
  it('agrees with its definition on JSON texts with long, negative-zero and exponent numbers', () => {
    fc.assert(fc.property(waarde, (json) => {
      expect(veiligVoorParse(json)).toBe(volgensDefinitie(json));
    }), { numRuns: 3000 });
  });

  it('sends to the exact reader what JSON.parse would round', () => {
    expect(veiligVoorParse('{"a":19.9999999999999999}')).toBe(false);
    expect(veiligVoorParse('{"a":-0.0,"b":1}')).toBe(false);
    expect(veiligVoorParse('{"a":1e5}')).toBe(false);
    expect(veiligVoorParse('{"a":123456789012345,"b":"1234567890123456789"}')).toBe(true);
    expect(veiligVoorParse('{"a\\"1234567890123456789":0.000000000000001}')).toBe(true);
  });
});

describe('leesRegel', () => {
  it('gives back the JSON, peildatum, group and id of a line, each text as it was, NULL as null', () => {
    const veld = fc.option(fc.string({ unit: fc.oneof(fc.constantFrom('\\', '"', '\x01', '\n', 'é', '𝄞'), fc.string({ maxLength: 1 })) }), { nil: null });
    fc.assert(fc.property(veld, veld, veld, (peildatum, groep, id) => {
      const json = '{"leeftijd":18}';
      const regel = [json, peildatum, groep, id].map((x, i) => (i === 0 ? x : x === null ? '' : JSON.stringify(x))).join(SCHEIDING);
      expect(leesRegel(regel)).toEqual({ json, peildatum, groep, id });
      expect(leesRegel(`${regel}\r`)).toEqual({ json, peildatum, groep, id });
    }), { numRuns: 2000 });
  });
});
