// Browsertests van de toegankelijkheid van de speeltuin (WCAG 2.1, die overheidssites moeten halen):
// axe-core zonder overtredingen, Tab kan de editor verlaten (Ctrl+M), en op 390 px geen zijwaarts scrollen.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { gebruikSpeeltuin } from './pagina.js';
import { ROOT, foto, wachtOpMarkers } from './chromium.js';

const breed = gebruikSpeeltuin();
const smal = gebruikSpeeltuin({ breedte: 390, hoogte: 844 });

interface Overtreding { readonly id: string; readonly help: string; readonly waar: readonly string[] }

const AXE = readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/**
 * axe-core from node_modules on the whole document. Evaluated through the DevTools protocol: the
 * page's Content-Security-Policy (script-src 'self') rightly refuses an inline script tag.
 */
async function axe(page: Page): Promise<Overtreding[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const a = (window as unknown as { axe: { run: (d: Document) => Promise<{ violations: { id: string; help: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
    const r = await a.run(document);
    return r.violations.map((v) => ({ id: v.id, help: v.help, waar: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`) }));
  });
}

/** The page once the checker and the panels have answered: outputs, explanation and form are drawn. */
async function klaar(page: Page): Promise<void> {
  await wachtOpMarkers(page, 'schoon');
  await page.getByTestId('uitleg-knoop').first().waitFor({ timeout: 30_000 });
}

describe('speeltuin: toegankelijkheid', () => {
  it('axe-core vindt geen overtredingen, ook niet op de tabs JSON, Uitvoer en Tests', async () => {
    const page = await breed();
    await klaar(page);
    expect(await axe(page), 'invoer').toEqual([]);
    for (const tab of ['json', 'uitvoer', 'tests', 'code']) {
      await page.getByTestId(`tab-${tab}`).click();
      expect(await axe(page), tab).toEqual([]);
    }
    await foto(page, 'toegankelijk-breed');
  });

  it('axe-core vindt ook niets bij fouten: problemenlijst, foutmelding van een run, testresultaten, catalogus', async () => {
    const page = await breed();
    await klaar(page);
    // a run that fails on an eis (the message, its links, the highlighted clause)
    await page.getByTestId('tab-json').click();
    await page.getByTestId('invoer-json').fill('{"categorie": "overig", "caoSeizoensverkorting": false, "contracten": []}');
    await page.getByTestId('fout-melding').waitFor({ timeout: 15_000 });
    expect(await axe(page), 'foutmelding van een run').toEqual([]);
    await page.getByTestId('tab-tests').click();
    await page.getByTestId('draai-tests').click();
    await page.getByTestId('test-resultaat').first().waitFor({ timeout: 60_000 });
    expect(await axe(page), 'testresultaten').toEqual([]);
    // an error in the text: markers, the problems list, the panels' message
    await page.evaluate(() => { const e = window.__speeltuin!.editor; e.setValue(`${e.getValue()}\nregel kapot: getal is onbekendeNaam\n`); });
    await wachtOpMarkers(page, 'fouten');
    await page.getByTestId('problemen').locator('button').first().waitFor();
    expect(await axe(page), 'problemenlijst').toEqual([]);
    await page.getByTestId('catalogus-link').click();
    await page.getByTestId('catalogus').waitFor();
    expect(await axe(page), 'catalogus').toEqual([]);
  });

  it('Ctrl+M zet de tabfocusmodus aan (op het scherm gezegd): Tab verlaat dan de editor', async () => {
    const page = await breed();
    await klaar(page);
    await page.locator('.monaco-editor').first().click();
    const inEditor = (): Promise<boolean> => page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null);
    expect(await inEditor()).toBe(true);
    await expect.poll(() => page.getByTestId('tabfocus').textContent()).toContain('Ctrl+M');
    await page.keyboard.press('Control+m');
    await expect.poll(() => page.getByTestId('tabfocus').getAttribute('data-aan')).toBe('ja');
    await page.keyboard.press('Tab');
    expect(await inEditor(), 'na Ctrl+M en Tab staat de focus buiten de editor').toBe(false);
  });

  it('op 390 px scrolt de pagina niet zijwaarts: de kolommen staan onder elkaar', async () => {
    const page = await smal();
    await klaar(page);
    const maat = await page.evaluate(() => ({ breed: document.documentElement.scrollWidth, venster: window.innerWidth }));
    expect(maat.breed, 'scrollbreedte van de pagina').toBeLessThanOrEqual(maat.venster);
    const kolommen = await page.evaluate(() => ['.links', '#bron-paneel', '#panelen'].map((s) => {
      const r = document.querySelector(s)!.getBoundingClientRect();
      return { s, links: Math.round(r.left), breed: Math.round(r.width) };
    }));
    for (const k of kolommen) expect(k.breed, `${k.s} krijgt de hele breedte`).toBeGreaterThan(maat.venster * 0.9);
    expect(await axe(page), 'axe op 390 px').toEqual([]);
    await foto(page, 'toegankelijk-390');
  });
});
