// RW0008: a number written with a point (39.5%, € 7.50, 12.50) is reported once, at the literal,
// with the literal written the Regelwerk way; the rest of the file parses and checks as meant.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { laad, leesBestand } from '../../language/index.js';
import { zonderPunt } from '../../language/lexer.js';
import { stdlibLader } from '../../compiler/node/modules.js';
import type { Declaratie } from '../../language/ast.js';
import { dagenInMaand } from '../../runtime/datum.js';

const RUNS = Number(process.env.REGELWERK_RUNS ?? 300);

type Soort = 'getal' | 'percentage' | 'bedrag';

/** A number literal of `soort`, with a decimal point (`punt`) or as Regelwerk writes it. */
const literaal = fc.record({
  soort: fc.constantFrom<Soort>('getal', 'percentage', 'bedrag'),
  heel: fc.nat({ max: 99999 }),
  fractie: fc.stringMatching(/^\d{1,4}$/),
  punt: fc.boolean(),
  spatie: fc.boolean(),
}).map(({ soort, heel, fractie, punt, spatie }) => {
  const getal = (sep: string): string => `${heel}${sep}${fractie}`;
  const schrijf = (sep: string): string => soort === 'bedrag' ? `€${spatie ? ' ' : ''}${getal(sep)}` : soort === 'percentage' ? `${getal(sep)}${spatie ? ' ' : ''}%` : getal(sep);
  return { soort, punt, tekst: schrijf(punt ? '.' : ','), goed: schrijf(',') };
});

/**
 * A policy with a literal in each position a number can take: a parameter, a rule, a comparison,
 * a list, a record field, an example's input and its expected output. Returns the text and, per
 * literal with a point, its line and column.
 */
function policy(lits: { soort: Soort; punt: boolean; tekst: string; goed: string }[]): { tekst: string; verwacht: { regel: number; kolom: number; goed: string }[] } {
  const regels: string[] = ['regeling Punt', '  bron "test"', 'soort R is gegevens { a: getal, b: bedrag }', 'invoer x: getal', 'invoer q: bedrag'];
  const verwacht: { regel: number; kolom: number; goed: string }[] = [];
  const type = (s: Soort): string => s;
  const zet = (voor: string, lit: (typeof lits)[number], na = ''): void => {
    if (lit.punt) verwacht.push({ regel: regels.length + 1, kolom: voor.length + 1, goed: lit.goed });
    regels.push(`${voor}${lit.tekst}${na}`);
  };
  lits.forEach((l, i) => {
    zet(`parameter p${i}: ${type(l.soort)} is `, l);
    regels.push(`uitvoer u${i}: ${type(l.soort)}`);
    zet(`regel u${i}: ${type(l.soort)} is p${i} + `, l);
    regels.push(`uitvoer v${i}: ja/nee`);
    zet(`regel v${i}: ja/nee is u${i} is groter dan `, l, ' en x is ten minste 0');
    regels.push(`uitvoer l${i}: lijst van ${type(l.soort)}`);
    zet(`regel l${i}: lijst van ${type(l.soort)} is [p${i}, `, l, ']');
  });
  regels.push('uitvoer r: R');
  const eerste = lits[0]!;
  const getal = lits.find((l) => l.soort === 'getal');
  if (getal) zet('regel r: R is { b: q, a: ', getal, ' }');
  else regels.push('regel r: R is { b: q, a: x }');
  regels.push('voorbeeld "een"', '  gegeven');
  if (getal) zet('    x is ', getal);
  else regels.push('    x is 1');
  regels.push('    q is € 1', '  verwacht');
  zet('    u0 is ', eerste);
  return { tekst: `${regels.join('\n')}\n`, verwacht };
}

/**
 * An existing date written with points, in one of the forms a drafter might use: year first
 * (2026.3.1, 2026.03.01) or Dutch day first (1.3.2026, 01.03.2026), with month and day in one or
 * two digits each; `iso` is the date as Regelwerk writes it.
 */
const puntDatum = fc.record({
  jaar: fc.integer({ min: 1000, max: 9999 }),
  maand: fc.integer({ min: 1, max: 12 }),
  dag: fc.integer({ min: 1, max: 31 }),
  jaarEerst: fc.boolean(),
  maandTwee: fc.boolean(),
  dagTwee: fc.boolean(),
}).map(({ jaar, maand, dag: d, jaarEerst, maandTwee, dagTwee }) => {
  const dag = Math.min(d, dagenInMaand(jaar, maand));
  const cijfers = (x: number, twee: boolean): string => (twee ? String(x).padStart(2, '0') : String(x));
  const [m, dd] = [cijfers(maand, maandTwee), cijfers(dag, dagTwee)];
  return {
    tekst: jaarEerst ? `${jaar}.${m}.${dd}` : `${dd}.${m}.${jaar}`,
    iso: `${jaar}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`,
  };
});
type PuntDatum = { tekst: string; iso: string };

