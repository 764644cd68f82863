// Random policies from the engines' generator of lazy evaluation (test/engines/lui-generator.ts:
// an expression that can fail in every position evaluated only when needed, with and without
// division; exceptions that apply together, of every type): each either refused with an RW60xx
// diagnostic or, on random inputs, equal on DuckDB to the interpreter: outputs, errors and their
// messages, so an error in a branch not taken never counts. Counters show both happen.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { naarSql } from '../../../compiler/sql/index.js';
import { conflictArb, conflictInvoerArb, invoerArb, regelingArb } from '../../engines/lui-generator.js';
import { draai } from './duckdb-opzet.js';
import { laadTekst, vergelijkRijen } from './gevallen.js';

const AANTAL = Number(process.env.REGELWERK_SQL_WILLEKEURIG ?? 8);
const RUNS = 150;

describe('willekeurige regelingen in SQL', () => {
  it(`${AANTAL * 3} willekeurige regelingen: geweigerd met een code, of gelijk aan de interpreter`, { timeout: 120_000 }, async () => {
    const teksten = [...fc.sample(regelingArb(false), AANTAL), ...fc.sample(regelingArb(true), AANTAL), ...fc.sample(conflictArb, AANTAL)];
    const geteld = { vertaald: 0, geweigerd: 0, fouten: 0, goed: 0 };
    const redenen: string[] = [];
    const verschillen: string[] = [];
    for (const tekst of teksten) {
      const g = laadTekst(tekst);
      const { diagnosen } = naarSql(g, { dialect: 'duckdb', peildatumKolom: 'peildatum' });
      if (diagnosen.length > 0) {
        geteld.geweigerd++;
        expect(diagnosen.map((d) => d.code)[0]).toMatch(/^RW60\d\d$/);
        redenen.push(diagnosen[0]!.melding);
        continue;
      }
      geteld.vertaald++;
      const arb: fc.Arbitrary<unknown> = tekst.startsWith('regeling Lui') ? invoerArb : conflictInvoerArb;
      const gevallen = fc.sample(arb, RUNS).map((invoer) => ({ invoer: invoer as Record<string, unknown>, peildatum: '2026-01-01' }));
      const { rijen } = await draai(g, gevallen);
      vergelijkRijen(g, gevallen, rijen, tekst, geteld, verschillen);
    }
    if (process.env.REGELWERK_SAMENSTEL_TEL) console.log(geteld, redenen);
    expect(verschillen, verschillen.join('\n\n')).toEqual([]);
    expect(geteld.vertaald).toBeGreaterThan(0);
    expect(geteld.goed).toBeGreaterThan(0);
    expect(geteld.fouten).toBeGreaterThan(0);
  });
});
