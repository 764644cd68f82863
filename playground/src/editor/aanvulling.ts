// Aanvulling in Monaco: de taalwerker rekent (compiler/diensten/: velden na een punt achter elke
// expressie, namen die op de plek gelden, sleutelwoorden en frasen); hier alleen de vertaling naar Monaco.
import type * as Monaco from 'monaco-editor/editor/editor.api';
import type { AanvulSoort, SymboolSoort } from '../../../compiler/index.js';
import { vraagDienst } from './controle.js';

export function registreerAanvulling(monaco: typeof Monaco, taal: string): Monaco.IDisposable {
  const K = monaco.languages.CompletionItemKind;
  const perSoort: Record<AanvulSoort, Monaco.languages.CompletionItemKind> = { naam: K.Variable, veld: K.Field, sleutelwoord: K.Keyword, frase: K.Keyword, sjabloon: K.Snippet };
  const perNaam: Record<SymboolSoort, Monaco.languages.CompletionItemKind> = {
    invoer: K.Field, uitvoer: K.Property, regel: K.Variable, parameter: K.Constant, functie: K.Function, soort: K.Struct, lokaal: K.Variable,
  };
  return monaco.languages.registerCompletionItemProvider(taal, {
    triggerCharacters: ['.'],
    async provideCompletionItems(model, pos) {
      const r = await vraagDienst(model, { dienst: 'aanvulling', offset: model.getOffsetAt(pos), eind: model.getOffsetAt(pos) });
      if (!r || r.dienst !== 'aanvulling') return { suggestions: [] };
      const begin = model.getPositionAt(r.van);
      const range = new monaco.Range(begin.lineNumber, begin.column, pos.lineNumber, pos.column);
      return {
        suggestions: r.items.map((x) => ({
          label: x.kind === 'naam' || x.kind === 'veld' ? { label: x.label, description: x.detail } : x.label,
          kind: x.naamSoort ? perNaam[x.naamSoort] : perSoort[x.kind], insertText: x.invoegen, range, detail: x.detail, sortText: x.sortering,
          // a string, not Markdown: Monaco shows it as plain text (the bron is the policy's own text)
          ...(x.documentatie ? { documentation: x.documentatie } : {}),
          ...(x.sjabloon ? { insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet } : {}),
        })),
      };
    },
  });
}
