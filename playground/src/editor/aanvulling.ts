// Aanvulling: sleutelwoorden (ook meerwoordig) uit de ene tabel, namen die op de plek gelden, en velden na een punt.
import type * as Monaco from 'monaco-editor/editor/editor.api';
import { FRASEN, SLEUTELWOORDEN } from '../../../language/keywords.js';
import type { NaamSoort, Overzicht } from './protocol.js';
import { namenOpPlek, padVoorPunt, veldenVanPad } from './namen.js';
import { meerwoordFrasen } from './kleuring.js';

const SOORT_TEKST: Record<NaamSoort, string> = {
  invoer: 'invoer', uitvoer: 'uitvoer', regel: 'regel', parameter: 'parameter', functie: 'functie', soort: 'soort', lokaal: 'lokale naam',
};

export function registreerAanvulling(monaco: typeof Monaco, taal: string, overzicht: () => Overzicht): Monaco.IDisposable {
  const K = monaco.languages.CompletionItemKind;
  const soortKind: Record<NaamSoort, Monaco.languages.CompletionItemKind> = {
    invoer: K.Field, uitvoer: K.Property, regel: K.Variable, parameter: K.Constant, functie: K.Function, soort: K.Struct, lokaal: K.Variable,
  };
  return monaco.languages.registerCompletionItemProvider(taal, {
    triggerCharacters: ['.'],
    provideCompletionItems(model, pos) {
      const woord = model.getWordUntilPosition(pos);
      const range = new monaco.Range(pos.lineNumber, woord.startColumn, pos.lineNumber, woord.endColumn);
      const regelVoor = model.getLineContent(pos.lineNumber).slice(0, woord.startColumn - 1);
      const offset = model.getOffsetAt(pos);
      const o = overzicht();

      const pad = padVoorPunt(regelVoor);
      if (pad) {
        const tekstVoor = model.getValueInRange(new monaco.Range(1, 1, pos.lineNumber, woord.startColumn));
        const velden = veldenVanPad(o, pad, offset, tekstVoor) ?? [];
        return {
          suggestions: velden.map((v, i) => ({
            label: { label: v.naam, description: v.type },
            kind: K.Field, insertText: v.naam, range, detail: v.type, sortText: String(i).padStart(3, '0'),
          })),
        };
      }

      const gezien = new Set<string>();
      const suggestions: Monaco.languages.CompletionItem[] = [];
      for (const n of namenOpPlek(o, offset)) {
        if (gezien.has(n.naam)) continue;
        gezien.add(n.naam);
        suggestions.push({
          label: { label: n.naam, description: `${SOORT_TEKST[n.kind]}: ${n.type}` },
          kind: soortKind[n.kind], insertText: n.naam, range, detail: `${SOORT_TEKST[n.kind]}: ${n.type}`,
          // a string, not Markdown: Monaco shows it as plain text (the bron is the policy's own text)
          documentation: n.bron ? `Bron: ${n.bron}` : undefined,
          sortText: `0${n.naam}`,
        });
      }
      for (const f of FRASEN) {
        if (f === 'als dan anders') {
          suggestions.push({
            label: 'als … dan … anders …', kind: K.Snippet, range, sortText: '2als',
            insertText: 'als ${1:voorwaarde} dan ${2:waarde} anders ${3:waarde}',
            insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet,
          });
          continue;
        }
      }
      // Meerwoordige sleutelwoorden: de frasen en hun staarten ('ten minste' uit 'is ten minste').
      for (const f of meerwoordFrasen()) {
        suggestions.push({ label: f, kind: K.Keyword, insertText: f, range, sortText: `2${f}`, detail: 'sleutelwoorden' });
      }
      for (const s of SLEUTELWOORDEN) {
        if (gezien.has(s.woord)) continue;
        suggestions.push({ label: s.woord, kind: K.Keyword, insertText: s.woord, range, sortText: `1${s.woord}`, detail: `sleutelwoord (${s.soort})` });
      }
      return { suggestions };
    },
  });
}
