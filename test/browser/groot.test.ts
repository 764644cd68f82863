// Browsertests van de speeltuin met grote invoer: 5.000 contracten tekenen maar een paar dozijn rijen in
// het formulier (ook na "+ rij", en een fout in rij 4.001 scrolt die rij in beeld), en een plak van
// 10.000 regels onzin laat de uitvoer van de vorige regeling niet staan alsof hij bij de nieuwe tekst hoort.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { gebruikSpeeltuin } from './pagina.js';
import { foto, wachtOpMarkers } from './chromium.js';
import { onzin } from './onzin.js';

const pagina = gebruikSpeeltuin();
const RIJEN = 5000;

/** `n` contracts of ketenbepaling in order of begin, ten days apart; contract `fout` (if any) ends before it begins. */
function contracten(n: number, fout = -1): { begin: string; einde: string; seizoenswerk: boolean }[] {
  const dag = (i: number): string => new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10);
  return Array.from({ length: n }, (_, i) => ({ begin: dag(10 * i), einde: dag(10 * i + (i === fout ? -1 : 5)), seizoenswerk: false }));
}

const getekendeRijen = (page: Page): Promise<number> => page.locator('[data-testid^="groep-contracten["]').count();

async function zetInvoer(page: Page, invoer: unknown): Promise<void> {
  await page.getByTestId('tab-json').click();
  await page.getByTestId('invoer-json').fill(JSON.stringify(invoer));
  await page.getByTestId('tab-invoer').click();
}

describe('speeltuin: grote invoer', () => {
  it('5.000 contracten: het formulier tekent alleen de rijen in beeld, ook na "+ rij"', async () => {
    const page = await pagina();
    await wachtOpMarkers(page, 'schoon');
    await page.getByTestId('lijst-contracten').waitFor({ timeout: 15_000 });
    await zetInvoer(page, { categorie: 'overig', caoSeizoensverkorting: false, contracten: contracten(RIJEN) });
    await expect.poll(() => page.locator('[data-testid="groep-contracten[0]"]').count(), { timeout: 15_000 }).toBe(1);
    const eerst = await getekendeRijen(page);
    expect(eerst).toBeGreaterThan(0);
    expect(eerst, 'getekende rijen van 5.000').toBeLessThanOrEqual(60);

    // scrolling draws the rows that come into view, and still only a few dozen
    await page.getByTestId('lijst-contracten').locator('.rw-venster').evaluate((v) => {
      const hoogte = v.querySelector('[data-testid^="groep-contracten["]')!.getBoundingClientRect().height;
      v.scrollTop = 2500 * hoogte;
      v.dispatchEvent(new Event('scroll'));
    });
    await expect.poll(() => page.locator('[data-testid="groep-contracten[2500]"]').count()).toBe(1);
    expect(await getekendeRijen(page)).toBeLessThanOrEqual(60);

    // a field being edited keeps its focus when the list scrolls on (rows that stay in view are kept)
    const veld = page.getByTestId('veld-contracten[2505].seizoenswerk');
    await veld.focus();
    await page.getByTestId('lijst-contracten').locator('.rw-venster').evaluate((v) => { v.scrollTop += 100; v.dispatchEvent(new Event('scroll')); });
    await expect.poll(() => page.locator('[data-testid="groep-contracten[2520]"]').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'de focus blijft in het veld').toBe('veld-contracten[2505].seizoenswerk');

    await page.getByTestId('rij-toevoegen-contracten').click();
    await expect.poll(() => page.locator(`[data-testid="groep-contracten[${RIJEN}]"]`).count(), { message: 'de nieuwe rij is in beeld' }).toBe(1);
    expect(await getekendeRijen(page)).toBeLessThanOrEqual(60);
    await page.getByTestId('tab-json').click();
    const json = JSON.parse(await page.getByTestId('invoer-json').inputValue()) as { contracten: unknown[] };
    expect(json.contracten).toHaveLength(RIJEN + 1);
    expect(json.contracten[RIJEN]).toEqual(json.contracten[RIJEN - 1]);
    await foto(page, 'groot-5000');
  });

  it('een fout in rij 4.001 van 5.000: het formulier scrolt die rij in beeld en markeert haar', async () => {
    const page = await pagina();
    await wachtOpMarkers(page, 'schoon');
    await page.getByTestId('lijst-contracten').waitFor({ timeout: 15_000 });
    await zetInvoer(page, { categorie: 'overig', caoSeizoensverkorting: false, contracten: contracten(RIJEN, 4000) });
    await expect.poll(() => page.getByTestId('fout-melding').textContent(), { timeout: 15_000 }).toContain("'contracten[4000]'");
    await expect.poll(() => page.locator('[data-testid="groep-contracten[4000]"].rw-veld-fout').count(), { timeout: 15_000 }).toBe(1);
    expect(await getekendeRijen(page)).toBeLessThanOrEqual(60);
  });

  it('10.000 regels onzin geplakt: de oude uitvoer is meteen als verouderd gemarkeerd en daarna weg', async () => {
    const page = await pagina();
    await wachtOpMarkers(page, 'schoon');
    await page.getByTestId('uitleg-knoop').first().waitFor({ timeout: 30_000 });
    const direct = await page.evaluate((t) => {
      window.__speeltuin!.editor.setValue(t);
      return document.querySelector<HTMLElement>('[data-vak="resultaat"]')!.dataset['verouderd'] ?? null;
    }, onzin(10_000));
    expect(direct, 'verouderd direct na het plakken').toBe('ja');
    await expect.poll(() => page.getByTestId('regeling-fout').isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await page.locator('[data-testid^="uitvoer-waarde-"]').count(), 'geen uitvoer van de vorige regeling').toBe(0);
    expect(await page.getByTestId('uitleg-knoop').count(), 'geen uitleg van de vorige regeling').toBe(0);
  });
});
