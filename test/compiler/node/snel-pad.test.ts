// `compile` and `check --streng` say when a policy has no fast path, and why: every evaluation of it
// is then exact (as right, slower), which a developer should not have to find in a code comment.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ROOT, regelwerk, tijdelijkeMap } from './cli-hulp.js';

describe('geen snel pad', () => {
  const tmp = tijdelijkeMap('rw-snelpad-');
  it('compile en check --streng noemen de reden; een regeling met snel pad geeft geen melding', async () => {
    const duur = tmp.bestand('duur.regel', 'regeling D\n  bron "t"\ninvoer x: duur\n  bron "t"\nuitvoer y: ja/nee\n  bron "t"\nregel y is x is groter dan 3 dagen\n  bron "t"\n');
    const c = await regelwerk('compile', duur, '--uit', join(tmp.map(), 'uit'));
    expect(c.code).toBe(0);
    expect(c.err).toContain('duur.regel: geen snel pad: invoer van type duur wordt door het snelle pad (nog) niet ondersteund');
    const s = await regelwerk('check', '--streng', '--runs', '50', duur);
    expect(s.err).toContain('geen snel pad: invoer van type duur');
    // a division has a fast path (per case: a quotient that does not fit its scale goes to the exact path)
    const deling = tmp.bestand('deling.regel', 'regeling D\n  bron "t"\ninvoer x: getal\n  bron "t"\nuitvoer y: getal\n  bron "t"\nregel y is 12 / x\n  bron "t"\n');
    const d = await regelwerk('compile', deling, '--uit', join(tmp.map(), 'uit3'));
    expect(d.code).toBe(0);
    expect(d.err).not.toContain('geen snel pad');
    const m = await regelwerk('compile', join(ROOT, 'policies/minimumjeugdloon.regel'), '--uit', join(tmp.map(), 'uit2'));
    expect(m.code).toBe(0);
    expect(m.err).not.toContain('geen snel pad');
  });
});
