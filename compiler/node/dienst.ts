// The HTTP routes of the decision service (`regelwerk serve`), on hono: evaluate one input or a
// population of the policies given at start, list them, their OpenAPI document, and health. A
// request never loads or compiles code: it only reaches the worker threads (rekenaars.ts), which
// hold the modules compiled at start. Every error is application/problem+json with the Dutch
// message and, for invalid input, the field path.
import { Hono, type Context } from 'hono';
import { stream } from 'hono/streaming';
import type { StreamingApi } from 'hono/utils/stream';
import type { Gecontroleerd } from '../../language/checker.js';
import { leesDatum } from '../../runtime/datum.js';
import { openApi } from '../schema/openapi.js';
import type { Antwoord, Rekenaars } from './rekenaars.js';

/** A policy the service serves: its name in the path, what `GET /regelingen` says of it. */
export interface Gediend {
  readonly naam: string;
  readonly bestand: string;
  readonly versie: string;
  readonly g: Gecontroleerd;
  readonly tekst: string;
}

export interface DienstOpties {
  /** The largest request body (`evalueer`) or NDJSON line (`bevolking`), in bytes. */
  readonly maxBytes: number;
  /** How long a client may take to send the body of an `evalueer` request, in milliseconds. */
  readonly tijdslimiet: number;
}

const TITELS: Readonly<Record<number, string>> = {
  400: 'Ongeldige invoer', 404: 'Niet gevonden', 408: 'Te traag verzonden', 413: 'Te groot',
  422: 'Geen beslissing', 500: 'Interne fout', 503: 'Niet beschikbaar',
};

type Probleem = NonNullable<Antwoord['probleem']>;

function probleem(c: Context, p: Probleem, sluit = false): Response {
  const body = JSON.stringify({ type: 'about:blank', title: TITELS[p.status] ?? 'Fout', status: p.status, detail: p.melding, soort: p.soort, ...(p.pad ? { pad: p.pad } : {}) });
  const kop: Record<string, string> = { 'Content-Type': 'application/problem+json; charset=utf-8' };
  // the rest of a refused body is not read: the connection closes after the answer
  if (sluit) kop.Connection = 'close';
  return c.body(body, p.status as 400, kop);
}

/** The body of a request as text, at most `max` bytes and within the time limit; or the problem. */
async function leesLichaam(c: Context, o: DienstOpties): Promise<string | { probleem: Probleem }> {
  const te = { probleem: { status: 413, soort: 'te-groot', melding: `de invoer is groter dan ${o.maxBytes} bytes, de grens van deze dienst` } };
  const lengte = Number(c.req.header('content-length') ?? NaN);
  if (lengte > o.maxBytes) return te;
  const body = c.req.raw.body;
  if (!body) return '';
  const lezer = body.getReader();
  const delen: Uint8Array[] = [];
  let gelezen = 0;
  // one deadline for the whole body: a client that sends a byte now and then does not get around it
  const einde = Date.now() + o.tijdslimiet;
  for (;;) {
    const stuk = await binnen(lezer.read(), einde - Date.now());
    if (stuk === 'te laat') {
      void lezer.cancel().catch(() => undefined);
      return { probleem: { status: 408, soort: 'tijdslimiet', melding: `de invoer kwam niet binnen ${o.tijdslimiet} ms binnen` } };
    }
    if (stuk.done) break;
    gelezen += stuk.value.byteLength;
    if (gelezen > o.maxBytes) {
      void lezer.cancel().catch(() => undefined);
      return te;
    }
    delen.push(stuk.value);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(delen));
  } catch {
    return { probleem: { status: 400, soort: 'invoer', melding: 'de invoer is geen geldige UTF-8; stuur JSON als UTF-8' } };
  }
}

/** The promise's value, or 'te laat' when it takes longer than `ms`. */
async function binnen<T>(p: Promise<T>, ms: number): Promise<T | 'te laat'> {
  let wekker: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([p, new Promise<'te laat'>((r) => { wekker = setTimeout(() => r('te laat'), ms); })]);
  } finally {
    clearTimeout(wekker);
  }
}

