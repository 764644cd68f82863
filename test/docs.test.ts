// docs/architectuur.md stays true: every file or folder it names in backticks (or in its diagrams)
// exists, and every function it names as "`naam` in `pad`" (or "`pad` (`naam`, ...)") is declared
// in that file. A move or a rename that forgets the guide fails here, not in a newcomer's hands.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

/** Folders the build makes (not in a clean clone): a path under them is not checked. */
const GEBOUWD = ['dist/'];

const EXTENSIE = /\.(ts|mts|js|mjs|json|md|regel|txt|html|css)$/;

/**
 * Whether a word names a path in this repository: a file with a known extension or a path with a
 * slash, relative to the root. Package specifiers (`regelwerk/runtime`, `@regelwerk/runtime`, `node:util`), absolute and
 * relative paths (`/tmp/voor`, `./node`), globs and placeholders (`policies/*.regel`,
 * `policies/<naam>.regel`) are not repository paths.
 */
function isPad(woord: string): boolean {
  if (!/^[\w.@-]+(\/[\w.@-]*)*$/.test(woord)) return false;
  if (woord.startsWith('.') || woord.startsWith('regelwerk/') || woord.startsWith('@') || /^\d/.test(woord)) return false;
  return woord.includes('/') || EXTENSIE.test(woord);
}

const isNaam = (s: string): boolean => /^[A-Za-z_$][\w$]*$/.test(s);

/** Whether `naam` is declared in the text of a source file (a function, constant, class, type or method). */
function gedeclareerd(tekst: string, naam: string): boolean {
  return new RegExp(`(?:function\\*?\\s+|\\b(?:const|let|var|class|interface|type|enum)\\s+)${naam}\\b|^\\s*(?:(?:private|public|static|async)\\s+)*${naam}\\s*[(<]`, 'm').test(tekst);
}

/** What in a Markdown text is not true of this repository: missing paths, names not declared where it says. */
export function fouten(doc: string, root = ROOT): string[] {
  const uit: string[] = [];
  const paden = new Set<string>();
  // Fenced blocks (diagrams, layouts): every word with a slash that looks like a path.
  const zonderBlokken = doc.replace(/^```[^\n]*\n([\s\S]*?)^```$/gm, (_, blok: string) => {
    for (const woord of blok.split(/[\s,;()]+/)) if (woord.includes('/') && isPad(woord)) paden.add(woord);
    return '';
  });
  // Inline code: the whole span when it is a path, else each word of a command in it.
  for (const [, span] of zonderBlokken.matchAll(/`([^`]+)`/g)) {
    for (const woord of span!.split(/\s+/)) if (isPad(woord)) paden.add(woord);
  }
  for (const pad of paden) {
    if (GEBOUWD.some((g) => pad.startsWith(g))) continue;
    if (!existsSync(join(root, pad))) uit.push(`${pad} bestaat niet`);
    else if (pad.endsWith('/') && !statSync(join(root, pad)).isDirectory()) uit.push(`${pad} is geen map`);
  }
  // Names: "`naam` in `pad`", "`naam` from `pad`", "`a`, `b` in `pad`" and "`pad` (`a`, `b` ...)".
  const namen: [string, string][] = [];
  for (const m of zonderBlokken.matchAll(/((?:`[^`]+`(?:,\s*|\s+and\s+|\s+or\s+)?)+)\s+(?:in|from)\s+`([^`\n]+)`/g)) {
    for (const [, n] of m[1]!.matchAll(/`([^`]+)`/g)) if (isNaam(n!)) namen.push([n!, m[2]!]);
  }
  for (const m of zonderBlokken.matchAll(/`([^`\n]+)`\s*\(([^)]*)\)/g)) {
    for (const [, n] of m[2]!.matchAll(/`([^`]+)`/g)) if (isNaam(n!)) namen.push([n!, m[1]!]);
  }
  for (const [naam, pad] of namen) {
    if (!isPad(pad) || !EXTENSIE.test(pad) || !existsSync(join(root, pad))) continue; // a missing file is reported above
    if (!gedeclareerd(readFileSync(join(root, pad), 'utf8'), naam)) uit.push(`${naam} is niet gedeclareerd in ${pad}`);
  }
  return uit;
}

describe('docs/architectuur.md', () => {
  const doc = readFileSync(join(ROOT, 'docs/architectuur.md'), 'utf8');

  it('names only paths that exist and functions that are declared where it says', () => {
    expect(fouten(doc)).toEqual([]);
  });

  it('checks a good share of the page (the patterns still match how it is written)', () => {
    const spans = [...doc.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    expect(spans.filter((s) => isPad(s)).length).toBeGreaterThan(60);
    expect(doc).toMatch(/`genereer` in `compiler\/codegen\/codegen\.ts`/);
  });

  it('finds a wrong path, a wrong folder, a wrong path in a diagram or command, and a wrong name', () => {
    expect(fouten('See `language/bestaat-niet.ts`.')).toEqual(['language/bestaat-niet.ts bestaat niet']);
    expect(fouten('See `compilr/`.')).toEqual(['compilr/ bestaat niet']);
    expect(fouten('See `language/lexer.ts/`.')).toEqual(['language/lexer.ts/ bestaat niet']);
    expect(fouten('```\n a -> compiler/codegen/kodegen.ts\n```\n')).toEqual(['compiler/codegen/kodegen.ts bestaat niet']);
    expect(fouten('Run `npx vitest run test/engines/bestaat.test.ts`.')).toEqual(['test/engines/bestaat.test.ts bestaat niet']);
    expect(fouten('Run `npx vitest run\n  test/engines/bestaat.test.ts` over two lines.')).toEqual(['test/engines/bestaat.test.ts bestaat niet']);
    expect(fouten('Call `lexx` in `language/lexer.ts`.')).toEqual(['lexx is niet gedeclareerd in language/lexer.ts']);
    expect(fouten('Call `lex`, `parseTokenz` in\n`language/parser.ts`.')).toEqual(['lex is niet gedeclareerd in language/parser.ts', 'parseTokenz is niet gedeclareerd in language/parser.ts']);
    expect(fouten('The table `language/keywords.ts` (`SLEUTELWOORD`).')).toEqual(['SLEUTELWOORD is niet gedeclareerd in language/keywords.ts']);
    // and what is true passes, with package names, globs, placeholders and built output left alone
    expect(fouten('`lex` in `language/lexer.ts`, `language/keywords.ts` (`SLEUTELWOORDEN`), `regelwerk/runtime`, `node:util`, `policies/*.regel`, `policies/<naam>.regel`, `/tmp/voor`, `./node`, `dist/`, `2026-03-01`, `€ 7,73`')).toEqual([]);
  });
});
