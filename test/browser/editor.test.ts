// Browsertests van de editorkant van de gebouwde speeltuin: laden, alle voorbeelden schoon, een fout met RW-code
// komt en gaat, delen via de link, en een lap onzin. Eén Chromium voor dit bestand.
import { describe, expect, it } from 'vitest';
import { gebruikSpeeltuin } from './pagina.js';
import { CATALOGUS } from '../../compiler/index.js';
import {
  editorTekst, foto, kiesVoorbeeld, markers, wachtOpControle, wachtOpMarkers, zetTekst,
} from './chromium.js';
import { onzin } from './onzin.js';
import { MAX_MARKERS } from '../../playground/src/editor/protocol.js';
import { POLICIES, laadTekst, policyTekst } from './kern.js';
import { formatteer } from '../../language/opmaak.js';

const pagina = gebruikSpeeltuin();

describe('speeltuin: editor', () => {
  it('laadt de gebouwde site: editor, kiezer met alle elf regelingen, bronpaneel, panelen', async () => {
    const page = await pagina();
    await expect.poll(() => page.getByTestId('voorbeeld-kiezer').locator('option').evaluateAll(
      (os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== '').sort(),
    )).toEqual([...POLICIES]);
    expect(POLICIES).toHaveLength(11);
    for (const id of ['editor', 'delen', 'bron-paneel', 'panelen']) await expect.poll(() => page.getByTestId(id).isVisible(), { message: id }).toBe(true);
    // the start text is one of the policies, and the checker has found it clean
    const tekst = await editorTekst(page);
    expect(POLICIES.some((b) => policyTekst(b) === tekst), 'de begintekst is een van de regelingen').toBe(true);
    await wachtOpMarkers(page, 'schoon');
    await foto(page, '01-start');
  });

  it('opent elk van de elf voorbeelden zonder fout- of waarschuwingsmarkeringen', async () => {
    const page = await pagina();
    for (const bestand of POLICIES) {
      const tekst = policyTekst(bestand);
      await kiesVoorbeeld(page, bestand, tekst);
      // the checker's answer for THIS text (the version in the status line), not markers that are
      // merely still empty
      const ms = await wachtOpMarkers(page, 'schoon', 30_000, bestand);
      expect(ms.filter((m) => m.ernst >= 4), bestand).toEqual([]);
    }
    await foto(page, '02-voorbeeld-schoon');
  });

  it('een fout geeft een Nederlandse markering met RW-code en catalogus; herstellen haalt hem weg', async () => {
    const page = await pagina();
    const bestand = 'ketenbepaling.regel';
    const origineel = policyTekst(bestand);
    await kiesVoorbeeld(page, bestand, origineel);
    await wachtOpMarkers(page, 'schoon');

    // type as a drafter does: at the end of the file, a rule using a name that does not exist
    await page.locator('.monaco-editor').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nregel kapot: getal is onbekendeNaam');

    // the markers become the core's diagnostics of exactly the text in the editor (code, Dutch message,
    // line) — waiting for that, not for the first marker, which may belong to a half-typed version
    const tekst = await editorTekst(page);
    expect(tekst).not.toBe(origineel);
    const verwacht = laadTekst(tekst, bestand).diagnosen.filter((d) => d.ernst === 'fout');
    expect(verwacht.length).toBeGreaterThan(0);
    const gevonden = async (): Promise<string[]> => {
      const ms = await markers(page);
      return verwacht.map((d) => {
        const m = ms.find((x) => x.ernst === 8 && x.code === d.code && x.regel === d.plek.regel && x.bericht.includes(d.melding) && x.bron === 'regelwerk');
        return m ? `${d.code} ${d.plek.regel}` : `ontbreekt: ${d.code} op regel ${d.plek.regel}: ${d.melding} (markeringen: ${JSON.stringify(ms)})`;
      });
    };
    await expect.poll(gevonden, { timeout: 30_000 }).toEqual(verwacht.map((d) => `${d.code} ${d.plek.regel}`));
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 10_000 });
    const fouten = (await markers(page)).filter((m) => m.ernst === 8);
    for (const m of fouten) expect(m.code ?? '', m.bericht).toMatch(/^RW\d{4}$/);

    // the code is a link to its catalogue entry: hover the squiggle, click the code, the dialog shows the entry
    const code = fouten[0]!.code! as keyof typeof CATALOGUS;
    const doel = await page.evaluate(() => {
      const h = window.__speeltuin!;
      const m = h.monaco.editor.getModelMarkers({ resource: h.editor.getModel()!.uri }).find((x) => x.severity === 8);
      return m && typeof m.code === 'object' ? m.code.target.toString(true) : null;
    });
    expect(doel, 'code.target van de markering').toContain(code);
    // the squiggle lies below .view-lines: move the real mouse onto it
    const kronkel = await page.locator('.monaco-editor .squiggly-error').first().boundingBox();
    expect(kronkel).not.toBeNull();
    await page.mouse.move(kronkel!.x + kronkel!.width / 2, kronkel!.y + kronkel!.height / 2);
    const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden)');
    await hover.waitFor({ timeout: 10_000 });
    await hover.getByText(fouten[0]!.bericht.split('\n')[0]!.slice(0, 30)).first().waitFor({ timeout: 10_000 });
    await foto(page, '03-fout-markering');
    await hover.getByText(code, { exact: true }).first().click();
    const dialoog = page.getByTestId('catalogus');
    await dialoog.waitFor({ state: 'visible', timeout: 10_000 });
    await expect.poll(() => dialoog.innerText()).toContain(CATALOGUS[code].titel);
    await foto(page, '04-catalogus');
    await page.keyboard.press('Escape');
    await dialoog.waitFor({ state: 'hidden', timeout: 5_000 });
    // and the entry has an address of its own within the app: #catalogus/RWxxxx
    const los = await pagina(`#catalogus/${code}`);
    await los.getByTestId('catalogus').waitFor({ state: 'visible', timeout: 10_000 });
    await expect.poll(() => los.getByTestId('catalogus').innerText()).toContain(CATALOGUS[code].titel);

    // fix it: undo the typing, the markers go
    await page.bringToFront();
    // Focus through the editor, not a click in the middle of the view: what that click hits depends
    // on where the policy's lines fall, and after `regelwerk fmt` split a line of ketenbepaling the
    // click no longer left the keys with the editor (Control+z then undid nothing).
    await page.evaluate(() => window.__speeltuin!.editor.focus());
    for (let i = 0; i < 60 && (await editorTekst(page)) !== origineel; i++) await page.keyboard.press('Control+z');
    expect(await editorTekst(page)).toBe(origineel);
    expect(await wachtOpMarkers(page, 'schoon')).toEqual([]);
    await expect.poll(() => page.locator('.monaco-editor .squiggly-error').count()).toBe(0);
  });

  it('document opmaken (Shift+Alt+F) maakt een rommelige regeling op zoals regelwerk fmt; een syntaxfout laat de tekst staan', async () => {
    const page = await pagina();
    const rommel = 'regeling   Rommel\n      bron "Kamerbrief 3 april 2023"\ninvoer a :  getal\nuitvoer b: getal\nregel b: getal is\n     als a>0   dan a+1 -- kort\n anders    0\n\n\n\n';
    const verwacht = formatteer(rommel, 'regeling.regel');
    expect(verwacht.ok).toBe(true);
    await zetTekst(page, rommel);
    const formatteerInEditor = (): Promise<void> => page.evaluate(async () => {
      const h = window.__speeltuin!;
      await h.editor.getAction('editor.action.formatDocument')!.run();
    });
    await formatteerInEditor();
    await expect.poll(() => editorTekst(page), { timeout: 20_000 }).toBe(verwacht.ok ? verwacht.tekst : '');

    const kapot = 'regeling   Kapot\n  bron "b"\nregel b is a +\n';
    await zetTekst(page, kapot);
    await wachtOpMarkers(page, 'fouten');
    await formatteerInEditor();
    expect(await editorTekst(page)).toBe(kapot);
  });

  it('delen: de link in location.hash opent dezelfde tekst in een nieuwe pagina', async () => {
    const page = await pagina();
    const bestand = 'uitzendfasen.regel';
    await kiesVoorbeeld(page, bestand, policyTekst(bestand));
    // an edited text (with characters a URL must carry: é, €, #, %, &, newline)
    const tekst = `${policyTekst(bestand)}\n-- gedeeld: é € # % & + ?\n`;
    await zetTekst(page, tekst);
    await page.getByTestId('delen').click();
    await expect.poll(() => page.evaluate(() => location.hash.length)).toBeGreaterThan(1);
    const hash = await page.evaluate(() => location.hash);

    const tweede = await pagina(hash);
    await expect.poll(() => editorTekst(tweede), { timeout: 10_000 }).toBe(tekst);
    await foto(tweede, '05-gedeelde-link');
  });

  it('een lap onzin: de controle antwoordt voor precies die tekst, hoogstens 200 markeringen, de statusregel telt ze allemaal, typen werkt', async () => {
    // The 10,000-line version of this (how long the main thread stalls) is a measurement: `npm run bench:browser`.
    const page = await pagina();
    const bestand = 'uitzendfasen.regel';
    await kiesVoorbeeld(page, bestand, policyTekst(bestand));
    const tekst = onzin(100);
    await zetTekst(page, tekst);
    const kern = laadTekst(tekst, bestand).diagnosen.filter((d) => d.bestand === bestand);
    const fouten = kern.filter((d) => d.ernst === 'fout').length;
    expect(kern.length, 'genoeg diagnosen om de grens van de markeringen te raken').toBeGreaterThan(MAX_MARKERS);
    const c = await wachtOpControle(page);
    expect(c.soort).toBe('fout');
    expect(c.markers).toHaveLength(MAX_MARKERS);
    // the status line counts every diagnostic of the core, and says only the first 200 are in the text
    expect(c.status).toContain(`${fouten} ${fouten === 1 ? 'fout' : 'fouten'}`);
    expect(c.status).toContain(`de eerste ${MAX_MARKERS} staan in de tekst`);
    // errors first: this text has more errors than room, so every marker shown is an error
    expect(fouten).toBeGreaterThan(MAX_MARKERS);
    expect(c.markers.filter((m) => m.ernst !== 8)).toEqual([]);
    // typing still reaches the editor, and the checker answers for the new version too
    await page.evaluate(() => window.__speeltuin!.editor.focus());
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('z');
    await expect.poll(() => editorTekst(page), { timeout: 10_000 }).toBe(`z${tekst}`);
    expect((await wachtOpControle(page)).soort).toBe('fout');
    await foto(page, '06-lap-onzin');
  });
});
