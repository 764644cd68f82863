// Evaluatie-worker (module worker): controleert, evalueert en test de regeling buiten de hoofddraad.
/// <reference lib="webworker" />
import { code, draai, geladen, tests } from '../panelen/werk.js';
import type { Antwoord, Vraag } from '../panelen/protocol.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const stuur = (a: Antwoord): void => scope.postMessage(a);

scope.onmessage = (e: MessageEvent<Vraag>) => {
  const v = e.data;
  try {
    switch (v.kind) {
      case 'vorm':
        stuur({ id: v.id, kind: 'vorm', vorm: geladen(v.tekst, v.bestandsnaam).vorm });
        break;
      case 'draai':
        stuur({ id: v.id, kind: 'draai', uitkomst: draai(v.tekst, v.bestandsnaam, v.invoerJson, v.peildatum, v.parametersJson) });
        break;
      case 'code':
        stuur({ id: v.id, kind: 'code', ...code(v.tekst, v.bestandsnaam) });
        break;
      case 'tests': {
        const r = tests(v.tekst, v.bestandsnaam, v.runs, (gedaan, totaal, wat) => stuur({ id: v.id, kind: 'voortgang', gedaan, totaal, wat }));
        stuur(typeof r === 'string' ? { id: v.id, kind: 'tests', resultaten: null, fout: r } : { id: v.id, kind: 'tests', resultaten: r, fout: null });
        break;
      }
    }
  } catch (x) {
    stuur({ id: v.id, kind: 'fout', melding: `interne fout: ${x instanceof Error ? x.message : String(x)}` });
  }
};
