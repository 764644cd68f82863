// Decision tables in the front end: the agreed syntax parses to the agreed CST rules,
// and every mistake a drafter can make in a table is a Dutch diagnostic with a code, a position
// and a suggestion.
import { describe, expect, it } from 'vitest';
import type { CstNode } from 'chevrotain';
import { laad } from '../../language/index.js';
import { lex } from '../../language/lexer.js';
import { parseTokens } from '../../language/parser.js';
import { analyseer } from '../../compiler/analysis/analyse.js';

const KOP = 'regeling T\n  bron "test"\n';

function diagnosen(bron: string): { code: string; melding: string; regel: number; kolom: number; suggestie?: string }[] {
  return laad(KOP + bron, 't.regel').diagnosen.map((d) => ({ code: d.code, melding: d.melding, regel: d.plek.regel, kolom: d.plek.kolom, ...(d.suggestie ? { suggestie: d.suggestie } : {}) }));
}

const INVOER = 'invoer leeftijd: geheel getal\ninvoer bbl: ja/nee\nuitvoer pct: percentage of leeg\n';

describe('beslistabel: syntax', () => {
  it('de kop, rijen en cellen zijn de CST-regels tabel, tabelKop, tabelRij en tabelCel', () => {
    const tekst = `${KOP}${INVOER}regel pct: percentage of leeg is tabel eerste\n  | leeftijd | bbl | pct | bron |\n  | ten minste 21 | - | 100% | "art. 2" |\n  | - | - | leeg | - |\n  bron "b"\n`;
    const p = parseTokens(lex(tekst).tokens);
    expect(p.fouten).toEqual([]);
    const regel = p.cst.children['declaratie']!.map((d) => (d as CstNode).children['regelDecl']?.[0]).find((x) => x) as CstNode;
    const tabel = regel.children['tabel']![0] as CstNode;
    expect(tabel.name).toBe('tabel');
    const kop = tabel.children['tabelKop']![0] as CstNode;
    expect(kop.children['tabelCel']).toHaveLength(4);
    expect(tabel.children['tabelRij']).toHaveLength(2);
    expect(((tabel.children['tabelRij']![0] as CstNode).children['tabelCel']![0] as CstNode).name).toBe('tabelCel');
    // the bron after the table belongs to the rule
    expect(regel.children['bronClausule']).toHaveLength(1);
  });

  it('een losse - is elke waarde, -5 en - 5 zijn negatieve getallen', () => {
    const r = laad(`${KOP}invoer a: getal\nuitvoer x: getal\nregel x: getal is tabel eerste\n  | a | x |\n  | -5 | 1 |\n  | - 5 | 2 |\n  | - | 3 |\n`, 't.regel');
    expect(r.diagnosen).toEqual([]);
    const w = r.gecontroleerd.regels.get('x')!.decl.waarde;
    if (w.kind !== 'Tabel') throw new Error('geen tabel');
    expect(w.rijen.map((x) => x.toetsen[0]!.toets.kind)).toEqual(['vergelijk', 'vergelijk', 'elk']);
    expect(w.rijen[2]!.voorwaarde.kind).toBe('JaNeeLit');
  });

  it('alle celtoetsen uit de afspraak worden gelezen', () => {
    const tekst = 'invoer a: getal\ninvoer d: datum\ninvoer k: keuze x, y, z\ninvoer l: getal of leeg\nuitvoer r: getal\n'
      + 'regel r: getal is tabel eerste\n  | a | d | k | l | r |\n'
      + '  | niet 3 | na 2026-01-01 | een van x, y | leeg | 1 |\n'
      + '  | ten hoogste 2 | voor 2026-01-01 | geen van x, y | niet leeg | 2 |\n'
      + '  | groter dan 2 | 2026-01-01 | niet z | - | 3 |\n'
      + '  | 1 tot en met 4 | - | z | - | 4 |\n'
      + '  | kleiner dan 0 | ten minste 2026-01-01 | - | - | 5 |\n';
    expect(diagnosen(tekst).filter((d) => d.code !== 'RW4009')).toEqual([]);
  });
});

