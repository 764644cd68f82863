// `regelwerk doc`: the law pages of every shipped policy, written into a folder; every internal
// link resolves to a page and an anchor that exist, nothing is loaded from elsewhere (the pages
// work from file://), a policy's text is escaped, and a bad call gets a Dutch error.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, regelwerk, tijdelijkeMap } from './cli-hulp.js';

const tmp = tijdelijkeMap('doc');
const POLICIES = readdirSync(join(ROOT, 'policies')).filter((f) => f.endsWith('.regel'));

/** Every href of a page, and every id in it. */
function links(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
}
function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/id="([^"]*)"/g)].map((m) => m[1]!));
}

describe('regelwerk doc', () => {
  it('schrijft een pagina per regeling, per stdlib-module, een index en de diagnosecodes; elke interne link klopt', async () => {
    const uit = join(tmp.map(), 'alle');
    const r = await regelwerk('doc', join(ROOT, 'policies'), '--uit', uit);
    expect(r.err).not.toContain('fout');
    expect(r.code).toBe(0);
    const paginas = readdirSync(uit).filter((f) => f.endsWith('.html')).sort();
    expect(paginas).toEqual(expect.arrayContaining(['index.html', 'diagnostiek.html', 'stdlib-minimumloon.html', ...POLICIES.map((p) => `regeling-${p.replace(/\.regel$/, '')}.html`)]));
    let gecontroleerd = 0;
    for (const p of paginas) {
      const html = readFileSync(join(uit, p), 'utf8');
      // nothing from elsewhere: no scripts, images or style sheets, no links off the folder
      expect(html).not.toMatch(/<script|\ssrc=|<link /);
      for (const l of links(html)) {
        expect(l, `${p}: ${l}`).not.toMatch(/^[a-z]+:/i);
        const [bestand, id] = l.split('#') as [string, string | undefined];
        const doel = bestand === '' ? p : bestand;
        expect(existsSync(join(uit, doel)), `${p} -> ${l}`).toBe(true);
        if (id) expect(ids(readFileSync(join(uit, doel), 'utf8')).has(id), `${p} -> ${l}`).toBe(true);
        gecontroleerd++;
      }
    }
    expect(gecontroleerd).toBeGreaterThan(50);
  });

  it('een beslistabel als tabel, parameters als tijdlijn, voorbeelden als gegeven en verwacht, met de bron ernaast', async () => {
    const uit = join(tmp.map(), 'jeugd');
    expect((await regelwerk('doc', join(ROOT, 'policies/minimumjeugdloon.regel'), '--uit', uit)).code).toBe(0);
    const html = readFileSync(join(uit, 'regeling-minimumjeugdloon.html'), 'utf8');
    expect(html).toContain('Beslistabel');
    expect(html).toMatch(/<table><thead><tr><th>[^<]*leeftijd/);
    expect(html).toContain('class="bron"');
    expect(html).toContain('Besluit minimumjeugdloon');
    expect(html).toContain('<strong>Gegeven</strong>');
    expect(html).toContain('/regelingen/minimumjeugdloon/evalueer');
    const std = readFileSync(join(uit, 'stdlib-minimumloon.html'), 'utf8');
    expect(std).toMatch(/<th>vanaf<\/th>/);
    expect(std).toMatch(/<td>20\d\d-\d\d-\d\d<\/td>/);
  });

  it('de dekking noemt per regel de voorbeelden die elke weg nemen, en de weg die geen voorbeeld neemt', async () => {
    const pad = tmp.bestand('dekking.regel', 'regeling Dekking\n  bron "t"\n\ninvoer a: getal\n\nuitvoer u: getal\n\nregel u is 1\n  uitzondering "groot" indien a > 10 dan 2\n  uitzondering "negatief" indien a < 0 dan 3\n\nvoorbeeld "klein"\n  gegeven\n    a is 1\n  verwacht\n    u is 1\n\nvoorbeeld "groot"\n  gegeven\n    a is 11\n  verwacht\n    u is 2\n');
    const uit = join(tmp.map(), 'dekking');
    expect((await regelwerk('doc', pad, '--uit', uit)).code).toBe(0);
    const html = readFileSync(join(uit, 'regeling-dekking.html'), 'utf8');
    expect(html).toContain('2 van de 3 manieren');
    expect(html).toMatch(/Geen voorbeeld voor:<\/p><ul><li><a href="#regel-u">u<\/a>: uitzondering &quot;negatief&quot;<\/li><\/ul>/);
    expect(html).toContain('<td>uitzondering &quot;groot&quot;</td><td><a href="#voorbeeld-groot">groot</a></td>');
    expect(html).toContain('<td>de regel zelf</td><td><a href="#voorbeeld-klein">klein</a></td>');
  });

  it('tekst uit de regeling komt ge-escaped op de pagina', async () => {
    const pad = tmp.bestand('vijandig.regel', 'regeling Vijandig\n  bron "<script>alert(1)</script> & \\"co\\""\n\ninvoer a: getal\n  bron "<img src=x onerror=alert(1)>"\n\nuitvoer u: getal\n  bron "b"\n\nregel u is a\n  bron "</pre><script>"\n');
    const uit = join(tmp.map(), 'vijandig');
    const r = await regelwerk('doc', pad, '--uit', uit);
    expect(r.code).toBe(0);
    const html = readFileSync(join(uit, 'regeling-vijandig.html'), 'utf8');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('een verkeerde aanroep of een regeling met fouten: een Nederlandse melding, en niets geschreven', async () => {
    expect(await regelwerk('doc', 'policies')).toMatchObject({ code: 2, err: expect.stringContaining('--uit <map> ontbreekt') });
    const kapot = tmp.bestand('kapot.regel', 'regeling K\ninvoer a: getal\nuitvoer u: getal\nregel u is b\n');
    const uit = join(tmp.map(), 'kapot');
    const r = await regelwerk('doc', kapot, '--uit', uit);
    expect(r.code).toBe(1);
    expect(r.err).toContain('er is niets geschreven');
    expect(existsSync(uit)).toBe(false);
  });
});
