// The formatter (language/opmaak.ts): golden files, idempotence on every policy, and a generator
// that perturbs the whitespace of the policies and adds hostile comments, then checks that the
// formatter keeps the meaning, the comments and its own output.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controleerOpmaak, formatteer, gelijkZonderPlek, printTabel, samengevoegdeBreuken } from '../../language/opmaak.js';
import type { CstNode, IToken } from 'chevrotain';
import { leesBestand } from '../../language/index.js';
import { lex } from '../../language/lexer.js';

const ROOT = join(import.meta.dirname, '../..');
const GOUD = join(ROOT, 'test/fixtures/opmaak');
const lees = (pad: string): string => readFileSync(pad, 'utf8');

const POLICIES = [
  ...readdirSync(join(ROOT, 'policies')).filter((f) => f.endsWith('.regel')).map((f) => `policies/${f}`),
  ...readdirSync(join(ROOT, 'stdlib')).filter((f) => f.endsWith('.regel')).map((f) => `stdlib/${f}`),
];
const INVOER = readdirSync(GOUD).filter((f) => f.endsWith('.regel') && !f.endsWith('.opgemaakt.regel'));

function opgemaakt(tekst: string, naam = 'x.regel'): string {
  const r = formatteer(tekst, naam);
  if (!r.ok) throw new Error(r.diagnosen.map((d) => `${d.code}: ${d.melding}`).join('\n'));
  return r.tekst;
}

/** The AST without positions and without comments: what the file means. */
function betekenis(tekst: string): unknown {
  const { bestand } = leesBestand(tekst, 'x.regel');
  return { kop: bestand.kop, declaraties: bestand.declaraties };
}

const commentaren = (tekst: string): string[] => lex(tekst).commentaren.map((c) => c.image.trimEnd());

describe('opmaak: voorbeeldbestanden (test/fixtures/opmaak)', () => {
  for (const f of INVOER) {
    const tweeling = join(GOUD, f.replace(/\.regel$/, '.opgemaakt.regel'));
    if (f === 'syntaxfout.regel') {
      it('laat een bestand met een syntaxfout staan en geeft de diagnosen', () => {
        const r = formatteer(lees(join(GOUD, f)), f);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.diagnosen.map((d) => d.code)).toEqual(['RW0002']);
      });
      continue;
    }
    it(`${f} wordt ${f.replace(/\.regel$/, '.opgemaakt.regel')}`, () => {
      const invoer = lees(join(GOUD, f));
      const uit = opgemaakt(invoer, f);
      expect(uit).toBe(lees(tweeling));
      expect(opgemaakt(uit, f)).toBe(uit);
      expect(gelijkZonderPlek(betekenis(uit), betekenis(invoer))).toBe(true);
      expect(commentaren(uit)).toEqual(commentaren(invoer).map((c) => c.trimEnd()));
    });
  }

  it('houdt de woorden van de opsteller: 1 dag, elk, is na, haakjes, afgerond op euro\'s', () => {
    const uit = lees(join(GOUD, 'woorden.opgemaakt.regel'));
    for (const w of ['is na begin + 1 dag', "afgerond op euro's", 'elk x in bedragen', '((einde is voor begin))']) expect(uit).toContain(w);
  });
});

describe('opmaak: de veiligheidscontrole (RW0009)', () => {
  const TEKST = 'regeling V\n  bron "x" -- kop\ninvoer a: getal\nuitvoer b: getal\nregel b is (a + 1) * 2\n';

  it('aanvaardt een opmaak die alleen witruimte verandert', () => {
    expect(controleerOpmaak(TEKST, TEKST.replace('  bron', '    bron'), 'v.regel')).toMatchObject({ ok: true, gewijzigd: true });
  });

  it.each([
    ['een ander woord', TEKST.replace('* 2', '* 3'), 'de woorden veranderden'],
    ['verloren commentaar', TEKST.replace(' -- kop', ''), 'het commentaar veranderde'],
    ['haakjes weg', TEKST.replace('(a + 1) * 2', 'a + 1 * 2'), 'de woorden veranderden'],
    ['een syntaxfout', TEKST.replace('* 2', '*'), 'syntaxfout'],
  ])('weigert %s met RW0009, in het Nederlands', (_, uit, reden) => {
    const r = controleerOpmaak(TEKST, uit, 'v.regel');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnosen.map((d) => d.code)).toEqual(['RW0009']);
    expect(r.diagnosen[0]!.melding).toContain(reden);
    expect(r.diagnosen[0]!.melding).toContain('het bestand is niet gewijzigd');
  });
});

