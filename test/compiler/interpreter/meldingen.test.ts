// Text from the input reaches a message (and so a terminal) escaped: an unknown key or a wrong
// choice value with an ESC, a line break or a bidi override is shown as \u001b, \n, \u202e,
// never raw; both engines' decoders (interpreter and compiled runtime) say the same.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { laad } from '../../../language/index.js';
import { valideer } from '../../../compiler/interpreter/interpreter.js';
import { leesInvoer } from '../../../runtime/runtime.js';
import { RegelwerkInvoerFout } from '../../../runtime/fouten.js';

const g = laad(`regeling M
  bron "x"
invoer k: keuze rood, groen
uitvoer u: ja/nee
regel u is k is rood
`, 'm.regel').gecontroleerd;

function melding(f: () => unknown): string {
  try {
    f();
  } catch (x) {
    if (x instanceof RegelwerkInvoerFout) return x.message;
    throw x;
  }
  throw new Error('geen invoerfout');
}

const gevaarlijk = fc.string({ unit: fc.constantFrom('\u001b', '[', '2', 'J', '\n', '\r', '\t', '\u009b', '\u202e', '\u2066', '"', '\\', 'a', 'é', '\u0000', '\u007f') , minLength: 1 });
const RAUW = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('invoertekst in meldingen', () => {
  it('een onbekende sleutel en een verkeerde keuzewaarde staan ontsnapt in de melding, in beide engines gelijk', () => {
    fc.assert(fc.property(gevaarlijk, (s) => {
      for (const invoer of [{ k: s }, { k: 'rood', [s]: 1 }]) {
        const a = melding(() => valideer(g, invoer, { peildatum: '2026-01-01' }));
        const b = melding(() => leesInvoer(invoer, g.invoer));
        expect(b).toBe(a);
        expect(a).not.toMatch(RAUW);
      }
    }), { numRuns: 500, seed: 20261201 });
  });

  it('een ESC in een keuzewaarde', () => {
    expect(melding(() => valideer(g, { k: '\u001b[2Jx' }, { peildatum: '2026-01-01' }))).toBe(`ongeldige invoer bij 'k': "\\u001b[2Jx" is geen geldige waarde; kies uit "rood", "groen"`);
  });
});
