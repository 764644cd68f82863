// The committed typed CST (language/cst.ts) must be what the current grammar generates, so a
// grammar change without regeneration fails here instead of typing the formatter wrongly.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cstTypen } from '../../language/cst-typen.js';

describe('language/cst.ts', () => {
  it('is gelijk aan wat de grammatica genereert', () => {
    const vastgelegd = readFileSync(new URL('../../language/cst.ts', import.meta.url), 'utf8');
    expect(vastgelegd, 'language/cst.ts is verouderd; draai: npm run genereer:cst').toBe(cstTypen());
  });
});
