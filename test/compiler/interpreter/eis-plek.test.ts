// Een `eis` die niet gehaald wordt: de interpreter zegt waar die eis staat (RegelwerkInvoerFout.eis),
// zodat de speeltuin de eis aanwijst en niet de declaratie van de invoer; de melding blijft dezelfde.
// Twee eisen met dezelfde melding: alleen de plek onderscheidt ze.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { laad } from '../../../language/index.js';
import { evalueer } from '../../../compiler/interpreter/interpreter.js';
import { leesGeldigeInvoer } from '../../../compiler/interpreter/interpreter.js';
import { stdlibLader } from '../../../compiler/node/modules.js';
import { RegelwerkInvoerFout } from '../../../runtime/fouten.js';
import { Bevinding } from '../../../runtime/json-codec.js';

const TEKST = `regeling EisPlek
  bron "test"

soort Rij is gegevens { uren: geheel getal }
  eis uren is ten minste 0 melding "buiten het bereik"
  eis uren is ten hoogste 40 melding "buiten het bereik"

invoer a: geheel getal
  eis a is ten minste 0 melding "buiten het bereik"
  eis a is ten hoogste 100 melding "buiten het bereik"

invoer rijen: lijst van Rij

uitvoer x: geheel getal

regel x is a
`;

const g = ((): NonNullable<ReturnType<typeof laad>['gecontroleerd']> => {
  const r = laad(TEKST, 'eis-plek.regel', stdlibLader);
  if (!r.ok) throw new Error(r.diagnosen.map((d) => d.melding).join('; '));
  return r.gecontroleerd;
})();

/** The line of the n-th (from 1) `eis` line in the text that contains `woord`. */
function eisRegel(woord: string, n: number): number {
  const regels = TEKST.split('\n').map((r, i) => ({ r, i: i + 1 })).filter(({ r }) => r.trim().startsWith('eis ') && r.includes(woord));
  return regels[n - 1]!.i;
}

/** Which eis an independent check says fails first, as [line, path], or null when the input is valid. */
function verwacht(a: number, uren: readonly number[]): [number, string] | null {
  const rij = uren.findIndex((u) => u < 0 || u > 40);
  // the soort's eisen of the list elements are checked before the inputs' own eisen
  if (rij >= 0) return [eisRegel('uren', uren[rij]! < 0 ? 1 : 2), `rijen[${rij}].uren`.replace('.uren', '')];
  if (a < 0) return [eisRegel(' a ', 1), 'a'];
  if (a > 100) return [eisRegel(' a ', 2), 'a'];
  return null;
}

describe('de plek van een eis die niet gehaald wordt', () => {
  it('evalueer: de fout draagt de regel en kolom van precies die eis, met de gewone melding', () => {
    fc.assert(fc.property(fc.integer({ min: -5, max: 105 }), fc.array(fc.integer({ min: -2, max: 42 }), { maxLength: 4 }), (a, uren) => {
      const invoer = { a, rijen: uren.map((u) => ({ uren: u })) };
      const v = verwacht(a, uren);
      let fout: unknown = null;
      try { evalueer(g, invoer); } catch (x) { fout = x; }
      if (v === null) { expect(fout).toBeNull(); return; }
      expect(fout).toBeInstanceOf(RegelwerkInvoerFout);
      const f = fout as RegelwerkInvoerFout;
      expect(f.message).toBe(`ongeldige invoer bij '${v[1]}': buiten het bereik`);
      expect(f.eis?.regel).toBe(v[0]);
      expect(f.eis?.kolom).toBe(3);
      expect(TEKST.slice(f.eis!.offset, f.eis!.eind)).toMatch(/^eis /);
      // the report-mode reader (property tests) carries the same position
      const b = leesGeldigeInvoer(g, invoer);
      expect(b).toBeInstanceOf(Bevinding);
      expect((b as Bevinding).eis).toEqual(f.eis);
    }));
  });

  it('een fout in het type van de invoer heeft geen eis', () => {
    let fout: unknown = null;
    try { evalueer(g, { a: 'x', rijen: [] }); } catch (x) { fout = x; }
    expect(fout).toBeInstanceOf(RegelwerkInvoerFout);
    expect((fout as RegelwerkInvoerFout).eis).toBeNull();
  });
});
