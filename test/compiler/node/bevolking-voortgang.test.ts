// The progress bar of `regelwerk bevolking` (compiler/node/bevolking/voortgang.ts): done and total,
// rate and time left on one line, redrawn at most five times a second, cleared at the end. The
// clock is counted, not waited for: the test sets Date.now.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Voortgang, tijd } from '../../../compiler/node/bevolking/voortgang.js';

afterEach(() => { vi.useRealTimers(); });

describe('Voortgang', () => {
  it('draws rate and time left, at most every 200 ms, and clears its line', () => {
    vi.useFakeTimers({ now: 0 });
    const regels: string[] = [];
    const v = new Voortgang(1_000_000, (s) => regels.push(s));
    vi.setSystemTime(1000);
    v.zet(100_000);
    vi.setSystemTime(1100);
    v.zet(110_000); // within 200 ms: not drawn
    vi.setSystemTime(2000);
    v.zet(250_000);
    expect(regels).toHaveLength(2);
    expect(regels[0]).toBe('\r[##......................] 100.000/1.000.000 gevallen, 100.000/s, nog 0:09  ');
    expect(regels[1]).toContain('250.000/1.000.000 gevallen, 125.000/s, nog 0:06');
    vi.setSystemTime(2050);
    v.zet(1_000_000); // the last one is always drawn
    expect(regels[2]).toContain('[########################] 1.000.000/1.000.000');
    v.klaar();
    expect(regels[3]).toMatch(/^\r +\r$/);
  });

  it('writes time as m:ss or u:mm:ss', () => {
    expect([tijd(0), tijd(59.6), tijd(61), tijd(3725)]).toEqual(['0:00', '1:00', '1:01', '1:02:05']);
  });
});