/**
 * A policy with a dotted date in each place a date can take: `geldig vanaf`, a parameter's `vanaf`
 * row, a comparison, a list, an example's input and expected output, `voorbeelden peildatum` and
 * a voorbeeld's own `peildatum`. Returns the text with the dates `als` written (dotted or ISO)
 * and, per dotted date, its line, column and ISO text.
 */
function datumPolicy(ds: PuntDatum[], als: 'tekst' | 'iso'): { tekst: string; verwacht: { regel: number; kolom: number; iso: string }[] } {
  const regels: string[] = [];
  const verwacht: { regel: number; kolom: number; iso: string }[] = [];
  const zet = (voor: string, d: PuntDatum, na = ''): void => {
    verwacht.push({ regel: regels.length + 1, kolom: voor.length + 1, iso: d.iso });
    regels.push(`${voor}${d[als]}${na}`);
  };
  const eerste = ds[0]!;
  regels.push('regeling Punt', '  bron "test"');
  zet('  geldig vanaf ', eerste);
  regels.push('invoer d: datum');
  ds.forEach((d, i) => {
    regels.push(`parameter p${i}: getal`, '  bron "test"');
    zet('  vanaf ', d, ' is 1');
    regels.push(`uitvoer n${i}: ja/nee`);
    zet(`regel n${i}: ja/nee is d is na `, d, ` en p${i} is 1`);
    regels.push(`uitvoer l${i}: lijst van datum`);
    zet(`regel l${i}: lijst van datum is [d, `, d, ']');
  });
  regels.push('uitvoer u: datum', 'regel u: datum is d');
  zet('voorbeelden peildatum ', eerste);
  ds.forEach((d, i) => {
    regels.push(`voorbeeld "v${i}"`);
    zet('  peildatum ', d);
    regels.push('  gegeven');
    zet('    d is ', d);
    regels.push('  verwacht');
    zet('    u is ', d);
  });
  return { tekst: `${regels.join('\n')}\n`, verwacht };
}

/** The AST without positions: a dotted date must read exactly as its ISO form. */
function zonderPlekken(x: unknown): unknown {
  return JSON.parse(JSON.stringify(x, (k, v: unknown) => (/plek$/i.test(k) || k === 'commentaren' ? undefined : v)));
}

describe('RW0008: een datum met punten', () => {
  it('always the one diagnostic at the date, with the ISO date, read as that date, never a cascade', () => {
    fc.assert(fc.property(fc.array(puntDatum, { minLength: 1, maxLength: 3 }), (ds) => {
      const { tekst, verwacht } = datumPolicy(ds, 'tekst');
      const r = laad(tekst, 'punt.regel', stdlibLader);
      expect(r.diagnosen.map((d) => `${d.plek.regel}:${d.plek.kolom} ${d.code} ${d.suggestie}`), tekst)
        .toEqual(verwacht.map((v) => `${v.regel}:${v.kolom} RW0008 schrijf ${v.iso}`));
      // the same file written with ISO dates is clean and reads the same
      const goed = laad(datumPolicy(ds, 'iso').tekst, 'punt.regel', stdlibLader);
      expect(goed.diagnosen, tekst).toEqual([]);
      expect(zonderPlekken(r.bestand)).toEqual(zonderPlekken(goed.bestand));
    }), { numRuns: Math.ceil(RUNS / 3) });
  });

  it('zegt welke datum er bedoeld is, ook met één cijfer voor maand en dag', () => {
    expect(zonderPunt('2025.1.1')).toEqual({ soort: 'datum', tekst: '2025-01-01' });
    expect(zonderPunt('2025.12.3')).toEqual({ soort: 'datum', tekst: '2025-12-03' });
    expect(zonderPunt('1.3.2026')).toEqual({ soort: 'datum', tekst: '2026-03-01' });
    expect(zonderPunt('01.03.2026')).toEqual({ soort: 'datum', tekst: '2026-03-01' });
    expect(zonderPunt('2025.2.30')).toEqual({ soort: 'onbestaandeDatum', tekst: '2025-02-30' });
    // no date: thousands, decimals, or a date-like number with a % or €
    expect(zonderPunt('1.000.000').soort).toBe('duizendtal');
    expect(zonderPunt('2026.1').soort).toBe('decimaal');
    expect(zonderPunt('2026.1.1%').soort).toBe('onduidelijk');
    expect(zonderPunt('€ 1.3.2026').soort).toBe('onduidelijk');
  });

  it('meldt een onbestaande datum met punten één keer, duidelijk, zonder een geraden datum', () => {
    const tekst = [
      'regeling P', '  bron "x"', '  geldig vanaf 2025.2.29',
      'parameter p: getal', '  bron "x"', '  vanaf 31.4.2025 is 1',
      'invoer d: datum', 'invoer x: getal', 'uitvoer r: getal',
      'regel r: getal is x + p indien d is na 2025.2.30',
      'voorbeeld "a"', '  peildatum 2026.13.1', '  gegeven', '    x is 1', '    d is 2026-01-01', '  verwacht', '    r is 2', '',
    ].join('\n');
    const r = laad(tekst, 'p.regel', stdlibLader);
    expect(r.diagnosen.map((d) => `${d.plek.regel}:${d.plek.kolom} ${d.code} ${d.melding} | ${d.suggestie}`)).toEqual([
      "3:16 RW0008 '2025.2.29' is geen bestaande datum: februari 2025 heeft 28 dagen | schrijf een bestaande datum als JJJJ-MM-DD",
      "6:9 RW0008 '31.4.2025' is geen bestaande datum: april 2025 heeft 30 dagen | schrijf een bestaande datum als JJJJ-MM-DD",
      "10:40 RW0008 '2025.2.30' is geen bestaande datum: februari 2025 heeft 28 dagen | schrijf een bestaande datum als JJJJ-MM-DD",
      "12:13 RW0008 '2026.13.1' is geen bestaande datum: er is geen maand 13; een jaar heeft 12 maanden | schrijf een bestaande datum als JJJJ-MM-DD",
    ]);
  });
});

