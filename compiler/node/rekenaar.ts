// One worker thread of the decision service (`regelwerk serve`): it imports the compiled modules it
// is given at start (verified code text from the compile cache, never a path or a policy) and
// answers evaluation requests, one at a time. The service runs one per core, so evaluations run in
// parallel and one that takes too long can be stopped (the thread is ended) without the others.
import { parentPort, workerData } from 'node:worker_threads';
import type { GecompileerdeModule } from '../../runtime/module.js';
import { leesJsonTekst } from '../../runtime/json.js';
import { RegelwerkFout, RegelwerkInvoerFout } from '../../runtime/fouten.js';
import type { Antwoord, Opdracht, RekenaarStart } from './rekenaars.js';

const start = workerData as RekenaarStart;
const modules = new Map<string, GecompileerdeModule>();
for (const { naam, js } of start.modules) {
  modules.set(naam, (await import(`data:text/javascript;base64,${Buffer.from(js, 'utf8').toString('base64')}`)) as GecompileerdeModule);
}

/** A problem as the service reports it: 400 for invalid input, 422 for a conflict, no value, or a calculation error. */
function probleem(x: unknown): Antwoord['probleem'] {
  if (x instanceof RegelwerkInvoerFout) return { status: 400, soort: x.soort, melding: x.message, ...(x.pad ? { pad: x.pad } : {}) };
  if (x instanceof RegelwerkFout) return { status: 422, soort: x.soort, melding: x.message };
  return { status: 500, soort: 'intern', melding: `interne fout: ${x instanceof Error ? x.message : String(x)}` };
}

function reken(o: Opdracht): Antwoord {
  const m = modules.get(o.naam);
  if (!m) return { id: o.id, probleem: { status: 404, soort: 'onbekend', melding: `geen regeling '${o.naam}'` } };
  try {
    const invoer: unknown = leesJsonTekst(o.tekst);
    const opties = o.peildatum === undefined ? {} : { peildatum: o.peildatum };
    const uit = o.uitleg ? m.evalueerMetUitleg(invoer, opties) : m.evalueer(invoer, opties);
    return { id: o.id, json: JSON.stringify(uit) };
  } catch (x) {
    return { id: o.id, probleem: probleem(x) };
  }
}

parentPort!.on('message', (o: Opdracht) => parentPort!.postMessage(reken(o)));
parentPort!.postMessage('klaar');
