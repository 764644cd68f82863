// Tests that cannot pass by accident: over every shipped policy, mutants (mutanten.ts) of every
// kind, each of which `regelwerk test` (examples, then properties at the default runs with the
// reaching phase, in-process) must fail on. A mutant that survives means a rule of the policy is
// untested where it was broken: the policy gains the example or property that kills it. Only a
// mutant that gives the same outputs for every input (an equivalent mutant) may survive, listed
// below with the reason. Each original passes and reaches every clause.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { laad } from '../../../language/index.js';
import { mapLader, stdlibLader } from '../../../compiler/node/modules.js';
import { draaiVoorbeelden, standaardPeildatum } from '../../../compiler/interpreter/voorbeelden.js';
import { toetsMetDekking } from '../../../compiler/analysis/dekking.js';
import type { Gecontroleerd } from '../../../language/checker.js';
import { toetsSeed } from '../../opzet/mappen.js';
import { MUTATIESOORTEN, type Mutant, mutanten } from './mutanten.js';

const ROOT = join(import.meta.dirname, '../../..');
const POLICIES = readdirSync(join(ROOT, 'policies')).filter((f) => f.endsWith('.regel')).sort();
/** The default of `regelwerk test --runs`. */
const RUNS = 1000;
/** At most this many mutants per kind and policy, chosen by the run's seed (every kind stays). */
const MAX_PER_SOORT = 8;

/**
 * Mutants that change no output for any input, by policy and description (without its line
 * number, so that edits above it keep the entry), with the reason.
 */
const GELIJKWAARDIG: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'aov-zelfstandigen.regel': {
    "uitzondering 'IB-ondernemer met personeel' van regel 'inKringVanVerzekerden' weg":
      'de uitzondering legt een keuze van het kabinet vast en geeft dezelfde waarde als de basisregel (ib-ondernemer: ja)',
  },
};

/** Does `regelwerk test` fail on the policy? Examples first; the properties only when they pass. */
function testFaalt(g: Gecontroleerd, seed: number): boolean {
  if (draaiVoorbeelden(g).some((u) => !u.geslaagd)) return true;
  const u = toetsMetDekking(g, { runs: RUNS, seed, peildatum: standaardPeildatum(g) });
  return u.eigenschappen.some((e) => !e.geslaagd) || u.dekking.schendingen.length > 0;
}

function steekproef(ms: readonly Mutant[], seed: number): Mutant[] {
  if (ms.length <= MAX_PER_SOORT) return [...ms];
  return fc.sample(fc.shuffledSubarray([...ms], { minLength: MAX_PER_SOORT, maxLength: MAX_PER_SOORT }), { numRuns: 1, seed })[0]!;
}

describe.each(POLICIES)('mutanten van %s', (bestand) => {
  const tekst = readFileSync(join(ROOT, 'policies', bestand), 'utf8');
  // a policy may use another beside it (`gebruik regeling`): read from policies/ as the CLI does
  const origineel = laad(tekst, join(ROOT, 'policies', bestand), stdlibLader, mapLader());
  const seed = toetsSeed();

  it('het origineel slaagt en bereikt elke clausule', () => {
    const g = origineel.gecontroleerd;
    const u = toetsMetDekking(g, { runs: 100, seed, peildatum: standaardPeildatum(g) });
    expect(u.voorbeelden.filter((v) => !v.geslaagd)).toEqual([]);
    expect(u.eigenschappen.filter((e) => !e.geslaagd).map((e) => e.naam)).toEqual([]);
    expect(u.dekking.schendingen).toEqual([]);
    expect(u.dekking.clausules.filter((c) => c.status !== 'bereikt' && c.status !== 'geconstrueerd').map((c) => `${c.naam}: ${c.status}`)).toEqual([]);
  });

  it('regelwerk test faalt op elke mutant', () => {
    const alle = mutanten(origineel.bestand, tekst);
    const gelijk = GELIJKWAARDIG[bestand] ?? {};
    const overleefd: string[] = [];
    let gemaakt = 0;
    for (const soort of MUTATIESOORTEN) {
      const kandidaten = alle.filter((m) => m.soort === soort);
      const geldig = kandidaten.flatMap((m) => {
        const r = laad(m.tekst, join(ROOT, 'policies', bestand), stdlibLader, mapLader());
        return r.ok ? [{ m, g: r.gecontroleerd }] : [];
      });
      // every kind the policy offers is tried: a kind whose mutants never check tests nothing
      expect(geldig.length > 0 || kandidaten.length === 0, `geen geldige mutant van de soort '${soort}'`).toBe(true);
      for (const { m, g } of steekproef(geldig.map((x) => x.m), seed).map((m) => geldig.find((x) => x.m === m)!)) {
        gemaakt++;
        const faalt = testFaalt(g, seed);
        const zonderRegel = m.beschrijving.replace(/^r\. \d+: /, '');
        if (Object.hasOwn(gelijk, zonderRegel)) expect(faalt, `${m.beschrijving} staat als gelijkwaardig te boek, maar sneuvelt: haal hem uit de lijst`).toBe(false);
        else if (!faalt) overleefd.push(`${soort}: ${m.beschrijving}`);
      }
    }
    expect(overleefd).toEqual([]);
    expect(gemaakt).toBeGreaterThan(0);
  }, 60_000);
});

describe('de mutaties zelf', () => {
  const tekst = `regeling M
  bron "t"
invoer a: getal
invoer k: keuze x, y
uitvoer u: getal
uitvoer v: getal
regel u: getal is minimum van (a, 10)
  uitzondering "y" indien k is y en a is groter dan 2 dan 0
    bron "b"
regel v: getal is tabel eerste
  | a              | v |
  | ten minste 5   | 1 |
  | -              | 2 |
`;
  const ms = mutanten(laad(tekst, 'm.regel').bestand, tekst);

  it('maakt elke soort, op de plek van het knooppunt', () => {
    expect(ms.map((m) => `${m.soort}: ${m.beschrijving}`)).toEqual([
      "grens weg: r. 7: 'minimum van (a, 10)' wordt '(a)'",
      "grens weg: r. 7: 'minimum van (a, 10)' wordt '(10)'",
      "vergelijking om: r. 8: 'is groter dan' wordt 'is kleiner dan'",
      "uitzondering weg: r. 8: uitzondering 'y' van regel 'u' weg",
      "vergelijking om: r. 12: cel 'ten minste 5' van rij 1 van regel 'v' wordt 'ten hoogste 5'",
      "rij anders: r. 12: rij 1 van regel 'v' geeft '2' in plaats van '1'",
      "rij anders: r. 13: rij 2 van regel 'v' geeft '1' in plaats van '2'",
    ]);
  });

  it('elke mutant is een geldige regeling die iets anders zegt', () => {
    for (const m of ms) {
      expect(laad(m.tekst, 'm.regel').ok, m.beschrijving).toBe(true);
      expect(m.tekst).not.toBe(tekst);
    }
    expect(ms.find((m) => m.soort === 'uitzondering weg')!.tekst).not.toContain('bron "b"');
  });
});
