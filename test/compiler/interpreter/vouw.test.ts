// Building a list in a fold is linear (appending in place to a list the fold made
// itself), with the same values as before in both engines; explanations shorten long lists.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { laad } from '../../../language/index.js';
import { evalueer } from '../../../compiler/interpreter/interpreter.js';
import { laadBestand, stdlibLader } from '../../../compiler/node/modules.js';
import { aanvulbareVouw } from '../../../language/vouw.js';
import { uitlegAlsTekst } from '../../../compiler/interpreter/uitleg-tekst.js';
import { alleExpressies, wortelExpressies } from '../../../language/walk.js';
import { type GecompileerdeModule, vouwAanvullend, UITLEG_LIJST_MAX, UITLEG_LIJST_RAND } from '../../../runtime/runtime.js';
import { leesDatum, schrijfDatum } from '../../../runtime/datum.js';
import type { Gecontroleerd } from '../../../language/checker.js';
import type * as A from '../../../language/ast.js';
import { elkeEngine, groei } from './werk.js';
import { gecompileerd } from '../../opzet/mappen.js';

const ROOT = join(import.meta.dirname, '../../..');

async function module(g: Gecontroleerd, naam: string): Promise<GecompileerdeModule> {
  const [m] = await gecompileerd('vouw', [{ g, bestand: `${naam}.regel` }]);
  return m!.module;
}

