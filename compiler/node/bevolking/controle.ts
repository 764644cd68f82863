// `--controleer N`: a random sample of N cases (reservoir sampling over the stream, so any case is
// as likely and the sample takes the memory of N cases) rerun through the exact interpreter; any
// output, `fout` or `pad` that differs stops the run before anything is written or reported.
import { padVan } from '../../interpreter/pad.js';
import type { RijUitkomst } from '../../bevolking/verschil.js';
import { type RijEngine, invoerVanRij, rekenRij, soorten } from './rij.js';
import type { Run } from './varianten.js';

export interface Proefgeval {
  readonly rij: number;
  readonly id: string | null;
  readonly tekst: string;
  readonly peildatum: string | null;
  readonly uitkomsten: readonly RijUitkomst[];
}

export class Steekproef {
  readonly gevallen: Proefgeval[] = [];

  constructor(readonly n: number, private readonly toeval: () => number = Math.random) {}

  /** Offers the `rij`-th case (from 1): kept with probability n / rij (Algorithm R). */
  bied(rij: number, id: string | null, tekst: string, peildatum: string | null, uitkomsten: readonly RijUitkomst[]): void {
    if (this.n === 0) return;
    if (this.gevallen.length < this.n) {
      this.gevallen.push({ rij, id, tekst, peildatum, uitkomsten });
      return;
    }
    const j = Math.floor(this.toeval() * rij);
    if (j < this.n) this.gevallen[j] = { rij, id, tekst, peildatum, uitkomsten };
  }
}

/** Who answered the sample (named in the message), and when two cells are the same answer. */
export interface Vergelijking {
  readonly engine: string;
  readonly gelijk: (a: string | null, b: string | null) => boolean;
}

const GECOMPILEERD: Vergelijking = { engine: 'de gecompileerde module', gelijk: (a, b) => a === b };

/** The first difference between the engines and the interpreter on the sample, in Dutch; null when there is none. */
export function vergelijkSteekproef(run: Run, proef: Steekproef, o: { peildatum: string | null }, v: Vergelijking = GECOMPILEERD): string | null {
  const s = soorten(run.uitvoer);
  const engines: { naam: string; e: RijEngine }[] = [{ naam: run.bestand, g: run.g, parameters: null }, ...run.varianten].map((v, i) => ({
    naam: i === 0 ? v.naam : `variant '${v.naam}'`,
    e: (invoer, opties) => padVan(v.g, invoer, v.parameters === null ? opties : { ...opties, parameters: v.parameters }),
  }));
  for (const p of [...proef.gevallen].sort((a, b) => a.rij - b.rij)) {
    const invoer = invoerVanRij(p.tekst, run.invoer);
    const peildatum = p.peildatum ?? o.peildatum;
    for (let m = 0; m < engines.length; m++) {
      const verwacht = rekenRij(engines[m]!.e, invoer, peildatum, run.uitvoer, s);
      const kreeg = p.uitkomsten[m]!;
      const wie = `rij ${p.rij}${p.id !== null ? ` (id ${p.id})` : ''}${m > 0 ? `, ${engines[m]!.naam}` : ''}`;
      for (let k = 0; k < run.uitvoer.length; k++) {
        if (!v.gelijk(kreeg.cellen[k] ?? null, verwacht.cellen[k] ?? null)) return `${wie}: ${run.uitvoer[k]!.naam} is ${toon(kreeg.cellen[k] ?? null)} uit ${v.engine} maar ${toon(verwacht.cellen[k] ?? null)} uit de interpreter (invoer ${p.tekst})`;
      }
      if (kreeg.fout !== verwacht.fout) return `${wie}: de fout is ${toon(kreeg.fout)} uit ${v.engine} maar ${toon(verwacht.fout)} uit de interpreter (invoer ${p.tekst})`;
      if (kreeg.pad !== verwacht.pad) return `${wie}: het pad is ${toon(kreeg.pad)} uit ${v.engine} maar ${toon(verwacht.pad)} uit de interpreter (invoer ${p.tekst})`;
    }
  }
  return null;
}

function toon(x: string | null): string {
  return x === null ? 'leeg' : `'${x}'`;
}