describe('beslistabel: diagnosen', () => {
  it('RW1016: een rij met te veel cellen, met positie en suggestie', () => {
    const d = diagnosen(`${INVOER}regel pct: percentage of leeg is tabel eerste\n  | leeftijd | bbl | pct |\n  | 20 | ja | 80% | 3 |\n`);
    expect(d).toContainEqual(expect.objectContaining({ code: 'RW1016', regel: 8, kolom: 3, melding: 'rij 1 van de tabel heeft 4 cellen, maar de kop heeft er 3' }));
    expect(d.find((x) => x.code === 'RW1016')!.suggestie).toContain("'-'");
  });

  it('RW1016: een rij met te weinig cellen', () => {
    const d = diagnosen(`${INVOER}regel pct: percentage of leeg is tabel eerste\n  | leeftijd | bbl | pct |\n  | 21 | 100% |\n`);
    expect(d).toContainEqual(expect.objectContaining({ code: 'RW1016', regel: 8, melding: 'rij 1 van de tabel heeft 2 cellen, maar de kop heeft er 3' }));
  });

  it('RW1015: de uitvoerkolom heet niet als de regel', () => {
    const d = diagnosen(`${INVOER}regel pct: percentage of leeg is tabel eerste\n  | leeftijd | bbl | percentage-jeugd |\n  | 20 | ja | 80% |\n`);
    const f = d.find((x) => x.code === 'RW1015')!;
    expect(f).toMatchObject({ regel: 7, kolom: 22 });
    expect(f.melding).toBe("de uitvoerkolom van de tabel heet 'percentage-jeugd', maar moet de naam van de regel zijn: 'pct'");
    expect(f.suggestie).toContain("schrijf 'pct'");
  });

  it("RW1015: 'bron' alleen als laatste kolom", () => {
    const d = diagnosen(`${INVOER}regel pct: percentage of leeg is tabel eerste\n  | bron | leeftijd | pct |\n  | "x" | 20 | 80% |\n`);
    expect(d.map((x) => x.code)).toContain('RW1015');
  });

  it('RW1017: een broncel is een tekst of -', () => {
    const d = diagnosen(`${INVOER}regel pct: percentage of leeg is tabel eerste\n  | leeftijd | pct | bron |\n  | 20 | 80% | 12 |\n  | - | leeg | - |\n`);
    expect(d).toContainEqual(expect.objectContaining({ code: 'RW1017', regel: 8 }));
    expect(d.filter((x) => x.code === 'RW1017')).toHaveLength(1);
  });

  it('RW2018: een cel past niet bij haar kolom, een uitvoer niet bij de regel', () => {
    const d = diagnosen(`${INVOER}regel pct: percentage of leeg is tabel eerste\n  | leeftijd | bbl | pct |\n  | ja | ten minste 3 | € 5 |\n`);
    const codes = d.filter((x) => x.code === 'RW2018');
    expect(codes.map((x) => x.melding)).toEqual([
      "de cel 'ja' in rij 1 is ja/nee, maar kolom 'leeftijd' is geheel getal",
      "de cel 'ten minste 3' in rij 1 vergelijkt op grootte, maar kolom 'bbl' is ja/nee",
      "de uitvoer van rij 1 is bedrag, maar regel 'pct' is percentage of leeg",
    ]);
    expect(codes.every((x) => x.regel === 8)).toBe(true);
  });

  it('RW2019: leeg alleen waar het kan', () => {
    const nooitLeeg = diagnosen(`${INVOER}regel pct: percentage of leeg is tabel eerste\n  | leeftijd | pct |\n  | leeg | 1% |\n`);
    expect(nooitLeeg).toContainEqual(expect.objectContaining({ code: 'RW2019', regel: 8, kolom: 5 }));
    const uitvoerLeeg = diagnosen('invoer a: getal\nuitvoer x: getal\nregel x: getal is tabel eerste\n  | a | x |\n  | 1 | leeg |\n');
    expect(uitvoerLeeg.find((x) => x.code === 'RW2019')!.suggestie).toContain('of leeg');
    const streep = diagnosen('invoer a: getal\nuitvoer x: getal\nregel x: getal is tabel eerste\n  | a | x |\n  | 1 | - |\n');
    expect(streep.find((x) => x.code === 'RW2019')!.melding).toContain("is '-'");
    const ordeOpLeeg = diagnosen('invoer a: getal of leeg\nuitvoer x: getal\nregel x: getal is tabel eerste\n  | a | x |\n  | ten minste 1 | 1 |\n');
    expect(ordeOpLeeg.map((x) => x.code)).toContain('RW2019');
    const welLeeg = diagnosen('invoer a: getal of leeg\nuitvoer x: getal\nregel x: getal is tabel eerste\n  | a | x |\n  | leeg | 0 |\n  | niet leeg | 1 |\n');
    expect(welLeeg).toEqual([]);
  });

  it('een syntaxfout in een tabel is een Nederlandse melding', () => {
    const d = diagnosen(`${INVOER}regel pct: percentage of leeg is tabel\n  | leeftijd | pct |\n  | 20 | 80% |\n`);
    const f = d.find((x) => x.code === 'RW0002')!;
    expect(f).toMatchObject({ regel: 7, kolom: 3 });
    expect(f.melding).toBe("onverwacht '|' in een beslistabel; verwacht een van: 'eerste', 'uniek'");
  });

  it('de analyse meldt een gat, overlap en een rij die nooit beslist, met invoer en of het bewezen is', () => {
    const r = laad(`${KOP}invoer a: geheel getal\nuitvoer x: getal\nregel x: getal is tabel eerste\n  | a | x |\n  | groter dan 0 | 1 |\n  | 5 | 2 |\n`, 't.regel');
    expect(r.diagnosen).toEqual([]);
    const a = analyseer(r.gecontroleerd, { peildatum: '2026-01-01', runs: 50 }).diagnosen;
    expect(a.find((x) => x.code === 'RW4009')!.melding).toMatch(/^de tabel van regel 'x' heeft een gat \(bewezen\): geen rij past, dus de regel is leeg, bijvoorbeeld bij invoer a is -?\d+$/);
    expect(a.find((x) => x.code === 'RW4011')).toMatchObject({ plek: { regel: 8 } });
    const u = laad(`${KOP}invoer a: geheel getal\nuitvoer x: getal\nregel x: getal is tabel uniek\n  | a | x |\n  | ten minste 0 | 1 |\n  | ten hoogste 5 | 2 |\n`, 't.regel');
    const b = analyseer(u.gecontroleerd, { peildatum: '2026-01-01', runs: 50 }).diagnosen;
    expect(b.map((x) => x.code)).toEqual(['RW4010']);
    expect(b[0]!.melding).toMatch(/^rij 1 en rij 2 van de unieke tabel van regel 'x' passen samen \(bewezen\), bijvoorbeeld bij invoer a is [0-5]$/);
  });
});
