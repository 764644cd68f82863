// The policies of a population run: the base policy and each `--variant` (another policy file with
// the same inputs, or parameter overrides of the base), compiled once through the cache, and the
// columns the run adds to the output (every output, `fout`, `pad`; for a variant `naam:uitvoer`).
import { basename } from 'node:path';
import type { Gecontroleerd } from '../../../language/checker.js';
import { schrijfJsonTekst } from '../../../runtime/json.js';
import { RegelwerkFout } from '../../../runtime/fouten.js';
import { metParameters } from '../../codegen/met-parameters.js';
import { GebruiksFout, type Uitvoer } from '../gebruik.js';
import { leesOfFout, toonDiagnosen } from '../opdrachten.js';
import { parameterWaarde } from '../run.js';
import { gecompileerdeCode } from '../cache.js';
import { type KolomSoort, kolomSoort } from '../../bevolking/kolommen.js';
import type { Veld } from './rij.js';

export interface Variant {
  readonly naam: string;
  readonly g: Gecontroleerd;
  /** Parameter overrides by name (JSON values), or null for a variant from its own policy file. */
  readonly parameters: Readonly<Record<string, unknown>> | null;
}

export interface Kolom {
  readonly naam: string;
  readonly soort: KolomSoort;
  /** The output's unit for numbers (`bedrag` keeps its cents in the column), else its soort. */
  readonly eenheid: string;
}

export interface Run {
  readonly bestand: string;
  /** The base policy's text (for the code frames of its diagnostics). */
  readonly tekst: string;
  readonly g: Gecontroleerd;
  readonly invoer: readonly Veld[];
  readonly uitvoer: readonly Veld[];
  readonly varianten: readonly Variant[];
  /** The compiled code of the base and of each variant, in that order (a parameter variant compiled with its values). */
  readonly modules: readonly { readonly js: string }[];
  /** Every column the run adds, in the order of a row's cells: per module its outputs, `fout`, `pad`. */
  kolommen(): Kolom[];
  kolomnamen(): string[];
}

/** The same values with their keys in order: one cache key for the same variant, however it was written. */
function gesorteerd(x: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(x).sort().map((k) => [k, x[k]]));
}

const VARIANTNAAM = /^[\p{L}_][\p{L}\p{N}_-]*$/u;

