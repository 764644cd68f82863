// Property tests on the compiled fast path (compiler/node/snel-eigenschappen.ts): on every shipped
// policy and on wrong properties of each form, the fast engine gives the interpreter's outcome
// (passed, cases, the shrunk counterexample and its message) for the same seed; it answers the
// ordinary cases itself (counted); and a fast engine that judges wrongly is caught by the
// interpreter's sample and reported as a fault in Regelwerk, not in the policy. The same kind of
// function computing named outputs alone (the bench's decision-only entry) or nothing (its
// validation) gives the interpreter's outputs, and answers only valid input.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { laad } from '../../../language/index.js';
import { laadBestand, stdlibLader } from '../../../compiler/node/modules.js';
import { standaardPeildatum } from '../../../compiler/interpreter/voorbeelden.js';
import { type Eigenschap, type SnelleEigenschap, toetsEigenschap, toetsEigenschappen } from '../../../compiler/analysis/eigenschappen.js';
import { snelleEigenschappen, snelleFuncties } from '../../../compiler/node/snel-eigenschappen.js';
import { snelleEigenschappenCode, snelleUitvoerCode } from '../../../compiler/codegen/snel-eigenschap.js';
import { typeControle } from '../../../compiler/node/compile.js';
import { ruweInvoerArbitrary } from '../../../compiler/analysis/arbitraries.js';
import { GelezenInvoer, evalueer, leesGeldigeInvoer } from '../../../compiler/interpreter/interpreter.js';
import { RegelwerkFout } from '../../../runtime/fouten.js';
import { Dekkingsteller } from '../../../compiler/interpreter/dekking.js';

const POLICIES = join(import.meta.dirname, '../../../policies');
const BESTANDEN = readdirSync(POLICIES).filter((f) => f.endsWith('.regel')).sort();
const CRISIS = readFileSync(join(POLICIES, 'crisisregeling-personeelsbehoud.regel'), 'utf8');
const seed = (): number => fc.readConfigureGlobal().seed ?? 1;

