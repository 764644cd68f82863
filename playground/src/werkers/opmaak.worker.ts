// Opmaakwerker: maakt de regeling op (language/opmaak.ts) buiten de hoofdthread, zodat een groot
// bestand het typen niet ophoudt. Bij een syntaxfout komt er geen tekst terug: de markers van de
// controle tonen de fout al.
/// <reference lib="webworker" />
import { formatteer } from '../../../language/opmaak.js';
import type { OpmaakAntwoord, OpmaakVerzoek } from '../editor/protocol.js';

self.onmessage = (e: MessageEvent<OpmaakVerzoek>): void => {
  const { id, tekst, bestandsnaam } = e.data;
  let antwoord: OpmaakAntwoord;
  try {
    const r = formatteer(tekst, bestandsnaam);
    antwoord = r.ok ? { id, tekst: r.tekst } : { id, tekst: null, melding: r.diagnosen[0]?.melding ?? 'syntaxfout' };
  } catch (x) {
    antwoord = { id, tekst: null, melding: x instanceof Error ? x.message : String(x) };
  }
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(antwoord);
};
