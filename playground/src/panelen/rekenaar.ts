// De hoofddraad-kant van evaluatie.worker.ts: één vraag tegelijk, met tijdslimiet. Een worker die
// te lang rekent wordt beëindigd en vervangen; antwoorden op een vervangen vraag vallen weg.
import type { Antwoord, Vraag } from './protocol.js';

type ZonderId<T> = T extends { id: number } ? Omit<T, 'id'> : never;
export type VraagZonderId = ZonderId<Vraag>;

export class Afgebroken extends Error {
  constructor(readonly seconden: number) {
    super(`berekening afgebroken na ${seconden} s`);
  }
}
export class Vervangen extends Error {}

interface Lopend { id: number; klaar: (a: Antwoord) => void; fout: (e: Error) => void; timer: ReturnType<typeof setTimeout>; ms: number; voortgang?: (a: Antwoord & { kind: 'voortgang' }) => void }

export class Rekenaar {
  private worker: Worker | null = null;
  private volgende = 1;
  private lopend: Lopend | null = null;

  private start(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(new URL('../werkers/evaluatie.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<Antwoord>) => this.ontvang(e.data);
    w.onerror = (e) => {
      const l = this.lopend;
      if (l) { this.lopend = null; clearTimeout(l.timer); l.fout(new Error(`de rekenmodule faalde: ${e.message || 'onbekende fout'}`)); }
    };
    this.worker = w;
    return w;
  }

  private ontvang(a: Antwoord): void {
    const l = this.lopend;
    if (!l || a.id !== l.id) return; // verouderd antwoord
    if (a.kind === 'voortgang') {
      // Voortgang: de limiet gaat opnieuw in (tests mogen lang duren zolang ze vorderen).
      clearTimeout(l.timer);
      l.timer = setTimeout(() => this.breekAf(l), l.ms);
      l.voortgang?.(a);
      return;
    }
    clearTimeout(l.timer);
    this.lopend = null;
    l.klaar(a);
  }

  private breekAf(l: Lopend): void {
    if (this.lopend !== l) return;
    this.lopend = null;
    this.worker?.terminate();
    this.worker = null;
    l.fout(new Afgebroken(Math.round(l.ms / 1000)));
  }

  /** Stelt een vraag; een nog lopende vraag wordt afgebroken (Vervangen) en de worker herstart. */
  vraag(v: VraagZonderId, ms: number, voortgang?: (a: Antwoord & { kind: 'voortgang' }) => void): Promise<Antwoord> {
    const oud = this.lopend;
    if (oud) {
      this.lopend = null;
      clearTimeout(oud.timer);
      this.worker?.terminate();
      this.worker = null;
      oud.fout(new Vervangen('vervangen door een nieuwere vraag'));
    }
    const id = this.volgende++;
    return new Promise<Antwoord>((klaar, fout) => {
      const l: Lopend = { id, klaar, fout, ms, voortgang, timer: setTimeout(() => this.breekAf(l), ms) };
      this.lopend = l;
      this.start().postMessage({ ...v, id } as Vraag);
    });
  }

  stop(): void {
    const l = this.lopend;
    if (l) { this.lopend = null; clearTimeout(l.timer); l.fout(new Vervangen('gestopt')); }
    this.worker?.terminate();
    this.worker = null;
  }
}