/** Loads and compiles the base and its variants; null (after printing the diagnostics) when a policy has errors. */
export async function laadRun(bestand: string, specs: readonly string[], io: Uitvoer): Promise<Run | null> {
  const r = leesOfFout(bestand);
  if (!r.ok) {
    toonDiagnosen(r.diagnosen.filter((d) => d.ernst === 'fout'), r.teksten, io);
    io.err(`regelwerk: '${bestand}' bevat fouten; er is niets gerekend`);
    return null;
  }
  const basis = await gecompileerdeCode({ g: r.gecontroleerd, bestand, tekst: r.tekst, modules: r.modules });
  const velden = (vs: readonly Veld[]): Veld[] => vs.map((v) => ({ naam: v.naam, type: v.type }));
  const invoer = velden(basis!.module.regeling.invoer);
  const uitvoer = velden(basis!.module.regeling.uitvoer);
  const parameterNamen = new Set(basis!.module.regeling.parameters.map((p) => p.naam));

  const varianten: Variant[] = [];
  const modules: { js: string }[] = [{ js: basis!.js }];
  const perNaam = new Map<string, Record<string, unknown>>();
  for (const spec of specs) {
    const is = spec.indexOf('=');
    const dp = spec.indexOf(':');
    if (is <= 0) throw new GebruiksFout(`--variant verwacht naam=ander.regel of naam:parameter=waarde, niet '${spec}'`);
    const naam = dp > 0 && dp < is ? spec.slice(0, dp) : spec.slice(0, is);
    if (!VARIANTNAAM.test(naam)) throw new GebruiksFout(`--variant '${spec}': de naam '${naam}' begint met een letter en bevat alleen letters, cijfers, '_' en '-'`);
    if (dp > 0 && dp < is) {
      const parameter = spec.slice(dp + 1, is);
      if (!parameterNamen.has(parameter)) throw new GebruiksFout(`--variant '${spec}': ${basename(bestand)} heeft geen parameter '${parameter}'${parameterNamen.size > 0 ? `; de parameters zijn ${[...parameterNamen].join(', ')}` : ''}`);
      let p = perNaam.get(naam);
      if (p === undefined) {
        if (varianten.some((v) => v.naam === naam)) throw new GebruiksFout(`--variant ${naam} staat er twee keer`);
        p = Object.create(null) as Record<string, unknown>;
        perNaam.set(naam, p);
        varianten.push({ naam, g: r.gecontroleerd, parameters: p });
        modules.push({ js: basis!.js }); // replaced below by the module compiled with its values
      }
      if (Object.hasOwn(p, parameter)) throw new GebruiksFout(`--variant ${naam}:${parameter} staat er twee keer; geef elke parameter één waarde`);
      p[parameter] = parameterWaarde(spec.slice(is + 1));
      continue;
    }
    if (varianten.some((v) => v.naam === naam)) throw new GebruiksFout(`--variant ${naam} staat er twee keer`);
    const pad = spec.slice(is + 1);
    const v = leesOfFout(pad);
    if (!v.ok) {
      toonDiagnosen(v.diagnosen.filter((d) => d.ernst === 'fout'), v.teksten, io);
      io.err(`regelwerk: variant '${naam}' ('${pad}') bevat fouten; er is niets gerekend`);
      return null;
    }
    const code = await gecompileerdeCode({ g: v.gecontroleerd, bestand: pad, tekst: v.tekst, modules: v.modules });
    const vInvoer = JSON.stringify(velden(code!.module.regeling.invoer));
    if (vInvoer !== JSON.stringify(invoer)) throw new GebruiksFout(`variant '${naam}' ('${pad}') heeft andere invoer dan ${basename(bestand)}: een variant rekent dezelfde gevallen, dus dezelfde invoer met dezelfde typen`);
    const vUit = new Set(code!.module.regeling.uitvoer.map((u) => u.naam));
    const mist = uitvoer.filter((u) => !vUit.has(u.naam));
    if (mist.length > 0) throw new GebruiksFout(`variant '${naam}' ('${pad}') mist de uitvoer ${mist.map((u) => `'${u.naam}'`).join(', ')} van ${basename(bestand)}`);
    varianten.push({ naam, g: v.gecontroleerd, parameters: null });
    modules.push({ js: code!.js });
  }
  // a parameter variant is the policy with those parameters fixed (metParameters), compiled as a
  // module of its own, so its fast path answers as the base's does (parameter options would send
  // every case to the exact path)
  for (const [i, v] of varianten.entries()) {
    if (v.parameters === null) continue;
    let g: Gecontroleerd;
    try {
      g = metParameters(r.gecontroleerd, v.parameters);
    } catch (x) {
      if (x instanceof RegelwerkFout) throw new GebruiksFout(`--variant ${v.naam}: ${x.message}`);
      throw x;
    }
    const code = await gecompileerdeCode({ g, bestand, tekst: r.tekst, modules: r.modules, variant: schrijfJsonTekst(gesorteerd(v.parameters)) });
    modules[i + 1] = { js: code!.js };
  }

  const eenheid = (t: Veld['type']): string => (t.soort === 'leegbaar' ? t.type.soort : t.soort);
  const kolommen = (): Kolom[] => ['', ...varianten.map((v) => `${v.naam}:`)].flatMap((voor) => [
    ...uitvoer.map((u) => ({ naam: `${voor}${u.naam}`, soort: kolomSoort(u.type), eenheid: eenheid(u.type) })),
    { naam: `${voor}fout`, soort: 'tekst' as const, eenheid: 'tekst' },
    { naam: `${voor}pad`, soort: 'tekst' as const, eenheid: 'tekst' },
  ]);
  return { bestand, tekst: r.tekst, g: r.gecontroleerd, invoer, uitvoer, varianten, modules, kolommen, kolomnamen: () => kolommen().map((k) => k.naam) };
}
