// One worker thread of `regelwerk bevolking`: it imports the compiled modules it is given at start
// (the base policy and each variant, verified code from the compile cache, never a path) and
// answers batches of rows: for each row and each module the output cells, `fout` and `pad`, in
// one flat array (structured clone copies it in one go). One thread per core runs the batches in parallel.
import { parentPort, workerData } from 'node:worker_threads';
import type { GecompileerdeModule } from '../../../runtime/module.js';
import { leesJsonTekst } from '../../../runtime/json.js';
import { alsJsGetallen } from '../stroom.js';
import { type RijEngine, invoerVanRij, rekenRij, soorten } from './rij.js';
import type { Partij, PartijUitkomst, WerkerStart } from './werkers.js';

const start = workerData as WerkerStart;
const engines: RijEngine[] = [];
for (const m of start.modules) {
  const module = (await import(`data:text/javascript;base64,${Buffer.from(m.js, 'utf8').toString('base64')}`)) as GecompileerdeModule;
  // parameter overrides as exact JSON values (a number keeps its digits)
  const parameters = m.parameters === null ? null : (leesJsonTekst(m.parameters) as Record<string, unknown>);
  engines.push((invoer, opties) => {
    const o = parameters === null ? opties : { ...opties, parameters };
    return module.evalueerMetPad(alsJsGetallen(invoer), o);
  });
}
const s = soorten(start.uitvoer);

function reken(p: Partij): PartijUitkomst {
  const cellen: (string | null)[] = [];
  p.rijen.forEach((tekst, i) => {
    const invoer = invoerVanRij(tekst, start.invoer);
    const peildatum = p.peildata?.[i] ?? start.peildatum;
    for (const e of engines) {
      const u = rekenRij(e, invoer, peildatum, start.uitvoer, s);
      cellen.push(...u.cellen, u.fout, u.pad);
    }
  });
  return { partij: p.partij, cellen };
}

parentPort!.on('message', (p: Partij) => parentPort!.postMessage(reken(p)));
parentPort!.postMessage('klaar');
