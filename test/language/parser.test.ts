// Parser and CST -> AST: the grammar's shapes, precedence, and error recovery.
import { describe, expect, it } from 'vitest';
import { leesBestand, laad } from '../../language/index.js';
import type { Declaratie, Expr } from '../../language/ast.js';
import { controleerGrammatica } from '../../language/parser.js';
import { controleerTokens } from '../../language/lexer.js';

function regelExpr(bron: string): Expr {
  const { bestand, diagnosen } = leesBestand(`regeling T\nregel x is ${bron}\n`, 't.regel');
  expect(diagnosen).toEqual([]);
  const d = bestand.declaraties[0] as Declaratie & { kind: 'Regel' };
  return d.waarde;
}

function vorm(e: Expr): string {
  switch (e.kind) {
    case 'Rekensom': case 'Logisch': case 'Vergelijking': return `(${vorm(e.links)} ${e.op} ${vorm(e.rechts)})`;
    case 'Naam': return e.naam;
    case 'GetalLit': case 'BedragLit': case 'PercentageLit': case 'DatumLit': return e.tekst;
    case 'Niet': return `niet ${vorm(e.arg)}`;
    case 'Afronding': return `rond(${vorm(e.arg)}, ${e.decimalen}, ${e.richting})`;
    case 'LijstOp': return `${e.op}(${vorm(e.arg)})`;
    case 'Ingebouwd': return `${e.naam}(${e.argumenten.map(vorm).join(', ')})`;
    case 'Veld': return `${vorm(e.object)}.${e.veld}`;
    case 'DuurExpr': return `${vorm(e.aantal)} ${e.eenheid}`;
    case 'OpDatum': return `op(${vorm(e.arg)}, ${vorm(e.datum)})`;
    case 'IsLeeg': return `${vorm(e.arg)} is ${e.negatief ? 'niet ' : ''}leeg`;
    case 'EenVan': return `${vorm(e.waarde)} ${e.negatief ? 'geen' : 'een'} van [${e.opties.map(vorm).join(', ')}]`;
    case 'Als': return `als ${vorm(e.voorwaarde)} dan ${vorm(e.dan)} anders ${vorm(e.anders)}`;
    default: return e.kind;
  }
}

describe('grammar', () => {
  // A user's start skips Chevrotain's grammar validations (they cost ~0.3 s); here they run.
  it('passes Chevrotain\'s validations (no ambiguity, no left recursion)', () => {
    expect(() => controleerGrammatica()).not.toThrow();
  });

  it('the token table passes Chevrotain\'s lexer validations, with every pattern optimisable', () => {
    expect(() => controleerTokens()).not.toThrow();
  });
});

