// Browsertest: tekst uit de regeling is overal in de speeltuin gewone tekst. Een gedeelde link mag via een bron, een label,
// een naam of een melding geen link, afbeelding of HTML in de pagina zetten: niet in de hover, niet in de aanvulling, niet
// in de panelen (formulier, uitvoer, uitleg, tests, foutmelding), niet in een markering. Eén Chromium voor dit bestand.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { gebruikSpeeltuin } from './pagina.js';
import { foto, wachtOpMarkers, zetTekst } from './chromium.js';
import { alsOpsteller, laadTekst, verwachteUitvoer } from './kern.js';
import { evalueer } from '../../compiler/index.js';
import { voorbeeldInvoer } from '../../compiler/interpreter/voorbeelden.js';

const pagina = gebruikSpeeltuin();

const LINK = '[klik](https://evil.example)';
const BEELD = '![x](https://evil.example/x.png)';
const AUTOLINK = '<https://evil.example>';
const HTML_BEELD = '<img src=x onerror=alert(1)>';
const HTML_LINK = '<a href=\\"https://evil.example\\">a</a>'; // as written in a policy string
const KAAL = 'www.evil.example evil@evil.example https://evil.example/kaal';

/**
 * A clean policy with hostile text in every place a policy carries text: the kop's and every
 * declaration's bron, a table row's bron, an exception's label and bron, an `eis` melding, the
 * names of an example and a property, text values, a comment, and names (fields, choices,
 * parameters, functions) with the underscores Markdown reads as emphasis.
 */
const BESTAND = 'vijandig.regel';
const TEKST = `-- ${LINK} ${BEELD} ${AUTOLINK} ${HTML_BEELD}
regeling Vijandig
  bron "${LINK} kop"

soort Rij_ is gegevens { a_b_: getal, v__vet__: getal }
  eis a_b_ is ten minste 0 melding "${HTML_BEELD} eis"

invoer rijen: lijst van Rij_
  bron "${BEELD} invoer"

invoer keus: keuze k_x_, k__y__
  bron "${AUTOLINK} keus"

parameter p_: getal is 1
  bron "${HTML_LINK} parameter"

uitvoer uit_: tekst
  bron "${KAAL} uitvoer"

regel uit_ is tabel eerste
  | keus | uit_                  | bron             |
  | k_x_ | "**vet** ${LINK}"     | "${BEELD} rij"   |
  | -    | "${HTML_BEELD} anders" | -               |
  bron "${HTML_BEELD} regel"
  uitzondering "${LINK} uitzondering"
    indien f_(som van elke r in rijen geeft r.v__vet__) is 99 dan "${HTML_LINK}"
    bron "${AUTOLINK} uitzondering"

functie f_(x: getal): getal is x + p_
  bron "${LINK} functie"

voorbeeld "${LINK} voorbeeld"
  bron "${BEELD} voorbeeld"
  gegeven
    rijen is [{ a_b_: 1, v__vet__: 2 }]
    keus is k_x_
  verwacht
    uit_ is "**vet** ${LINK}"

eigenschap "${HTML_BEELD} eigenschap": uit_ is niet ""
  bron "${HTML_LINK} eigenschap"
`;

