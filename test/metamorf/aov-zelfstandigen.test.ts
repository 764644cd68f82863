// Metamorphic tests of the AOV for self-employed people: relations between evaluations on
// random valid input, checked with fast-check on the reference interpreter.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { centen, evalueerUit, geldigeInvoer, is29Februari, laadRegeling, plusJaren, type Invoer } from './hulp.js';

const g = laadRegeling('aov-zelfstandigen');

/** Most random inputs fall outside the obligation (a DGA, or an exemption): mix in as many
 *  compulsorily insured ones, where premium, benefit and start date are not simply 0 or leeg. */
const invoer: fc.Arbitrary<Invoer> = fc.oneof(
  geldigeInvoer(g),
  fc
    .tuple(geldigeInvoer(g), fc.constantFrom('ib-ondernemer', 'meewerkend-partner'))
    .map(([x, vorm]) => ({ ...x, ondernemersvorm: vorm, gemoedsbezwaard: false, bestaandePrivateAov: false, optOut: false })),
);

/** Every output except the premium: the premium percentage must not change them. */
const NIET_PREMIE = ['inKringVanVerzekerden', 'verplichtVerzekerd', 'wmlPerJaar', 'premieGrondslag', 'verzekerdeUitkeringPerJaar', 'uitkeringVanaf'] as const;

describe('AOV zelfstandigen: metamorfe relaties', () => {
  it('meer inkomen: premie en uitkering stijgen, maar met ten hoogste 7,5% en 70% van de stijging', () => {
    // Both are a percentage of a grondslag that moves at most euro for euro with the income;
    // rounding down to cents can add one cent to the difference.
    fc.assert(
      fc.property(invoer, fc.integer({ min: 0, max: 5_000_000 }), (x, meerCenten) => {
        const voor = evalueerUit(g, x);
        const na = evalueerUit(g, { ...x, jaarinkomen: (centen(x.jaarinkomen) + meerCenten) / 100 });
        const premie = centen(na.premiePerJaar) - centen(voor.premiePerJaar);
        const uitkering = centen(na.verzekerdeUitkeringPerJaar) - centen(voor.verzekerdeUitkeringPerJaar);
        expect(premie).toBeGreaterThanOrEqual(0);
        expect(uitkering).toBeGreaterThanOrEqual(0);
        expect(1000 * premie).toBeLessThanOrEqual(75 * meerCenten + 1000);
        expect(10 * uitkering).toBeLessThanOrEqual(7 * meerCenten + 10);
      }),
      { numRuns: 400 },
    );
  });

  it('een hoger premiepercentage verhoogt alleen de premie, niet de dekking', () => {
    // The letter gives a band of 7,5% to 8%; any choice within or beyond it only moves the premium.
    const percentage = fc.integer({ min: 0, max: 2000 }).map((x) => x / 100);
    fc.assert(
      fc.property(invoer, percentage, percentage, (x, p, q) => {
        const [laag, hoog] = p <= q ? [p, q] : [q, p];
        const a = evalueerUit(g, x, { parameters: { premiepercentage: laag } });
        const b = evalueerUit(g, x, { parameters: { premiepercentage: hoog } });
        expect(centen(b.premiePerJaar)).toBeGreaterThanOrEqual(centen(a.premiePerJaar));
        for (const naam of NIET_PREMIE) expect(b[naam], naam).toEqual(a[naam]);
      }),
      { numRuns: 300 },
    );
  });

  it('de eerste dag van arbeidsongeschiktheid hele jaren verschuiven verschuift de ingangsdatum evenveel jaren', () => {
    // 29 February has no counterpart in most years, so it is left out.
    const metDatum = invoer.filter((x) => typeof x.arbeidsongeschiktVanaf === 'string' && !is29Februari(x.arbeidsongeschiktVanaf));
    fc.assert(
      fc.property(metDatum, fc.integer({ min: -6, max: 6 }), (x, jaren) => {
        const vanaf = x.arbeidsongeschiktVanaf as string;
        const voor = evalueerUit(g, x);
        const na = evalueerUit(g, { ...x, arbeidsongeschiktVanaf: plusJaren(vanaf, jaren) });
        const { uitkeringVanaf: a, ...restVoor } = voor;
        const { uitkeringVanaf: b, ...restNa } = na;
        expect(b).toBe(a === null ? null : plusJaren(a as string, jaren));
        expect(restNa).toEqual(restVoor);
      }),
      { numRuns: 300 },
    );
  });

  it('een uitzonderingsgrond erbij maakt nooit verplicht verzekerd en verhoogt premie en uitkering nooit', () => {
    const grond = fc.constantFrom('gemoedsbezwaard', 'bestaandePrivateAov', 'aanvaarde opt-out');
    fc.assert(
      fc.property(invoer, grond, (x, welke) => {
        const met = welke === 'aanvaarde opt-out' ? { ...x, optOut: true, privateVerzekeringGelijkwaardig: true } : { ...x, [welke]: true };
        const voor = evalueerUit(g, x);
        const na = evalueerUit(g, met);
        expect(na.verplichtVerzekerd).toBe(false);
        expect(na.inKringVanVerzekerden).toBe(voor.inKringVanVerzekerden);
        expect(na.uitkeringVanaf).toBeNull();
        expect(centen(na.premiePerJaar)).toBeLessThanOrEqual(centen(voor.premiePerJaar));
        expect(centen(na.verzekerdeUitkeringPerJaar)).toBeLessThanOrEqual(centen(voor.verzekerdeUitkeringPerJaar));
      }),
      { numRuns: 300 },
    );
  });
});
