// `regelwerk doc <regelingen of mappen...> --uit <map>`: the law pages of compiler/doc/ written to a
// folder: every policy named (a folder: its .regel files), every stdlib module, the letters of
// docs/bronnen/ and the diagnostic catalogue, with what was tested per policy (its examples, its
// properties, the coverage of each clause, run as `regelwerk test --dekking` with `--runs` cases per
// property, default 100). A policy with errors writes nothing (exit 1).
import { readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { documenteer, type DocBron } from '../doc/doc.js';
import { laad } from '../../language/index.js';
import { maakMap } from './bestanden.js';
import { regelBestanden } from './fmt.js';
import { GebruiksFout, type Uitvoer } from './gebruik.js';
import { pakketMap, stdlibLader } from './modules.js';
import { leesOfFout, padFout, runsEnSeed, toonDiagnosen } from './opdrachten.js';
import { dekkingAlsJson, toetsMetDekking } from '../analysis/dekking.js';
import { standaardPeildatum } from '../interpreter/voorbeelden.js';
import { toetsingHtml } from '../doc/toetsing.js';
import { contractHtml } from '../doc/contract.js';

export function doc(args: readonly string[], io: Uitvoer): number {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: { uit: { type: 'string' }, runs: { type: 'string' }, seed: { type: 'string' } } });
  if (!values.uit) throw new GebruiksFout('--uit <map> ontbreekt: de map waarin de pagina\'s komen');
  const { runs, seed } = runsEnSeed(values.runs ?? '100', values.seed ?? '20230403');
  const bestanden = regelBestanden(positionals.length > 0 ? positionals : ['policies']);
  if (bestanden.length === 0) throw new GebruiksFout('geen .regel-bestanden gevonden');
  const regelingen: DocBron[] = [];
  let fout = false;
  for (const pad of bestanden) {
    const r = leesOfFout(pad);
    if (!r.ok) {
      toonDiagnosen(r.diagnosen, r.teksten, io);
      fout = true;
      continue;
    }
    // what was tested, as `regelwerk test --dekking` runs it
    const peildatum = standaardPeildatum(r.gecontroleerd);
    const x = toetsMetDekking(r.gecontroleerd, { runs, seed, peildatum });
    const toetsing = toetsingHtml({ voorbeelden: x.voorbeelden, eigenschappen: x.eigenschappen, dekking: dekkingAlsJson(x.dekking) });
    const contract = contractHtml(r.gecontroleerd, r.tekst, basename(pad).replace(/\.regel$/, ''));
    regelingen.push({
      bestand: relative(process.cwd(), resolve(pad)) || pad, tekst: r.tekst, g: r.gecontroleerd,
      extra: [{ id: 'toetsing', titel: 'Wat er getoetst is', html: toetsing }, { id: 'contract', titel: 'Voor ontwikkelaars: het JSON-contract', html: contract }],
    });
  }
  if (fout) {
    io.err('regelwerk doc: niets geschreven; herstel eerst de fouten hierboven');
    return 1;
  }
  const pakket = pakketMap();
  const stdlib: DocBron[] = readdirSync(join(pakket, 'stdlib')).filter((f) => f.endsWith('.regel')).sort().map((f) => {
    const m = stdlibLader(f.replace(/\.regel$/, ''))!;
    const g = laad(m.tekst, m.bestandsnaam, stdlibLader);
    return { bestand: m.bestandsnaam, tekst: m.tekst, g: g.gecontroleerd };
  });
  const bronMap = join(pakket, 'docs', 'bronnen');
  const brieven = new Map(readdirSync(bronMap).filter((f) => f.endsWith('.txt')).sort().map((f) => [f, readFileSync(join(bronMap, f), 'utf8')] as const));
  const paginas = documenteer({ regelingen, stdlib, brieven });
  const uit = resolve(values.uit);
  // Written beside the folder and moved in at the end: an interrupted run leaves the old pages.
  const tijdelijk = `${uit}.schrijven-${process.pid}`;
  try {
    for (const [pad, html] of paginas) {
      const doel = join(tijdelijk, pad);
      maakMap(dirname(doel));
      writeFileSync(doel, html);
    }
    rmSync(uit, { recursive: true, force: true });
    renameSync(tijdelijk, uit);
  } catch (x) {
    rmSync(tijdelijk, { recursive: true, force: true });
    throw padFout(x, 'map', values.uit);
  }
  io.err(`${paginas.size} pagina's geschreven in ${values.uit} (open ${join(values.uit, 'index.html')})`);
  return 0;
}
