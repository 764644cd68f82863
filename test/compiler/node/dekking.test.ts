// `regelwerk test --dekking`: per clause what reached it, in text and in --json (the documented
// shape), RW5003 as a warning in `test` for a clause nothing reached and as an error under
// `check --streng`, and a property that fails on the decider's input fails the run.
import { describe, expect, it } from 'vitest';
import { regelwerk, tijdelijkeMap } from './cli-hulp.js';

const { bestand } = tijdelijkeMap('regelwerk-dekking-');

const REGELING = `regeling D
  bron "wet"
invoer c: getal
  bron "art. 1"
invoer a: geheel getal
  bron "art. 2"
  eis a is groter dan 1
invoer b: geheel getal
  bron "art. 3"
  eis b is groter dan 1
uitvoer x: getal
  bron "art. 4"
regel x: getal is als c is groter dan 0 dan 1 anders 0
  bron "art. 5"
  uitzondering "product" indien a * b is 1000003 dan 3
    bron "art. 6"
eigenschap "e1": x is ten minste 0
eigenschap "e2": x is ten hoogste 3
eigenschap "e3": x hangt niet af van a indien a * b is niet 1000003
`;

describe('regelwerk test --dekking', () => {
  it('toont per clausule voorbeelden en gegenereerde gevallen, en RW5003 als waarschuwing', async () => {
    const p = bestand('d.regel', REGELING);
    const r = await regelwerk('test', '--dekking', '--runs', '200', '--seed', '3', p);
    expect(r.code).toBe(0);
    expect(r.out).toContain('dekking: 3 van 4 clausules bereikt, 1 niet bereikt');
    expect(r.out).toMatch(new RegExp(`✓ regel 'x', basisdefinitie \\(${p}:13\\): 0 voorbeelden, \\d+ gegenereerde gevallen`));
    expect(r.out).toContain(`✗ regel 'x', uitzondering 'product' (${p}:15): niet bereikt; de beslisser kan deze voorwaarde niet oplossen`);
    expect(r.err).toContain(`${p}:15:3: RW5003: waarschuwing: regel 'x', uitzondering 'product' wordt door geen voorbeeld en geen gegenereerd geval bereikt`);
    // without --dekking: the warning, not the list
    const kort = await regelwerk('test', '--runs', '200', '--seed', '3', p);
    expect(kort.out).not.toContain('dekking:');
    expect(kort.err).toContain('RW5003');
  });

  it('--json geeft de dekking in een vaste vorm', async () => {
    const p = bestand('d.regel', REGELING);
    const r = await regelwerk('test', '--dekking', '--json', '--runs', '200', '--seed', '3', p);
    const json = JSON.parse(r.out) as { bestanden: { dekking: { totaal: number; bereikt: number; clausules: Record<string, unknown>[] } }[] };
    const d = json.bestanden[0]!.dekking;
    expect([d.totaal, d.bereikt]).toEqual([4, 3]);
    expect(d.clausules.map((c) => Object.keys(c).sort().join(','))).toEqual([
      'gevallen,kolom,naam,regel,soort,status,voorbeelden', 'gevallen,kolom,naam,regel,soort,status,voorbeelden',
      'gevallen,kolom,naam,regel,soort,status,voorbeelden', 'gevallen,kolom,naam,reden,regel,soort,status,voorbeelden',
    ]);
    expect(d.clausules.map((c) => [c.soort, c.status, c.regel])).toEqual([
      ['basis', 'bereikt', 13], ['dan', 'bereikt', 13], ['anders', 'bereikt', 13], ['uitzondering', 'niet bereikt', 15],
    ]);
  });

  it('check --streng: een clausule die niets bereikt is een fout', async () => {
    const p = bestand('d.regel', REGELING);
    const r = await regelwerk('check', '--streng', '--runs', '100', p);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${p}:15:3: RW5003: regel 'x', uitzondering 'product' wordt door geen voorbeeld en geen gegenereerd geval bereikt; de beslisser kan deze voorwaarde niet oplossen (een waarschuwing telt met --streng als fout)`);
    const gewoon = await regelwerk('check', '--runs', '100', p);
    expect(gewoon.err).not.toContain('RW5003');
  });

  it('een eigenschap die faalt op de invoer van de beslisser laat test falen, met het voorbeeld', async () => {
    const p = bestand('smal.regel', `regeling S
  bron "wet"
invoer c: getal
uitvoer x: getal
regel y: getal is c * 3 + 7
regel x: getal is 0
  uitzondering "smal" indien y is 1000007,5 dan 1
eigenschap "nul": x is 0
`);
    const r = await regelwerk('test', '--runs', '200', '--seed', '3', p);
    expect(r.code).toBe(1);
    expect(r.out).toContain('✓ eigenschap nul (200 gevallen)');
    expect(r.out).toContain(`✗ eigenschap nul (${p}:8): de bewering is onwaar`);
    expect(r.out).toContain("bij de invoer die de beslisser bouwde om regel 'x', uitzondering 'smal' te bereiken");
    expect(r.out).toContain('c is 333333,5');
    expect(r.out).toContain('1 geslaagd, 1 mislukt');
  });
});
