// A parameter's value (and a dated row's) may be arithmetic on literals, kept exact: `1 / 3` is a
// third, not 0,333..., so `deel * € 300` is € 100 in every engine. The fast path writes a value
// with finitely many decimals as a scaled whole number and declines a value like 1/3 (the exact
// path answers); the checker refuses a name or an input in the arithmetic and a division by zero.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { laad } from '../../language/index.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { evalueer } from '../../compiler/interpreter/interpreter.js';
import type { GecompileerdeModule } from '../../runtime/runtime.js';
import { beideGelijk } from './beide-engines.js';
import { gecompileerd } from '../opzet/mappen.js';

const KOP = 'regeling Deel\n  bron "test"\n';
const DERDE = `${KOP}parameter deel: getal ten minste 0 is 1 / 3\ninvoer n: getal\nuitvoer b: bedrag\nuitvoer c: bedrag\nregel b is deel * € 300\nregel c is deel * n * € 3\n`;
const KWART = `${KOP}parameter kwart: bedrag\n  vanaf 2025-01-01 is € 300 / 4\n  vanaf 2026-01-01 is (€ 10 + € 2,50) * 2 - 50% van € 1\ninvoer n: getal\nuitvoer b: bedrag\nregel b is kwart * n\n`;

const geladen: { g: Gecontroleerd; module: GecompileerdeModule; snel: boolean }[] = [];

beforeAll(async () => {
  const policies = [DERDE, KWART].map((tekst, i) => {
    const res = laad(tekst, `constante${i}.regel`);
    expect(res.diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
    return { g: res.gecontroleerd, bestand: `constante${i}.regel` };
  });
  for (const [i, { module, ts }] of (await gecompileerd('constante-parameter', policies)).entries()) {
    geladen.push({ g: policies[i]!.g, module, snel: !ts.includes('Geen snelle evaluatie') });
  }
}, 120_000);

describe('een parameter als berekening met vaste waarden', () => {
  it('1 / 3 blijft exact: deel * € 300 is € 100 in beide engines', () => {
    const { g, module, snel } = geladen[0]!;
    expect(evalueer(g, { n: 3 }, { peildatum: '2026-03-01' }).uitvoer).toEqual({ b: 100, c: 3 });
    // the fast path cannot hold a third at any decimal scale: it declines, the exact path answers
    expect(snel).toBe(false);
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), (n) => {
        const invoer = { n: n * 3 };
        expect(evalueer(g, invoer, { peildatum: '2026-03-01' }).uitvoer).toEqual({ b: 100, c: n * 3 });
        beideGelijk(g, module, invoer, { peildatum: '2026-03-01' });
      }),
      { numRuns: 50 },
    );
  });

  it('een rij met een eindige decimale waarde rekent ook in het snelle pad', () => {
    const { g, module, snel } = geladen[1]!;
    expect(snel).toBe(true);
    for (const [peildatum, per] of [['2025-06-01', 75], ['2026-06-01', 24.5]] as const) {
      fc.assert(
        fc.property(fc.integer({ min: -10_000, max: 10_000 }), (n) => {
          const opties = { peildatum };
          expect(evalueer(g, { n }, opties).uitvoer).toEqual({ b: Math.round(per * n * 100) / 100 });
          beideGelijk(g, module, { n }, opties);
          expect(module.evalueerSnel({ n }, opties)).toEqual({ b: Math.round(per * n * 100) / 100 });
        }),
        { numRuns: 50 },
      );
    }
  });
});

describe('de checker bij een berekende parameterwaarde', () => {
  const fouten = (tekst: string): string[] => laad(`${KOP}${tekst}`, 't.regel').diagnosen.filter((d) => d.ernst === 'fout').map((d) => `${d.code} ${d.melding}`);

  it('aanvaardt rekenen met vaste waarden', () => {
    for (const w of ['1 / 3', '-(1 / 4)', '2 * 3 + 1', '50% van 10']) expect(fouten(`parameter p: getal is ${w}\nuitvoer b: getal\nregel b is p\n`), w).toEqual([]);
  });

  it('weigert een naam of invoer in de berekening (RW2008)', () => {
    expect(fouten('invoer a: getal\nparameter p: getal is a / 3\nuitvoer b: getal\nregel b is p\n')).toEqual([expect.stringMatching(/^RW2008 .*'a' is een naam/)]);
    expect(fouten('parameter q: getal is 2\nparameter p: getal is 1 / q\nuitvoer b: getal\nregel b is p\n')).toEqual([expect.stringMatching(/^RW2008 .*'q' is een naam/)]);
    expect(fouten('parameter p: getal is aantal [1, 2]\nuitvoer b: getal\nregel b is p\n')).toEqual([expect.stringMatching(/^RW2008 .*een berekening met alleen vaste waarden/)]);
  });

  it('weigert een deling door nul (RW2008)', () => {
    expect(fouten('parameter p: getal is 1 / (2 - 2)\nuitvoer b: getal\nregel b is p\n')).toEqual(['RW2008 de waarde van parameter \'p\' deelt door nul']);
    expect(fouten('parameter p: lijst van getal is [1, 2 / 0]\nuitvoer b: getal\nregel b is aantal p\n')).toEqual(['RW2008 de waarde van parameter \'p\' deelt door nul']);
  });

  it('toetst het bereik op de exacte waarde (RW2015)', () => {
    expect(fouten('parameter p: getal ten minste 0 is 1 / 3 - 1\nuitvoer b: getal\nregel b is p\n')).toEqual([expect.stringMatching(/^RW2015 /)]);
    expect(fouten('parameter p: geheel getal is 4 / 3\nuitvoer b: getal\nregel b is p\n')).toEqual([expect.stringMatching(/^RW2015 /)]);
    expect(fouten('parameter p: geheel getal is 4 / 2\nuitvoer b: getal\nregel b is p\n')).toEqual([]);
  });
});
