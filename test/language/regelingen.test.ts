// `gebruik regeling naam` before anything runs: the parser and the AST (named arguments, `op D`
// also under a field), loading beside the using file (RW1019 with the nearest name, RW1020 for a
// cycle of one, two or three policies, reported once where it starts, the used policy's errors
// once with its own file name), the call's checks (RW1021, RW2025, RW2026, RW2001 on a type, a
// constant outside the range) and the type of its value (a record of the outputs); the formatter
// keeps the syntax.
import { describe, expect, it } from 'vitest';
import { laad, tekstenLader } from '../../language/index.js';
import { formatteer } from '../../language/opmaak.js';
import { schrijfType } from '../../runtime/typen.js';
import type * as A from '../../language/ast.js';

const JEUGD = `regeling Jeugd
  bron "art. 8"
invoer leeftijd: geheel getal ten minste 15
invoer bbl: ja/nee
invoer dienst: keuze voltijd, deeltijd
invoer korting: percentage of leeg
uitvoer uurloon: bedrag
uitvoer recht: ja/nee
regel uurloon is als bbl of leeftijd < 18 dan € 5 anders € 10
regel recht is dienst is voltijd en korting is leeg
`;

const kop = (naam: string, gebruik: string): string => `regeling ${naam}\n  bron "x"\n${gebruik}`;
const BELLER = (regel: string): string => `${kop('Beller', 'gebruik regeling jeugd\n')}invoer l: geheel getal\ninvoer d: datum\nuitvoer u: bedrag\n${regel}\n`;

function laadMet(tekst: string, naast: Record<string, string> = { jeugd: JEUGD }): ReturnType<typeof laad> {
  return laad(tekst, 'map/beller.regel', undefined, tekstenLader(naast));
}
const codes = (r: ReturnType<typeof laad>): string[] => r.diagnosen.filter((d) => d.ernst === 'fout').map((d) => d.code);

describe('gebruik regeling: syntaxis', () => {
  it('een aanroep met benoemde invoer en op D wordt één knoop, ook onder een veld', () => {
    const r = laadMet(BELLER('regel u is jeugd(leeftijd: l, bbl: nee, dienst: voltijd).uurloon op d'));
    expect(codes(r)).toEqual([]);
    const w = r.gecontroleerd.regels.get('u')!.decl.waarde;
    expect(w.kind).toBe('Veld');
    const aanroep = (w as A.Expr & { kind: 'Veld' }).object as A.Expr & { kind: 'RegelingAanroep' };
    expect(aanroep.kind).toBe('RegelingAanroep');
    expect(aanroep.argumenten.map((a) => a.naam)).toEqual(['leeftijd', 'bbl', 'dienst']);
    expect(aanroep.datum).toMatchObject({ kind: 'Naam', naam: 'd' });
    const gebruik = r.bestand.declaraties[0]!;
    expect(gebruik).toMatchObject({ kind: 'Gebruik', naam: 'jeugd', regeling: true });
  });

  it('het type van de aanroep is gegevens met een veld per uitvoer', () => {
    const r = laadMet(`${BELLER('regel u is m.uurloon')}regel m is jeugd(leeftijd: l, bbl: nee, dienst: deeltijd) op d\n`);
    expect(codes(r)).toEqual([]);
    expect(schrijfType(r.gecontroleerd.regels.get('m')!.type)).toBe('gegevens { uurloon: bedrag, recht: ja/nee }');
  });

  it('de opmaak houdt gebruik regeling, benoemde argumenten en op D', () => {
    const tekst = BELLER('regel u is jeugd(leeftijd:l,bbl :nee,  dienst: voltijd).uurloon op d');
    const opgemaakt = (t: string): string => {
      const r = formatteer(t, 'beller.regel');
      if (!r.ok) throw new Error(r.diagnosen.map((d) => d.melding).join('\n'));
      return r.tekst;
    };
    const uit = opgemaakt(tekst);
    expect(uit).toContain('gebruik regeling jeugd\n');
    expect(uit).toContain('regel u is jeugd(leeftijd: l, bbl: nee, dienst: voltijd).uurloon op d');
    expect(opgemaakt(uit)).toBe(uit);
  });
});

