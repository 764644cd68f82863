// Browsertests van de panelen van de gebouwde speeltuin: formulier en uitvoer gelijk aan de kern (de CLI), uitleg die de
// regel in de editor aanwijst, tests met voortgang, en een tegenvoorbeeld laden. Eén Chromium voor dit bestand.
import { describe, expect, it } from 'vitest';
import { gebruikSpeeltuin } from './pagina.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { toetsEigenschappen } from '../../compiler/index.js';
import { voorbeeldInvoer } from '../../compiler/interpreter/voorbeelden.js';
import { clausules } from '../../compiler/interpreter/dekking.js';
import {
  ROOT, foto, kiesVoorbeeld, wachtOpMarkers, zetTekst,
} from './chromium.js';
import { alsOpsteller, cliUitvoer, gecontroleerd, policyTekst, verwachteUitvoer } from './kern.js';

const pagina = gebruikSpeeltuin();

const KETEN = 'ketenbepaling.regel';

/** Opens a policy and waits until the checker has it clean (the panels follow the model). */
async function open_(page: Page, bestand: string): Promise<void> {
  await kiesVoorbeeld(page, bestand, policyTekst(bestand));
  await wachtOpMarkers(page, 'schoon');
}

/**
 * What the outputs table shows for each output: the expected text if one of the row's cells shows
 * exactly that (spaces as Monaco/HTML may write them), else all its cells joined — so a mismatch
 * reads as a diff of values.
 */
