// One definition for each piece of knowledge: a type, a pattern or a wording written twice drifts
// apart without a duplicate finder seeing it (other words, other names). These tests look for the
// tell-tale text of each such piece in the sources and find it in its one home only.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const MAPPEN = ['language', 'compiler', 'runtime', 'stdlib', 'playground/src', 'bench'];

function bronnen(map: string): string[] {
  return readdirSync(join(ROOT, map)).flatMap((f) => {
    const pad = `${map}/${f}`;
    if (statSync(join(ROOT, pad)).isDirectory()) return bronnen(pad);
    return /\.(ts|mts|mjs)$/.test(f) && !f.endsWith('.d.ts') && pad !== 'stdlib/index.ts' ? [pad] : [];
  });
}

const TEKSTEN: ReadonlyMap<string, string> = new Map(MAPPEN.flatMap(bronnen).map((f) => [f, readFileSync(join(ROOT, f), 'utf8')]));

/** The source files in which `patroon` occurs. */
function waar(patroon: RegExp): string[] {
  return [...TEKSTEN].filter(([, tekst]) => patroon.test(tekst)).map(([f]) => f).sort();
}

describe('one definition for each piece of knowledge', () => {
  it('reads the sources it searches', () => {
    expect(TEKSTEN.size).toBeGreaterThan(60);
    expect(waar(/export function controleer\(/)).toEqual(['language/checker.ts']);
  });

  it('a clause of a conflict (an exception or a table row) is one type, in runtime/fouten.ts', () => {
    expect(waar(/\binterface Clausule\b|\btype Clausule\s*=/)).toEqual(['runtime/fouten.ts']);
  });
});

describe('the lexicon: names and literals as the lexer and the playground read them', () => {
  it('the letters of a name are written once, in language/lexicon.ts', () => {
    expect(waar(/u00C0-\\{0,2}u00D6/)).toEqual(['language/lexicon.ts']);
  });

  it('the number, amount, percentage and date literals are written once, in language/lexicon.ts', () => {
    expect(waar(/\\{1,2}d\+\(\?:,\\{1,2}d\+\)\?/)).toEqual(['language/lexicon.ts']);
    expect(waar(/\\{1,2}d\{4\}-\\{1,2}d\{2\}-/).filter((f) => !f.startsWith('runtime/'))).toEqual(['language/lexicon.ts']);
  });
});

describe('the words of an explanation', () => {
  it('decision, repeat, parameter origin and source are worded once, in compiler/interpreter/uitleg-woorden.ts', () => {
    const code = (tekst: string): string => tekst.split('\n').filter((r) => !/^\s*(\/\/|\/?\*)/.test(r)).join('\n');
    const zinnen = /'basisregel'|\(zie hierboven\)|' \(opgegeven\)'|\(rij vanaf \$\{|`bron: \$\{/;
    expect([...TEKSTEN].filter(([, t]) => zinnen.test(code(t))).map(([f]) => f)).toEqual(['compiler/interpreter/uitleg-woorden.ts']);
  });
});

describe('local scopes', () => {
  it('the editors take them from the checker (lokaleNamen) in the language services, and the playground walks no expressions of its own', () => {
    expect(waar(/wortelExpressies|alleExpressies|kind === '(Elke|Kwantor|Vouw)'/).filter((f) => f.startsWith('playground/'))).toEqual([]);
    expect(waar(/\.lokaleNamen\b/).filter((f) => !f.startsWith('language/'))).toEqual(['compiler/diensten/aanvulling.ts', 'compiler/diensten/namen.ts']);
  });
});

describe('cents', () => {
  it('an amount with one decimal gets its second (`2,5` -> `2,50`) in one place, runtime/getal.ts', () => {
    expect(waar(/`\$\{\w+\}0`|,\\d\$\/\.test/)).toEqual(['runtime/getal.ts']);
  });
});

describe('comments say what is, not where it came from', () => {
  const metToetsen = new Map([...TEKSTEN, ...bronnen('test').map((f): [string, string] => [f, readFileSync(join(ROOT, f), 'utf8')])]);
  const commentaar = (tekst: string): string[] => tekst.split('\n').filter((r) => /^\s*(\/\/|\/?\*)/.test(r));

  it('no comment names an issue number (that belongs in the commit message)', () => {
    const fout = [...metToetsen].flatMap(([f, tekst]) => commentaar(tekst).filter((r) => /\bissues?\s+(nr\.\s*)?\d|#\d+\b/i.test(r)).map((r) => `${f}: ${r.trim()}`));
    expect(fout).toEqual([]);
  });

  it('every source file a comment points at exists', () => {
    const fout = [...metToetsen].flatMap(([f, tekst]) => commentaar(tekst).flatMap((r) => [...r.matchAll(/\b((?:language|compiler|runtime|stdlib|bench)\/[\w/-]+\.ts)\b/g)]
      .filter((m) => !metToetsen.has(m[1]!) && m[1] !== 'stdlib/index.ts').map((m) => `${f}: ${m[1]}`)));
    expect(fout).toEqual([]);
  });
});
