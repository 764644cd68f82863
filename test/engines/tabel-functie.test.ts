// A function called in a decision table's row (in an output cell, in an input cell, and one
// function calling another from a cell): the explanation nests the call under the rule, with the
// function's value, its bron and what its arguments and body read; byte for byte the same tree in
// the interpreter and the compiled module, on random inputs, for both hit policies; and the text
// of the CLI shows the nested node. A call outside a table keeps its reads in the rule, as before.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Gecontroleerd } from '../../language/checker.js';
import type { Gebruik, Uitleg, UitlegKnoop } from '../../runtime/uitleg.js';
import type { GecompileerdeModule } from '../../runtime/runtime.js';
import { evalueer } from '../../compiler/interpreter/interpreter.js';
import { uitlegAlsTekst } from '../../compiler/interpreter/uitleg-tekst.js';
import { beideGelijk, vang } from './beide-engines.js';
import { regelingGecompileerd } from '../opzet/mappen.js';

const REGELING = `regeling TabelFunctie
  bron "test"

parameter toeslag: percentage is 10%
  bron "cao art. 3"

functie metToeslag(b: bedrag): bedrag is b + toeslag van b afgerond op centen rekenkundig
  bron "cao art. 4"

functie dubbel(b: bedrag): bedrag is metToeslag(b) * 2

functie grens(n: getal): getal is n * 2
  bron "cao art. 5"

invoer loon: bedrag
invoer jong: ja/nee
invoer uren: getal

uitvoer t: bedrag
uitvoer u: bedrag
uitvoer buiten: bedrag

regel t: bedrag is tabel eerste
  | jong | uren                   | t                | bron   |
  | ja   | ten minste grens(10)   | metToeslag(loon) | "rij1" |
  | ja   | -                      | dubbel(loon)     | -      |
  | -    | -                      | loon             | -      |
  bron "tabelbron"

regel u: bedrag is tabel uniek
  | jong | u                                  |
  | ja   | metToeslag(loon) + metToeslag(€ 1) |
  | nee  | € 0                                |

regel buiten is metToeslag(loon)
`;

let g: Gecontroleerd;
let module: GecompileerdeModule;

beforeAll(async () => {
  ({ g, module } = await regelingGecompileerd('tabel-functie', REGELING, 'tabel-functie.regel'));
}, 120_000);

const functies = (k: UitlegKnoop): (Gebruik & { soort: 'functie' })[] => k.gebruikt.filter((x): x is Gebruik & { soort: 'functie' } => x.soort === 'functie');

describe('een functie in een rij van een beslistabel', () => {
  it('nest de aanroep met haar bron in de uitleg, in beide engines byte voor byte gelijk', () => {
    let genest = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.boolean(), fc.integer({ min: 0, max: 40 }), (centen, jong, uren) => {
        const invoer = { loon: centen / 100, jong, uren };
        beideGelijk(g, module, invoer, { peildatum: '2026-01-01' });
        const u = vang(() => evalueer(g, invoer, { peildatum: '2026-01-01' }));
        if (!u.ok) throw new Error('onverwachte fout');
        const t = (u.uitleg as Uitleg).uitvoer.t!;
        // the input cell's call is always evaluated for a young worker, with its own bron
        const f = functies(t);
        if (jong) {
          expect(f[0]).toEqual({ soort: 'functie', naam: 'grens', waarde: 20, bron: 'cao art. 5', gebruikt: [] });
          genest++;
        } else expect(f).toEqual([]);
        if (jong && uren >= 20) expect(f[1]).toMatchObject({ naam: 'metToeslag', bron: 'cao art. 4', gebruikt: [{ soort: 'invoer', naam: 'loon' }, { soort: 'parameter', naam: 'toeslag', bron: 'cao art. 3' }] });
        if (jong && uren < 20) {
          // a function calling another from a cell: only the cell's call is a node; the body's reads are in it
          expect(f[1]).toMatchObject({ naam: 'dubbel', bron: null, gebruikt: [{ soort: 'invoer', naam: 'loon' }, { soort: 'parameter', naam: 'toeslag' }] });
          expect(f).toHaveLength(2);
        }
        // the same function twice in one cell: two nodes, each with its own value
        const fu = functies((u.uitleg as Uitleg).uitvoer.u!);
        expect(fu.map((x) => x.waarde)).toEqual(jong ? [Math.round(centen * 1.1) / 100, 1.1] : []);
        // outside a table nothing changes: the reads stay in the rule
        expect(functies((u.uitleg as Uitleg).uitvoer.buiten!)).toEqual([]);
      }),
      { numRuns: 150 },
    );
    expect(genest).toBeGreaterThan(30);
  });

  it('de tekst van de CLI toont de functie met haar bron onder de rij', () => {
    const u = module.evalueerMetUitleg({ loon: 100, jong: true, uren: 30 }, { peildatum: '2026-01-01' }).uitleg as Uitleg;
    const tekst = uitlegAlsTekst(u, g);
    expect(tekst).toContain([
      't = € 110   [rij 1: ja | ten minste grens(10) | metToeslag(loon)]',
      '  bron: rij1',
      '  invoer jong = ja',
      '  invoer uren = 30',
      '  functie grens = 20',
      '    bron: cao art. 5',
      '  functie metToeslag = € 110',
      '    bron: cao art. 4',
      '    invoer loon = € 100',
      '    parameter toeslag = 10% — cao art. 3',
    ].join('\n'));
    expect(tekst).toBe(uitlegAlsTekst(evalueer(g, { loon: 100, jong: true, uren: 30 }, { peildatum: '2026-01-01' }).uitleg, g));
  });
});
