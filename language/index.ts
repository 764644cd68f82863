// The front end in one call: text -> tokens -> CST -> AST -> checked policy, with every
// diagnostic from each stage. A broken file never throws here; it ends in diagnostics, also one
// nested too deep to process (RW0006). The diagnostics on the token stream are in token-lints.ts.
import type { IRecognitionException, IToken } from 'chevrotain';
import { lex } from './lexer.js';
import { parseTokens } from './parser.js';
import { kalenderHaakjes } from './parser/meldingen.js';
import { naarAst } from './to-ast.js';
import { controleer, type Gecontroleerd, type Module } from './checker.js';
import { type Diagnose, diagnose, heeftFouten, opPlek } from './diagnostics.js';
import { alsNaamGelezen, getallenMetPunt, namenZonderLetter, onbestaandeDatums, sleutelwoordAlsNaam, sleutelwoordBedoeld } from './token-lints.js';
import type { Bestand, Plek } from './ast.js';
import { nesting, wortelExpressies } from './walk.js';
import { type RegelingContext, type RegelingLader, laadRegelingen } from './regelingen.js';

export interface Geladen {
  readonly bestand: Bestand;
  readonly gecontroleerd: Gecontroleerd;
  readonly diagnosen: readonly Diagnose[];
  readonly ok: boolean;
}

/** Finds a stdlib module (`gebruik naam`) as source text, or null. */
export type ModuleLader = (naam: string) => { tekst: string; bestandsnaam: string } | null;

export { type RegelingLader, tekstenLader } from './regelingen.js';

