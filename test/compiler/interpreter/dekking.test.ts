// The coverage counter of the interpreter (compiler/interpreter/dekking.ts) against an
// independent oracle, the explanation tree: on random valid inputs of every shipped policy, each
// rule's decision in the explanation (base, exception, table row) is a clause the counter counted,
// every base and row it counted is such a decision, and counting changes no output or error.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { laadBestand } from '../../../compiler/node/modules.js';
import { evalueer, type UitlegKnoop } from '../../../compiler/interpreter/interpreter.js';
import { Dekkingsteller, clausuleNaam, clausules } from '../../../compiler/interpreter/dekking.js';
import { invoerArbitrary } from '../../../compiler/analysis/arbitraries.js';
import { standaardPeildatum } from '../../../compiler/interpreter/voorbeelden.js';
import { RegelwerkFout } from '../../../runtime/fouten.js';
import { laad } from '../../../language/index.js';

const ROOT = join(import.meta.dirname, '../../..');
const POLICIES = readdirSync(join(ROOT, 'policies')).filter((f) => f.endsWith('.regel')).sort();

/** Every rule node of the explanation tree, once per rule. */
function knopen(wortels: readonly UitlegKnoop[]): Map<string, UitlegKnoop> {
  const uit = new Map<string, UitlegKnoop>();
  const stapel = [...wortels];
  while (stapel.length > 0) {
    const k = stapel.pop()!;
    if (uit.has(k.regel)) continue;
    uit.set(k.regel, k);
    for (const gb of k.gebruikt) if (gb.soort === 'regel') stapel.push(gb.uitleg);
  }
  return uit;
}

function uitkomst(f: () => unknown): unknown {
  try {
    return f();
  } catch (x) {
    if (x instanceof RegelwerkFout) return { fout: x.message };
    throw x;
  }
}

describe.each(POLICIES)('de dekkingsteller is het eens met de uitleg: %s', (bestand) => {
  it('op willekeurige geldige invoer', () => {
    const g = laadBestand(join(ROOT, 'policies', bestand)).gecontroleerd;
    const peildatum = standaardPeildatum(g);
    const alle = clausules(g);
    fc.assert(fc.property(invoerArbitrary(g, { peildatum }), (invoer) => {
      const teller = new Dekkingsteller();
      const met = uitkomst(() => evalueer(g, invoer, { peildatum }, teller));
      expect(met).toEqual(uitkomst(() => evalueer(g, invoer, { peildatum })));
      if (typeof met !== 'object' || met === null || 'fout' in met) return;
      const r = met as ReturnType<typeof evalueer>;
      const beslist = knopen(Object.values(r.uitleg.uitvoer));
      for (const c of alle) {
        if (c.kind !== 'basis' && c.kind !== 'rij' && c.kind !== 'uitzondering') continue;
        const k = beslist.get(c.regel);
        const doorUitleg = k !== undefined && (c.kind === 'basis' ? k.besluit.soort === 'basis'
          : c.kind === 'rij' ? k.besluit.soort === 'tabel' && k.besluit.rij === c.rij
            : k.besluit.soort === 'uitzondering' && k.besluit.naam === c.label);
        // an exception that applies with the same value as the one that decided is counted too
        if (doorUitleg || c.kind !== 'uitzondering') expect(teller.aantal(c) > 0, clausuleNaam(c)).toBe(doorUitleg);
      }
    }), { numRuns: 60 });
  });
});

describe('Dekkingsteller', () => {
  const g = laad(`regeling T
  bron "t"
invoer a: getal
invoer k: keuze x, y
uitvoer u: getal
uitvoer v: getal
regel u: getal is als a is groter dan 0 dan 1 anders als a is 0 dan 0 anders -1
  uitzondering "y" indien k is y dan 9
regel v: getal is tabel eerste
  | k | a            | v |
  | x | groter dan 5 | 1 |
  | x | -            | 2 |
  | - | -            | 3 |
`, 't.regel').gecontroleerd;
  const alle = clausules(g);
  const naam = (n: string) => alle.find((c) => clausuleNaam(c) === n)!;

  it('noemt elke basisdefinitie, uitzondering, rij en als-tak, in bestandsvolgorde', () => {
    expect(alle.map(clausuleNaam)).toEqual([
      "regel 'u', basisdefinitie", "regel 'u', dan-tak van de als op 7:19", "regel 'u', anders-tak van de als op 7:19",
      "regel 'u', dan-tak van de als op 7:54", "regel 'u', anders-tak van de als op 7:54", "regel 'u', uitzondering 'y'",
      "regel 'v', rij 1", "regel 'v', rij 2", "regel 'v', rij 3",
    ]);
  });

  it('telt per evaluatie één keer wat zij nam', () => {
    const t = new Dekkingsteller();
    for (const invoer of [{ a: 7, k: 'x' }, { a: 0, k: 'x' }, { a: -3, k: 'y' }]) evalueer(g, invoer, { peildatum: '2026-01-01' }, t);
    // a = 7: basis, dan; a = 0: basis, anders, inner dan; k = y: the exception (u) and row 3 (v)
    expect(alle.map((c) => t.aantal(c))).toEqual([2, 1, 1, 1, 0, 1, 1, 1, 1]);
    evalueer(g, { a: -1, k: 'x' }, { peildatum: '2026-01-01' }, t);
    expect(t.aantal(naam("regel 'u', uitzondering 'y'"))).toBe(1);
    expect(alle.map((c) => t.aantal(c))).toEqual([3, 1, 2, 1, 1, 1, 1, 2, 1]);
  });
});
