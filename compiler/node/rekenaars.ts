// The worker threads of the decision service: one per core (or as asked), each with every served
// policy's compiled module, a queue in front of them, and a time limit per evaluation. An
// evaluation is synchronous JavaScript; the only way to stop one that runs too long is to end its
// thread, so the pool does that and starts a fresh one in its place.
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { pakketMap } from './modules.js';

/** What a worker gets at start: the compiled code of each served policy, by its name. */
export interface RekenaarStart {
  readonly modules: readonly { readonly naam: string; readonly js: string }[];
}

/** One evaluation: the policy, the input as JSON text (read exactly in the worker), the options. */
export interface Opdracht {
  readonly id: number;
  readonly naam: string;
  readonly tekst: string;
  readonly peildatum?: string;
  readonly uitleg: boolean;
}

/** The outcome: the output (or `{ uitvoer, uitleg }`) as JSON text, or a problem with its HTTP status. */
export interface Antwoord {
  readonly id: number;
  readonly json?: string;
  readonly probleem?: { readonly status: number; readonly soort: string; readonly melding: string; readonly pad?: string };
}

interface Werker {
  readonly worker: Worker;
  /** The evaluation it is doing now, or null when it waits for work. */
  bezig: { opdracht: Opdracht; klaar: (a: Antwoord) => void; wekker: NodeJS.Timeout } | null;
}

export class Rekenaars {
  private readonly werkers: Werker[] = [];
  private readonly wachtrij: { opdracht: Omit<Opdracht, 'id'>; klaar: (a: Antwoord) => void }[] = [];
  private volgende = 1;
  private gestopt = false;

  private constructor(private readonly start: RekenaarStart, private readonly tijdslimiet: number) {}

  /** `aantal` threads, each ready (its modules imported) when this resolves. */
  static async maak(start: RekenaarStart, aantal: number, tijdslimiet: number): Promise<Rekenaars> {
    const r = new Rekenaars(start, tijdslimiet);
    await Promise.all(Array.from({ length: aantal }, () => r.nieuweWerker()));
    return r;
  }

  get aantal(): number {
    return this.werkers.length;
  }

  private nieuweWerker(): Promise<void> {
    // the unbundled dist/ file: the CLI's bundle has no separate worker entry
    const worker = new Worker(join(pakketMap(), 'dist', 'compiler', 'node', 'rekenaar.js'), { workerData: this.start });
    const w: Werker = { worker, bezig: null };
    return new Promise((klaar, mis) => {
      worker.once('error', mis);
      worker.once('message', (m: unknown) => {
        if (m !== 'klaar') return mis(new Error('een rekenaar startte niet'));
        worker.off('error', mis);
        worker.on('message', (a: Antwoord) => this.afgerond(w, a));
        worker.on('error', (e) => this.vervang(w, { status: 500, soort: 'intern', melding: `interne fout: ${e.message}` }));
        // a thread that ends by itself (it should not) is replaced too, and its evaluation answered
        worker.on('exit', (code) => this.vervang(w, { status: 500, soort: 'intern', melding: `interne fout: een rekenaar stopte onverwacht (code ${code})` }));
        this.werkers.push(w);
        this.geefWerk(w);
        klaar();
      });
    });
  }

  /**
   * The most evaluations waiting for a thread: each holds its input text (up to the body limit),
   * so a flood of requests is turned away (503) instead of filling the memory.
   */
  get maxWachtrij(): number {
    return Math.max(2048, this.werkers.length * 1024);
  }

  /** Evaluates one input on a free thread (after those queued before it). */
  reken(opdracht: Omit<Opdracht, 'id'>): Promise<Antwoord> {
    if (this.gestopt) return Promise.resolve({ id: 0, probleem: { status: 503, soort: 'gestopt', melding: 'de dienst stopt; probeer het later opnieuw' } });
    if (this.wachtrij.length >= this.maxWachtrij) return Promise.resolve({ id: 0, probleem: { status: 503, soort: 'druk', melding: `er wachten al ${this.wachtrij.length} evaluaties; probeer het later opnieuw` } });
    return new Promise((klaar) => {
      this.wachtrij.push({ opdracht, klaar });
      const vrij = this.werkers.find((w) => w.bezig === null);
      if (vrij) this.geefWerk(vrij);
    });
  }

  private geefWerk(w: Werker): void {
    const volgende = this.wachtrij.shift();
    if (!volgende) return;
    const opdracht: Opdracht = { ...volgende.opdracht, id: this.volgende++ };
    const wekker = setTimeout(() => {
      this.vervang(w, { status: 503, soort: 'tijdslimiet', melding: `de evaluatie duurde langer dan ${this.tijdslimiet} ms en is afgebroken` });
    }, this.tijdslimiet);
    w.bezig = { opdracht, klaar: volgende.klaar, wekker };
    w.worker.postMessage(opdracht);
  }

  private afgerond(w: Werker, a: Antwoord): void {
    const b = w.bezig;
    if (!b || b.opdracht.id !== a.id) return;
    clearTimeout(b.wekker);
    w.bezig = null;
    b.klaar(a);
    this.geefWerk(w);
  }

  /** Ends a thread that ran too long or failed, answers its evaluation with `probleem`, starts another. */
  private vervang(w: Werker, probleem: NonNullable<Antwoord['probleem']>): void {
    const i = this.werkers.indexOf(w);
    if (i < 0) return;
    this.werkers.splice(i, 1);
    const b = w.bezig;
    w.bezig = null;
    if (b) {
      clearTimeout(b.wekker);
      b.klaar({ id: b.opdracht.id, probleem });
    }
    void w.worker.terminate();
    if (!this.gestopt) void this.nieuweWerker().catch(() => undefined);
  }

  /** Lets the evaluations in progress and in the queue finish, then ends every thread. */
  async stop(): Promise<void> {
    this.gestopt = true;
    while (this.wachtrij.length > 0 || this.werkers.some((w) => w.bezig !== null)) {
      await new Promise((r) => setTimeout(r, 10));
    }
    await Promise.all(this.werkers.map((w) => w.worker.terminate()));
    this.werkers.length = 0;
  }
}
