// The formatter (`regelwerk fmt`): prints a .regel file in the house style of policies/ and
// stdlib/, from the CST and the token stream, so the drafter's wording ("1 dag", "elk", "is na",
// brackets) and every comment stay as written. Only whitespace and line breaks change. Before it
// returns, it proves that: the output must lex and parse to the same AST, tokens and comments.
// This file is the formatter's entry; its parts are in opmaak/: the pieces of the CST (stukken),
// the comments attached to them (commentaar), the layout into lines (indeling), the printer of a
// decision table (tabellen) and the soundness check (controle).
// A grammar rule this module does not know (a new construct) is printed verbatim.
import { grammaticaProducties } from './parser.js';
import { stukken } from './opmaak/stukken.js';
import { hechtCommentaar } from './opmaak/commentaar.js';
import { breukMagBlijven, gemeenschappelijk, langeRegels, leg, lijnVeldenUit, openBlokken, schrijf } from './opmaak/indeling.js';
import { type Ontleed, type OpmaakResultaat, diepGenest, gecontroleerd, ontleed, onveilig, syntaxDiagnosen } from './opmaak/controle.js';

export { REGELBREEDTE } from './opmaak/indeling.js';
export { type Aangehecht, hechtCommentaar } from './opmaak/commentaar.js';
export { printTabel } from './opmaak/tabellen.js';
export { type OpmaakResultaat, gelijkZonderPlek } from './opmaak/controle.js';

export interface OpmaakOpties {
  /** For the tests: rules to treat as unknown (printed verbatim), as a new grammar rule would be. */
  readonly onbekendeRegels?: readonly string[];
}

/** The grammar rules this printer lays out; any other rule is printed as written. */
const BEKENDE_REGELS = new Set([
  'bestand', 'kop', 'bronClausule', 'declaratie', 'gebruikDecl', 'soortDecl', 'invoerDecl', 'bereikDecl',
  'eisClausule', 'bereikClausule', 'uitvoerDecl', 'parameterDecl', 'parameterRij', 'functieDecl', 'regelDecl',
  'uitzondering', 'voorbeeldenPeildatumDecl', 'voorbeeldDecl', 'toewijzing', 'eigenschapDecl', 'type', 'basisType',
  'typeBereik', 'ondergrens', 'bovengrens', 'veldDef', 'expressie', 'alsExpr', 'lambdaExpr', 'ofExpr', 'enExpr',
  'nietExpr', 'vergelijking', 'woordOperator', 'symboolOperator', 'afrondExpr', 'afronding', 'optelExpr', 'maalExpr',
  'unairExpr', 'lijstOp', 'kalender', 'reeks', 'postfixExpr', 'duurEenheid', 'primair', 'argument', 'veldWaarde',
]);

let bekendeRegels: ReadonlySet<string> | null = null;

/** The rules this printer lays out that the grammar really has; tables only once they exist. */
function bekend(): ReadonlySet<string> {
  if (bekendeRegels) return bekendeRegels;
  const inGrammatica = new Set(Object.keys(grammaticaProducties()));
  const tabel = ['tabel', 'tabelKop', 'tabelRij', 'tabelCel'].every((r) => inGrammatica.has(r));
  bekendeRegels = new Set([...BEKENDE_REGELS, ...(tabel ? ['tabel'] : [])]);
  return bekendeRegels;
}

/** Prints a parsed file; no checks. */
function print(bron: string, o: Ontleed, regels: ReadonlySet<string>): string {
  const s = stukken(o.cst, bron, regels, o.commentaren);
  // Comments inside a verbatim stretch are part of its text.
  const letterlijk = s.filter((x) => x.letterlijk);
  const vrij = o.commentaren.filter((c) => !letterlijk.some((x) => x.start < c.startOffset && c.startOffset < x.eind));
  const { per, slot } = hechtCommentaar(bron, s, vrij);
  let extra = new Set<number>();
  let l = leg(bron, s, per, slot, extra);
  // Until no line asks for another break. Each round breaks a long line only before its outermost
  // en/of, so a line nested n brackets deep takes n rounds; a fixed number of rounds left a long
  // line that the next run broke further (fmt was not idempotent). This ends: every round adds at
  // least one piece to `extra`, and there are s.length pieces.
  for (;;) {
    const regelVan = l.regelVan;
    const nieuw = [...openBlokken(l.regels, s, (i) => regelVan[i]!), ...langeRegels(l.regels, s)].filter((i) => !extra.has(i));
    if (nieuw.length === 0) break;
    extra = new Set([...extra, ...nieuw]);
    l = leg(bron, s, per, slot, extra);
  }
  lijnVeldenUit(l.regels, l.regelVan, s);
  return schrijf(l.regels);
}

/**
 * Formats a .regel file. A file with syntax errors is not touched: its diagnostics come back.
 * The output is checked (same AST without positions, same tokens, same comments) before it is
 * returned; if the check fails, the result is an RW0009 and the file stays as it was.
 */
export function formatteer(tekst: string, bestandsnaam: string, opties: OpmaakOpties = {}): OpmaakResultaat {
  let o: Ontleed | null;
  try {
    o = ontleed(tekst);
  } catch (x) {
    if (!(x instanceof RangeError)) throw x;
    o = null;
  }
  if (o === null) {
    const diagnosen = syntaxDiagnosen(tekst, bestandsnaam);
    return { ok: false, diagnosen };
  }
  // Refused as the loader refuses it, whatever stack is left: printing and the soundness check recurse.
  const diep = diepGenest(o, bestandsnaam);
  if (diep.length > 0) return { ok: false, diagnosen: diep };
  let uit: string;
  try {
    const weg = new Set(opties.onbekendeRegels ?? []);
    uit = print(tekst, o, weg.size ? new Set([...bekend()].filter((r) => !weg.has(r))) : bekend());
  } catch (x) {
    return onveilig(bestandsnaam, `de opmaak liep vast (${x instanceof Error ? x.message : String(x)})`);
  }
  return gecontroleerd(o, tekst, uit, bestandsnaam);
}

/**
 * The soundness check on its own: `uit` offered as the formatting of `tekst` (a file without
 * syntax errors) is accepted, or refused with RW0009 saying what changed. formatteer ends in it.
 */
export function controleerOpmaak(tekst: string, uit: string, bestandsnaam: string): OpmaakResultaat {
  const o = ontleed(tekst);
  if (o === null) return { ok: false, diagnosen: syntaxDiagnosen(tekst, bestandsnaam) };
  return gecontroleerd(o, tekst, uit, bestandsnaam);
}

/**
 * For the tests: the offsets of the gaps between tokens where a line break is joined by the
 * formatter (so inserting one there must not change the output).
 */
export function samengevoegdeBreuken(tekst: string): number[] {
  const o = ontleed(tekst);
  if (!o) return [];
  const s = stukken(o.cst, tekst, bekend());
  const uit: number[] = [];
  for (let i = 1; i < s.length; i++) {
    const { node } = gemeenschappelijk(s[i - 1]!, s[i]!);
    if (node === null || node.name === 'bestand') continue;
    if (!breukMagBlijven(s[i - 1]!, s[i]!)) uit.push(s[i - 1]!.eind);
  }
  return uit;
}
