// Names and texts from a policy in generated code: no user name can collide with a name the
// generator chooses, no text can leave its string or comment, and no name is found on the
// prototype of an object. Every case once broke the compiler (exit 70) or gave a wrong answer.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { laad } from '../../../language/index.js';
import { evalueer } from '../../../compiler/interpreter/interpreter.js';
import { stdlibLader } from '../../../compiler/node/modules.js';
import { gebruikersId, js } from '../../../compiler/codegen/ts-code.js';
import type { Gecontroleerd } from '../../../language/checker.js';
import type { GecompileerdeModule } from '../../../runtime/runtime.js';
import { CATALOGUS } from '../../../language/catalogus.js';
import { gecompileerd } from '../../opzet/mappen.js';
import { uitkomst } from '../../engines/beide-engines.js';

const ROOT = join(import.meta.dirname, '../../..');

interface Geval {
  readonly bron: string;
  readonly invoer: Record<string, unknown>;
  /** The expected output (both engines), or else the expected error. */
  readonly uitvoer?: Record<string, unknown>;
  readonly fout?: { readonly fout: string; readonly melding: string };
  readonly opties?: { parameters?: Record<string, unknown> };
}

const GEVALLEN: Record<string, Geval> = {
  'een lambdavariabele en een functieparameter K1 naast een gehesen constante': {
    bron: 'functie f(K1: getal): getal is K1 * 7,5\ninvoer xs: lijst van getal\nuitvoer b: lijst van getal\nuitvoer d: getal\nregel b is elke K1 in xs geeft K1 * 7,5\nregel d is f(2)\n',
    invoer: { xs: [2] }, uitvoer: { b: [15], d: 15 },
  },
  'een lambdavariabele el1 in een eis van een soort': {
    bron: 'soort P is gegevens { l: lijst van getal }\n  eis voor alle el1 in l geldt el1 > 0 melding "positief"\ninvoer ps: lijst van P\nuitvoer b: getal\nregel b is aantal ps\n',
    invoer: { ps: [{ l: [1, -1] }] }, fout: { fout: 'RegelwerkInvoerFout', melding: "ongeldige invoer bij 'ps[0]': positief" },
  },
  'lambdavariabelen i1 en v1 in eisen van een leegbare soort': {
    bron: 'soort P is gegevens { l: lijst van getal }\n  eis voor alle i1 in l geldt er is een v1 in l waarvoor v1 = i1 melding "m"\ninvoer p: P of leeg\nuitvoer b: ja/nee\nregel b is p is leeg\n',
    invoer: { p: { l: [1, 2] } }, uitvoer: { b: false },
  },
  'regels met de namen van lokale variabelen van de generator': {
    bron: 'invoer a: getal\nuitvoer w: getal\nuitvoer s: getal\nuitvoer u: getal\nuitvoer k: getal\nuitvoer besluit: getal\nuitvoer INVOER: getal\nuitvoer BASIS: getal\nuitvoer c: getal\nuitvoer rt: getal\n'
      + 'regel w is a + 1\nregel s is w + 1\nregel u is s + 1\nregel k is u + 1\n  uitzondering "groot" indien a > 10 dan 0\nregel besluit is k + 1\n  uitzondering "x" indien a > 10 dan 1\nregel INVOER is besluit\nregel BASIS is INVOER\nregel c is BASIS\nregel rt is c\n',
    invoer: { a: 1 }, uitvoer: { w: 2, s: 3, u: 4, k: 5, besluit: 6, INVOER: 6, BASIS: 6, c: 6, rt: 6 },
  },
  'soorten met de namen van gegenereerde typen, en een soort die alleen invoertype is': {
    bron: 'soort Record is gegevens { a: getal }\nsoort Parameters is gegevens { r: Record }\nsoort InvoerIntern is gegevens { p: Parameters }\nsoort Alleen is gegevens { x: getal }\n'
      + 'invoer i: InvoerIntern\ninvoer j: Alleen\nuitvoer b: getal\nregel b is i.p.r.a + j.x\n',
    invoer: { i: { p: { r: { a: 2 } } }, j: { x: 3 } }, uitvoer: { b: 5 },
  },
  'een berekende optie in "is een van"': {
    bron: 'invoer a: getal\ninvoer b: getal\nuitvoer c: ja/nee\nregel c is a is een van (1, 10 / b)\n',
    invoer: { a: 5, b: 2 }, uitvoer: { c: true },
  },
  'gegevens met velden t en n zijn geen breuk': {
    bron: 'invoer x: gegevens { t: getal, n: getal, z: tekst }\ninvoer y: gegevens { t: getal, n: getal, z: tekst }\nuitvoer b: ja/nee\nuitvoer e: ja/nee\nregel b is x = y\nregel e is x is een van (y)\n',
    invoer: { x: { t: 1, n: 2, z: 'a' }, y: { t: 1, n: 2, z: 'b' } }, uitvoer: { b: false, e: false },
  },
  'een conflict tussen gegevens met velden t en n': {
    bron: 'invoer a: getal\nuitvoer b: gegevens { t: getal, n: getal, z: tekst }\nregel b is { t: 0, n: 0, z: "" }\n  uitzondering "een" indien a > 0 dan { t: 1, n: 2, z: "x" }\n  uitzondering "twee" indien a > 0 dan { t: 1, n: 2, z: "y" }\n',
    invoer: { a: 1 },
    fout: { fout: 'RegelwerkConflict', melding: "conflict in regel 'b': uitzondering 'een' geeft { t: 1, n: 2, z: \"x\" } en uitzondering 'twee' geeft { t: 1, n: 2, z: \"y\" }" },
  },
  'een leegbare invoer constructor die ontbreekt': {
    bron: 'invoer constructor: getal of leeg\ninvoer toString: getal of leeg\nuitvoer b: ja/nee\nregel b is constructor is leeg en toString is leeg\n',
    invoer: {}, uitvoer: { b: true },
  },
  'een leegbaar veld valueOf dat ontbreekt': {
    bron: 'invoer g: gegevens { valueOf: getal of leeg, a: getal }\nuitvoer b: ja/nee\nregel b is g.valueOf is leeg\n',
    invoer: { g: { a: 1 } }, uitvoer: { b: true },
  },
  'een parameter constructor zonder override': {
    bron: 'parameter constructor: getal is 5\nparameter hasOwnProperty: getal is 6\ninvoer a: getal\nuitvoer b: getal\nregel b is a + constructor + hasOwnProperty\n',
    invoer: { a: 1 }, uitvoer: { b: 12 },
  },
  'een override van een onbekende parameter toString': {
    bron: 'parameter p: getal is 5\ninvoer a: getal\nuitvoer b: getal\nregel b is a + p\n',
    invoer: { a: 1 }, opties: { parameters: { toString: 3 } },
    fout: { fout: 'RegelwerkInvoerFout', melding: "ongeldige invoer bij 'parameter toString': onbekende parameter; deze regeling kent p" },
  },
  '× en ÷ zijn geen letters: a×2 is een vermenigvuldiging': {
    bron: 'invoer a: getal\ninvoer bé: getal\nuitvoer b: getal\nregel b is a×2 + bé×a\n',
    invoer: { a: 3, bé: 2 }, uitvoer: { b: 12 },
  },
  'JavaScript-woorden en accenten als namen': {
    bron: 'soort class is gegevens { new: getal, delete: getal }\nfunctie function(this: getal): getal is this + 1\ninvoer één: class\ninvoer ib-ondernemer: getal\nuitvoer return: getal\nuitvoer évalueer: getal\n'
      + 'regel return is function(één.new) + één.delete\nregel évalueer is vouw var in [1, 2] met let beginnend bij ib-ondernemer: let + var\n',
    invoer: { één: { new: 1, delete: 2 }, 'ib-ondernemer': 4 }, uitvoer: { return: 4, évalueer: 7 },
  },
};

