// Generated code is a security boundary. Policies built from hostile parts: names from the
// dangerous pool (generator names, JS words, prototype names, accents, hyphens), and texts in
// every place a text can stand (regeling and parameter bron, invoer bron, eis melding, exception
// labels, string literals) that would run code if they left their string or comment; file names
// with the same characters and line breaks. Importing and running the compiled module must not
// run that code, and both engines must agree.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { laad } from '../../../language/index.js';
import { stdlibLader } from '../../../compiler/node/modules.js';
import { evalueer } from '../../../compiler/interpreter/interpreter.js';
import { invoerArbitrary } from '../../../compiler/analysis/arbitraries.js';
import type { Gecontroleerd } from '../../../language/checker.js';
import { GEVAARLIJKE_NAMEN, TYPEWOORDEN, VIJANDIGE_TEKSTEN, isNaam, tekstLit } from '../../engines/namen-generator.js';
import { vang } from '../../engines/beide-engines.js';
import type { GecompileerdeModule } from '../../../runtime/runtime.js';
import { gecompileerd } from '../../opzet/mappen.js';

const ROOT = join(import.meta.dirname, '../../..');
const SEED = Number(process.env.REGELWERK_SEED ?? 20261001);
const AANTAL = 12;

const naam = fc.constantFrom(...GEVAARLIJKE_NAMEN.filter(isNaam));
const tekst = fc.oneof(
  fc.constantFrom(...VIJANDIGE_TEKSTEN),
  fc.array(fc.constantFrom('\u2028', '\u2029', '*/', '/*', '//', '"', "'", '`', '${', '}', '\\', '<!--', '-->', 'x', ' ', '(globalThis as any).__pwned = 1;'), { maxLength: 8 }).map((d) => d.join('')),
);
const bestandsnaam = fc.array(fc.constantFrom('a', '\n', '\r', '\u2028', '*/', '"', "'", '`', '${', '\\', ' ', 'é'), { minLength: 1, maxLength: 8 }).map((d) => `pad-${d.join('')}.regel`);

/** A policy with 16 distinct names and 11 texts in every kind of place a text can stand. */
const regeling = fc.record({
  // the third name is a soort's: a type word there is the type (RW0005), so never that
  n: fc.uniqueArray(naam, { minLength: 16, maxLength: 16 }).filter((n) => !TYPEWOORDEN.has(n[2]!)),
  t: fc.array(tekst, { minLength: 11, maxLength: 11 }),
  bestand: bestandsnaam,
}).map(({ n, t, bestand }) => {
  const [R, P, S, F1, F2, K1, K2, I, J, FN, X, U1, U2, U3, V, H] = n as [string, ...string[]];
  const q = (i: number): string => tekstLit(t[i]!);
  // Labels of one rule must differ.
  const label = (i: number): string => tekstLit(`${t[i]!} #${i}`);
  const bron = [
    `regeling ${R}`,
    `  bron ${q(0)}`,
    `parameter ${P}: getal is 10`,
    `  bron ${q(1)}`,
    `soort ${S} is gegevens { ${F1}: getal, ${F2}: keuze ${K1}, ${K2} }`,
    `  eis ${F1} is ten minste 0 melding ${q(2)}`,
    `invoer ${I}: lijst van ${S}`,
    `  bron ${q(3)}`,
    `  eis aantal ${I} is kleiner dan 4 melding ${q(4)}`,
    `invoer ${J}: tekst`,
    `functie ${FN}(${X}: getal): getal is ${X} * 2`,
    `uitvoer ${U1}: getal`,
    `uitvoer ${U2}: tekst`,
    `uitvoer ${U3}: ja/nee`,
    `regel ${U1} is som van (elke ${V} in ${I} waarvoor ${V}.${F2} is ${K1} geeft ${FN}(${V}.${F1}) + ${P})`,
    `  bron ${q(5)}`,
    `  uitzondering ${label(6)} indien aantal ${I} = 3 dan 1`,
    `  uitzondering ${label(7)} indien aantal ${I} = 3 dan 2`,
    // an exception to an exception: the parent's label stands in a comment of the exact code
    `  uitzondering ${tekstLit(`${t[5]!} #op`)} op ${label(7)} indien aantal ${I} = 3 dan 2`,
    `regel ${U2} is als ${J} = ${q(8)} dan ${q(9)} anders ${J}`,
    `regel ${U3} is er is een ${H} in ${I} waarvoor ${H} = { ${F1}: 1, ${F2}: ${K2} }`,
    `  bron ${q(10)}`,
  ].join('\n');
  return { bron, bestand, teksten: t };
});

const gevallen = fc.sample(regeling, { numRuns: AANTAL, seed: SEED });
const geladen: { g: Gecontroleerd; module: GecompileerdeModule; ts: string }[] = [];

beforeAll(async () => {
  const policies = gevallen.map((r) => {
    const l = laad(r.bron, r.bestand, stdlibLader);
    expect(l.diagnosen.filter((d) => d.ernst === 'fout'), r.bron).toEqual([]);
    return { g: l.gecontroleerd, bestand: r.bestand };
  });
  // with prettier, as `regelwerk compile` writes the code a reader sees
  const modules = await gecompileerd('vijandig', policies, { opmaak: true });
  for (const [i, { module, ts }] of modules.entries()) geladen.push({ g: policies[i]!.g, module, ts });
}, 120_000);

describe('vijandige namen, teksten en bestandsnamen', () => {
  it('importeren voert geen code uit de regeling uit', () => {
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it('de gegenereerde code noemt geen bestandspad', () => {
    for (const { ts } of geladen) expect(ts).not.toContain('pad-');
  });

  it('geen regelovergang binnen een tekst of commentaar: U+2028/U+2029 staan alleen ontsnapt in de code', () => {
    for (const { ts } of geladen) expect(ts).not.toMatch(/[\u2028\u2029]/);
  });

  it('beide engines zijn het eens, en evalueren voert geen code uit de regeling uit', () => {
    gevallen.forEach((r, i) => {
      const { g, module } = geladen[i]!;
      const teksten = fc.constantFrom(...r.teksten);
      const arb = invoerArbitrary(g, { peildatum: '2026-03-01' }).chain((invoer) => {
        const tekstInvoer = g.invoer.find((x) => x.type.soort === 'tekst')!.naam;
        return teksten.map((t) => ({ ...invoer, [tekstInvoer]: t }));
      });
      fc.assert(
        fc.property(fc.oneof(arb, invoerArbitrary(g, { peildatum: '2026-03-01' })), (invoer) => {
          const a = vang(() => evalueer(g, invoer, { peildatum: '2026-03-01' }));
          const b = vang(() => module.evalueerMetUitleg(invoer, { peildatum: '2026-03-01' }));
          expect(b).toEqual(a);
          expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
        }),
        { numRuns: 60, seed: SEED + i },
      );
    });
  });
});
