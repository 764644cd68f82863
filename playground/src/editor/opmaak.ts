// "Document opmaken" (Shift+Alt+F) in de editor: Monaco vraagt de opmaak, de opmaakwerker maakt
// de tekst op (zelfde formatter als `regelwerk fmt`), en de editor vervangt de tekst in één bewerking.
// Bij een syntaxfout gebeurt er niets; de markers van de controle tonen de fout.
import type * as Monaco from 'monaco-editor/editor/editor.api';
import type { OpmaakAntwoord, OpmaakVerzoek } from './protocol.js';

export function registreerOpmaak(monaco: typeof Monaco, taal: string, bestandsnaam: () => string): void {
  let werker: Worker | null = null;
  let volgende = 0;
  const wachtend = new Map<number, (a: OpmaakAntwoord) => void>();
  const start = (): Worker => {
    const w = new Worker(new URL('../werkers/opmaak.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<OpmaakAntwoord>): void => {
      wachtend.get(e.data.id)?.(e.data);
      wachtend.delete(e.data.id);
    };
    return w;
  };
  monaco.languages.registerDocumentFormattingEditProvider(taal, {
    displayName: 'Regelwerk (regelwerk fmt)',
    async provideDocumentFormattingEdits(model, _opties, token) {
      werker ??= start();
      const versie = model.getVersionId();
      const verzoek: OpmaakVerzoek = { id: volgende++, tekst: model.getValue(), bestandsnaam: bestandsnaam() };
      const antwoord = await new Promise<OpmaakAntwoord>((klaar) => {
        wachtend.set(verzoek.id, klaar);
        werker!.postMessage(verzoek);
      });
      // Changed meanwhile, cancelled, or a syntax error: leave the text as it is.
      if (token.isCancellationRequested || model.getVersionId() !== versie || antwoord.tekst === null || antwoord.tekst === verzoek.tekst) return [];
      return [{ range: model.getFullModelRange(), text: antwoord.tekst }];
    },
  });
}
