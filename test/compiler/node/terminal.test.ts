// Policy text cannot drive the terminal. A `bron`, an exception label, an example or property
// name, an `eis` melding, a text value or a comment can hold ESC, C1 controls (CSI U+009B), CR,
// BEL, backspace, line separators and bidirectional overrides; `check`, `test` and
// `run --uitleg --formaat tekst` print such text in messages, explanations and code frames. A
// generator puts hostile texts in every one of these positions: nothing the CLI prints may hold one
// of these characters raw, and each text must still be there, escaped by the one function that
// input text in messages uses too (zichtbaar, runtime/zichtbaar.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { regelwerk, tijdelijkeMap } from './cli-hulp.js';
import { zichtbaar } from '../../../runtime/zichtbaar.js';
import { invoerTekst } from '../../../runtime/fouten.js';
import { tekstLit } from '../../engines/namen-generator.js';

const tmp = tijdelijkeMap('regelwerk-terminal-');

/** Every character a terminal could obey, as far as the CLI may print it (tab and newline are fine). */
const RAUW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Single controls and whole escape sequences: clear screen, window title (OSC), CSI in C1, Trojan Source. */
const STUUR = [
  '\u001b', '\u001b[2J', '\u001b]0;titel\u0007', '\u001b[31m', '\u009b2J', '\u0085', '\u0090', '\u009d', '\u0007', '\u0008', '\u0000',
  '\u000b', '\u000c', '\u007f', '\u2028', '\u2029', '\u202e', '\u202a', '\u2066', '\u2069', '\u200e', '\u200f', '\u061c',
];

/** A hostile text without a line break (a text literal holds none): at least one control, mixed with ordinary text. */
const vijandig = fc
  .tuple(fc.constantFrom(...STUUR), fc.array(fc.oneof(fc.constantFrom(...STUUR), fc.string({ maxLength: 4 })), { maxLength: 5 }))
  .map(([eerst, rest]) => [eerst, ...rest].join('').replace(/[\r\n]/g, ''));

const POSITIES = ['bronRegeling', 'bronParameter', 'bronInvoer', 'melding', 'bronKeuze', 'bronUitvoer', 'bronRegel', 'label1', 'bronUitzondering', 'label2', 'waarde', 'bronRegel2', 'voorbeeld1', 'bronVoorbeeld', 'anders', 'voorbeeld2', 'verwachtFout', 'eigenschap', 'bronEigenschap', 'commentaar1', 'commentaar2', 'commentaar3', 'kapot'] as const;
/** Texts no command prints: they are still checked not to come out raw. */
const NIET_GEDRUKT: ReadonlySet<string> = new Set(['bronInvoer', 'bronKeuze', 'bronUitvoer', 'bronVoorbeeld', 'bronEigenschap', 'commentaar1']);
type Teksten = Record<(typeof POSITIES)[number], string>;

const teksten: fc.Arbitrary<Teksten> = fc.tuple(...POSITIES.map(() => vijandig)).map((xs) => {
  // Labels, example and property names must differ, and the test looks for each text in the
  // output: a numbered suffix keeps them apart.
  return Object.fromEntries(POSITIES.map((p, i) => [p, `${xs[i]!} #${i}`])) as Teksten;
});

/**
 * A valid policy with text `t` in every position: two exceptions that can both apply (RW4003
 * names both labels, with a comment in its code frame), an example that fails on a text value,
 * one that expects an error that does not come, and a property with a counterexample.
 */
function policy(t: Teksten): string {
  const T = tekstLit;
  return `-- ${t.commentaar1}
regeling Vijand
  bron ${T(t.bronRegeling)}

parameter grens: bedrag is € 100
  bron ${T(t.bronParameter)}

invoer bedragIn: bedrag
  bron ${T(t.bronInvoer)}
  eis bedragIn is ten minste € 0 melding ${T(t.melding)}

invoer categorie: keuze a, b
  bron ${T(t.bronKeuze)}

uitvoer uitkomst: bedrag
  bron ${T(t.bronUitvoer)}

uitvoer omschrijving: tekst

regel uitkomst: bedrag is bedragIn
  bron ${T(t.bronRegel)}
  uitzondering ${T(t.label1)} indien bedragIn is groter dan grens dan € 1
    bron ${T(t.bronUitzondering)}
  uitzondering ${T(t.label2)} indien categorie is b dan € 2
-- ${t.commentaar2}

regel omschrijving: tekst is ${T(t.waarde)}
  bron ${T(t.bronRegel2)}

voorbeeld ${T(t.voorbeeld1)}
  bron ${T(t.bronVoorbeeld)}
  gegeven
    bedragIn is € 5
    categorie is a
  verwacht
    uitkomst is € 5
    omschrijving is ${T(`${t.anders}!`)}

voorbeeld ${T(t.voorbeeld2)}
  gegeven
    bedragIn is € 5
    categorie is a
  verwacht fout ${T(t.verwachtFout)}

eigenschap ${T(t.eigenschap)}: uitkomst is ten hoogste € 1
  bron ${T(t.bronEigenschap)}
`;
}

/** The same policy with a syntax error in a line that holds a text, under a hostile comment. */
function kapot(t: Teksten): string {
  return `${policy(t)}-- ${t.commentaar3}\nregel kapot: tekst is ${tekstLit(t.kapot)} + * 2\n`;
}

