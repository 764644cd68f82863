// A byte order mark is accepted once, as the very first character of a policy or a JSON input,
// never twice: the lexer counted U+FEFF as white space anywhere (`\s`), and the CLI's UTF-8 decoder
// dropped the first one before the readers saw the text, so `\uFEFF\uFEFFregeling ...` passed.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { laad } from '../../language/index.js';
import { regelwerk, tijdelijkeMap } from '../compiler/node/cli-hulp.js';

const tmp = tijdelijkeMap('regelwerk-bom-');
const BOM = '\ufeff';
const POLICY = 'regeling B\n  bron "test"\ninvoer a: getal\nuitvoer w: getal\nregel w: getal is a\n';

describe('byte-order-markering', () => {
  it('in de taal: één aan het begin mag, een tweede of een elders is RW0001 op haar plek', () => {
    fc.assert(
      fc.property(fc.nat({ max: 3 }), fc.nat({ max: POLICY.length }), fc.boolean(), (aantal, plek, elders) => {
        // elders: one more BOM at a place between tokens (before a line break or a space)
        const spaties = [...POLICY.matchAll(/[ \n]/g)].map((m) => m.index);
        const i = spaties[plek % spaties.length]!;
        const tekst = BOM.repeat(aantal) + (elders ? `${POLICY.slice(0, i)}${BOM}${POLICY.slice(i)}` : POLICY);
        const r = laad(tekst, 'b.regel');
        const fouten = r.diagnosen.filter((d) => d.code === 'RW0001');
        const verwacht = (aantal >= 2 ? 1 : 0) + (elders ? 1 : 0);
        expect(r.ok).toBe(verwacht === 0);
        expect(fouten.length).toBe(verwacht);
        for (const f of fouten) {
          expect(f.melding).toBe('onbekend teken U+FEFF');
          expect(tekst[f.plek.offset]).toBe(BOM);
        }
        if (aantal >= 2) expect(fouten[0]!.plek).toMatchObject({ offset: 1, regel: 1, kolom: 2 });
      }),
    );
  });

  it('check van een bestand: één BOM goed, twee fout; fmt laat één BOM staan', async () => {
    const een = tmp.bestand('een.regel', BOM + POLICY);
    const twee = tmp.bestand('twee.regel', BOM + BOM + POLICY);
    expect((await regelwerk('check', een, '--zonder-analyse')).code).toBe(0);
    const r = await regelwerk('check', twee, '--zonder-analyse');
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${twee}:1:2: RW0001: onbekend teken U+FEFF`);
    expect((await regelwerk('fmt', '--check', een)).code).toBe(0);
    writeFileSync(een, `${BOM}regeling   B\n  bron "test"\ninvoer a: getal\nuitvoer w: getal\nregel w: getal is a\n`);
    expect((await regelwerk('fmt', een)).code).toBe(0);
    expect(readFileSync(een, 'utf8')).toBe(BOM + POLICY);
  });

  it('JSON-invoer: één BOM goed, twee ongeldige invoer (exit 2)', async () => {
    const policy = tmp.bestand('b.regel', POLICY);
    const een = await regelwerk('run', policy, '--invoer', tmp.bestand('een.json', `${BOM}{"a": 1}`), '--engine', 'interpreter');
    expect(een.code, een.err).toBe(0);
    expect(JSON.parse(een.out)).toEqual({ w: 1 });
    const twee = await regelwerk('run', policy, '--invoer', tmp.bestand('twee.json', `${BOM}${BOM}{"a": 1}`), '--engine', 'interpreter');
    expect(twee.code).toBe(2);
    expect(twee.err).toContain("is geen geldige JSON: verwacht een JSON-waarde, maar vond teken U+FEFF (regel 1, kolom 1)");
  });
});
