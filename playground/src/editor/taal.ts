// Registreert de taal Regelwerk in Monaco: taalinstellingen, kleuring, aanvulling, hover, ga-naar-definitie en snelle oplossingen.
import type * as Monaco from 'monaco-editor/editor/editor.api';
import { maakTokenizer, THEMA } from './kleuring.js';
import { registreerAanvulling } from './aanvulling.js';
import { registreerUitleg } from './uitleg.js';
import type { Overzicht } from './protocol.js';
import { LITERAAL, NAAM } from '../../../language/lexicon.js';

export const TAAL = 'regelwerk';

export function registreerTaal(monaco: typeof Monaco, overzicht: () => Overzicht): void {
  monaco.languages.register({ id: TAAL, extensions: ['.regel'], aliases: ['Regelwerk'] });
  monaco.languages.setLanguageConfiguration(TAAL, {
    comments: { lineComment: '--' },
    brackets: [['(', ')'], ['[', ']'], ['{', '}']],
    autoClosingPairs: [{ open: '(', close: ')' }, { open: '[', close: ']' }, { open: '{', close: '}' }, { open: '"', close: '"', notIn: ['string', 'comment'] }],
    surroundingPairs: [{ open: '(', close: ')' }, { open: '[', close: ']' }, { open: '{', close: '}' }, { open: '"', close: '"' }],
    // een woord is een naam of een getal (dubbelklik, aanvulling)
    wordPattern: new RegExp(`${NAAM}|-?${LITERAAL.getal}`),
  });
  monaco.languages.setMonarchTokensProvider(TAAL, maakTokenizer());
  monaco.editor.defineTheme('regelwerk', THEMA);
  registreerAanvulling(monaco, TAAL);
  registreerUitleg(monaco, TAAL);
  // the outline of the last check is the bronpaneel's; completion and hover ask the worker
  void overzicht;
}