describe('gebruik regeling: laden', () => {
  it('RW1019: een onbekende regeling, met de dichtstbijzijnde naam', () => {
    const r = laadMet(BELLER('regel u is € 1').replace('gebruik regeling jeugd', 'gebruik regeling jeugt'));
    const d = r.diagnosen.find((x) => x.code === 'RW1019')!;
    expect(d.melding).toBe("er is geen regeling 'jeugt' (jeugt.regel) naast deze regeling");
    expect(d.suggestie).toBe("bedoelde u 'jeugd'?");
    expect(d.plek).toMatchObject({ regel: 3, kolom: 18 });
    // without a loader (a page without files) the same code
    expect(codes(laad(BELLER('regel u is € 1'), 'beller.regel'))).toContain('RW1019');
  });

  it('RW1020: een kring van één, twee of drie regelingen, één keer gemeld waar hij begint', () => {
    const zelf = laadMet(`${kop('A', 'gebruik regeling beller\n')}invoer a: getal\nuitvoer b: getal\nregel b is a\n`, {});
    expect(zelf.diagnosen.filter((x) => x.code === 'RW1020').map((x) => [x.bestand, x.melding])).toEqual([['map/beller.regel', 'de regelingen gebruiken elkaar in een kring: beller → beller']]);
    const a = `${kop('A', 'gebruik regeling b\n')}invoer x: getal\nuitvoer y: getal\nregel y is x\n`;
    const b = `${kop('B', 'gebruik regeling a\n')}invoer x: getal\nuitvoer y: getal\nregel y is x\n`;
    const c = `${kop('C', 'gebruik regeling a\n')}invoer x: getal\nuitvoer y: getal\nregel y is x\n`;
    const twee = laadMet(c, { a, b });
    expect(twee.ok).toBe(false);
    expect(twee.diagnosen.filter((x) => x.code === 'RW1020').map((x) => [x.bestand, x.melding])).toEqual([['map/a.regel', 'de regelingen gebruiken elkaar in een kring: a → b → a']]);
    const drie = laadMet(a, { beller: a, b: b.replace('gebruik regeling a', 'gebruik regeling c'), c: c.replace('gebruik regeling a', 'gebruik regeling beller') });
    expect(drie.diagnosen.filter((x) => x.code === 'RW1020').map((x) => [x.bestand, x.melding])).toEqual([['map/beller.regel', 'de regelingen gebruiken elkaar in een kring: beller → b → c → beller']]);
  });

  it('een gebruikte regeling met een fout: haar fouten één keer, met haar eigen bestandsnaam, geen vervolgfouten', () => {
    const kapot = JEUGD.replace('regel recht is', 'regel recht is onbekend of');
    const d = `${kop('D', 'gebruik regeling jeugd\n')}invoer x: getal\nuitvoer y: getal\nregel y is x\n`;
    const r = laadMet(`${BELLER('regel u is jeugd(leeftijd: l, bbl: nee, dienst: voltijd).uurloon')}`.replace('gebruik regeling jeugd\n', 'gebruik regeling jeugd\ngebruik regeling d\n'), { jeugd: kapot, d });
    expect(r.ok).toBe(false);
    expect(r.diagnosen.filter((x) => x.ernst === 'fout').map((x) => [x.bestand, x.code])).toEqual([['map/jeugd.regel', 'RW1001']]);
  });
});