function geladen(bron: string): Gecontroleerd {
  const r = laad(`regeling T\n  bron "test"\n${bron}`, 't.regel', stdlibLader);
  expect(r.diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
  return r.gecontroleerd;
}

async function beide(bron: string, invoer: Record<string, unknown>): Promise<unknown> {
  const g = geladen(bron);
  const m = await module(g, 't');
  const opties = { peildatum: '2026-03-01' };
  const i = evalueer(g, invoer, opties);
  const c = m.evalueerMetUitleg(invoer, opties);
  expect(c).toEqual({ uitvoer: i.uitvoer, uitleg: i.uitleg });
  return i.uitvoer;
}

function vouwen(g: Gecontroleerd): (A.Expr & { kind: 'Vouw' })[] {
  return wortelExpressies(g.bestand).flatMap((w) => [...alleExpressies(w)]).filter((e): e is A.Expr & { kind: 'Vouw' } => e.kind === 'Vouw');
}

/** A chain of `n` one-day contracts on consecutive days: one keten, the worst case for appending. */
function keten(n: number): Record<string, unknown> {
  const start = leesDatum('2000-01-01')!;
  return { categorie: 'overig', caoSeizoensverkorting: false, contracten: Array.from({ length: n }, (_, i) => ({ begin: schrijfDatum(start + i), einde: schrijfDatum(start + i), seizoenswerk: false })) };
}

describe('vouw met k + [c] is lineair en verandert geen zichtbare waarde', () => {
  it('welke vouwen ter plekke aanvullen', () => {
    const keten = laadBestand(join(ROOT, 'policies/ketenbepaling.regel')).gecontroleerd;
    const kv = vouwen(keten).find((v) => v.accumulator.naam === 'k')!;
    expect(aanvulbareVouw(keten, kv)).toBe(true);
    const g = geladen(`invoer l: lijst van getal
uitvoer a: lijst van getal
uitvoer b: lijst van getal
uitvoer c: lijst van getal
regel a is vouw x in l met k beginnend bij []: k + k
regel b is vouw x in l met k beginnend bij []: [x] + k
regel c is vouw x in l met k beginnend bij []: als x is 0 dan [] anders k + [x, x]
`);
    expect(vouwen(g).map((v) => aanvulbareVouw(g, v))).toEqual([false, false, true]);
  });

  it('de runtime vult dezelfde lijst aan en laat de beginlijst ongemoeid', () => {
    const begin = [0];
    const gezien: (readonly number[])[] = [];
    const uit = vouwAanvullend<number, number>(begin, [1, 2, 3, 4], (k, x, vul) => { gezien.push(k); return vul(k, [x]); });
    expect(uit).toEqual([0, 1, 2, 3, 4]);
    expect(begin).toEqual([0]);
    // from the second step on, the step gets the list it returned: no copy
    expect(gezien[1]).toBe(gezien[2]);
    expect(gezien[2]).toBe(uit);
  });

  it('een invoerlijst of een regelwaarde als beginwaarde wordt niet veranderd (beide engines)', async () => {
    const uit = await beide(`invoer l: lijst van getal
uitvoer u: lijst van getal
uitvoer n: getal
uitvoer b: lijst van getal
uitvoer m: getal
regel a: lijst van getal is [7, 8]
regel u is vouw x in l met k beginnend bij l: k + [x]
regel n is aantal l
regel b is vouw x in l met k beginnend bij a: k + [x]
regel m is aantal a
`, { l: [1, 2, 3] });
    expect(uit).toEqual({ u: [1, 2, 3, 1, 2, 3], n: 3, b: [7, 8, 1, 2, 3], m: 2 });
  });

  it('een binnenste vouw die met de accumulator begint, verandert hem niet (beide engines)', async () => {
    const uit = await beide(`invoer l: lijst van getal
uitvoer u: lijst van getal
regel u is vouw x in l met k beginnend bij []:
  als aantal (vouw y in l met j beginnend bij k: j + [y]) is groter dan 100 dan k
  anders als x is 2 dan [x]
  anders k + [x]
`, { l: [1, 2, 3, 4] });
    expect(uit).toEqual({ u: [2, 3, 4] });
  });

  // Work counted (array steps, test/evaluator/werk.ts), not timed: from 1.000 to 4.000 contracts the
  // steps grow about 4 times in every engine (quadratic, 200.000 contracts took minutes). The time
  // per contract up to 1.000.000 contracts is measured by `npm run bench` (ketenbepaling).
  it('de ketenbepaling: het werk groeit lineair met het aantal contracten in elke engine, dezelfde uitkomst', async () => {
    const g = laadBestand(join(ROOT, 'policies/ketenbepaling.regel')).gecontroleerd;
    const m = await module(g, 'ketenbepaling');
    const opties = { peildatum: '2026-03-01' };
    // `evalueer` below is the fast path
    expect(m.evalueerSnel(keten(10), opties)).toBeDefined();
    const engines = elkeEngine(g, m, opties);
    for (const [naam, run] of Object.entries(engines)) expect(groei(1000, (n) => run(keten(n))), naam).toBeLessThan(6);
    const x = keten(20_000);
    const i = evalueer(g, x, opties).uitvoer;
    expect(i).toEqual({ onbepaaldeTijd: true, onbepaaldeTijdVanaf: '2000-01-04', aantalInKeten: 20_000, ketenBegin: '2000-01-01' });
    expect(m.evalueer(x, opties)).toEqual(i);
    expect(m.evalueerExact(x, opties)).toEqual(i);
  });
});

describe('de uitleg kort lange lijsten in', () => {
  it('de eerste en laatste elementen en hoeveel er zijn weggelaten, in beide engines gelijk', async () => {
    const g = laadBestand(join(ROOT, 'policies/ketenbepaling.regel')).gecontroleerd;
    const m = await module(g, 'ketenbepaling');
    const x = keten(1000);
    const i = evalueer(g, x, { peildatum: '2026-03-01' });
    const c = m.evalueerMetUitleg(x, { peildatum: '2026-03-01' });
    expect(c.uitleg).toEqual(i.uitleg);
    const knoop = (i.uitleg.uitvoer.aantalInKeten as unknown as { gebruikt: { naam: string; uitleg: { waarde: unknown } }[] }).gebruikt.find((u) => u.naam === 'keten')!;
    const w = knoop.uitleg.waarde as { aantal: number; eerste: unknown[]; weggelaten: number; laatste: { begin: string }[] };
    expect(w.aantal).toBe(1000);
    expect(w.eerste).toHaveLength(UITLEG_LIJST_RAND);
    expect(w.laatste).toHaveLength(UITLEG_LIJST_RAND);
    expect(w.weggelaten).toBe(1000 - 2 * UITLEG_LIJST_RAND);
    expect(w.laatste[UITLEG_LIJST_RAND - 1]!.begin).toBe(schrijfDatum(leesDatum('2000-01-01')! + 999));
    expect(uitlegAlsTekst(i.uitleg, g)).toContain(`… ${1000 - 2 * UITLEG_LIJST_RAND} weggelaten …`);
    // short lists stay whole
    const kort = evalueer(g, keten(UITLEG_LIJST_MAX), { peildatum: '2026-03-01' }).uitleg;
    expect(JSON.stringify(kort)).not.toContain('weggelaten');
  });

  it('regelwerk run --uitleg op 20.000 contracten: een kleine uitleg in plaats van "Invalid string length"', () => {
    const map = mkdtempSync(join(tmpdir(), 'regelwerk-vouw-'));
    const invoer = join(map, 'keten.json');
    writeFileSync(invoer, JSON.stringify(keten(20_000)));
    for (const engine of ['compiled', 'interpreter']) {
      const r = spawnSync(process.execPath, [join(ROOT, 'bin/regelwerk.js'), 'run', 'policies/ketenbepaling.regel', '--invoer', invoer, '--uitleg', '--peildatum', '2026-03-01', '--engine', engine], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout.length).toBeLessThan(300_000);
      expect(JSON.parse(r.stdout).uitvoer.aantalInKeten).toBe(20_000);
    }
  }, 120_000);
});
