// The VS Code extension (editors/vscode/): its TextMate grammar is the one generated from the keyword
// table and agrees with the lexer on every policy (vscode-tmgrammar-test runs assertion files made
// from the lexer's own tokens), and the extension packs into a .vsix with @vscode/vsce, offline
// (`--no-dependencies`: the language client is bundled), with the files an editor needs.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lex } from '../../language/lexer.js';
import { SLEUTELWOORDEN } from '../../language/keywords.js';
import { SCOPE, SCOPES, SCOPE_PER_SOORT, textmateGrammatica } from '../../language/textmate.js';

const ROOT = join(import.meta.dirname, '../..');
const EXT = join(ROOT, 'editors/vscode');
const GRAMMATICA = join(EXT, 'syntaxes/regel.tmLanguage.json');

const WOORD = new Map(SLEUTELWOORDEN.map((s) => [s.woord, s]));
const LITERAAL_SCOPE: Readonly<Record<string, string>> = {
  NaamLit: SCOPES.naam, GetalLit: SCOPES.getal, BedragLit: SCOPES.bedrag, PercentageLit: SCOPES.percentage,
  DatumLit: SCOPES.datum, TekstLit: SCOPES.tekst, JaNee: SCOPE_PER_SOORT.type,
};

/** The scope the grammar must give a token of the lexer, or null for one it need not colour (punctuation, a type word used as a name). */
function verwachteScope(typeNaam: string, beeld: string): string | null {
  if (typeNaam.startsWith('K_')) {
    const w = WOORD.get(beeld);
    return w && !w.ookNaam ? SCOPE_PER_SOORT[w.soort] : null;
  }
  return LITERAAL_SCOPE[typeNaam] ?? null;
}

/** A policy with, after each line, one assertion per token: the scope the lexer's reading asks for. */
export function assertieBestand(tekst: string, naam: string): { tekst: string; aantal: number } {
  const { tokens, commentaren } = lex(tekst);
  const perRegel = new Map<number, { kolom: number; lengte: number; scope: string }[]>();
  const voeg = (regel: number, kolom: number, lengte: number, scope: string): void => {
    const lijst = perRegel.get(regel) ?? [];
    lijst.push({ kolom, lengte, scope });
    perRegel.set(regel, lijst);
  };
  for (const t of tokens) {
    const scope = verwachteScope(t.tokenType.name, t.image);
    if (scope && !t.image.includes('\n')) voeg(t.startLine!, t.startColumn! - 1, t.image.length, scope);
  }
  for (const c of commentaren) voeg(c.startLine!, c.startColumn! - 1, c.image.length, SCOPES.commentaar);
  const uit = [`-- SYNTAX TEST "${SCOPE}" "${naam}"`];
  let aantal = 0;
  tekst.split('\n').forEach((regel, i) => {
    uit.push(regel);
    for (const a of perRegel.get(i + 1) ?? []) {
      uit.push(`-- <${'~'.repeat(a.kolom)}${'-'.repeat(a.lengte)} ${a.scope}`);
      aantal++;
    }
  });
  return { tekst: uit.join('\n'), aantal };
}

describe('the TextMate grammar', () => {
  it('is the one generated from the keyword table (node editors/vscode/genereer-grammatica.mjs after a build)', () => {
    expect(JSON.parse(readFileSync(GRAMMATICA, 'utf8'))).toEqual(JSON.parse(JSON.stringify(textmateGrammatica())));
  });

  it('colours every policy as the lexer reads it (vscode-tmgrammar-test)', () => {
    const map = mkdtempSync(join(tmpdir(), 'regelwerk-tm-'));
    let totaal = 0;
    const policies = readdirSync(join(ROOT, 'policies')).filter((f) => f.endsWith('.regel'));
    expect(policies.length).toBeGreaterThan(5);
    for (const f of [...policies.map((p) => join('policies', p)), 'stdlib/minimumloon.regel']) {
      const { tekst, aantal } = assertieBestand(readFileSync(join(ROOT, f), 'utf8'), f);
      writeFileSync(join(map, f.replace('/', '-')), tekst);
      totaal += aantal;
    }
    expect(totaal).toBeGreaterThan(5000);
    const uit = execFileSync(process.execPath, [join(ROOT, 'node_modules/vscode-tmgrammar-test/dist/unit.js'), '-c', '-g', GRAMMATICA, join(map, '*.regel')], { cwd: map, encoding: 'utf8' });
    expect(uit).not.toMatch(/fail|error/i);
  });

  it('the assertions can fail: a grammar that colours no keyword is caught', () => {
    const map = mkdtempSync(join(tmpdir(), 'regelwerk-tm-'));
    const kapot = { ...textmateGrammatica(), patterns: textmateGrammatica().patterns.filter((p) => !p.include.startsWith('#woorden')) };
    writeFileSync(join(map, 'kapot.tmLanguage.json'), JSON.stringify(kapot));
    writeFileSync(join(map, 'x.regel'), assertieBestand('regeling X\n  bron "x"\n', 'x').tekst);
    expect(() => execFileSync(process.execPath, [join(ROOT, 'node_modules/vscode-tmgrammar-test/dist/unit.js'), '-c', '-g', join(map, 'kapot.tmLanguage.json'), join(map, '*.regel')], { cwd: map, encoding: 'utf8', stdio: 'pipe' })).toThrow();
  });
});

describe('the .vsix', () => {
  it('packs with @vscode/vsce, offline, with the bundled client, the grammar and the language configuration', () => {
    const map = mkdtempSync(join(tmpdir(), 'regelwerk-vsix-'));
    for (const f of ['package.json', 'README.md', 'LICENSE.md', 'language-configuration.json', '.vscodeignore', 'syntaxes']) cpSync(join(EXT, f), join(map, f), { recursive: true });
    execFileSync(process.execPath, [join(EXT, 'bundel.mjs'), map], { cwd: ROOT, stdio: 'pipe' });
    const vsix = join(map, 'regelwerk.vsix');
    execFileSync(process.execPath, [join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--out', vsix], {
      cwd: map, stdio: 'pipe', env: { ...process.env, npm_config_offline: 'true' },
    });
    const inhoud = execFileSync('unzip', ['-l', vsix], { encoding: 'utf8' });
    for (const f of ['extension/package.json', 'extension/dist/extension.cjs', 'extension/syntaxes/regel.tmLanguage.json', 'extension/language-configuration.json', 'extension/readme.md']) expect(inhoud).toContain(f);
    expect(inhoud).not.toContain('node_modules');
    const manifest = JSON.parse(execFileSync('unzip', ['-p', vsix, 'extension/package.json'], { encoding: 'utf8' })) as { contributes: { languages: { id: string; extensions: string[] }[]; commands: { title: string }[] } };
    expect(manifest.contributes.languages[0]).toMatchObject({ id: 'regel', extensions: ['.regel'] });
    expect(manifest.contributes.commands.map((c) => c.title)).toContain('Regelwerk: run with example');
    const client = execFileSync('unzip', ['-p', vsix, 'extension/dist/extension.cjs'], { encoding: 'utf8', maxBuffer: 1 << 24 });
    expect(client).toMatch(/args: \[["']lsp["']\]/);
    expect(client).toContain('regelwerk.voerVoorbeeldUit');
  });
});
