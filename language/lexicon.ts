// The lexicon: which characters make a name, and how literals and comments are written. The lexer
// builds its tokens from it, and the playground its colouring, its word under the cursor and its
// names before a point, so the editor never sees a name the language does not. Regex sources, not
// RegExp objects, so each reader composes and flags them as it needs; no imports, safe anywhere.

/**
 * Letters: ASCII and Latin-1 Supplement up to Latin Extended-B, without × (U+00D7) and ÷ (U+00F7),
 * which are operators, not letters. A character class body, for use inside `[...]`.
 */
export const LETTER = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';

/**
 * A name: letters, digits and _, parts joined by a hyphen (`eerste-dag`). A name starting with _
 * is a name to the lexer so the parser goes on, and reported (RW0007): names start with a letter.
 */
export const NAAM = `[_${LETTER}][0-9_${LETTER}]*(?:-[${LETTER}][0-9_${LETTER}]*)*`;

/** After a word no letter, digit or _ may follow (it would be a longer name). */
export const WOORDGRENS = `(?![0-9_${LETTER}])`;

/** What stands between the quotes of a text: no line break; a backslash escapes the next character. */
export const TEKST_INHOUD = '(?:[^"\\\\\\n\\r]|\\\\.)*';

/** The literals as Regelwerk writes them: `2026-03-01`, `€ 7,73`, `45,5%`, `12,5`, `"tekst"`. */
export const LITERAAL = {
  datum: '\\d{4}-\\d{2}-\\d{2}',
  bedrag: '€[ \\t]?-?\\d+(?:,\\d+)?',
  percentage: '\\d+(?:,\\d+)?[ \\t]?%',
  getal: '\\d+(?:,\\d+)?',
  tekst: `"${TEKST_INHOUD}"`,
} as const;

/** A comment: from `--` to the end of the line. */
export const COMMENTAAR = '--[^\\n\\r]*';
