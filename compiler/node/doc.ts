// `regelwerk doc [regelingen of mappen...] --uit <map>`: writes the static law pages of doc-html.ts
// (an index, a page per policy and per stdlib module, the diagnostic catalogue) into a folder.
// Nothing is written when a policy has errors.
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CATALOGUS } from '../../language/catalogus.js';
import { leesBestand } from '../../language/index.js';
import { maakMap } from './bestanden.js';
import { moduleNaam } from './compile.js';
import { type DocModule, type DocRegeling, diagnostiekPagina, indexPagina, paginaNaam, regelingPagina, stdlibPagina } from './doc-html.js';
import { regelBestanden } from './fmt.js';
import { GebruiksFout, type Uitvoer } from './gebruik.js';
import { stdlibLader } from './modules.js';
import { STDLIB_MODULES } from '../../stdlib/index.js';
import { leesOfFout, toonDiagnosen } from './opdrachten.js';

export function doc(args: readonly string[], io: Uitvoer): number {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: { uit: { type: 'string' } } });
  if (!values.uit) throw new GebruiksFout('--uit <map> ontbreekt (gebruik: regelwerk doc [regelingen of mappen...] --uit <map>)');
  const paden = regelBestanden(positionals.length > 0 ? positionals : ['policies']);
  if (paden.length === 0) throw new GebruiksFout(`geen .regel-bestanden gevonden in ${positionals.join(', ') || 'policies'}`);
  const regelingen: DocRegeling[] = [];
  const namen = new Map<string, string>();
  let fouten = 0;
  for (const pad of paden) {
    const naam = moduleNaam(pad);
    const eerder = namen.get(naam);
    if (eerder !== undefined) throw new GebruiksFout(`'${eerder}' en '${pad}' zouden allebei de pagina van '${naam}' worden; geef een van beide een andere naam`);
    namen.set(naam, pad);
    const r = leesOfFout(pad);
    if (!r.ok) {
      toonDiagnosen(r.diagnosen.filter((d) => d.ernst === 'fout'), r.tekst, io);
      fouten++;
      continue;
    }
    regelingen.push({ naam, g: r.gecontroleerd, tekst: r.tekst });
  }
  if (fouten > 0) {
    io.err(`regelwerk: ${fouten} regeling(en) met fouten; er is niets geschreven`);
    return 1;
  }
  // every stdlib module, with the policies that use it
  const modules: DocModule[] = [];
  for (const naam of Object.keys(STDLIB_MODULES).sort()) {
    const m = stdlibLader(naam);
    if (!m) continue;
    const gebruikers = regelingen.filter((r) => r.g.bestand.declaraties.some((d) => d.kind === 'Gebruik' && d.naam === naam)).map((r) => r.naam);
    modules.push({ naam, bestand: leesBestand(m.tekst, m.bestandsnaam).bestand, tekst: m.tekst, gebruikers });
  }
  const uit = values.uit;
  try {
    maakMap(uit);
    if (!statSync(uit).isDirectory()) throw new GebruiksFout(`map '${uit}' bestaat al en is geen map`);
  } catch (x) {
    if (x instanceof GebruiksFout) throw x;
    throw new GebruiksFout(`map '${uit}' is niet te gebruiken (${(x as NodeJS.ErrnoException).code ?? 'onbekende fout'})`);
  }
  const schrijf = (naam: string, html: string): void => {
    writeFileSync(join(uit, naam), html);
    io.err(`geschreven: ${join(uit, naam)}`);
  };
  schrijf('index.html', indexPagina(regelingen, modules));
  schrijf('diagnostiek.html', diagnostiekPagina(CATALOGUS));
  for (const r of regelingen) schrijf(paginaNaam('regeling', r.naam), regelingPagina(r));
  for (const m of modules) schrijf(paginaNaam('stdlib', m.naam), stdlibPagina(m));
  return 0;
}