const geladen = new Map<string, { g: Gecontroleerd; module: GecompileerdeModule }>();

beforeAll(async () => {
  const namen = Object.keys(GEVALLEN);
  const policies = namen.map((naam, i) => {
    const r = laad(`regeling T\n  bron "test"\n${GEVALLEN[naam]!.bron}`, `t${i}.regel`, stdlibLader);
    expect(r.diagnosen.filter((d) => d.ernst === 'fout'), naam).toEqual([]);
    return { g: r.gecontroleerd, bestand: `t${i}.regel` };
  });
  const modules = await gecompileerd('namen', policies);
  for (const [i, naam] of namen.entries()) geladen.set(naam, { g: policies[i]!.g, module: modules[i]!.module });
}, 120_000);

describe('gebruikersnamen botsen niet met gegenereerde namen; beide engines zijn het eens', () => {
  it.each(Object.keys(GEVALLEN))('%s', (naam) => {
    const geval = GEVALLEN[naam]!;
    const { g, module } = geladen.get(naam)!;
    const opties = { peildatum: '2026-03-01', ...geval.opties };
    const gecompileerd = uitkomst(() => module.evalueerMetUitleg(geval.invoer, opties));
    const interpreter = uitkomst(() => (({ uitvoer, uitleg }) => ({ uitvoer, uitleg }))(evalueer(g, geval.invoer, opties)));
    expect(gecompileerd).toEqual(interpreter);
    // every case says what it gives: an output, or an error with its message
    expect('uitvoer' in geval !== 'fout' in geval, naam).toBe(true);
    if (geval.uitvoer) expect((gecompileerd as { uitvoer?: unknown }).uitvoer).toEqual(geval.uitvoer);
    else expect(gecompileerd).toEqual(geval.fout);
  });
});

