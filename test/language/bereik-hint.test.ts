// `bereik` as a hint for generated input: on numbers, on dates, and on a list (its number of
// elements); bounds that are not whole counts (RW2030) or run backwards (RW2031); and which names
// a monotonicity property may use (an input or a rule; a list gets a suggestion).
import { describe, expect, it } from 'vitest';
import { laad } from '../../language/index.js';

const KOP = 'regeling T\n  bron "test"\n';

function diagnosen(bron: string): { code: string; melding: string; suggestie?: string }[] {
  return laad(KOP + bron, 't.regel').diagnosen.map((d) => ({ code: d.code, melding: d.melding, ...(d.suggestie ? { suggestie: d.suggestie } : {}) }));
}

describe('bereik als hint voor gegenereerde invoer', () => {
  it('een datum en een lijst mogen een bereik hebben', () => {
    expect(diagnosen('invoer geboren: datum bereik 1950-01-01 tot 2040-12-31\ninvoer jaren2: lijst van getal bereik 0 tot 40\n'
      + 'invoer bereik peil: 2000-01-01 tot 2030-12-31\ninvoer peil: datum\n'
      + 'uitvoer u: ja/nee\nregel u is geboren is voor peil en aantal jaren2 is groter dan 10\n')).toEqual([]);
  });

  it('een bereik op een lijst telt elementen: hele getallen vanaf 0 (RW2030)', () => {
    const d = diagnosen('invoer l: lijst van getal bereik 0 tot 2,5\nuitvoer n: getal\nregel n is aantal l\n');
    expect(d.map((x) => x.code)).toEqual(['RW2030']);
    expect(d[0]!.melding).toContain("schrijf hele getallen vanaf 0, zoals 'bereik 0 tot 40'");
    expect(diagnosen('invoer l: lijst van getal bereik -1 tot 2\nuitvoer n: getal\nregel n is aantal l\n').map((x) => x.code)).toEqual(['RW2030']);
  });

  it('een bereik dat na zijn einde begint is een fout met de omgekeerde als suggestie (RW2031)', () => {
    const d = diagnosen('invoer g: datum bereik 2040-12-31 tot 1950-01-01\nuitvoer u: ja/nee\nregel u is g is voor 2000-01-01\n');
    expect(d).toEqual([{ code: 'RW2031', melding: "het bereik van 'g' begint na zijn einde: 2040-12-31 tot 1950-01-01", suggestie: "schrijf 'bereik 1950-01-01 tot 2040-12-31'" }]);
    expect(diagnosen('invoer b: bedrag bereik € 10,50 tot € 2\nuitvoer u: bedrag\nregel u is b\n').map((x) => x.melding))
      .toEqual(["het bereik van 'b' begint na zijn einde: € 10,50 tot € 2"]);
  });

  it('een bereik op tekst blijft RW2001', () => {
    expect(diagnosen('invoer t: tekst bereik 1 tot 2\nuitvoer u: tekst\nregel u is t\n').map((x) => x.code)).toEqual(['RW2001']);
  });
});

describe('monotonie over een invoer of een regel', () => {
  const basis = 'invoer l: lijst van getal\ninvoer x: getal\nuitvoer u: getal\nregel n is aantal l\nregel u is n + x\n';
  it('een regel mag de bewogen grootheid zijn, en ook de uitkomst', () => {
    expect(diagnosen(`${basis}eigenschap "e": u daalt niet als n stijgt\neigenschap "f": n daalt niet als x stijgt\n`)).toEqual([]);
  });
  it('een lijst heeft geen ordening; de melding wijst op een regel die telt', () => {
    const d = diagnosen(`${basis}eigenschap "e": u daalt niet als l stijgt\n`);
    expect(d.map((x) => x.code)).toEqual(['RW2004']);
    expect(d[0]!.suggestie).toBe("noem een regel die telt wat stijgt, bijvoorbeeld 'regel aantalL is aantal l'");
  });
  it('een naam die geen invoer of regel is', () => {
    expect(diagnosen(`${basis}eigenschap "e": u daalt niet als y stijgt\n`).map((x) => x.melding)).toEqual(["'y' is geen invoer of regel"]);
  });
});
