// Metamorphic tests of the WW premium (low or high): relations between evaluations on random
// valid input, checked with fast-check on the reference interpreter.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evalueerUit, geldigeInvoer, getal, laadRegeling, type Invoer } from './hulp.js';

const g = laadRegeling('ww-premie');

/** Half the random inputs are a written permanent non-on-call contract, the only kind that can
 *  have the low premium; otherwise most relations would only ever see the high one. */
const invoer: fc.Arbitrary<Invoer> = fc.oneof(
  geldigeInvoer(g),
  geldigeInvoer(g).map((x) => ({ ...x, schriftelijk: true, onbepaaldeTijd: true, oproepovereenkomst: false })),
);

const plusUren = (uren: unknown, honderdsten: number): number => (Math.round(getal(uren) * 100) + honderdsten) / 100;

describe('WW-premie: metamorfe relaties', () => {
  it('meer verloonde uren maakt een hoge premie nooit laag', () => {
    fc.assert(
      fc.property(invoer, fc.integer({ min: 0, max: 5000 }), (x, meer) => {
        const voor = evalueerUit(g, x);
        const na = evalueerUit(g, { ...x, verloondeUrenPerWeek: plusUren(x.verloondeUrenPerWeek, meer) });
        if (voor.premie === 'hoog') expect(na.premie).toBe('hoog');
        if (voor.herziening === true) expect(na.herziening).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('meer contracturen bij dezelfde verloonde uren maakt een lage premie nooit hoog', () => {
    // A larger contract raises the 130% limit and brings the full-time exception closer.
    fc.assert(
      fc.property(invoer, fc.integer({ min: 0, max: 5000 }), (x, meer) => {
        const voor = evalueerUit(g, x);
        const na = evalueerUit(g, { ...x, contractUrenPerWeek: plusUren(x.contractUrenPerWeek, meer) });
        if (voor.premie === 'laag') expect(na.premie).toBe('laag');
        if (voor.herziening === false) expect(na.herziening).toBe(false);
        if (voor.voltijd === true) expect(na.voltijd).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('onder het voorstel is de premie nooit hoger dan onder het huidige recht', () => {
    // "Minimaal 35 uur" becomes "meer dan 30 uur": the proposal only widens the exception.
    fc.assert(
      fc.property(invoer, (x) => {
        const huidig = evalueerUit(g, { ...x, regime: 'huidig' });
        const voorstel = evalueerUit(g, { ...x, regime: 'voorstel' });
        if (huidig.premie === 'laag') expect(voorstel.premie).toBe('laag');
        if (voorstel.herziening === true) expect(huidig.herziening).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('een ruimere herzieningsgrens of een lagere voltijdgrens (parameters) maakt een lage premie nooit hoog', () => {
    // All three at once, each by its own amount (possibly 0).
    const ruimer = fc.record({
      herzieningsgrens: fc.integer({ min: 130, max: 230 }),
      voltijdgrensHuidig: fc.integer({ min: 0, max: 35 }),
      voltijdgrensVoorstel: fc.integer({ min: 0, max: 30 }),
    });
    fc.assert(
      fc.property(invoer, ruimer, (x, parameters) => {
        const voor = evalueerUit(g, x);
        const na = evalueerUit(g, x, { parameters });
        if (voor.premie === 'laag') expect(na.premie).toBe('laag');
        if (voor.voltijd === true) expect(na.voltijd).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
