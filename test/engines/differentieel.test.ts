// Two implementations that must agree: for every policy, random valid inputs go through the
// interpreter (the reference) and the compiled module; outputs, explanation trees and error kinds
// must be identical. REGELWERK_RUNS=100000 for a long run; a disagreement prints the shrunk input.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { invoerArbitrary, peildatumBuitenGeldigheid, ruweInvoerArbitrary, veldArbitrary } from '../../analysis/arbitraries.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { type Module, beideGelijk, gedeeldeModules } from './beide-engines.js';

const ROOT = join(import.meta.dirname, '../..');
const RUNS = Number(process.env.REGELWERK_RUNS ?? 2000);
const POLICIES = readdirSync(join(ROOT, 'policies')).filter((f) => f.endsWith('.regel')).sort();

const geladen = new Map<string, { g: Gecontroleerd; module: Module }>();

beforeAll(async () => {
  for (const [f, x] of (await gedeeldeModules()).gewoon) geladen.set(`policies/${f}`, { g: x.g, module: x.module as Module });
}, 180_000);

const PEILDATUMS = ['2024-06-30', '2025-01-01', '2025-06-30', '2025-07-01', '2026-01-01', '2026-03-01'];

describe.each(POLICIES)('interpreter en gecompileerde code zijn het eens: %s', (bestand) => {
  it(`geldige invoer (${RUNS} gevallen)`, () => {
    const { g, module } = geladen.get(`policies/${bestand}`)!;
    // Valid input exists only on days the policy applies; the days outside are tested below.
    const binnen = PEILDATUMS.filter((p) => !peildatumBuitenGeldigheid(g, p));
    if (binnen.length === 0) return;
    const peildatum = fc.constantFrom(...binnen);
    const arb = fc.tuple(peildatum, peildatum.chain((p) => invoerArbitrary(g, { peildatum: p })));
    fc.assert(
      fc.property(arb, ([p, invoer]) => beideGelijk(g, module, invoer, { peildatum: p })),
      { numRuns: RUNS },
    );
  });

  it('ongeldige en randgevallen geven dezelfde soort fout', () => {
    const { g, module } = geladen.get(`policies/${bestand}`)!;
    // Start from a valid input and break one field with a value of another input's type, null,
    // an impossible date or an unknown field.
    const kapot = fc.constantFrom<unknown>(null, '2025-02-30', 'onbekend', -1, 1.005, [], {}, true, 'x');
    const arb = fc.tuple(
      invoerArbitrary(g, { peildatum: '2026-01-01' }),
      fc.constantFrom(...g.invoer.map((i) => i.naam), 'onbekendVeld'),
      fc.oneof(kapot, ...g.invoer.map((i) => veldArbitrary(g, i.naam, { peildatum: '2026-01-01' }))),
    );
    fc.assert(
      fc.property(arb, ([invoer, veld, waarde]) => {
        beideGelijk(g, module, { ...invoer, [veld]: waarde }, { peildatum: '2026-01-01' });
      }),
      { numRuns: Math.max(200, RUNS / 4) },
    );
  });

  it('lange lijsten (tot 40 elementen): dezelfde uitvoer en dezelfde ingekorte uitleg', () => {
    const { g, module } = geladen.get(`policies/${bestand}`)!;
    fc.assert(
      fc.property(invoerArbitrary(g, { peildatum: '2026-03-01', maxLijst: 40 }), (invoer) => {
        beideGelijk(g, module, invoer, { peildatum: '2026-03-01' });
      }),
      { numRuns: 25 },
    );
  });

  it('een peildatum buiten de geldigheid geeft in beide dezelfde fout', () => {
    const { g, module } = geladen.get(`policies/${bestand}`)!;
    const buiten = [...PEILDATUMS, '1990-01-01', '2099-12-31'].filter((p) => peildatumBuitenGeldigheid(g, p));
    if (buiten.length === 0) return;
    fc.assert(
      fc.property(fc.constantFrom(...buiten), ruweInvoerArbitrary(g, { peildatum: buiten[0]! }), (p, invoer) => {
        beideGelijk(g, module, invoer, { peildatum: p });
      }),
      { numRuns: 50 },
    );
  });
});
