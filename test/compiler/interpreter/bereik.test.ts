// Declared ranges and `geheel getal` in both engines: input, nested fields, parameter overrides
// and a rule's declared value are checked, with the same error and message in both; the input
// generators stay inside the range and hit its edges; the analysis uses the range as a fact.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { laad } from '../../../language/index.js';
import { evalueer, valideer } from '../../../compiler/interpreter/interpreter.js';
import { stdlibLader } from '../../../compiler/node/modules.js';
import { invoerArbitrary, veldArbitrary } from '../../../compiler/analysis/arbitraries.js';
import { analyseer } from '../../../compiler/analysis/analyse.js';
import type { Gecontroleerd } from '../../../language/checker.js';
import { gecompileerd } from '../../opzet/mappen.js';

const ROOT = join(import.meta.dirname, '../../..');
const PEILDATUM = '2026-03-01';

function uitkomst(f: () => unknown): unknown {
  try {
    return f();
  } catch (x) {
    return { fout: (x as Error).name, melding: (x as Error).message };
  }
}

type Opties = { peildatum: string; parameters?: Record<string, unknown> };
type Mod = { evalueer(i: unknown, o: Opties): unknown };

function checkt(bron: string): Gecontroleerd {
  const r = laad(`regeling T\n  bron "test"\n${bron}`, 't.regel', stdlibLader);
  expect(r.diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
  return r.gecontroleerd;
}

const modules = new Map<string, Promise<Mod>>();
async function module(g: Gecontroleerd, bron: string): Promise<Mod> {
  let m = modules.get(bron);
  if (!m) modules.set(bron, (m = compileerEen(g)));
  return m;
}

async function compileerEen(g: Gecontroleerd): Promise<Mod> {
  const [m] = await gecompileerd('bereik', [{ g, bestand: 't.regel' }]);
  return m!.module as Mod;
}

/** Runs both engines on one input and expects the same outcome (or the same error and message). */
async function engines(bron: string): Promise<(invoer: unknown, parameters?: Record<string, unknown>) => unknown> {
  const g = checkt(bron);
  const mod = await module(g, bron);
  return (invoer, parameters) => {
    const opties = { peildatum: PEILDATUM, ...(parameters ? { parameters } : {}) };
    const a = uitkomst(() => mod.evalueer(invoer, opties));
    const b = uitkomst(() => evalueer(g, invoer, opties).uitvoer);
    expect(a).toEqual(b);
    return b;
  };
}

const POLIS = `
parameter premie: percentage van 0% tot en met 100% is 7,5%
parameter wachttijd: duur ten minste 0 dagen is 2 jaren
invoer leeftijd: geheel getal van 15 tot en met 120
invoer loon: bedrag ten minste € 0
invoer uren: getal groter dan 0 en ten hoogste 40
invoer kinderen: lijst van gegevens { naam: tekst, leeftijd: geheel getal ten minste 0 }
invoer ziek: datum
uitvoer volwassen: ja/nee
uitvoer bijdrage: bedrag
uitvoer helft: geheel getal
uitvoer uitkeringVanaf: datum
regel volwassen is leeftijd is ten minste 18
regel bijdrage is premie van loon afgerond op centen
regel helft: geheel getal is leeftijd / 2
regel uitkeringVanaf is ziek + wachttijd
`;
const GOED = { leeftijd: 20, loon: 100, uren: 40, kinderen: [{ naam: 'a', leeftijd: 0 }], ziek: '2025-01-01' };

describe('bereiken en gehele getallen in beide engines', () => {
  it('een geldige invoer op de randen wordt gewoon berekend', async () => {
    const run = await engines(POLIS);
    expect(run(GOED)).toEqual({ volwassen: true, bijdrage: 7.5, helft: 10, uitkeringVanaf: '2027-01-01' });
    expect(run({ ...GOED, leeftijd: 120, loon: 0, uren: 0.5 })).toMatchObject({ helft: 60, bijdrage: 0 });
  });

  it('een niet-geheel getal of een waarde buiten het bereik is ongeldige invoer met het pad, gelijk in beide', async () => {
    const run = await engines(POLIS);
    expect(run({ ...GOED, leeftijd: 17.5 })).toEqual({ fout: 'RegelwerkInvoerFout', melding: "ongeldige invoer bij 'leeftijd': moet een geheel getal zijn, maar kreeg 17,5" });
    expect(run({ ...GOED, leeftijd: 14 })).toEqual({ fout: 'RegelwerkInvoerFout', melding: "ongeldige invoer bij 'leeftijd': moet ten minste 15 zijn (bereik van 15 tot en met 120), maar kreeg 14" });
    expect(run({ ...GOED, leeftijd: 121 })).toEqual({ fout: 'RegelwerkInvoerFout', melding: "ongeldige invoer bij 'leeftijd': moet ten hoogste 120 zijn (bereik van 15 tot en met 120), maar kreeg 121" });
    expect(run({ ...GOED, loon: -0.01 })).toEqual({ fout: 'RegelwerkInvoerFout', melding: "ongeldige invoer bij 'loon': moet ten minste € 0 zijn, maar kreeg € -0,01" });
    expect(run({ ...GOED, uren: 0 })).toEqual({ fout: 'RegelwerkInvoerFout', melding: "ongeldige invoer bij 'uren': moet groter dan 0 zijn (bereik groter dan 0 en ten hoogste 40), maar kreeg 0" });
    expect(run({ ...GOED, kinderen: [{ naam: 'a', leeftijd: 1 }, { naam: 'b', leeftijd: -1 }] }))
      .toEqual({ fout: 'RegelwerkInvoerFout', melding: "ongeldige invoer bij 'kinderen[1].leeftijd': moet ten minste 0 zijn, maar kreeg -1" });
  });

  it('een overschreven parameter wordt tegen haar bereik gecontroleerd, ook een duur', async () => {
    const run = await engines(POLIS);
    expect(run(GOED, { premie: -7.5 })).toEqual({ fout: 'RegelwerkInvoerFout', melding: "ongeldige invoer bij 'parameter premie': moet ten minste 0% zijn (bereik van 0% tot en met 100%), maar kreeg -7,5%" });
    expect(run(GOED, { wachttijd: { jaren: -1 } })).toEqual({ fout: 'RegelwerkInvoerFout', melding: "ongeldige invoer bij 'parameter wachttijd': moet ten minste 0 dagen zijn, maar kreeg -12 maanden" });
    expect(run(GOED, { premie: 100 })).toMatchObject({ bijdrage: 100 });
  });

  it('een regel van type geheel getal met een niet-gehele waarde is een rekenfout, gelijk in beide', async () => {
    const run = await engines(POLIS);
    expect(run({ ...GOED, leeftijd: 21 })).toEqual({ fout: 'RegelwerkRekenFout', melding: "in regel 'helft': de waarde moet een geheel getal zijn, maar is 10,5" });
    const run2 = await engines('invoer a: bedrag\nuitvoer b: bedrag ten hoogste € 10\nregel b is a\n');
    expect(run2({ a: 11 })).toEqual({ fout: 'RegelwerkRekenFout', melding: "in regel 'b': de waarde moet ten hoogste € 10 zijn, maar is € 11" });
    // also inside a list or record of the declared type, with the position
    const run3 = await engines('invoer l: lijst van getal\nuitvoer h: lijst van gegevens { n: geheel getal }\nregel h is elke x in l geeft { n: x / 2 }\n');
    expect(run3({ l: [2, 4] })).toEqual({ h: [{ n: 1 }, { n: 2 }] });
    expect(run3({ l: [2, 3] })).toEqual({ fout: 'RegelwerkRekenFout', melding: "in regel 'h': de waarde bij [1].n moet een geheel getal zijn, maar is 1,5" });
  });
});

// Every kind of bound in one policy, with values exactly on, just below and just above each bound,
// through the interpreter, the exact compiled code and the fast path (which checks ranges in its
// own generated code, codegen/snel.ts): valid exactly when the reference below says so, the error
// names an invalid field and the broken side, and all engines give the same outcome.
const RANDEN = `
invoer a: getal van -1,5 tot 2,25
invoer b: bedrag groter dan € 0 en kleiner dan € 10
invoer c: percentage groter dan -5% en ten hoogste 100%
invoer d: geheel getal van 15 tot 120
invoer e: getal ten minste 0,5 en kleiner dan 7
uitvoer r: getal kleiner dan 2,25
uitvoer klein: ja/nee
regel r: getal kleiner dan 2,25 is a
regel klein is b < € 5 en c < 50% en d < 60 en e < 3
`;
type Rand = { min?: [number, boolean]; max?: [number, boolean]; stappen: readonly number[] };
const RANDEN_VELDEN: Record<string, Rand> = {
  a: { min: [-1.5, true], max: [2.25, false], stappen: [1, 0.01, 0.25] },
  b: { min: [0, false], max: [10, false], stappen: [1, 0.01] },
  c: { min: [-5, false], max: [100, true], stappen: [1, 0.01, 0.5] },
  d: { min: [15, true], max: [120, false], stappen: [1] },
  e: { min: [0.5, true], max: [7, false], stappen: [1, 0.01, 0.5] },
};

/** The reference: which side of its range the value breaks, or null (values have few decimals, so doubles order them exactly). */
function randReferentie(r: Rand, x: number): 'min' | 'max' | null {
  if (r.min && (x < r.min[0] || (x === r.min[0] && !r.min[1]))) return 'min';
  if (r.max && (x > r.max[0] || (x === r.max[0] && !r.max[1]))) return 'max';
  return null;
}

/** For every bound: the bound itself and one step below and above it, rounded to the step's decimals. */
function randWaarden(r: Rand): number[] {
  const uit: number[] = [];
  for (const g of [r.min, r.max]) {
    if (!g) continue;
    uit.push(g[0]);
    for (const st of r.stappen) uit.push(Math.round((g[0] - st) * 100) / 100, Math.round((g[0] + st) * 100) / 100);
  }
  return uit;
}

describe('elke soort grens in beide engines en de snelle weg', () => {
  it('op, net onder en net boven elke grens: geldig precies als de referentie zegt, gelijk in alle engines', async () => {
    const g = checkt(RANDEN);
    const mod = (await module(g, RANDEN)) as Mod & { evalueerSnel(i: unknown, o: Opties): unknown; evalueerExact(i: unknown, o: Opties): unknown };
    const opties = { peildatum: PEILDATUM };
    const velden = Object.keys(RANDEN_VELDEN);
    const geldig = { a: 1, b: 2, c: 3, d: 20, e: 1 };
    const geraakt = new Set<string>();
    let snelGeantwoord = 0;
    let geldigeGevallen = 0;
    fc.assert(fc.property(
      fc.constantFrom(...velden),
      fc.integer({ min: 0, max: 1000 }),
      fc.option(fc.constantFrom(...velden), { nil: undefined }),
      fc.integer({ min: 0, max: 1000 }),
      (veld, i, tweede, j) => {
        const invoer: Record<string, number> = { ...geldig };
        const waarden = randWaarden(RANDEN_VELDEN[veld]!);
        invoer[veld] = waarden[i % waarden.length]!;
        if (tweede !== undefined) { const w2 = randWaarden(RANDEN_VELDEN[tweede]!); invoer[tweede] = w2[j % w2.length]!; }
        const fout = velden.map((v) => [v, randReferentie(RANDEN_VELDEN[v]!, invoer[v]!)] as const).filter(([, r]) => r !== null);
        const exact = uitkomst(() => mod.evalueerExact(invoer, opties));
        const interpreter = uitkomst(() => evalueer(g, invoer, opties).uitvoer);
        expect(exact).toEqual(interpreter);
        const snel = mod.evalueerSnel(invoer, opties);
        if (snel !== undefined) {
          snelGeantwoord++;
          expect(JSON.stringify(snel)).toBe(JSON.stringify(exact));
        }
        const r = RANDEN_VELDEN[veld]!;
        for (const [kant, gr] of [['min', r.min], ['max', r.max]] as const) if (gr && invoer[veld] === gr[0]) geraakt.add(`${kant} ${gr[1] ? 'inclusief' : 'exclusief'}`);
        if (fout.length === 0) {
          geldigeGevallen++;
          expect(interpreter, JSON.stringify(invoer)).toMatchObject({ r: invoer.a });
          return;
        }
        expect(interpreter, JSON.stringify(invoer)).toMatchObject({ fout: 'RegelwerkInvoerFout' });
        const melding = (interpreter as { melding: string }).melding;
        const genoemd = /^ongeldige invoer bij '(\w)': moet (ten minste|groter dan|ten hoogste|kleiner dan) /.exec(melding);
        expect(genoemd, melding).not.toBeNull();
        const kant = genoemd![2] === 'ten minste' || genoemd![2] === 'groter dan' ? 'min' : 'max';
        expect(fout, melding).toContainEqual([genoemd![1], kant]);
      },
    ), { numRuns: 600 });
    expect([...geraakt].sort()).toEqual(['max exclusief', 'max inclusief', 'min exclusief', 'min inclusief']);
    // the fast path answered every valid case itself (and only those), so its own range checks were exercised
    expect(geldigeGevallen).toBeGreaterThan(100);
    expect(snelGeantwoord).toBe(geldigeGevallen);
  });
});

describe('invoergeneratoren bij een bereik', () => {
  it('maken alleen geldige waarden en raken beide randen en de waarden er net binnen', () => {
    const g = checkt(POLIS);
    const gezien = new Set<number>();
    fc.assert(fc.property(veldArbitrary(g, 'leeftijd', { peildatum: PEILDATUM }), (x) => {
      expect(Number.isInteger(x)).toBe(true);
      expect(x as number).toBeGreaterThanOrEqual(15);
      expect(x as number).toBeLessThanOrEqual(120);
      gezien.add(x as number);
    }), { numRuns: 500, seed: 1 });
    for (const rand of [15, 16, 119, 120]) expect(gezien.has(rand), `rand ${rand}`).toBe(true);
    fc.assert(fc.property(veldArbitrary(g, 'uren', { peildatum: PEILDATUM }), (x) => {
      expect(x as number).toBeGreaterThan(0);
      expect(x as number).toBeLessThanOrEqual(40);
    }), { numRuns: 300, seed: 2 });
  });

  it('geldige invoer is ook geldig voor de interpreter (geen filter nodig, ook bij een smal bereik)', () => {
    const g = checkt(`${POLIS}invoer smal: getal van 1000 tot 1000,5\nregel s: ja/nee is smal > 1000\n`);
    fc.assert(fc.property(invoerArbitrary(g, { peildatum: PEILDATUM }), (x) => {
      valideer(g, x, { peildatum: PEILDATUM });
    }), { numRuns: 200, seed: 3 });
  });
});

describe('analyse met bereiken', () => {
  it('het bereik van een invoer is een feit: een uitzondering erbuiten is bewezen onbereikbaar', () => {
    const g = checkt('invoer leeftijd: geheel getal van 15 tot en met 120\nuitvoer t: getal\nregel t is 1\n'
      + '  uitzondering "kind" indien leeftijd is kleiner dan 15 dan 0\n'
      + '  uitzondering "tussen" indien leeftijd > 17 en leeftijd < 18 dan 2\n');
    const a = analyseer(g, { peildatum: PEILDATUM, runs: 100 });
    const rw4001 = a.diagnosen.filter((d) => d.code === 'RW4001').map((d) => d.melding);
    expect(rw4001).toHaveLength(2);
    expect(rw4001[0]).toContain("'kind'");
    expect(rw4001[1]).toContain("'tussen'");
  });
});
