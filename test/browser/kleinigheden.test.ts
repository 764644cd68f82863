// Browsertests van de kleinere punten van de speeltuin: opmaken op Shift+Alt+F op elk platform en via het
// contextmenu, "(zie hierboven)" in de uitleg springt naar de knoop hierboven, en de tab met de
// gegenereerde TypeScript (uit de generator zelf, zonder ts-morph in de gebouwde site).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gebruikSpeeltuin } from './pagina.js';
import { editorTekst, siteMap, zetTekst } from './chromium.js';
import { PROEF, gecontroleerd, zonderFouten } from './kern.js';
import { genereer } from '../../compiler/index.js';
import { formatteer } from '../../language/opmaak.js';

const pagina = gebruikSpeeltuin();
const ROMMEL = 'regeling   Rommel\n      bron "Kamerbrief 3 april 2023"\ninvoer a :  getal\nuitvoer b: getal\nregel b: getal is\n     als a>0   dan a+1 -- kort\n anders    0\n\n\n\n';

describe('speeltuin: kleinere punten', () => {
  it('Shift+Alt+F maakt het document op, ook op Linux (waar Monaco zelf Ctrl+Shift+I neemt)', async () => {
    const page = await pagina();
    const verwacht = formatteer(ROMMEL, 'regeling.regel');
    if (!verwacht.ok) throw new Error('de rommel moet op te maken zijn');
    await zetTekst(page, ROMMEL);
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Shift+Alt+F');
    await expect.poll(() => editorTekst(page), { timeout: 20_000 }).toBe(verwacht.tekst);
  });

  it('het contextmenu van de editor heeft "Document opmaken"', async () => {
    const page = await pagina();
    const verwacht = formatteer(ROMMEL, 'regeling.regel');
    if (!verwacht.ok) throw new Error('de rommel moet op te maken zijn');
    await zetTekst(page, ROMMEL);
    await page.locator('.monaco-editor .view-lines').first().click({ button: 'right' });
    const item = page.locator('.monaco-menu a.action-menu-item').filter({ hasText: 'Document opmaken' });
    await item.first().waitFor({ timeout: 10_000 });
    await item.first().hover();
    await page.keyboard.press('Enter');
    await expect.poll(() => editorTekst(page), { timeout: 20_000 }).toBe(verwacht.tekst);
  });

  it('"(zie hierboven)" opent niet leeg maar springt naar de knoop waar de regel uitgelegd is', async () => {
    const page = await pagina();
    await zetTekst(page, PROEF);
    await zonderFouten(page);
    await page.getByTestId('voorbeeld-invoer').selectOption({ label: 'gewoon (regel 33)' });
    const herhaald = page.locator('details[data-herhaald="ja"][data-regel="basis"]');
    await herhaald.first().waitFor({ state: 'attached', timeout: 15_000 });
    // the drafter opens the nodes around it (dubbel, in whose explanation basis comes a second time)
    await herhaald.first().evaluate((d) => { for (let x = d.parentElement; x; x = x.parentElement) if (x instanceof HTMLDetailsElement) x.open = true; });
    await herhaald.first().locator('summary').click();
    const na = await page.evaluate(() => {
      const doel = document.querySelector<HTMLDetailsElement>('details[data-regel="basis"]:not([data-herhaald])')!;
      const terug = document.querySelector<HTMLDetailsElement>('details[data-herhaald="ja"][data-regel="basis"]')!;
      let open = true;
      for (let d: HTMLElement | null = doel; d; d = d.parentElement) if (d instanceof HTMLDetailsElement && !d.open) open = false;
      return { focus: document.activeElement === doel.querySelector('summary'), open, herhaaldOpen: terug.open };
    });
    expect(na).toEqual({ focus: true, open: true, herhaaldOpen: false });
  });

  it('de tab TypeScript toont de module die de generator voor de regeling schrijft', async () => {
    const page = await pagina();
    await zetTekst(page, PROEF);
    await zonderFouten(page);
    await page.getByTestId('tab-code').click();
    // the page keeps the file name of the example it started with; the generated code does not depend on it
    const verwacht = genereer(gecontroleerd(PROEF, 'ketenbepaling.regel'));
    await expect.poll(() => page.getByTestId('code').textContent(), { timeout: 20_000 }).toBe(verwacht);
    // a change of the text is followed
    const anders = PROEF.replace('€ 10,00', '€ 12,50');
    await zetTekst(page, anders);
    await zonderFouten(page);
    await page.getByTestId('tab-invoer').click();
    await page.getByTestId('tab-code').click();
    await expect.poll(() => page.getByTestId('code').textContent(), { timeout: 20_000 }).toBe(genereer(gecontroleerd(anders, 'ketenbepaling.regel')));
    // ts-morph (the Node-only TypeScript compiler) is not in the site
    const map = path.join(siteMap(), 'assets');
    const metTsMorph = readdirSync(map).filter((f) => f.endsWith('.js') && /ts-morph|createSourceFile/.test(readFileSync(path.join(map, f), 'utf8')));
    expect(metTsMorph).toEqual([]);
  });
});
