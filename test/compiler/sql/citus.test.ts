// The Citus route, without Citus: Citus spreads a table over nodes by its distribution column
// (`create_distributed_table('gevallen', 'id')`) and runs a query on every shard. That gives the
// one-cluster answer only because the SQL of a policy evaluates every case on its own row. Here the
// cases are split over TWO PostgreSQL clusters (any split by id: the property draws them), the same
// SQL text runs unchanged on each, and the union of their rows equals one cluster's rows; the
// partial sums per group (count, errors, the sum of an amount, as `--groepeer` reports them)
// combine by adding into the one cluster's totals, as Citus's coordinator combines them.
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import type pg from 'pg';
import type { SqlOpties } from '../../../compiler/sql/index.js';
import type { Gecontroleerd } from '../../../language/checker.js';
import { gelijk, plus, schrijfDecimaal, vanDecimaleTekst, type Getal } from '../../../runtime/getal.js';
import { beschrijfMetPostgres } from '../../opzet/postgres-toets.js';
import { type Geval, laadRegeling, voorbeelden, willekeurig } from './gevallen.js';
import { laadGevallen, maakGevallen, rijenVan, sqlNaam, sqlVan, zonderPuntkomma } from './postgres-hulp.js';

const OPTIES: SqlOpties = { dialect: 'postgres', peildatumKolom: 'peildatum' };
const REGIOS = ['Noord', 'Oost', 'Zuid', 'West', "'s-Hertogenbosch"] as const;
/** The grouping column: not an input of the policy, a column of `gevallen` the SELECT passes through. */
const GROEP = 'regio';

/** Policies with a number output (an amount, a count), and that output: summed per group. */
const POPULATIES = [
  { bestand: 'minimumjeugdloon.regel', getal: 'uurloon' },
  { bestand: 'schijnzelfstandigheid.regel', getal: 'gezagsindicaties' },
] as const;

