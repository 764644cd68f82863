// The TextMate grammar of Regelwerk (VS Code's colouring, editors/vscode/syntaxes/), generated from
// the one keyword table and the lexicon, so a new keyword is coloured without touching the editor.
// Each keyword word gets the scope of its kind; names, literals, texts and comments are read by
// the lexer's own patterns. editors/vscode/genereer-grammatica.mjs writes the file; a test checks
// it is current and that the grammar agrees with the lexer on every policy.
import { SLEUTELWOORDEN, type WoordSoort } from './keywords.js';
import { COMMENTAAR, LETTER, LITERAAL, NAAM, TEKST_INHOUD, WOORDGRENS } from './lexicon.js';

export const SCOPE = 'source.regel';

/** The scope of each kind of keyword (TextMate's usual names, so every colour theme knows them). */
export const SCOPE_PER_SOORT: Readonly<Record<WoordSoort, string>> = {
  structuur: 'keyword.control.regel',
  type: 'storage.type.regel',
  operator: 'keyword.operator.word.regel',
  waarde: 'constant.language.regel',
  eenheid: 'keyword.other.unit.regel',
  lijst: 'keyword.other.list.regel',
};

export const SCOPES = {
  commentaar: 'comment.line.double-dash.regel',
  tekst: 'string.quoted.double.regel',
  datum: 'constant.numeric.date.regel',
  bedrag: 'constant.numeric.currency.regel',
  percentage: 'constant.numeric.percentage.regel',
  getal: 'constant.numeric.regel',
  naam: 'variable.other.regel',
} as const;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export interface TextMateGrammatica {
  readonly name: string;
  readonly scopeName: string;
  readonly fileTypes: readonly string[];
  readonly patterns: readonly { readonly include: string }[];
  readonly repository: Readonly<Record<string, { readonly match: string; readonly name: string }>>;
}

export function textmateGrammatica(): TextMateGrammatica {
  const soorten = Object.keys(SCOPE_PER_SOORT) as WoordSoort[];
  const repository: Record<string, { match: string; name: string }> = {
    commentaar: { match: COMMENTAAR, name: SCOPES.commentaar },
    tekst: { match: `"${TEKST_INHOUD}"?`, name: SCOPES.tekst },
    datum: { match: `(?<![0-9])${LITERAAL.datum}(?![0-9])`, name: SCOPES.datum },
    bedrag: { match: LITERAAL.bedrag, name: SCOPES.bedrag },
    percentage: { match: `(?<![0-9,])${LITERAAL.percentage}`, name: SCOPES.percentage },
    getal: { match: `(?<![0-9,])${LITERAAL.getal}`, name: SCOPES.getal },
    'ja-nee': { match: 'ja/nee', name: SCOPE_PER_SOORT.type },
  };
  for (const s of soorten) {
    // longest first, so `elke` wins over `elk`; a word only where no name goes on (`niet-van-toepassing` is one name)
    const woorden = SLEUTELWOORDEN.filter((w) => w.soort === s).map((w) => w.woord).sort((a, b) => b.length - a.length);
    repository[`woorden-${s}`] = { match: `(?<![0-9_\\-${LETTER}])(?:${woorden.map(escape).join('|')})${WOORDGRENS}(?!-[${LETTER}])`, name: SCOPE_PER_SOORT[s] };
  }
  repository['naam'] = { match: NAAM, name: SCOPES.naam };
  const volgorde = ['commentaar', 'tekst', 'datum', 'bedrag', 'percentage', 'getal', 'ja-nee', ...soorten.map((s) => `woorden-${s}`), 'naam'];
  return { name: 'Regelwerk', scopeName: SCOPE, fileTypes: ['regel'], patterns: volgorde.map((k) => ({ include: `#${k}` })), repository };
}
