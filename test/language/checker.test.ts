// Checker behaviour beyond the catalogue: suggestions, leeg tracking, units, cycles.
import { describe, expect, it } from 'vitest';
import { laad } from '../../language/index.js';

const KOP = 'regeling T\n  bron "test"\n';

function codes(bron: string): string[] {
  return laad(KOP + bron, 't.regel').diagnosen.map((d) => d.code);
}

describe('checker', () => {
  it('stelt de bedoelde naam voor bij een tikfout', () => {
    const r = laad(`${KOP}invoer contracten: lijst van getal\nuitvoer n: getal\nregel n is aantal contrcten\n`, 't.regel');
    const d = r.diagnosen.find((x) => x.code === 'RW1001')!;
    expect(d.suggestie).toBe("bedoelde u 'contracten'?");
    expect(d.plek).toMatchObject({ regel: 5, kolom: 19 });
  });

  it('een regel of parameter die alleen in een eigenschap staat, is niet ongebruikt; een losse wel', () => {
    const c = codes('invoer b: getal\nparameter grens: getal is 5\nuitvoer u: getal\nregel u is b\n'
      + 'regel positief: ja/nee is b is groter dan grens\nregel los: getal is 2\neigenschap "e": positief of u is 0\n');
    expect(c.filter((x) => x.startsWith('RW3'))).toEqual(['RW3003']); // only 'los'
  });
  it('een functie die alleen in een eigenschap staat, is niet ongebruikt; een losse wel', () => {
    const c = codes('invoer b: getal\nuitvoer u: getal\nregel u is b * 2\n'
      + 'functie dubbel(x: getal): getal is x * 2\nfunctie los(x: getal): getal is x\neigenschap "e": u = dubbel(b)\n');
    expect(c).toEqual(['RW3004']); // only 'los'
  });
  it('wijst op spaties rond een minteken', () => {
    const r = laad(`${KOP}invoer einde: datum\ninvoer begin: datum\nuitvoer d: duur\nregel d is einde-begin\n`, 't.regel');
    expect(r.diagnosen.find((x) => x.code === 'RW1001')?.suggestie).toContain("'einde - begin'");
  });

  it('een leeg-bare waarde is na een test bruikbaar', () => {
    const ok = 'invoer a: datum of leeg\nuitvoer b: datum\nregel b is als a is leeg dan 2025-01-01 anders a + 1 dag\n';
    expect(codes(ok)).toEqual([]);
    const ookOk = 'invoer a: datum of leeg\nuitvoer b: ja/nee\nregel b is a is niet leeg en a is na 2025-01-01\n';
    expect(codes(ookOk)).toEqual([]);
    const fout = 'invoer a: datum of leeg\nuitvoer b: ja/nee\nregel b is a is na 2025-01-01\n';
    expect(codes(fout)).toContain('RW2002');
  });

  it('eenheden: bedrag × percentage is een bedrag, datum − datum een duur', () => {
    expect(codes('invoer a: bedrag\nuitvoer b: bedrag\nregel b is a * 10% afgerond op centen\n')).toEqual([]);
    expect(codes('invoer a: datum\ninvoer c: datum\nuitvoer b: duur\nregel b is a - c\n')).toEqual([]);
    expect(codes('invoer a: bedrag\nuitvoer b: bedrag\nregel b is a * a\n')).toContain('RW2003');
    expect(codes('invoer a: getal\nuitvoer b: bedrag\nregel b is a\n')).toContain('RW2001');
  });

  it('meldt een kring van regels met het pad', () => {
    const r = laad(`${KOP}invoer a: getal\nuitvoer x: getal\nregel x is y + a\nregel y: getal is z\nregel z: getal is x\n`, 't.regel');
    const d = r.diagnosen.filter((x) => x.code === 'RW1008');
    expect(d).toHaveLength(1);
    expect(d[0]!.melding).toMatch(/x → y → z → x|y → z → x → y|z → x → y → z/);
  });

  it('keuzewaarden worden bij hun type gezocht', () => {
    expect(codes('invoer c: keuze scholier, student, overig\nuitvoer b: ja/nee\nregel b is c is een van (scholier, student)\n')).toEqual([]);
    expect(codes('invoer c: keuze scholier, student\nuitvoer b: ja/nee\nregel b is c is studnt\n')).toContain('RW1011');
  });

  it('uitzonderingen moeten het type van de regel hebben', () => {
    expect(codes('invoer a: getal\nuitvoer b: getal\nregel b is a\n  uitzondering "nul" indien a is 0 dan 2025-01-01\n')).toContain('RW2001');
  });

  it('een stuk tekst dat geen regelbestand is eindigt in diagnosen, niet in een uitzondering', () => {
    for (const rommel of ['', '}}}}', 'regeling', '"open', 'regel regel regel', '€€€ 12,,5 %%']) {
      expect(() => laad(rommel, 'rommel.regel')).not.toThrow();
    }
  });
});
