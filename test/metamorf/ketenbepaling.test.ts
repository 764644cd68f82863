// Metamorphic tests of the chain rule: relations between evaluations that must hold for any
// input, checked with fast-check on the reference interpreter.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { laadBestand } from '../../compiler/node/modules.js';
import { evalueer } from '../../compiler/interpreter/interpreter.js';
import { dagVan, jmd, leesDatum, schrijfDatum } from '../../runtime/datum.js';

const g = laadBestand(join(import.meta.dirname, '../../policies/ketenbepaling.regel')).gecontroleerd;
const PEIL = { peildatum: '2026-03-01' };

interface Contract { begin: string; einde: string; seizoenswerk: boolean }
interface Invoer { categorie: string; caoSeizoensverkorting: boolean; contracten: Contract[] }

/** Realistic histories: contracts in order, not overlapping, gaps from a day to years. */
const contracten = fc
  .tuple(
    fc.integer({ min: leesDatum('2012-01-01')!, max: leesDatum('2024-01-01')! }),
    fc.array(fc.tuple(fc.integer({ min: 1, max: 2200 }), fc.integer({ min: 0, max: 900 }), fc.boolean()), { minLength: 1, maxLength: 7 }),
  )
  .map(([start, delen]) => {
    let dag = start;
    return delen.map(([tussenpoos, lengte, seizoen]) => {
      const begin = dag + tussenpoos;
      dag = begin + lengte;
      return { begin: schrijfDatum(begin), einde: schrijfDatum(begin + lengte), seizoenswerk: seizoen };
    });
  });

const invoer: fc.Arbitrary<Invoer> = fc.record({
  categorie: fc.constantFrom('scholier', 'student', 'overig'),
  caoSeizoensverkorting: fc.boolean(),
  contracten,
});

function uitvoer(x: Invoer): Record<string, unknown> {
  return evalueer(g, x, PEIL).uitvoer;
}

function verschuif(datum: string, jaren: number): string {
  const d = jmd(leesDatum(datum)!);
  return schrijfDatum(dagVan(d.jaar + jaren, d.maand, d.dag)!);
}

describe('ketenbepaling: metamorfe relaties', () => {
  it('een contract toevoegen binnen dezelfde keten maakt onbepaaldeTijd nooit van ja weer nee', () => {
    // A gap of at most 60 days never starts a new chain, for any category or seasonal rule.
    fc.assert(
      fc.property(invoer, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 400 }), fc.boolean(), (x, tussenpoos, lengte, seizoen) => {
        const laatste = leesDatum(x.contracten[x.contracten.length - 1]!.einde)!;
        const begin = laatste + tussenpoos;
        const langer = { ...x, contracten: [...x.contracten, { begin: schrijfDatum(begin), einde: schrijfDatum(begin + lengte), seizoenswerk: seizoen }] };
        const voor = uitvoer(x);
        const na = uitvoer(langer);
        expect(na.aantalInKeten).toBe((voor.aantalInKeten as number) + 1);
        if (voor.onbepaaldeTijd === true) expect(na.onbepaaldeTijd).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('alle datums een veelvoud van 4 jaar verschuiven verschuift de uitkomst mee', () => {
    // Multiples of 4 years keep the leap-year pattern (1901-2099), so month clamping is unchanged.
    const geen29Februari = invoer.filter((x) => x.contracten.every((c) => !c.begin.endsWith('-02-29') && !c.einde.endsWith('-02-29')));
    fc.assert(
      fc.property(geen29Februari, fc.constantFrom(-8, -4, 4, 8), (x, jaren) => {
        const verschoven = { ...x, contracten: x.contracten.map((c) => ({ ...c, begin: verschuif(c.begin, jaren), einde: verschuif(c.einde, jaren) })) };
        const voor = uitvoer(x);
        const na = uitvoer(verschoven);
        expect(na.onbepaaldeTijd).toBe(voor.onbepaaldeTijd);
        expect(na.aantalInKeten).toBe(voor.aantalInKeten);
        expect(na.ketenBegin).toBe(verschuif(voor.ketenBegin as string, jaren));
        expect(na.onbepaaldeTijdVanaf).toBe(voor.onbepaaldeTijdVanaf === null ? null : verschuif(voor.onbepaaldeTijdVanaf as string, jaren));
      }),
      { numRuns: 500 },
    );
  });

  it('een scholier krijgt nooit een contract voor onbepaalde tijd', () => {
    fc.assert(
      fc.property(invoer, (x) => {
        const u = uitvoer({ ...x, categorie: 'scholier' });
        expect(u.onbepaaldeTijd).toBe(false);
        expect(u.onbepaaldeTijdVanaf).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('een scholier heeft dezelfde keten als een werknemer in de categorie overig', () => {
    fc.assert(
      fc.property(invoer, (x) => {
        const s = uitvoer({ ...x, categorie: 'scholier' });
        const o = uitvoer({ ...x, categorie: 'overig' });
        expect([s.aantalInKeten, s.ketenBegin]).toEqual([o.aantalInKeten, o.ketenBegin]);
      }),
      { numRuns: 300 },
    );
  });
});
