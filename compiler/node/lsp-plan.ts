// When the language server checks a document and what it publishes: a change plans a check after
// the messages already read (changes in a burst are checked once, at the last version); the check
// publishes the front end's diagnostics at once and the analysis's a turn later, and a result
// whose version the document has since left is dropped. Apart from the server, with the clock
// passed in, so a test can run the turns one by one.
export interface Klok {
  /** After the messages already queued (the server uses setTimeout 0). */
  straks(f: () => void): () => void;
  /** After the next message, if one is queued (the server uses setImmediate). */
  daarna(f: () => void): void;
}

export interface Controle<D> {
  /** The document's version now, or undefined when it is closed. */
  versie(uri: string): number | undefined;
  /** The front end's diagnostics (fast) and the full ones with the analysis (slower), of the version now. */
  voorkant(uri: string): D;
  volledig(uri: string): D;
  publiceer(uri: string, versie: number, d: D): void;
}

export class Planner<D> {
  private readonly gepland = new Map<string, () => void>();

  constructor(private readonly klok: Klok, private readonly c: Controle<D>) {}

  plan(uri: string): void {
    this.gepland.get(uri)?.();
    this.gepland.set(uri, this.klok.straks(() => this.controleer(uri)));
  }

  stop(uri: string): void {
    this.gepland.get(uri)?.();
    this.gepland.delete(uri);
  }

  private controleer(uri: string): void {
    this.gepland.delete(uri);
    const versie = this.c.versie(uri);
    if (versie === undefined) return;
    this.c.publiceer(uri, versie, this.c.voorkant(uri));
    // The analysis is synchronous: a version that is current when it starts is current when it publishes.
    this.klok.daarna(() => {
      if (this.c.versie(uri) === versie) this.c.publiceer(uri, versie, this.c.volledig(uri));
    });
  }
}

/** The clock of the server: Node's timers. */
export const NODE_KLOK: Klok = {
  straks: (f) => {
    const t = setTimeout(f, 0);
    return () => clearTimeout(t);
  },
  daarna: (f) => { setImmediate(f); },
};
