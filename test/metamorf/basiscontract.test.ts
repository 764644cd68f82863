// Metamorphic tests of the basiscontract: relations between evaluations on random valid input,
// checked with fast-check on the reference interpreter.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evalueerUit, geldigeInvoer, getal, laadRegeling, type Uitvoer } from './hulp.js';

const g = laadRegeling('basiscontract');
const invoer = geldigeInvoer(g);

/** The employee's rights, as opposed to the requirements on the contract. */
const RECHTEN = ['magOproepWeigeren', 'aanbodVasteUrenVerplicht', 'aangebodenUren'] as const;

function gebreken(u: Uitvoer): string[] {
  return u.gebreken as string[];
}

/** An amount of hours with a few decimals, exactly (outputs may have 3 decimals: 130% of x,xx). */
function tienduizendsten(x: unknown): number | null {
  return x === null ? null : Math.round(getal(x) * 10_000);
}

describe('basiscontract: metamorfe relaties', () => {
  it('meer beschikbaarheid vragen voegt hoogstens gebreken toe en verandert de rechten niet', () => {
    fc.assert(
      fc.property(invoer, fc.integer({ min: 0, max: 10_000 }), (x, meer) => {
        const voor = evalueerUit(g, x);
        const na = evalueerUit(g, { ...x, beschikbaarheidUren: (Math.round(getal(x.beschikbaarheidUren) * 100) + meer) / 100 });
        expect(gebreken(na)).toEqual(expect.arrayContaining(gebreken(voor)));
        if (voor.toegestaan === false) expect(na.toegestaan).toBe(false);
        for (const naam of RECHTEN) expect(na[naam], naam).toEqual(voor[naam]);
      }),
      { numRuns: 400 },
    );
  });

  it('een ruimere grens (parameter) neemt hoogstens gebreken weg en maakt een toegestaan contract nooit ontoegestaan', () => {
    // Each parameter is a limit in the employee's or the exempted student's favour when raised;
    // raise them all at once, each by its own amount (possibly 0).
    const ruimer = fc.record({
      beschikbaarheidsgrens: fc.integer({ min: 130, max: 230 }),
      maximumPeriodeMaanden: fc.integer({ min: 3, max: 12 }),
      gespreidBovenMaanden: fc.integer({ min: 1, max: 6 }),
      maximumUrenBijbaan: fc.integer({ min: 16, max: 40 }),
    });
    fc.assert(
      fc.property(invoer, ruimer, (x, parameters) => {
        const voor = evalueerUit(g, x);
        const na = evalueerUit(g, x, { parameters });
        expect(gebreken(voor)).toEqual(expect.arrayContaining(gebreken(na)));
        if (voor.toegestaan === true) expect(na.toegestaan).toBe(true);
        for (const naam of RECHTEN) expect(na[naam], naam).toEqual(voor[naam]);
      }),
      { numRuns: 400 },
    );
  });

  it('alle uren per periode met hetzelfde getal vermenigvuldigen verandert de beoordeling niet', () => {
    // The 130% limit and "structurally more hours" are ratios: the unit of the period does not
    // matter. The weekly average for the student exemption is a separate, absolute measure.
    fc.assert(
      fc.property(invoer, fc.integer({ min: 2, max: 13 }), (x, k) => {
        const keer = (v: unknown): number => (Math.round(getal(v) * 100) * k) / 100;
        const voor = evalueerUit(g, x);
        const na = evalueerUit(g, {
          ...x, minimumUren: keer(x.minimumUren), beschikbaarheidUren: keer(x.beschikbaarheidUren), gemiddeldGewerkteUren: keer(x.gemiddeldGewerkteUren),
        });
        expect([na.uitgezonderd, na.gebreken, na.toegestaan, na.gespreideLoonbetalingVerplicht, na.aanbodVasteUrenVerplicht])
          .toEqual([voor.uitgezonderd, voor.gebreken, voor.toegestaan, voor.gespreideLoonbetalingVerplicht, voor.aanbodVasteUrenVerplicht]);
        expect(tienduizendsten(na.maximaleBeschikbaarheid)).toBe(tienduizendsten(voor.maximaleBeschikbaarheid)! * k);
        const aanbod = tienduizendsten(voor.aangebodenUren);
        expect(tienduizendsten(na.aangebodenUren)).toBe(aanbod === null ? null : aanbod * k);
      }),
      { numRuns: 400 },
    );
  });

  it('de rechten van de werknemer hangen niet af van de vorm van het contract of de uitzondering', () => {
    // Replace everything that decides whether the contract is allowed, keep the rest.
    const vorm = fc.record({
      scholierOfStudent: fc.boolean(),
      gemiddeldeUrenPerWeek: fc.integer({ min: 0, max: 4000 }).map((c) => c / 100),
      beschikbaarheidUren: fc.integer({ min: 0, max: 40_000 }).map((c) => c / 100),
      periodeMaanden: fc.integer({ min: 0, max: 24 }),
      gespreideLoonbetaling: fc.boolean(),
    });
    fc.assert(
      fc.property(invoer, vorm, (x, andere) => {
        const voor = evalueerUit(g, x);
        const na = evalueerUit(g, { ...x, ...andere });
        for (const naam of RECHTEN) expect(na[naam], naam).toEqual(voor[naam]);
      }),
      { numRuns: 400 },
    );
  });
});
