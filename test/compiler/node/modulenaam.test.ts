// `regelwerk compile x.d.regel` wrote `x.d.ts`: a name TypeScript reads as a declaration file (no
// code), and the same file as the declarations of a module `x`. Such a name, and a file called
// only `.regel`, is refused with a Dutch usage error before anything is compiled or written.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { moduleNaam, moduleNaamFout } from '../../../compiler/node/compile.js';
import { regelwerk, tijdelijkeMap } from './cli-hulp.js';

const tmp = tijdelijkeMap('regelwerk-modulenaam-');
const POLICY = 'regeling M\n  bron "test"\ninvoer a: getal\nuitvoer w: getal\nregel w: getal is a\n';

describe('de naam van een gecompileerde module', () => {
  it('geweigerd precies als de module op .d zou eindigen (hoofdletters tellen niet) of geen naam heeft', () => {
    const deel = fc.stringMatching(/^[a-zA-Z0-9._-]{0,6}$/);
    fc.assert(
      fc.property(deel, fc.constantFrom('', '.d', '.D', 'd', '.dd', '.d.x'), fc.constantFrom('', 'map/', 'a/b.d/'), (stam, staart, map) => {
        const pad = `${map}${stam}${staart}.regel`;
        const naam = moduleNaam(pad);
        const fout = moduleNaamFout(pad);
        const slecht = naam === '' || naam.toLowerCase().endsWith('.d');
        expect(fout !== null, pad).toBe(slecht);
        if (fout !== null) expect(fout).toContain(`'${pad}'`);
      }),
    );
    expect(moduleNaamFout('x.d.regel')).toBe("'x.d.regel' zou de module 'x.d.ts' worden, en een naam op '.d.ts' is voor TypeScript een declaratiebestand zonder code; geef het bestand een naam die niet op '.d.regel' eindigt (bijvoorbeeld 'x-d.regel')");
  });

  it('compile x.d.regel: exit 2, niets geschreven', async () => {
    for (const naam of ['x.d.regel', 'Y.D.regel', '.regel']) {
      const pad = tmp.bestand(naam, POLICY);
      const uit = join(tmp.map(), `uit-${naam}`);
      const r = await regelwerk('compile', pad, '--uit', uit);
      expect(r.code, r.err).toBe(2);
      expect(r.err).toMatch(/^regelwerk: '.*' (zou de module|heeft geen naam)/);
      expect(existsSync(uit) ? readdirSync(uit) : []).toEqual([]);
    }
  });
});
