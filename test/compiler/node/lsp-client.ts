// A small JSON-RPC client for the tests of `regelwerk lsp --stdio`: starts the real command as a
// process, frames messages as LSP does (Content-Length headers), matches answers to requests and
// keeps every notification the server sends, so a test can wait for one and count them.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './cli-hulp.js';

export interface Bericht {
  readonly id?: number;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { code: number; message: string };
}

export class LspClient {
  private readonly proces: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private volgende = 1;
  private readonly wachtend = new Map<number, (b: Bericht) => void>();
  readonly meldingen: Bericht[] = [];
  private luisteraars: (() => void)[] = [];
  stderr = '';

  constructor() {
    this.proces = spawn(process.execPath, [join(ROOT, 'bin/regelwerk.js'), 'lsp', '--stdio'], { cwd: ROOT });
    this.proces.stdout.on('data', (d: Buffer) => this.lees(d));
    this.proces.stderr.on('data', (d: Buffer) => { this.stderr += d.toString(); });
  }

  private lees(d: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, d]);
    for (;;) {
      const kopEind = this.buffer.indexOf('\r\n\r\n');
      if (kopEind < 0) return;
      const lengte = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, kopEind).toString())?.[1]);
      if (this.buffer.length < kopEind + 4 + lengte) return;
      const bericht = JSON.parse(this.buffer.subarray(kopEind + 4, kopEind + 4 + lengte).toString('utf8')) as Bericht;
      this.buffer = this.buffer.subarray(kopEind + 4 + lengte);
      if (bericht.id !== undefined && bericht.method === undefined) {
        this.wachtend.get(bericht.id)?.(bericht);
        this.wachtend.delete(bericht.id);
      } else if (bericht.id !== undefined && bericht.method !== undefined) {
        // a request from the server (window/workDoneProgress/create and the like): say yes
        this.schrijf({ jsonrpc: '2.0', id: bericht.id, result: null });
      } else {
        this.meldingen.push(bericht);
        for (const l of this.luisteraars) l();
      }
    }
  }

  private frame(bericht: object): string {
    const tekst = JSON.stringify(bericht);
    return `Content-Length: ${Buffer.byteLength(tekst, 'utf8')}\r\n\r\n${tekst}`;
  }

  private schrijf(bericht: object): void {
    this.proces.stdin.write(this.frame(bericht));
  }

  /** Several notifications in one write, so the server reads them in one go. */
  meldAlles(berichten: readonly { method: string; params: unknown }[]): void {
    this.proces.stdin.write(berichten.map((b) => this.frame({ jsonrpc: '2.0', ...b })).join(''));
  }

  vraag<T>(method: string, params: unknown): Promise<T> {
    const id = this.volgende++;
    return new Promise((klaar, faal) => {
      this.wachtend.set(id, (b) => (b.error ? faal(new Error(b.error.message)) : klaar(b.result as T)));
      this.schrijf({ jsonrpc: '2.0', id, method, params });
    });
  }

  meld(method: string, params: unknown): void {
    this.schrijf({ jsonrpc: '2.0', method, params });
  }

  /** The first notification (from now on or already received) that satisfies `past`. */
  wachtOp(past: (b: Bericht) => boolean): Promise<Bericht> {
    const al = this.meldingen.find(past);
    if (al) return Promise.resolve(al);
    return new Promise((klaar) => {
      const l = (): void => {
        const b = this.meldingen.find(past);
        if (!b) return;
        this.luisteraars = this.luisteraars.filter((x) => x !== l);
        klaar(b);
      };
      this.luisteraars.push(l);
    });
  }

  async stop(): Promise<number | null> {
    await this.vraag('shutdown', null);
    this.meld('exit', null);
    return new Promise((klaar) => this.proces.on('exit', (code) => klaar(code)));
  }
}
