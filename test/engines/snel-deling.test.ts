// Division on the fast path (compiler/codegen/snel/deling.ts): by a constant (`/ 4`, `/ 2,5`, `/ 3`,
// `/ -8`, a bedrag literal), by a value known only at run time, and `/` followed by rounding in
// every direction at several decimals. Differential: interpreter, exact and fast path byte for byte
// (alleEnginesGelijk). A policy with only rounded quotients and quotients by 2^i 5^j must be
// answered by the fast path on every valid input whose values it reads; one with any quotient is
// answered wherever the quotient fits its scale (per case, not "no fast path" for the policy).
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { GecompileerdeModule } from '../../runtime/runtime.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { regelingGecompileerd } from '../opzet/mappen.js';
import { alleEnginesGelijk } from './beide-engines.js';

const PEIL = { peildatum: '2026-03-01' };

// Every output is answered by the fast path on every valid input: quotients rounded, or by 2^i 5^j.
const ALTIJD = `regeling SnelDelingAltijd
  bron "test"

invoer a: bedrag
invoer b: getal
invoer c: geheel getal
invoer p: percentage

uitvoer perHoofd: bedrag
uitvoer omlaag: bedrag
uitvoer omhoog: bedrag
uitvoer even: getal
uitvoer geheelDeel: geheel getal
uitvoer deelPct: percentage
uitvoer achtste: getal
uitvoer tweeEnHalf: getal
uitvoer minAcht: getal
uitvoer verhouding: getal
uitvoer kwart: bedrag

regel perHoofd: bedrag is a / c afgerond op centen rekenkundig
regel omlaag: bedrag is a / b afgerond op centen naar beneden
regel omhoog: bedrag is (a * 3) / b afgerond op centen naar boven
regel even: getal is b / c afgerond op 1 decimalen bankiers
regel geheelDeel: geheel getal is b / 3 afgerond op hele getallen rekenkundig
regel deelPct: percentage is p / 7 afgerond op 2 decimalen naar beneden
regel achtste: getal is b / 8
regel tweeEnHalf: getal is b / 2,5
regel minAcht: getal is b / -8
regel verhouding: getal is a / € 12,50 afgerond op 4 decimalen bankiers
regel kwart: bedrag is (a / 4) afgerond op centen bankiers
`;

// Quotients that may have more decimals than their scale: then the exact path answers that case.
const SOMS = `regeling SnelDelingSoms
  bron "test"

invoer a: bedrag
invoer b: getal
invoer c: geheel getal

uitvoer derde: getal
uitvoer deel: getal
uitvoer perC: bedrag
uitvoer samen: getal

regel derde: getal is b / 3
regel deel: getal is b / c
regel perC: bedrag is a / c
regel samen: getal is (b + 1) / (c * 2) + b / 12
`;

let altijd: { g: Gecontroleerd; module: GecompileerdeModule; ts: string };
let soms: { g: Gecontroleerd; module: GecompileerdeModule; ts: string };

beforeAll(async () => {
  altijd = await regelingGecompileerd('snel-deling-altijd', ALTIJD, 'snel-deling-altijd.regel');
  soms = await regelingGecompileerd('snel-deling-soms', SOMS, 'snel-deling-soms.regel');
}, 120_000);

// up to ten million euros: a quotient at 4 decimals of that is still a safe integer (larger ones leave the fast path by design)
const bedrag = fc.oneof(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: -1e9, max: 1e9 })).map((c) => c / 100);
const getal = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -100_000, max: 100_000 }).map((x) => x / 100), fc.integer({ min: -1e9, max: 1e9 }).map((x) => x / 100));
const geheel = fc.integer({ min: -12, max: 12 });
const pct = fc.integer({ min: -20_000, max: 20_000 }).map((x) => x / 100);

describe('deling op het snelle pad', () => {
  it('de regelingen hebben een snel pad', () => {
    expect(altijd.ts).not.toContain('Geen snelle evaluatie');
    expect(soms.ts).not.toContain('Geen snelle evaluatie');
  });

  it('grensgevallen: een half naar elke kant, negatief, deling door nul', () => {
    const { g, module } = altijd;
    for (const [a, b, c] of [[0.05, 2, 2], [-0.05, -2, -2], [0.15, 0.3, 4], [1, 3, -3], [-1, -3, 3], [0.01, 0.02, 1], [12.5, 0.5, 0], [0, 0, 0], [7, 1, 7]] as const) {
      const invoer = { a, b, c, p: 1.5 };
      const { referentie, snel } = alleEnginesGelijk(g, module, invoer, PEIL, JSON.stringify(invoer));
      expect(snel, JSON.stringify(invoer)).toBe(referentie.ok);
    }
  });

  it('afgeronde delingen en delingen door 2^i 5^j: elke geldige invoer snel, gelijk aan de andere engines', () => {
    const { g, module } = altijd;
    let beantwoord = 0;
    fc.assert(
      fc.property(bedrag, getal, geheel, pct, (a, b, c, p) => {
        const invoer = { a, b, c, p };
        const { referentie, snel } = alleEnginesGelijk(g, module, invoer, PEIL, JSON.stringify(invoer));
        // the exact path's errors here: a division by zero, or a quarter of a cent as an amount
        if (referentie.ok) {
          expect(snel, `${JSON.stringify(invoer)}: het exacte pad antwoordde, het snelle niet`).toBe(true);
          beantwoord++;
        } else expect(snel).toBe(false);
      }),
      { numRuns: 400 },
    );
    expect(beantwoord).toBeGreaterThan(200);
  });

  it('andere delingen: per geval snel waar het quotiënt in zijn schaal past', () => {
    const { g, module } = soms;
    let snelGeteld = 0;
    let exactAlleen = 0;
    fc.assert(
      fc.property(bedrag, getal, geheel, (a, b, c) => {
        const invoer = { a, b, c };
        const { referentie, snel } = alleEnginesGelijk(g, module, invoer, PEIL, JSON.stringify(invoer));
        if (snel) snelGeteld++;
        else if (referentie.ok) exactAlleen++;
      }),
      { numRuns: 400 },
    );
    expect(snelGeteld).toBeGreaterThan(20);
    expect(exactAlleen).toBeGreaterThan(20);
  });
});
