// Metamorphic tests of the presumption of employment (schijnzelfstandigheid): relations between
// evaluations on random valid input, checked with fast-check on the reference interpreter.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { centen, evalueerUit, geldigeInvoer, getal, laadRegeling } from './hulp.js';

const g = laadRegeling('schijnzelfstandigheid');
const invoer = geldigeInvoer(g);
const TARIEFGRENS_CENTEN = 3250;

describe('schijnzelfstandigheid: metamorfe relaties', () => {
  it('een hoger uurtarief schept nooit een rechtsvermoeden', () => {
    fc.assert(
      fc.property(invoer, fc.integer({ min: 0, max: 10_000 }), (x, meer) => {
        const voor = evalueerUit(g, x);
        const na = evalueerUit(g, { ...x, uurtarief: (centen(x.uurtarief) + meer) / 100 });
        if (voor.rechtsvermoedenArbeidsovereenkomst === false) expect(na.rechtsvermoedenArbeidsovereenkomst).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('een hogere tariefgrens (parameter) neemt nooit een rechtsvermoeden weg en verandert de gezagselementen niet', () => {
    // The letter names a band of 30 to 35 euro; 32,50 is an assumption.
    fc.assert(
      fc.property(invoer, fc.integer({ min: 0, max: 5000 }), (x, meer) => {
        const voor = evalueerUit(g, x);
        const na = evalueerUit(g, x, { parameters: { tariefgrens: (TARIEFGRENS_CENTEN + meer) / 100 } });
        if (voor.rechtsvermoedenArbeidsovereenkomst === true) expect(na.rechtsvermoedenArbeidsovereenkomst).toBe(true);
        expect([na.gezagsindicaties, na.contraIndicatie]).toEqual([voor.gezagsindicaties, voor.contraIndicatie]);
      }),
      { numRuns: 500 },
    );
  });

  it('uurtarief en tariefgrens evenveel verhogen verandert niets', () => {
    // Only the distance to the limit counts; fails if a rule uses the amount itself somewhere.
    fc.assert(
      fc.property(invoer, fc.integer({ min: -3250, max: 10_000 }), (x, verschil) => {
        const tarief = centen(x.uurtarief);
        fc.pre(tarief + verschil >= 0);
        const voor = evalueerUit(g, x);
        const na = evalueerUit(g, { ...x, uurtarief: (tarief + verschil) / 100 }, { parameters: { tariefgrens: (TARIEFGRENS_CENTEN + verschil) / 100 } });
        expect(na).toEqual(voor);
      }),
      { numRuns: 500 },
    );
  });

  it('toezicht en inbedding wegen even zwaar: omwisselen verandert niets, elk element erbij telt precies een', () => {
    fc.assert(
      fc.property(invoer, (x) => {
        const voor = evalueerUit(g, x);
        const omgewisseld = evalueerUit(g, { ...x, toezichtEnInstructies: x.organisatorischIngebed, organisatorischIngebed: x.toezichtEnInstructies });
        expect(omgewisseld).toEqual(voor);
        for (const element of ['toezichtEnInstructies', 'organisatorischIngebed'] as const) {
          if (x[element] === true) continue;
          const met = evalueerUit(g, { ...x, [element]: true });
          expect(getal(met.gezagsindicaties)).toBe(getal(voor.gezagsindicaties) + 1);
          expect({ ...met, gezagsindicaties: null }).toEqual({ ...voor, gezagsindicaties: null });
        }
      }),
      { numRuns: 500 },
    );
  });
});