describe('een naam begint met een letter (RW0007)', () => {
  it.each(['__proto__', '_inkomen', '_'])('%s als invoer, uitvoer of veld geeft RW0007 met plek en suggestie', (naam) => {
    for (const bron of [
      `invoer ${naam}: getal\nuitvoer b: getal\nregel b is ${naam}\n`,
      `invoer a: getal\nuitvoer ${naam}: getal\nregel ${naam} is a\n`,
      `invoer a: gegevens { ${naam}: getal }\nuitvoer b: getal\nregel b is a.${naam}\n`,
    ]) {
      const tekst = `regeling T\n  bron "test"\n${bron}`;
      const r = laad(tekst, 't.regel', stdlibLader);
      const d = r.diagnosen.find((x) => x.code === 'RW0007');
      expect(d, bron).toBeDefined();
      expect(d!.melding).toContain(`'${naam}' begint niet met een letter`);
      expect(tekst.split('\n')[d!.plek.regel - 1]!.slice(d!.plek.kolom - 1).startsWith(naam)).toBe(true);
      expect(d!.suggestie).toBeTruthy();
      expect(r.ok).toBe(false);
    }
  });

  it('de catalogus beschrijft RW0007', () => {
    expect(CATALOGUS.RW0007.ernst).toBe('fout');
  });
});

describe('js: de ene ontsnapping van tekst in gegenereerde code', () => {
  // Every text, with every code point, as a string literal and inside both kinds of comment.
  const tekst = fc.oneof(fc.string({ unit: 'binary' }), fc.array(fc.constantFrom('\u2028', '\u2029', '*/', '/*', '//', '\n', '\r', '"', "'", '`', '${', '\\', 'x'), { maxLength: 10 }).map((d) => d.join('')));

  it('als letterlijke waarde geeft het precies de tekst terug', () => {
    fc.assert(fc.property(tekst, (s) => { expect(new Function(`return ${js(s)};`)()).toBe(s); }), { numRuns: 2000 });
  });

  it('in // en /* */ commentaar verandert het de code eromheen niet', () => {
    fc.assert(fc.property(tekst, (s) => {
      expect(new Function(`// ${js(s)}\nreturn 1;`)()).toBe(1);
      expect(new Function(`/** ${js(s)} */ return 2;`)()).toBe(2);
      expect(js(s)).not.toMatch(/[\u2028\u2029\n\r]|\*\//);
    }), { numRuns: 2000 });
  });
});

describe('gebruikersId: een naamruimte per soort naam', () => {
  const naam = fc.stringMatching(/^[A-Za-zé×ÿ][A-Za-z0-9_éÿ×]{0,4}(-[A-Za-zé][A-Za-z0-9é]{0,3}){0,2}$/);

  it('verschillende namen of soorten geven verschillende, geldige identifiers zonder botsing met gegenereerde namen', () => {
    fc.assert(fc.property(fc.constantFrom('r', 'f', 'p', 'pd', 'S', 'v') as fc.Arbitrary<'r'>, naam, fc.constantFrom('r', 'f', 'p', 'pd', 'S', 'v') as fc.Arbitrary<'r'>, naam, (s1, n1, s2, n2) => {
      const a = gebruikersId(s1, n1);
      const b = gebruikersId(s2, n2);
      expect(a === b).toBe(s1 === s2 && n1 === n2);
      expect(a).toMatch(/^[\p{ID_Start}][\p{ID_Continue}$]*\$[\p{ID_Continue}$]*$/u);
      expect(new Function(`const ${a} = 1; return ${a};`)()).toBe(1);
    }), { numRuns: 2000 });
  });
});
