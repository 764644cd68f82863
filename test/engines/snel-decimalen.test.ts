// Inputs with more decimals than two on the fast path: an input number or percentage is read at 6
// decimals where that leaves every product and quotient at its scale (snel/invoer.ts kiesSchalen),
// so the crisis policy's werkverminderingPercentage (only compared) takes 19,995% and 33,333333%;
// a number in a product keeps 2 decimals (its products would otherwise leave the safe integers
// sooner), and a value with more decimals than its scale still goes to the exact path, per case.
// Differential throughout (alleEnginesGelijk), with the share the fast path answers counted.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GecompileerdeModule } from '../../runtime/runtime.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { regelingGecompileerd } from '../opzet/mappen.js';
import { alleEnginesGelijk } from './beide-engines.js';
import { Toeval, crisisInvoer } from '../../bench/invoer.js';

const ROOT = join(import.meta.dirname, '../..');
const PEIL = { peildatum: '2026-03-01' };

const PRODUCT = `regeling SnelDecimalen
  bron "test"

invoer p: percentage
invoer f: getal
invoer loon: bedrag

uitvoer premie: bedrag
uitvoer hoog: ja/nee

regel premie: bedrag is (p van loon) * f afgerond op centen rekenkundig
regel hoog: ja/nee is p is groter dan 12,5%
`;

let crisis: { g: Gecontroleerd; module: GecompileerdeModule };
let product: { g: Gecontroleerd; module: GecompileerdeModule };

beforeAll(async () => {
  const bron = readFileSync(join(ROOT, 'policies/crisisregeling-personeelsbehoud.regel'), 'utf8');
  crisis = await regelingGecompileerd('snel-decimalen-crisis', bron, 'crisisregeling-personeelsbehoud.regel');
  product = await regelingGecompileerd('snel-decimalen-product', PRODUCT, 'snel-decimalen.regel');
}, 120_000);

/** A percentage in 0..100 with exactly `d` decimals (the last one not 0). */
function percentage(r: Toeval, d: number): number {
  const schaal = 10 ** d;
  let n = r.geheel(0, 100 * schaal - 1);
  if (n % 10 === 0) n += 1;
  return n / schaal;
}

describe('meer dan twee decimalen', () => {
  it('crisisregeling: elk geval met een werkvermindering van 3 tot 6 decimalen gaat over het snelle pad', () => {
    const r = new Toeval(20261206);
    let beantwoord = 0;
    const N = 300;
    for (let i = 0; i < N; i++) {
      const invoer = { ...crisisInvoer(r), werkverminderingPercentage: percentage(r, 3 + (i % 4)) };
      const { referentie, snel } = alleEnginesGelijk(crisis.g, crisis.module, invoer, PEIL, JSON.stringify(invoer));
      expect(referentie.ok).toBe(true);
      if (snel) beantwoord++;
    }
    // before the scales were chosen: 0 of 300 (the percentage was read at 2 decimals)
    expect(beantwoord).toBe(N);
    // on the threshold itself: 19,999999% is not 20%
    const grens = { ...crisisInvoer(r), werkverminderingPercentage: 19.999999, oorzaak: 'crisis', privaatVerzekerbaar: false, maandenGebruikt: 0, orAdviesGevraagd: true };
    expect(crisis.module.evalueerSnel(grens, PEIL)).toMatchObject({ aanspraak: false, afwijzingsgronden: ['werkvermindering-te-laag'] });
  });

  it('een percentage in een product houdt 2 decimalen; meer gaat per geval naar het exacte pad', () => {
    const { g, module } = product;
    let fijn = 0;
    let grof = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 10_000_000 }), (pn, d, fn, centen) => {
        // p from 0% to 100% with 0 to 4 decimals more than 2
        const invoer = { p: (pn % (100 * 10 ** (2 + d) + 1)) / 10 ** (2 + d), f: fn / 100, loon: centen / 100 };
        const { referentie, snel } = alleEnginesGelijk(g, module, invoer, PEIL, JSON.stringify(invoer));
        expect(referentie.ok).toBe(true);
        const decimalen = (String(invoer.p).split('.')[1] ?? '').length;
        if (decimalen <= 2) {
          expect(snel, `${JSON.stringify(invoer)}: twee decimalen passen`).toBe(true);
          grof++;
        } else {
          expect(snel, `${JSON.stringify(invoer)}: p staat in een product op 2 decimalen`).toBe(false);
          fijn++;
        }
      }),
      { numRuns: 300 },
    );
    expect(fijn).toBeGreaterThan(30);
    expect(grof).toBeGreaterThan(30);
  });
});
