// A name in a policy that clashes with a name a stdlib module brings in (`gebruik minimumloon`
// brings `minimumuurloon`, `referentiemaandloon`, ...): RW1002 names the module, the module's file
// and line, and the policy's `gebruik` line, for every such name and every kind of declaration.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { laad } from '../../language/index.js';
import { stdlibLader } from '../../compiler/node/modules.js';

const MODULE = readFileSync(join(import.meta.dirname, '../../stdlib/minimumloon.regel'), 'utf8');
/** Every parameter of the module with its line, read from the text (independent of the checker). */
const NAMEN = MODULE.split('\n').flatMap((r, i) => {
  const m = /^parameter ([A-Za-z][\w-]*)\s*:/.exec(r);
  return m ? [{ naam: m[1]!, regel: i + 1 }] : [];
});

const DECLARATIES: Record<string, (n: string) => string> = {
  invoer: (n) => `invoer ${n}: bedrag\nuitvoer u: bedrag\nregel u is ${n}\n`,
  parameter: (n) => `parameter ${n}: bedrag is € 1\nuitvoer u: bedrag\nregel u is ${n}\n`,
  functie: (n) => `functie ${n}(x: bedrag): bedrag is x\ninvoer i: bedrag\nuitvoer u: bedrag\nregel u is ${n}(i)\n`,
  uitvoer: (n) => `invoer i: bedrag\nuitvoer ${n}: bedrag\nregel ${n} is i\n`,
};

describe('een naam die botst met een naam uit een stdlib-module', () => {
  it('the module has names to clash with', () => {
    expect(NAMEN.map((n) => n.naam)).toEqual(expect.arrayContaining(['minimumuurloon', 'referentiemaandloon']));
  });

  it('RW1002 says which module, which file and line define the name, and where it is used', () => {
    fc.assert(fc.property(
      fc.constantFrom(...NAMEN), fc.constantFrom(...Object.keys(DECLARATIES)), fc.nat({ max: 3 }),
      ({ naam, regel }, soort, leeg) => {
        const kop = `regeling Botsing\n  bron "test"\n${'\n'.repeat(leeg)}gebruik minimumloon\n`;
        const gebruikRegel = 3 + leeg;
        const tekst = kop + DECLARATIES[soort]!(naam);
        const r = laad(tekst, 'botsing.regel', stdlibLader);
        const d = r.diagnosen.find((x) => x.code === 'RW1002');
        expect(d, JSON.stringify(r.diagnosen)).toBeDefined();
        expect(d!.melding).toBe(`'${naam}' is al gedeclareerd in stdlib-module 'minimumloon' (stdlib/minimumloon.regel, regel ${regel}), die 'gebruik minimumloon' op regel ${gebruikRegel} binnenhaalt`);
        expect(d!.suggestie).toContain('kies een andere naam');
        // the diagnostic points at the policy's own declaration, not into the module
        expect(d!.bestand).toBe('botsing.regel');
        expect(tekst.split('\n')[d!.plek.regel - 1]).toContain(naam);
      },
    ), { numRuns: 60 });
  });

  it('a clash within the file still names the earlier line', () => {
    const r = laad('regeling T\n  bron "x"\ninvoer a: getal\ninvoer a: getal\nuitvoer b: getal\nregel b is a\n', 't.regel');
    expect(r.diagnosen.find((d) => d.code === 'RW1002')?.melding).toBe("'a' is al gedeclareerd (regel 3)");
  });
});