async function uitvoerTabel(page: Page, verwacht: Readonly<Record<string, string>>): Promise<Record<string, string>> {
  const uit: Record<string, string> = {};
  for (const [naam, waarde] of Object.entries(verwacht)) {
    const rij = page.getByTestId(`uitvoer-${naam}`);
    if ((await rij.count()) === 0) {
      uit[naam] = '(geen rij)';
      continue;
    }
    const cellen = await rij.first().evaluate((el) => {
      const schoon = (t: string | null): string => (t ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
      return [schoon(el.textContent), ...[...el.querySelectorAll('*')].map((c) => schoon(c.textContent))];
    });
    uit[naam] = cellen.includes(waarde) ? waarde : cellen.slice(1).join(' | ') || cellen[0]!;
  }
  return uit;
}

/** Picks a `voorbeeld` in the inputs picker by its name, once the panels have listed it (they follow the checker). */
async function kiesVoorbeeldInvoer(page: Page, naam: string): Promise<void> {
  await page.getByTestId('tab-invoer').click();
  const kiezer = page.getByTestId('voorbeeld-invoer');
  const optie = (): Promise<string | null> => kiezer.locator('option').evaluateAll(
    (os, n) => (os as HTMLOptionElement[]).find((o) => (o.textContent ?? '').includes(n))?.value ?? null, naam);
  await expect.poll(optie, { timeout: 15_000, message: `voorbeeld "${naam}" in de kiezer voorbeeld-invoer` }).not.toBeNull();
  await kiezer.selectOption((await optie())!);
}

async function draai(page: Page): Promise<void> {
  await page.getByTestId('draai').click();
}

/** The input the page holds, read from its JSON tab (what the CLI's --invoer would get). */
async function invoerJson(page: Page): Promise<unknown> {
  await page.getByTestId('tab-json').click();
  const veld = page.getByTestId('invoer-json');
  await veld.waitFor({ state: 'visible' });
  return JSON.parse(await veld.inputValue()) as unknown;
}

describe('speeltuin: panelen', () => {
  it('ketenbepaling: voorbeeldinvoer in het formulier (elke derde) geeft de uitvoer die de CLI geeft', async () => {
    const page = await pagina();
    // First another policy, so the picker must follow a switch of examples (it once kept the old list).
    const ANDER = 'uitzendfasen.regel';
    await open_(page, ANDER);
    const opties = (): Promise<string[]> => page.getByTestId('voorbeeld-invoer').locator('option').evaluateAll(
      (os) => (os as HTMLOptionElement[]).filter((o) => o.value !== '').map((o) => (o.textContent ?? '').replace(/ \(regel \d+\)$/, '')));
    const namen = (bestand: string): string[] => gecontroleerd(policyTekst(bestand), bestand).voorbeelden.map((v) => v.naam);
    await expect.poll(opties, { timeout: 15_000, message: `voorbeelden van ${ANDER}` }).toEqual(namen(ANDER));
    await open_(page, KETEN);
    await expect.poll(opties, { timeout: 15_000, message: `voorbeelden van ${KETEN} na de wissel` }).toEqual(namen(KETEN));
    const g = gecontroleerd(policyTekst(KETEN), KETEN);
    let gedraaid = 0;
    // Every third valid voorbeeld (first and last included): each one is a full round trip through
    // the form, the worker and the outputs table; the core itself runs them all in other tests.
    const geldig = g.voorbeelden.filter((v) => !v.verwachtFout);
    for (const v of geldig.filter((_, i) => i % 3 === 0 || i === geldig.length - 1)) {
      await kiesVoorbeeldInvoer(page, v.naam);
      await draai(page);
      const peildatum = await page.getByTestId('peildatum').inputValue();
      expect(peildatum, `peildatum na "${v.naam}"`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const { invoer, opties: evOpties } = voorbeeldInvoer(g, v);
      expect(evOpties.parameters ?? {}).toEqual({}); // the chain rule's examples override no parameter
      const verwacht = verwachteUitvoer(g, invoer, peildatum);
      await expect.poll(() => uitvoerTabel(page, verwacht), { timeout: 15_000, message: v.naam }).toEqual(verwacht);
      expect(await invoerJson(page), `invoer-json na "${v.naam}"`).toEqual(invoer);
      gedraaid++;
    }
    expect(gedraaid).toBeGreaterThanOrEqual(5);
    await page.getByTestId('tab-uitvoer').click();
    await foto(page, '10-voorbeeldinvoer-uitvoer');
  });

  it('ketenbepaling: het formulier met de hand ingevuld (de invoer van npm run demo) geeft de uitvoer van de CLI', async () => {
    const page = await pagina();
    await open_(page, KETEN);
    const g = gecontroleerd(policyTekst(KETEN), KETEN);
    const invoerBestand = path.join(ROOT, 'policies', 'voorbeelden', 'ketenbepaling-vier-contracten.json');
    const invoer = JSON.parse(readFileSync(invoerBestand, 'utf8')) as {
      categorie: string; caoSeizoensverkorting: boolean; contracten: { begin: string; einde: string; seizoenswerk: boolean }[];
    };
    const peildatum = '2026-03-01';
    await page.getByTestId('tab-invoer').click();
    await page.getByTestId('invoer-formulier').waitFor({ state: 'visible', timeout: 15_000 });
    await page.getByTestId('veld-categorie').selectOption(invoer.categorie);
    await page.getByTestId('veld-caoSeizoensverkorting').setChecked(invoer.caoSeizoensverkorting);
    const rijen = page.locator('[data-testid^="veld-contracten["][data-testid$="].begin"]');
    for (let i = 0; i < 20 && (await rijen.count()) < invoer.contracten.length; i++) await page.getByTestId('rij-toevoegen-contracten').click();
    for (let n = await rijen.count(); n > invoer.contracten.length; n = await rijen.count()) await page.getByTestId(`rij-verwijderen-contracten[${n - 1}]`).click();
    expect(await rijen.count()).toBe(invoer.contracten.length);
    for (const [i, c] of invoer.contracten.entries()) {
      await page.getByTestId(`veld-contracten[${i}].begin`).fill(c.begin);
      await page.getByTestId(`veld-contracten[${i}].einde`).fill(c.einde);
      await page.getByTestId(`veld-contracten[${i}].seizoenswerk`).setChecked(c.seizoenswerk);
    }
    await page.getByTestId('peildatum').fill(peildatum);
    await foto(page, '11-formulier-ingevuld');
    await draai(page);
    // what `regelwerk run policies/ketenbepaling.regel --invoer <that file> --peildatum 2026-03-01` prints
    const verwacht = alsOpsteller(g, cliUitvoer(KETEN, invoerBestand, peildatum));
    expect(verwacht).toEqual(verwachteUitvoer(g, invoer, peildatum));
    await expect.poll(() => uitvoerTabel(page, verwacht), { timeout: 15_000 }).toEqual(verwacht);
    await foto(page, '12-uitvoer');
    expect(await invoerJson(page)).toEqual(invoer);
  });

  it('uitleg: een knoop openklappen wijst de regel aan in de editor (rw-uitleg-markering) en toont zijn bron', async () => {
    const page = await pagina();
    await open_(page, KETEN);
    const tekst = policyTekst(KETEN);
    const g = gecontroleerd(tekst, KETEN);
    const vier = g.voorbeelden.find((v) => v.naam.startsWith('vier contracten'))!;
    await kiesVoorbeeldInvoer(page, vier.naam);
    await draai(page);
    // the explanation of THIS run (not the previous one still on screen while it runs)
    const verwacht = verwachteUitvoer(g, voorbeeldInvoer(g, vier).invoer, await page.getByTestId('peildatum').inputValue());
    await expect.poll(() => uitvoerTabel(page, verwacht), { timeout: 15_000 }).toEqual(verwacht);
    const boom = page.getByTestId('uitleg-boom');
    await boom.waitFor({ state: 'visible', timeout: 15_000 });
    const knopen = boom.getByTestId('uitleg-knoop');
    await expect.poll(() => knopen.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    // a node of a rule that is not an output (so highlighting really moves into the file)
    const regels = await knopen.evaluateAll((ks) => ks.map((k) => k.getAttribute('data-regel') ?? ''));
    const naam = regels.find((r) => g.regels.has(r) && !g.regels.get(r)!.isUitvoer) ?? regels.find((r) => g.regels.has(r));
    expect(naam, `een uitleg-knoop met data-regel van een regel (kreeg ${regels.join(', ')})`).toBeDefined();
    const decl = g.regels.get(naam!)!.decl;
    const eersteRegel = decl.plek.regel;
    const laatsteRegel = tekst.slice(0, decl.plek.eind).split('\n').length;

    // expand the explanation down to that node, as a reader does: open the closed nodes above it, outermost first
    const knoop = boom.locator(`[data-testid="uitleg-knoop"][data-regel="${naam}"]`).first();
    const dicht = knoop.locator('xpath=ancestor::details[@data-testid="uitleg-knoop"][not(@open)]');
    for (let i = 0; i < 50 && (await dicht.count()) > 0; i++) await dicht.first().locator('xpath=./summary').click();
    await knoop.scrollIntoViewIfNeeded();
    await knoop.locator('xpath=./summary').click();
    const markering = async (): Promise<{ van: number; tot: number }[]> => page.evaluate(() => {
      const model = window.__speeltuin!.editor.getModel()!;
      return model.getAllDecorations()
        .filter((d) => [d.options.className, d.options.inlineClassName, d.options.linesDecorationsClassName, d.options.marginClassName]
          .some((c) => (c ?? '').split(/\s+/).includes('rw-uitleg-markering')))
        .map((d) => ({ van: d.range.startLineNumber, tot: d.range.endLineNumber }));
    });
    await expect.poll(markering, { timeout: 10_000 }).not.toEqual([]);
    for (const m of await markering()) {
      expect(m.van, `markering begint in regel ${naam} (${eersteRegel}-${laatsteRegel})`).toBeGreaterThanOrEqual(eersteRegel);
      expect(m.tot).toBeLessThanOrEqual(laatsteRegel);
    }
    // revealed: the highlighted rule is on screen
    await page.locator('.monaco-editor .rw-uitleg-markering').first().waitFor({ state: 'visible', timeout: 5_000 });
    if (decl.bron) {
      const bron = page.getByTestId('uitleg-bron');
      await expect.poll(() => bron.innerText(), { timeout: 5_000 }).toContain(decl.bron.tekst.slice(0, 40));
    }
    await foto(page, '13-uitleg-markering');
  });

  it('tests: draaien toont voortgang en een resultaat per voorbeeld en eigenschap, alle geslaagd', async () => {
    const page = await pagina();
    const bestand = 'certificering-uitleners.regel';
    await open_(page, bestand);
    const g = gecontroleerd(policyTekst(bestand), bestand);
    await page.getByTestId('tab-tests').click();
    await page.getByTestId('draai-tests').click();
    const resultaten = page.getByTestId('test-resultaat');
    const totaal = g.voorbeelden.length + g.eigenschappen.length;
    await expect.poll(() => resultaten.count(), { timeout: 60_000 }).toBe(totaal);
    const voortgang = page.getByTestId('tests-voortgang');
    await expect.poll(() => voortgang.evaluate((p) => {
      const el = p as HTMLProgressElement;
      return el.tagName === 'PROGRESS' && el.max > 0 && el.value === el.max;
    }), { timeout: 60_000, message: 'tests-voortgang is een <progress> die vol is' }).toBe(true);
    const items = await resultaten.evaluateAll((rs) => rs.map((r) => ({ status: r.getAttribute('data-status'), soort: r.getAttribute('data-soort') })));
    expect(items.filter((i) => i.soort === 'voorbeeld')).toHaveLength(g.voorbeelden.length);
    expect(items.filter((i) => i.soort === 'eigenschap')).toHaveLength(g.eigenschappen.length);
    expect(items.filter((i) => i.status !== 'geslaagd')).toEqual([]);
    // the coverage per clause, as `regelwerk test --dekking`: every clause of the policy reached
    const dekking = page.getByTestId('dekking-clausule');
    await expect.poll(() => dekking.count()).toBe(clausules(g).length);
    expect(await page.getByTestId('tests-dekking').locator('summary').innerText()).toBe(`dekking: ${clausules(g).length} van ${clausules(g).length} clausules bereikt`);
    expect(new Set(await dekking.evaluateAll((cs) => cs.map((c) => c.getAttribute('data-status'))))).toEqual(new Set(['bereikt']));
    await foto(page, '14-tests-geslaagd');
  });

  it('tegenvoorbeeld: een gebroken eigenschap laat zich laden in het formulier en draait', async () => {
    const page = await pagina();
    await open_(page, KETEN);
    // break a property by editing the text: scholieren -> overig (four contracts make overig permanent)
    const origineel = policyTekst(KETEN);
    const oud = 'niet onbepaaldeTijd indien categorie is scholier';
    expect(origineel).toContain(oud);
    const tekst = origineel.replace(oud, 'niet onbepaaldeTijd indien categorie is overig');
    const g = gecontroleerd(tekst, KETEN);
    const kern = toetsEigenschappen(g, { runs: 200, seed: 1, peildatum: '2026-01-01' });
    expect(kern.filter((u) => !u.geslaagd).map((u) => u.naam), 'de kern vindt de gebroken eigenschap').toEqual(['een scholier krijgt nooit een contract voor onbepaalde tijd']);
    await zetTekst(page, tekst);
    await wachtOpMarkers(page, 'schoon');

    await page.getByTestId('tab-tests').click();
    await page.getByTestId('draai-tests').click();
    const mislukt = page.locator('[data-testid="test-resultaat"][data-status="mislukt"][data-soort="eigenschap"]');
    await expect.poll(() => mislukt.count(), { timeout: 90_000 }).toBe(1);
    await expect.poll(() => page.getByTestId('test-resultaat').count(), { timeout: 90_000 }).toBe(g.voorbeelden.length + g.eigenschappen.length);
    await foto(page, '15-eigenschap-mislukt');
    await mislukt.getByTestId('tegenvoorbeeld-laden').click();

    // the form holds the counterexample and it has run: categorie overig, and the property's claim is false
    await page.getByTestId('invoer-formulier').waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.getByTestId('veld-categorie').inputValue()).toBe('overig');
    await expect.poll(() => uitvoerTabel(page, { onbepaaldeTijd: 'ja' }), { timeout: 15_000 }).toEqual({ onbepaaldeTijd: 'ja' });
    await page.getByTestId('uitleg-boom').waitFor({ state: 'visible', timeout: 10_000 });
    await foto(page, '16-tegenvoorbeeld-geladen');
    // and every output equals the core's on the same input and peildatum
    const peildatum = await page.getByTestId('peildatum').inputValue();
    const invoer = await invoerJson(page);
    const verwacht = verwachteUitvoer(g, invoer, peildatum);
    expect(await uitvoerTabel(page, verwacht)).toEqual(verwacht);
  });
});
