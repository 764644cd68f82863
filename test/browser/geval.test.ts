// Browsertests van wat een opsteller aan een run en een link heeft: een eis die niet gehaald wordt licht
// die eis op (niet de invoer), een conflict de twee rijen (niet de hele tabel), de problemenlijst springt
// naar de plek, en een gedeelde link brengt invoer, peildatum en gekozen voorbeeld mee (of zegt dat hij te lang is).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { gebruikSpeeltuin } from './pagina.js';
import { foto, wachtOpMarkers, zetTekst } from './chromium.js';
import { PROEF, zonderFouten, alsOpsteller, gecontroleerd, laadTekst, policyTekst } from './kern.js';
import { evalueer, voorbeeldInvoer } from '../../compiler/index.js';

const pagina = gebruikSpeeltuin();

/** The line (from 1) of the first line of `tekst` that starts, after indentation, with `begin`. */
function regelVan(tekst: string, begin: string): number {
  const i = tekst.split('\n').findIndex((r) => r.trimStart().startsWith(begin));
  if (i < 0) throw new Error(`geen regel die begint met ${begin}`);
  return i + 1;
}

/** The lines the panels light up in the editor, as [first, last] per highlighted range. */
async function opgelicht(page: Page): Promise<[number, number][]> {
  return page.evaluate(() => window.__speeltuin!.editor.getModel()!.getAllDecorations()
    .filter((d) => d.options.className === 'rw-uitleg-markering')
    .map((d) => [d.range.startLineNumber, d.range.endLineNumber] as [number, number])
    .sort((a, b) => a[0] - b[0]));
}

/** Types an input into the JSON tab; the panels run it. */
async function invoer(page: Page, json: string): Promise<void> {
  await page.getByTestId('tab-json').click();
  await page.getByTestId('invoer-json').fill(json);
}

async function openProef(page: Page): Promise<void> {
  await zetTekst(page, PROEF);
  await zonderFouten(page);
  await expect.poll(() => page.getByTestId('voorbeeld-invoer').locator('option').allTextContents(), { timeout: 15_000 })
    .toContain('met hogere toeslag (regel 40)');
}

describe('speeltuin: fouten wijzen de clausule aan', () => {
  it('een eis die niet gehaald wordt licht die eis op, niet de declaratie van de invoer', async () => {
    const page = await pagina();
    await openProef(page);
    await invoer(page, '{"leeftijd": 130, "bedragen": []}');
    const melding = page.getByTestId('fout-melding');
    await expect.poll(() => melding.textContent(), { timeout: 15_000 }).toContain('de leeftijd is te hoog');
    const eis = regelVan(PROEF, 'eis leeftijd is ten hoogste');
    expect(eis).not.toBe(regelVan(PROEF, 'invoer leeftijd'));
    await expect.poll(() => opgelicht(page)).toEqual([[eis, eis]]);
    // the link in the message points there too
    await page.locator('.rw-naar-regel').first().click();
    expect(await opgelicht(page)).toEqual([[eis, eis]]);
    expect(await melding.textContent()).toContain(`regel ${eis}`);
  });

  it('een conflict in een tabel uniek licht de twee rijen op, niet de hele tabel', async () => {
    const page = await pagina();
    await openProef(page);
    await invoer(page, '{"leeftijd": 17, "bedragen": []}');
    await expect.poll(() => page.getByTestId('fout-melding').getAttribute('data-soort'), { timeout: 15_000 }).toBe('conflict');
    const rij1 = regelVan(PROEF, '| kleiner dan 18');
    const rij2 = regelVan(PROEF, '| 16 tot en met 65');
    await expect.poll(() => opgelicht(page)).toEqual([[rij1, rij1], [rij2, rij2]]);
    await foto(page, 'conflict-twee-rijen');
  });

  it('de problemenlijst noemt elke markering; een klik zet de cursor op de plek', async () => {
    const page = await pagina();
    const tekst = `${PROEF}\nregel kapot: getal is onbekendeNaam\n`;
    await zetTekst(page, tekst);
    await wachtOpMarkers(page, 'fouten');
    const verwacht = laadTekst(tekst, 'ketenbepaling.regel').diagnosen.filter((d) => d.bestand === 'ketenbepaling.regel');
    const knoppen = page.getByTestId('problemen').locator('button');
    await expect.poll(() => knoppen.count()).toBe(verwacht.length);
    const eerste = verwacht.find((d) => d.ernst === 'fout')!;
    const knop = knoppen.filter({ hasText: eerste.code }).first();
    expect(await knop.textContent()).toContain(`regel ${eerste.plek.regel}:${eerste.plek.kolom}`);
    await knop.click();
    const cursor = await page.evaluate(() => window.__speeltuin!.editor.getPosition());
    expect(cursor?.lineNumber).toBe(eerste.plek.regel);
    expect(await page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null), 'de editor heeft de focus').toBe(true);
  });
});

