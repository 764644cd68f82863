// De statische server van de browsertests: juiste content types, en geen pad buiten de map (ook niet gecodeerd).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { bestandVoor, serveer, type Server } from './server.js';

let buiten: string;
let wortel: string;
let server: Server;

beforeAll(async () => {
  buiten = mkdtempSync(path.join(os.tmpdir(), 'rw-server-'));
  wortel = path.join(buiten, 'site');
  mkdirSync(path.join(wortel, 'assets'), { recursive: true });
  writeFileSync(path.join(buiten, 'geheim.txt'), 'geheim');
  writeFileSync(path.join(wortel, 'index.html'), '<!doctype html>');
  for (const f of ['a.js', 'b.wasm', 'c.ttf', 'd.css', 'e.txt']) writeFileSync(path.join(wortel, 'assets', f), f);
  server = await serveer(wortel);
});

afterAll(async () => {
  await server?.close();
  rmSync(buiten, { recursive: true, force: true });
});

/** A raw GET with the path exactly as written (fetch would normalise `..` away before sending). */
function haal(pad: string): Promise<{ status: number; type: string; body: string }> {
  const url = new URL(server.url);
  return new Promise((klaar, faal) => {
    const req = http.request({ host: url.hostname, port: url.port, path: pad, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => { body += d; });
      res.on('end', () => klaar({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', faal);
    req.end();
  });
}

describe('statische server', () => {
  it('luistert op 127.0.0.1 met een vrije poort', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it.each([
    ['/assets/a.js', 'text/javascript'],
    ['/assets/b.wasm', 'application/wasm'],
    ['/assets/c.ttf', 'font/ttf'],
    ['/assets/d.css', 'text/css'],
    ['/assets/e.txt', 'text/plain'],
    ['/', 'text/html'],
  ])('%s -> %s', async (pad, type) => {
    const r = await haal(pad);
    expect(r.status).toBe(200);
    expect(r.type.split(';')[0]).toBe(type);
  });

  it.each(['/../geheim.txt', '/%2e%2e/geheim.txt', '/assets/..%2f..%2fgeheim.txt', '/..%5cgeheim.txt', '/assets/%00.js', '/%E0%A4%A'])('weigert %s', async (pad) => {
    const r = await haal(pad);
    expect([403, 404]).toContain(r.status);
    expect(r.body).not.toContain('geheim');
  });

  it('bestandVoor blijft binnen de wortel', () => {
    expect(bestandVoor('/srv/site', '/../x')).toBeNull();
    expect(bestandVoor('/srv/site', '/%2e%2e/x')).toBeNull();
    expect(bestandVoor('/srv/site', '/a/b.js')).toBe(path.resolve('/srv/site/a/b.js'));
    expect(bestandVoor('/srv/site', '/')).toBe(path.resolve('/srv/site/index.html'));
  });

  it('een onbekend bestand is 404', async () => {
    expect((await haal('/bestaat-niet.js')).status).toBe(404);
  });
});
