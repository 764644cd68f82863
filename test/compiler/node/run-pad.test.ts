// `regelwerk run --pad`: the decision path of each case beside its outputs (`{ uitvoer, pad }` in
// JSON and NDJSON, a `pad:` line in text), the same from the compiled engine and the interpreter
// and equal to padVan; a failed case keeps its `fout` object and no path; without --pad the
// output is as it was.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { laadBestand } from '../../../compiler/node/modules.js';
import { padVan } from '../../../compiler/interpreter/pad.js';
import { ROOT, regelwerk, tijdelijkeMap } from './cli-hulp.js';

const MJL = join(ROOT, 'policies/minimumjeugdloon.regel');
const map = tijdelijkeMap('run-pad');

describe('regelwerk run --pad', () => {
  it('één geval: het pad naast de uitvoer, gelijk in beide engines', async () => {
    const invoer = map.bestand('een.json', '{"leeftijd": 18, "bbl": true}');
    const verwacht = { uitvoer: { rechtOpMinimumloon: true, uurloon: 6.69, percentage: 45.5 }, pad: 'percentage=rij 7; minimumuurloon@2026-01-01' };
    for (const engine of ['compiled', 'interpreter']) {
      const r = await regelwerk('run', MJL, '--invoer', invoer, '--peildatum', '2026-01-01', '--pad', '--engine', engine);
      expect(r.code, r.err).toBe(0);
      expect(JSON.parse(r.out)).toEqual(verwacht);
    }
    const zonder = await regelwerk('run', MJL, '--invoer', invoer, '--peildatum', '2026-01-01');
    expect(JSON.parse(zonder.out)).toEqual(verwacht.uitvoer);
  });

  it('NDJSON: per geval het pad van padVan; een ongeldig geval houdt zijn fout, zonder pad', async () => {
    const gevallen = [{ leeftijd: 18, bbl: true }, { leeftijd: 12, bbl: false }, { leeftijd: -1, bbl: false }, { leeftijd: 30, bbl: false }];
    const invoer = map.bestand('reeks.ndjson', gevallen.map((g) => JSON.stringify(g)).join('\n'));
    const g = laadBestand(MJL).gecontroleerd;
    for (const engine of ['compiled', 'interpreter']) {
      const r = await regelwerk('run', MJL, '--invoer', invoer, '--peildatum', '2026-07-01', '--pad', '--engine', engine);
      expect(r.code).toBe(2);
      const regels = r.out.trim().split('\n').map((x) => JSON.parse(x) as unknown);
      expect(regels[2]).toMatchObject({ fout: { soort: 'invoer', pad: 'leeftijd' } });
      expect(regels[2]).not.toHaveProperty('pad');
      for (const i of [0, 1, 3]) expect(regels[i]).toEqual(padVan(g, gevallen[i], { peildatum: '2026-07-01' }));
      expect((regels[1] as { pad: string }).pad).toBe('percentage=rij 11; minimumuurloon@2026-07-01');
    }
  });

  it('met --formaat tekst een regel pad:, met --uitleg beide', async () => {
    const invoer = map.bestand('tekst.json', '{"leeftijd": 20, "bbl": false}');
    const tekst = await regelwerk('run', MJL, '--invoer', invoer, '--peildatum', '2026-01-01', '--pad', '--formaat', 'tekst');
    expect(tekst.code, tekst.err).toBe(0);
    expect(tekst.out).toContain('\npad: percentage=rij 2; minimumuurloon@2026-01-01\n');
    const uitleg = await regelwerk('run', MJL, '--invoer', invoer, '--peildatum', '2026-01-01', '--pad', '--uitleg');
    expect(Object.keys(JSON.parse(uitleg.out) as object)).toEqual(['uitvoer', 'uitleg', 'pad']);
    expect((JSON.parse(uitleg.out) as { pad: string }).pad).toBe('percentage=rij 2; minimumuurloon@2026-01-01');
  });

  it('een regeling zonder keuzes heeft een leeg pad', async () => {
    const bestand = map.bestand('vast.regel', 'regeling Vast\n  bron "test"\n\ninvoer x: getal\nuitvoer y: getal\nregel y is x + 1\n');
    const invoer = map.bestand('vast.json', '{"x": 1}');
    const r = await regelwerk('run', bestand, '--invoer', invoer, '--peildatum', '2026-01-01', '--pad');
    expect(JSON.parse(r.out)).toEqual({ uitvoer: { y: 2 }, pad: '' });
    const tekst = await regelwerk('run', bestand, '--invoer', invoer, '--peildatum', '2026-01-01', '--pad', '--formaat', 'tekst');
    expect(tekst.out).toContain('pad: (geen keuzes)');
  });
});
