// The README's bench section is made from bench/results.json, never written by hand: the tables
// and the targets between two markers in README.md. `npm run bench` writes it after
// results.json; `npm run bench:tabel` (this file as a script) writes it again from the
// results.json on disk; test/bench/tabel.test.ts checks that README.md holds what this makes.
import { bevolkingTabel } from './bevolking.js';
import { schrijfPostgresBevolking } from './bevolking-postgres.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { schrijfTabel, type Resultaat } from './rapport.js';
import { schrijfSchaal } from './schaal.js';

export const BEGIN = '<!-- bench:begin — gemaakt door bench/tabel.ts uit bench/results.json; niet met de hand bewerken -->';
export const EIND = '<!-- bench:eind -->';

/** The generated part: every table of the report, from the results as bench/results.json holds them. */
export function benchTabel(r: Resultaat): string {
  // the population rows, when the results have them (an older results file does not)
  const p = r as Resultaat & { populations?: Parameters<typeof bevolkingTabel>[0]; populationsPostgres?: Parameters<typeof schrijfPostgresBevolking>[0] };
  const bevolking = p.populations ? `\n\n${bevolkingTabel(p.populations)}` : '';
  const postgres = p.populationsPostgres ? `\n\n${schrijfPostgresBevolking(p.populationsPostgres)}` : '';
  return `${schrijfTabel(r)}\n\n${schrijfSchaal(r.scaling)}${bevolking}${postgres}`;
}

/** README.md with the part between the markers made from `r`; throws when the markers are missing. */
export function readmeMetTabel(readme: string, r: Resultaat): string {
  const begin = readme.indexOf(BEGIN);
  const eind = readme.indexOf(EIND);
  if (begin < 0 || eind < begin) throw new Error(`README.md mist de markeringen ${BEGIN} en ${EIND}`);
  return `${readme.slice(0, begin + BEGIN.length)}\n\n${benchTabel(r)}\n\n${readme.slice(eind)}`;
}

/** Writes README.md from bench/results.json in package folder `root`. */
export function schrijfReadme(root: string): void {
  const r = JSON.parse(readFileSync(join(root, 'bench', 'results.json'), 'utf8')) as Resultaat;
  const pad = join(root, 'README.md');
  writeFileSync(pad, readmeMetTabel(readFileSync(pad, 'utf8'), r));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  schrijfReadme(join(import.meta.dirname, '..', '..'));
  process.stdout.write('geschreven: README.md (de bench-tabellen uit bench/results.json)\n');
}
