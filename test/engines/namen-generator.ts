// Generators of names and texts that once broke generated code, and a consistent renaming of a
// policy: every name the drafter declared becomes another valid name (a bijection), and every
// `bron`, `melding` and exception label becomes a hostile text. Used by the renamed differential
// test and the hostile-text fuzz test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenMatcher } from 'chevrotain';
import { lex, begintMetLetter, Naam } from '../../language/lexer.js';
import { pakketMap } from '../../compiler/node/modules.js';

/** Names the generator used or uses itself, JS words, prototype names, accents and hyphens. */
export const GEVAARLIJKE_NAMEN = [
  'K1', 'K2', 'K3', 'el1', 'el2', 'i1', 'i2', 'v1', 'v2', 'w', 's', 'u', 'k', 'c', 'p', 'x', 'rt', 'rij', 'besluit',
  'INVOER', 'INVOER_TYPEN', 'PARAMETER_TYPEN', 'PARAMETERS', 'BASIS', 'Record', 'Parameters', 'InvoerIntern', 'Invoer',
  'Uitvoer', 'Opties', 'Context', 'evalueer', 'evalueerMetUitleg', 'regeling', 'start', 'uitvoer', 'intern', 'spoor',
  'knopen', 'controleerEisen', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'prototype',
  'class', 'delete', 'new', 'function', 'return', 'this', 'var', 'let', 'typeof', 'void', 'yield', 'await', 'enum',
  'arguments', 'eval', 'undefined', 'NaN', 'Infinity', 'Object', 'Array', 'globalThis', 'require', 'import', 'export',
  'één', 'ÿ', 'Ĳsbeer', 'façade', 'ib-ondernemer', 'niet-van-toepassing', 'a-b', 'r-x', 'v-el1', 'S-Record',
  'm_r', 'p_x', 'r', 'f', 'v', 'S', 'pd', 'K',
  // type words that are also names (never for a soort: there the word is the type)
  'percentage', 'getal', 'bedrag', 'datum', 'duur', 'tekst',
];

/** Type words that are also names: `uitvoer percentage`, but no soort can be called that. */
export const TYPEWOORDEN: ReadonlySet<string> = new Set(['percentage', 'getal', 'bedrag', 'datum', 'duur', 'tekst']);

/** Is `s` one valid name token (a name or a type word that is also a name, starting with a letter)? */
export function isNaam(s: string): boolean {
  const r = lex(s);
  return r.fouten.length === 0 && r.tokens.length === 1 && tokenMatcher(r.tokens[0]!, Naam) && r.tokens[0]!.image === s && begintMetLetter(s);
}

const PAYLOAD = '(globalThis as any).__pwned = 1';

/**
 * Texts that leave a `//` comment (U+2028/U+2029), a block comment (star-slash), a string (quotes,
 * backslashes), or a template (backticks, `${`), each followed by code that marks the global.
 */
export const VIJANDIGE_TEKSTEN = [
  `\u2028;${PAYLOAD};//`,
  `\u2029${PAYLOAD}, //`,
  `*/ ${PAYLOAD}; /*`,
  `*/ ${PAYLOAD}, /*`,
  `"); ${PAYLOAD}; ("`,
  `'); ${PAYLOAD}; ('`,
  `\\"); ${PAYLOAD}; //`,
  `\`; ${PAYLOAD}; \``,
  `\${${PAYLOAD}}`,
  `\\u2028 \\n */ <\/script> -->`,
  '',
  ' ',
];

