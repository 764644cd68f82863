// The layout is the architecture: one folder per stage, data flowing one way
// (runtime <- language <- compiler/interpreter <- compiler/{analysis,codegen} <- compiler/index.ts
// <- compiler/node), and Node only in compiler/node/. The playground sees the language and the
// package entry, never a file deep inside the compiler. These tests enforce it, so the browser entry
// `regelwerk` stays bundleable.
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { rolldown } from 'rolldown';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

/** Which stages each stage may import; `compiler/index.ts` is the browser entry. */
const MAG: Readonly<Record<string, readonly string[]>> = {
  runtime: ['runtime'],
  language: ['runtime', 'language'],
  stdlib: ['language', 'stdlib'],
  'compiler/interpreter': ['runtime', 'language', 'compiler/interpreter'],
  'compiler/analysis': ['runtime', 'language', 'compiler/interpreter', 'compiler/analysis'],
  'compiler/codegen': ['runtime', 'language', 'compiler/interpreter', 'compiler/codegen'],
  'compiler/diensten': ['runtime', 'language', 'stdlib', 'compiler/interpreter', 'compiler/analysis', 'compiler/diensten'],
  'compiler/schema': ['runtime', 'language', 'compiler/schema'],
  'compiler/doc': ['runtime', 'language', 'compiler/interpreter', 'compiler/analysis', 'compiler/schema', 'compiler/doc'],
  'compiler/sql': ['runtime', 'language', 'compiler/sql'],
  'compiler/index.ts': ['runtime', 'language', 'stdlib', 'compiler/interpreter', 'compiler/analysis', 'compiler/codegen', 'compiler/diensten', 'compiler/schema', 'compiler/doc', 'compiler/sql'],
  'compiler/node': ['runtime', 'language', 'stdlib', 'compiler/interpreter', 'compiler/analysis', 'compiler/codegen', 'compiler/diensten', 'compiler/schema', 'compiler/doc', 'compiler/sql', 'compiler/node', 'compiler/index.ts'],
};

/** Packages a stage may import; anything else (node:*, ts-morph, prettier) belongs in compiler/node/. */
const PAKKETTEN: Readonly<Record<string, readonly string[]>> = {
  language: ['chevrotain'],
  'compiler/analysis': ['fast-check'],
  'compiler/index.ts': [],
};

function bestanden(map: string): string[] {
  return readdirSync(join(ROOT, map)).flatMap((f) => {
    const pad = join(map, f);
    if (statSync(join(ROOT, pad)).isDirectory()) return bestanden(pad);
    return f.endsWith('.ts') && !f.endsWith('.d.ts') ? [pad] : [];
  });
}

