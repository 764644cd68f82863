// Every row of the built-in table (language/ingebouwd.ts) written as a list operation or a decimal
// rounding, in every engine: one small policy per row on generated inputs of the row's unit, and the
// interpreter, the exact compiled code and the fast path give the same outcome (value, explanation or
// error, an empty list's minimum included). The shipped policies reach only some rows (`minimum duur`,
// `som percentage`, `afgerond percentage` nowhere). The rows written as an Ingebouwd node have a
// test of their own against a reference (veelvoud.test.ts, kalender.test.ts, reeks.test.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { laad } from '../../language/index.js';
import { INGEBOUWDE } from '../../language/ingebouwd.js';
import { invoerArbitrary } from '../../compiler/analysis/arbitraries.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { beideGelijk } from './beide-engines.js';
import type { GecompileerdeModule } from '../../runtime/runtime.js';
import { gecompileerd } from '../opzet/mappen.js';

const PEILDATUM = '2026-03-01';
const RIJEN = INGEBOUWDE.filter((r) => r.vorm !== 'Ingebouwd');

function regeling(r: (typeof RIJEN)[number]): string {
  const eenheid = r.argumenten[0] === '*' ? 'getal' : r.argumenten[0];
  const uitkomst = r.uitkomst === '*' ? eenheid : r.uitkomst;
  const expr = r.vorm === 'Afronding' ? 'x afgerond op 1 decimalen naar boven afgerond op centen'
    : r.naam === 'aantal' ? 'aantal l' : `${r.naam} van l`;
  return [
    'regeling Ingebouwd', '  bron "test"', r.vorm === 'Afronding' ? `invoer x: ${eenheid}` : `invoer l: lijst van ${eenheid}`,
    `uitvoer uitkomst: ${uitkomst}`, `regel uitkomst is ${expr}`, '',
  ].join('\n');
}

const geladen = new Map<string, { g: Gecontroleerd; module: GecompileerdeModule }>();

beforeAll(async () => {
  const policies = RIJEN.map((r, i) => {
    const res = laad(regeling(r), `ib${i}.regel`);
    expect(res.diagnosen.filter((d) => d.ernst === 'fout'), r.variant).toEqual([]);
    expect([...res.gecontroleerd.ingebouwden.values()], r.variant).toContain(r.variant);
    return { g: res.gecontroleerd, bestand: `ib${i}.regel` };
  });
  for (const [i, { module }] of (await gecompileerd('ingebouwd', policies)).entries()) geladen.set(RIJEN[i]!.variant, { g: policies[i]!.g, module });
}, 120_000);

describe.each(RIJEN.map((r) => r.variant))('%s', (variant) => {
  it('interpreter, exacte code en snel pad geven dezelfde uitkomst', () => {
    const { g, module } = geladen.get(variant)!;
    fc.assert(
      fc.property(invoerArbitrary(g, { peildatum: PEILDATUM }), (invoer) => {
        const opties = { peildatum: PEILDATUM };
        beideGelijk(g, module, invoer, opties);
        const s = module.evalueerSnel(invoer, opties);
        if (s !== undefined) expect(JSON.stringify(s)).toBe(JSON.stringify(module.evalueerExact(invoer, opties)));
      }),
      { numRuns: 60 },
    );
  });
});
