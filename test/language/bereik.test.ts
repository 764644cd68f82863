// `geheel getal` and declared ranges in the checker: syntax, the type as data, constants outside a
// range (RW2015), malformed ranges (RW2016), and what arithmetic on refined values yields.
import { describe, expect, it } from 'vitest';
import { laad } from '../../language/index.js';
import { schrijfType } from '../../runtime/typen.js';

const KOP = 'regeling T\n  bron "test"\n';

function laadT(bron: string) {
  return laad(KOP + bron, 't.regel');
}
function codes(bron: string): string[] {
  return laadT(bron).diagnosen.map((d) => d.code);
}

describe('geheel getal en bereiken', () => {
  it('leest de vormen van een bereik als data, inclusief of exclusief', () => {
    const r = laadT('invoer a: geheel getal van 15 tot en met 120\ninvoer b: percentage van 0% tot 100%\ninvoer c: bedrag ten minste € 0\n'
      + 'invoer d: getal groter dan 0 en ten hoogste 40\ninvoer e: duur ten minste 0 dagen\ninvoer f: getal kleiner dan -1,5\n'
      + 'uitvoer u: ja/nee\nregel u is a > 1 en b > 1% en c > € 1 en d > 1 en e = 1 dag en f < 0\n');
    expect(r.diagnosen).toEqual([]);
    const t = Object.fromEntries(r.gecontroleerd.invoer.map((i) => [i.naam, i.type]));
    expect(t.a).toEqual({ soort: 'getal', geheel: true, min: { waarde: '15', inclusief: true, tekst: '15' }, max: { waarde: '120', inclusief: true, tekst: '120' } });
    expect(t.b).toMatchObject({ soort: 'percentage', min: { waarde: '0', inclusief: true }, max: { waarde: '100', inclusief: false, tekst: '100%' } });
    expect(t.c).toEqual({ soort: 'bedrag', min: { waarde: '0', inclusief: true, tekst: '€ 0' } });
    expect(t.d).toMatchObject({ soort: 'getal', min: { waarde: '0', inclusief: false }, max: { waarde: '40', inclusief: true } });
    expect(t.e).toMatchObject({ soort: 'duur', min: { inclusief: true, duur: { maanden: 0, dagen: 0 } } });
    expect(t.f).toMatchObject({ max: { waarde: '-1.5', inclusief: false, tekst: '-1,5' } });
    expect(schrijfType(t.a!)).toBe('geheel getal van 15 tot en met 120');
    expect(schrijfType(t.b!)).toBe('percentage van 0% tot 100%');
    expect(schrijfType(t.d!)).toBe('getal groter dan 0 en ten hoogste 40');
  });

  it('een parameterwaarde buiten het bereik is RW2015, met de waarde zoals de opsteller haar schrijft', () => {
    const r = laadT('parameter p: percentage van 0% tot en met 100% is -7,5%\ninvoer a: bedrag\nuitvoer u: bedrag\nregel u is p van a afgerond op centen\n');
    const d = r.diagnosen.find((x) => x.code === 'RW2015')!;
    expect(d.melding).toBe("de waarde van parameter 'p' moet ten minste 0% zijn (bereik van 0% tot en met 100%), maar is -7,5%");
    // every dated row is checked, not only the current one
    expect(codes('parameter p: bedrag ten minste € 0\n  vanaf 2025-01-01 is € 5\n  vanaf 2026-01-01 is € -5\n'
      + 'invoer a: bedrag\nuitvoer u: bedrag\nregel u is p + a\n')).toEqual(['RW2015']);
    expect(codes('parameter w: duur ten minste 0 dagen is -1 jaar\ninvoer a: datum\nuitvoer u: datum\nregel u is a + w\n')).toContain('RW2015');
    expect(codes('parameter w: duur ten minste 0 dagen is 1 jaar\ninvoer a: datum\nuitvoer u: datum\nregel u is a + w\n')).toEqual([]);
  });

  it('een geheel getal met een komma is RW2015; in een voorbeeld en als vaste regelwaarde ook', () => {
    const basis = 'invoer n: geheel getal ten minste 0\nuitvoer u: getal\nregel u is n * 2\n';
    expect(codes(basis)).toEqual([]);
    const r = laadT(`${basis}voorbeeld "v"\n  gegeven\n    n is 17,5\n  verwacht\n    u is 35\n`);
    expect(r.diagnosen.map((d) => d.code)).toEqual(['RW2015']);
    expect(r.diagnosen[0]!.melding).toContain('moet een geheel getal zijn, maar is 17,5');
    expect(codes('invoer a: ja/nee\nuitvoer u: geheel getal van 0 tot en met 10\nregel u is 5\n  uitzondering "x" indien a dan 11\n')).toEqual(['RW2015']);
    expect(codes('invoer l: lijst van geheel getal\nuitvoer u: getal\nregel u is som van l\nvoorbeeld "v"\n  gegeven\n    l is [1, 2,5]\n  verwacht\n    u is 3,5\n')).toEqual(['RW2015']);
  });

  it('een ongeldig bereik is RW2016: verkeerde eenheid, geen vaste grens, leeg bereik', () => {
    expect(codes('invoer a: percentage van 0 tot en met 100\nuitvoer u: ja/nee\nregel u is a > 1%\n')).toEqual(['RW2016']);
    expect(codes('invoer b: getal\ninvoer a: getal ten minste b\nuitvoer u: ja/nee\nregel u is a > b\n')).toContain('RW2016');
    expect(codes('invoer a: geheel getal van 120 tot en met 15\nuitvoer u: ja/nee\nregel u is a > 1\n')).toEqual(['RW2016']);
    expect(codes('invoer a: getal van 5 tot 5\nuitvoer u: ja/nee\nregel u is a > 1\n')).toEqual(['RW2016']);
    expect(codes('invoer a: getal van 5 tot en met 5\nuitvoer u: ja/nee\nregel u is a > 1\n')).toEqual([]);
  });

  it('regel en uitvoer moeten hetzelfde bereik hebben, anders zou er een niet gecontroleerd worden (RW1013)', () => {
    expect(codes('invoer a: getal\nuitvoer u: getal\nregel u: geheel getal is a\n')).toEqual(['RW1013']);
    expect(codes('invoer a: getal\nuitvoer u: geheel getal ten minste 0\nregel u: geheel getal ten minste 0 is a\n')).toEqual([]);
    expect(codes('invoer a: getal\nuitvoer u: geheel getal ten minste 0\nregel u is a\n')).toEqual([]);
  });

  it('geheel getal is een getal: toewijzen kan beide kanten op, rekenen geeft een gewoon getal', () => {
    const r = laadT('invoer a: geheel getal ten minste 0\ninvoer b: getal\nuitvoer u: getal\nuitvoer v: geheel getal\n'
      + 'regel u is a + b\nregel v is a * 2\nregel w is -a\nregel x is als b > 0 dan a anders 1\n');
    expect(r.diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
    expect(r.gecontroleerd.regels.get('w')!.type).toEqual({ soort: 'getal' });
    expect(r.gecontroleerd.regels.get('x')!.type).toEqual({ soort: 'getal' });
    expect(r.gecontroleerd.regels.get('v')!.type).toEqual({ soort: 'getal', geheel: true });
  });
});