/** Every module a file imports: static, dynamic, type-only and re-exports. */
export function importsVan(tekst: string): string[] {
  const uit: string[] = [];
  for (const m of tekst.matchAll(/(?:^|[;\s])(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)) uit.push((m[1] ?? m[2])!);
  return uit;
}

/** The stage a path belongs to: `compiler/<stage>/`, `compiler/index.ts`, or a top-level folder. */
function stageVan(pad: string): string | null {
  const [top, tweede] = pad.split('/');
  if (top === 'compiler') {
    if (tweede === 'index.ts' || tweede === 'index.js') return 'compiler/index.ts';
    return `compiler/${tweede}` in MAG ? `compiler/${tweede}` : null;
  }
  return top! in MAG ? top! : null;
}

export function overtredingen(pad: string, tekst: string): string[] {
  const stage = stageVan(pad)!;
  const fouten: string[] = [];
  for (const spec of importsVan(tekst)) {
    if (spec.startsWith('.')) {
      const doel = relative(ROOT, resolve(ROOT, dirname(pad), spec));
      const doelStage = stageVan(doel);
      if (doelStage === null) fouten.push(`${pad} importeert ${spec}, buiten de stages`);
      else if (!MAG[stage]!.includes(doelStage)) fouten.push(`${pad} (${stage}) importeert ${spec} (${doelStage}) tegen de richting in`);
    } else if (stage !== 'compiler/node') {
      const pakket = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
      if (!(PAKKETTEN[stage] ?? []).includes(pakket)) fouten.push(`${pad} (${stage}) importeert pakket ${spec}; dat hoort in compiler/node/`);
    }
  }
  return fouten;
}

/** The playground may import the package entry and language/ only (and no Node, ts-morph or prettier). */
export function speeltuinOvertredingen(pad: string, tekst: string): string[] {
  const fouten: string[] = [];
  for (const spec of importsVan(tekst)) {
    if (spec.startsWith('.')) {
      const doel = relative(ROOT, resolve(ROOT, dirname(pad), spec));
      if (doel.startsWith('playground/') || doel.startsWith('language/') || doel === 'compiler/index.js') continue;
      fouten.push(`${pad} importeert ${spec}: de speeltuin ziet alleen language/ en de pakketingang compiler/index.ts`);
    } else if (spec.startsWith('node:') || builtinModules.includes(spec) || ['ts-morph', 'prettier'].includes(spec.split('/')[0]!)) {
      fouten.push(`${pad} importeert ${spec}`);
    }
  }
  return fouten;
}

/** The import cycles among `bestanden` (each as the files on it), from their relative imports of every kind. */
export function cycli(bestanden: ReadonlyMap<string, string>): string[][] {
  const buren = new Map([...bestanden].map(([pad, tekst]) => [pad, importsVan(tekst).filter((s) => s.startsWith('.')).map((s) => relative(ROOT, resolve(ROOT, dirname(pad), s)).replace(/\.js$/, '.ts')).filter((d) => bestanden.has(d))]));
  // Tarjan: every strongly connected component of more than one file (or a file importing itself) is a cycle.
  const index = new Map<string, number>();
  const laag = new Map<string, number>();
  const stapel: string[] = [];
  const uit: string[][] = [];
  const bezoek = (v: string): void => {
    index.set(v, index.size);
    laag.set(v, index.get(v)!);
    stapel.push(v);
    for (const w of buren.get(v)!) {
      if (!index.has(w)) {
        bezoek(w);
        laag.set(v, Math.min(laag.get(v)!, laag.get(w)!));
      } else if (stapel.includes(w)) laag.set(v, Math.min(laag.get(v)!, index.get(w)!));
    }
    if (laag.get(v) !== index.get(v)) return;
    const deel = stapel.splice(stapel.indexOf(v));
    if (deel.length > 1 || buren.get(v)!.includes(v)) uit.push(deel.sort());
  };
  for (const v of buren.keys()) if (!index.has(v)) bezoek(v);
  return uit;
}

describe('architecture: one folder per stage, one direction', () => {
  const alle = Object.keys(MAG).flatMap((m) => (m.endsWith('.ts') ? [m] : bestanden(m)));

  it('every source file is in a stage folder and imports only earlier stages', () => {
    expect(alle.length).toBeGreaterThan(30);
    expect(alle.flatMap((f) => overtredingen(f, readFileSync(join(ROOT, f), 'utf8')))).toEqual([]);
  });

  it('no import cycle: a file never depends on itself through others (type imports count too)', () => {
    expect(cycli(new Map(alle.map((f) => [f, readFileSync(join(ROOT, f), 'utf8')])))).toEqual([]);
    // and the check finds one
    expect(cycli(new Map([['compiler/codegen/a.ts', `import { b } from './b.js';`], ['compiler/codegen/b.ts', `import type { a } from './a.js';`], ['compiler/codegen/c.ts', `import { a } from './a.js';`]]))).toEqual([['compiler/codegen/a.ts', 'compiler/codegen/b.ts']]);
  });

  it('nothing stands at the top level but the folders of the design card', () => {
    const bronnen = readdirSync(ROOT).filter((f) => /\.(ts|mts|js|mjs)$/.test(f) && !/^(vitest|vite)\.config\./.test(f));
    expect(bronnen).toEqual([]);
    for (const m of ['language', 'compiler', 'runtime', 'stdlib', 'policies', 'playground', 'test']) expect(statSync(join(ROOT, m)).isDirectory()).toBe(true);
  });

  it('the playground imports language/ and the package entry only: no compiler internals, no Node', () => {
    const fouten = bestanden('playground/src').flatMap((f) => speeltuinOvertredingen(f, readFileSync(join(ROOT, f), 'utf8')));
    expect(bestanden('playground/src').length).toBeGreaterThan(10);
    expect(fouten).toEqual([]);
  });

  it('the rules catch an import against the direction, a Node import, a hidden dynamic import and a deep playground import', () => {
    expect(overtredingen('language/x.ts', `import { evalueer } from '../compiler/interpreter/interpreter.js';`)).toHaveLength(1);
    expect(overtredingen('compiler/interpreter/x.ts', `import { readFileSync } from 'node:fs';`)).toHaveLength(1);
    expect(overtredingen('compiler/interpreter/x.ts', `import { analyseer } from '../analysis/analyse.js';`)).toHaveLength(1);
    expect(overtredingen('compiler/codegen/x.ts', `const m = await import('prettier');`)).toHaveLength(1);
    expect(overtredingen('compiler/codegen/x.ts', `import { analyseer } from '../analysis/analyse.js';`)).toHaveLength(1);
    expect(overtredingen('runtime/x.ts', `export { laad } from '../language/index.js';`)).toHaveLength(1);
    expect(overtredingen('compiler/analysis/x.ts', `import type { Project } from 'ts-morph';`)).toHaveLength(1);
    expect(overtredingen('compiler/index.ts', `import { voerUit } from './node/cli.js';`)).toHaveLength(1);
    expect(overtredingen('compiler/node/x.ts', `import { Project } from 'ts-morph';\nimport { x } from '../codegen/codegen.js';`)).toEqual([]);
    expect(speeltuinOvertredingen('playground/src/x.ts', `import { schrijf } from '../../compiler/interpreter/waarde.js';`)).toHaveLength(1);
    expect(speeltuinOvertredingen('playground/src/x.ts', `import { laad } from '../../compiler/index.js';\nimport { lex } from '../../language/lexer.js';`)).toEqual([]);
  });
});

/** Bundles an entry for the browser; throws on any import of Node or of a Node-only package. */
async function bundelVoorBrowser(entry: string): Promise<string> {
  const verboden = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'ts-morph', 'prettier']);
  const bundel = await rolldown({
    input: join(ROOT, entry),
    platform: 'browser',
    logLevel: 'silent',
    plugins: [{
      name: 'geen-node',
      resolveId(bron: string, importeur: string | undefined) {
        const pakket = bron.startsWith('@') ? bron.split('/').slice(0, 2).join('/') : bron.split('/')[0]!;
        if (verboden.has(bron) || verboden.has(pakket)) throw new Error(`Node-import in de browserbundel: ${bron} (vanuit ${relative(ROOT, importeur ?? '?')})`);
        return null;
      },
    }],
  });
  const { output } = await bundel.generate({ format: 'esm' });
  await bundel.close();
  return output.map((o) => ('code' in o ? o.code : '')).join('\n');
}

