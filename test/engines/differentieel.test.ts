// Two implementations that must agree: for every policy, random valid inputs go through the
// interpreter (the reference) and the compiled module; outputs, explanation trees and error kinds
// must be identical. REGELWERK_RUNS=100000 for a long run; a disagreement prints the shrunk input.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { stdlibLader } from '../../compiler/node/modules.js';
import { invoerArbitrary, peildatumBuitenGeldigheid, ruweInvoerArbitrary, veldArbitrary } from '../../compiler/analysis/arbitraries.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { beideGelijk, gedeeldeModules, moduleTypeFouten, vang } from './beide-engines.js';
import type { GecompileerdeModule } from '../../runtime/runtime.js';
import { evalueer } from '../../compiler/interpreter/interpreter.js';
import { laad } from '../../language/index.js';
import { gecompileerd } from '../opzet/mappen.js';

const ROOT = join(import.meta.dirname, '../..');
const RUNS = Number(process.env.REGELWERK_RUNS ?? 2000);
const POLICIES = readdirSync(join(ROOT, 'policies')).filter((f) => f.endsWith('.regel')).sort();

const geladen = new Map<string, { g: Gecontroleerd; module: GecompileerdeModule }>();

const MAP = join(ROOT, '.regelwerk-cache', `differentieel-${process.pid}`);

beforeAll(async () => {
  for (const [f, x] of (await gedeeldeModules()).gewoon) geladen.set(`policies/${f}`, { g: x.g, module: x.module as GecompileerdeModule });
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

  it('een peildatum op, net voor en net na elke grens van de geldigheid: dezelfde uitkomst, erbuiten de fout van de geldigheid', () => {
    const { g, module } = geladen.get(`policies/${bestand}`)!;
    geldigheidsRanden(g, module);
  });
});

/** `d` plus `n` days, as JJJJ-MM-DD (UTC, so no time zone moves it). */
function dagen(d: string, n: number): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

/**
 * Peildatums on, just before and just after `geldig vanaf` and `geldig tot`, the first and last
 * day there are, and the usual ones; with raw inputs (valid for a day inside). Both engines give
 * the same outcome; on a day outside the validity that is the validity error (the check is
 * reached: counted), on a day inside it is not.
 */
function geldigheidsRanden(g: Gecontroleerd, module: GecompileerdeModule): void {
  const randen = [...new Set([
    ...PEILDATUMS, '0001-01-01', '9999-12-31',
    ...[g.geldigVanaf, g.geldigTot].flatMap((d) => (d ? [dagen(d, -1), d, dagen(d, 1)] : [])),
  ])];
  const binnenDag = randen.find((p) => !peildatumBuitenGeldigheid(g, p) && p >= '2024-01-01' && p <= '2030-12-31') ?? g.geldigVanaf!;
  const gezien = { binnen: 0, buiten: 0, opGrens: 0 };
  fc.assert(
    fc.property(fc.constantFrom(...randen), ruweInvoerArbitrary(g, { peildatum: binnenDag }), (p, invoer) => {
      beideGelijk(g, module, invoer, { peildatum: p });
      const uit = vang(() => evalueer(g, invoer, { peildatum: p }));
      const melding = uit.ok ? '' : uit.melding;
      const reden = peildatumBuitenGeldigheid(g, p);
      if (p === g.geldigVanaf || p === g.geldigTot) gezien.opGrens++;
      if (reden) {
        gezien.buiten++;
        const verwacht = g.geldigVanaf && p < g.geldigVanaf ? `geldt pas vanaf ${g.geldigVanaf}` : `geldt tot ${g.geldigTot}`;
        expect(uit, p).toMatchObject({ ok: false, soort: 'invoer' });
        expect(melding, p).toContain(`regeling '${g.naam}' ${verwacht}`);
      } else {
        gezien.binnen++;
        // not its own validity error (a policy it calls, `gebruik regeling`, may have a narrower one)
        expect(melding, p).not.toMatch(new RegExp(`^(ongeldige invoer bij 'peildatum': )?regeling '${g.naam.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}' geldt (pas vanaf|tot) `));
      }
    }),
    { numRuns: 80 },
  );
  expect(gezien.binnen).toBeGreaterThan(0);
  // a policy with a validity: days outside it and its bounds themselves were drawn
  if (g.geldigVanaf || g.geldigTot) {
    expect(gezien.buiten).toBeGreaterThan(0);
    expect(gezien.opGrens).toBeGreaterThan(0);
  }
}

/** A validity with both ends; no policy in policies/ has `geldig tot`. */
describe('een regeling met geldig vanaf en geldig tot', () => {
  const BRON = `regeling Geldig
  bron "test"
  geldig vanaf 2025-01-01
  geldig tot 2025-12-31

parameter tarief: percentage
  vanaf 2025-01-01 is 10%
  vanaf 2025-07-01 is 12%

invoer loon: bedrag ten minste € 0
uitvoer premie: bedrag
regel premie is tarief van loon afgerond op centen
`;
  let eigen: { g: Gecontroleerd; module: GecompileerdeModule } | null = null;
  beforeAll(async () => {
    const r = laad(BRON, 'geldig.regel', stdlibLader);
    expect(r.diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
    eigen = { g: r.gecontroleerd, module: (await gecompileerd('differentieel-geldig', [{ g: r.gecontroleerd, bestand: 'geldig.regel' }]))[0]!.module };
  }, 120_000);

  it('op, net voor en net na beide grenzen: dezelfde uitkomst, erbuiten de fout van de geldigheid', () => {
    expect(eigen!.g.geldigTot).toBe('2025-12-31');
    geldigheidsRanden(eigen!.g, eigen!.module);
  });

  it('de grensdagen zelf horen erbij', () => {
    for (const [p, premie] of [['2025-01-01', 10], ['2025-12-31', 12]] as const) {
      beideGelijk(eigen!.g, eigen!.module, { loon: 100 }, { peildatum: p });
      expect(evalueer(eigen!.g, { loon: 100 }, { peildatum: p }).uitvoer).toEqual({ premie });
    }
  });
});

describe('de gecompileerde modules hebben het ene type waarmee ze geladen worden', () => {
  it('elke module is een GecompileerdeModule met haar eigen Invoer, Uitvoer en Parameters (en de toets vindt een type dat ze niet hebben)', async () => {
    const gedeeld = (await gedeeldeModules()).gewoon;
    const dts = POLICIES.map((f) => gedeeld.get(f)!.dts);
    // the last line of the check: an evalueerSnel that always answers, which no module has
    const anders = 'export const anders: GecompileerdeModule<M0.Invoer, M0.Uitvoer, M0.Parameters> & { evalueerSnel(invoer: unknown): M0.Uitvoer } = M0;';
    const fouten = await moduleTypeFouten(dts, anders);
    expect(fouten).toHaveLength(1);
    expect(fouten[0]).toMatch(new RegExp(`^${2 * dts.length + 2}: [^]*evalueerSnel`));
  });
});
