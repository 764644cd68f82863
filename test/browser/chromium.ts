// Start Chromium (playwright-core, systeem-Chromium) tegen de gebouwde speeltuin en verzamel elke fout van de pagina.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type * as Monaco from 'monaco-editor';
import { serveer, type Server } from './server.js';

/** The repository root: the nearest folder up with package.json (also from dist/test/browser, where the bench runs). */
export const ROOT = ((): string => {
  for (let d = import.meta.dirname; ; d = path.dirname(d)) {
    if (existsSync(path.join(d, 'package.json')) && existsSync(path.join(d, 'policies'))) return d;
    if (path.dirname(d) === d) throw new Error(`geen repository boven ${import.meta.dirname}`);
  }
})();
export const CHROMIUM = process.env.REGELWERK_CHROMIUM ?? '/usr/bin/chromium';
/** Screenshots of the main states: artefacts, git-ignored, never committed. */
export const ARTEFACTEN = path.join(ROOT, 'test', 'browser', 'artefacten');

/** What main.ts exposes for tests (the contract): `window.__speeltuin = { monaco, editor }`. */
export interface SpeeltuinHaak {
  readonly monaco: typeof Monaco;
  readonly editor: Monaco.editor.IStandaloneCodeEditor;
}

declare global {
  interface Window {
    __speeltuin?: SpeeltuinHaak;
  }
}

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * The folder `npm run build:playground` writes: the `outDir` of playground/vite.config.ts
 * (relative to playground/, Vite's root there), or REGELWERK_SPEELTUIN_MAP.
 */
export function siteMap(): string {
  if (process.env.REGELWERK_SPEELTUIN_MAP) return path.resolve(process.env.REGELWERK_SPEELTUIN_MAP);
  const config = path.join(ROOT, 'playground', 'vite.config.ts');
  const kandidaten: string[] = [];
  if (existsSync(config)) {
    const m = /outDir\s*:\s*['"`]([^'"`]+)['"`]/.exec(readFileSync(config, 'utf8'));
    if (m) kandidaten.push(path.resolve(ROOT, 'playground', m[1]!));
  }
  kandidaten.push(path.join(ROOT, 'dist', 'playground'), path.join(ROOT, 'playground', 'dist'));
  const gevonden = kandidaten.find((k) => existsSync(path.join(k, 'index.html')));
  if (!gevonden) {
    throw new Error(`De gebouwde speeltuin ontbreekt (gezocht: ${kandidaten.map((k) => path.relative(ROOT, k)).join(', ')}). `
      + 'Draai eerst `npm run build:playground` (npm test doet dat zelf). / The built playground is missing: run `npm run build:playground` first.');
  }
  return gevonden;
}

/** Fails loudly (never skips) when Chromium is absent: the browser tests are part of `npm test`. */
export function eisChromium(): string {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium niet gevonden op ${CHROMIUM}. Installeer het met \`apt-get install -y chromium\` `
      + '(.ci/run doet dat), of wijs REGELWERK_CHROMIUM naar een Chromium-binary. '
      + `/ Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` or set REGELWERK_CHROMIUM.`);
  }
  return CHROMIUM;
}

/** A page with everything that went wrong on it: console errors, page errors, HTTP >= 400, failed requests. */
export interface BewaaktePagina {
  readonly page: Page;
  readonly fouten: string[];
}

export interface Speeltuin {
  readonly url: string;
  readonly browser: Browser;
  /**
   * A new page in a context of its own (fresh storage: localStorage of one test cannot leak into
   * the next, and a shared URL is opened as by someone else), listening for errors from the start.
   * `pad` is appended to the site URL, e.g. '#...'.
   */
  nieuwePagina(pad?: string): Promise<BewaaktePagina>;
  sluit(): Promise<void>;
}

/** The messages that count as errors on a page (warnings are Monaco's business, errors are ours). */
export function bewaak(page: Page): string[] {
  const fouten: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') fouten.push(`console.error: ${m.text()}`); });
  page.on('pageerror', (e) => fouten.push(`pageerror: ${e.message}`));
  page.on('response', (r) => { if (r.status() >= 400) fouten.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('requestfailed', (r) => {
    const tekst = r.failure()?.errorText ?? '';
    // closing a page aborts its pending requests; that is not an error of the app
    if (!tekst.includes('ERR_ABORTED')) fouten.push(`requestfailed: ${r.url()} ${tekst}`);
  });
  return fouten;
}

/** One browser per test file (fresh profile), serving the built site; `sluit` in afterAll. */
export async function startSpeeltuin(opties: { readonly breedte?: number; readonly hoogte?: number } = {}): Promise<Speeltuin> {
  const uitvoerbaar = eisChromium();
  // Serve a snapshot: a rebuild of the site during the run (vite empties its outDir first) must not
  // turn into 404s or a mix of two builds halfway through a test.
  const kopie = await mkdtemp(path.join(os.tmpdir(), 'rw-speeltuin-site-'));
  await cp(siteMap(), kopie, { recursive: true });
  mkdirSync(ARTEFACTEN, { recursive: true });
  const server: Server = await serveer(kopie);
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: uitvoerbaar,
      headless: true,
      // playwright gives launch() a fresh temporary user-data-dir of its own and removes it on close
      args: [...CHROMIUM_ARGS],
    });
  } catch (x) {
    await server.close();
    await rm(kopie, { recursive: true, force: true });
    throw x;
  }
  const contexten: BrowserContext[] = [];
  return {
    url: server.url,
    browser,
    async nieuwePagina(pad = '') {
      const context = await browser.newContext({
        viewport: { width: opties.breedte ?? 1400, height: opties.hoogte ?? 900 },
        // as the drafters use it: Dutch date fields (dd-mm-jjjj), Dutch time zone
        locale: 'nl-NL',
        timezoneId: 'Europe/Amsterdam',
        // `delen` may copy the link to the clipboard
        permissions: ['clipboard-read', 'clipboard-write'],
      });
      contexten.push(context);
      const page = await context.newPage();
      const fouten = bewaak(page);
      await page.goto(server.url + pad);
      return { page, fouten };
    },
    async sluit() {
      for (const c of contexten) await c.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await server.close();
      await rm(kopie, { recursive: true, force: true });
    },
  };
}

/** Waits until main.ts has created the editor and exposed it (the test hook), and Monaco has drawn lines. */
export async function wachtOpEditor(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__speeltuin?.editor !== undefined, undefined, { timeout: 30_000 });
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 30_000 });
}

/** Markers of the editor's model (all owners), as plain data. */
export interface MarkerData {
  readonly code: string | null;
  readonly bericht: string;
  readonly ernst: number;
  readonly regel: number;
  readonly bron: string | null;
}

export async function markers(page: Page): Promise<MarkerData[]> {
  return page.evaluate(() => {
    const s = window.__speeltuin!;
    const model = s.editor.getModel()!;
    return s.monaco.editor.getModelMarkers({ resource: model.uri }).map((m) => ({
      code: m.code === undefined ? null : typeof m.code === 'string' ? m.code : m.code.value,
      bericht: m.message,
      ernst: m.severity,
      regel: m.startLineNumber,
      bron: m.source ?? null,
    }));
  });
}

export async function foto(page: Page, naam: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTEFACTEN, `${naam}.png`) }).catch(() => undefined);
}

export async function editorTekst(page: Page): Promise<string> {
  return page.evaluate(() => window.__speeltuin!.editor.getModel()!.getValue());
}

/** Replaces the whole text as a paste would (the contract's test hook: editor.setValue). */
export async function zetTekst(page: Page, tekst: string): Promise<void> {
  await page.evaluate((t) => window.__speeltuin!.editor.setValue(t), tekst);
}

/** Picks a policy in the examples picker and waits until the editor holds its text. */
export async function kiesVoorbeeld(page: Page, bestand: string, tekst: string): Promise<void> {
  await page.getByTestId('voorbeeld-kiezer').selectOption(bestand);
  await page.waitForFunction(
    (t) => window.__speeltuin?.editor.getModel()?.getValue().replace(/\r\n/g, '\n') === t,
    tekst.replace(/\r\n/g, '\n'),
    { timeout: 20_000 },
  );
}

/** What the checker answered for the editor's current text: the status line and the markers. */
export interface Controleerd {
  /** `data-soort` of the status line: 'ok', 'fout' or 'afgebroken'. */
  readonly soort: string;
  readonly status: string;
  readonly markers: MarkerData[];
}

/**
 * Waits until the checker has answered for the model's CURRENT version: controle.ts writes the
 * version it answered in the status line's `data-versie` (after setting markers and overview).
 * Empty markers alone prove nothing: they are also empty before the checker has run.
 */
export async function wachtOpControle(page: Page, timeout = 30_000, wat = ''): Promise<Controleerd> {
  try {
    const h = await page.waitForFunction(() => {
      const s = window.__speeltuin;
      const model = s?.editor.getModel();
      const status = document.querySelector<HTMLElement>('[data-testid="status"]');
      if (!s || !model || !status || status.dataset['versie'] !== String(model.getVersionId())) return null;
      return {
        soort: status.dataset['soort'] ?? '',
        status: status.textContent ?? '',
        markers: s.monaco.editor.getModelMarkers({ resource: model.uri }).map((m) => ({
          code: m.code === undefined ? null : typeof m.code === 'string' ? m.code : m.code.value,
          bericht: m.message,
          ernst: m.severity,
          regel: m.startLineNumber,
          bron: m.source ?? null,
        })),
      };
    }, undefined, { timeout, polling: 50 });
    return (await h.jsonValue())!;
  } catch (x) {
    const status = await page.getByTestId('status').evaluate((e) => `${e.textContent ?? ''} (soort ${e.dataset['soort'] ?? '-'}, versie ${e.dataset['versie'] ?? '-'})`, undefined, { timeout: 1000 }).catch(() => null);
    const versie = await page.evaluate(() => window.__speeltuin?.editor.getModel()?.getVersionId()).catch(() => null);
    throw new Error(`${wat ? `${wat}: ` : ''}de controle antwoordde niet voor versie ${String(versie)} van de tekst binnen ${timeout} ms; statusregel: ${JSON.stringify(status)}`, { cause: x });
  }
}

/**
 * Waits until the checker has answered for the current text (wachtOpControle), then requires error
 * markers ('fouten') or a clean answer without markers of ernst >= warning ('schoon'), and returns
 * the markers. Fails as soon as the checker's answer is the other one.
 */
export async function wachtOpMarkers(page: Page, soort: 'fouten' | 'schoon', timeout = 30_000, wat = ''): Promise<MarkerData[]> {
  const c = await wachtOpControle(page, timeout, wat);
  const goed = soort === 'fouten' ? c.markers.some((m) => m.ernst === 8) : c.soort === 'ok' && !c.markers.some((m) => m.ernst >= 4);
  if (!goed) {
    throw new Error(`${wat ? `${wat}: ` : ''}de controle van de huidige tekst is niet '${soort}'; statusregel: ${JSON.stringify(c.status)} (${c.soort}); `
      + `markeringen: ${JSON.stringify(c.markers.slice(0, 5))}${c.markers.length > 5 ? ` (+${c.markers.length - 5})` : ''}`);
  }
  return c.markers;
}
