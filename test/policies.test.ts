// Every policy in policies/: checks clean, every example passes, every property holds, and each
// has at least the examples and properties required of it.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { laadBestand } from '../compiler/node/modules.js';
import { draaiVoorbeelden, standaardPeildatum } from '../compiler/interpreter/voorbeelden.js';
import { toetsEigenschappen } from '../compiler/analysis/eigenschappen.js';
import { formatDiagnose } from '../language/index.js';
import { streng } from '../compiler/analysis/streng.js';

const ROOT = join(import.meta.dirname, '..');
const POLICIES = readdirSync(join(ROOT, 'policies')).filter((f) => f.endsWith('.regel')).sort();

/**
 * Minimum number of examples per policy: 16 for sick pay (each boundary on both sides: waiting days,
 * week 52/53, week 104, the loonsanctie, a birthday, 1 July), 12 for the chain rule, 10 for AOV and
 * CP, 8 for the others.
 */
function minimumVoorbeelden(bestand: string): number {
  if (bestand === 'loondoorbetaling-bij-ziekte.regel') return 16;
  if (bestand === 'ketenbepaling.regel') return 12;
  if (bestand === 'aov-zelfstandigen.regel' || bestand === 'crisisregeling-personeelsbehoud.regel') return 10;
  return 8;
}

describe.each(POLICIES)('%s', (bestand) => {
  const r = laadBestand(join(ROOT, 'policies', bestand));

  // The house rules are those of `regelwerk check --streng` (compiler/analysis/streng.ts): no errors, no
  // warnings, a bron on every regel, uitzondering, parameter, invoer and uitvoer, and at least
  // three properties.
  it('voldoet aan check --streng: schoon, met bronnen en eigenschappen', () => {
    expect(streng(r.bestand, r.diagnosen).map((d) => formatDiagnose(d))).toEqual([]);
  });

  it('alle voorbeelden slagen', () => {
    const uitkomsten = draaiVoorbeelden(r.gecontroleerd);
    expect(uitkomsten.length).toBeGreaterThanOrEqual(minimumVoorbeelden(bestand));
    expect(uitkomsten.filter((u) => !u.geslaagd)).toEqual([]);
  });

  it('de eigenschappen gelden', () => {
    const uitkomsten = toetsEigenschappen(r.gecontroleerd, { runs: 300, seed: 20261122, peildatum: standaardPeildatum(r.gecontroleerd) });
    for (const u of uitkomsten) expect(u.geslaagd, `${u.naam}: ${u.tegenvoorbeeld?.melding}\n${u.tegenvoorbeeld?.voorbeeld}`).toBe(true);
  });
});
