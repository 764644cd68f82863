// `regelwerk check --streng`: the house rules as a CLI option, with file:line:col, code, Dutch
// message and suggestion, and a non-zero exit; without --streng the same file passes.
import { describe, expect, it } from 'vitest';
import { regelwerk, tijdelijkeMap } from './cli-hulp.js';

const { bestand } = tijdelijkeMap('regelwerk-streng-');

const ZONDER_BRON = 'regeling S\n  bron "wet"\ninvoer a: getal\n  bron "art. 1"\ninvoer los: getal\n  bron "art. 2"\nuitvoer b: getal\nregel b is a * 2\n  bron "art. 3"\n';

describe('regelwerk check --streng', () => {
  it('faalt met plek, code, melding en suggestie; zonder --streng slaagt hetzelfde bestand', async () => {
    const p = bestand('zonder-bron.regel', ZONDER_BRON);
    const gewoon = await regelwerk('check', '--zonder-analyse', p);
    expect(gewoon.code).toBe(0);
    const r = await regelwerk('check', '--streng', '--zonder-analyse', p);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${p}:7:9: RW5001: uitvoer 'b' heeft geen bron`);
    expect(r.err).toContain('voeg `bron "..."` toe');
    expect(r.err).toContain(`${p}:1:1: RW5002: de regeling heeft geen eigenschappen; streng vraagt er ten minste 3`);
    // the unused input is a warning, and an error under --streng
    expect(gewoon.err).toContain('RW3001: waarschuwing:');
    expect(r.err).toMatch(/RW3001: invoer 'los' wordt door geen regel gebruikt \(een waarschuwing telt met --streng als fout\)/);
    expect(r.err).toContain('1 bestand(en) gecontroleerd: 3 fout(en), 0 waarschuwing(en)');
  });

  it('de regelingen in policies/ zijn streng schoon', async () => {
    const r = await regelwerk('check', '--streng', '--runs', '50', 'policies/ketenbepaling.regel', 'policies/ww-premie.regel');
    expect(r.err).toContain('0 fout(en), 0 waarschuwing(en)');
    expect(r.code).toBe(0);
  });

  it('--help noemt --streng', async () => {
    const r = await regelwerk('--help');
    expect(r.out + r.err).toContain('--streng');
  });
});