/** An unknown character as a message names it: `'#'`, or `U+FEFF` for one that does not show. */
function tekenNaam(tekst: string): string {
  return /^[\p{C}\p{Z}]/u.test(tekst) ? `U+${tekst.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : `'${tekst}'`;
}

/** The AST of a file and its syntax diagnostics; `geparseerd` is false when the text was refused before parsing. */
export function leesBestand(tekst: string, bestandsnaam: string): { bestand: Bestand; diagnosen: Diagnose[]; onbestaandeDatums: ReadonlySet<string>; geparseerd: boolean } {
  const diagnosen: Diagnose[] = [];
  const l = lex(tekst);
  for (const f of l.fouten) {
    const bom = f.tekst.startsWith('\ufeff');
    const suggestie = f.tekst === '#' ? 'commentaar begint met --' : bom ? 'een byte-order-markering mag alleen als eerste teken van het bestand staan, en maar één keer: sla het bestand op als UTF-8 zonder extra BOM' : undefined;
    diagnosen.push(diagnose('RW0001', `onbekend teken ${tekenNaam(f.tekst)}`, bestandsnaam, { offset: f.offset, eind: f.offset + Math.max(1, f.lengte), regel: f.regel, kolom: f.kolom }, suggestie));
  }
  const alsNaam = sleutelwoordAlsNaam(l.tokens, bestandsnaam);
  const metPunt = getallenMetPunt(l.tokens, bestandsnaam);
  diagnosen.push(...alsNaam, ...namenZonderLetter(l.tokens, bestandsnaam), ...metPunt);
  const haakjes = teDiepeHaakjes(l.tokens);
  if (haakjes !== null) {
    // Not parsed: the parser recurses per bracket, and whether it ran out of stack would depend on
    // how much the process happens to have left.
    diagnosen.push(diagnose('RW0006', `de haakjes zijn meer dan ${MAX_HAAKJES} niveaus diep genest`, bestandsnaam, tokenPlek(haakjes), 'splits de expressie in kleinere regels (een hulpregel per deel)'));
    return { bestand: { bestandsnaam, kop: null, declaraties: [], commentaren: [] }, diagnosen, onbestaandeDatums: onbestaandeDatums(l.tokens), geparseerd: false };
  }
  const p = parseTokens(alsNaamGelezen(l.tokens, alsNaam));
  // A keyword used as a name (RW0005) or a date written with points (RW0008) derails the parser
  // on that line; its syntax errors there only repeat the same mistake less clearly.
  const regelsMetNaamFout = new Set([...alsNaam, ...metPunt].map((d) => d.plek.regel));
  for (const e of p.fouten) {
    const plek = fouPlek(e, tekst);
    if (!regelsMetNaamFout.has(plek.regel)) diagnosen.push(diagnose('RW0002', e.message, bestandsnaam, plek, sleutelwoordBedoeld(e.token) ?? kalenderHaakjes(e)));
  }
  return { bestand: naarAst(p.cst, bestandsnaam, l.commentaren, tekst), diagnosen, onbestaandeDatums: onbestaandeDatums(l.tokens), geparseerd: true };
}

function fouPlek(e: IRecognitionException, tekst: string): Plek {
  const t = e.token;
  if (t && Number.isFinite(t.startOffset) && t.tokenType.name !== 'EOF') {
    return { offset: t.startOffset, eind: (t.endOffset ?? t.startOffset) + 1, regel: t.startLine ?? 1, kolom: t.startColumn ?? 1 };
  }
  // At end of file: point just past the last character.
  const regels = tekst.split('\n');
  const laatste = regels.length;
  return { offset: tekst.length, eind: tekst.length + 1, regel: laatste, kolom: (regels[laatste - 1]?.length ?? 0) + 1 };
}

export function laad(tekst: string, bestandsnaam: string, lader?: ModuleLader, regelingen?: RegelingLader): Geladen {
  try {
    return laadOnbeschermd(tekst, bestandsnaam, lader, { lader: regelingen ?? null, keten: [], geladen: new Map(), kringen: new Map() });
  } catch (x) {
    // Nesting deeper than the stack allows (hundreds of brackets, or a sum of a thousand
    // terms): say so as a diagnostic instead of crashing.
    if (!(x instanceof RangeError)) throw x;
    const d = diagnose('RW0006', 'de regeling is te diep genest om te verwerken', bestandsnaam, diepstePlek(tekst),
      'splits de expressie in kleinere regels (een hulpregel per deel)');
    const bestand: Bestand = { bestandsnaam, kop: null, declaraties: [], commentaren: [] };
    return { bestand, gecontroleerd: controleer(bestand).resultaat, diagnosen: [d], ok: false };
  }
}

/** Brackets ((, [, {) nested deeper than this are refused before parsing (RW0006). */
export const MAX_HAAKJES = 100;

/** The first bracket that opens level MAX_HAAKJES + 1, or null. Without recursion. */
export function teDiepeHaakjes(tokens: readonly IToken[]): IToken | null {
  let diepte = 0;
  for (const t of tokens) {
    if (/Open$/.test(t.tokenType.name) && ++diepte > MAX_HAAKJES) return t;
    if (/Sluit$/.test(t.tokenType.name)) diepte--;
  }
  return null;
}

function tokenPlek(t: IToken): Plek {
  return { offset: t.startOffset, eind: (t.endOffset ?? t.startOffset) + 1, regel: t.startLine ?? 1, kolom: t.startColumn ?? 1 };
}

/** Where the brackets are nested deepest, or else where the longest chain of operators starts. */
function diepstePlek(tekst: string): Plek {
  const { tokens } = lex(tekst);
  let diepte = 0, max = -1, maxToken: IToken | undefined;
  let keten = 0, langste = 0, ketenStart: IToken | undefined, langsteStart: IToken | undefined;
  for (const t of tokens) {
    if (/Open$/.test(t.tokenType.name)) diepte++;
    if (/Sluit$/.test(t.tokenType.name)) diepte--;
    if (diepte > max) { max = diepte; maxToken = t; }
    const operator = /^(Plus|Min|Maal|Deel|K_en|K_of)$/.test(t.tokenType.name);
    if (operator) {
      if (keten === 0) ketenStart = t;
      keten++;
      if (keten > langste) { langste = keten; langsteStart = ketenStart; }
    } else if (!/^(Naam|GetalLit|BedragLit|PercentageLit)$/.test(t.tokenType.name)) keten = 0;
  }
  const t = max > 50 ? maxToken : langsteStart ?? tokens[0];
  return t ? { offset: t.startOffset, eind: (t.endOffset ?? t.startOffset) + 1, regel: t.startLine ?? 1, kolom: t.startColumn ?? 1 } : { offset: 0, eind: 1, regel: 1, kolom: 1 };
}

/**
 * Deeper expressions than this are refused: the interpreter, codegen and prettier recurse. A
 * chain of the same operators (`a + b + c ...`, `x en y en z ...`) is no nesting: every walk
 * goes down it in a loop (walk.ts `ketting`), so a sum of ten thousand terms is fine.
 */
const MAX_DIEPTE = 256;

/**
 * RW0006 for each declaration with an expression nested deeper than MAX_DIEPTE (no recursion
 * here). The loader and the formatter both refuse by it, so the answer never depends on how much
 * stack the process happens to have left.
 */
export function teDiep(bestand: Bestand): Diagnose[] {
  const uit: Diagnose[] = [];
  for (const wortel of wortelExpressies(bestand)) {
    const { diepte, diepste } = nesting(wortel);
    if (diepte > MAX_DIEPTE) {
      uit.push(diagnose('RW0006', `deze expressie is meer dan ${MAX_DIEPTE} niveaus diep genest`, bestand.bestandsnaam, diepste.plek, 'splits de expressie in kleinere regels (een hulpregel per deel)'));
    }
  }
  return uit;
}

function laadOnbeschermd(tekst: string, bestandsnaam: string, lader: ModuleLader | undefined, context: RegelingContext): Geladen {
  const { bestand, diagnosen, onbestaandeDatums: gemeld, geparseerd } = leesBestand(tekst, bestandsnaam);
  // Not parsed (brackets too deep): checking the empty file would only add follow-on errors.
  if (!geparseerd) return { bestand, gecontroleerd: controleer(bestand).resultaat, diagnosen, ok: false };
  diagnosen.push(...teDiep(bestand));
  const modules: Module[] = [];
  for (const d of bestand.declaraties) {
    if (d.kind !== 'Gebruik' || d.regeling || !lader) continue;
    const m = lader(d.naam);
    if (!m) continue;
    const gelezen = leesBestand(m.tekst, m.bestandsnaam);
    diagnosen.push(...gelezen.diagnosen);
    modules.push({ naam: d.naam, bestand: gelezen.bestand });
  }
  const regelingen = laadRegelingen(bestand, diagnosen, context, (t, b, c) => laadOnbeschermd(t, b, lader, c));
  const c = controleer(bestand, modules, regelingen);
  // Unused-declaration warnings on a file that does not parse are noise: a reference may sit
  // in the part that failed.
  const syntaxFout = diagnosen.some((d) => d.code === 'RW0001' || d.code === 'RW0002');
  // A date written with points that does not exist has had its RW0008; its RW2010 only repeats it.
  const herhaald = (d: Diagnose): boolean => d.code === 'RW2010' && [...gemeld].some((iso) => d.melding.startsWith(`'${iso}'`));
  const alle = [...diagnosen, ...c.diagnosen.filter((d) => !(syntaxFout && d.code.startsWith('RW3')) && !herhaald(d))].sort(opPlek);
  return { bestand, gecontroleerd: c.resultaat, diagnosen: alle, ok: !heeftFouten(alle) };
}

export type { Diagnose } from './diagnostics.js';
export { formatDiagnose, heeftFouten } from './diagnostics.js';
export type { Gecontroleerd } from './checker.js';
