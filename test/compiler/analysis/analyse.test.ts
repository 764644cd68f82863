// Static analysis: planted findings in test/fixtures/analyse are flagged, each with a concrete
// input that really shows it; exact reasoning proves what it claims; the policies are clean.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { laadBestand } from '../../../compiler/node/modules.js';
import { analyseer, type AnalyseUitkomst } from '../../../compiler/analysis/analyse.js';
import { evalueer } from '../../../compiler/interpreter/interpreter.js';
import { laad } from '../../../language/index.js';
import { stdlibLader } from '../../../compiler/node/modules.js';
import type { Gecontroleerd } from '../../../language/checker.js';
import type { Diagnose } from '../../../language/diagnostics.js';

const ROOT = join(import.meta.dirname, '../../..');
const PEILDATUM = '2026-01-01';

function analyseVan(pad: string): { g: Gecontroleerd; a: AnalyseUitkomst } {
  const r = laadBestand(join(ROOT, pad));
  expect(r.diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
  return { g: r.gecontroleerd, a: analyseer(r.gecontroleerd, { peildatum: PEILDATUM, runs: 300 }) };
}

function analyseVanTekst(tekst: string, peildatum = PEILDATUM): AnalyseUitkomst {
  const r = laad(`regeling T\n  bron "test"\n${tekst}`, 't.regel', stdlibLader);
  expect(r.diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
  return analyseer(r.gecontroleerd, { peildatum, runs: 300 });
}

/** The input a finding shows ("bijvoorbeeld bij invoer a is ja; ..."), as data, and the text in drafter notation. */
function invoerUit(a: AnalyseUitkomst, d: Diagnose): Record<string, unknown> {
  expect(d.melding).toMatch(/bijvoorbeeld bij invoer \S+ is /);
  expect(d.melding).not.toMatch(/\btrue\b|\bfalse\b|\bnull\b|undefined|\d\.\d/);
  const invoer = a.tegenvoorbeelden.get(d);
  expect(invoer, d.melding).toBeDefined();
  return { ...invoer! };
}

const codes = (a: AnalyseUitkomst): string[] => a.diagnosen.map((d) => d.code);

describe('statische analyse', () => {
  it('bewijst dat een geplante uitzondering nooit van toepassing is (tegen de eis en tegen zichzelf)', () => {
    const { a } = analyseVan('test/fixtures/analyse/onbereikbaar.regel');
    const rw4001 = a.diagnosen.filter((d) => d.code === 'RW4001');
    expect(rw4001.map((d) => d.melding)).toEqual([
      expect.stringContaining("uitzondering 'meer dan alles' van regel 'aanspraak' is nooit van toepassing"),
      expect.stringContaining("uitzondering 'crisis en ondernemersrisico tegelijk'"),
    ]);
    expect(rw4001.map((d) => d.plek.regel)).toEqual([13, 14]);
    // the reachable exception is not flagged, and nothing is left to the search
    expect(codes(a)).not.toContain('RW4002');
  });

  it('vindt een geplant conflict met een invoer die het conflict echt geeft', () => {
    const { g, a } = analyseVan('test/fixtures/analyse/conflict.regel');
    const d = a.diagnosen.find((x) => x.code === 'RW4003');
    expect(d?.melding).toContain("uitzonderingen 'gemoedsbezwaard' en 'opt-out boven de grens' van regel 'premie'");
    expect(() => evalueer(g, invoerUit(a, d!), { peildatum: '2025-03-01' })).toThrow(/conflict|premie/i);
  });

  it('vindt een regel die leeg kan zijn, met een invoer waarop de evaluatie leeg stopt', () => {
    const { g, a } = analyseVan('test/fixtures/analyse/conflict.regel');
    const d = a.diagnosen.find((x) => x.code === 'RW4004');
    expect(d?.melding).toContain("regel 'drempel' kan leeg zijn");
    const invoer = invoerUit(a, d!);
    // the gap is [500, 1000]: exact reasoning picks its edge
    expect(invoer.inkomen).toBe(500);
    expect(() => evalueer(g, invoer, { peildatum: '2025-03-01' })).toThrow(/drempel/);
  });

  it('noemt de keuzewaarde die een regel vergeet', () => {
    const { g, a } = analyseVan('test/fixtures/analyse/conflict.regel');
    const d = a.diagnosen.find((x) => x.code === 'RW4005');
    expect(d?.melding).toContain("regel 'boete' onderscheidt op 'rol' maar behandelt 'bemiddelaar' niet");
    expect(invoerUit(a, d!).rol).toBe('bemiddelaar');
    expect(() => evalueer(g, invoerUit(a, d!), { peildatum: '2025-03-01' })).toThrow(/boete/);
    // the same rule is not reported twice (RW4004 is for rule 'drempel' only)
    expect(a.diagnosen.filter((x) => x.code === 'RW4004')).toHaveLength(1);
  });

  it('meldt een gat en een overlap in de perioden van een parameter', () => {
    const { g, a } = analyseVan('test/fixtures/analyse/conflict.regel');
    expect(a.diagnosen.find((x) => x.code === 'RW4007')?.melding).toBe("parameter 'tarief' heeft geen waarde van 2025-07-01 tot en met 2025-07-31");
    expect(a.diagnosen.find((x) => x.code === 'RW4006')?.melding).toContain('de rij vanaf 2025-08-01 tot en met 2025-12-31 van parameter \'tarief\' overlapt met de rij vanaf 2025-12-01');
    // and the gap is real: evaluating in it fails with the table's name
    const invoer = { inkomen: 100, gemoedsbezwaard: false, opOut: false, rol: 'uitlener' };
    expect(() => evalueer(g, invoer, { peildatum: '2025-07-15' })).toThrow(/tarief.*2025-07-15/);
  });

  it('een gat tussen "geldig vanaf" en de eerste rij van een tabel uit de stdlib', () => {
    const a = analyseVanTekst('  geldig vanaf 2023-06-01\ngebruik minimumloon\ninvoer uren: getal\nuitvoer loon: bedrag\nregel loon is uren * minimumuurloon\n');
    // only the table the policy reads: referentiemaandloon (from 2025) is not used here
    expect(a.diagnosen.map((x) => x.melding)).toEqual(["parameter 'minimumuurloon' heeft geen waarde van 2023-06-01 tot en met 2023-12-31 (de regeling geldt al, de tabel nog niet)"]);
  });

  it('bewijst zonder bevindingen wat elkaar uitsluit en wat nooit leeg is', () => {
    const { a } = analyseVan('test/fixtures/analyse/schoon.regel');
    expect(a.diagnosen).toEqual([]);
    expect(a.bewezen).toBe(2); // the pair of exceptions, and emptiness
    expect(a.nietBewezen).toBe(0);
  });

  it('rekent met hele centen en hele dagen', () => {
    const a = analyseVanTekst('invoer b: bedrag\ninvoer d: datum\nuitvoer x: getal\nregel x: getal is 0\n'
      + '  uitzondering "tussen twee centen" indien b is groter dan € 5 en b is kleiner dan € 5,01 dan 1\n'
      + '  uitzondering "tussen twee dagen" indien d is na 2025-01-01 en d is voor 2025-01-02 dan 2\n'
      + '  uitzondering "precies een cent erboven" indien b is groter dan € 5 en b is ten hoogste € 5,01 dan 3\n');
    expect(a.diagnosen.filter((d) => d.code === 'RW4001').map((d) => d.melding)).toEqual([
      expect.stringContaining("'tussen twee centen'"), expect.stringContaining("'tussen twee dagen'"),
    ]);
  });

  it('een voorwaarde buiten het exacte deel: gezocht, en eerlijk "geen bewijs"', () => {
    const a = analyseVanTekst('invoer xs: lijst van getal\nuitvoer x: getal\nregel x: getal is aantal xs\n  uitzondering "heel lang" indien aantal xs is groter dan 1000 dan 0\n  uitzondering "kort" indien aantal xs is kleiner dan 3 dan 1\n');
    expect(a.diagnosen.map((d) => [d.code, d.melding])).toEqual([
      ['RW4002', expect.stringMatching(/'heel lang'.*in geen van 300 willekeurige geldige invoeren.*geen bewijs/)],
    ]);
  });

  it('regels die op andere regels steunen: keuzes uit een regel sluiten elkaar ook uit', () => {
    const a = analyseVanTekst('invoer n: getal\nuitvoer x: getal\n'
      + 'regel grootte: keuze klein, groot is als n is kleiner dan 10 dan klein anders groot\n'
      + 'regel x: getal is 0\n  uitzondering "klein" indien grootte is klein dan 1\n  uitzondering "groot" indien grootte is groot dan 2\n');
    expect(a.diagnosen).toEqual([]);
    expect(a.bewezen).toBe(1);
  });

  it('een keuze die een regel met als ... dan ... anders berekent, wordt exact: nooit leeg is bewezen', () => {
    const a = analyseVanTekst('invoer n: getal\nuitvoer x: getal\n'
      + 'regel grootte: keuze klein, groot is als n is kleiner dan 10 dan klein anders groot\n'
      + 'regel x: getal is 1 indien grootte is klein\n  uitzondering "groot" indien n is ten minste 10 dan 2\n');
    expect(a.diagnosen).toEqual([]);
    expect(a.bewijzen).toEqual([{ kind: 'niet leeg', regel: 'x' }]);
    expect(a.nietBewezen).toBe(0);
  });

  it('een berekende keuze met een open voorwaarde blijft één waarde: klein en niet klein sluiten elkaar uit', () => {
    const a = analyseVanTekst('invoer a: getal\ninvoer b: getal\nuitvoer x: getal\n'
      + 'regel grootte: keuze klein, groot is als a is kleiner dan b * b dan klein anders groot\n'
      + 'regel x: getal is 0\n  uitzondering "k" indien grootte is klein dan 1\n  uitzondering "g" indien grootte is niet klein dan 2\n');
    expect(a.diagnosen).toEqual([]);
    expect(a.bewijzen).toEqual([{ kind: 'geen conflict', regel: 'x', uitzonderingen: [0, 1] }]);
  });

  it('eisen die elkaar tegenspreken: bewezen (RW4008), en verder niets', () => {
    const a = analyseVanTekst('invoer x: getal\n  eis x is groter dan 5 en x is kleiner dan 3\ninvoer b: ja/nee\nuitvoer y: getal\nregel y is 1\n  uitzondering "b" indien b dan 2\n');
    expect(a.diagnosen.map((d) => [d.code, d.melding])).toEqual([['RW4008', expect.stringContaining('de eisen spreken elkaar tegen')]]);
  });

  it('eisen die de zoektocht nooit haalt: de analyse eindigt, en zegt "geen bewijs"', () => {
    const a = analyseVanTekst('invoer x: getal\n  eis x * x is groter dan 10 en x * x is kleiner dan 6\ninvoer b: ja/nee\nuitvoer y: getal\nregel y is 1\n  uitzondering "b" indien b en x * 3 is groter dan 1 dan 2\n  uitzondering "c" indien b en x * 4 is groter dan 1 dan 3\n');
    expect(a.diagnosen.map((d) => [d.code, d.melding])).toEqual([['RW4008', expect.stringMatching(/geen van 1200 willekeurige invoeren.*geen bewijs/)]]);
  });

  // A gap only a computed value reaches was neither reported nor counted, while check
  // said "1 vraag bewezen onmogelijk". A rule that is a plain linear definition is now exact.
  const HALF = 'invoer b: bedrag\nuitvoer r: getal\nregel half: bedrag is b * 0,5\n'
    + 'regel r: getal is tabel uniek\n  | half | r |\n  | ten hoogste € 9,99 | 1 |\n  | ten minste € 10 | 2 |\n';
  it('een gat dat alleen een berekende waarde bereikt: bewezen gemeld, met b = € 19,99', () => {
    const r = laad(`regeling T\n  bron "test"\n${HALF}`, 't.regel', stdlibLader);
    const a = analyseer(r.gecontroleerd, { peildatum: PEILDATUM, runs: 300 });
    expect(a.diagnosen.map((d) => [d.code, d.melding])).toEqual([
      ['RW4009', "de tabel van regel 'r' heeft een gat (bewezen): geen rij past, dus de regel is leeg, bijvoorbeeld bij invoer b is € 19,99"],
    ]);
    expect(invoerUit(a, a.diagnosen[0]!)).toEqual({ b: 19.99 });
    expect(() => evalueer(r.gecontroleerd, { b: 19.99 }, { peildatum: PEILDATUM })).toThrow(/regel 'r'/);
    // only the overlap is proven impossible
    expect(a.bewijzen).toEqual([{ kind: 'geen overlap', regel: 'r', rijen: [1, 2] }]);
    expect(a.nietBewezen).toBe(0);
  });

  it('dezelfde tabel op een regel met een uitzondering (een vrije variabele): niet "bewezen", wel gevonden langs de definities', () => {
    const tekst = HALF.replace('regel half: bedrag is b * 0,5\n', 'invoer k: ja/nee\nregel half: bedrag is b * 0,5\n  uitzondering "k" indien k dan b * 0,25\n');
    const r = laad(`regeling T\n  bron "test"\n${tekst}`, 't.regel', stdlibLader);
    const a = analyseer(r.gecontroleerd, { peildatum: PEILDATUM, runs: 300 });
    // half is a free variable: the gap is searched, with the bounds each definition of half gives
    // as hints (b = € 19,99 without k, b = € 39,97 with k), not proven
    expect(a.diagnosen.map((d) => [d.code, d.melding])).toEqual([['RW4009', expect.stringContaining('heeft een gat (gevonden door willekeurig zoeken)')]]);
    const invoer = invoerUit(a, a.diagnosen[0]!);
    expect([{ b: 19.99, k: false }, { b: 39.97, k: true }]).toContainEqual(invoer);
    expect(() => evalueer(r.gecontroleerd, invoer, { peildatum: PEILDATUM })).toThrow(/regel 'r'/);
    expect(a.bewijzen).toEqual([{ kind: 'geen overlap', regel: 'r', rijen: [1, 2] }]);
  });

  it('lineaire regels worden exacte grenzen: percentages, deling, aftrekken en de constante links', () => {
    const a = analyseVanTekst('invoer b: bedrag\ninvoer n: geheel getal\nuitvoer x: getal\n'
      + 'regel netto: bedrag is (b - € 10) / 4 * 20%\nregel dubbel: getal is 3 - n * 2\nregel x: getal is 0\n'
      + '  uitzondering "tussen twee centen" indien netto is groter dan € 1 en netto is kleiner dan € 1,0001 dan 1\n'
      + '  uitzondering "geen geheel getal" indien € 5 is kleiner dan netto en dubbel is 0 dan 2\n'
      + '  uitzondering "kan" indien netto is € 1,005 dan 3\n');
    // netto = (b - 10) / 20: b > 30 en b < 30,002 heeft geen hele centen; 3 - 2n = 0 geen hele n
    expect(a.diagnosen.filter((d) => d.code === 'RW4001').map((d) => d.melding)).toEqual([
      expect.stringContaining("'tussen twee centen'"), expect.stringContaining("'geen geheel getal'"),
    ]);
    expect(a.diagnosen.filter((d) => d.melding.includes("'kan'")).map((d) => d.code)).toEqual([]);
  });

  it('een conflict buiten het exacte deel dat niet gevonden wordt, telt als "niet bewezen"', () => {
    const a = analyseVanTekst('invoer xs: lijst van getal\nuitvoer x: getal\nregel x: getal is 0\n  uitzondering "lang" indien aantal xs is groter dan 2 dan 1\n  uitzondering "leeg" indien aantal xs is kleiner dan 1 dan 2\n');
    expect(a.diagnosen).toEqual([]);
    expect(a.nietBewezen).toBe(1);
    expect(a.runs).toBe(300);
  });

  // Each of these once got a wrong "never applies" proof (RW4001) or a forgotten-value warning
  // that no input shows (RW4005): amounts of a rule are not whole cents, a dated parameter is not
  // one constant, a function may read the peildatum, float noise must not decide, and an eis
  // outside the exact part may rule out the value. The exception really applies: see `waar`,
  // which has an input for every fixture.
  const waar: Record<string, { invoer: Record<string, unknown>; peildatum: string; uitvoer: Record<string, unknown> }> = {
    'bedrag-regel-plain.regel': { invoer: { maandloon: 217.6 }, peildatum: '2026-01-01', uitvoer: { laag: true } },
    'peildatum-param.regel': { invoer: { inkomen: 60 }, peildatum: '2026-03-01', uitvoer: { hoog: true } },
    'functie-peildatum.regel': { invoer: { d: '2025-07-01' }, peildatum: '2025-06-01', uitvoer: { x: 1 } },
    'float-getal.regel': { invoer: { x: 0, y: 1e-8 }, peildatum: '2026-01-01', uitvoer: { r: 2 } },
    'keuze-open-eis.regel': { invoer: { n: 1, rol: 'uitlener' }, peildatum: '2026-01-01', uitvoer: { x: 2 } },
    'nest-26.regel': { invoer: { a0: true, a1: false, a2: false, a3: false }, peildatum: '2026-01-01', uitvoer: { x: 1 } },
  };
  const valsBewijs = readdirSync(join(ROOT, 'test/fixtures/analyse/geen-vals-bewijs'));
  it.each(valsBewijs)('geen onterecht bewijs: %s', (f) => {
    const { g, a } = analyseVan(`test/fixtures/analyse/geen-vals-bewijs/${f}`);
    expect(a.diagnosen.filter((d) => d.code === 'RW4001' || d.code === 'RW4005').map((d) => d.melding)).toEqual([]);
    // every fixture comes with an input where its exception applies: no proof could be right
    const geval = waar[f];
    expect(geval, `${f} heeft geen invoer in 'waar'`).toBeDefined();
    expect(evalueer(g, geval!.invoer, { peildatum: geval!.peildatum }).uitvoer).toEqual(geval!.uitvoer);
  });

  it('gaten buiten de geldigheid van de regeling tellen niet; een gat van één dag heet "op"', () => {
    const a = analyseVanTekst('  geldig vanaf 2024-01-01\n  geldig tot 2024-12-31\ninvoer a: getal\n'
      + 'parameter schrikkel: getal\n  vanaf 2024-01-01 tot 2024-02-28 is 1\n  vanaf 2024-03-01 is 2\n'
      + 'parameter later: getal\n  vanaf 2024-01-01 tot 2024-12-31 is 1\n  vanaf 2026-01-01 is 2\n'
      + 'parameter eerder: getal\n  vanaf 2020-01-01 tot 2020-06-30 is 1\n  vanaf 2021-01-01 is 2\n'
      + 'uitvoer b: getal\nregel b is a * schrikkel * later * eerder\n', '2024-01-01');
    expect(a.diagnosen.map((d) => d.melding)).toEqual(["parameter 'schrikkel' heeft geen waarde op 2024-02-29"]);
  });

  it('hoogstens drie conflicten per regel, dan één melding voor de rest', () => {
    const us = Array.from({ length: 6 }, (_, i) => `  uitzondering "u${i}" indien n is groter dan ${i} dan ${i + 1}\n`).join('');
    const a = analyseVanTekst(`invoer n: getal\nuitvoer x: getal\nregel x: getal is 0\n${us}`);
    const rw4003 = a.diagnosen.filter((d) => d.code === 'RW4003').map((d) => d.melding);
    expect(rw4003).toHaveLength(4);
    expect(rw4003[3]).toBe("regel 'x' heeft meer uitzonderingen die samen kunnen gelden; 12 paren zijn niet meer onderzocht");
  });

  const policies = readdirSync(join(ROOT, 'policies')).filter((f) => f.endsWith('.regel'));
  it.each(policies)('%s heeft geen bevindingen', (f) => {
    const { a } = analyseVan(`policies/${f}`);
    expect(a.diagnosen.map((d) => `${d.code} ${d.melding}`)).toEqual([]);
  });
});
