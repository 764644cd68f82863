// One worker thread of `regelwerk bevolking`: it imports the compiled modules it is given at start
// (the base policy and each variant, a parameter variant compiled with its values; verified code
// from the compile cache, never a path) and answers batches of lines of the input file DuckDB
// wrote (werkers.ts: `leesRegel`). It writes each batch's cells (per row and module: the outputs,
// `fout`, `pad`) as NDJSON to a file of its own in the run's temporary folder, which DuckDB joins
// to the input at the end, so the main thread never touches a cell; it returns the counts, the
// digits of each number column and, when a report or a check needs them, the cells and the rows.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { GecompileerdeModule } from '../../../runtime/module.js';
import { Cijfers } from '../../bevolking/kolommen.js';
import { type RijEngine, invoerVanRij, rekenRij, soorten } from './rij.js';
import { type Partij, type PartijUitkomst, type WerkerStart, leesRegel, partijBestand } from './werkers.js';

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

/** The start of each cell in a row's NDJSON line: `{"c0":`, `,"c1":`, ... */
const sleutels = Array.from({ length: start.modules.length * perModule }, (_, k) => `${k === 0 ? '{' : ','}"c${k}":`);
/** Per cell, the number column whose digits it adds to, or -1. */
const cijferVan = sleutels.map((_, k) => getalKolommen.findIndex((g) => g.i === k));

/**
 * One batch: each row's input read, evaluated by every module, and its cells appended straight to
 * the batch's NDJSON text (no array per row; the cells are kept only when they go back).
 */
function reken(p: Partij): PartijUitkomst {
  const alle: (string | null)[] = [];
  const cijfers = getalKolommen.map((g) => new Cijfers(g.schaal));
  const aantalUit = start.uitvoer.length;
  let fouten = 0;
  let tekst = '';
  const regels = Buffer.from(p.regels.buffer, p.regels.byteOffset, p.regels.byteLength).toString('utf8').split('\n');
  if (regels[regels.length - 1] === '') regels.pop(); // after the last line's newline
  const rijen = start.cellenTerug ? [] as ReturnType<typeof leesRegel>[] : null;
  for (let i = 0; i < regels.length; i++) {
    const r = leesRegel(regels[i]!);
    rijen?.push(start.invoerTerug ? r : { json: '', peildatum: null, groep: r.groep, id: r.id });
    const invoer = invoerVanRij(r.json, start.invoer);
    // a row without a peildatum in its column: the engine says '' is not a date
    const peildatum = start.peildatumKolom ? r.peildatum ?? '' : start.peildatum;
    let k = 0;
    for (let m = 0; m < engines.length; m++) {
      const u = rekenRij(engines[m]!, invoer, peildatum, start.uitvoer, s);
      if (m === 0 && u.fout !== null) fouten++;
      for (let j = 0; j <= aantalUit + 1; j++, k++) {
        const x = j < aantalUit ? u.cellen[j]! : j === aantalUit ? u.fout : u.pad;
        const g = cijferVan[k]!;
        // a decimal number's text (voeg says it is one) needs no escaping in JSON; any other text does
        tekst += sleutels[k]!;
        tekst += x === null ? 'null' : g >= 0 && cijfers[g]!.voeg(x) ? `"${x}"` : JSON.stringify(x);
        if (start.cellenTerug) alle.push(x);
      }
    }
    tekst += '}\n';
  }
  writeFileSync(join(start.map, partijBestand(p.partij)), tekst);
  return { partij: p.partij, gevallen: regels.length, fouten, cijfers: cijfers.map((c) => c.staat), cellen: start.cellenTerug ? alle : null, rijen };
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
