// `regelwerk run` reads a case with JSON.parse where that gives what the exact reader and
// alsJsGetallen give (snelGelezen in compiler/node/stroom.ts), and leaves every other case to the
// exact reader. A generator of JSON texts full of what tells them apart (a key twice, also
// `__proto__`; numbers with 15, 16 or 17 significant digits, exponents, negative zeros, 40 and 41
// characters; nesting around the exact reader's limit; a byte order mark; broken texts) holds it to
// that: its answer is never different, byte for byte, and on ordinary cases it answers.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { alsJsGetallen, snelGelezen } from '../../../compiler/node/stroom.js';
import { leesJsonTekst, MAX_DIEPTE } from '../../../runtime/json.js';
import { ROOT } from './cli-hulp.js';

/** What the CLI gave a case before: the exact reader, numbers a double holds as numbers; or 'fout'. */
function exact(tekst: string): unknown {
  try {
    return alsJsGetallen(leesJsonTekst(tekst));
  } catch {
    return 'fout';
  }
}

const GETALLEN = [
  '0', '-0', '-0.0', '0.0', '7', '-7', '7.35', '0.1', '19.99', '2500', '1.50', '0.000001',
  '123456789012345', '1234567890123456', '12345678901234567', '0.123456789012345', '0.1234567890123456',
  '9007199254740993', '19.9999999999999999', '42500.0000000000001', '1e2', '1E-7', '2.5e+3', '-1e400',
  `0.${'0'.repeat(37)}1`, `0.${'0'.repeat(38)}1`, '1'.repeat(40), '100000000000000000000',
];

/** JSON text built from parts, so that keys repeat and every number is written as listed. */
const tekstArb: fc.Arbitrary<string> = fc.letrec((t) => ({
  waarde: fc.oneof({ depthSize: 'small' },
    fc.constantFrom(...GETALLEN), fc.constantFrom('true', 'false', 'null', '"a"', '"\\u00e9\\n"', '"{[,:]}"', '"\\ud800"'),
    t('object'), t('lijst')),
  object: fc.array(fc.tuple(fc.constantFrom('a', 'b', '__proto__', 'constructor', '1', 'a:b'), t('waarde')), { maxLength: 4 })
    .map((paren) => `{${paren.map(([k, v]) => `${JSON.stringify(k)} : ${v}`).join(',')}}`),
  lijst: fc.array(t('waarde'), { maxLength: 3 }).map((xs) => `[ ${xs.join(', ')} ]`),
})).object;

const kapotArb = fc.tuple(tekstArb, fc.nat(), fc.constantFrom('', '\ufeff', ',', '}', '"', ' 1', '\u0001')).map(([t, plek, extra]) => {
  const i = plek % (t.length + 1);
  return t.slice(0, i) + extra + t.slice(i);
});

describe('snelGelezen: JSON.parse waar het hetzelfde leest als de exacte lezer', () => {
  it('geeft nooit iets anders dan de exacte lezer met alsJsGetallen, en niets bij een fout', () => {
    const telling = { snel: 0, exact: 0, fout: 0 };
    fc.assert(fc.property(fc.oneof(tekstArb, kapotArb), (tekst) => {
      const verwacht = exact(tekst);
      const snel = snelGelezen(tekst);
      if (snel === undefined) {
        telling[verwacht === 'fout' ? 'fout' : 'exact']++;
        return;
      }
      telling.snel++;
      expect(verwacht).not.toBe('fout');
      // SameValue throughout: 0 is not -0, a number is not an exact number object
      expect(isDeepStrictEqual(snel, verwacht), `${tekst}\nsnel:  ${JSON.stringify(snel)}\nexact: ${JSON.stringify(verwacht)}`).toBe(true);
      expect(JSON.stringify(snel)).toBe(JSON.stringify(verwacht));
    }), { numRuns: 3000 });
    // every outcome occurred, so the property cannot have held vacuously
    expect(telling.snel).toBeGreaterThan(300);
    expect(telling.exact).toBeGreaterThan(100);
    expect(telling.fout).toBeGreaterThan(100);
  });

  it('laat over aan de exacte lezer: een sleutel twee keer, een negatieve nul, te veel cijfers, een exponent, te diep', () => {
    for (const t of ['{"a":1,"a":2}', '{"__proto__":1,"__proto__":2}', '{"a":-0}', '{"a":9007199254740993}', '{"a":1e2}',
      `{"a":${'['.repeat(MAX_DIEPTE)}${']'.repeat(MAX_DIEPTE)}}`, '\ufeff{"a":1}']) {
      expect(snelGelezen(t), t).toBeUndefined();
    }
    expect(snelGelezen(`{"a":${'['.repeat(MAX_DIEPTE - 1)}${']'.repeat(MAX_DIEPTE - 1)}}`)).toBeDefined();
    expect(snelGelezen('{"a":0.1,"b":[7.35,-2500],"__proto__":{"c":null}}')).toEqual(JSON.parse('{"a":0.1,"b":[7.35,-2500],"__proto__":{"c":null}}'));
  });

  it('leest elk voorbeeldgeval van de meegeleverde regelingen zelf', () => {
    const map = join(ROOT, 'policies', 'voorbeelden');
    let gevallen = 0;
    for (const f of readdirSync(map).filter((x) => x.endsWith('.json'))) {
      const inhoud: unknown = JSON.parse(readFileSync(join(map, f), 'utf8'));
      for (const geval of Array.isArray(inhoud) ? inhoud : [inhoud]) {
        const tekst = JSON.stringify(geval);
        const snel = snelGelezen(tekst);
        expect(snel, `${f}: ${tekst}`).toBeDefined();
        expect(isDeepStrictEqual(snel, exact(tekst)), `${f}: ${tekst}`).toBe(true);
        gevallen++;
      }
    }
    expect(gevallen).toBeGreaterThanOrEqual(12);
  });
});
