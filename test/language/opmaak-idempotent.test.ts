// The formatter (language/opmaak.ts) on conditions nested deeper than a line is wide: en/of/niet,
// comparisons and sums inside brackets, written on one line. A long line is broken before its
// outermost en/of, and the line that leaves may still be too long, one bracket further in; the
// formatter must go on until no line asks for a break, or the next run breaks it further.
// Checked: the output passes the soundness check, and formatting it again changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatteer, REGELBREEDTE } from '../../language/opmaak.js';

const KOP = `regeling opmaak
invoer a: bedrag
invoer b: getal
invoer p: ja/nee
invoer q: ja/nee
uitvoer v: ja/nee
`;

const beleid = (voorwaarde: string): string => `${KOP}regel v is ${voorwaarde}\n`;

/** Found by test/engines/ketens.test.ts (seed 1630207753): it takes ten rounds of breaks. */
const GEVONDEN = 'als b = 0 dan (p of q) en (((((q en ((niet ((q en (((niet (niet (a is groter dan € 0 en (((niet (((niet p) of niet p) = q)) of (p of q)) of (p of q))))) of a is groter dan € 0) of niet p)) = p)) of a is groter dan € 0)) of niet p) = q) of p) of a is groter dan € 0) anders b = 0';

const BEDRAG = fc.constantFrom('a', '€ 0', '€ 1,25', '(a + € 3)', 'a * 2', '10% van a', '(a - € 100) * b', 'maximum van (a, € 7,73)');
const VERGELIJKING = fc.constantFrom('is groter dan', 'is ten minste', 'is kleiner dan', '=', '>');
const BLAD = fc.oneof(
  fc.constantFrom('p', 'q', 'niet p', 'b > 3', '(p of q)', '(b + 1) * 2 = b - 1'),
  fc.tuple(BEDRAG, VERGELIJKING, BEDRAG).map(([x, v, y]) => `${x} ${v} ${y}`),
);

/** A condition `diepte` brackets deep, each level one kind of operator around the one below, with leaves beside it. */
function voorwaarde(diepte: number): fc.Arbitrary<string> {
  if (diepte === 0) return BLAD;
  return fc.tuple(fc.nat({ max: 8 }), voorwaarde(diepte - 1), BLAD, BLAD, BEDRAG).map(([k, x, t, u, bedrag]) => [
    `${t} en (${x})`,
    `(${x}) of ${t}`,
    `niet (${x})`,
    `(${x}) = ${t === 'p' ? 'q' : 'p'}`,
    `(${t} of (${x})) en ${u}`,
    `(${x} en ${t}) of ${u} of ${t}`,
    `als ${t} dan (${x}) anders ${u}`,
    `(als ${x} dan a + ${bedrag} anders ${bedrag} * 2) is ten minste ${bedrag}`,
    `${t} en (${x}) en ${u}`,
  ][k]!);
}

/** Deep enough that some line needs more than a handful of rounds of breaks. */
const VOORWAARDE = fc.integer({ min: 6, max: 24 }).chain(voorwaarde);

function opgemaakt(tekst: string): string {
  const r = formatteer(tekst, 'o.regel');
  if (!r.ok) throw new Error(r.diagnosen.map((d) => `${d.code}: ${d.melding}`).join('\n'));
  return r.tekst;
}

describe('opmaak: diep geneste voorwaarden breder dan een regel', () => {
  it('breekt de gevonden voorwaarde in één keer af, en een tweede keer verandert niets', () => {
    const uit = opgemaakt(beleid(GEVONDEN));
    expect(opgemaakt(uit)).toBe(uit);
    // the line that the second run used to break further is broken by the first
    expect(uit).toContain('\n      en (((niet (niet (a is groter dan € 0\n        en (((niet (((niet p) of niet p) = q)) of (p of q)) of (p of q)))))\n        of a is groter dan € 0)\n');
  });

  it('is gezond en idempotent, en laat geen lange regel met een en/of na het begin staan', () => {
    fc.assert(
      fc.property(VOORWAARDE, (v) => {
        const uit = opgemaakt(beleid(v));
        expect(opgemaakt(uit)).toBe(uit);
        // A line still too long has no en/of left to break before: the printer went on until none was.
        for (const regel of uit.split('\n').filter((r) => r.length > REGELBREEDTE)) {
          expect(regel.trim().split(' ').slice(1).filter((w) => w === 'en' || w === 'of'), regel).toEqual([]);
        }
      }),
      { numRuns: 40, examples: [[GEVONDEN]] },
    );
  });
});
