// A keyword where a name belongs is one diagnostic, RW0005, at the keyword, and nothing else: the
// parser reads it as the name that was meant (token-lints.ts, alsNaamGelezen), so no "verwacht
// ')'", no soort without its fields and no "heeft geen veld" follow. Every keyword in every name
// position: a declaration, a field of a record type, a function parameter (first and later), a key
// of a record literal and a field read. The duration unit words are names of fields and parameters
// (the natural JSON name `jaar`), and `jaar van D`, `5 jaren` keep their meaning.
import { describe, expect, it } from 'vitest';
import { laad } from '../../language/index.js';
import { evalueer } from '../../compiler/interpreter/interpreter.js';
import { EENHEIDWOORDEN, SLEUTELWOORDEN } from '../../language/keywords.js';

const KOP = 'regeling T\n  bron "t"\n';

/** Each name position, with `W` for the keyword; the offsets where W stands are where RW0005 must be. */
const PLEKKEN: readonly { readonly wat: string; readonly bron: string; readonly veld: boolean }[] = [
  { wat: 'uitvoer en regel', veld: false, bron: 'uitvoer W: getal\n  bron "t"\nregel W is 1\n  bron "t"\n' },
  { wat: 'veld van een gegevenstype', veld: true, bron: 'invoer r: gegevens { W: getal, b: getal }\n  bron "t"\nuitvoer u: getal\n  bron "t"\nregel u is r.b\n  bron "t"\n' },
  { wat: 'veld van een soort', veld: true, bron: 'soort S is gegevens { a: getal, W: getal }\ninvoer r: S\n  bron "t"\nuitvoer u: getal\n  bron "t"\nregel u is r.a\n  bron "t"\n' },
  { wat: 'eerste functieparameter', veld: true, bron: 'functie f(W: getal, a: getal): getal is a\nuitvoer u: getal\n  bron "t"\nregel u is f(1, 2)\n  bron "t"\n' },
  { wat: 'tweede functieparameter', veld: true, bron: 'functie f(a: getal, W: getal): getal is a\nuitvoer u: getal\n  bron "t"\nregel u is f(1, 2)\n  bron "t"\n' },
  { wat: 'sleutel van een gegevenswaarde en het lezen van het veld', veld: true, bron: 'uitvoer u: gegevens { W: getal }\n  bron "t"\nuitvoer v: getal\n  bron "t"\nregel u is { W: 1 }\n  bron "t"\nregel v is u.W\n  bron "t"\n' },
];

/** The keywords that are no name anywhere: not a type word that is also a name. */
const GEEN_NAAM = SLEUTELWOORDEN.filter((s) => !s.ookNaam).map((s) => s.woord);

function plaatsen(bron: string, w: string): number[] {
  const uit: number[] = [];
  const tekst = KOP + bron;
  for (let i = tekst.indexOf('W'); i >= 0; i = tekst.indexOf('W', i + 1)) uit.push(i - uit.length * (1 - w.length));
  return uit;
}

describe('een sleutelwoord als naam: één melding, geen vervolgfouten', () => {
  it('zonder sleutelwoord zijn de sjablonen foutloos', () => {
    for (const p of PLEKKEN) expect(laad(KOP + p.bron.replaceAll('W', 'naam'), 't.regel').diagnosen, p.wat).toEqual([]);
  });

  it('elk sleutelwoord op elke naamplek geeft precies één RW0005 per plek, en verder niets', () => {
    for (const w of GEEN_NAAM) {
      for (const p of PLEKKEN) {
        const eenheid = EENHEIDWOORDEN.includes(w);
        const res = laad(KOP + p.bron.replaceAll('W', w), 't.regel');
        const verwacht = eenheid && p.veld ? [] : plaatsen(p.bron, w).map((offset) => ({ code: 'RW0005', offset }));
        expect(res.diagnosen.map((d) => ({ code: d.code, offset: d.plek.offset })), `${w} als ${p.wat}`).toEqual(verwacht);
      }
    }
  });

  it('een eenheid als veld en parameter: jaar in JSON, loonjaar.jaar, { jaar: ... } en functie f(jaren: getal)', () => {
    const bron = [
      KOP.trimEnd(),
      'soort Loonjaar is gegevens { jaar: geheel getal, betaaldeUren: getal }',
      'functie maandenIn(jaren: getal, dag: getal): getal is jaren * 12 + dag * 0',
      'invoer loonjaren: lijst van Loonjaar', '  bron "t"',
      'invoer d: datum', '  bron "t"',
      'uitvoer uren: getal', '  bron "t"',
      'uitvoer jaartallen: lijst van geheel getal', '  bron "t"',
      'uitvoer slot: Loonjaar', '  bron "t"',
      'uitvoer maandenTotaal: getal', '  bron "t"',
      'uitvoer eind: datum', '  bron "t"',
      'regel uren is som van (elk l in loonjaren waarvoor l.jaar is ten minste jaar van d geeft l.betaaldeUren)', '  bron "t"',
      'regel jaartallen is loonjaren.jaar', '  bron "t"',
      'regel slot is { jaar: jaar van d, betaaldeUren: 3 }', '  bron "t"',
      'regel maandenTotaal is maandenIn(2, 1)', '  bron "t"',
      'regel eind is d + 2 jaren + (maand van d) dagen', '  bron "t"', '',
    ].join('\n');
    const res = laad(bron, 't.regel');
    expect(res.diagnosen).toEqual([]);
    const invoer = { loonjaren: [{ jaar: 2025, betaaldeUren: 10 }, { jaar: 2026, betaaldeUren: 5 }], d: '2026-03-01' };
    expect(evalueer(res.gecontroleerd, invoer, { peildatum: '2026-03-01' }).uitvoer).toEqual({
      uren: 5, jaartallen: [2025, 2026], slot: { jaar: 2026, betaaldeUren: 3 }, maandenTotaal: 24, eind: '2028-03-04',
    });
  });
});

describe('een eenheid als naam van een gebonden variabele', () => {
  it('elk jaar in ..., er is een dag in ..., voor alle week in ..., vouw maand in ... met jaren', () => {
    const bron = [
      KOP.trimEnd(),
      'invoer l: lijst van gegevens { jaar: geheel getal, uren: getal }', '  bron "t"',
      'invoer d: datum', '  bron "t"',
      'uitvoer a: lijst van getal', '  bron "t"',
      'uitvoer b: ja/nee', '  bron "t"',
      'uitvoer c: ja/nee', '  bron "t"',
      'uitvoer e: getal', '  bron "t"',
      'regel a is elk jaar in l waarvoor jaar.jaar is ten minste jaar van d geeft jaar.uren', '  bron "t"',
      'regel b is er is een dag in l waarvoor dag.uren > 3', '  bron "t"',
      'regel c is voor alle week in l geldt week.uren > 0', '  bron "t"',
      'regel e is vouw maand in l met jaren beginnend bij 0: jaren + maand.uren', '  bron "t"', '',
    ].join('\n');
    const res = laad(bron, 't.regel');
    expect(res.diagnosen).toEqual([]);
    const invoer = { l: [{ jaar: 2025, uren: 2 }, { jaar: 2026, uren: 5 }], d: '2026-03-01' };
    expect(evalueer(res.gecontroleerd, invoer, { peildatum: '2026-03-01' }).uitvoer).toEqual({ a: [5], b: true, c: true, e: 7 });
  });
});