describe('parser', () => {
  it('vermenigvuldigen gaat voor optellen, vergelijken na rekenen', () => {
    expect(vorm(regelExpr('a + b * c is ten minste d - 1'))).toBe('((a + (b * c)) >= (d - 1))');
  });

  it('en bindt sterker dan of; niet sterker dan en', () => {
    expect(vorm(regelExpr('a of niet b en c'))).toBe('(a of (niet b en c))');
  });

  it('woordvergelijkingen en symbolen betekenen hetzelfde', () => {
    expect(vorm(regelExpr('a is groter dan b'))).toBe(vorm(regelExpr('a > b')));
    expect(vorm(regelExpr('a is ten hoogste b'))).toBe(vorm(regelExpr('a <= b')));
    expect(vorm(regelExpr('a is na b'))).toBe(vorm(regelExpr('a > b')));
    expect(vorm(regelExpr('a is niet b'))).toBe('(a != b)');
  });

  it('afronding geldt voor de hele som ervoor', () => {
    expect(vorm(regelExpr('7,5% van g afgerond op centen naar beneden'))).toBe('rond((7,5 van g), 2, naar beneden)');
    expect(vorm(regelExpr("x afgerond op euro's"))).toBe('rond(x, 0, rekenkundig)');
  });

  it('op veelvoud van: links de hele som ervoor, rechts alles tot de volgende afronding', () => {
    expect(vorm(regelExpr('3,3% van loon afgerond naar boven op veelvoud van € 0,05'))).toBe('veelvoud naar boven((3,3 van loon), 0,05)');
    expect(vorm(regelExpr('a + b afgerond naar beneden op veelvoud van c * d afgerond op centen')))
      .toBe('rond(veelvoud naar beneden((a + b), (c * d)), 2, rekenkundig)');
    expect(vorm(regelExpr('x afgerond op centen naar boven afgerond naar boven op veelvoud van y > z'))).toBe('(veelvoud naar boven(rond(x, 2, naar boven), y) > z)');
  });

  it('tijdsduur: van en tot sluiten een som af; jaar/maand/dag van en de datum met binden als aantal', () => {
    expect(vorm(regelExpr('tijdsduur van g + 1 dag tot p - 2 weken in hele jaren * 2'))).toBe('(tijdsduur jaren((g + 1 dagen), (p - 2 weken)) * 2)');
    expect(vorm(regelExpr('tijdsduur van a tot b in dagen >= 7'))).toBe('(tijdsduur dagen(a, b) >= 7)');
    expect(vorm(regelExpr('jaar van d + 1'))).toBe('(jaar van(d) + 1)');
    expect(vorm(regelExpr('20% van maand van d'))).toBe('(20 van maand van(d))');
    expect(vorm(regelExpr('de datum met jaar jaar van p, maand 1 en dag 1 + 3 maanden'))).toBe('(datum met(jaar van(p), 1, 1) + 3 maanden)');
  });

  it('reeks van A tot en met B: tot en met sluit A af, B reikt tot een som; reeks blijft ook een naam', () => {
    expect(vorm(regelExpr('reeks van a + 1 tot en met n - 1'))).toBe('reeks((a + 1), (n - 1))');
    expect(vorm(regelExpr('aantal reeks van 1 tot en met n * 2'))).toBe('aantal(reeks(1, (n * 2)))');
    expect(vorm(regelExpr('reeks van 1 tot en met n afgerond op centen'))).toBe('rond(reeks(1, n), 2, rekenkundig)');
    expect(vorm(regelExpr('reeks + 1'))).toBe('(reeks + 1)');
    expect(vorm(regelExpr('x.reeks'))).toBe('x.reeks');
  });

  it('P op D: bindt als een veld, de datum is één postfix-expressie (haakjes voor een som)', () => {
    expect(vorm(regelExpr('minimumuurloon op einde * 38'))).toBe('(op(minimumuurloon, einde) * 38)');
    expect(vorm(regelExpr('minimumuurloon op c.einde + 1 dag'))).toBe('(op(minimumuurloon, c.einde) + 1 dagen)');
    expect(vorm(regelExpr('minimumuurloon op (einde - 1 dag)'))).toBe('op(minimumuurloon, (einde - 1 dagen))');
    expect(vorm(regelExpr('a + p op 2025-07-01 afgerond op centen'))).toBe('rond((a + op(p, 2025-07-01)), 2, rekenkundig)');
  });

  it('duur, veld, lijstbewerkingen en leeg', () => {
    expect(vorm(regelExpr('c.einde + 1 dag + n weken'))).toBe('((c.einde + 1 dagen) + n weken)');
    expect(vorm(regelExpr('aantal k > 0'))).toBe('(aantal(k) > 0)');
    expect(vorm(regelExpr('x is niet leeg'))).toBe('x is niet leeg');
    expect(vorm(regelExpr('c is een van (a, b)'))).toBe('c een van [a, b]');
    expect(vorm(regelExpr('als a dan 1 anders als b dan 2 anders 3'))).toBe('als a dan 1 anders als b dan 2 anders 3');
  });

  it('namen met koppeltekens zijn één naam; min met spaties is aftrekken', () => {
    expect(vorm(regelExpr('ib-ondernemer'))).toBe('ib-ondernemer');
    expect(vorm(regelExpr('einde - begin'))).toBe('(einde - begin)');
  });

  it('een typewoord is ook een naam, behalve waar een type staat', () => {
    // the youth minimum wage policy's interface has an output called `percentage`
    const bron = [
      'regeling T',
      'invoer datum: datum',
      'invoer r: gegevens { tekst: tekst, bedrag: bedrag }',
      'uitvoer percentage: percentage of leeg',
      'uitvoer getal: getal',
      'regel percentage: percentage of leeg is als datum is na 2026-01-01 dan 50% anders leeg',
      'regel getal: getal is als percentage is leeg dan 0 anders (percentage van r.bedrag) / € 1',
      'eigenschap "p": percentage, getal hangt niet af van r',
    ].join('\n');
    const r = laad(bron, 't.regel');
    expect(r.diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
    const regels = r.bestand.declaraties.filter((d) => d.kind === 'Regel');
    expect(regels.map((d) => d.naam)).toEqual(['percentage', 'getal']);
    expect(vorm((regels[1] as Declaratie & { kind: 'Regel' }).waarde)).toBe('als percentage is leeg dan 0 anders ((percentage van r.bedrag) / 1)');
    // a soort can not take a type word's name: in a type position the word is the type
    const soort = laad('regeling T\nsoort datum: getal\n', 't.regel');
    expect(soort.diagnosen.map((d) => d.code)).toContain('RW0005');
  });

  it('Nederlandse getallen, bedragen, percentages en datums', () => {
    const e = regelExpr('[7,5, € 2294,40, 12,5%, 2024-02-29]');
    expect(e.kind).toBe('LijstLit');
    if (e.kind === 'LijstLit') expect(e.elementen.map((x) => x.kind)).toEqual(['GetalLit', 'BedragLit', 'PercentageLit', 'DatumLit']);
  });

  it('commentaar blijft bewaard', () => {
    const { bestand } = leesBestand('-- kop\nregeling T -- staart\n', 't.regel');
    expect(bestand.commentaren.map((c) => c.tekst)).toEqual(['kop', 'staart']);
  });

  it('herstelt na fouten en meldt ze allemaal in één keer', () => {
    const bron = [
      'regeling T',
      'invoer a: getal',
      'regel b is a +',          // missing operand
      'invoer c getal',          // missing ':'
      'regel d is (a * 2',       // missing ')'
      'uitvoer e: getal',
      'regel e is a',
    ].join('\n');
    const r = laad(bron, 't.regel');
    const syntax = r.diagnosen.filter((d) => d.code === 'RW0002');
    expect(syntax.length).toBeGreaterThanOrEqual(3);
    expect(new Set(syntax.map((d) => d.plek.regel)).size).toBeGreaterThanOrEqual(2);
    for (const d of syntax) expect(d.melding).toMatch(/verwacht|onverwacht/);
    // the declarations after the errors are still there
    expect(r.bestand.declaraties.some((d) => d.kind === 'Regel' && d.naam === 'e')).toBe(true);
  });
});

describe('de lijst van verwachte woorden', () => {
  it("schrijft een sleutelwoord zoals de opsteller het schrijft: euro's, niet euros", () => {
    const r = laad('regeling X\n  bron "x"\nuitvoer u: bedrag\nregel u is € 1 afgerond op\n', 'e.regel');
    const melding = r.diagnosen.find((d) => d.code === 'RW0002')?.melding ?? '';
    expect(melding).toContain("'euro's'");
    expect(melding).not.toContain("'euros'");
  });
});

describe('een berekening als jaar of maand van de datum met', () => {
  // J and M bind as the operand of `aantal L`: a sum stops at its sign, and the parser alone says
  // only that it expected ',' or 'en'
  it.each([
    ['de datum met jaar jaar van d + 1, maand 1 en dag 1', 29, "verwacht ',', maar vond '+'"],
    ['de datum met jaar 2026, maand maand van d - 1 en dag 1', 42, "verwacht 'en', maar vond '-'"],
  ])('%s: RW0002 met de haakjes als suggestie', (expressie, kolom, melding) => {
    const r = laad(`regeling X\n  bron "x"\ninvoer d: datum\nuitvoer u: datum\nregel u is ${expressie}\n`, 'k.regel');
    const fouten = r.diagnosen.filter((d) => d.code === 'RW0002');
    expect(fouten[0]).toMatchObject({ melding, plek: { regel: 5, kolom: 12 + kolom } });
    expect(fouten[0]!.suggestie).toBe('zet een berekening als jaar of maand tussen haakjes: de datum met jaar (jaar van d + 1), maand 1 en dag 1');
    // with the brackets it is read as meant
    const goed = laad(`regeling X\n  bron "x"\ninvoer d: datum\nuitvoer u: datum\nregel u is ${expressie.replace(/(jaar|maand) ((?:jaar|maand) van d [-+] 1)/, '$1 ($2)')}\n`, 'k.regel');
    expect(goed.diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
  });

  it('een ander rekenteken dat de parser niet verwacht houdt zijn melding zonder die suggestie', () => {
    const r = laad('regeling X\n  bron "x"\nuitvoer u: getal\nregel u is (1 + ) * 2\n', 'k.regel');
    expect(r.diagnosen.find((d) => d.code === 'RW0002')?.suggestie).toBeUndefined();
  });
});
