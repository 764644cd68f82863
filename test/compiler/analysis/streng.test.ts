// The house rules of `check --streng` (analysis/streng.ts) on generated policies: every
// declaration without a bron is reported at its name, too few properties once at the head, and
// every warning of the file becomes an error with its code and place kept.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { laad } from '../../../language/index.js';
import { huisregels, streng, MIN_EIGENSCHAPPEN } from '../../../compiler/analysis/streng.js';

interface Opzet {
  bronInvoer: boolean;
  bronUitvoer: boolean;
  bronRegel: boolean;
  bronParameter: boolean;
  uitzonderingen: boolean[];
  eigenschappen: number;
  ongebruikt: boolean;
}

const opzet: fc.Arbitrary<Opzet> = fc.record({
  bronInvoer: fc.boolean(), bronUitvoer: fc.boolean(), bronRegel: fc.boolean(), bronParameter: fc.boolean(),
  uitzonderingen: fc.array(fc.boolean(), { maxLength: 3 }), eigenschappen: fc.nat({ max: 5 }), ongebruikt: fc.boolean(),
});

/** The policy text and, per expected RW5001, the line of the declaration's name. */
function schrijf(o: Opzet): { tekst: string; zonderBron: number[] } {
  const r: string[] = ['regeling Streng', '  bron "test"'];
  const zonderBron: number[] = [];
  const decl = (kop: string, bron: boolean, bronTekst: string): void => {
    r.push(kop);
    if (bron) r.push(`  bron "${bronTekst}"`);
    else zonderBron.push(r.length);
  };
  decl('invoer a: getal', o.bronInvoer, 'art. 1');
  if (o.ongebruikt) r.push('invoer los: getal', '  bron "art. 9"');
  decl('parameter p: getal is 2', o.bronParameter, 'art. 2');
  decl('uitvoer b: getal', o.bronUitvoer, 'art. 3');
  decl('regel b is a * p', o.bronRegel, 'art. 4');
  o.uitzonderingen.forEach((bron, i) => {
    r.push(`  uitzondering "u${i}" indien a is gelijk aan ${i + 100} dan ${i}`);
    if (bron) r.push(`    bron "art. 5.${i}"`);
    else zonderBron.push(r.length);
  });
  for (let i = 0; i < o.eigenschappen; i++) r.push(`eigenschap "e${i}": b is ten minste 0 indien a is ten minste ${i + 1000}`);
  return { tekst: `${r.join('\n')}\n`, zonderBron };
}

describe('check --streng: de huisregels', () => {
  it('reports exactly the declarations without bron, and too few properties', () => {
    fc.assert(fc.property(opzet, (o) => {
      const { tekst, zonderBron } = schrijf(o);
      const r = laad(tekst, 'streng.regel');
      expect(r.diagnosen.filter((d) => d.ernst === 'fout'), tekst).toEqual([]);
      const h = huisregels(r.bestand);
      expect(h.filter((d) => d.code === 'RW5001').map((d) => d.plek.regel).sort((x, y) => x - y), tekst).toEqual(zonderBron);
      expect(h.filter((d) => d.code === 'RW5002').length).toBe(o.eigenschappen < MIN_EIGENSCHAPPEN ? 1 : 0);
      for (const d of h) {
        expect(d.ernst).toBe('fout');
        expect(d.melding).not.toMatch(/undefined|null|\[object/);
      }

      const s = streng(r.bestand, r.diagnosen);
      // no warning survives: each becomes an error with its code and place
      expect(s.some((d) => d.ernst === 'waarschuwing')).toBe(false);
      const waarschuwingen = r.diagnosen.filter((d) => d.ernst === 'waarschuwing');
      if (o.ongebruikt) expect(waarschuwingen.map((d) => d.code)).toContain('RW3001');
      for (const w of waarschuwingen) expect(s).toContainEqual(expect.objectContaining({ code: w.code, plek: w.plek, ernst: 'fout' }));
      expect(s.length).toBe(r.diagnosen.length + h.length);
      // in file order
      expect(s.map((d) => d.plek.offset)).toEqual([...s.map((d) => d.plek.offset)].sort((x, y) => x - y));
    }), { numRuns: 150 });
  });

  it('een regeling die aan alles voldoet is streng schoon', () => {
    const { tekst } = schrijf({ bronInvoer: true, bronUitvoer: true, bronRegel: true, bronParameter: true, uitzonderingen: [true], eigenschappen: 3, ongebruikt: false });
    const r = laad(tekst, 'streng.regel');
    expect(streng(r.bestand, r.diagnosen)).toEqual([]);
  });

  it('names what lacks a source, in Dutch', () => {
    const { tekst } = schrijf({ bronInvoer: false, bronUitvoer: true, bronRegel: true, bronParameter: true, uitzonderingen: [false], eigenschappen: 1, ongebruikt: false });
    const r = laad(tekst, 'streng.regel');
    expect(huisregels(r.bestand).map((d) => `${d.code} ${d.melding}`)).toEqual([
      "RW5001 invoer 'a' heeft geen bron",
      "RW5001 uitzondering 'u0' van regel 'b' heeft geen bron",
      'RW5002 de regeling heeft één eigenschap; streng vraagt er ten minste 3',
    ]);
  });
});