/** `?peildatum=` (an existing date) and `?uitleg=ja|nee`, or the problem. */
function queryOpties(c: Context): { peildatum?: string; uitleg: boolean } | { probleem: Probleem } {
  const peildatum = c.req.query('peildatum');
  if (peildatum !== undefined && leesDatum(peildatum) === null) {
    return { probleem: { status: 400, soort: 'invoer', pad: 'peildatum', melding: `peildatum moet een bestaande datum zijn als JJJJ-MM-DD, niet ${JSON.stringify(peildatum)}` } };
  }
  const uitleg = c.req.query('uitleg');
  if (uitleg !== undefined && uitleg !== 'ja' && uitleg !== 'nee') {
    return { probleem: { status: 400, soort: 'invoer', pad: 'uitleg', melding: `uitleg is ja of nee, niet ${JSON.stringify(uitleg)}` } };
  }
  return { ...(peildatum === undefined ? {} : { peildatum }), uitleg: uitleg === 'ja' };
}

/** One NDJSON output line for an evaluation's answer. */
function bevolkingsRegel(regel: number, a: Antwoord): string {
  if (a.json !== undefined) return `{"regel":${regel},"uitvoer":${a.json}}\n`;
  const p = a.probleem!;
  return `${JSON.stringify({ regel, fout: { soort: p.soort, melding: p.melding, ...(p.pad ? { pad: p.pad } : {}) } })}\n`;
}

/** The service: its routes, and how many requests are under way (a graceful stop waits for them). */
export interface Dienst {
  readonly app: Hono;
  lopend(): number;
}

