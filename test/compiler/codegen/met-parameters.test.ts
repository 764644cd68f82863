// Parameter variants compiled into the fast path (metParameters): for every shipped policy with
// parameters, a variant with some of them given other values is compiled as an ordinary module;
// on random cases its answers (outputs, errors, decision path) equal the original evaluated with
// `{ parameters }` in the interpreter, and its fast path answers wherever the original's answered
// and the case has an answer. Wrong values give the errors of `run --parameter`.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Gecontroleerd } from '../../../language/checker.js';
import type { GecompileerdeModule } from '../../../runtime/runtime.js';
import type { Type } from '../../../runtime/typen.js';
import { evalueer } from '../../../compiler/interpreter/interpreter.js';
import { padVan } from '../../../compiler/interpreter/pad.js';
import { invoerArbitrary, peildatumBuitenGeldigheid } from '../../../compiler/analysis/arbitraries.js';
import { metParameters } from '../../../compiler/codegen/met-parameters.js';
import { zonderSnelPad } from '../../../compiler/codegen/snel.js';
import { gecompileerd, toetsSeed } from '../../opzet/mappen.js';
import { gedeeldeModules, uitkomst } from '../../engines/beide-engines.js';

const RUNS = Math.max(50, Number(process.env.REGELWERK_RUNS ?? 2000) / 10);
const PEILDATUMS = ['2025-01-01', '2025-07-01', '2026-01-01', '2026-03-01', '2026-07-01'];

/** Other values a parameter may get: its rows' values, and for a number or duration one a little off. */
function kandidaten(type: Type, rijen: readonly unknown[]): unknown[] {
  const t = type.soort === 'leegbaar' ? type.type : type;
  const anders = rijen.flatMap((w): unknown[] => {
    if (typeof w === 'number') return t.soort === 'bedrag' ? [w + 0.37, 0] : t.soort === 'percentage' ? [w + 2.5, w / 2] : [w + 1, 0];
    if (t.soort === 'duur') return [{ maanden: 7 }, { dagen: 45 }, { maanden: 2, dagen: 3 }];
    if (t.soort === 'datum') return ['2025-06-30'];
    return [];
  });
  return [...new Set([...rijen, ...anders].map((x) => JSON.stringify(x)))].map((x) => JSON.parse(x) as unknown);
}

interface Variant {
  readonly bestand: string;
  readonly g: Gecontroleerd;
  readonly origineel: GecompileerdeModule;
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly variant: Gecontroleerd;
  module?: GecompileerdeModule;
}

const varianten: Variant[] = [];

beforeAll(async () => {
  const rng = fc.sample(fc.integer({ min: 0, max: 1 << 30 }), { numRuns: 200, seed: toetsSeed() });
  let r = 0;
  const kies = <T>(xs: readonly T[]): T => xs[rng[r++ % rng.length]! % xs.length]!;
  for (const [bestand, x] of (await gedeeldeModules()).gewoon) {
    const params = x.module.regeling.parameters;
    if (params.length === 0) continue;
    // every parameter of the policy in one variant of two, each with a value that passes
    const parameters: Record<string, unknown> = {};
    for (const p of params) {
      if (kies([true, false]) && Object.keys(parameters).length > 0) continue;
      const goed = kandidaten(p.type, p.rijen.map((rij) => rij.waarde)).filter((w) => {
        try {
          metParameters(x.g, { [p.naam]: w });
          return true;
        } catch {
          return false;
        }
      });
      if (goed.length > 0) parameters[p.naam] = kies(goed);
    }
    varianten.push({ bestand, g: x.g, origineel: x.module, parameters, variant: metParameters(x.g, parameters) });
  }
  const modules = await gecompileerd('met-parameters', varianten.map((v) => ({ g: v.variant, bestand: v.bestand })));
  modules.forEach((m, i) => { varianten[i]!.module = m.module; });
}, 240_000);

