// One duty per file in language/: a file that grows past what one reader holds (600 lines) is split
// by duty, not excused in its header. Every file opens with a header comment that says what it is
// for; only the generated typed CST (cst.ts) is as long as the grammar makes it.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const MAX_REGELS = 600;
const GEGENEREERD = new Set(['language/cst.ts']);

function bronnen(map: string): string[] {
  return readdirSync(join(ROOT, map)).flatMap((f) => {
    const pad = `${map}/${f}`;
    if (statSync(join(ROOT, pad)).isDirectory()) return bronnen(pad);
    return /\.(ts|mts|mjs)$/.test(f) && !f.endsWith('.d.ts') ? [pad] : [];
  });
}

/** The leading comment of a file: its header. */
function kop(tekst: string): string {
  return (/^(?:\s*\/\/.*\n)+/.exec(tekst)?.[0] ?? '').replace(/^\s*\/\/ ?/gm, '');
}

/** What is wrong with one file: too long, no header, or a header that excuses its length. */
export function bezwaren(pad: string, tekst: string): string[] {
  const uit: string[] = [];
  const regels = tekst.split('\n').length - (tekst.endsWith('\n') ? 1 : 0);
  const k = kop(tekst);
  if (!GEGENEREERD.has(pad) && regels > MAX_REGELS) uit.push(`${pad}: ${regels} regels (ten hoogste ${MAX_REGELS}); splits het naar taak`);
  if (k.trim() === '') uit.push(`${pad}: geen kopcommentaar dat zegt waar het bestand voor is`);
  if (/\b(?:longer than|just over|more than|over)\s+\d+\s+lines\b|\blanger dan\s+\d+\s+regels\b/i.test(k)) uit.push(`${pad}: de kop verontschuldigt zich voor de lengte`);
  return uit;
}

describe('language/: one duty per file', () => {
  const alle = bronnen('language');

  it('no file is longer than 600 lines, each has a header, and no header excuses its length', () => {
    expect(alle.length).toBeGreaterThan(15);
    expect(alle.flatMap((f) => bezwaren(f, readFileSync(join(ROOT, f), 'utf8')))).toEqual([]);
  });

  it('the rule finds a long file, a file without a header and a header that apologises', () => {
    const lang = `// Een kop.\n${'x;\n'.repeat(MAX_REGELS)}`;
    expect(bezwaren('language/x.ts', lang)).toHaveLength(1);
    expect(bezwaren('language/x.ts', `// Een kop.\n${'x;\n'.repeat(MAX_REGELS - 1)}`)).toEqual([]);
    expect(bezwaren('language/cst.ts', lang)).toEqual([]);
    expect(bezwaren('language/x.ts', 'import x from "y";\n')).toHaveLength(1);
    expect(bezwaren('language/x.ts', '// The checker.\n// Longer than 600 lines because every rule lives here.\nx;\n')).toHaveLength(1);
    expect(bezwaren('language/x.ts', '// The formatter.\n// Just over 600 lines: the layout and its check belong together.\nx;\n')).toHaveLength(1);
    expect(bezwaren('language/x.ts', '// The layout: a line longer than 100 columns is broken.\nx;\n')).toEqual([]);
  });
});
