// Metamorphic tests of the certification duty for lenders of workers: relations between
// evaluations on random valid input and different dates, checked with fast-check on the
// reference interpreter. Here the peildatum itself is an input of the relation.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evalueerUit, geldigeInvoer, laadRegeling, plusDagen } from './hulp.js';

const g = laadRegeling('certificering-uitleners');
const invoer = geldigeInvoer(g);
const INWERKINGTREDING = '2025-01-01';

/** Days relative to the date of entry into force, mostly close to it (where the answer flips). */
const dagen = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -1500, max: 1500 }));

describe('certificering uitleners: metamorfe relaties', () => {
  it('een latere peildatum neemt de plicht nooit weg en maakt uitlenen nooit weer toegestaan', () => {
    fc.assert(
      fc.property(invoer, dagen, fc.integer({ min: 0, max: 1000 }), (x, d, later) => {
        const voor = evalueerUit(g, x, { peildatum: plusDagen(INWERKINGTREDING, d) });
        const na = evalueerUit(g, x, { peildatum: plusDagen(INWERKINGTREDING, d + later) });
        if (voor.certificeringsplichtGeldt === true) expect(na.certificeringsplichtGeldt).toBe(true);
        if (voor.toegestaan === false) expect(na.toegestaan).toBe(false);
        if (voor.boeteRisico === true) expect(na.boeteRisico).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('peildatum en inwerkingtreding evenveel dagen verschuiven verandert niets', () => {
    // Only the position of the peildatum relative to the entry into force counts.
    fc.assert(
      fc.property(invoer, dagen, fc.integer({ min: -3000, max: 3000 }), (x, d, verschuiving) => {
        const voor = evalueerUit(g, x, { peildatum: plusDagen(INWERKINGTREDING, d) });
        const na = evalueerUit(g, x, {
          peildatum: plusDagen(INWERKINGTREDING, d + verschuiving),
          parameters: { inwerkingtreding: plusDagen(INWERKINGTREDING, verschuiving) },
        });
        expect(na).toEqual(voor);
      }),
      { numRuns: 500 },
    );
  });

  it('een latere inwerkingtreding (parameter) maakt uitlenen nooit verboden en geeft nooit een boeterisico', () => {
    fc.assert(
      fc.property(invoer, dagen, fc.integer({ min: 0, max: 1000 }), (x, d, uitstel) => {
        const peildatum = plusDagen(INWERKINGTREDING, d);
        const voor = evalueerUit(g, x, { peildatum });
        const na = evalueerUit(g, x, { peildatum, parameters: { inwerkingtreding: plusDagen(INWERKINGTREDING, uitstel) } });
        if (voor.toegestaan === true) expect(na.toegestaan).toBe(true);
        if (voor.boeteRisico === false) expect(na.boeteRisico).toBe(false);
        if (voor.certificeringsplichtGeldt === false) expect(na.certificeringsplichtGeldt).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
