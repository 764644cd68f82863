// The bench's clocks: the peers are counted in wall time (ZEN evaluates on native worker threads,
// whose CPU time the process would count and which moves with the load), our engines in process
// CPU time, and a ratio takes both rows on the clock of its row. Synthetic measurements, no timing.
import { describe, expect, it } from 'vitest';
import { mediaanVerhouding, type Meting } from '../../bench/meten.js';
import { klokVan } from '../../bench/rapport.js';

function meting(clock: Meting['clock'], cpu: number[], wand: number[]): Meting {
  const eigen = clock === 'wall' ? wand : cpu;
  return { clock, casesPerSecond: 1 / eigen[0]!, secondsPerCase: eigen, cpuSecondsPerCase: cpu, wallSecondsPerCase: wand, casesPerRound: 1 };
}

describe('klokken van de bench', () => {
  it('de peers in wandtijd, onze engines in CPU-tijd', () => {
    for (const rol of ['json-rules-engine', 'zen-een', 'zen-batch', 'json-logic-engine', 'json-logic-engine-gevalideerd'] as const) expect(klokVan(rol)).toBe('wall');
    for (const rol of ['hand', 'hand-gevalideerd', 'compiled', 'compiled-snel', 'compiled-kern', 'compiled-uitleg', 'interpreter', 'compiled-besluit'] as const) expect(klokVan(rol)).toBe('cpu');
  });

  it('een verhouding neemt beide rijen op de klok van de eerste', () => {
    // a peer whose worker threads burn 8x its wall time in CPU, against a single-threaded baseline
    const zen = meting('wall', [8e-3, 8e-3, 8e-3], [1e-3, 1e-3, 1e-3]);
    const basis = meting('cpu', [1e-6, 1e-6, 1e-6], [2e-6, 2e-6, 2e-6]);
    expect(mediaanVerhouding(zen, basis)).toBeCloseTo(500);
    expect(mediaanVerhouding(basis, zen)).toBeCloseTo(1 / 8000);
  });

  it('de mediaan van de verhoudingen per ronde', () => {
    const a = meting('cpu', [2, 30, 4], [2, 30, 4]);
    const b = meting('cpu', [1, 1, 1], [1, 1, 1]);
    expect(mediaanVerhouding(a, b)).toBe(4);
  });
});
