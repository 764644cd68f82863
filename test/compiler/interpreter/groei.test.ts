// Two ways both engines could hang, found in a security review. Exact numbers grew without
// bound (a product fold over inputs of 1e9999 ran for minutes); now a value beyond 2^40000 is the
// same calculation error in both engines. And list-building folds `acc + [x] + [x]` were quadratic;
// now they append in place like `acc + [x]`.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { laad } from '../../../language/index.js';
import { evalueer } from '../../../compiler/interpreter/interpreter.js';
import { stdlibLader } from '../../../compiler/node/modules.js';
import type { Gecontroleerd } from '../../../language/checker.js';
import { leesJsonTekst } from '../../../runtime/json.js';
import { type Uitkomst, vang } from '../../engines/beide-engines.js';
import type { GecompileerdeModule } from '../../../runtime/runtime.js';
import { elkeEngine, groei, telWerk } from './werk.js';
import { gecompileerd } from '../../opzet/mappen.js';

const ROOT = join(import.meta.dirname, '../../..');
const RUNS = Math.max(100, Number(process.env.REGELWERK_RUNS ?? 2000) / 10);

function geladen(bron: string): Gecontroleerd {
  const r = laad(`regeling T\n  bron "test"\n${bron}`, 't.regel', stdlibLader);
  expect(r.diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
  return r.gecontroleerd;
}

async function module(g: Gecontroleerd): Promise<GecompileerdeModule> {
  const [m] = await gecompileerd('groei', [{ g, bestand: 'groei.regel' }]);
  return m!.module;
}

/** Both engines on one input; their outcomes (value and explanation, or error) must be equal. */
async function motor(bron: string): Promise<(invoer: unknown) => Uitkomst> {
  const g = geladen(bron);
  const m = await module(g);
  const opties = { peildatum: '2026-03-01' };
  return (invoer) => {
    const i = vang(() => evalueer(g, invoer, opties));
    const c = vang(() => m.evalueerMetUitleg(invoer, opties));
    expect(c).toEqual(i);
    return i;
  };
}

const PRODUCT = `invoer l: lijst van getal
uitvoer r: ja/nee
regel r is (vouw x in l met acc beginnend bij 1: acc * x) > 1
`;

const TE_GROOT = "in regel 'r': rekenfout: een tussenwaarde heeft meer dan 12.000 cijfers; zo groot rekent een regeling niet";

/** A number as JSON text: sign, mantissa 1..999, exponent in the reader's whole range. */
const getalTekst = fc.tuple(fc.constantFrom('-', ''), fc.integer({ min: 1, max: 999 }), fc.integer({ min: -10000, max: 10000 }));
const tekst = ([s, m, e]: [string, number, number]): string => `${s}${m}e${e}`;

describe('exacte getallen groeien niet onbegrensd', () => {
  it('een product van 50 keer 1e9999 is in beide engines dezelfde rekenfout in regel r', async () => {
    const beide = await motor(PRODUCT);
    const invoer = leesJsonTekst(`{"l": [${Array(50).fill('1e9999').join(', ')}]}`);
    expect(beide(invoer)).toEqual({ ok: false, soort: 'reken', melding: TE_GROOT });
    // the smallest the reader accepts, too: the denominator is bounded like the numerator
    expect(beide(leesJsonTekst(`{"l": [${Array(50).fill('1e-9999').join(', ')}]}`))).toEqual({ ok: false, soort: 'reken', melding: TE_GROOT });
    // one such value is fine: the largest input stays well inside the bound
    expect(beide(leesJsonTekst('{"l": [1e10000]}'))).toMatchObject({ ok: true, uitvoer: { r: true } });
  });

  it('willekeurige reuzen en dwergen: beide engines dezelfde uitkomst (waarde of fout)', async () => {
    const beide = await motor(`invoer l: lijst van getal
uitvoer p: getal
uitvoer s: getal
uitvoer q: getal
regel p is vouw x in l met acc beginnend bij 1: acc * x
regel s is vouw x in l met acc beginnend bij 0: acc + x
regel q is vouw x in l met acc beginnend bij 1: als x is 0 dan acc anders acc / x
`);
    fc.assert(
      fc.property(fc.array(getalTekst, { maxLength: 6 }), (l) => {
        beide(leesJsonTekst(`{"l": [${l.map(tekst).join(', ')}]}`));
      }),
      { numRuns: RUNS },
    );
  });

  it('een product stopt precies als een tussenwaarde de grens van ~12.041 cijfers passeert (beide engines)', async () => {
    const beide = await motor(PRODUCT);
    fc.assert(
      fc.property(fc.array(getalTekst, { maxLength: 6 }), (l) => {
        const uit = beide(leesJsonTekst(`{"l": [${l.map(tekst).join(', ')}]}`));
        // Orders of magnitude of the running product; teller or noemer has about |L| digits
        // (give or take 3 per factor), and 2^40000 has 12.041 digits.
        let L = 0;
        const prefixen = l.map(([, m, e]) => (L += Math.log10(m) + e));
        if (prefixen.some((p) => Math.abs(p) > 12_041 + 20)) expect(uit).toEqual({ ok: false, soort: 'reken', melding: TE_GROOT });
        else if (prefixen.every((p) => Math.abs(p) < 12_041 - 20)) expect(uit).toMatchObject({ ok: true });
      }),
      { numRuns: RUNS },
    );
  });
});

describe('vouw met acc + E1 + E2 is lineair', () => {
  // Work counted (array steps, test/evaluator/werk.ts), not timed: from 2.000 to 8.000 elements the
  // steps grow about 4 times in every engine; a copy of the accumulator per step would make it ~16.
  it('acc + [x] + [x]: het werk groeit lineair in elke engine, met het goede resultaat', async () => {
    const bron = `invoer l: lijst van getal
uitvoer n: getal
uitvoer slot: getal
regel dubbel is vouw x in l met acc beginnend bij []: acc + [x] + [x * 2]
regel n is aantal dubbel
regel slot is laatste van dubbel
`;
    const g = geladen(bron);
    const m = await module(g);
    const opties = { peildatum: '2026-03-01' };
    const invoer = (n: number): unknown => ({ l: Array.from({ length: n }, (_, i) => i) });
    // `evalueer` below is the fast path
    expect(m.evalueerSnel(invoer(3), opties)).toEqual({ n: 6, slot: 4 });
    const engines = elkeEngine(g, m, opties);
    for (const [naam, run] of Object.entries(engines)) {
      expect(groei(2000, (n) => run(invoer(n))), naam).toBeLessThan(6);
    }
    const uit = telWerk(() => m.evalueer(invoer(8000), opties)).uitkomst;
    expect(uit).toEqual({ n: 16_000, slot: 15_998 });
    expect(engines.interpreter!(invoer(8000))).toEqual(uit);
  });

  it('de beginlijst blijft ongemoeid en de volgorde klopt (beide engines)', async () => {
    const beide = await motor(`invoer l: lijst van getal
invoer b: lijst van getal
uitvoer r: lijst van getal
uitvoer bb: lijst van getal
regel r is vouw x in l met acc beginnend bij b: als x is 2 dan acc + [0] anders acc + [x] + b + [x * 10]
regel bb is b
`);
    expect(beide({ l: [1, 2, 3], b: [7] })).toMatchObject({ ok: true, uitvoer: { r: [7, 1, 7, 10, 0, 3, 7, 30], bb: [7] } });
  });
});
