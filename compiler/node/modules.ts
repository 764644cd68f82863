// Loading policies from disk: the package's stdlib modules (`gebruik minimumloon`), files, and the
// policies a file uses (`gebruik regeling naam`: naam.regel in the same folder).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { REGELING_GRENS, leesRegeling, leesTekst } from './bestanden.js';
import { dirname, join, resolve } from 'node:path';
import { pakketMap, runtimeIngang, stdlibPad } from './pakket.js';
import { laad, type Geladen, type ModuleLader, type RegelingLader } from '../../language/index.js';

export const stdlibLader: ModuleLader = (naam) => {
  const pad = stdlibPad(naam);
  if (pad === null || !existsSync(pad)) return null;
  return { tekst: readFileSync(pad, 'utf8'), bestandsnaam: `stdlib/${naam}.regel` };
};

/**
 * The policies beside a file (`gebruik regeling naam` reads `naam.regel` from the folder of the
 * file that uses it); `gelezen` is told each file read, with its text.
 */
export function mapLader(gelezen: (bestandsnaam: string, tekst: string) => void = () => {}): RegelingLader {
  return {
    lees: (naam, vanuit) => {
      if (!/^[\p{L}_][\p{L}\p{N}_-]*$/u.test(naam)) return null;
      const pad = join(dirname(vanuit), `${naam}.regel`);
      if (!existsSync(pad)) return null;
      const tekst = leesTekst(resolve(pad), REGELING_GRENS);
      gelezen(pad, tekst);
      return { tekst, bestandsnaam: pad };
    },
    namen: (vanuit) => {
      try {
        return readdirSync(dirname(vanuit)).filter((n) => n.endsWith('.regel')).map((n) => n.slice(0, -'.regel'.length)).sort();
      } catch {
        return [];
      }
    },
  };
}

/**
 * A policy file, loaded and checked, with its text and the text of each stdlib module and each
 * used policy (`gebruik regeling`) it reads, as loaded: the cache of compiled policies keys on them.
 */
export function laadBestand(pad: string): Geladen & { tekst: string; modules: { naam: string; tekst: string }[]; teksten: ReadonlyMap<string, string> } {
  return laadTekst(pad, leesRegeling(pad));
}

/** As laadBestand, for the text of `pad` already read (`regelwerk run` reads it first, for the cache key). */
export function laadTekst(pad: string, tekst: string): ReturnType<typeof laadBestand> {
  const modules: { naam: string; tekst: string }[] = [];
  // the text of every policy file read, by the name its diagnostics carry (for their code frames)
  const teksten = new Map<string, string>([[pad, tekst]]);
  const lader: ModuleLader = (naam) => {
    const m = stdlibLader(naam);
    if (m) modules.push({ naam, tekst: m.tekst });
    return m;
  };
  // a used policy by its path, apart from the stdlib names
  const regelingen = mapLader((bestandsnaam, t) => {
    modules.push({ naam: `regeling ${resolve(bestandsnaam)}`, tekst: t });
    teksten.set(bestandsnaam, t);
  });
  return { ...laad(tekst, pad, lader, regelingen), tekst, modules, teksten };
}

export { pakketMap, runtimeIngang };
