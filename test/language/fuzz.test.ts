// Robustness: random token soup and random mutations of the real policies must always end in
// diagnostics, never in an exception.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { laad } from '../../language/index.js';
import { SLEUTELWOORDEN } from '../../language/keywords.js';

const ROOT = join(import.meta.dirname, '../..');
const POLICIES = readdirSync(join(ROOT, 'policies')).filter((f) => f.endsWith('.regel')).map((f) => readFileSync(join(ROOT, 'policies', f), 'utf8'));

const stukje = fc.oneof(
  fc.constantFrom(...SLEUTELWOORDEN.map((s) => s.woord)),
  fc.constantFrom('a', 'contracten', 'ib-ondernemer', 'x.y', '12', '7,5', '7,5%', '€ 12,50', '2025-02-30', '2024-02-29', '"tekst"', '"open'),
  fc.constantFrom(':', ',', '.', '(', ')', '[', ']', '{', '}', '+', '-', '*', '/', '<', '<=', '>=', '=', '!=', 'ja/nee', '--', '\n', '#', '€'),
);

describe('fuzz', () => {
  it('willekeurige tokenreeksen geven diagnosen zonder uitzondering', () => {
    fc.assert(
      fc.property(fc.array(stukje, { maxLength: 60 }), (delen) => {
        const r = laad(delen.join(' '), 'fuzz.regel');
        expect(Array.isArray(r.diagnosen)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('willekeurige mutaties van de regelingen geven diagnosen zonder uitzondering', () => {
    const mutatie = fc.record({
      bestand: fc.nat({ max: POLICIES.length - 1 }),
      plek: fc.double({ min: 0, max: 1, noNaN: true }),
      lengte: fc.nat({ max: 40 }),
      invoeging: fc.array(stukje, { maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(mutatie, { minLength: 1, maxLength: 4 }), (mutaties) => {
        let tekst = POLICIES[mutaties[0]!.bestand]!;
        for (const m of mutaties) {
          const i = Math.floor(m.plek * tekst.length);
          tekst = tekst.slice(0, i) + m.invoeging.join(' ') + tekst.slice(i + m.lengte);
        }
        const r = laad(tekst, 'mutant.regel');
        for (const d of r.diagnosen) expect(d.code).toMatch(/^RW\d{4}$/);
      }),
      { numRuns: 300 },
    );
  });
});
