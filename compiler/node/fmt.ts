// `regelwerk fmt [--check] [bestanden of mappen...]`: formats .regel files in place with the
// formatter of language/opmaak.ts, or (--check) only lists the files that are not formatted.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatteer } from '../../language/opmaak.js';
import { formatDiagnose } from '../../language/index.js';
import { GeenUtf8, REGELING_GRENS, TeGroot, leesTekst } from './bestanden.js';
import { GebruiksFout, type Uitvoer } from './gebruik.js';

/** The .regel files named, with directories searched (recursively, in name order). */
export function regelBestanden(paden: readonly string[]): string[] {
  const uit: string[] = [];
  const zoek = (map: string): void => {
    for (const naam of readdirSync(map).sort()) {
      if (naam === 'node_modules' || naam.startsWith('.')) continue;
      const pad = join(map, naam);
      if (statSync(pad).isDirectory()) zoek(pad);
      else if (naam.endsWith('.regel')) uit.push(pad);
    }
  };
  for (const pad of paden) {
    let s;
    try {
      s = statSync(pad);
    } catch {
      throw new GebruiksFout(`'${pad}' bestaat niet`);
    }
    if (s.isDirectory()) zoek(pad);
    else uit.push(pad);
  }
  return uit;
}

export function fmt(args: readonly string[], io: Uitvoer): number {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: { check: { type: 'boolean', default: false } } });
  // Without paths, like `regelwerk test`: the policies of this project, never the whole tree.
  if (positionals.length === 0 && !existsSync('policies')) throw new GebruiksFout('geef een of meer .regel-bestanden of mappen (er is hier geen map policies/)');
  const bestanden = regelBestanden(positionals.length ? positionals : ['policies']);
  let fout = false;
  const ongeformatteerd: string[] = [];
  for (const pad of bestanden) {
    let tekst: string;
    try {
      tekst = leesTekst(pad, REGELING_GRENS);
    } catch (x) {
      if (x instanceof GeenUtf8) throw new GebruiksFout(`bestand '${pad}' is ${x.message}; sla het op als UTF-8`);
      if (x instanceof TeGroot) throw new GebruiksFout(`bestand '${pad}' is ${x.message}, de grens voor een regeling; splits haar in kleinere regelingen`);
      throw new GebruiksFout(`bestand '${pad}' is niet te lezen`);
    }
    const r = formatteer(tekst, pad);
    if (!r.ok) {
      fout = true;
      for (const d of r.diagnosen) io.err(`${formatDiagnose(d, tekst)}\n`);
      continue;
    }
    // A byte order mark at the start (one: the lexer refuses a second) stays: the encoding is the drafter's choice.
    const uit = tekst.startsWith('\ufeff') ? `\ufeff${r.tekst}` : r.tekst;
    if (uit === tekst) continue;
    ongeformatteerd.push(pad);
    if (!values.check) writeFileSync(pad, uit);
  }
  if (values.check) {
    for (const pad of ongeformatteerd) io.out(`niet opgemaakt: ${pad}`);
    if (ongeformatteerd.length) io.err(`regelwerk fmt: ${ongeformatteerd.length} van ${bestanden.length} bestanden niet opgemaakt; draai: regelwerk fmt ${positionals.join(' ')}`.trimEnd());
    return fout || ongeformatteerd.length > 0 ? 1 : 0;
  }
  for (const pad of ongeformatteerd) io.out(`opgemaakt: ${pad}`);
  return fout ? 1 : 0;
}
