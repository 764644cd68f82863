// `reeks van A tot en met B` in every engine against a reference written here (a plain loop): the
// Werkloosheidswet's weeks of a referteperiode counted from a parameter that `--parameter` can
// change, a reeks of random bounds (empty when B < A), a broken bound and a reeks longer than the
// documented maximum (a calculation error naming the values as drafters write them). One small
// policy, compiled once; the interpreter and the exact code must agree byte for byte, and the fast
// path gives the same outputs, or leaves the errors to the exact code.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evalueer } from '../../compiler/interpreter/interpreter.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { beideGelijk, vang } from './beide-engines.js';
import type { GecompileerdeModule } from '../../runtime/runtime.js';
import { regelingGecompileerd } from '../opzet/mappen.js';
import { REEKS_GRENS } from '../../runtime/reeks.js';

const PEILDATUM = '2026-03-01';

const REEKS = [
  'regeling Reeks', '  bron "test"',
  'parameter aantalWekenReferteperiode: geheel getal is 36',
  'invoer a: getal', 'invoer b: getal', 'invoer gewerkt: lijst van geheel getal',
  'uitvoer rij: lijst van geheel getal', 'uitvoer totaal: getal',
  'uitvoer wekenMetWerk: geheel getal', 'uitvoer driehoeken: lijst van getal',
  'regel rij is reeks van a tot en met b',
  'regel totaal is som van reeks van a tot en met b',
  'regel wekenMetWerk is aantal (elk w in reeks van 1 tot en met aantalWekenReferteperiode waarvoor er is een x in gewerkt waarvoor x is gelijk aan w)',
  // a reeks inside a binder: its bounds per element
  'regel driehoeken is elk n in gewerkt geeft som van reeks van 1 tot en met n', '',
].join('\n');

let geladen: { g: Gecontroleerd; module: GecompileerdeModule; ts: string } | undefined;

beforeAll(async () => {
  geladen = await regelingGecompileerd('reeks', REEKS, 'reeks.regel');
}, 120_000);

function referentie(a: number, b: number): number[] {
  const uit: number[] = [];
  for (let i = a; i <= b; i++) uit.push(i);
  return uit;
}

const opties = { peildatum: PEILDATUM };

describe('reeks van A tot en met B', () => {
  it('geeft de hele getallen van A tot en met B (leeg als B voor A ligt) in elke engine', () => {
    const { g, module, ts } = geladen!;
    expect(ts).not.toContain('Geen snelle evaluatie');
    let snel = 0;
    fc.assert(
      fc.property(fc.integer({ min: -60, max: 60 }), fc.integer({ min: -60, max: 60 }), fc.array(fc.integer({ min: -2, max: 45 }), { maxLength: 8 }), (a, b, gewerkt) => {
        const invoer = { a, b, gewerkt };
        const r = referentie(a, b);
        const wekenMetWerk = referentie(1, 36).filter((w) => gewerkt.includes(w)).length;
        const driehoeken = gewerkt.map((n) => (n < 1 ? 0 : (n * (n + 1)) / 2));
        expect(vang(() => evalueer(g, invoer, opties))).toMatchObject({ ok: true, uitvoer: { rij: r, totaal: r.reduce((s, x) => s + x, 0), wekenMetWerk, driehoeken } });
        beideGelijk(g, module, invoer, opties);
        const uit = module.evalueerSnel(invoer, opties);
        if (uit === undefined) return;
        snel++;
        expect(uit).toEqual(module.evalueer(invoer, opties));
      }),
      { numRuns: 200 },
    );
    expect(snel).toBe(200);
  });

  it('telt de weken van de referteperiode uit de parameter: met aantalWekenReferteperiode = 40 veertig weken, niet 36', () => {
    const { g, module } = geladen!;
    const invoer = { a: 1, b: 0, gewerkt: referentie(1, 45) };
    expect(vang(() => evalueer(g, invoer, opties))).toMatchObject({ ok: true, uitvoer: { wekenMetWerk: 36, rij: [] } });
    const met40 = { ...opties, parameters: { aantalWekenReferteperiode: 40 } };
    expect(vang(() => evalueer(g, invoer, met40))).toMatchObject({ ok: true, uitvoer: { wekenMetWerk: 40 } });
    expect(module.evalueer(invoer, met40)).toMatchObject({ wekenMetWerk: 40 });
  });

  it('een gebroken grens of een reeks langer dan het maximum is een rekenfout met de waarden zoals opstellers ze schrijven, in beide engines', () => {
    const { g, module } = geladen!;
    const gevallen: [unknown, string][] = [
      [{ a: 1.5, b: 3, gewerkt: [] }, 'de reeks van 1,5 tot en met 3 bestaat niet: begin en einde zijn hele getallen'],
      [{ a: 1, b: REEKS_GRENS + 1, gewerkt: [] }, `de reeks van 1 tot en met 100001 heeft 100001 elementen; een reeks heeft er ten hoogste 100000`],
      // inside a binder: the fast path leaves it too
      [{ a: 1, b: 0, gewerkt: [3, REEKS_GRENS + 1] }, `de reeks van 1 tot en met 100001 heeft 100001 elementen; een reeks heeft er ten hoogste 100000`],
    ];
    for (const [invoer, melding] of gevallen) {
      expect(vang(() => evalueer(g, invoer, opties))).toMatchObject({ ok: false, soort: 'reken', melding: expect.stringContaining(melding) });
      beideGelijk(g, module, invoer, opties);
      expect(module.evalueerSnel(invoer, opties)).toBeUndefined();
    }
    // exactly the maximum is still a reeks
    expect(vang(() => evalueer(g, { a: 1, b: REEKS_GRENS, gewerkt: [] }, opties))).toMatchObject({ ok: true });
  });
});