describe('gebruik regeling: de aanroep', () => {
  const meld = (regel: string, code: string): { melding: string; suggestie?: string } => {
    const r = laadMet(BELLER(regel));
    const d = r.diagnosen.find((x) => x.code === code);
    expect(d, r.diagnosen.map((x) => `${x.code} ${x.melding}`).join('\n')).toBeDefined();
    return d!;
  };

  it('RW1021: een onbekende, dubbele of naamloze invoer, en benoemde argumenten bij een functie', () => {
    expect(meld('regel u is jeugd(leeftijd: l, bbel: nee, dienst: voltijd).uurloon', 'RW1021')).toMatchObject({ melding: "regeling 'jeugd' heeft geen invoer 'bbel'", suggestie: "bedoelde u 'bbl'?" });
    expect(meld('regel u is jeugd(leeftijd: l, leeftijd: 16, bbl: nee, dienst: voltijd).uurloon', 'RW1021').melding).toBe("invoer 'leeftijd' staat twee keer in de aanroep van regeling 'jeugd'");
    expect(meld('regel u is jeugd(l, bbl: nee, dienst: voltijd).uurloon', 'RW1021').melding).toBe("een argument van regeling 'jeugd' heeft geen naam");
    const f = laadMet(`${BELLER('regel u is dubbel(x: € 1)')}functie dubbel(x: bedrag): bedrag is x * 2\n`);
    expect(f.diagnosen.find((x) => x.code === 'RW1021')!.melding).toBe("functie 'dubbel' krijgt haar argumenten zonder naam, op volgorde");
    const zelfde = laadMet(`${BELLER('regel u is jeugd(leeftijd: l, bbl: nee, dienst: voltijd).uurloon')}functie jeugd(x: bedrag): bedrag is x * 2\n`);
    expect(zelfde.diagnosen.find((x) => x.code === 'RW1002')!.melding).toBe("'jeugd' is al de naam van een gebruikte regeling ('gebruik regeling jeugd' op regel 3)");
    // a call with names of a policy that is not used
    expect(meld('regel u is loon(leeftijd: l).uurloon', 'RW1007').suggestie).toBe("een andere regeling aanroepen kan na 'gebruik regeling loon' (het bestand loon.regel in dezelfde map)");
  });

  it('RW2025: een ontbrekende invoer, behalve een die leeg mag zijn', () => {
    expect(meld('regel u is jeugd(leeftijd: l, dienst: voltijd).uurloon', 'RW2025').melding).toBe("de aanroep van regeling 'jeugd' geeft invoer 'bbl' (ja/nee) niet");
    expect(codes(laadMet(BELLER('regel u is jeugd(leeftijd: l, bbl: ja, dienst: voltijd).uurloon')))).toEqual([]);
  });

  it('RW2026: een invoer van gegevens of een lijst', () => {
    const lijst = JEUGD.replace('invoer bbl: ja/nee', 'invoer bbl: ja/nee\ninvoer uren: lijst van getal of leeg');
    const r = laadMet(BELLER('regel u is jeugd(leeftijd: l, bbl: nee, dienst: voltijd).uurloon'), { jeugd: lijst });
    expect(r.diagnosen.find((x) => x.code === 'RW2026')!.melding).toBe("invoer 'uren' van regeling 'jeugd' is lijst van getal of leeg: een aanroep kan alleen basistypen en keuzes geven, geen gegevens of lijst");
  });

  it('een verkeerd type, een keuzewoord van de ander, een constante buiten het bereik, een peildatum die geen datum is', () => {
    expect(meld('regel u is jeugd(leeftijd: l, bbl: 3, dienst: voltijd).uurloon', 'RW2001').melding).toBe("invoer 'bbl' van regeling 'jeugd' moet ja/nee zijn, maar is getal");
    expect(meld('regel u is jeugd(leeftijd: l, bbl: nee, dienst: deltijd).uurloon', 'RW1011').suggestie).toBe("bedoelde u 'deeltijd'?");
    expect(meld('regel u is jeugd(leeftijd: 14, bbl: nee, dienst: voltijd).uurloon', 'RW2015').melding).toContain("invoer 'leeftijd' van regeling 'jeugd'");
    expect(meld('regel u is jeugd(leeftijd: l, bbl: nee, dienst: voltijd).uurloon op 3', 'RW2001').melding).toBe("de peildatum van regeling 'jeugd' (na 'op') moet datum zijn, maar is getal");
    expect(meld('regel u is jeugd(leeftijd: l, bbl: nee, dienst: voltijd).uurlon', 'RW1004').suggestie).toBe("bedoelde u 'uurloon'?");
  });
});
