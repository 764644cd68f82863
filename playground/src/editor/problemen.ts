// De problemenlijst onder de editor, zoals in de TypeScript-speeltuin: elke markering van de controle
// (fouten eerst) met regel, kolom, code en melding; een klik of Enter zet de cursor op de plek.
import type * as Monaco from 'monaco-editor/editor/editor.api';

function knop(tekst: string, klik: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = tekst;
  b.addEventListener('click', klik);
  return b;
}

export function koppelProblemen(monaco: typeof Monaco, editor: Monaco.editor.IStandaloneCodeEditor, lijst: HTMLElement): void {
  const spring = (m: Monaco.editor.IMarker): void => {
    editor.setSelection(new monaco.Selection(m.startLineNumber, m.startColumn, m.endLineNumber, m.endColumn));
    editor.revealRangeInCenter({ startLineNumber: m.startLineNumber, startColumn: m.startColumn, endLineNumber: m.endLineNumber, endColumn: m.endColumn });
    editor.focus();
  };
  const teken = (): void => {
    const model = editor.getModel();
    const ms = model ? monaco.editor.getModelMarkers({ resource: model.uri }) : [];
    ms.sort((a, b) => b.severity - a.severity || a.startLineNumber - b.startLineNumber || a.startColumn - b.startColumn);
    const items = ms.map((m) => {
      const li = document.createElement('li');
      const fout = m.severity === monaco.MarkerSeverity.Error;
      const code = m.code === undefined ? '' : typeof m.code === 'string' ? m.code : m.code.value;
      const b = knop('', () => spring(m));
      const ernst = document.createElement('span');
      ernst.className = fout ? 'ernst-fout' : 'ernst-waarschuwing';
      ernst.textContent = fout ? 'fout' : 'waarschuwing';
      b.append(ernst, ` regel ${m.startLineNumber}:${m.startColumn}${code ? ` ${code}` : ''}: ${m.message.split('\n')[0] ?? ''}`);
      b.dataset['regel'] = String(m.startLineNumber);
      li.append(b);
      return li;
    });
    // the list keeps its height: an editor that shrank and grew with every check would jump under
    // the drafter's cursor (and Monaco closes an open completion list when it is laid out again)
    if (items.length === 0) {
      const p = document.createElement('p');
      p.className = 'geen';
      p.textContent = 'Geen problemen.';
      lijst.replaceChildren(p);
      return;
    }
    const ul = document.createElement('ul');
    ul.append(...items);
    lijst.replaceChildren(ul);
  };
  monaco.editor.onDidChangeMarkers((uris) => {
    const model = editor.getModel();
    if (model && uris.some((u) => u.toString() === model.uri.toString())) teken();
  });
  editor.onDidChangeModel(teken);
  teken();
}