export function maakDienst(regelingen: readonly Gediend[], rekenaars: Rekenaars, o: DienstOpties, versie: string): Dienst {
  let lopend = 0;
  const perNaam = new Map(regelingen.map((r) => [r.naam, r]));
  const openapi = JSON.stringify(openApi(regelingen, versie));
  const lijst = JSON.stringify(regelingen.map((r) => ({
    naam: r.naam, regeling: r.g.naam, versie: r.versie, bestand: r.bestand, bron: r.g.bron,
    geldigVanaf: r.g.geldigVanaf, geldigTot: r.g.geldigTot,
    invoer: r.g.invoer.map((i) => i.naam), uitvoer: r.g.uitvoer.map((u) => u.naam),
  })));
  const app = new Hono();
  // a request counts until its answer is complete; a population until its stream ends (below)
  app.use(async (c, next) => {
    if (c.req.path.endsWith('/bevolking')) return next();
    lopend++;
    try {
      await next();
    } finally {
      lopend--;
    }
  });
  const onbekend = (c: Context, naam: string): Response => probleem(c, { status: 404, soort: 'onbekend', melding: `deze dienst kent geen regeling ${JSON.stringify(naam)}; wel ${[...perNaam.keys()].join(', ')}` });

  app.get('/gezondheid', (c) => c.json({ status: 'ok', regelingen: regelingen.length, rekenaars: rekenaars.aantal }));
  app.get('/regelingen', (c) => c.body(lijst, 200, { 'Content-Type': 'application/json; charset=utf-8' }));
  app.get('/openapi.json', (c) => c.body(openapi, 200, { 'Content-Type': 'application/json; charset=utf-8' }));

  app.post('/regelingen/:naam/evalueer', async (c) => {
    const naam = c.req.param('naam');
    if (!perNaam.has(naam)) return onbekend(c, naam);
    const q = queryOpties(c);
    if ('probleem' in q) return probleem(c, q.probleem);
    const tekst = await leesLichaam(c, o);
    if (typeof tekst !== 'string') return probleem(c, tekst.probleem, tekst.probleem.status === 413 || tekst.probleem.status === 408);
    const a = await rekenaars.reken({ naam, tekst, uitleg: q.uitleg, ...(q.peildatum ? { peildatum: q.peildatum } : {}) });
    if (a.probleem) return probleem(c, a.probleem);
    return c.body(a.json!, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });

  app.post('/regelingen/:naam/bevolking', (c) => {
    const naam = c.req.param('naam');
    if (!perNaam.has(naam)) return onbekend(c, naam);
    const q0 = queryOpties(c);
    if ('probleem' in q0) return probleem(c, q0.probleem);
    const q = q0;
    c.header('Content-Type', 'application/x-ndjson; charset=utf-8');
    lopend++;
    return stream(c, async (s) => {
      try {
        await bevolking(s);
      } finally {
        lopend--;
      }
    });
    async function bevolking(s: StreamingApi): Promise<void> {
      const body = c.req.raw.body;
      if (!body) return;
      const decoder = new TextDecoder('utf-8', { fatal: true });
      // answers are written in input order; at most `venster` evaluations are under way at once,
      // and no more input is read until the oldest is written (backpressure on a large population)
      const venster = rekenaars.aantal * 4;
      const onderweg: Promise<string>[] = [];
      let regel = 0;
      let rest = '';
      let overslaan = false;
      const stuur = async (tekst: string): Promise<void> => {
        regel++;
        const nr = regel;
        if (tekst.trim() === '') return;
        onderweg.push(rekenaars.reken({ naam, tekst, uitleg: false, ...(q.peildatum ? { peildatum: q.peildatum } : {}) }).then((a) => bevolkingsRegel(nr, a)));
        while (onderweg.length >= venster) await s.write(await onderweg.shift()!);
      };
      const teGroot = (): string => {
        regel++;
        return `${JSON.stringify({ regel, fout: { soort: 'te-groot', melding: `de invoerregel is groter dan ${o.maxBytes} bytes, de grens van deze dienst` } })}\n`;
      };
      const lezer = body.getReader();
      try {
        for (;;) {
          const gelezen = await binnen(lezer.read(), o.tijdslimiet);
          if (gelezen === 'te laat') {
            void lezer.cancel().catch(() => undefined);
            while (onderweg.length > 0) await s.write(await onderweg.shift()!);
            await s.write(`${JSON.stringify({ regel: regel + 1, fout: { soort: 'tijdslimiet', melding: `er kwam ${o.tijdslimiet} ms lang geen invoer meer binnen; de bevolking is afgebroken` } })}\n`);
            return;
          }
          if (gelezen.done) break;
          const stuk = gelezen.value;
          let tekst = rest + decoder.decode(stuk, { stream: true });
          let i: number;
          while ((i = tekst.indexOf('\n')) >= 0) {
            const lijn = tekst.slice(0, i);
            tekst = tekst.slice(i + 1);
            if (overslaan) { overslaan = false; continue; }
            await stuur(lijn.endsWith('\r') ? lijn.slice(0, -1) : lijn);
          }
          if (!overslaan && tekst.length > o.maxBytes) {
            while (onderweg.length > 0) await s.write(await onderweg.shift()!);
            await s.write(teGroot());
            overslaan = true;
          }
          rest = overslaan ? '' : tekst;
        }
        rest += decoder.decode();
        if (!overslaan) await stuur(rest);
      } catch {
        while (onderweg.length > 0) await s.write(await onderweg.shift()!);
        await s.write(`${JSON.stringify({ regel: regel + 1, fout: { soort: 'invoer', melding: 'de invoer is geen geldige UTF-8; stuur NDJSON als UTF-8' } })}\n`);
        return;
      }
      while (onderweg.length > 0) await s.write(await onderweg.shift()!);
    }
  });

  app.notFound((c) => probleem(c, { status: 404, soort: 'onbekend', melding: `geen pad ${c.req.method} ${new URL(c.req.url).pathname}; zie GET /openapi.json` }));
  app.onError((e, c) => probleem(c, { status: 500, soort: 'intern', melding: `interne fout: ${e.message}` }));
  return { app, lopend: () => lopend };
}