function zonderStuurtekens(wat: string, s: string): void {
  const m = RAUW.exec(s);
  expect(m, `${wat}: U+${m?.[0].charCodeAt(0).toString(16).padStart(4, '0')} rauw op positie ${m?.index} in ${JSON.stringify(s.slice(Math.max(0, (m?.index ?? 0) - 40), (m?.index ?? 0) + 40))}`).toBeNull();
}

describe('regeltekst op de terminal', () => {
  it('check, test en run --uitleg --formaat tekst drukken geen stuurteken rauw af, in geen enkele tekstpositie', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(teksten, async (t) => {
        const pad = tmp.bestand(`vijand-${n}.regel`, policy(t));
        const stuk = tmp.bestand(`kapot-${n}.regel`, kapot(t));
        const invoer = tmp.bestand(`invoer-${n++}.json`, JSON.stringify([{ bedragIn: 500, categorie: 'a' }, { bedragIn: 500, categorie: 'b' }, { bedragIn: -5, categorie: 'a' }]));
        const enkel = tmp.bestand(`enkel-${n}.json`, JSON.stringify({ bedragIn: 500, categorie: 'b' }));
        const uitkomsten = {
          check: await regelwerk('check', pad, '--runs', '30', '--seed', '1'),
          checkKapot: await regelwerk('check', stuk, '--zonder-analyse'),
          test: await regelwerk('test', pad, '--runs', '30', '--seed', '1'),
          uitleg: await regelwerk('run', pad, '--invoer', invoer, '--uitleg', '--formaat', 'tekst', '--peildatum', '2026-01-01', '--engine', 'interpreter'),
          conflict: await regelwerk('run', pad, '--invoer', enkel, '--engine', 'interpreter'),
          // JSON output: JSON.stringify escapes C0 controls, not C1 or bidi; the output stays the same JSON
          testJson: await regelwerk('test', pad, '--runs', '30', '--seed', '1', '--json'),
          runJson: await regelwerk('run', pad, '--invoer', invoer, '--uitleg', '--peildatum', '2026-01-01', '--engine', 'interpreter'),
        };
        const json = JSON.parse(uitkomsten.runJson.out) as { uitvoer?: { omschrijving: string } }[];
        expect(json[0]!.uitvoer!.omschrijving).toBe(t.waarde);
        expect(JSON.stringify(JSON.parse(uitkomsten.testJson.out))).toContain(JSON.stringify(t.voorbeeld1));
        let alles = '';
        for (const [wat, r] of Object.entries(uitkomsten)) {
          zonderStuurtekens(`${wat} stdout`, r.out);
          zonderStuurtekens(`${wat} stderr`, r.err);
          alles += r.out + r.err;
        }
        expect(uitkomsten.check.code, uitkomsten.check.err).toBe(0);
        expect(uitkomsten.checkKapot.code).toBe(1);
        expect(uitkomsten.test.code).toBe(1);
        expect(uitkomsten.uitleg.code).toBe(2); // the worst case: invalid input
        expect(uitkomsten.conflict.code).toBe(3);
        // Each text is printed somewhere, escaped: the positions are really reached.
        // Text values are shown as literals (JSON-quoted), the broken line as it is in the source.
        const gedrukt = (p: (typeof POSITIES)[number]): string =>
          p === 'waarde' ? invoerTekst(t.waarde) : p === 'anders' ? invoerTekst(`${t.anders}!`) : p === 'kapot' ? zichtbaar(tekstLit(t.kapot)) : zichtbaar(t[p]);
        const ontbreekt = POSITIES.filter((p) => !NIET_GEDRUKT.has(p) && !alles.includes(gedrukt(p)));
        expect(ontbreekt).toEqual([]);
      }),
      { numRuns: 12 },
    );
  });

  it('de foutmelding van de Prettier-plug-in (die Prettier op de terminal zet) heeft geen stuurteken rauw', async () => {
    const { parsers } = await import('../../../compiler/node/prettier.js');
    await fc.assert(
      fc.asyncProperty(teksten, async (t) => {
        let melding = '';
        try {
          parsers.regelwerk.parse(kapot(t), { filepath: 'kapot.regel' });
        } catch (x) {
          melding = (x as Error).message;
        }
        expect(melding).toContain('RW0002');
        zonderStuurtekens('prettier', melding);
        expect(melding).toContain(zichtbaar(t.commentaar3));
      }),
      { numRuns: 20 },
    );
  });

  it('zichtbaar laat tab en regeleinde staan en schrijft elk ander stuurteken als \\uXXXX, ook in invoertekst', () => {
    expect(zichtbaar('a\tb\nc')).toBe('a\tb\nc');
    expect(zichtbaar('\u001b[2J\r\u009b\u202e')).toBe('\\u001b[2J\\u000d\\u009b\\u202e');
    fc.assert(
      // code points, mostly below U+3000 where the controls, separators and bidi marks are (fc's
      // 'binary' unit costs seconds to set up); lone surrogates included
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 0x3000 }), fc.integer({ min: 0, max: 0x10ffff })).map((c) => String.fromCodePoint(c)), { maxLength: 40 }).map((a) => a.join('')), (s) => {
        expect(RAUW.test(zichtbaar(s))).toBe(false);
        expect(RAUW.test(invoerTekst(s))).toBe(false);
        expect(invoerTekst(s)).toBe(zichtbaar(JSON.stringify(s)));
      }),
    );
  });
});
