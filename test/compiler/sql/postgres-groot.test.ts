// Large numbers on PostgreSQL. Its columns are NUMERIC (and BIGINT for a whole number), so a case can
// hold amounts and numbers DuckDB's DECIMAL(18) cannot: up to 30 whole digits here. For every
// policy inside the subset with a number input, valid cases with one number input replaced by a
// large value must give the interpreter's answer: the same outputs, or the same error, or
// `niet-sql` for the JS path (an output amount of € 10^13 or more is one: the engines refuse an
// amount a JSON number cannot hold to the cent, which SQL cannot decide). One divergence is known
// and is the only one allowed here (named): the engines write a number of more than 21 digits in a
// message with a power of ten, the SQL every digit (NUMERIC lets an input exceed the digits the
// compiler assumes, where DuckDB's DECIMAL(18) refuses the row). Any other difference fails.
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type pg from 'pg';
import { invoerArbitrary } from '../../../compiler/analysis/arbitraries.js';
import type { SqlOpties } from '../../../compiler/sql/index.js';
import { exactGetal } from '../../../runtime/getal.js';
import type { Type } from '../../../runtime/typen.js';
import { beschrijfMetPostgres } from '../../opzet/postgres-toets.js';
import { GEWEIGERD_POSTGRES, ROOT, laadRegeling, verschil, verwacht, type Geval } from './gevallen.js';
import { laadGevallen, maakGevallen, rijenVan, sqlVan } from './postgres-hulp.js';

const OPTIES: SqlOpties = { dialect: 'postgres', peildatumKolom: 'peildatum' };
const PEILDATUM = '2026-03-01';
const AANTAL = 400;
const POLICIES = readdirSync(join(ROOT, 'policies')).filter((f) => f.endsWith('.regel') && !GEWEIGERD_POSTGRES[f]).sort();

function kern(t: Type): Type {
  return t.soort === 'leegbaar' ? t.type : t;
}

/** A large value of the input's number kind, as exact decimal text (whole numbers within BIGINT). */
function grootArb(t: Type): fc.Arbitrary<string> {
  const k = kern(t);
  const geheel = k.soort === 'getal' && k.geheel;
  const teken = fc.constantFrom('', '', '', '-');
  if (geheel) {
    return fc.tuple(teken, fc.bigInt({ min: 10n ** 12n, max: 9223372036854775807n })).map(([s, n]) => `${s}${n}`);
  }
  const decimalen = k.soort === 'bedrag' ? 2 : 6;
  return fc.tuple(teken, fc.integer({ min: 13, max: 30 }), fc.integer({ min: 0, max: decimalen }), fc.nat())
    .chain(([s, cijfers, d, zaad]) => fc.constant(`${s}${maakCijfers(cijfers, zaad)}${d > 0 ? `.${maakCijfers(d, zaad + 1).padStart(d, '0')}` : ''}`));
}

/** `n` digits (no leading zero) from a seed. */
function maakCijfers(n: number, zaad: number): string {
  let x = zaad >>> 0;
  let uit = '';
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    uit += String(i === 0 ? 1 + ((x >>> 16) % 9) : (x >>> 16) % 10);
  }
  return uit;
}

/** The known divergence (see the header), by the engine's message and the SQL's. */
function bekend(a: ReturnType<typeof verwacht>, sqlFout: unknown): boolean {
  if (a.ok) return false;
  return typeof sqlFout === 'string' && a.melding.includes('·10^') && /\d{22,}/.test(sqlFout)
    && a.melding.split(/-?\d[\d,]*·10\^\d+/).join('#') === sqlFout.split(/-?\d{22,}(?:,\d+)?/).join('#');
}

beschrijfMetPostgres('grote getallen op PostgreSQL', 1, (clusters) => {
  let client: pg.Client;
  beforeAll(async () => {
    client = await clusters()[0]!.verbind();
  });

  for (const bestand of POLICIES) {
    it(`${bestand}: een invoergetal tot 30 cijfers geeft het antwoord van de interpreter`, async () => {
      const g = laadRegeling(bestand);
      const getallen = g.invoer.filter((i) => ['getal', 'bedrag', 'percentage'].includes(kern(i.type).soort));
      if (getallen.length === 0) return;
      const arb = fc.tuple(invoerArbitrary(g, { peildatum: PEILDATUM }), fc.constantFrom(...getallen))
        .chain(([x, i]) => grootArb(i.type).map((w): Geval => ({ invoer: { ...x, [i.naam]: exactGetal(w) }, peildatum: PEILDATUM })));
      const gevallen = fc.sample(arb, AANTAL);
      await maakGevallen(client, g, OPTIES, `${bestand}/groot`);
      const overgeslagen = await laadGevallen(client, g, OPTIES, gevallen);
      expect(overgeslagen).toBe(0);
      const rijen = new Map((await rijenVan(client, sqlVan(g, OPTIES))).map((r) => [Number(r.id), r]));
      const fouten: string[] = [];
      gevallen.forEach((x, i) => {
        const rij = rijen.get(i)!;
        const a = verwacht(g, x);
        if (bekend(a, rij.fout)) return;
        const v = verschil(g, rij, a);
        if (v.length > 0 && fouten.length < 5) fouten.push(`${JSON.stringify(x.invoer, (_k, y: unknown) => (typeof y === 'object' && y !== null && 'decimaal' in y ? (y as { decimaal: string }).decimaal : y))}\n  ${v.join('\n  ')}`);
      });
      expect(fouten, fouten.join('\n')).toEqual([]);
    });
  }
});