describe('the package entry `regelwerk` bundles for a browser', () => {
  it('compiler/index.ts bundles with no Node import, and evaluates a policy in the bundle', async () => {
    const code = await bundelVoorBrowser('compiler/index.ts');
    expect(code).not.toMatch(/from\s*["']node:/);
    expect(code).not.toContain('ts-morph');
    // The bundle is a working package: load a policy that uses the embedded stdlib, and evaluate it.
    const map = mkdtempSync(join(tmpdir(), 'regelwerk-bundel-'));
    writeFileSync(join(map, 'regelwerk.mjs'), code);
    const rw = (await import(pathToFileURL(join(map, 'regelwerk.mjs')).href)) as typeof import('../compiler/index.js');
    const tekst = readFileSync(join(ROOT, 'policies/aov-zelfstandigen.regel'), 'utf8');
    const geladen = rw.laad(tekst, 'aov-zelfstandigen.regel', rw.stdlibLader);
    expect(geladen.diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
    const uitkomsten = rw.draaiVoorbeelden(geladen.gecontroleerd);
    expect(uitkomsten.length).toBeGreaterThan(0);
    expect(uitkomsten.filter((u) => !u.geslaagd)).toEqual([]);
  });

  it('the embedded stdlib index is current with stdlib/*.regel', () => {
    const ingebed = readFileSync(join(ROOT, 'stdlib/index.ts'), 'utf8');
    const regel = readdirSync(join(ROOT, 'stdlib')).filter((f) => f.endsWith('.regel'));
    expect(regel.length).toBeGreaterThan(0);
    for (const f of regel) expect(ingebed).toContain(JSON.stringify(readFileSync(join(ROOT, 'stdlib', f), 'utf8')));
  });

  it('the check fails on the Node entry (so it can fail)', async () => {
    await expect(bundelVoorBrowser('compiler/node/index.ts')).rejects.toThrow(/Node-import in de browserbundel/);
  });
});