describe('RW0008: een punt in een getal', () => {
  it('always the one diagnostic at the literal, with the corrected literal, never a cascade', () => {
    fc.assert(fc.property(fc.array(literaal, { minLength: 1, maxLength: 4 }), (lits) => {
      const { tekst, verwacht } = policy(lits);
      const r = laad(tekst, 'punt.regel', stdlibLader);
      const punt = r.diagnosen.filter((d) => d.code === 'RW0008');
      expect(punt.map((d) => ({ regel: d.plek.regel, kolom: d.plek.kolom }))).toEqual(verwacht.map(({ regel, kolom }) => ({ regel, kolom })));
      punt.forEach((d, i) => expect(d.suggestie!.startsWith(`gebruik een komma: ${verwacht[i]!.goed}`) || d.suggestie!.startsWith('laat de punten weg'), d.suggestie).toBe(true));
      // nothing else is wrong with the file: no syntax error, no type error from a misread literal
      const anders = r.diagnosen.filter((d) => d.code !== 'RW0008' && d.ernst === 'fout');
      expect(anders, tekst).toEqual([]);
      // the same file written with commas is clean
      const goed = laad(tekst.split('\n').map((regel, i) => {
        const v = verwacht.filter((x) => x.regel === i + 1);
        return v.length ? lits.reduce((acc, l) => (l.punt ? acc.split(l.tekst).join(l.goed) : acc), regel) : regel;
      }).join('\n'), 'goed.regel', stdlibLader);
      expect(goed.diagnosen.filter((d) => d.ernst === 'fout'), tekst).toEqual([]);
    }), { numRuns: RUNS });
  });

  it('reads the literal as meant, so the checker sees the right value', () => {
    const { bestand } = leesBestand('regeling T\nregel x is 39.5% van € 7.50\n', 't.regel');
    const d = bestand.declaraties[0] as Declaratie & { kind: 'Regel' };
    expect(JSON.stringify(d.waarde)).toContain('"tekst":"39,5"');
    expect(JSON.stringify(d.waarde)).toContain('"tekst":"7,50"');
  });

  it('zegt wat er bedoeld is: decimalen, duizendtallen of een datum', () => {
    expect(zonderPunt('39.5%')).toEqual({ soort: 'decimaal', tekst: '39,5%' });
    expect(zonderPunt('€ 7.50')).toEqual({ soort: 'decimaal', tekst: '€ 7,50' });
    expect(zonderPunt('12.50')).toEqual({ soort: 'decimaal', tekst: '12,50' });
    expect(zonderPunt('€ 2.337,00')).toEqual({ soort: 'duizendtal', tekst: '€ 2337,00' });
    expect(zonderPunt('1.000.000')).toEqual({ soort: 'duizendtal', tekst: '1000000' });
    expect(zonderPunt('2026.03.01')).toEqual({ soort: 'datum', tekst: '2026-03-01' });
    const r = laad('regeling T\n  bron "x"\ninvoer a: bedrag\nuitvoer b: bedrag\nregel b is 39.5% van a afgerond op centen rekenkundig\nvoorbeeld "v"\n  peildatum 2026.03.01\n  gegeven\n    a is € 10\n  verwacht\n    b is € 3.95\n', 't.regel');
    expect(r.diagnosen.map((d) => `${d.plek.regel}:${d.plek.kolom} ${d.code} ${d.suggestie}`)).toEqual([
      '5:12 RW0008 gebruik een komma: 39,5%',
      '7:13 RW0008 schrijf 2026-03-01',
      '11:10 RW0008 gebruik een komma: € 3,95',
    ]);
  });

  it('leaves field access, dates and lists alone', () => {
    const r = laad('regeling T\n  bron "x"\nsoort W is gegevens { leeftijd: getal }\ninvoer w: W\ninvoer l: lijst van getal\nuitvoer y: getal\nregel y is w.leeftijd + l[1] + 1,5\nuitvoer d: datum\nregel d is 2026-03-01\n', 't.regel');
    expect(r.diagnosen).toEqual([]);
  });
});
