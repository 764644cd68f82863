// Loading policies from disk: the package's stdlib modules (`gebruik minimumloon`) and files.
import { existsSync, readFileSync } from 'node:fs';
import { REGELING_GRENS, leesTekst } from './bestanden.js';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { laad, type Geladen, type ModuleLader } from '../../language/index.js';

/** The package root: the nearest folder above this file with stdlib/ and package.json. */
export function pakketMap(): string {
  let map = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(map, 'package.json')) && existsSync(join(map, 'stdlib'))) return map;
    map = dirname(map);
  }
  throw new Error('regelwerk: de pakketmap met stdlib/ is niet gevonden');
}

export const stdlibLader: ModuleLader = (naam) => {
  if (!/^[a-z][a-z0-9-]*$/i.test(naam)) return null;
  const pad = join(pakketMap(), 'stdlib', `${naam}.regel`);
  if (!existsSync(pad)) return null;
  return { tekst: readFileSync(pad, 'utf8'), bestandsnaam: `stdlib/${naam}.regel` };
};

/**
 * A policy file, loaded and checked, with its text and the text of each stdlib module it uses
 * (as loaded: the cache of compiled policies keys on them).
 */
export function laadBestand(pad: string): Geladen & { tekst: string; modules: { naam: string; tekst: string }[] } {
  const tekst = leesTekst(resolve(pad), REGELING_GRENS);
  const modules: { naam: string; tekst: string }[] = [];
  const lader: ModuleLader = (naam) => {
    const m = stdlibLader(naam);
    if (m) modules.push({ naam, tekst: m.tekst });
    return m;
  };
  return { ...laad(tekst, pad, lader), tekst, modules };
}

/**
 * The entry of the runtime package (@regelwerk/runtime) as Node resolves it from here: in this
 * repository the workspace's runtime/dist/, in an install node_modules/@regelwerk/runtime/dist/.
 */
export function runtimeIngang(): string {
  return import.meta.resolve('@regelwerk/runtime');
}
