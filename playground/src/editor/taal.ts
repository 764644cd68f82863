// Registreert de taal Regelwerk in Monaco: taalinstellingen, kleuring, aanvulling, hover, ga-naar-definitie, snelle oplossingen en het overzicht.
import type * as Monaco from 'monaco-editor/editor/editor.api';
import { maakTokenizer, THEMA } from './kleuring.js';
import { registreerAanvulling } from './aanvulling.js';
import { registreerUitleg } from './uitleg.js';
import type { Bereik, NaamInfo, Overzicht } from './protocol.js';
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
  // Het overzicht (outline, ga naar symbool) van de laatste controle: één declaratie per regel ervan.
  const S = monaco.languages.SymbolKind;
  const soort: Record<NaamInfo['kind'], Monaco.languages.SymbolKind> = {
    regeling: S.Module, gebruik: S.Package, soort: S.Struct, invoer: S.Field, uitvoer: S.Property, parameter: S.Constant, functie: S.Function,
    regel: S.Variable, uitzondering: S.Event, bereik: S.Constant, voorbeeld: S.Object, eigenschap: S.Boolean, veld: S.Field,
  };
  const range = (b: Bereik): Monaco.IRange => ({ startLineNumber: b.regel, startColumn: b.kolom, endLineNumber: b.eindRegel, endColumn: b.eindKolom });
  monaco.languages.registerDocumentSymbolProvider(TAAL, {
    displayName: 'Regelwerk',
    provideDocumentSymbols: () => overzicht().namen.map((n) => ({
      name: n.naam, detail: n.kind, kind: soort[n.kind], tags: [], range: range(n.bereik), selectionRange: range(n.plek),
    })),
  });
}
