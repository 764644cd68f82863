// The `regelwerk` command end to end, as a user runs it: exit codes, stdout JSON, Dutch stderr.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, regelwerk, regelwerkProces, tijdelijkeMap } from './cli-hulp.js';

const { map, bestand } = tijdelijkeMap('regelwerk-cli-');
beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/compiler/node/cli.js'))) spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
});

const VIER = {
  categorie: 'overig',
  caoSeizoensverkorting: false,
  contracten: [
    { begin: '2023-01-01', einde: '2023-06-30', seizoenswerk: false },
    { begin: '2023-07-01', einde: '2023-12-31', seizoenswerk: false },
    { begin: '2024-01-01', einde: '2024-12-31', seizoenswerk: false },
    { begin: '2025-01-01', einde: '2025-12-31', seizoenswerk: false },
  ],
};

describe('bin/regelwerk.js als proces', () => {
  it('geeft de exitcode van de opdracht door en schrijft de uitvoer op stdout', () => {
    const goed = regelwerkProces(['run', 'policies/ketenbepaling.regel', '--invoer', 'policies/voorbeelden/ketenbepaling-vier-contracten.json', '--peildatum', '2026-03-01']);
    expect(goed.code, goed.err).toBe(0);
    expect(JSON.parse(goed.out)).toHaveProperty('onbepaaldeTijd');
    const fout = regelwerkProces(['check', 'bestaat-niet.regel']);
    expect(fout.code).toBe(2);
    expect(fout.out).toBe('');
    expect(fout.err).toContain("'bestaat-niet.regel'");
  });
});

describe('regelwerk check', () => {
  it('een schone regeling: exit 0', async () => {
    const r = await regelwerk('check', 'policies/ketenbepaling.regel');
    expect(r.code).toBe(0);
    expect(r.err).toContain('0 fout(en)');
  });
  it('een kapot bestand: elke fout met plek, code en Nederlandse melding, exit 1', async () => {
    const p = bestand('kapot.regel', 'regeling K\n  bron "x"\ninvoer a: getal\nuitvoer b: bedrag\nregel b is a +\nregel c: getal is onbekend\n');
    const r = await regelwerk('check', p);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/kapot\.regel:6:1: RW0002: /);
    expect(r.err).toMatch(/kapot\.regel:6:\d+: RW1001: onbekende naam 'onbekend'/);
  });
  it('een bestand dat niet bestaat: exit 2', async () => {
    expect((await regelwerk('check', 'bestaat-niet.regel')).code).toBe(2);
  });
  it('een verschreven sleutelwoord: "bedoelde u het sleutelwoord ...?", en geen Engelse tokennamen', async () => {
    const r = await regelwerk('check', bestand('rgel.regel', 'regeling K\n  bron "x"\ninvoer c: getal\nuitvoer e: getal\nrgel e is c\n'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/rgel\.regel:5:1: RW0002: .*\n(.*\n)*  bedoelde u het sleutelwoord 'regel'\?/);
    expect(r.err).not.toContain('EOF');
  });
  it('te diep genest: een diagnose (RW0006), geen crash', async () => {
    const r = await regelwerk('check', bestand('diep.regel', `regeling K\n  bron "x"\ninvoer a: getal\nuitvoer b: getal\nregel b is ${'-('.repeat(300)}a${')'.repeat(300)}\n`));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/diep\.regel:5:\d+: RW0006: /);
    expect(r.err).not.toContain('interne fout');
  });
  it('een lange som is geen nesting: 1.500 termen gaan door check', async () => {
    const r = await regelwerk('check', bestand('lang.regel', `regeling K\n  bron "x"\ninvoer a: getal\nuitvoer b: getal\nregel b is ${Array(1500).fill('a').join(' + ')}\n`));
    expect(r.err).not.toContain('RW0006');
    expect(r.code).toBe(0);
  });
  it('analyse: geplante bevindingen als waarschuwingen met code, exit 0', async () => {
    const r = await regelwerk('check', 'test/fixtures/analyse/conflict.regel', '--runs', '200');
    expect(r.code).toBe(0);
    for (const code of ['RW4003', 'RW4004', 'RW4005', 'RW4006', 'RW4007']) expect(r.err).toMatch(new RegExp(`conflict\\.regel:\\d+:\\d+: ${code}: waarschuwing: `));
    expect(r.err).toContain('0 fout(en), 5 waarschuwing(en)');
  });
});

