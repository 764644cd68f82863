// The law pages of `regelwerk doc`, on every shipped policy: each page links only to pages and
// anchors that exist (the whole folder, so a rename cannot leave a dead link), each rule and
// parameter has its own section with its bron beside it and, where the bron cites a passage of a
// letter, the quoted paragraph; decision tables are tables; text from a policy is text, never
// markup; and the CLI refuses a broken policy (exit 1, nothing written) and a missing --uit (exit 2).
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { documenteer } from '../../../compiler/doc/doc.js';
import { laad } from '../../../language/index.js';
import { mapLader, stdlibLader } from '../../../compiler/node/modules.js';
import { regelwerk, tijdelijkeMap } from '../node/cli-hulp.js';

const ROOT = join(import.meta.dirname, '../../..');
const POLICIES = readdirSync(join(ROOT, 'policies')).filter((f) => f.endsWith('.regel')).sort();
const brieven = new Map(readdirSync(join(ROOT, 'docs/bronnen')).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(join(ROOT, 'docs/bronnen', f), 'utf8')] as const));

function bron(bestand: string, tekst: string): { bestand: string; tekst: string; g: ReturnType<typeof laad>['gecontroleerd'] } {
  // a policy may use another beside it (`gebruik regeling`): the shipped ones are there
  const r = laad(tekst, join(ROOT, bestand), stdlibLader, mapLader());
  expect(r.diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
  return { bestand, tekst, g: r.gecontroleerd };
}

const paginas = documenteer({
  regelingen: POLICIES.map((f) => bron(`policies/${f}`, readFileSync(join(ROOT, 'policies', f), 'utf8'))),
  stdlib: [bron('stdlib/minimumloon.regel', readFileSync(join(ROOT, 'stdlib/minimumloon.regel'), 'utf8'))],
  brieven,
});

/** Every id on a page. */
const ids = (html: string): Set<string> => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

describe('regelwerk doc: the pages', () => {
  it('has an index, a page per policy and stdlib module, the letters and the catalogue', () => {
    for (const f of POLICIES) expect(paginas.has(f.replace(/\.regel$/, '.html'))).toBe(true);
    expect([...paginas.keys()]).toEqual(expect.arrayContaining(['index.html', 'diagnostiek.html', 'stdlib-minimumloon.html',
      'bronnen/kamerbrief-hervorming-arbeidsmarkt-2023-04-03.html', 'bronnen/kamerbrief-loondoorbetaling-bij-ziekte-2022.html']));
  });

  it('every internal link resolves to a page and, with a #, to an id on it; nothing points outside', () => {
    let links = 0;
    for (const [pad, html] of paginas) {
      const map = pad.includes('/') ? pad.slice(0, pad.lastIndexOf('/') + 1) : '';
      for (const [, href] of html.matchAll(/href="([^"]*)"/g)) {
        links++;
        expect(href, `${pad}: ${href}`).not.toMatch(/^[a-z]+:|^\/\//i);
        const [doel, frag] = href!.split('#') as [string, string | undefined];
        const naar = doel === '' ? pad : join(map, doel).replace(/\\/g, '/');
        expect(paginas.has(naar), `${pad}: link naar ${href} (${naar}) bestaat niet`).toBe(true);
        if (frag !== undefined) expect(ids(paginas.get(naar)!).has(frag), `${pad}: anker #${frag} ontbreekt op ${naar}`).toBe(true);
      }
      expect(html).not.toMatch(/<(script|img|iframe|link)\b/i);
    }
    expect(links).toBeGreaterThan(300);
  });

  it('each rule and parameter of each policy has a section with its bron beside it', () => {
    for (const f of POLICIES) {
      const html = paginas.get(f.replace(/\.regel$/, '.html'))!;
      const g = laad(readFileSync(join(ROOT, 'policies', f), 'utf8'), join(ROOT, 'policies', f), stdlibLader, mapLader()).gecontroleerd;
      const op = ids(html);
      for (const naam of g.regels.keys()) expect(op.has(`regel-${naam}`), `${f}: regel ${naam}`).toBe(true);
      for (const p of g.parameters.filter((x) => x.module === null)) expect(op.has(`parameter-${p.naam}`), `${f}: parameter ${p.naam}`).toBe(true);
      expect((html.match(/<aside aria-label="Bron">/g) ?? []).length).toBeGreaterThanOrEqual(g.regels.size);
    }
  });

  it('a bron that cites the letter shows the paragraph it quotes, linked to that paragraph', () => {
    const html = paginas.get('ketenbepaling.html')!;
    // the vervaltermijn: the rule's bron paraphrases the paragraph that introduces the 5 years
    const m = /<blockquote>([^<]*vervaltermijn van 5 jaar[^<]*)<\/blockquote><p><a href="bronnen\/kamerbrief-hervorming-arbeidsmarkt-2023-04-03\.html#r(\d+)"/.exec(html);
    expect(m).not.toBeNull();
    const brief = paginas.get('bronnen/kamerbrief-hervorming-arbeidsmarkt-2023-04-03.html')!;
    expect(brief).toContain(`<p id="r${m![2]}">`);
    expect(brief.slice(brief.indexOf(`<p id="r${m![2]}">`)).split('</p>')[0]).toContain('vervaltermijn van 5 jaar');
  });

  it('a decision table is a table with its header and rows as the drafter wrote them', () => {
    const html = paginas.get('minimumjeugdloon.html')!;
    expect(html).toContain('<th scope="col">leeftijd</th><th scope="col">bbl</th><th scope="col"><strong>percentage</strong></th>');
    expect(html).toContain('<td>20</td><td>ja</td><td>61,5%</td>');
    // the dated parameter rows of the stdlib module as a timeline
    expect(paginas.get('stdlib-minimumloon.html')).toMatch(/<td>2026-07-01<\/td><td>—<\/td><td><code>€ 14,99<\/code><\/td>/);
  });

  it('text from a policy is text: markup in a bron, a comment, a label or a cell is escaped', () => {
    const hostiel = '<img src=x onerror=alert(1)>';
    const tekst = `-- ${hostiel} in commentaar
regeling Vijandig
  bron "${hostiel} kop"
invoer a: getal
  bron "${hostiel} invoer"
uitvoer b: getal
  bron "x"
regel b: getal is tabel eerste
  | a | b | bron |
  | - | 1 | "${hostiel} rij" |
  bron "${hostiel} regel"
  uitzondering "${hostiel}" indien a is 2 dan 3 bron "y"
`;
    const p = documenteer({ regelingen: [bron('vijandig.regel', tekst)], stdlib: [], brieven: new Map() });
    for (const html of p.values()) expect(html).not.toContain('<img');
    expect(p.get('vijandig.html')).toContain('&lt;img src=x onerror=alert(1)&gt; rij');
  });
});

describe('regelwerk doc: the command', () => {
  const tmp = tijdelijkeMap('rw-doc-');
  it('writes the pages for the policies named, and refuses a broken policy without writing', async () => {
    const map = tmp.map();
    const r = await regelwerk('doc', join(ROOT, 'policies/minimumjeugdloon.regel'), '--uit', join(map, 'uit'));
    expect(r.code).toBe(0);
    expect(existsSync(join(map, 'uit/minimumjeugdloon.html'))).toBe(true);
    // what was tested, run as `regelwerk test --dekking` does: every example, property and clause
    const pagina = readFileSync(join(map, 'uit/minimumjeugdloon.html'), 'utf8');
    expect(pagina).toContain('<h2>Wat er getoetst is</h2>');
    expect(pagina).toMatch(/: (\d+) van \1 voorbeelden kloppen, (\d+) van \2 eigenschappen houden stand, en (\d+) van \3 clausules/);
    expect(pagina).toContain("<td>regel 'percentage', rij 1</td>");
    // the JSON contract: the schema and a request to `regelwerk serve` with an example's input
    expect(pagina).toContain('<h2>Voor ontwikkelaars: het JSON-contract</h2>');
    expect(pagina).toContain('"$schema": "https://json-schema.org/draft/2020-12/schema"');
    expect(pagina).toMatch(/curl -s -X POST 'http:\/\/127\.0\.0\.1:8080\/regelingen\/minimumjeugdloon\/evalueer\?peildatum=\d{4}-\d{2}-\d{2}'/);
    const kapot = tmp.bestand('kapot.regel', 'regeling Kapot\ninvoer a: getal\nuitvoer b: getal\nregel b is c\n');
    const k = await regelwerk('doc', kapot, '--uit', join(map, 'uit2'));
    expect(k.code).toBe(1);
    expect(k.err).toContain('RW');
    expect(existsSync(join(map, 'uit2'))).toBe(false);
    const z = await regelwerk('doc', kapot);
    expect(z.code).toBe(2);
    expect(z.err).toContain('--uit');
  });
});
