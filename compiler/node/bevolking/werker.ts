// One worker thread of `regelwerk bevolking`: it imports the compiled modules it is given at start
// (the base policy and each variant, a parameter variant compiled with its values; verified code
// from the compile cache, never a path) and
// answers batches of rows. It writes each batch's cells (per row and module: the outputs, `fout`,
// `pad`) as NDJSON to a file of its own in the run's temporary folder, which DuckDB joins to the
// input at the end, so the main thread never touches a cell; it returns the counts, the digits
// of each number column and, when a report or a check needs them, the cells themselves.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { GecompileerdeModule } from '../../../runtime/module.js';
import { Cijfers } from '../../bevolking/kolommen.js';
import { type RijEngine, invoerVanRij, rekenRij, soorten } from './rij.js';
import { type Partij, type PartijUitkomst, type WerkerStart, partijBestand } from './werkers.js';

const start = workerData as WerkerStart;
const engines: RijEngine[] = [];
for (const m of start.modules) {
  const module = (await import(`data:text/javascript;base64,${Buffer.from(m.js, 'utf8').toString('base64')}`)) as GecompileerdeModule;
  engines.push((invoer, opties) => module.evalueerMetPad(invoer, opties));
}
const s = soorten(start.uitvoer);
const perModule = start.uitvoer.length + 2;
/** The number columns (by position in a row's cells) and their minimum scale (cents for an amount). */
const getalKolommen = start.modules.flatMap((_, m) => start.uitvoer.flatMap((u, k) => (s[k] === 'getal' ? [{ i: m * perModule + k, schaal: eenheid(u.type) === 'bedrag' ? 2 : 0 }] : [])));

function eenheid(t: WerkerStart['uitvoer'][number]['type']): string {
  return t.soort === 'leegbaar' ? t.type.soort : t.soort;
}

function reken(p: Partij): PartijUitkomst {
  const breedte = start.modules.length * perModule;
  const alle: (string | null)[] = [];
  const regels: string[] = [];
  const cijfers = getalKolommen.map((g) => new Cijfers(g.schaal));
  let fouten = 0;
  p.rijen.forEach((tekst, i) => {
    const invoer = invoerVanRij(tekst, start.invoer);
    const peildatum = p.peildata?.[i] ?? start.peildatum;
    const rij: (string | null)[] = [];
    for (const e of engines) {
      const u = rekenRij(e, invoer, peildatum, start.uitvoer, s);
      rij.push(...u.cellen, u.fout, u.pad);
    }
    if (rij[start.uitvoer.length] !== null) fouten++;
    getalKolommen.forEach((g, k) => { const x = rij[g.i]; if (x !== null && x !== undefined) cijfers[k]!.voeg(x); });
    let regel = '{';
    for (let k = 0; k < breedte; k++) regel += `${k > 0 ? ',' : ''}"c${k}":${rij[k] === null ? 'null' : JSON.stringify(rij[k])}`;
    regels.push(`${regel}}`);
    if (start.cellenTerug) alle.push(...rij);
  });
  writeFileSync(join(start.map, partijBestand(p.partij)), `${regels.join('\n')}\n`);
  return { partij: p.partij, gevallen: p.rijen.length, fouten, cijfers: cijfers.map((c) => c.staat), cellen: start.cellenTerug ? alle : null };
}

parentPort!.on('message', (p: Partij) => {
  try {
    parentPort!.postMessage(reken(p));
  } catch (x) {
    // writing the batch failed (the disk is full): the run cannot be completed
    parentPort!.postMessage({ partij: p.partij, fout: x instanceof Error ? x.message : String(x) });
  }
});
parentPort!.postMessage('klaar');
