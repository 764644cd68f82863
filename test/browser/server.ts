// Een kleine statische server voor de gebouwde speeltuin (node:http, 127.0.0.1, poort 0 = een vrije poort, geen pakketten).
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** Content types the built site needs; .js as text/javascript (module scripts and workers demand it). */
export const TYPEN: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.regel': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export interface Server {
  /** Base URL ending in '/', e.g. http://127.0.0.1:41234/ */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The file under `root` that a request path names, or null when it would leave `root`
 * (`..`, encoded `%2e%2e`, backslashes, NUL) — path traversal is refused, not normalised away.
 */
export function bestandVoor(root: string, urlPad: string): string | null {
  let pad: string;
  try {
    pad = decodeURIComponent(urlPad);
  } catch {
    return null;
  }
  if (pad.includes('\0') || pad.includes('\\')) return null;
  const wortel = path.resolve(root);
  const bestand = path.resolve(wortel, '.' + (pad.startsWith('/') ? pad : '/' + pad));
  if (bestand !== wortel && !bestand.startsWith(wortel + path.sep)) return null;
  return pad.endsWith('/') ? path.join(bestand, 'index.html') : bestand;
}

export function serveer(root: string): Promise<Server> {
  const server = http.createServer((req, res) => {
    void (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const bestand = bestandVoor(root, url.pathname);
      if (bestand === null) {
        res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('verboden');
        return;
      }
      try {
        const s = await stat(bestand);
        const echt = s.isDirectory() ? path.join(bestand, 'index.html') : bestand;
        const body = await readFile(echt);
        res.writeHead(200, {
          'content-type': TYPEN[path.extname(echt).toLowerCase()] ?? 'application/octet-stream',
          'content-length': body.length,
          'cache-control': 'no-store',
        });
        res.end(req.method === 'HEAD' ? undefined : body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('niet gevonden');
      }
    })();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const adres = server.address();
      if (adres === null || typeof adres === 'string') {
        reject(new Error('server heeft geen TCP-adres'));
        return;
      }
      resolve({
        url: `http://127.0.0.1:${adres.port}/`,
        close: () => new Promise<void>((klaar) => {
          server.closeAllConnections();
          server.close(() => klaar());
        }),
      });
    });
  });
}
