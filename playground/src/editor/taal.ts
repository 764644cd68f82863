// Registreert de taal Regelwerk in Monaco: taalinstellingen, kleuring, aanvulling, hover en ga-naar-definitie.
import type * as Monaco from 'monaco-editor/editor/editor.api';
import { maakTokenizer, THEMA } from './kleuring.js';
import { registreerAanvulling } from './aanvulling.js';
import { registreerUitleg } from './uitleg.js';
import type { Overzicht } from './protocol.js';

export const TAAL = 'regelwerk';

export function registreerTaal(monaco: typeof Monaco, overzicht: () => Overzicht): void {
  monaco.languages.register({ id: TAAL, extensions: ['.regel'], aliases: ['Regelwerk'] });
  monaco.languages.setLanguageConfiguration(TAAL, {
    comments: { lineComment: '--' },
    brackets: [['(', ')'], ['[', ']'], ['{', '}']],
    autoClosingPairs: [{ open: '(', close: ')' }, { open: '[', close: ']' }, { open: '{', close: '}' }, { open: '"', close: '"', notIn: ['string', 'comment'] }],
    surroundingPairs: [{ open: '(', close: ')' }, { open: '[', close: ']' }, { open: '{', close: '}' }, { open: '"', close: '"' }],
    wordPattern: /[_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F][0-9_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]*(?:-[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F][0-9_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]*)*|-?\d+(?:,\d+)?/,
  });
  monaco.languages.setMonarchTokensProvider(TAAL, maakTokenizer());
  monaco.editor.defineTheme('regelwerk', THEMA);
  registreerAanvulling(monaco, TAAL, overzicht);
  registreerUitleg(monaco, TAAL, overzicht);
}
