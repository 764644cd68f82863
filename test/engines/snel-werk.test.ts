// The fast path does the work a case needs and no more: a rule that only one branch or exception
// needs is computed in that branch (as the exact path evaluates a rule only when something needs
// it), so a case that does not take the branch is answered even where that rule's computation
// would leave the fast path (here: a product past 2^53). Differential: interpreter, exact and fast
// path byte for byte (alleEnginesGelijk), and the fast path must answer every case that does not
// need the rule.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { GecompileerdeModule } from '../../runtime/runtime.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { regelingGecompileerd } from '../opzet/mappen.js';
import { alleEnginesGelijk } from './beide-engines.js';

const PEIL = { peildatum: '2026-03-01' };

// `keer` is named once, in the base value of `totaal`; the exception `geen recht` does not need it.
const BRON = `regeling SnelWerk
  bron "test"

invoer recht: ja/nee
invoer bedragen: lijst van bedrag

uitvoer totaal: bedrag
uitvoer stuks: geheel getal

regel keer: lijst van bedrag is elke b in bedragen geeft b * 1000000
regel totaal: bedrag is som van keer
  uitzondering "geen recht" indien niet recht dan € 0
regel stuks: geheel getal is aantal bedragen
`;

let g: Gecontroleerd;
let m: GecompileerdeModule;

beforeAll(async () => {
  ({ g, module: m } = await regelingGecompileerd('snel-werk', BRON, 'snel-werk.regel'));
}, 120_000);

describe('een regel die maar één tak nodig heeft', () => {
  it('wordt niet berekend als de tak niet genomen wordt (een te groot product blokkeert het snelle pad dan niet)', () => {
    const invoer = { recht: false, bedragen: [12345678901.23] };
    expect(alleEnginesGelijk(g, m, invoer, PEIL, 'geen recht, groot bedrag')).toMatchObject({ snel: true });
    expect(m.evalueerSnel(invoer, PEIL)).toEqual({ totaal: 0, stuks: 1 });
    // with the branch taken the product is past 2^53: the exact path answers alone
    expect(alleEnginesGelijk(g, m, { ...invoer, recht: true }, PEIL, 'recht, groot bedrag')).toMatchObject({ snel: false });
  });

  it('alle engines gelijk; zonder recht antwoordt het snelle pad altijd', () => {
    // below 10^15 cents: the largest amount the fast path reads
    const bedrag = fc.oneof(fc.integer({ min: 0, max: 10_000_00 }), fc.integer({ min: 0, max: 1e15 - 1 })).map((c) => c / 100);
    let zonder = 0;
    fc.assert(
      fc.property(fc.boolean(), fc.array(bedrag, { maxLength: 4 }), (recht, bedragen) => {
        const { snel } = alleEnginesGelijk(g, m, { recht, bedragen }, PEIL, JSON.stringify({ recht, bedragen }));
        if (!recht) {
          zonder++;
          expect(snel, 'zonder recht is keer niet nodig').toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    expect(zonder).toBeGreaterThan(50);
  });
});
