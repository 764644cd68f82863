// Every row of the operator table (language/operatoren.ts) in every engine: one small policy per
// row computes `x op y` from generated inputs of the row's units, and the interpreter, the exact
// compiled code and the fast path give the same outcome (value, explanation or error). The shipped
// policies use only some rows; this covers the rest (`getal * duur`, `percentage van percentage`, ...).
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { laad } from '../../language/index.js';
import { REKENREGELS, type Eenheid } from '../../language/operatoren.js';
import { invoerArbitrary } from '../../compiler/analysis/arbitraries.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { beideGelijk } from './beide-engines.js';
import type { GecompileerdeModule } from '../../runtime/runtime.js';
import { gecompileerd } from '../opzet/mappen.js';

const PEILDATUM = '2026-03-01';

const TYPE: Readonly<Record<Eenheid, string>> = {
  getal: 'getal', bedrag: 'bedrag', percentage: 'percentage', datum: 'datum', duur: 'duur', lijst: 'lijst van getal',
};

/**
 * The inputs and the expression for one operand. A duration is built from whole numbers (the fast
 * path reads no duur input), so a duur operand also goes through `duur + duur`.
 */
function operand(naam: string, eenheid: Eenheid): { invoer: string[]; expr: string } {
  if (eenheid !== 'duur') return { invoer: [`invoer ${naam}: ${TYPE[eenheid]}`], expr: naam };
  return {
    invoer: [`invoer ${naam}m: geheel getal van -600 tot en met 600`, `invoer ${naam}d: geheel getal van -5000 tot en met 5000`],
    expr: `(${naam}m maanden + ${naam}d dagen)`,
  };
}

/** `x op y` for one row; an amount is rounded to cents, as an output of type bedrag must be. */
function regeling(r: (typeof REKENREGELS)[number]): string {
  const x = operand('x', r.links);
  const y = operand('y', r.rechts);
  const som = `${x.expr} ${r.op} ${y.expr}`;
  return [
    'regeling Operator', '  bron "test"', ...x.invoer, ...y.invoer,
    `uitvoer uitkomst: ${TYPE[r.uitkomst]}`,
    `regel uitkomst is ${r.uitkomst === 'bedrag' ? `(${som}) afgerond op centen` : som}`, '',
  ].join('\n');
}

const geladen = new Map<string, { g: Gecontroleerd; module: GecompileerdeModule; snel: boolean }>();

beforeAll(async () => {
  const policies = REKENREGELS.map((r, i) => {
    const res = laad(regeling(r), `op${i}.regel`);
    expect(res.diagnosen.filter((d) => d.ernst === 'fout'), r.variant).toEqual([]);
    return { g: res.gecontroleerd, bestand: `op${i}.regel` };
  });
  for (const [i, { module, ts }] of (await gecompileerd('operatoren', policies)).entries()) {
    geladen.set(REKENREGELS[i]!.variant, { g: policies[i]!.g, module, snel: !ts.includes('Geen snelle evaluatie') });
  }
}, 120_000);

describe.each(REKENREGELS.map((r) => r.variant))('%s', (variant) => {
  it('interpreter, exacte code en snel pad geven dezelfde uitkomst', () => {
    const { g, module, snel } = geladen.get(variant)!;
    // The fast path computes every row itself (a quotient that does not fit its scale goes to the exact code, per case).
    expect(snel).toBe(true);
    let snelGeantwoord = 0;
    fc.assert(
      fc.property(invoerArbitrary(g, { peildatum: PEILDATUM }), (invoer) => {
        const opties = { peildatum: PEILDATUM };
        beideGelijk(g, module, invoer, opties);
        const s = module.evalueerSnel(invoer, opties);
        if (s === undefined) return;
        snelGeantwoord++;
        expect(JSON.stringify(s)).toBe(JSON.stringify(module.evalueerExact(invoer, opties)));
      }),
      { numRuns: 150 },
    );
    if (snel) expect(snelGeantwoord).toBeGreaterThan(0);
  });
});
