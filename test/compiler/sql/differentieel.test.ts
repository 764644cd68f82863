// SQL on DuckDB against the interpreter, for every shipped policy: its examples (in the file and in
// policies/voorbeelden/), valid random cases and raw ones (ranges and eisen broken) from the
// property-test generators, all in one table and one query per policy. Every output equal as a JSON
// number, `fout` exactly when the engine throws, with its message unless 'niet-sql: ...'.
// REGELWERK_SQL_RUNS sets the random cases per policy (default 600, so the file stays under 20 s; the 100k in a long run).
// A policy outside the subset must be refused with an RW60xx diagnostic, and is listed below.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { naarSql } from '../../../compiler/sql/index.js';
import { bevatVerfijning } from '../../../runtime/typen.js';
import { OPTIES, draai } from './duckdb-opzet.js';
import { GEWEIGERD, GEWEIGERD_POSTGRES, ROOT, laadRegeling, verschil, verwacht, voorbeelden, willekeurig } from './gevallen.js';

const RUNS = Number(process.env.REGELWERK_SQL_RUNS ?? 600);
const POLICIES = readdirSync(join(ROOT, 'policies')).filter((f) => f.endsWith('.regel')).sort();

describe.each(POLICIES)('SQL op DuckDB en de interpreter zijn het eens: %s', (bestand) => {
  const weigering = GEWEIGERD[bestand];
  if (weigering) {
    it(`valt buiten de SQL-deelverzameling: ${weigering} noemt de clausule`, () => {
      const { sql, diagnosen } = naarSql(laadRegeling(bestand), OPTIES);
      expect(sql).toBe('');
      expect(diagnosen.map((d) => d.code)).toEqual([weigering]);
      expect(diagnosen[0]!.plek.regel).toBeGreaterThan(0);
      expect(diagnosen[0]!.melding).toMatch(/^niet naar SQL te vertalen: /);
    });
    return;
  }

  it('voorbeelden en willekeurige gevallen', { timeout: 60_000 + RUNS * 20 }, async () => {
    const g = laadRegeling(bestand);
    const gevallen = [...voorbeelden(bestand), ...willekeurig(bestand, RUNS)];
    const { rijen, overgeslagen } = await draai(g, gevallen);
    // cases that are no row (a wrong JSON type) are the loader's; few of the generated ones
    expect(overgeslagen).toBeLessThan(gevallen.length / 4);
    const fouten: string[] = [];
    let vergeleken = 0;
    let metFout = 0;
    let nietSql = 0;
    gevallen.forEach((x, i) => {
      const rij = rijen.get(i);
      if (!rij) return;
      vergeleken++;
      if (typeof rij.fout === 'string' && rij.fout.startsWith('niet-sql:')) nietSql++;
      const a = verwacht(g, x);
      if (!a.ok) metFout++;
      const v = verschil(g, rij, a);
      if (v.length > 0 && fouten.length < 5) fouten.push(`${JSON.stringify(x)}\n  ${v.join('\n  ')}`);
    });
    expect(fouten, fouten.join('\n')).toEqual([]);
    expect(vergeleken).toBe(gevallen.length - overgeslagen);
    // a case left to the JS path is the exception (an amount past € 10^13, a product past 38 digits), not the rule
    expect(nietSql, 'gevallen met niet-sql').toBeLessThanOrEqual(vergeleken / 20);
    // the raw cases reach the errors too, where the policy's input has a range or an eis
    const kanFout = g.invoer.some((i) => i.eisen.length > 0 || bevatVerfijning(i.type));
    if (kanFout) expect(metFout).toBeGreaterThan(0);
  });

  it('met een vaste peildatum (2026-01-01 en 2023-06-01) in plaats van een kolom', { timeout: 60_000 }, async () => {
    const g = laadRegeling(bestand);
    for (const peildatum of ['2026-01-01', '2023-06-01']) {
      const gevallen = willekeurig(bestand, 100).map((x) => ({ ...x, peildatum }));
      const { rijen } = await draai(g, gevallen, { dialect: 'duckdb', peildatum });
      const fouten = gevallen.flatMap((x, i) => (rijen.has(i) ? verschil(g, rijen.get(i)!, verwacht(g, x)).map((v) => `${JSON.stringify(x)}: ${v}`) : []));
      expect(fouten.slice(0, 5), peildatum).toEqual([]);
      expect(rijen.size).toBeGreaterThan(gevallen.length / 2);
    }
  });
});

it('elke geweigerde regeling bestaat', () => {
  for (const f of [...Object.keys(GEWEIGERD), ...Object.keys(GEWEIGERD_POSTGRES)]) expect(existsSync(join(ROOT, 'policies', f)), f).toBe(true);
});

it('de postgres-dialect weigert precies de regelingen met lijsten (RW6011) en vertaalt de rest', () => {
  for (const f of POLICIES) {
    const { sql, diagnosen } = naarSql(laadRegeling(f), { dialect: 'postgres', peildatum: '2026-01-01' });
    expect(diagnosen.map((d) => d.code), f).toEqual(GEWEIGERD_POSTGRES[f] ? [GEWEIGERD_POSTGRES[f]] : []);
    if (!GEWEIGERD_POSTGRES[f]) expect(sql, f).toContain('OFFSET 0');
  }
});
