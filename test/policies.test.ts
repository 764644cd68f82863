// Every policy in policies/: checks clean, every example passes, every property holds, and each
// has the examples and properties its issue asks for.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { laadBestand } from '../node/modules.js';
import { draaiVoorbeelden, standaardPeildatum } from '../evaluator/voorbeelden.js';
import { toetsEigenschappen } from '../analysis/eigenschappen.js';
import { formatDiagnose } from '../language/index.js';

const ROOT = join(import.meta.dirname, '..');
const POLICIES = readdirSync(join(ROOT, 'policies')).filter((f) => f.endsWith('.regel')).sort();

/** Minimum number of examples per policy, from the issues (12 chain rule, 10 AOV/CP, 8 others). */
function minimumVoorbeelden(bestand: string): number {
  if (bestand === 'ketenbepaling.regel') return 12;
  if (bestand === 'aov-zelfstandigen.regel' || bestand === 'crisisregeling-personeelsbehoud.regel') return 10;
  return 8;
}

describe.each(POLICIES)('%s', (bestand) => {
  const r = laadBestand(join(ROOT, 'policies', bestand));

  it('is schoon: geen fouten en geen waarschuwingen', () => {
    expect(r.diagnosen.map((d) => formatDiagnose(d))).toEqual([]);
  });

  it('elke regel, uitzondering en parameter draagt een bron', () => {
    for (const d of r.bestand.declaraties) {
      if (d.kind === 'Regel' || d.kind === 'Parameter' || d.kind === 'Invoer' || d.kind === 'Uitvoer') expect(d.bron, `${d.kind} ${d.naam}`).not.toBeNull();
      if (d.kind === 'Regel') for (const u of d.uitzonderingen) expect(u.bron, `uitzondering ${u.label} van ${d.naam}`).not.toBeNull();
    }
  });

  it('alle voorbeelden slagen', () => {
    const uitkomsten = draaiVoorbeelden(r.gecontroleerd);
    expect(uitkomsten.length).toBeGreaterThanOrEqual(minimumVoorbeelden(bestand));
    expect(uitkomsten.filter((u) => !u.geslaagd)).toEqual([]);
  });

  it('ten minste drie eigenschappen, en ze gelden', () => {
    const uitkomsten = toetsEigenschappen(r.gecontroleerd, { runs: 300, seed: 20261122, peildatum: standaardPeildatum(r.gecontroleerd) });
    expect(uitkomsten.length).toBeGreaterThanOrEqual(3);
    for (const u of uitkomsten) expect(u.geslaagd, `${u.naam}: ${u.tegenvoorbeeld?.melding}\n${u.tegenvoorbeeld?.voorbeeld}`).toBe(true);
  });
});