describe('metParameters: een parametervariant met een gewoon snel pad', () => {
  it('elke regeling met parameters heeft een variant, en een snel pad als het origineel er een heeft', () => {
    expect(varianten.length).toBeGreaterThanOrEqual(8);
    for (const v of varianten) {
      expect(Object.keys(v.parameters).length, v.bestand).toBeGreaterThan(0);
      if (zonderSnelPad(v.g) === null) expect(zonderSnelPad(v.variant), v.bestand).toBeNull();
      // every listed parameter now has one undated row
      for (const naam of Object.keys(v.parameters)) expect(v.variant.parameters.find((p) => p.naam === naam)!.rijen.map((rij) => rij.vanaf)).toEqual([null]);
    }
  });

  it(`${RUNS} willekeurige gevallen per regeling: de variant geeft wat evalueer met { parameters } geeft, snel waar het origineel snel was`, () => {
    const telling = { snel: 0, waarde: 0, fout: 0 };
    for (const v of varianten) {
      const binnen = PEILDATUMS.filter((p) => !peildatumBuitenGeldigheid(v.g, p));
      const peildatum = fc.constantFrom(...binnen);
      fc.assert(fc.property(fc.tuple(peildatum, peildatum.chain((p) => invoerArbitrary(v.g, { peildatum: p }))), ([p, invoer]) => {
        const waar = `${v.bestand} met ${JSON.stringify(v.parameters)} op ${p}: ${JSON.stringify(invoer)}`;
        const verwacht = uitkomst(() => evalueer(v.g, invoer, { peildatum: p, parameters: v.parameters }).uitvoer);
        expect(JSON.stringify(uitkomst(() => v.module!.evalueer(invoer, { peildatum: p }))), waar).toBe(JSON.stringify(verwacht));
        expect(JSON.stringify(uitkomst(() => evalueer(v.variant, invoer, { peildatum: p }).uitvoer)), waar).toBe(JSON.stringify(verwacht));
        // the decision path too: an overridden parameter has one value and is not listed, in both
        expect(JSON.stringify(uitkomst(() => v.module!.evalueerMetPad(invoer, { peildatum: p }))), waar).toBe(JSON.stringify(uitkomst(() => padVan(v.g, invoer, { peildatum: p, parameters: v.parameters }))));
        const ok = !('fout' in (verwacht as object));
        telling[ok ? 'waarde' : 'fout']++;
        if (ok && v.origineel.evalueerSnel(invoer, { peildatum: p }) !== undefined) {
          telling.snel++;
          expect(v.module!.evalueerSnel(invoer, { peildatum: p }), waar).toBeDefined();
        }
      }), { numRuns: RUNS });
    }
    expect(telling.snel).toBeGreaterThan(0);
    expect(telling.waarde).toBeGreaterThan(0);
  });

  it('elke parameter met elke kandidaatwaarde, in de interpreter: de variant rekent als evalueer met { parameters }', () => {
    let gedaan = 0;
    for (const v of varianten) {
      const p = PEILDATUMS.find((d) => !peildatumBuitenGeldigheid(v.g, d))!;
      const invoeren = fc.sample(invoerArbitrary(v.g, { peildatum: p }), { numRuns: 15, seed: toetsSeed() });
      for (const par of v.origineel.regeling.parameters) {
        for (const w of kandidaten(par.type, par.rijen.map((rij) => rij.waarde))) {
          const parameters = { [par.naam]: w };
          const variant = uitkomst(() => metParameters(v.g, parameters));
          if (variant !== null && typeof variant === 'object' && 'fout' in variant) continue;
          gedaan++;
          for (const invoer of invoeren) {
            const verwacht = uitkomst(() => padVan(v.g, invoer, { peildatum: p, parameters }));
            expect(JSON.stringify(uitkomst(() => padVan(variant as Gecontroleerd, invoer, { peildatum: p }))), `${v.bestand} met ${JSON.stringify(parameters)}: ${JSON.stringify(invoer)}`).toBe(JSON.stringify(verwacht));
          }
        }
      }
    }
    expect(gedaan).toBeGreaterThan(50);
  });

  it('een onbekende parameter of een waarde van het verkeerde type: de fout van run --parameter', () => {
    for (const v of varianten) {
      const p = v.g.parameters[0]!;
      const fout = (w: Readonly<Record<string, unknown>>): unknown => uitkomst(() => metParameters(v.g, w));
      const zelfde = (w: Readonly<Record<string, unknown>>): void => {
        const verwacht = uitkomst(() => evalueer(v.g, {}, { peildatum: '2026-01-01', parameters: w }));
        expect(verwacht, v.bestand).toMatchObject({ fout: 'RegelwerkInvoerFout' });
        expect(fout(w), v.bestand).toEqual(verwacht);
      };
      zelfde({ [`${p.naam}x`]: 1 });
      zelfde({ [p.naam]: 'geen waarde' });
      zelfde({ [p.naam]: [1] });
    }
    // no values: the policy itself
    expect(metParameters(varianten[0]!.g, {})).toBe(varianten[0]!.g);
  });
});
