// One policy using another (`gebruik regeling naam`): finding the used policies through the
// loader, loading and checking each once (recursively, as it may use others), refusing a cycle
// (RW1020) and a name that is not there (RW1019, with the nearest name). The checker then types
// the calls against the used policies' inputs and outputs (checker/regelingen.ts).
import type * as A from './ast.js';
import type { Gecontroleerd, GebruikteRegeling } from './checker.js';
import { type Diagnose, bedoelde, diagnose } from './diagnostics.js';

/**
 * Finds the policies a file uses (`gebruik regeling naam`): the file `naam.regel` beside the file
 * `vanuit` (the CLI), or one the page ships (the playground). `namen` lists what is there, for a
 * suggestion when a name is not found.
 */
export interface RegelingLader {
  lees(naam: string, vanuit: string): { tekst: string; bestandsnaam: string } | null;
  namen(vanuit: string): readonly string[];
}

/** A used policy once loaded: its checked form, and whether it has errors. */
interface GeladenRegeling {
  readonly gecontroleerd: Gecontroleerd;
  readonly diagnosen: readonly Diagnose[];
  readonly ok: boolean;
}

/** One load of a file with everything it uses: the loader, the chain of files being loaded, each loaded file once. */
export interface RegelingContext {
  readonly lader: RegelingLader | null;
  /** The files being loaded, outermost first, with the name each was used by (the outermost: its own). */
  readonly keten: readonly { readonly bestandsnaam: string; readonly naam: string }[];
  readonly geladen: Map<string, GeladenRegeling | null>;
  /** A cycle found below a file of the chain, by that file's name: it reports it (RW1020) at its own `gebruik`. */
  readonly kringen: Map<string, string>;
}

/** The name a file is used by: its file name without folder and `.regel`. */
export function regelingNaam(bestandsnaam: string): string {
  return bestandsnaam.replace(/^.*[\\/]/, '').replace(/\.regel$/, '');
}

/**
 * Loads the policies `bestand` uses, adding RW1019/RW1020 and the errors of each used policy
 * (once per load, with its own file name) to `diagnosen`. A policy that is not found, closes a
 * cycle or has errors is left out: its calls are then not checked further (no follow-on errors).
 */
export function laadRegelingen(
  bestand: A.Bestand, diagnosen: Diagnose[], context: RegelingContext,
  laad: (tekst: string, bestandsnaam: string, context: RegelingContext) => GeladenRegeling,
): GebruikteRegeling[] {
  const uit: GebruikteRegeling[] = [];
  const keten = context.keten.length > 0 ? context.keten : [{ bestandsnaam: bestand.bestandsnaam, naam: regelingNaam(bestand.bestandsnaam) }];
  const gezien = new Set<string>();
  for (const d of bestand.declaraties) {
    if (d.kind !== 'Gebruik' || !d.regeling || gezien.has(d.naam)) continue;
    gezien.add(d.naam);
    const melding = (code: 'RW1019' | 'RW1020', tekst: string, suggestie?: string): void => {
      diagnosen.push(diagnose(code, tekst, bestand.bestandsnaam, d.naamPlek, suggestie));
    };
    /** Reports a cycle that starts at this file through this `gebruik` (found while loading below it); true when there was one. */
    const meldKring = (): boolean => {
      const kring = context.kringen.get(bestand.bestandsnaam);
      if (kring === undefined) return false;
      context.kringen.delete(bestand.bestandsnaam);
      melding('RW1020', `de regelingen gebruiken elkaar in een kring: ${kring}`, `haal één 'gebruik regeling' uit de kring`);
      return true;
    };
    const m = context.lader?.lees(d.naam, bestand.bestandsnaam) ?? null;
    // a file that uses itself is a cycle even without a loader
    const inKeten = m ? keten.findIndex((k) => k.bestandsnaam === m.bestandsnaam) : keten.findIndex((k) => k.naam === d.naam && keten.length === 1);
    if (inKeten >= 0) {
      // reported by the file where the cycle starts, at its `gebruik regeling` (below, once loaded)
      context.kringen.set(keten[inKeten]!.bestandsnaam, [...keten.slice(inKeten).map((k) => k.naam), d.naam].join(' → '));
      if (inKeten === keten.length - 1) meldKring();
      continue;
    }
    if (!m) {
      const namen = context.lader?.namen(bestand.bestandsnaam).filter((n) => n !== regelingNaam(bestand.bestandsnaam)) ?? [];
      melding('RW1019', `er is geen regeling '${d.naam}' (${d.naam}.regel) naast deze regeling`,
        bedoelde(d.naam, namen) ?? (namen.length > 0 ? `te gebruiken: ${namen.join(', ')}` : `zet ${d.naam}.regel in dezelfde map`));
      continue;
    }
    let g = context.geladen.get(m.bestandsnaam);
    let kring = false;
    if (g === undefined) {
      context.geladen.set(m.bestandsnaam, null);
      g = laad(m.tekst, m.bestandsnaam, { ...context, keten: [...keten, { bestandsnaam: m.bestandsnaam, naam: d.naam }] });
      context.geladen.set(m.bestandsnaam, g);
      // its errors once, with its own file name; its warnings are its own drafter's business
      diagnosen.push(...g.diagnosen.filter((x) => x.ernst === 'fout'));
      kring = meldKring();
    }
    if (g?.ok && !kring) uit.push({ naam: d.naam, gecontroleerd: g.gecontroleerd });
  }
  return uit;
}

/**
 * A loader over texts by name, for a page without files (the playground's shipped policies) or a
 * catalogue example's neighbours: `naam` is the file `naam.regel` in the folder of the using file.
 */
export function tekstenLader(teksten: Readonly<Record<string, string>>): RegelingLader {
  const map = (vanuit: string): string => vanuit.slice(0, vanuit.lastIndexOf('/') + 1);
  return {
    lees: (naam, vanuit) => (Object.hasOwn(teksten, naam) ? { tekst: teksten[naam]!, bestandsnaam: `${map(vanuit)}${naam}.regel` } : null),
    namen: () => Object.keys(teksten).sort(),
  };
}
