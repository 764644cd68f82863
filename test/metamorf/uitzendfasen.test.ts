// Metamorphic tests of the phases of temporary agency work: relations between evaluations on
// random valid input, checked with fast-check on the reference interpreter.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evalueerUit, geldigeInvoer, getal, laadRegeling, rang } from './hulp.js';

const g = laadRegeling('uitzendfasen');
const invoer = geldigeInvoer(g);
const FASEN = ['A', 'B', 'C'] as const;

const plusMaanden = (maanden: unknown, honderdsten: number): number => (Math.round(getal(maanden) * 100) + honderdsten) / 100;

describe('uitzendfasen: metamorfe relaties', () => {
  it('meer gewerkte weken, contracten of maanden zet de uitzendkracht nooit in een eerdere fase', () => {
    fc.assert(
      fc.property(invoer, fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 4000 }), (x, weken, contracten, maanden) => {
        const voor = evalueerUit(g, x);
        const na = evalueerUit(g, {
          gewerkteWeken: getal(x.gewerkteWeken) + weken,
          contractenInFaseB: getal(x.contractenInFaseB) + contracten,
          maandenInFaseB: plusMaanden(x.maandenInFaseB, maanden),
        });
        expect(rang(FASEN, na.fase)).toBeGreaterThanOrEqual(rang(FASEN, voor.fase));
        if (voor.rechtOpVastContract === true) expect(na.rechtOpVastContract).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('langere wettelijke fasen (parameters) zetten de uitzendkracht nooit in een latere fase', () => {
    const langer = fc.record({
      faseAWeken: fc.integer({ min: 52, max: 104 }),
      maximumContractenFaseB: fc.integer({ min: 6, max: 12 }),
      maximumMaandenFaseB: fc.integer({ min: 24, max: 48 }),
    });
    fc.assert(
      fc.property(invoer, langer, (x, parameters) => {
        const voor = evalueerUit(g, x);
        const na = evalueerUit(g, x, { parameters });
        expect(rang(FASEN, na.fase)).toBeLessThanOrEqual(rang(FASEN, voor.fase));
        if (voor.rechtOpVastContract === false) expect(na.rechtOpVastContract).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('na fase A maakt het precieze aantal gewerkte weken niet meer uit', () => {
    fc.assert(
      fc.property(invoer, fc.integer({ min: 52, max: 1000 }), fc.integer({ min: 52, max: 1000 }), (x, a, b) => {
        expect(evalueerUit(g, { ...x, gewerkteWeken: a })).toEqual(evalueerUit(g, { ...x, gewerkteWeken: b }));
      }),
      { numRuns: 500 },
    );
  });

  it('een grens en de telling ertegen evenveel verhogen verandert de uitkomst niet', () => {
    // Fails if a rule compares with a literal (52, 6, 24) instead of its parameter.
    fc.assert(
      fc.property(invoer, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 36 }), (x, weken, contracten, maanden) => {
        const voor = evalueerUit(g, x);
        const na = evalueerUit(
          g,
          { gewerkteWeken: getal(x.gewerkteWeken) + weken, contractenInFaseB: getal(x.contractenInFaseB) + contracten, maandenInFaseB: plusMaanden(x.maandenInFaseB, 100 * maanden) },
          { parameters: { faseAWeken: 52 + weken, maximumContractenFaseB: 6 + contracten, maximumMaandenFaseB: 24 + maanden } },
        );
        expect(na).toEqual(voor);
      }),
      { numRuns: 500 },
    );
  });
});