describe('aanroepfouten', () => {
  it('een onbekende optie: Nederlandse melding, exit 2', async () => {
    const r = await regelwerk('run', 'policies/ketenbepaling.regel', '--invoer', 'policies/voorbeelden/ketenbepaling.json', '--onbekend');
    expect(r.code).toBe(2);
    expect(r.err).toContain("regelwerk: onbekende optie '--onbekend'");
    expect(r.err).not.toContain('interne fout');
  });
  it('--help bij een opdracht toont de hulp, exit 0', async () => {
    const r = await regelwerk('run', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('gebruik:');
  });
  it('--runs zonder geldige waarde: exit 2', async () => {
    expect((await regelwerk('test', '--runs', '-5')).code).toBe(2);
    expect((await regelwerk('check', 'policies/uitzendfasen.regel', '--runs=0')).code).toBe(2);
  });
});

describe('regelwerk run', () => {
  it('drukt de uitvoer af als JSON', async () => {
    const r = await regelwerk('run', 'policies/ketenbepaling.regel', '--invoer', bestand('vier.json', JSON.stringify(VIER)));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ onbepaaldeTijd: true, onbepaaldeTijdVanaf: '2025-01-01', aantalInKeten: 4, ketenBegin: '2023-01-01' });
  });
  it('een array van invoer geeft een array in dezelfde volgorde', async () => {
    const r = await regelwerk('run', 'policies/ketenbepaling.regel', '--invoer', 'policies/voorbeelden/ketenbepaling.json');
    expect(r.code).toBe(0);
    const uit = JSON.parse(r.out) as { aantalInKeten: number }[];
    expect(uit.map((x) => x.aantalInKeten)).toEqual([4, 1, 5]);
  });
  it('--uitleg noemt per uitvoer de beslissende regel met haar bron', async () => {
    const r = await regelwerk('run', 'policies/ketenbepaling.regel', '--invoer', bestand('vier2.json', JSON.stringify(VIER)), '--uitleg', '--peildatum', '2026-03-01');
    const { uitleg } = JSON.parse(r.out) as { uitleg: { peildatum: string; uitvoer: Record<string, { regel: string; bron: string; besluit: { soort: string } }> } };
    expect(uitleg.peildatum).toBe('2026-03-01');
    expect(uitleg.uitvoer.onbepaaldeTijdVanaf!.bron).toMatch(/Bijlage 2/);
    const scholier = await regelwerk('run', 'policies/ketenbepaling.regel', '--invoer', bestand('sch.json', JSON.stringify({ ...VIER, categorie: 'scholier' })), '--uitleg');
    const s = JSON.parse(scholier.out) as { uitleg: { uitvoer: Record<string, { besluit: { soort: string; naam?: string } }> } };
    expect(s.uitleg.uitvoer.onbepaaldeTijdVanaf!.besluit).toMatchObject({ soort: 'uitzondering', naam: 'scholier' });
  });
  it('ongeldige invoer: Nederlandse melding met veldpad op stderr, exit 2, niets op stdout', async () => {
    const kapot = { ...VIER, contracten: [{ begin: '2025-02-30', einde: '2025-03-01', seizoenswerk: false }] };
    const r = await regelwerk('run', 'policies/ketenbepaling.regel', '--invoer', bestand('kapot.json', JSON.stringify(kapot)));
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain("ongeldige invoer bij 'contracten[0].begin'");
    const leeg = await regelwerk('run', 'policies/ketenbepaling.regel', '--invoer', bestand('leeg.json', JSON.stringify({ ...VIER, contracten: [] })));
    expect(leeg.code).toBe(2);
    const omgekeerd = { ...VIER, contracten: [{ begin: '2025-03-01', einde: '2025-01-01', seizoenswerk: false }] };
    expect((await regelwerk('run', 'policies/ketenbepaling.regel', '--invoer', bestand('om.json', JSON.stringify(omgekeerd)))).err).toContain("'contracten[0]'");
    expect((await regelwerk('run', 'policies/ketenbepaling.regel', '--invoer', bestand('geenjson.json', '{kapot'))).code).toBe(2);
  });
  it('--parameter overschrijft een parameter voor deze run', async () => {
    const r = await regelwerk('run', 'policies/ketenbepaling.regel', '--invoer', bestand('p.json', JSON.stringify(VIER)), '--parameter', 'maximumAantal=4');
    expect(JSON.parse(r.out)).toMatchObject({ onbepaaldeTijd: false, aantalInKeten: 4 });
    expect((await regelwerk('run', 'policies/ketenbepaling.regel', '--invoer', bestand('p2.json', JSON.stringify(VIER)), '--parameter', 'bestaatNiet=4')).code).toBe(2);
  });
  it.each(['compiled', 'interpreter'])('een eis over een parameter volgt --parameter (%s)', async (engine) => {
    const beleid = bestand('eis.regel', 'regeling E\n  bron "x"\nparameter grens: getal is 10\ninvoer x: getal\n  eis x is ten hoogste grens melding "x boven de grens"\nuitvoer y: getal\nregel y is x\n');
    const invoer = bestand('eis.json', JSON.stringify({ x: 15 }));
    const standaard = await regelwerk('run', beleid, '--invoer', invoer, '--engine', engine);
    expect(standaard.code).toBe(2);
    expect(standaard.err).toContain('x boven de grens');
    const ruimer = await regelwerk('run', beleid, '--invoer', invoer, '--engine', engine, '--parameter', 'grens=20');
    expect(ruimer.code).toBe(0);
    expect(JSON.parse(ruimer.out)).toEqual({ y: 15 });
    expect((await regelwerk('run', beleid, '--invoer', bestand('eis2.json', JSON.stringify({ x: 8 })), '--engine', engine, '--parameter', 'grens=5')).code).toBe(2);
  });
  it.each(['compiled', 'interpreter'])('--parameter met te veel decimalen of een reuzengetal: de melding schrijft het getal zoals de opsteller (%s)', async (engine) => {
    const beleid = bestand('loon.regel', 'regeling L\n  bron "x"\nparameter minimumuurloon: bedrag is € 14,00\nparameter pp: getal ten hoogste 100 is 1\ninvoer b: bedrag\nuitvoer u: bedrag\nregel u is minimumuurloon + b * pp\n');
    const invoer = bestand('loon.json', JSON.stringify({ b: 1 }));
    // was: maar kreeg 14.001 (fourteen thousand and one to a Dutch reader)
    const decimalen = await regelwerk('run', beleid, '--invoer', invoer, '--engine', engine, '--parameter', 'minimumuurloon=14,001');
    expect(decimalen.code).toBe(2);
    expect(decimalen.err).toContain("een bedrag heeft hoogstens 2 decimalen (centen), maar kreeg 14,001");
    // was: 401 digits
    const groot = await regelwerk('run', beleid, '--invoer', invoer, '--engine', engine, '--parameter', 'pp=1e400');
    expect(groot.code).toBe(2);
    expect(groot.err).toContain('moet ten hoogste 100 zijn, maar kreeg 1·10^400');
  });
});

