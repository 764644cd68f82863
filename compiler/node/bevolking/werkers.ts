// The worker threads of `regelwerk bevolking`: one per core (or `--werkers N`), each with every
// module of the run, fed batches of rows through a queue. A thread that dies (it should not: every
// case's error is caught in it) ends the run with a clear error instead of leaving it waiting.
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { pakketMap } from '../modules.js';
import type { Veld } from './rij.js';

/** What a thread gets at start: the modules (base first) and the policy's inputs and outputs. */
export interface WerkerStart {
  /** The folder where each batch's cells are written (`partijBestand`). */
  readonly map: string;
  /** Whether each batch's cells come back too (for the report and --controleer). */
  readonly cellenTerug: boolean;
  /** Whether each row's input JSON comes back with them (only --controleer reads it). */
  readonly invoerTerug: boolean;
  readonly modules: readonly { readonly js: string }[];
  readonly invoer: readonly Veld[];
  readonly uitvoer: readonly Veld[];
  /** The peildatum of every row ('JJJJ-MM-DD'), or null for the module's default or a column. */
  readonly peildatum: string | null;
  /** Whether each row's peildatum comes from a column (the second field of its line). */
  readonly peildatumKolom: boolean;
}

/**
 * A batch: its number and its lines of the input file DuckDB wrote (in `rekenJs` of opdracht.ts), as bytes the
 * thread takes over (transferred, not copied).
 */
export interface Partij {
  readonly partij: number;
  readonly regels: Uint8Array;
}

/** The separator of the fields of a line of the input file: a control character, which DuckDB's JSON always escapes. */
export const SCHEIDING = '\x01';

/**
 * A line of the input file: the row's input as DuckDB's JSON text, then its peildatum, group and
 * id, each a JSON string, or nothing for NULL (or when the run does not ask for it).
 */
export function leesRegel(regel: string): { json: string; peildatum: string | null; groep: string | null; id: string | null } {
  // a line DuckDB ended with \r\n (its JSON never holds a bare \r)
  const [json = '', pd = '', g = '', id = ''] = (regel.endsWith('\r') ? regel.slice(0, -1) : regel).split(SCHEIDING);
  // DuckDB's JSON of a text: without a backslash it is the text between its quotes
  const tekst = (x: string): string | null => (x === '' ? null : x.indexOf('\\') < 0 && x.charCodeAt(0) === 34 ? x.slice(1, -1) : (JSON.parse(x) as string));
  return { json, peildatum: tekst(pd), groep: tekst(g), id: tekst(id) };
}

/** A batch done: its counts, the digits of each number column, and (if asked) per row, per module its output cells, `fout`, `pad`. */
export interface PartijUitkomst {
  readonly partij: number;
  readonly gevallen: number;
  readonly fouten: number;
  readonly cijfers: readonly (readonly [number, number])[];
  readonly cellen: readonly (string | null)[] | null;
  /** With the cells: per row its input's JSON, peildatum, group and id (for the report and the check). */
  readonly rijen: readonly { readonly json: string; readonly peildatum: string | null; readonly groep: string | null; readonly id: string | null }[] | null;
}

/** The NDJSON file of a batch's cells: numbered so that their names sort in input order. */
export function partijBestand(partij: number): string {
  return `partij-${String(partij).padStart(10, '0')}.ndjson`;
}

/** A thread that ended or failed while the run needed it. */
export class WerkerFout extends Error {}

export class Partijwerkers {
  private readonly vrij: Worker[] = [];
  private readonly wachtrij: { p: Partij; klaar: (u: PartijUitkomst) => void; mis: (x: unknown) => void }[] = [];
  private readonly bezig = new Map<Worker, { p: Partij; klaar: (u: PartijUitkomst) => void; mis: (x: unknown) => void }>();
  private kapot: WerkerFout | null = null;
  private gestopt = false;
  private readonly alle: Worker[] = [];

  private constructor() {}

  static async maak(start: WerkerStart, aantal: number): Promise<Partijwerkers> {
    const w = new Partijwerkers();
    try {
      await Promise.all(Array.from({ length: aantal }, () => w.nieuweWerker(start)));
    } catch (x) {
      await w.stop();
      throw x;
    }
    return w;
  }

  private nieuweWerker(start: WerkerStart): Promise<void> {
    // the unbundled dist/ file: the CLI's bundle has no separate worker entry
    const worker = new Worker(join(pakketMap(), 'dist', 'compiler', 'node', 'bevolking', 'werker.js'), { workerData: start });
    this.alle.push(worker);
    return new Promise((klaar, mis) => {
      worker.once('error', mis);
      worker.once('message', (m: unknown) => {
        if (m !== 'klaar') return mis(new WerkerFout('een rekenthread startte niet'));
        worker.off('error', mis);
        worker.on('message', (u: PartijUitkomst | { partij: number; fout: string }) => {
          if ('fout' in u) this.dood(worker, `kon partij ${u.partij + 1} niet wegschrijven (${u.fout})`);
          else this.afgerond(worker, u);
        });
        worker.on('error', (e) => this.dood(worker, `faalde (${e.message})`));
        worker.on('exit', (code) => this.dood(worker, `stopte onverwacht (exitcode ${code})`));
        this.vrij.push(worker);
        this.geefWerk();
        klaar();
      });
    });
  }

  /** Evaluates a batch on a free thread; rejects with WerkerFout when a thread died. */
  reken(p: Partij): Promise<PartijUitkomst> {
    if (this.kapot) return Promise.reject(this.kapot);
    return new Promise((klaar, mis) => {
      this.wachtrij.push({ p, klaar, mis });
      this.geefWerk();
    });
  }

  private geefWerk(): void {
    while (this.vrij.length > 0 && this.wachtrij.length > 0) {
      const w = this.vrij.pop()!;
      const o = this.wachtrij.shift()!;
      this.bezig.set(w, o);
      w.postMessage(o.p, [o.p.regels.buffer as ArrayBuffer]);
    }
  }

  private afgerond(w: Worker, u: PartijUitkomst): void {
    const o = this.bezig.get(w);
    if (!o) return;
    this.bezig.delete(w);
    this.vrij.push(w);
    o.klaar(u);
    this.geefWerk();
  }

  /** A thread died: every batch in progress or waiting fails, and so does every later one. */
  private dood(w: Worker, hoe: string): void {
    if (this.gestopt) return;
    const o = this.bezig.get(w);
    const waar = o && !hoe.startsWith('kon') ? ` bij partij ${o.p.partij + 1}` : '';
    this.kapot ??= new WerkerFout(`een rekenthread ${hoe}${waar}`);
    for (const x of [...this.bezig.values(), ...this.wachtrij.splice(0)]) x.mis(this.kapot);
    this.bezig.clear();
  }

  async stop(): Promise<void> {
    this.gestopt = true;
    await Promise.all(this.alle.map((w) => w.terminate()));
  }
}
