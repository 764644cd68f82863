// Robustness: random token soup and random mutations of the real policies must always end in
// diagnostics, never in an exception.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { laad } from '../../language/index.js';
import { SLEUTELWOORDEN } from '../../language/keywords.js';
import { stdlibLader } from '../../compiler/node/modules.js';
import { analyseer } from '../../compiler/analysis/analyse.js';
import { ruweInvoerArbitrary } from '../../compiler/analysis/arbitraries.js';
import { evalueerBewering } from '../../compiler/interpreter/interpreter.js';
import { RegelwerkFout } from '../../runtime/fouten.js';
import type { Gecontroleerd } from '../../language/checker.js';

const ROOT = join(import.meta.dirname, '../..');
const POLICIES = readdirSync(join(ROOT, 'policies')).filter((f) => f.endsWith('.regel')).map((f) => readFileSync(join(ROOT, 'policies', f), 'utf8'));

const stukje = fc.oneof(
  fc.constantFrom(...SLEUTELWOORDEN.map((s) => s.woord)),
  fc.constantFrom('a', 'contracten', 'ib-ondernemer', 'x.y', '12', '7,5', '7,5%', '€ 12,50', '2025-02-30', '2024-02-29', '"tekst"', '"open'),
  fc.constantFrom(':', ',', '.', '(', ')', '[', ']', '{', '}', '+', '-', '*', '/', '<', '<=', '>=', '=', '!=', 'ja/nee', '--', '\n', '#', '€'),
);

describe('fuzz', () => {
  it('willekeurige tokenreeksen geven diagnosen zonder uitzondering', () => {
    fc.assert(
      fc.property(fc.array(stukje, { maxLength: 60 }), (delen) => {
        const r = laad(delen.join(' '), 'fuzz.regel');
        expect(Array.isArray(r.diagnosen)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  const mutatie = fc.record({
      bestand: fc.nat({ max: POLICIES.length - 1 }),
      plek: fc.double({ min: 0, max: 1, noNaN: true }),
      lengte: fc.nat({ max: 40 }),
      invoeging: fc.array(stukje, { maxLength: 4 }),
  });
  const mutant = fc.array(mutatie, { minLength: 1, maxLength: 4 }).map((mutaties) => {
    let tekst = POLICIES[mutaties[0]!.bestand]!;
    for (const m of mutaties) {
      const i = Math.floor(m.plek * tekst.length);
      tekst = tekst.slice(0, i) + m.invoeging.join(' ') + tekst.slice(i + m.lengte);
    }
    return tekst;
  });

  it('willekeurige mutaties van de regelingen geven diagnosen zonder uitzondering', () => {
    fc.assert(
      fc.property(mutant, (tekst) => {
        const r = laad(tekst, 'mutant.regel');
        for (const d of r.diagnosen) expect(d.code).toMatch(/^RW\d{4}$/);
      }),
      { numRuns: 300 },
    );
  });

  // Mutations that keep a policy well-formed but change its logic: swapped connectives and
  // comparisons, other numbers, ja for nee. The analysis of each must end in diagnostics.
  const VERVANGINGEN: readonly (readonly string[])[] = [
    [' en ', ' of '], ['is ten minste', 'is ten hoogste', 'is groter dan', 'is kleiner dan', 'is niet'],
    [' ja\n', ' nee\n'], [' dan ja', ' dan nee'],
  ];
  const BRONNEN = [...POLICIES, ...readdirSync(join(ROOT, 'test/fixtures/analyse')).filter((f) => f.endsWith('.regel')).map((f) => readFileSync(join(ROOT, 'test/fixtures/analyse', f), 'utf8'))];
  const logischeMutant = fc.array(fc.record({ bestand: fc.nat({ max: BRONNEN.length - 1 }), groep: fc.nat({ max: VERVANGINGEN.length }), keuze: fc.nat(), plek: fc.nat(), getal: fc.integer({ min: -5, max: 150 }) }), { minLength: 1, maxLength: 4 })
    .map((ms) => {
      let tekst = BRONNEN[ms[0]!.bestand]!;
      for (const m of ms) {
        const groep = VERVANGINGEN[m.groep];
        const patroon = groep ? new RegExp(groep.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g') : /(?<=[ (])\d+(?=[ %)\n])/g;
        const treffers = [...tekst.matchAll(patroon)];
        const t = treffers[m.plek % Math.max(1, treffers.length)];
        if (!t || t.index === undefined) continue;
        const nieuw = groep ? groep[m.keuze % groep.length]! : String(m.getal);
        tekst = tekst.slice(0, t.index) + nieuw + tekst.slice(t.index + t[0].length);
      }
      return tekst;
    });

  /** A proven 'never applies' (RW4001) must hold on every random valid input too. */
  function nooitWaar(g: Gecontroleerd, offset: number): void {
    const u = g.bestand.declaraties.flatMap((d) => (d.kind === 'Regel' ? d.uitzonderingen : [])).find((x) => x.plek.offset === offset)!;
    // raw inputs: a mutant's eisen may be unsatisfiable, and invalid ones make the condition false
    for (const invoer of fc.sample(ruweInvoerArbitrary(g, { peildatum: '2026-01-01' }), { numRuns: 300, seed: 1 })) {
      let waar = false;
      try {
        waar = evalueerBewering(g, invoer, u.voorwaarde, { peildatum: '2026-01-01' });
      } catch (x) {
        if (!(x instanceof RegelwerkFout)) throw x;
      }
      expect(waar, `uitzondering '${u.label}' geldt bij ${JSON.stringify(invoer)}`).toBe(false);
    }
  }

  it('de analyse van logisch gemuteerde regelingen eindigt in diagnosen; elk bewijs klopt', () => {
    let geanalyseerd = 0;
    let bewijzen = 0;
    fc.assert(
      fc.property(logischeMutant, (tekst) => {
        const r = laad(tekst, 'mutant.regel', stdlibLader);
        if (!r.ok) return;
        geanalyseerd++;
        for (const d of analyseer(r.gecontroleerd, { peildatum: '2026-01-01', runs: 20 }).diagnosen) {
          expect(d.code).toMatch(/^RW4\d{3}$/);
          if (d.code === 'RW4001' || (d.code === 'RW4008' && d.melding.startsWith('geen enkele'))) bewijzen++;
          if (d.code === 'RW4001') {
            nooitWaar(r.gecontroleerd, d.plek.offset);
          }
        }
      }),
      { numRuns: Number(process.env.REGELWERK_FUZZ_RUNS ?? 120), seed: 7 },
    );
    expect(geanalyseerd).toBeGreaterThan(40);
    expect(bewijzen).toBeGreaterThan(0);
  });
});
