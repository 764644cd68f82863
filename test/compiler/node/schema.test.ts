// `regelwerk schema`: the JSON Schema of a policy on standard output, and a clear Dutch error for
// a call that cannot be served (no file, two files, a file that does not exist or has errors).
import { describe, expect, it } from 'vitest';
import { regelwerk, tijdelijkeMap } from './cli-hulp.js';
import { ajvVoor } from '../schema/ajv.js';

const tmp = tijdelijkeMap('schema');

describe('regelwerk schema', () => {
  it('schrijft invoer- en uitvoerschema, die ajv aanneemt en die een voorbeeldinvoer aanvaarden', async () => {
    const r = await regelwerk('schema', 'policies/minimumjeugdloon.regel');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out) as { invoer: object; uitvoer: object };
    expect(Object.keys(s)).toEqual(['invoer', 'uitvoer']);
    const ajv = ajvVoor();
    const invoer = ajv.compile(s.invoer);
    expect(invoer({ leeftijd: 18, bbl: false })).toBe(true);
    expect(invoer({ leeftijd: 18.5, bbl: false })).toBe(false);
    expect(invoer({ leeftijd: 18 })).toBe(false);
    expect(ajv.compile(s.uitvoer)({ rechtOpMinimumloon: true, uurloon: 10.5, percentage: null })).toBe(true);
  });

  it('een verkeerde aanroep is een gebruiksfout (exit 2) in het Nederlands', async () => {
    expect(await regelwerk('schema')).toMatchObject({ code: 2, err: expect.stringContaining('gebruik: regelwerk schema <regeling.regel>') });
    expect(await regelwerk('schema', 'a.regel', 'b.regel')).toMatchObject({ code: 2 });
    expect(await regelwerk('schema', 'bestaat-niet.regel')).toMatchObject({ code: 2, err: expect.stringContaining("bestand 'bestaat-niet.regel' bestaat niet") });
    expect(await regelwerk('schema', '--poort', '1')).toMatchObject({ code: 2, err: expect.stringContaining("onbekende optie '--poort'") });
  });

  it('een regeling met fouten geeft haar meldingen en exit 1, en geen schema', async () => {
    const pad = tmp.bestand('kapot.regel', 'regeling K\ninvoer a: getal\nuitvoer u: getal\nregel u is b\n');
    const r = await regelwerk('schema', pad);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/RW\d{4}/);
    expect(r.err).toContain('er is geen schema gemaakt');
  });
});