describe('opmaak: policies en stdlib', () => {
  for (const f of POLICIES) {
    it(`${f} is opgemaakt en de opmaak is idempotent`, () => {
      const tekst = lees(join(ROOT, f));
      expect(opgemaakt(tekst, f)).toBe(tekst);
    });
  }
});

describe('opmaak: regels die de printer niet kent', () => {
  it('print een onbekende regel letterlijk, met de regeleinden erin', () => {
    const tekst = lees(join(ROOT, 'policies/ketenbepaling.regel'));
    // As if alsExpr were a new construct: every als ... dan ... anders stays as written.
    const r = formatteer(tekst.replace('als caoSeizoensverkorting', 'als   caoSeizoensverkorting'), 'k.regel', { onbekendeRegels: ['alsExpr'] });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.tekst).toContain('als   caoSeizoensverkorting en vorig.seizoenswerk en volgend.seizoenswerk\n  dan volgend.begin');
  });

  it('een vijandige regel blijft gelijk na het opmaken met onbekende regels', () => {
    const tekst = lees(join(GOUD, 'commentaar.regel'));
    const r = formatteer(tekst, 'c.regel', { onbekendeRegels: ['regelDecl', 'invoerDecl'] });
    // the two declarations stay exactly as written (odd indentation, comments, spaces); the rest
    // is formatted as the golden file, which is the same file formatted in full
    const blok = (t: string, van: string, tot: string): string => t.slice(t.indexOf(van), t.indexOf(tot) + tot.length);
    const invoer = blok(tekst, 'invoer a', 'bron "a"\n');
    const regel = blok(tekst, 'regel b', 'bron "b"\n');
    expect(invoer).toContain('\n    -- tussen twee clausules\n        bron "a"');
    expect(regel).toContain('anders a   -- achter anders');
    const goud = lees(join(GOUD, 'commentaar.opgemaakt.regel'));
    const verwacht = goud.replace(blok(goud, 'invoer a', 'bron "a"\n'), invoer).replace(blok(goud, 'regel b', 'bron "b"\n'), regel);
    expect(r).toEqual({ ok: true, tekst: verwacht, gewijzigd: true });
  });
});

describe('opmaak: beslistabel (SPEC-tabel), met een CST zoals de grammatica hem zal geven', () => {
  /** Tokens of a line of source, split on spaces; `|` is a Streep, words are names. */
  let offset = 0;
  const tokens = (tekst: string): IToken[] => tekst.split(/\s+/).filter(Boolean).map((image) => {
    const t = { image, startOffset: offset, endOffset: offset + image.length - 1, tokenType: { name: image === '|' ? 'Streep' : /^\d/.test(image) ? 'GetalLit' : 'Naam' } } as unknown as IToken;
    offset += image.length + 1;
    return t;
  });
  const node = (name: string, children: CstNode['children']): CstNode => ({ name, children });
  const rij = (name: string, tekst: string): CstNode => node(name, { Streep: tokens(tekst) });

  it('lijnt de kolommen uit door elke cel aan te vullen tot de breedste in zijn kolom', () => {
    offset = 0;
    const kop = { K_tabel: tokens('tabel'), K_eerste: tokens('eerste') };
    const tabel = node('tabel', {
      ...kop,
      tabelKop: [rij('tabelKop', '| leeftijd | bbl | jeugdpercentage |')],
      tabelRij: [rij('tabelRij', '| ten minste 21 | - | 100% |'), rij('tabelRij', '| 20 | nee | 80% |')],
    });
    expect(printTabel(tabel)).toBe([
      'tabel eerste',
      '  | leeftijd      | bbl | jeugdpercentage |',
      '  | ten minste 21 | -   | 100%            |',
      '  | 20            | nee | 80%             |',
    ].join('\n'));
  });
});

