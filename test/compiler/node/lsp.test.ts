// `regelwerk lsp --stdio` as an editor meets it: a JSON-RPC client starts the real command and
// drives each feature on real policies and on two policies that use each other, pastes 10,000
// lines of garbage, and sends a burst of changes of which only the last may be answered.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, regelwerk, tijdelijkeMap } from './cli-hulp.js';
import { LspClient, type Bericht } from './lsp-client.js';

interface Diagnostiek { uri: string; version?: number; diagnostics: { code: string; message: string; range: { start: { line: number; character: number } } }[] }
interface Positie { line: number; character: number }

const KETEN = readFileSync(join(ROOT, 'policies/ketenbepaling.regel'), 'utf8');
const A = `regeling A\n  bron "a"\n\ngebruik b\n\nparameter tariefA: percentage is 10%\n  bron "a"\n\ninvoer x: bedrag\n  bron "a"\n\nuitvoer y: bedrag\n  bron "a"\n\nregel y is tariefB van x afgerond op centen\n  bron "a"\n`;
const B = `regeling B\n  bron "b"\n\ngebruik a\n\nparameter tariefB: percentage is 20%\n  bron "b"\n\ninvoer x: bedrag\n  bron "b"\n\nuitvoer z: bedrag\n  bron "b"\n\nregel z is tariefA van x + tariefB van x afgerond op centen\n  bron "b"\n`;
const UNIEK = `regeling T\n  bron "t"\n\ninvoer a: getal\n  bron "t"\nuitvoer x: getal\n  bron "t"\nregel x: getal is tabel uniek\n  | a | x |\n  | ten minste 0 | 1 |\n  | ten hoogste 5 | 2 |\n  | kleiner dan 0 | 3 |\n  bron "t"\n`;

function positie(tekst: string, stuk: string, extra = 0, laatste = false): Positie {
  const i = laatste ? tekst.lastIndexOf(stuk) : tekst.indexOf(stuk);
  if (i < 0) throw new Error(`'${stuk}' niet gevonden`);
  const voor = tekst.slice(0, i + extra).split('\n');
  return { line: voor.length - 1, character: voor[voor.length - 1]!.length };
}

const isDiagnose = (uri: string, past: (d: Diagnostiek) => boolean = () => true) => (b: Bericht): boolean =>
  b.method === 'textDocument/publishDiagnostics' && (b.params as Diagnostiek).uri === uri && past(b.params as Diagnostiek);