function geladen(tekst: string) {
  const r = laad(tekst, 'crisis.regel', stdlibLader);
  expect(r.diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
  return r.gecontroleerd;
}

describe('eigenschappen op het snelle pad', () => {
  it.each(BESTANDEN)('%s: dezelfde uitkomsten als de interpreter, met dezelfde seed', (bestand) => {
    const g = laadBestand(join(POLICIES, bestand)).gecontroleerd;
    const opties = { runs: 50, seed: seed(), peildatum: standaardPeildatum(g) };
    const s = snelleEigenschappen(g);
    expect(toetsEigenschappen(g, { ...opties, snel: s.snel })).toEqual(toetsEigenschappen(g, opties));
  });

  it('weerlegt een onjuiste bewering, onafhankelijkheid en monotonie met hetzelfde tegenvoorbeeld als de interpreter', () => {
    const g = geladen(`${CRISIS}
eigenschap "nooit een tegemoetkoming": totaleTegemoetkoming is € 0 indien aanspraak
eigenschap "aanspraak los van de werkvermindering": aanspraak hangt niet af van werkverminderingPercentage
eigenschap "resterend daalt niet": resterendeMaanden daalt niet als maandenGebruikt stijgt
`);
    const s = snelleEigenschappen(g);
    for (const e of g.eigenschappen.slice(-3)) {
      expect(s.snel.eigenschap(e), e.naam).not.toBeNull();
      const opties = { runs: 300, seed: seed(), peildatum: '2026-03-01' };
      const snel = toetsEigenschap(g, e, { ...opties, snel: s.snel });
      expect(snel.geslaagd, e.naam).toBe(false);
      expect(snel).toEqual(toetsEigenschap(g, e, opties));
      // values as drafters write them
      expect(snel.tegenvoorbeeld!.melding).not.toMatch(/\d\.\d|true|false|undefined|NaN/);
    }
  });

  it('beantwoordt de gewone gevallen zelf (geteld)', () => {
    const g = geladen(CRISIS);
    const s = snelleEigenschappen(g);
    expect(s.zonder).toEqual([]);
    let ja = 0;
    let nee = 0;
    const geteld = (e: Eigenschap): SnelleEigenschap | null => {
      const f = s.snel.eigenschap(e);
      return f && ((x, o) => {
        const r = f(x, o);
        if (r === undefined) nee++;
        else ja++;
        return r;
      });
    };
    const uit = toetsEigenschappen(g, { runs: 200, seed: seed(), peildatum: '2026-03-01', snel: { eigenschap: geteld, record: s.snel.record } });
    expect(uit.every((u) => u.geslaagd)).toBe(true);
    // every case is asked once (the filter and the property share the answer); refused candidates are few
    expect(ja).toBeGreaterThanOrEqual(uit.reduce((n, u) => n + u.runs, 0));
    expect(nee / (ja + nee)).toBeLessThan(0.05);
  });

  it('een snel pad dat anders oordeelt dan de interpreter is een fout in regelwerk, gevonden in de steekproef', () => {
    const g = geladen(CRISIS);
    const s = snelleEigenschappen(g);
    const e = g.eigenschappen.find((x) => x.naam === 'bij herplaatsing geen tegemoetkoming')!;
    // turns the statement's truth around: the interpreter checks every violation the fast engine
    // reports (and a sample of the rest), and disagrees
    const liegt: SnelleEigenschap = (x, o) => {
      const r = s.snel.eigenschap(e)!(x, o);
      return r && [r[0], !r[1]];
    };
    const u = toetsEigenschap(g, e, { runs: 200, seed: seed(), peildatum: '2026-03-01', snel: { eigenschap: () => liegt, record: s.snel.record } });
    expect(u.geslaagd).toBe(false);
    expect(u.tegenvoorbeeld!.melding).toMatch(/^het snelle pad en de interpreter oordelen verschillend over deze invoer .*fout in regelwerk/);
    expect(u.tegenvoorbeeld!.voorbeeld).toMatch(/^voorbeeld "tegenvoorbeeld bij herplaatsing/);
  });

  it('met dekking telt de interpreter elk geval, en het snelle pad doet niet mee', () => {
    const g = geladen(CRISIS);
    let gevraagd = 0;
    toetsEigenschappen(g, { runs: 20, seed: seed(), peildatum: '2026-03-01', dekking: new Dekkingsteller(), snel: { eigenschap: () => { gevraagd++; return null; }, record: () => { gevraagd++; return null; } } });
    expect(gevraagd).toBe(0);
  });

  it.each(['crisisregeling-personeelsbehoud', 'ketenbepaling'])('%s: uitvoer alleen, en alleen de validatie, gelijk aan de interpreter', (naam) => {
    const g = laadBestand(join(POLICIES, `${naam}.regel`)).gecontroleerd;
    const peildatum = standaardPeildatum(g);
    const namen = g.uitvoer.map((u) => u.naam);
    const [alle, eerste, geen] = snelleFuncties([snelleUitvoerCode(g, namen), snelleUitvoerCode(g, [namen[0]!]), snelleUitvoerCode(g, [])]);
    let beantwoord = 0;
    fc.assert(fc.property(ruweInvoerArbitrary(g, { peildatum }), (x) => {
      const [a, e, v] = [alle!(x, { peildatum }), eerste!(x, { peildatum }), geen!(x, { peildatum })];
      // they read the input alike, and the fewer rules a function computes, the fewer places it can bail
      if (v === undefined) expect([a, e]).toEqual([undefined, undefined]);
      if (a !== undefined) expect(e).not.toBeUndefined();
      if (a === undefined) return;
      beantwoord++;
      expect(leesGeldigeInvoer(g, x, { peildatum })).toBeInstanceOf(GelezenInvoer);
      let verwacht: Record<string, unknown>;
      try {
        verwacht = evalueer(g, x, { peildatum }).uitvoer;
      } catch (f) {
        // the fast path bails where the interpreter throws; answering there is a fault
        if (f instanceof RegelwerkFout) throw new Error(`het snelle pad antwoordde waar de interpreter faalt: ${f.message}`);
        throw f;
      }
      expect(JSON.stringify(a)).toBe(JSON.stringify(namen.map((n) => verwacht[n])));
      expect(e).toEqual([verwacht[namen[0]!]]);
      expect(v).toEqual([]);
    }), { numRuns: 200 });
    expect(beantwoord).toBeGreaterThan(20);
  });

  it('de snelle functies van elke regeling zijn strikt getypeerd, zoals een gecompileerde module', async () => {
    const bronnen = BESTANDEN.flatMap((bestand) => {
      const g = laadBestand(join(POLICIES, bestand)).gecontroleerd;
      const code = snelleEigenschappenCode(g, g.eigenschappen);
      return 'code' in code ? [{ naam: bestand, ts: `import * as rt from '@regelwerk/runtime';\nexport const EIGENSCHAPPEN = ${code.code};\n` }] : [];
    });
    expect(bronnen.length).toBeGreaterThan(5);
    await expect(typeControle(bronnen)).resolves.toBeUndefined();
  });
});
