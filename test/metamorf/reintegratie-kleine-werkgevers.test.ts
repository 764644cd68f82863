// Metamorphic tests of re-integration at small and medium-sized employers: relations between
// evaluations on random valid input, checked with fast-check on the reference interpreter.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evalueer } from '../../compiler/interpreter/interpreter.js';
import { centen, dag, evalueerUit, geldigeInvoer, getal, is29Februari, laadRegeling, PEILDATUM, plusDagen, plusJaren, rang } from './hulp.js';

const g = laadRegeling('reintegratie-kleine-werkgevers');
const invoer = geldigeInvoer(g);
const GROOTTES = ['klein', 'middelgroot', 'groot'] as const;
const DATUMS = ['eersteSpoorAfsluitenVanaf', 'loondoorbetalingTot', 'opzegverbodEindigt'] as const;

function zonderDatums(u: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(u).filter(([k]) => !(DATUMS as readonly string[]).includes(k)));
}

describe('re-integratie kleine werkgevers: metamorfe relaties', () => {
  it('de eerste ziektedag verschuiven verschuift de termijnen evenveel en verandert verder niets', () => {
    // Whole weeks: the 104-week terms move by exactly those days. Whole years (not from
    // 29 February): also the end of the first sick year moves by those years.
    const verschuiving = fc.oneof(
      fc.integer({ min: -520, max: 520 }).map((weken) => ({ soort: 'weken' as const, n: weken })),
      fc.integer({ min: -6, max: 6 }).map((jaren) => ({ soort: 'jaren' as const, n: jaren })),
    );
    fc.assert(
      fc.property(invoer, verschuiving, (x, { soort, n }) => {
        const eerste = x.eersteZiektedag as string;
        fc.pre(soort === 'weken' || !is29Februari(eerste));
        const nieuw = soort === 'weken' ? plusDagen(eerste, 7 * n) : plusJaren(eerste, n);
        const dagen = dag(nieuw)! - dag(eerste)!;
        const voor = evalueerUit(g, x);
        const na = evalueerUit(g, { ...x, eersteZiektedag: nieuw });
        expect(zonderDatums(na)).toEqual(zonderDatums(voor));
        expect(na.loondoorbetalingTot).toBe(plusDagen(voor.loondoorbetalingTot as string, dagen));
        expect(na.opzegverbodEindigt).toBe(plusDagen(voor.opzegverbodEindigt as string, dagen));
        const spoor = voor.eersteSpoorAfsluitenVanaf as string | null;
        if (spoor === null || soort === 'weken') expect(na.eersteSpoorAfsluitenVanaf === null).toBe(spoor === null);
        else expect(na.eersteSpoorAfsluitenVanaf).toBe(plusJaren(spoor, n));
      }),
      { numRuns: 400 },
    );
  });

  it('elke week loonsanctie verlengt loondoorbetaling en opzegverbod met precies een week en verandert verder niets', () => {
    fc.assert(
      fc.property(invoer, fc.integer({ min: 0, max: 52 }), (x, doel) => {
        const sanctie = getal(x.loonsanctieWeken);
        const voor = evalueerUit(g, x);
        const na = evalueerUit(g, { ...x, loonsanctieWeken: doel });
        expect(na.loondoorbetalingTot).toBe(plusDagen(voor.loondoorbetalingTot as string, 7 * (doel - sanctie)));
        expect(na.opzegverbodEindigt).toBe(plusDagen(voor.opzegverbodEindigt as string, 7 * (doel - sanctie)));
        expect({ ...na, loondoorbetalingTot: null, opzegverbodEindigt: null }).toEqual({ ...voor, loondoorbetalingTot: null, opzegverbodEindigt: null });
      }),
      { numRuns: 400 },
    );
  });

  it('loonsom en premieloon met hetzelfde getal vermenigvuldigen verandert niets: het gaat om de verhouding', () => {
    fc.assert(
      fc.property(invoer, fc.integer({ min: 2, max: 1000 }), (x, k) => {
        const voor = evalueerUit(g, x);
        const na = evalueerUit(g, { ...x, loonsom: (centen(x.loonsom) * k) / 100, gemiddeldPremieloon: (centen(x.gemiddeldPremieloon) * k) / 100 });
        expect(na).toEqual(voor);
      }),
      { numRuns: 400 },
    );
  });

  it('een grotere loonsom maakt de werkgever nooit kleiner en opzeggen na twee jaar nooit mogelijk waar het dat niet was', () => {
    fc.assert(
      fc.property(invoer, fc.integer({ min: 0, max: 500_000_000 }), (x, meer) => {
        const voor = evalueerUit(g, x);
        const na = evalueerUit(g, { ...x, loonsom: (centen(x.loonsom) + meer) / 100 });
        expect(rang(GROOTTES, na.werkgeversgrootte)).toBeGreaterThanOrEqual(rang(GROOTTES, voor.werkgeversgrootte));
        if (voor.regelingVanToepassing === false) expect(na.regelingVanToepassing).toBe(false);
        if (na.opzeggingNaTweeJaarMogelijk === true) expect(voor.opzeggingNaTweeJaarMogelijk).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('bij een grote werkgever maakt overeenstemming niets uit: de grote werkgever gaat voor het overleg', () => {
    // "grote werkgever" is an exception to "in overleg"; when both apply, the explanation names
    // the one set aside, and agreement changes no output.
    let beide = 0;
    fc.assert(
      fc.property(invoer, (x) => {
        const met = evalueer(g, { ...x, overeenstemmingAfsluitenEersteSpoor: true }, { peildatum: PEILDATUM });
        const zonder = evalueerUit(g, { ...x, overeenstemmingAfsluitenEersteSpoor: false });
        if (met.uitvoer.werkgeversgrootte !== 'groot') return;
        beide++;
        expect(met.uitvoer).toEqual(zonder);
        expect(met.uitleg.uitvoer.eersteSpoorAfsluiten!.besluit).toEqual(expect.objectContaining({ naam: 'grote werkgever', overschrijft: ['in overleg'] }));
      }),
      { numRuns: 300 },
    );
    expect(beide).toBeGreaterThan(10);
  });
});