describe('regelwerk lsp --stdio', () => {
  const tmp = tijdelijkeMap('regelwerk-lsp-');
  let c: LspClient;
  let uriK = '', uriA = '', uriB = '', uriU = '';

  beforeAll(async () => {
    c = new LspClient();
    const init = await c.vraag<{ capabilities: Record<string, unknown> }>('initialize', { processId: null, rootUri: null, capabilities: {} });
    expect(Object.keys(init.capabilities)).toEqual(expect.arrayContaining(['completionProvider', 'hoverProvider', 'definitionProvider', 'referencesProvider', 'renameProvider', 'documentFormattingProvider', 'codeActionProvider', 'documentSymbolProvider', 'foldingRangeProvider']));
    c.meld('initialized', {});
    uriK = pathToFileURL(tmp.bestand('ketenbepaling.regel', KETEN)).href;
    uriA = pathToFileURL(tmp.bestand('a.regel', A)).href;
    uriB = pathToFileURL(tmp.bestand('b.regel', B)).href;
    uriU = pathToFileURL(tmp.bestand('uniek.regel', UNIEK)).href;
    for (const [uri, text] of [[uriK, KETEN], [uriA, A], [uriB, B], [uriU, UNIEK]] as const) {
      c.meld('textDocument/didOpen', { textDocument: { uri, languageId: 'regel', version: 1, text } });
    }
  });
  afterAll(async () => {
    expect(await c.stop()).toBe(0);
    expect(c.stderr).toBe('');
  });

  it('publishes the diagnostics of the static analysis: RW4010 for an overlapping row of a tabel uniek', async () => {
    const d = await c.wachtOp(isDiagnose(uriU, (p) => p.diagnostics.some((x) => x.code === 'RW4010')));
    expect((d.params as Diagnostiek).version).toBe(1);
    const schoon = await c.wachtOp(isDiagnose(uriK));
    expect((schoon.params as Diagnostiek).diagnostics).toEqual([]);
  });

  it('completes the fields after `(laatste van contracten).`', async () => {
    const tekst = `${KETEN}\nregel probeer is (laatste van contracten).\n`;
    c.meld('textDocument/didChange', { textDocument: { uri: uriK, version: 2 }, contentChanges: [{ text: tekst }] });
    const items = await c.vraag<{ label: string; kind: number }[]>('textDocument/completion', { textDocument: { uri: uriK }, position: positie(tekst, ').\n', 2, true) });
    expect(items.map((i) => i.label)).toEqual(['begin', 'einde', 'seizoenswerk']);
    c.meld('textDocument/didChange', { textDocument: { uri: uriK, version: 3 }, contentChanges: [{ text: KETEN }] });
  });

  it('hovers with type, place and bron as plain text', async () => {
    const h = await c.vraag<{ contents: { kind: string; value: string } }>('textDocument/hover', { textDocument: { uri: uriK }, position: positie(KETEN, 'invoer contracten', 8) });
    expect(h.contents.kind).toBe('plaintext');
    expect(h.contents.value).toMatch(/^contracten — invoer\nType: lijst van Contract\nGedefinieerd op regel 73, kolom 8\n/);
  });

  it('goes to the definition and finds the references across two policies that use each other', async () => {
    const d = await c.vraag<{ uri: string; range: { start: Positie } }>('textDocument/definition', { textDocument: { uri: uriA }, position: positie(A, 'tariefB van') });
    expect(d.uri).toBe(uriB);
    expect(d.range.start).toEqual(positie(B, 'tariefB'));
    const refs = await c.vraag<{ uri: string; range: { start: Positie } }[]>('textDocument/references', { textDocument: { uri: uriB }, position: positie(B, 'tariefB'), context: { includeDeclaration: true } });
    expect(refs.map((r) => `${r.uri === uriA ? 'a' : 'b'}:${r.range.start.line}`).sort()).toEqual(['a:14', 'b:14', 'b:5']);
    // and the two files check without errors against each other
    const da = await c.wachtOp(isDiagnose(uriA));
    expect((da.params as Diagnostiek).diagnostics.filter((x) => x.code !== 'RW3002')).toEqual([]);
  });

  it('renames across files, and refuses a clash with a message', async () => {
    const r = await c.vraag<{ changes: Record<string, unknown[]> }>('textDocument/rename', { textDocument: { uri: uriB }, position: positie(B, 'tariefB'), newName: 'tariefBeta' });
    expect(Object.keys(r.changes).sort()).toEqual([uriA, uriB].sort());
    expect(r.changes[uriB]).toHaveLength(2);
    await expect(c.vraag('textDocument/rename', { textDocument: { uri: uriB }, position: positie(B, 'tariefB'), newName: 'tariefA' })).rejects.toThrow(/'tariefA' bestaat al/);
  });

  it('formats, offers a quick fix, lists symbols and folds per declaration', async () => {
    const lelijk = A.replace('invoer x: bedrag', 'invoer    x:   bedrag');
    c.meld('textDocument/didChange', { textDocument: { uri: uriA, version: 2 }, contentChanges: [{ text: lelijk.replace('10%', '10.5%') }] });
    const acties = await c.vraag<{ title: string; edit: { changes: Record<string, { newText: string }[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri: uriA }, range: { start: positie(A, '10%'), end: positie(A, '10%') }, context: { diagnostics: [] },
    });
    expect(acties.map((a) => a.edit.changes[uriA]![0]!.newText)).toEqual(['10,5%']);
    c.meld('textDocument/didChange', { textDocument: { uri: uriA, version: 3 }, contentChanges: [{ text: lelijk }] });
    const opmaak = await c.vraag<{ newText: string }[]>('textDocument/formatting', { textDocument: { uri: uriA }, options: { tabSize: 2, insertSpaces: true } });
    expect(opmaak.map((e) => e.newText)).toEqual([A]);
    const symbolen = await c.vraag<{ name: string; kind: number }[]>('textDocument/documentSymbol', { textDocument: { uri: uriK } });
    expect(symbolen.map((s) => s.name)).toEqual(expect.arrayContaining(['Ketenbepaling', 'contracten', 'Contract']));
    const vouw = await c.vraag<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri: uriK } });
    expect(vouw.length).toBeGreaterThan(10);
  });

  it('runs an example and shows the outputs and the explanation', async () => {
    const namen = await c.vraag<string[]>('workspace/executeCommand', { command: 'regelwerk.voorbeelden', arguments: [uriK] });
    expect(namen.length).toBeGreaterThan(7);
    const r = await c.vraag<{ kind: string; tekst: string }>('workspace/executeCommand', { command: 'regelwerk.voerVoorbeeldUit', arguments: [uriK, namen[0]] });
    expect(r.kind).toBe('ok');
    expect(r.tekst).toContain(`voorbeeld "${namen[0]}"`);
    expect(r.tekst).toContain('Ketenbepaling — peildatum');
  });

  it('drops stale results: in a burst of changes only the last version is analysed and published with its findings', async () => {
    const versies = [10, 11, 12, 13, 14];
    const voor = c.meldingen.length;
    c.meldAlles(versies.map((v) => ({ method: 'textDocument/didChange', params: { textDocument: { uri: uriU, version: v }, contentChanges: [{ text: UNIEK.replace('| 3 |', `| ${v} |`) }] } })));
    await c.wachtOp(isDiagnose(uriU, (p) => p.version === 14 && p.diagnostics.some((x) => x.code === 'RW4010')));
    const gepubliceerd = c.meldingen.slice(voor).filter(isDiagnose(uriU)).map((b) => b.params as Diagnostiek);
    // Never an older version after a newer one, and the analysis (the slow part) only for the last:
    // the server reads one message per turn, so each superseded analysis finds its version stale.
    const versiesNa = gepubliceerd.map((p) => p.version!);
    expect(versiesNa).toEqual([...versiesNa].sort((x, y) => x - y));
    expect(gepubliceerd.filter((p) => p.diagnostics.some((x) => x.code === 'RW4010')).map((p) => p.version)).toEqual([14]);
  });

  it('answers after a paste of 10,000 lines of garbage, with at most 200 diagnostics', async () => {
    const onzin = Array.from({ length: 10_000 }, (_, i) => `${'#@!'.repeat(i % 3)} regel ${i} is ((( € 1.2.3 "x ${i % 7 === 0 ? '\\u0000' : ''}`).join('\n');
    const voor = c.meldingen.length;
    c.meld('textDocument/didChange', { textDocument: { uri: uriK, version: 20 }, contentChanges: [{ text: onzin }] });
    const d = await c.wachtOp(isDiagnose(uriK, (p) => p.version === 20));
    expect((d.params as Diagnostiek).diagnostics.length).toBeGreaterThan(0);
    expect((d.params as Diagnostiek).diagnostics.length).toBeLessThanOrEqual(200);
    const h = await c.vraag('textDocument/hover', { textDocument: { uri: uriK }, position: { line: 5000, character: 10 } });
    expect(h === null || typeof h === 'object').toBe(true);
    const items = await c.vraag<unknown[]>('textDocument/completion', { textDocument: { uri: uriK }, position: { line: 9999, character: 5 } });
    expect(items.length).toBeGreaterThan(0);
    const symbolen = await c.vraag<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: uriK } });
    expect(Array.isArray(symbolen)).toBe(true);
    // Counted, not timed: the garbage version was published at most twice (front end, analysis).
    expect(c.meldingen.slice(voor).filter(isDiagnose(uriK, (p) => p.version === 20)).length).toBeLessThanOrEqual(2);
    // and the server still works on a real policy afterwards
    c.meld('textDocument/didChange', { textDocument: { uri: uriK, version: 21 }, contentChanges: [{ text: KETEN }] });
    const schoon = await c.wachtOp(isDiagnose(uriK, (p) => p.version === 21));
    expect((schoon.params as Diagnostiek).diagnostics).toEqual([]);
  });
});

describe('regelwerk lsp without --stdio', () => {
  it('is a usage error (exit 2) that says how to start it', async () => {
    const r = await regelwerk('lsp');
    expect(r.code).toBe(2);
    expect(r.err).toContain('regelwerk lsp --stdio');
    expect((await regelwerk('lsp', '--socket=5000')).code).toBe(2);
  });
});