beschrijfMetPostgres('de Citus-route: dezelfde SQL op twee clusters, verdeeld op id', 2, (clusters) => {
  for (const p of POPULATIES) {
    let g: Gecontroleerd;
    let select: string;
    let gevallen: Geval[];
    /** The ids of the cases that are rows (the loader leaves out a case no column can hold). */
    let ids: number[];
    let heel: pg.Client;
    let delen: pg.Client[];

    /** A table `gevallen` with the grouping column, in a new schema on this client. */
    async function tabel(c: pg.Client, schema: string): Promise<void> {
      await maakGevallen(c, g, OPTIES, schema);
      await c.query(`ALTER TABLE gevallen ADD COLUMN ${sqlNaam(GROEP)} TEXT`);
    }

    /** Loads the cases with these ids, each with its region (by id, so the same on every cluster). */
    async function laad(c: pg.Client, welke: readonly number[]): Promise<void> {
      await laadGevallen(c, g, OPTIES, welke.map((i) => gevallen[i]!), welke);
      const regios = `ARRAY[${REGIOS.map((r) => `'${r.replace(/'/g, "''")}'`).join(', ')}]`;
      await c.query(`UPDATE gevallen SET ${sqlNaam(GROEP)} = (${regios})[id % ${REGIOS.length} + 1]`);
    }

    beforeAll(async () => {
      g = laadRegeling(p.bestand);
      select = sqlVan(g, OPTIES);
      gevallen = [...voorbeelden(p.bestand), ...willekeurig(p.bestand, 1200)];
      const [a, b] = clusters();
      heel = await a!.verbind();
      await tabel(heel, `${p.bestand}/heel`);
      await laad(heel, gevallen.map((_, i) => i));
      ids = (await heel.query<{ id: string }>('SELECT id FROM gevallen ORDER BY id')).rows.map((r) => Number(r.id));
      delen = [await a!.verbind(), await b!.verbind()];
      for (const d of delen) await tabel(d, `${p.bestand}/deel`);
    });

    /** Spreads the cases over the two clusters: the i-th row to cluster `naar[i]`. */
    async function verdeel(naar: readonly number[]): Promise<void> {
      for (const [k, d] of delen.entries()) {
        await d.query('TRUNCATE gevallen');
        await laad(d, ids.filter((_, i) => naar[i] === k));
      }
    }

    it(`${p.bestand}: de rijen van beide clusters samen zijn die van één cluster, bij elke verdeling`, async () => {
      const verwacht = await rijenVan(heel, select);
      expect(verwacht.length).toBe(ids.length);
      // not a trivial population: some cases fail, some have the number, some do not
      expect(verwacht.some((r) => r.fout !== null)).toBe(true);
      expect(verwacht.some((r) => r[p.getal] !== null)).toBe(true);
      const verdeling = fc.oneof(
        fc.array(fc.integer({ min: 0, max: 1 }), { minLength: ids.length, maxLength: ids.length }),
        // all on one cluster: the other runs the same SQL on an empty table
        fc.constantFrom(0, 1).map((k) => new Array<number>(ids.length).fill(k)),
        // as Citus: by a hash of id
        fc.integer().map((zout) => ids.map((id) => Math.imul(id ^ zout, 0x9e3779b1) >>> 31)),
      );
      await fc.assert(fc.asyncProperty(verdeling, async (naar) => {
        await verdeel(naar);
        const [r0, r1] = await Promise.all(delen.map((d) => rijenVan(d, select)));
        expect(r0!.length + r1!.length).toBe(ids.length);
        expect([...r0!, ...r1!].sort((x, y) => Number(x.id) - Number(y.id))).toEqual(verwacht);
      }), { numRuns: 6 });
      // The check can fail: a query that reads other cases (here the population's size per row)
      // gives another answer per shard than on one cluster.
      const kruis = `SELECT u.*, count(*) OVER () AS aantal FROM (${zonderPuntkomma(select)}) AS u`;
      await verdeel(ids.map((id) => id % 2));
      const gesplitst = (await Promise.all(delen.map((d) => rijenVan(d, kruis)))).flat().sort((x, y) => Number(x.id) - Number(y.id));
      expect(gesplitst).not.toEqual(await rijenVan(heel, kruis));
    });

    it(`${p.bestand}: de deelsommen per ${GROEP} tellen op tot de totalen van één cluster`, async () => {
      const groepeer = `SELECT ${sqlNaam(GROEP)} AS groep, count(*) AS gevallen, count(fout) AS fouten, `
        + `count(${sqlNaam(p.getal)}) AS met_getal, sum(${sqlNaam(p.getal)}) AS som `
        + `FROM (${zonderPuntkomma(select)}) AS uitkomst GROUP BY ${sqlNaam(GROEP)}`;
      const verwacht = totalen([(await heel.query<Deelsom>(groepeer)).rows]);
      expect(verwacht.size).toBe(REGIOS.length);
      await verdeel(ids.map((id) => id % 2));
      const partjes = await Promise.all(delen.map(async (d) => (await d.query<Deelsom>(groepeer)).rows));
      const gecombineerd = totalen(partjes);
      expect([...gecombineerd.keys()].sort()).toEqual([...verwacht.keys()].sort());
      for (const [groep, t] of verwacht) {
        const c = gecombineerd.get(groep)!;
        expect({ groep, gevallen: c.gevallen, fouten: c.fouten, metGetal: c.metGetal }).toEqual({ groep, gevallen: t.gevallen, fouten: t.fouten, metGetal: t.metGetal });
        expect(gelijk(c.som, t.som), `${groep}: ${schrijfDecimaal(c.som)} tegen ${schrijfDecimaal(t.som)}`).toBe(true);
      }
      // and the totals are the sums over the rows themselves: the groups miss no case
      const rijen = await rijenVan(heel, select);
      const som = rijen.reduce((s, r) => (r[p.getal] === null ? s : plus(s, decimaal(r[p.getal]))), decimaal('0'));
      expect(schrijfDecimaal([...verwacht.values()].reduce((s, t) => plus(s, t.som), decimaal('0')))).toBe(schrijfDecimaal(som));
      expect([...verwacht.values()].reduce((n, t) => n + t.gevallen, 0n)).toBe(BigInt(ids.length));
    });
  }
});

/** One group's partial sums from one cluster, as PostgreSQL sends them (BIGINT and NUMERIC as text). */
interface Deelsom {
  readonly groep: string;
  readonly gevallen: string;
  readonly fouten: string;
  readonly met_getal: string;
  readonly som: string | null;
}

interface Totaal {
  readonly gevallen: bigint;
  readonly fouten: bigint;
  readonly metGetal: bigint;
  readonly som: Getal;
}

/** The partial sums of every cluster combined per group: counts and sums add (a sum over no rows is NULL, i.e. 0). */
function totalen(partjes: readonly (readonly Deelsom[])[]): Map<string, Totaal> {
  const uit = new Map<string, Totaal>();
  for (const rij of partjes.flat()) {
    const t = uit.get(rij.groep) ?? { gevallen: 0n, fouten: 0n, metGetal: 0n, som: decimaal('0') };
    uit.set(rij.groep, {
      gevallen: t.gevallen + BigInt(rij.gevallen),
      fouten: t.fouten + BigInt(rij.fouten),
      metGetal: t.metGetal + BigInt(rij.met_getal),
      som: rij.som === null ? t.som : plus(t.som, decimaal(rij.som)),
    });
  }
  return uit;
}

function decimaal(x: unknown): Getal {
  const g = typeof x === 'string' ? vanDecimaleTekst(x) : null;
  if (g === null) throw new Error(`geen exact decimaal getal: ${String(x)}`);
  return g;
}