/** A Regelwerk text literal for `s` (which holds no line break: the lexer allows none). */
export function tekstLit(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A small seeded random generator (mulberry32): the same seed gives the same renaming. */
export function willekeur(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéëïöüÉçßøÆĳŁ';
const TEKENS = `${LETTERS}0123456789_`;

/** A random valid name: letters first, with digits, `_`, accents and hyphens between letters. */
function willekeurigeNaam(r: () => number): string {
  const kies = (s: string): string => s[Math.floor(r() * s.length)]!;
  const deel = (): string => kies(LETTERS) + Array.from({ length: Math.floor(r() * 5) }, () => kies(TEKENS)).join('');
  return r() < 0.25 ? `${deel()}-${deel()}` : deel();
}

/**
 * Names declared by the stdlib modules a policy uses (`gebruik minimumloon`) and by the policies it
 * uses (`gebruik regeling minimumjeugdloon`, beside it in policies/: its name, inputs and outputs
 * are named in the call): not renamed.
 */
function stdlibNamen(tekst: string): Set<string> {
  const uit = new Set<string>();
  const tokens = lex(tekst).tokens;
  tokens.forEach((t, i) => {
    if (t.tokenType.name !== 'K_gebruik') return;
    // `gebruik regeling naam`: a policy beside it in policies/, whose input and output names the
    // call writes (`naam(leeftijd: L).uurloon`), so they stay as well
    const regeling = tokens[i + 1]!.tokenType.name === 'K_regeling';
    const module = tokens[i + (regeling ? 2 : 1)]!.image;
    uit.add(module);
    for (const m of lex(readFileSync(join(pakketMap(), regeling ? 'policies' : 'stdlib', `${module}.regel`), 'utf8')).tokens) {
      if (m.tokenType.name === 'NaamLit') uit.add(m.image);
    }
  });
  return uit;
}

const TEKST_NA = new Set(['K_bron', 'K_melding', 'K_uitzondering']);

export interface Hernoemd {
  readonly tekst: string;
  /** Old name -> new name. */
  readonly namen: ReadonlyMap<string, string>;
}

/**
 * Renames every name a drafter declared in `tekst` by a bijection onto names drawn first from
 * GEVAARLIJKE_NAMEN, then random ones (seeded), and replaces every `bron`, `melding` and exception
 * label by a hostile text. Names of stdlib modules and what they declare stay.
 */
export function hernoem(tekst: string, seed: number): Hernoemd {
  const r = willekeur(seed);
  const vast = stdlibNamen(tekst);
  const tokens = lex(tekst).tokens;
  const oud = [...new Set(tokens.filter((t) => t.tokenType.name === 'NaamLit' && !vast.has(t.image)).map((t) => t.image))];
  const soorten = new Set(tokens.filter((t, i) => i > 0 && tokens[i - 1]!.tokenType.name === 'K_soort').map((t) => t.image));
  // A type word the drafter declared as a name (`uitvoer percentage: ...`) is no NaamLit, so it
  // stays as it is: no other name may become it.
  const blijvend = new Set(tokens.filter((t, i) => TYPEWOORDEN.has(t.image) && tokens[i + 1]?.tokenType.name === 'Dubbelepunt').map((t) => t.image));
  const pool = GEVAARLIJKE_NAMEN.filter((n) => isNaam(n) && !vast.has(n));
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  const bezet = new Set<string>();
  const namen = new Map<string, string>();
  for (const naam of oud) {
    let nieuw = pool.shift();
    while (nieuw === undefined || bezet.has(nieuw) || vast.has(nieuw) || blijvend.has(nieuw) || !isNaam(nieuw) || (soorten.has(naam) && TYPEWOORDEN.has(nieuw))) nieuw = willekeurigeNaam(r);
    bezet.add(nieuw);
    namen.set(naam, nieuw);
  }
  let uit = '';
  let vanaf = 0;
  let teller = 0;
  // An exception label and the label after `op` ("b" op "a") name the same exception: one label,
  // one new text, so the tree of exceptions stays the same.
  const labels = new Map<string, string>();
  const isLabelNaOp = (i: number): boolean =>
    tokens[i - 1]?.tokenType.name === 'K_op' && tokens[i - 2]?.tokenType.name === 'TekstLit' && tokens[i - 3]?.tokenType.name === 'K_uitzondering';
  tokens.forEach((t, i) => {
    let vervanging: string | null = null;
    if (t.tokenType.name === 'NaamLit' && namen.has(t.image)) vervanging = namen.get(t.image)!;
    else if (t.tokenType.name === 'TekstLit' && i > 0 && (TEKST_NA.has(tokens[i - 1]!.tokenType.name) || isLabelNaOp(i))) {
      const label = tokens[i - 1]!.tokenType.name === 'K_uitzondering' || isLabelNaOp(i);
      // unique, since labels of one rule must differ
      vervanging = (label ? labels.get(t.image) : undefined) ?? tekstLit(`${VIJANDIGE_TEKSTEN[Math.floor(r() * VIJANDIGE_TEKSTEN.length)]} #${++teller}`);
      if (label) labels.set(t.image, vervanging);
    }
    if (vervanging === null) return;
    uit += tekst.slice(vanaf, t.startOffset) + vervanging;
    vanaf = t.endOffset! + 1;
  });
  return { tekst: uit + tekst.slice(vanaf), namen };
}
