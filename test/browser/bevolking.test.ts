// Browsertest: the report of a population run (`regelwerk bevolking --rapport`) in Chromium from
// file://, without network: its tables and bar charts are there, a group value that is HTML stays
// text (no script runs, no element is injected), nothing is requested, nothing is logged as an
// error, and the page fits a phone (390 px) without scrolling sideways.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, bewaak, eisChromium } from './chromium.js';
import { Verschillen, type RijUitkomst } from '../../compiler/bevolking/verschil.js';
import { rapportAlsHtml } from '../../compiler/bevolking/html.js';

let map = '';
let browser: Browser;

/** A what-if over a few hundred cases, with a group that tries to inject an element and a script. */
function pagina(): string {
  const v = new Verschillen([
    { naam: 'uurloon', type: { soort: 'leegbaar', type: { soort: 'bedrag' } } },
    { naam: 'percentage', type: { soort: 'leegbaar', type: { soort: 'percentage' } } },
  ], ['hoger'], 'leeftijd');
  const u = (loon: string, pct: string, pad: string): RijUitkomst => ({ cellen: [loon, pct], fout: null, pad });
  for (let i = 0; i < 300; i++) {
    const groep = i % 3 === 0 ? '18' : i % 3 === 1 ? '19' : '<img src=x onerror="window.geraakt=1"><script>window.geraakt=1</script>';
    const basis = u('7.36', '50', 'staffel=rij 6');
    v.voeg(i + 1, `id-${i}`, groep, basis, [i % 3 === 0 ? u('8.09', '55', 'staffel=rij 6') : i % 3 === 2 ? u('7.00', '45', 'staffel=rij 7') : basis]);
  }
  return rapportAlsHtml(v.rapport, 'minimumjeugdloon over <jongeren>.parquet');
}

beforeAll(async () => {
  map = mkdtempSync(join(tmpdir(), 'rw-bevolking-browser-'));
  writeFileSync(join(map, 'rapport.html'), pagina());
  browser = await chromium.launch({ executablePath: eisChromium(), headless: true, args: [...CHROMIUM_ARGS] });
});

afterAll(async () => {
  await browser?.close();
  if (map) rmSync(map, { recursive: true, force: true });
});

describe('the report of regelwerk bevolking in Chromium', () => {
  it('shows its tables and bars from file://, runs nothing injected and asks nothing of the network', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    const fouten = bewaak(page);
    const buiten: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith('file:')) buiten.push(r.url()); });
    await page.goto(pathToFileURL(join(map, 'rapport.html')).href);
    await expect(page.locator('h1').textContent()).resolves.toBe('minimumjeugdloon over <jongeren>.parquet');
    await expect(page.locator('h2').allTextContents()).resolves.toEqual(['Basis', 'Variant hoger']);
    // one bar per group for the amount; the injected group is a label, not an element
    await expect(page.locator('svg rect').count()).resolves.toBe(3);
    await expect(page.locator('svg text').allTextContents()).resolves.toContain('<img src=x onerror="win…');
    await expect(page.locator('img').count()).resolves.toBe(0);
    await expect(page.locator('script').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { geraakt?: number }).geraakt ?? 0)).resolves.toBe(0);
    const tabel = await page.locator('table').nth(2).innerText();
    expect(tabel).toContain('+€ 73');
    expect(tabel).toContain('-€ 36');
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    expect(buiten).toEqual([]);
    expect(fouten).toEqual([]);
    await context.close();
  });
});