describe('regelwerk test', () => {
  it('draait de voorbeelden van de ketenbepaling', async () => {
    const r = await regelwerk('test', 'policies/ketenbepaling.regel');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/: \d+ geslaagd, 0 mislukt/);
  });
  it('een mislukt voorbeeld: exit 1 met het verschil', async () => {
    const p = bestand('fout.regel', 'regeling F\n  bron "x"\ninvoer a: getal\nuitvoer b: getal\nregel b is a * 2\nvoorbeeld "dubbel"\n  gegeven a is 2\n  verwacht b is 5\n');
    const r = await regelwerk('test', p);
    expect(r.code).toBe(1);
    expect(r.out).toContain('b: verwacht 5, kreeg 4');
  });
});

describe('regelwerk compile en run --engine', () => {
  it('schrijft .ts, .js en .d.ts met de vaste module-interface', async () => {
    const uit = join(map(), 'gen');
    const r = await regelwerk('compile', 'policies/ketenbepaling.regel', '--uit', uit);
    expect(r.code, r.err).toBe(0);
    const ts = readFileSync(join(uit, 'ketenbepaling.ts'), 'utf8');
    for (const s of ['export interface Invoer', 'export interface Uitvoer', 'export function evalueer(', 'export function evalueerMetUitleg(', 'export const regeling', "from '@regelwerk/runtime'"]) {
      expect(ts).toContain(s);
    }
    expect(ts).not.toMatch(/\bany\b/);
    // the bron is quoted and escaped like every text from the policy (it cannot end the comment)
    expect(ts).toMatch(/\/\*\* regel onbepaaldeTijdVanaf: "Kamerbrief/);
    const dts = readFileSync(join(uit, 'ketenbepaling.d.ts'), 'utf8');
    expect(dts).toContain('export declare function evalueer(invoer: Invoer, opties?: Opties): Uitvoer;');
    expect(existsSync(join(uit, 'ketenbepaling.js'))).toBe(true);
  });
  it('--opmaak: de .ts is die zonder, opgemaakt met prettier; de declaraties blijven gelijk', async () => {
    const kaal = join(map(), 'kaal');
    const opgemaakt = join(map(), 'opgemaakt');
    expect((await regelwerk('compile', 'policies/minimumjeugdloon.regel', '--uit', kaal)).code).toBe(0);
    expect((await regelwerk('compile', 'policies/minimumjeugdloon.regel', '--uit', opgemaakt, '--opmaak')).code).toBe(0);
    const ts = readFileSync(join(kaal, 'minimumjeugdloon.ts'), 'utf8');
    const prettier = await import('prettier');
    const verwacht = await prettier.format(ts, { parser: 'babel-ts', singleQuote: true, printWidth: 110 });
    expect(readFileSync(join(opgemaakt, 'minimumjeugdloon.ts'), 'utf8')).toBe(verwacht);
    expect(verwacht).not.toBe(ts);
    // the declarations are TypeScript's print of the same types either way
    expect(readFileSync(join(opgemaakt, 'minimumjeugdloon.d.ts'), 'utf8')).toBe(readFileSync(join(kaal, 'minimumjeugdloon.d.ts'), 'utf8'));
  });
  it('een regeling met fouten wordt niet gecompileerd', async () => {
    const p = bestand('fout2.regel', 'regeling F\n  bron "x"\nuitvoer b: getal\nregel b is onbekend\n');
    expect((await regelwerk('compile', p, '--uit', join(map(), 'gen2'))).code).toBe(1);
  });
  it('--engine compiled en --engine interpreter geven dezelfde uitvoer en uitleg', async () => {
    const invoer = bestand('beide.json', JSON.stringify([VIER, { ...VIER, categorie: 'scholier' }]));
    const a = await regelwerk('run', 'policies/ketenbepaling.regel', '--invoer', invoer, '--engine', 'compiled', '--uitleg', '--peildatum', '2026-03-01');
    const b = await regelwerk('run', 'policies/ketenbepaling.regel', '--invoer', invoer, '--engine', 'interpreter', '--uitleg', '--peildatum', '2026-03-01');
    expect(a.code, a.err).toBe(0);
    expect(a.out).toBe(b.out);
    const kapot = bestand('kapot3.json', JSON.stringify({ ...VIER, categorie: 'niemand' }));
    const c = await regelwerk('run', 'policies/ketenbepaling.regel', '--invoer', kapot, '--engine', 'compiled');
    const d = await regelwerk('run', 'policies/ketenbepaling.regel', '--invoer', kapot, '--engine', 'interpreter');
    expect([c.code, c.err]).toEqual([d.code, d.err]);
    expect(c.code).toBe(2);
  });
});

describe('regelingen met gedateerde bedragen', () => {
  const AOV = {
    ondernemersvorm: 'ib-ondernemer', metPersoneel: false, gemoedsbezwaard: false, bestaandePrivateAov: false,
    optOut: false, privateVerzekeringGelijkwaardig: false, jaarinkomen: 42500, arbeidsongeschiktVanaf: '2026-02-10',
  };
  it('AOV op peildatum 2026-03-01: uitkomsten en een uitleg die de brief en de minimumloonrij noemt', async () => {
    const r = await regelwerk('run', 'policies/aov-zelfstandigen.regel', '--invoer', bestand('aov.json', JSON.stringify(AOV)), '--peildatum', '2026-03-01', '--uitleg');
    expect(r.code, r.err).toBe(0);
    const { uitvoer, uitleg } = JSON.parse(r.out) as { uitvoer: Record<string, unknown>; uitleg: unknown };
    // 12 × 2294,40 = 27532,80; grondslag capped at 143 % = 39371,904 -> 39371,90; premie 7,5 % -> 2952,89
    expect(uitvoer).toEqual({
      inKringVanVerzekerden: true, verplichtVerzekerd: true, wmlPerJaar: 27532.8, premieGrondslag: 39371.9,
      premiePerJaar: 2952.89, verzekerdeUitkeringPerJaar: 27532.8, uitkeringVanaf: '2027-02-10',
    });
    const tekst = JSON.stringify(uitleg);
    expect(tekst).toContain('§ 3a');
    expect(tekst).toContain('"naam":"referentiemaandloon","waarde":2294.4,"vanaf":"2026-01-01"');
  });
  it('AOV op peildatum 2020-01-01: een duidelijke fout over de ontbrekende minimumloonrij, exit 2', async () => {
    const r = await regelwerk('run', 'policies/aov-zelfstandigen.regel', '--invoer', bestand('aov2.json', JSON.stringify(AOV)), '--peildatum', '2020-01-01');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/parameter 'referentiemaandloon' heeft geen waarde op 2020-01-01: de tabel begint op 2025-01-01/);
  });
  it('de uitleg als tekst schrijft waarden met hun eenheid, exacte tussenbedragen volledig', async () => {
    const r = await regelwerk('run', 'policies/aov-zelfstandigen.regel', '--invoer', bestand('aov4.json', JSON.stringify({ ...AOV, jaarinkomen: 50000 })), '--peildatum', '2026-03-01', '--uitleg', '--formaat', 'tekst');
    expect(r.code).toBe(0);
    expect(r.out).toContain('wmlPerJaar = € 27532,80   [basisregel]');
    expect(r.out).toContain('maximaleGrondslag = € 39371,904'); // 143 % of 27.532,80, not rounded
    expect(r.out).toMatch(/parameter premiepercentage = 7,5% — /);
    expect(r.out).toMatch(/parameter wachttijd = 12 maanden — /);
  });
  it('de uitleg als tekst schrijft gegevens, lijsten en keuzes zoals de opsteller ze schrijft, niet als JSON', async () => {
    const beleid = bestand('notatie.regel', `regeling N
  bron "x"
invoer s: gegevens { b: bedrag, j: ja/nee }
invoer k: lijst van keuze prototype, constructor
invoer lang: lijst van bedrag
uitvoer r: gegevens { b: bedrag, j: ja/nee, s: tekst, l: lijst van getal, p: percentage }
uitvoer t: bedrag
uitvoer kk: lijst van keuze prototype, constructor
uitvoer ll: lijst van bedrag
regel r is { b: € 1,5, j: ja, s: "a", l: [0,5], p: 7,5% }
regel t is s.b
regel kk is k
regel ll is lang
`);
    const invoer = bestand('notatie.json', JSON.stringify({ s: { b: 1.5, j: true }, k: ['prototype'], lang: Array.from({ length: 30 }, (_, i) => i + 0.5) }));
    const r = await regelwerk('run', beleid, '--invoer', invoer, '--peildatum', '2026-03-01', '--uitleg', '--formaat', 'tekst');
    expect(r.code).toBe(0);
    // was: r = {"b":1.5,"j":true,"s":"a","l":[0.5],"p":7.5}, invoer s = {"b":1.5,"j":true}, ["prototype"]
    expect(r.out).toContain('r = { b: € 1,50, j: ja, s: "a", l: [0,5], p: 7,5% }   [basisregel]');
    expect(r.out).toContain('invoer s = { b: € 1,50, j: ja }');
    expect(r.out).toContain('kk = [prototype]   [basisregel]');
    expect(r.out).toContain('invoer k = [prototype]');
    // a long list stays shortened, its elements in the same notation
    expect(r.out).toContain('ll = [€ 0,50, € 1,50, € 2,50, € 3,50, € 4,50, … 20 weggelaten …, € 25,50, € 26,50, € 27,50, € 28,50, € 29,50] (30 elementen)   [basisregel]');
  });
  it('zonder --peildatum geldt vandaag, en de uitleg zegt dat', async () => {
    const r = await regelwerk('run', 'policies/aov-zelfstandigen.regel', '--invoer', bestand('aov3.json', JSON.stringify(AOV)), '--uitleg');
    const { uitleg } = JSON.parse(r.out) as { uitleg: { peildatum: string; peildatumGekozen: string } };
    expect(uitleg.peildatumGekozen).toBe('vandaag');
    expect(uitleg.peildatum).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('de voorbeeldinvoer van elke regeling', () => {
  const paren = readdirSync(join(ROOT, 'policies/voorbeelden'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f, `policies/${f.replace(/-vier-contracten/, '').replace(/\.json$/, '.regel')}`] as const);
  it.each(paren)('%s: compiled en interpreter geven dezelfde uitvoer en uitleg', async (json, regeling) => {
    const args = ['run', regeling, '--invoer', `policies/voorbeelden/${json}`, '--peildatum', '2026-03-01', '--uitleg'];
    const a = await regelwerk(...args, '--engine', 'compiled');
    const b = await regelwerk(...args, '--engine', 'interpreter');
    expect(a.code, a.err).toBe(0);
    expect(a.out).toBe(b.out);
  });
});

describe('bereiken en gehele getallen', () => {
  it.each(['compiled', 'interpreter'])('--parameter buiten het bereik: melding met de parameter en het bereik, exit 2 (%s)', async (engine) => {
    const invoer = 'policies/voorbeelden/aov-zelfstandigen.json';
    const r = await regelwerk('run', 'policies/aov-zelfstandigen.regel', '--invoer', invoer, '--peildatum', '2026-03-01', '--engine', engine, '--parameter', 'premiepercentage=-7.5');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain("ongeldige invoer bij 'parameter premiepercentage': moet ten minste 0% zijn (bereik van 0% tot en met 100%), maar kreeg -7,5%");
    const w = await regelwerk('run', 'policies/aov-zelfstandigen.regel', '--invoer', invoer, '--peildatum', '2026-03-01', '--engine', engine, '--parameter', 'wachttijd={"jaren":-1}');
    expect(w.code).toBe(2);
    expect(w.err).toContain("ongeldige invoer bij 'parameter wachttijd': moet ten minste 0 dagen zijn, maar kreeg -12 maanden");
  });
  it('een half aantal gebruikte maanden in de Crisisregeling is ongeldige invoer, geen andere uitkomst', async () => {
    const voorbeelden = JSON.parse(readFileSync(join(ROOT, 'policies/voorbeelden/crisisregeling-personeelsbehoud.json'), 'utf8')) as unknown;
    const json = (Array.isArray(voorbeelden) ? voorbeelden[0] : voorbeelden) as Record<string, unknown>;
    const r = await regelwerk('run', 'policies/crisisregeling-personeelsbehoud.regel', '--invoer', bestand('crisis-half.json', JSON.stringify({ ...json, maandenGebruikt: 5.5 })), '--peildatum', '2026-03-01');
    expect(r.code).toBe(2);
    expect(r.err).toContain("ongeldige invoer bij 'maandenGebruikt': moet een geheel getal zijn, maar kreeg 5,5");
  });
  it('check: een gedateerde parameterwaarde buiten het bereik is RW2015 met plek', async () => {
    const beleid = bestand('bereik.regel', 'regeling B\n  bron "x"\nparameter loon: bedrag ten minste € 0\n  vanaf 2025-01-01 is € 10\n  vanaf 2026-01-01 is € -10\ninvoer uren: geheel getal ten minste 0\nuitvoer u: bedrag\nregel u is loon * uren\n');
    const r = await regelwerk('check', beleid);
    expect(r.code).toBe(1);
    expect(r.out + r.err).toContain("bereik.regel:5:23: RW2015: de waarde van parameter 'loon' moet ten minste € 0 zijn, maar is € -10");
  });
});
