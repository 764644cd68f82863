// Browsertests van de taaldiensten in de speeltuin (compiler/diensten/, via de taalwerker): de statische
// analyse tijdens het typen (een overlappende rij in een tabel uniek geeft RW4010, zoals `regelwerk check`),
// en de aanvulling na `(laatste van contracten).` die de velden van het record biedt en niet elke naam.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { gebruikSpeeltuin } from './pagina.js';
import { editorTekst, foto, kiesVoorbeeld, markers, wachtOpControle, zetTekst } from './chromium.js';
import { policyTekst } from './kern.js';

const pagina = gebruikSpeeltuin();

const UNIEK = 'regeling T\n  bron "t"\n\ninvoer a: getal\n  bron "t"\nuitvoer x: getal\n  bron "t"\nregel x: getal is tabel uniek\n  | a | x |\n  | ten minste 0 | 1 |\n  | ten hoogste 5 | 2 |\n  | kleiner dan 0 | 3 |\n  bron "t"\n';

/** Wacht tot de analyse van de huidige versie klaar is (data-analyse op de statusregel). */
async function wachtOpAnalyse(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const model = window.__speeltuin?.editor.getModel();
    const status = document.querySelector<HTMLElement>('[data-testid="status"]');
    return !!model && status?.dataset['analyse'] === 'klaar' && status.dataset['analyseVersie'] === String(model.getVersionId());
  }, undefined, { timeout: 30_000, polling: 50 });
}

describe('speeltuin: taaldiensten', () => {
  it('een overlappende rij in een tabel uniek toont RW4010 tijdens het bewerken, en herstellen haalt hem weg', async () => {
    const page = await pagina();
    await zetTekst(page, UNIEK);
    expect((await wachtOpControle(page)).soort).toBe('ok');
    await wachtOpAnalyse(page);
    const ms = await markers(page);
    expect(ms.map((m) => m.code)).toContain('RW4010');
    expect(await page.getByTestId('status').textContent()).toMatch(/waarschuwing/);
    await foto(page, '30-analyse-rw4010');
    await zetTekst(page, UNIEK.replace('ten hoogste 5', 'kleiner dan 0').replace('| kleiner dan 0 | 3 |', ''));
    await wachtOpAnalyse(page);
    expect((await markers(page)).map((m) => m.code)).not.toContain('RW4010');
  });

  it('aanvulling na `(laatste van contracten).` biedt de velden van het contract, en niets anders', async () => {
    const page = await pagina();
    const bestand = 'ketenbepaling.regel';
    await kiesVoorbeeld(page, bestand, policyTekst(bestand));
    const tekst = `${policyTekst(bestand)}\nregel probeer is (laatste van contracten).`;
    await zetTekst(page, tekst);
    expect(await editorTekst(page)).toBe(tekst);
    await page.evaluate(() => {
      const e = window.__speeltuin!.editor;
      const model = e.getModel()!;
      e.setPosition(model.getPositionAt(model.getValueLength()));
      e.focus();
      e.trigger('toets', 'editor.action.triggerSuggest', {});
    });
    await page.locator('.suggest-widget.visible').waitFor({ timeout: 10_000 });
    await expect.poll(() => page.locator('.suggest-widget .monaco-list-row .label-name').allTextContents(), { timeout: 10_000 })
      .toEqual(['begin', 'einde', 'seizoenswerk']);
    await foto(page, '31-aanvulling-velden');
  });
});