/** Whitespace as the DOM may give it (non-breaking spaces, runs): compare text, not layout. */
function schoon(t: string): string {
  return t.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Nothing on the page (or in `binnen`) came from policy text as markup: no link leaving the app
 * (href or Monaco's data-href), no image, no element carrying an event handler attribute. The
 * app's own links are `#...` and the catalogue's `rw-catalogus:`.
 */
async function geenMarkup(page: Page, binnen = 'body', wat = binnen): Promise<void> {
  const vreemd = await page.evaluate((sel) => {
    const uit: string[] = [];
    for (const wortel of document.querySelectorAll(sel)) {
      for (const e of wortel.querySelectorAll('*')) {
        const href = e.getAttribute('href');
        const dataHref = e.getAttribute('data-href');
        if (e.tagName === 'A' && href !== null && href !== '' && !href.startsWith('#') && !href.startsWith('rw-catalogus:')) uit.push(`a href=${href}`);
        if (dataHref !== null && !dataHref.startsWith('rw-catalogus:')) uit.push(`${e.tagName} data-href=${dataHref}`);
        if (['IMG', 'PICTURE', 'SOURCE', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO'].includes(e.tagName)) uit.push(`${e.tagName} ${e.outerHTML.slice(0, 80)}`);
        for (const a of e.getAttributeNames()) if (/^on/i.test(a)) uit.push(`${e.tagName} ${a}`);
        if (`${e.getAttribute('src') ?? ''}${e.getAttribute('srcset') ?? ''}${e.getAttribute('style') ?? ''}`.includes('evil')) uit.push(`${e.tagName} ${e.outerHTML.slice(0, 80)}`);
      }
    }
    return uit;
  }, binnen);
  expect(vreemd, `markup uit de regeling in ${wat}`).toEqual([]);
}

/** Shows the hover of the word at (regel, kolom) and returns its text once it is the hover of that declaration. */
async function hover(page: Page, regel: number, kolom: number, kenmerk: string): Promise<string> {
  const toon = (): Promise<void> => page.evaluate(({ regel: r, kolom: k }) => {
    const e = window.__speeltuin!.editor;
    e.setPosition({ lineNumber: r, column: k });
    e.revealPositionInCenter({ lineNumber: r, column: k });
    e.focus();
    e.trigger('toets', 'editor.action.showHover', { focus: 'noAutoFocus' });
  }, { regel, kolom });
  const inhoud = (): Promise<string> => page.evaluate(() => [...document.querySelectorAll('.monaco-hover:not(.hidden)')].map((h) => h.textContent ?? '').join('\n'));
  await toon();
  // Asked again while it is not there: a hover asked before the worker's overview of this text
  // arrived stays empty (the hover itself is what is tested, not how fast it comes).
  await expect.poll(async () => {
    const nu = schoon(await inhoud());
    if (!nu.includes(kenmerk)) await toon();
    return nu;
  }, { timeout: 20_000, message: `hover met "${kenmerk}"` }).toContain(kenmerk);
  return schoon(await inhoud());
}

/** 1-based line and column of the first `naam` after `na` in TEKST. */
function plek(na: string, naam: string): { regel: number; kolom: number } {
  const i = TEKST.indexOf(naam, TEKST.indexOf(na) + (na.endsWith(naam) ? na.length - naam.length : na.length));
  if (i < 0) throw new Error(`${naam} niet gevonden na ${na}`);
  const voor = TEKST.slice(0, i).split('\n');
  return { regel: voor.length, kolom: voor[voor.length - 1]!.length + 1 };
}

describe('speeltuin: tekst uit de regeling blijft tekst', () => {
  it('links, afbeeldingen en HTML in bron, labels, namen en meldingen verschijnen letterlijk in hover, aanvulling, panelen, tests en markeringen', async () => {
    const page = await pagina();
    const dialogen: string[] = [];
    const buiten: string[] = [];
    page.on('dialog', (d) => { dialogen.push(d.message()); void d.dismiss(); });
    page.on('request', (r) => { if (r.url().includes('evil')) buiten.push(r.url()); });
    await page.route(/evil/, (r) => r.abort());

    const geladen = laadTekst(TEKST, BESTAND);
    expect(geladen.diagnosen.map((d) => `${d.code} ${d.melding}`), 'de vijandige regeling is schoon').toEqual([]);
    const g = geladen.gecontroleerd;
    const decls = geladen.bestand.declaraties;
    const bronVan = (naam: string): string => {
      const d = decls.find((x) => 'naam' in x && x.naam === naam && 'bron' in x && x.bron);
      if (!d || !('bron' in d) || !d.bron) throw new Error(`geen bron bij ${naam}`);
      return d.bron.tekst;
    };
    await zetTekst(page, TEKST);
    await wachtOpMarkers(page, 'schoon');

    // ---- hover: the bron (and names, fields) of each declaration, literally ----
    for (const [na, naam] of [['invoer rijen', 'rijen'], ['invoer keus', 'keus'], ['parameter p_', 'p_'], ['uitvoer uit_', 'uit_'], ['functie f_', 'f_']] as const) {
      const p = plek(na, naam);
      const tekst = await hover(page, p.regel, p.kolom, `Gedefinieerd op regel ${p.regel}`);
      expect(tekst, `hover van ${naam}`).toContain(`${naam} — `);
      expect(tekst, `hover van ${naam}`).toContain(`Bron: ${bronVan(naam)}`);
      await geenMarkup(page, '.monaco-hover', `de hover van ${naam}`);
    }
    const soort = plek('soort Rij_', 'Rij_');
    expect(await hover(page, soort.regel, soort.kolom, `Gedefinieerd op regel ${soort.regel}`)).toContain('Velden: a_b_ (getal), v__vet__ (getal)');
    const veld = plek('geeft r.v__vet__', 'v__vet__');
    expect(await hover(page, veld.regel, veld.kolom, 'veld van')).toContain('v__vet__ — veld van');
    await foto(page, '20-hover-letterlijk');
    await page.keyboard.press('Escape');

    // ---- completion: the documentation of each name with a bron, literally ----
    // on the empty line before the rule (0-based index of the rule = 1-based number of the line before it)
    const leeg = TEKST.split('\n').indexOf('regel uit_ is tabel eerste');
    expect(TEKST.split('\n')[leeg - 1]).toBe('');
    await page.evaluate((regel) => {
      const e = window.__speeltuin!.editor;
      e.setPosition({ lineNumber: regel, column: 1 });
      e.focus();
      e.trigger('toets', 'editor.action.triggerSuggest', {});
    }, leeg);
    await page.locator('.suggest-widget.visible').waitFor({ timeout: 10_000 });
    await page.evaluate(() => window.__speeltuin!.editor.trigger('toets', 'toggleSuggestionDetails', {}));
    const metBron = new Map(['rijen', 'keus', 'p_', 'uit_', 'f_'].map((n) => [n, bronVan(n)]));
    const gezien = new Set<string>();
    for (let i = 0; i < 12 && gezien.size < metBron.size; i++) {
      const gekozen = await page.locator('.suggest-widget .monaco-list-row.focused .label-name').first().textContent();
      const bron = metBron.get(gekozen ?? '');
      if (bron !== undefined) {
        const docs = page.locator('.suggest-details .docs');
        // The details panel follows the focused row a moment later: wait for this item's text
        // (the previous item's documentation also starts with 'Bron:').
        await expect.poll(async () => schoon((await docs.textContent()) ?? ''), { timeout: 10_000, message: `documentatie van ${gekozen}` }).toBe(`Bron: ${bron}`);
        await geenMarkup(page, '.suggest-details', `de aanvulling van ${gekozen}`);
        gezien.add(gekozen!);
      }
      await page.evaluate(() => window.__speeltuin!.editor.trigger('toets', 'selectNextSuggestion', {}));
    }
    expect([...gezien].sort(), 'aanvullingen met een bron gezien').toEqual([...metBron.keys()].sort());
    await foto(page, '21-aanvulling-letterlijk');
    await page.keyboard.press('Escape');

    // ---- panels: the example runs by itself (picker, form, outputs, explanation with the row's bron) ----
    const vb = g.voorbeelden[0]!;
    const kiezer = page.getByTestId('voorbeeld-invoer');
    const optie = `${vb.naam} (regel ${vb.plek.regel})`;
    await expect.poll(() => kiezer.locator('option').allTextContents(), { timeout: 15_000 }).toContain(optie);
    await kiezer.selectOption({ label: optie });
    const peildatum = await page.getByTestId('peildatum').inputValue();
    const uitvoer = async (): Promise<string> => (await page.getByTestId('uitvoer-waarde-uit_').allTextContents()).map(schoon).join(' | ');
    const verwacht = verwachteUitvoer(g, voorbeeldInvoer(g, vb).invoer, peildatum);
    await expect.poll(uitvoer, { timeout: 15_000 }).toBe(verwacht['uit_']);
    const formulier = schoon((await page.getByTestId('invoer-formulier').textContent()) ?? '');
    for (const t of ['rijen', 'keus', 'a_b_', 'v__vet__']) expect(formulier).toContain(t);
    expect(await page.getByTestId('veld-keus').locator('option').allTextContents()).toEqual(['k_x_', 'k__y__']);
    const boom = page.getByTestId('uitleg-boom');
    await boom.locator('details').evaluateAll((ds) => ds.forEach((d) => { (d as HTMLDetailsElement).open = true; }));
    expect(schoon((await boom.textContent()) ?? '')).toContain(`bron: ${BEELD} rij`);
    await boom.getByTestId('uitleg-knoop').first().locator('xpath=./summary').click();
    await expect.poll(async () => schoon((await page.getByTestId('uitleg-bron').textContent()) ?? '')).toBe(`bron: ${BEELD} rij`);
    await geenMarkup(page, '#panelen', 'de panelen');

    // ---- the exception: its label, its bron and the parameter's bron in the explanation ----
    const invoer = { rijen: [{ a_b_: 1, v__vet__: 98 }], keus: 'k__y__' };
    await page.getByTestId('tab-json').click();
    await page.getByTestId('invoer-json').fill(JSON.stringify(invoer));
    await page.getByTestId('draai').click();
    const metUitzondering = alsOpsteller(g, evalueer(g, invoer, { peildatum }).uitvoer);
    await expect.poll(uitvoer, { timeout: 15_000 }).toBe(metUitzondering['uit_']);
    await boom.locator('details').evaluateAll((ds) => ds.forEach((d) => { (d as HTMLDetailsElement).open = true; }));
    const uitleg = schoon((await boom.textContent()) ?? '');
    for (const t of [`${LINK} uitzondering`, `bron: ${AUTOLINK} uitzondering`, `bron: ${bronVan('p_')}`]) expect(uitleg).toContain(t);
    await foto(page, '22-uitleg-letterlijk');
    await geenMarkup(page, '#panelen', 'de uitleg van de uitzondering');

    // ---- the table's last row: its value and the rule's own bron ----
    const anders = { rijen: [{ a_b_: 1, v__vet__: 1 }], keus: 'k__y__' };
    await page.getByTestId('invoer-json').fill(JSON.stringify(anders));
    await page.getByTestId('draai').click();
    await expect.poll(uitvoer, { timeout: 15_000 }).toBe(alsOpsteller(g, evalueer(g, anders, { peildatum }).uitvoer)['uit_']);
    await boom.locator('details').evaluateAll((ds) => ds.forEach((d) => { (d as HTMLDetailsElement).open = true; }));
    expect(schoon((await boom.textContent()) ?? '')).toContain(`bron: ${HTML_BEELD} regel`);
    await geenMarkup(page, '#panelen', 'de uitleg van de laatste rij');

    // ---- an eis melding in the error message ----
    await page.getByTestId('invoer-json').fill(JSON.stringify({ ...invoer, rijen: [{ a_b_: -1, v__vet__: 1 }] }));
    await page.getByTestId('draai').click();
    const fout = page.getByTestId('fout-melding');
    await expect.poll(async () => schoon((await fout.textContent()) ?? ''), { timeout: 15_000 }).toContain(`${HTML_BEELD} eis`);
    await geenMarkup(page, '#panelen', 'de foutmelding');

    // ---- tests: the names of the example and the property ----
    await page.getByTestId('tab-json').click();
    await page.getByTestId('invoer-json').fill(JSON.stringify(invoer));
    await page.getByTestId('tab-tests').click();
    await page.getByTestId('draai-tests').click();
    const resultaten = page.getByTestId('test-resultaat');
    await expect.poll(() => resultaten.count(), { timeout: 60_000 }).toBe(g.voorbeelden.length + g.eigenschappen.length);
    const namen = (await resultaten.locator('.rw-testnaam').allTextContents()).map(schoon).sort();
    expect(namen).toEqual([`voorbeeld "${vb.naam}"`, `eigenschap "${g.eigenschappen[0]!.naam}"`].sort());
    await foto(page, '23-tests-letterlijk');

    // ---- a marker whose message quotes policy text (RW1012 names the example) ----
    const metFout = `${TEKST}\nvoorbeeld "${LINK} ${HTML_BEELD} zonder rijen"\n  gegeven\n    keus is k_x_\n  verwacht\n    uit_ is ""\n`;
    const melding = laadTekst(metFout, BESTAND).diagnosen.find((d) => d.code === 'RW1012');
    expect(melding?.melding).toContain(`${LINK} ${HTML_BEELD} zonder rijen`);
    await zetTekst(page, metFout);
    await wachtOpMarkers(page, 'fouten');
    const markerTekst = await hover(page, melding!.plek.regel, 1, melding!.melding.slice(0, 20));
    expect(markerTekst).toContain(melding!.melding);
    await geenMarkup(page, '.monaco-hover', 'de hover van een markering');
    await foto(page, '24-markering-letterlijk');

    await geenMarkup(page);
    expect(dialogen, 'dialogen (alert) vanuit de pagina').toEqual([]);
    expect(buiten, 'verzoeken naar buiten').toEqual([]);
  });
});
