// The runtime as its own package (@regelwerk/runtime, runtime/package.json): what an app that embeds
// a compiled policy installs. Packed as npm would publish it, it is small and has no dependencies;
// installed from that tarball (offline) into a fresh ES module app and a fresh CommonJS app, a
// compiled policy runs and answers as the interpreter does; and bundled with rolldown for the
// browser, it runs in Chromium from a file:// page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rolldown } from 'rolldown';
import { chromium } from 'playwright-core';
import { regelwerk } from '../compiler/node/cli-hulp.js';
import { CHROMIUM_ARGS, eisChromium } from '../browser/chromium.js';
import { laad } from '../../language/index.js';
import { stdlibLader } from '../../compiler/node/modules.js';
import { evalueer } from '../../compiler/interpreter/interpreter.js';
import { schrijfJsonTekst } from '../../runtime/json.js';

const ROOT = join(import.meta.dirname, '../..');
const INVOER = { leeftijd: 18, bbl: false };
const PEILDATUM = '2026-01-01';
let map = '';
let tarball = '';

/** The interpreter's answer, as JSON: what every embedding must print. */
function verwacht(): unknown {
  const r = laad(readFileSync(join(ROOT, 'policies/minimumjeugdloon.regel'), 'utf8'), 'minimumjeugdloon.regel', stdlibLader);
  return JSON.parse(schrijfJsonTekst(evalueer(r.gecontroleerd, INVOER, { peildatum: PEILDATUM }).uitvoer));
}

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });
}

const apps = new Map<string, string>();

/** An app folder with the packed runtime installed from the tarball, offline (one per kind). */
function app(type: 'module' | 'commonjs'): string {
  const naam = `${type}-app`;
  if (apps.has(naam)) return apps.get(naam)!;
  const a = join(map, naam);
  apps.set(naam, a);
  mkdirSync(a);
  writeFileSync(join(a, 'package.json'), JSON.stringify({ name: naam, version: '1.0.0', private: true, type }));
  npm(['install', '--offline', '--no-package-lock', tarball], a);
  return a;
}

beforeAll(() => {
  map = mkdtempSync(join(tmpdir(), 'rw-runtime-pakket-'));
  const [info] = JSON.parse(npm(['pack', '--json', '--pack-destination', map], join(ROOT, 'runtime'))) as { filename: string }[];
  tarball = join(map, info!.filename);
}, 120_000);

afterAll(() => { if (map) rmSync(map, { recursive: true, force: true }); });

describe('@regelwerk/runtime', () => {
  it('is packed small, with no dependencies and only the built runtime', () => {
    const [info] = JSON.parse(npm(['pack', '--dry-run', '--json'], join(ROOT, 'runtime'))) as { unpackedSize: number; files: { path: string }[] }[];
    expect(info!.unpackedSize).toBeLessThan(1_000_000);
    for (const f of info!.files) expect(f.path).toMatch(/^(dist\/[a-z-]+\.(js|d\.ts)|package\.json|README\.md)$/);
    expect(info!.files.map((f) => f.path)).toContain('dist/runtime.js');
    const pakket = JSON.parse(readFileSync(join(ROOT, 'runtime/package.json'), 'utf8')) as Record<string, unknown>;
    expect(pakket.dependencies).toBeUndefined();
    expect(pakket.peerDependencies).toBeUndefined();
  });

  it('runs a compiled policy in an ES module app that installed only the runtime', async () => {
    const a = app('module');
    expect((await regelwerk('compile', join(ROOT, 'policies/minimumjeugdloon.regel'), '--uit', join(a, 'regels'))).code).toBe(0);
    writeFileSync(join(a, 'main.js'), `import { evalueer } from './regels/minimumjeugdloon.js';\nconsole.log(JSON.stringify(evalueer(${JSON.stringify(INVOER)}, { peildatum: '${PEILDATUM}' })));\n`);
    expect(JSON.parse(execFileSync(process.execPath, ['main.js'], { cwd: a, encoding: 'utf8' }))).toEqual(verwacht());
    // what the app installed: the runtime and nothing else
    expect(JSON.parse(npm(['ls', '--all', '--json'], a)).dependencies).toEqual({ '@regelwerk/runtime': expect.objectContaining({ version: '0.1.0' }) });
  });

  it('runs the --commonjs output with require() in a CommonJS app', async () => {
    const a = app('commonjs');
    const r = await regelwerk('compile', join(ROOT, 'policies/minimumjeugdloon.regel'), '--uit', join(a, 'regels'), '--commonjs');
    expect(r.code).toBe(0);
    expect(r.err).toContain('minimumjeugdloon.cjs');
    expect(r.err).toContain('minimumjeugdloon.d.cts');
    writeFileSync(join(a, 'main.js'), `const { evalueer } = require('./regels/minimumjeugdloon.cjs');\nconsole.log(JSON.stringify(evalueer(${JSON.stringify(INVOER)}, { peildatum: '${PEILDATUM}' })));\n`);
    expect(JSON.parse(execFileSync(process.execPath, ['main.js'], { cwd: a, encoding: 'utf8' }))).toEqual(verwacht());
  });

  it('runs a compiled policy bundled for the browser with rolldown, in Chromium from file://', async () => {
    const a = app('module');
    expect((await regelwerk('compile', join(ROOT, 'policies/minimumjeugdloon.regel'), '--uit', join(a, 'regels'))).code).toBe(0);
    writeFileSync(join(a, 'web.js'), `import { evalueer } from './regels/minimumjeugdloon.js';\ndocument.getElementById('uit').textContent = JSON.stringify(evalueer(${JSON.stringify(INVOER)}, { peildatum: '${PEILDATUM}' }));\n`);
    const bundel = await rolldown({ input: join(a, 'web.js'), platform: 'browser', logLevel: 'warn', cwd: a });
    await bundel.write({ file: join(a, 'web', 'main.js'), format: 'iife' });
    await bundel.close();
    writeFileSync(join(a, 'web', 'index.html'), '<!doctype html><meta charset="utf-8"><title>x</title><pre id="uit"></pre><script src="main.js"></script>\n');
    const browser = await chromium.launch({ executablePath: eisChromium(), headless: true, args: [...CHROMIUM_ARGS] });
    try {
      const page = await browser.newPage();
      const fouten: string[] = [];
      page.on('pageerror', (e) => fouten.push(e.message));
      await page.goto(pathToFileURL(join(a, 'web', 'index.html')).href);
      await page.waitForFunction(() => (document.getElementById('uit')?.textContent ?? '') !== '');
      expect(JSON.parse((await page.textContent('#uit')) ?? '')).toEqual(verwacht());
      expect(fouten).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
