// Browsertest: de wetpagina's van `regelwerk doc` werken vanuit file:// in Chromium, zonder netwerk:
// de index, een regeling, een bron-link naar de geciteerde alinea van de brief, en terug. Geen
// fout in de console, geen verzoek buiten file://, en de pagina past op een telefoon (390 px).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, bewaak, eisChromium } from './chromium.js';
import { regelwerk } from '../compiler/node/cli-hulp.js';

let map = '';
let browser: Browser;

beforeAll(async () => {
  map = mkdtempSync(join(tmpdir(), 'rw-doc-browser-'));
  const r = await regelwerk('doc', 'policies', '--uit', join(map, 'site'), '--runs', '20');
  expect(r.code, r.err).toBe(0);
  browser = await chromium.launch({ executablePath: eisChromium(), headless: true, args: [...CHROMIUM_ARGS] });
});

afterAll(async () => {
  await browser?.close();
  if (map) rmSync(map, { recursive: true, force: true });
});

describe('regelwerk doc in Chromium', () => {
  it('opens from file://, follows a bron to the quoted paragraph of the letter, and asks nothing of the network', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    const fouten = bewaak(page);
    const buiten: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith('file:')) buiten.push(r.url()); });
    await page.goto(pathToFileURL(join(map, 'site', 'index.html')).href);
    await expect(page.locator('h1').textContent()).resolves.toBe('Regelingen');
    const breedte = (): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await breedte()).toBeLessThanOrEqual(390);
    await page.getByRole('link', { name: 'Ketenbepaling', exact: true }).click();
    await page.waitForURL(/ketenbepaling\.html$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Ketenbepaling');
    expect(await breedte()).toBeLessThanOrEqual(390);
    // the rule that starts a new chain cites § 3d; its aside quotes the paragraph and links to it
    const aside = page.locator('#regel-nieuweKeten aside');
    const citaat = (await aside.locator('blockquote').first().textContent()) ?? '';
    expect(citaat).toContain('vervaltermijn van 5 jaar');
    await aside.getByRole('link', { name: /§ 3d/ }).first().click();
    await page.waitForURL(/kamerbrief-hervorming-arbeidsmarkt-2023-04-03\.html#r\d+$/);
    const doel = await page.evaluate(() => document.querySelector(':target')?.textContent ?? '');
    expect(doel).toContain(citaat.slice(0, 60));
    // no sideways scrolling on a phone, on any of the three pages
    expect(await breedte()).toBeLessThanOrEqual(390);
    expect(fouten).toEqual([]);
    expect(buiten).toEqual([]);
    await context.close();
  });
});
