// RW2024: an output of type `bedrag` whose rule may give more than whole cents, found by bounding
// the decimals of each value (language/checker/centen.ts). The property: whenever an evaluation
// stops because an output amount is not whole cents, the checker warned about that output.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { laad } from '../../language/index.js';
import { evalueer } from '../../compiler/interpreter/interpreter.js';
import { RegelwerkRekenFout } from '../../runtime/fouten.js';
import { streng } from '../../compiler/analysis/streng.js';

const KOP = 'regeling T\n  bron "test"\n';
const INVOER = 'invoer loon: bedrag\ninvoer n: geheel getal\ninvoer x: getal\ninvoer p: percentage\n';

function codes(bron: string): string[] {
  return laad(KOP + INVOER + bron, 't.regel').diagnosen.map((d) => d.code);
}

/** An amount expression of the constructs the checker bounds, parenthesised throughout. */
const bedrag: fc.Arbitrary<string> = fc.letrec<{ b: string; g: string; p: string }>((tie) => ({
  b: fc.oneof({ depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('loon', '€ 3', '€ 0,50', '€ 12,34', '€ 0,125'),
    fc.tuple(tie('b'), tie('b'), fc.constantFrom('+', '-')).map(([a, b, op]) => `(${a} ${op} ${b})`),
    fc.tuple(tie('b'), tie('g')).map(([a, b]) => `(${a} * ${b})`),
    fc.tuple(tie('p'), tie('b')).map(([a, b]) => `(${a} van ${b})`),
    fc.tuple(tie('b'), fc.constantFrom('2', '3', '4', '10', '0,5')).map(([a, c]) => `(${a} / ${c})`),
    tie('b').map((a) => `(${a} afgerond op centen rekenkundig)`),
  ),
  g: fc.constantFrom('n', 'x', '2', '1,5', '0,01'),
  p: fc.constantFrom('p', '5%', '12,5%', '100%'),
})).b;

const invoer = fc.record({
  loon: fc.integer({ min: -100_000, max: 100_000 }).map((c) => c / 100),
  n: fc.integer({ min: -20, max: 20 }),
  x: fc.integer({ min: -10_000, max: 10_000 }).map((c) => c / 1000),
  p: fc.integer({ min: 0, max: 10_000 }).map((c) => c / 100),
});

describe('RW2024: een uitvoerbedrag dat meer dan hele centen kan hebben', () => {
  it('elke evaluatie die stopt omdat de uitvoer geen hele centen is, had een waarschuwing', () => {
    fc.assert(fc.property(bedrag, fc.array(invoer, { minLength: 1, maxLength: 5 }), (waarde, invoeren) => {
      const g = laad(`${KOP}${INVOER}uitvoer u: bedrag\nregel u is ${waarde}\n`, 't.regel');
      expect(g.diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
      const gewaarschuwd = g.diagnosen.some((d) => d.code === 'RW2024');
      for (const i of invoeren) {
        try {
          evalueer(g.gecontroleerd, i, { peildatum: '2026-01-01' });
        } catch (x) {
          if (!(x instanceof RegelwerkRekenFout) || !x.message.includes('niet afgerond op centen')) throw x;
          expect(gewaarschuwd).toBe(true);
        }
      }
    }));
  });

  it('een deling, een percentage van een bedrag en een product met een breuk; afgerond, hele factoren en een tussenregel niet', () => {
    expect(codes('uitvoer u: bedrag\nregel u is loon / 3\n')).toContain('RW2024');
    expect(codes('uitvoer u: bedrag\nregel u is 5% van loon\n')).toContain('RW2024');
    expect(codes('uitvoer u: bedrag\nregel u is loon * x\n')).toContain('RW2024');
    expect(codes('parameter deel: getal is 1 / 3\nuitvoer u: bedrag\nregel u is loon * deel\n')).toContain('RW2024');
    expect(codes('regel tussen: bedrag is loon / 7\nuitvoer u: bedrag\nregel u is tussen + € 1\n')).toContain('RW2024');
    expect(codes('invoer bedragen: lijst van bedrag\nuitvoer u: bedrag\nregel u is som van (elke b in bedragen: b * 10%)\n')).toContain('RW2024');
    expect(codes('functie f(y: bedrag): bedrag is y\nuitvoer u: bedrag\nregel u is 5% van f(loon)\n')).toContain('RW2024');
    expect(codes('invoer bedragen: lijst van bedrag\nuitvoer u: bedrag\nregel u is som van bedragen + maximum van (loon, € 1)\n')).not.toContain('RW2024');
    expect(codes('uitvoer u: lijst van bedrag\nregel u is [loon, loon / 3]\n')).toContain('RW2024');
    expect(codes('soort Deel is gegevens { a: bedrag, b: getal }\nuitvoer u: Deel\nregel u is { a: loon / 3, b: 1 }\n')).toContain('RW2024');
    expect(codes('soort Deel is gegevens { a: bedrag, b: getal }\nuitvoer u: Deel\nregel u is { a: loon, b: x / 3 }\n')).toEqual(['RW3001', 'RW3001']); // n and p unused
    expect(codes('uitvoer u: bedrag\nregel u is loon / 3 afgerond op centen rekenkundig\n')).not.toContain('RW2024');
    expect(codes('uitvoer u: bedrag\nregel u is loon * n + € 0,05\n')).not.toContain('RW2024');
    expect(codes('uitvoer u: bedrag\nregel u is (p van loon) afgerond op centen naar beneden\n')).not.toContain('RW2024');
    expect(codes('uitvoer u: bedrag\nregel u is loon / 0,5\n')).not.toContain('RW2024');
    expect(codes('regel tussen: bedrag is loon / 7\nuitvoer u: bedrag\nregel u is tussen afgerond op centen rekenkundig\n')).not.toContain('RW2024');
  });

  it('de melding noemt de oorzaak en de oplossing; met --streng is het een fout', () => {
    const g = laad(`${KOP}${INVOER}uitvoer u: bedrag\nregel u is loon / 3\n`, 't.regel');
    const d = g.diagnosen.find((x) => x.code === 'RW2024')!;
    expect(d.ernst).toBe('waarschuwing');
    expect(d.melding).toContain('de deling door 3 geeft een breuk');
    expect(d.suggestie).toContain('afgerond op centen rekenkundig');
    expect(streng(g.bestand, g.diagnosen).find((x) => x.code === 'RW2024')?.ernst).toBe('fout');
  });
});