describe('speeltuin: een gedeelde link brengt het geval mee', () => {
  /** The input the page holds (JSON tab), the peildatum and the chosen example's name. */
  async function geval(page: Page): Promise<{ invoer: unknown; peildatum: string; voorbeeld: string }> {
    const kiezer = page.getByTestId('voorbeeld-invoer');
    const voorbeeld = await kiezer.evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
    const peildatum = await page.getByTestId('peildatum').inputValue();
    await page.getByTestId('tab-json').click();
    const invoer = JSON.parse(await page.getByTestId('invoer-json').inputValue()) as unknown;
    await page.getByTestId('tab-invoer').click();
    return { invoer, peildatum, voorbeeld };
  }

  async function deel(page: Page): Promise<string> {
    // the message of an earlier share says 'link' too: cleared first, the poll waits for this share's
    await page.getByTestId('melding').evaluate((e) => { e.textContent = ''; });
    await page.getByTestId('delen').click();
    await expect.poll(() => page.getByTestId('melding').textContent(), { timeout: 15_000 }).toContain('link');
    return page.evaluate(() => location.hash);
  }

  it('gekozen voorbeeld met een andere peildatum, en eigen invoer: de collega ziet hetzelfde geval', async () => {
    const page = await pagina();
    const bestand = 'ketenbepaling.regel';
    await wachtOpMarkers(page, 'schoon');
    const namen = gecontroleerd(policyTekst(bestand), bestand).voorbeelden.map((v) => v.naam);
    const kiezer = page.getByTestId('voorbeeld-invoer');
    await expect.poll(() => kiezer.locator('option').count(), { timeout: 15_000 }).toBe(namen.length + 1);
    await kiezer.selectOption('2');
    await page.getByTestId('peildatum').fill('2027-02-03');
    await page.getByTestId('peildatum').dispatchEvent('change');
    const hier = await geval(page);
    expect(hier.voorbeeld).toContain(namen[2]!);
    expect(hier.peildatum).toBe('2027-02-03');

    const daar = await pagina(await deel(page));
    await expect.poll(() => geval(daar), { timeout: 20_000 }).toEqual(hier);

    // own input: a field changed by hand, no example
    await page.getByTestId('veld-categorie').selectOption('student');
    const eigen = await geval(page);
    expect(eigen.voorbeeld).toBe('(eigen invoer)');
    expect(eigen.invoer).toMatchObject({ categorie: 'student' });
    const ginds = await pagina(await deel(page));
    await expect.poll(() => geval(ginds), { timeout: 20_000 }).toEqual(eigen);
  });

  it('een voorbeeld dat een parameter overschrijft rekent ermee, ook na het delen', async () => {
    const page = await pagina();
    await openProef(page);
    // what the interpreter gives for each example, with its overrides (the CLI's `regelwerk test`)
    const g = gecontroleerd(PROEF, 'proef.regel');
    const totaal = (naam: string): string => {
      const { invoer, opties } = voorbeeldInvoer(g, g.voorbeelden.find((v) => v.naam === naam)!);
      return alsOpsteller(g, evalueer(g, invoer, opties).uitvoer)['totaal']!;
    };
    expect(totaal('met hogere toeslag')).not.toBe(totaal('gewoon'));
    const kiezer = page.getByTestId('voorbeeld-invoer');
    await kiezer.selectOption({ label: 'met hogere toeslag (regel 40)' });
    await expect.poll(() => page.getByTestId('uitvoer-waarde-totaal').textContent(), { timeout: 15_000 }).toBe(totaal('met hogere toeslag'));
    await expect.poll(() => page.getByTestId('parameters-overschreven').textContent()).toContain('toeslag = € 20');
    const daar = await pagina(await deel(page));
    await expect.poll(() => daar.getByTestId('uitvoer-waarde-totaal').textContent(), { timeout: 20_000 }).toBe(totaal('met hogere toeslag'));
    // back to an example without overrides: the policy's own value again
    await kiezer.selectOption({ label: 'gewoon (regel 33)' });
    await expect.poll(() => page.getByTestId('uitvoer-waarde-totaal').textContent(), { timeout: 15_000 }).toBe(totaal('gewoon'));
  });

  it('een link boven de grens wordt niet gekopieerd, en de speeltuin zegt waarom', async () => {
    const page = await pagina();
    await wachtOpMarkers(page, 'schoon');
    // text that does not compress: pseudo-random letters from a fixed seed
    let x = 12345;
    const ruis = Array.from({ length: 16000 }, () => { x = (x * 1103515245 + 12345) % 2147483648; return String.fromCharCode(97 + (x % 26)); }).join('');
    await zetTekst(page, `${policyTekst('ketenbepaling.regel')}\n-- ${ruis}\n`);
    await page.getByTestId('delen').click();
    await expect.poll(() => page.getByTestId('melding').textContent(), { timeout: 15_000 }).toMatch(/De link is [\d.]+ tekens lang, meer dan 8\.000/);
    expect(await page.getByTestId('melding').getAttribute('data-soort')).toBe('fout');
  });
});