// ---- the generator ----

/** A comment a drafter (or an attacker) might write: quotes, --, unicode, |. */
const vijandigCommentaar = fc
  .array(fc.constantFrom('"', "'", '--', '|', 'ü', '€', '→', '𝔘', 'é', ' ', 'x', 'regel', 'is', '\\', '{', '}', '`', '\t'), { minLength: 0, maxLength: 8 })
  .map((delen) => `-- ${delen.join('')}`);

interface Verstoring {
  /** Per gap between items: which variant to use (interpreted below). */
  readonly keuzes: readonly number[];
  readonly commentaar: readonly string[];
}

/**
 * Rewrites the whitespace between every two tokens or comments of `tekst`: other indentation,
 * extra spaces, more blank lines, a line break where the formatter joins lines; and with
 * `metCommentaar`, comments at line ends and on lines of their own.
 */
function verstoor(tekst: string, v: Verstoring, metCommentaar: boolean): { tekst: string; commentaar: boolean } {
  const l = lex(tekst);
  const items = [...l.tokens, ...l.commentaren].sort((a, b) => a.startOffset - b.startOffset);
  const samen = new Set(samengevoegdeBreuken(tekst));
  let uit = '';
  let vorigEind = 0;
  let toegevoegd = false;
  items.forEach((t, i) => {
    const gat = tekst.slice(vorigEind, t.startOffset);
    const k = v.keuzes[i % v.keuzes.length]!;
    const c = v.commentaar[i % v.commentaar.length]!;
    const vorigeIsCommentaar = i > 0 && items[i - 1]!.tokenType.name === 'Commentaar';
    const inspring = ' '.repeat(k % 7);
    if (i === 0) uit += gat;
    else if (gat.includes('\n')) {
      const leeg = /\n[ \t\r]*\n/.test(gat);
      let nieuw = `${' '.repeat(k % 2)}\n${leeg ? '\n'.repeat(1 + (k % 3)) : ''}${inspring}`;
      if (metCommentaar && !vorigeIsCommentaar && k % 5 === 0) { nieuw = ` ${c}${nieuw}`; toegevoegd = true; }
      if (metCommentaar && k % 7 === 3) { nieuw = `${nieuw}${c}\n${inspring}`; toegevoegd = true; }
      uit += nieuw;
    } else if (samen.has(vorigEind) && k % 4 === 1) {
      uit += `\n${inspring}`;
    } else {
      uit += gat === '' ? ' '.repeat(k % 2) : ' '.repeat(1 + (k % 3));
    }
    uit += t.image;
    vorigEind = t.endOffset! + 1;
  });
  uit += tekst.slice(vorigEind);
  return { tekst: uit, commentaar: toegevoegd };
}

describe('opmaak: generator (verstoorde witruimte en vijandig commentaar)', () => {
  const verstoring = fc.record({
    keuzes: fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 64 }),
    commentaar: fc.array(vijandigCommentaar, { minLength: 1, maxLength: 8 }),
  });

  for (const f of POLICIES) {
    it(`${f}: zelfde AST, zelfde commentaar, idempotent, en gelijk aan de opmaak van het origineel`, () => {
      const origineel = lees(join(ROOT, f));
      const verwacht = opgemaakt(origineel, f);
      const zinVanOrigineel = betekenis(origineel);
      fc.assert(
        fc.property(verstoring, fc.boolean(), (v, metCommentaar) => {
          const { tekst, commentaar } = verstoor(origineel, v, metCommentaar);
          const uit = opgemaakt(tekst, f);
          expect(gelijkZonderPlek(betekenis(uit), zinVanOrigineel)).toBe(true);
          expect(commentaren(uit)).toEqual(commentaren(tekst));
          expect(opgemaakt(uit, f)).toBe(uit);
          if (!commentaar) expect(uit).toBe(verwacht);
        }),
        { numRuns: Number(process.env['OPMAAK_RUNS'] ?? 6) },
      );
    });
  }
});
