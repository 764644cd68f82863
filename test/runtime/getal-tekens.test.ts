// A JSON number may be MAX_GETAL_TEKENS (1,000) characters long as written, and README says so:
// it once said "any number of digits" while the reader refused more than 1,000 characters.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_GETAL_TEKENS } from '../../runtime/json.js';
import { ROOT, regelwerk, tijdelijkeMap } from '../compiler/node/cli-hulp.js';

const tmp = tijdelijkeMap('regelwerk-getal-tekens-');

describe('de lengte van een getal in de invoer', () => {
  it('README noemt de grens die de lezer houdt', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    expect(readme).not.toMatch(/any number of digits/);
    expect(readme).toContain(`A number may be up to ${MAX_GETAL_TEKENS.toLocaleString('en')} characters long as written`);
    expect(readme).toContain(`een getal heeft hoogstens ${MAX_GETAL_TEKENS} tekens`);
  });

  it('precies de grens wordt gelezen, één teken meer is ongeldige invoer (exit 2)', async () => {
    const policy = tmp.bestand('g.regel', 'regeling G\n  bron "test"\ninvoer x: getal\nuitvoer y: getal\nregel y: getal is x\n');
    for (const [tekens, code] of [[MAX_GETAL_TEKENS, 0], [MAX_GETAL_TEKENS + 1, 2]] as const) {
      // "1.000…0": one, written with as many characters as asked
      const getal = `1.${'0'.repeat(tekens - 2)}`;
      expect(getal).toHaveLength(tekens);
      const r = await regelwerk('run', policy, '--invoer', tmp.bestand(`x${tekens}.json`, `{"x": ${getal}}`), '--engine', 'interpreter');
      expect(r.code, r.err).toBe(code);
      if (code === 2) expect(r.err).toContain(`een getal heeft hoogstens ${MAX_GETAL_TEKENS} tekens, maar kreeg 1,0000`);
      else expect(JSON.parse(r.out)).toEqual({ y: 1 });
    }
  });
});
