// Zonder browser: markdownLetterlijk (playground/src/editor/letterlijk.ts) door de Markdown-parser die Monaco zelf meelevert.
// Voor elke tekst: één alinea met precies die tekst, zonder link, afbeelding, HTML of opmaak. De browsertest
// letterlijk.test.ts toont het in de hover zelf; deze eigenschap dekt wat een voorbeeld niet kan opsommen.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownCode, markdownLetterlijk } from '../../playground/src/editor/letterlijk.js';
import { ROOT } from './chromium.js';

interface MarkedParser { parse(s: string, o: { async: false }): string }
// Monaco's own copy of marked (the version the hover renders with), not a package of our own.
const MARKED = pathToFileURL(path.join(ROOT, 'node_modules', 'monaco-editor', 'esm', 'vs', 'base', 'common', 'marked', 'marked.js')).href;
const { Marked } = (await import(MARKED)) as { Marked: new () => MarkedParser };
const marked = new Marked();

/** The text of marked's HTML for a paragraph of text and <br>s, or null when it holds any other element. */
function alleenTekst(html: string): string | null {
  const m = /^<p>([\s\S]*)<\/p>\n$/.exec(html);
  if (!m) return html === '' ? '' : null;
  const binnen = m[1]!.replace(/<br>/g, '\n');
  if (binnen.includes('<')) return null;
  return binnen.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' })[e]!);
}

/** What the reader sees of `s`: line breaks as one newline, an empty line of several as a space. */
function zichtbaar(s: string): string {
  const regels = s.split(/\r\n|\r|\n/);
  return regels.map((r) => (r === '' && regels.length > 1 ? ' ' : r)).join('\n');
}

// Markdown's own characters, hostile fragments and whitespace, mixed with any other text.
const STUKJES = ['[', ']', '(', ')', '!', '<', '>', '`', '*', '_', '~', '#', '-', '+', '=', '|', '&', ';', ':', '/', '\\', '@', '.', '$', '{', '}',
  ' ', '    ', '\t', '\n', '1.', 'https://evil.example', 'www.evil.example', 'a@evil.example', '<img src=x onerror=alert(1)>',
  '[klik](https://evil.example)', '![x](https://evil.example/x.png)', '&amp;', '&#65;', '<a href="https://evil.example">', '</a>', '```', '$(zap)'];
const tekst = fc.array(fc.oneof(fc.constantFrom(...STUKJES), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 14 }).map((xs) => xs.join(''));

describe('markdownLetterlijk', () => {
  it('elke tekst wordt één alinea met precies die tekst: geen link, afbeelding, HTML, kop, lijst of code', () => {
    fc.assert(fc.property(tekst, (s) => {
      const html = marked.parse(markdownLetterlijk(s), { async: false });
      const gelezen = alleenTekst(html);
      expect(gelezen, `${JSON.stringify(s)} -> ${html}`).not.toBeNull();
      // the text comes back exactly (protected spaces and tabs read as spaces)
      expect(gelezen!.replace(/[\t\u00a0]/g, ' '), html).toBe(zichtbaar(s).replace(/[\t\u00a0]/g, ' '));
    }), { numRuns: 2000 });
  });

  it('de voorbeelden uit de browsertest, en een codestuk met backticks', () => {
    for (const s of ['[klik](https://evil.example) kop', '<https://evil.example> keus', '<img src=x onerror=alert(1)> regel', 'www.evil.example evil@evil.example https://evil.example/kaal']) {
      expect(marked.parse(markdownLetterlijk(s), { async: false })).toBe(`<p>${s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>\n`);
    }
    expect(marked.parse(markdownCode('a `b` `` c'), { async: false })).toBe('<p><code>a `b` `` c</code></p>\n');
    expect(marked.parse(markdownCode('`x`'), { async: false })).toBe('<p><code>`x`</code></p>\n');
  });
});
