// What the SQL tests share, without a database: loading a shipped policy, the cases of each
// policy (its examples, valid random cases and raw ones from the property-test generators), each
// case's input as SQL literals of its column types (written by the test itself, not by the
// compiler under test), the reference answer of the interpreter, and the comparison of a result
// row with it (every output equal as a JSON number, `fout` set exactly when the engine throws, with
// the same message unless 'niet-sql'). The DuckDB and PostgreSQL tests both use it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { laad } from '../../../language/index.js';
import type { Gecontroleerd } from '../../../language/checker.js';
import { mapLader, stdlibLader } from '../../../compiler/node/modules.js';
import { padVan } from '../../../compiler/interpreter/pad.js';
import { kiesPeildatum, voorbeeldInvoer } from '../../../compiler/interpreter/voorbeelden.js';
import { invoerArbitrary, peildatumBuitenGeldigheid, ruweInvoerArbitrary } from '../../../compiler/analysis/arbitraries.js';
import * as G from '../../../runtime/getal.js';
import { type Type } from '../../../runtime/typen.js';
import { RegelwerkFout } from '../../../runtime/fouten.js';

export const ROOT = join(import.meta.dirname, '../../..');

export function laadRegeling(bestand: string): Gecontroleerd {
  const pad = join(ROOT, 'policies', bestand);
  const r = laad(readFileSync(pad, 'utf8'), pad, stdlibLader, mapLader());
  if (!r.ok) throw new Error(`${bestand} laadt niet`);
  return r.gecontroleerd;
}

export function laadTekst(tekst: string): Gecontroleerd {
  const r = laad(tekst, 'toets.regel', stdlibLader, mapLader());
  if (!r.ok) throw new Error(r.diagnosen.map((d) => d.melding).join('\n'));
  return r.gecontroleerd;
}

export interface Geval {
  readonly invoer: Record<string, unknown>;
  readonly peildatum: string;
}

/** A case's input cannot be a row (a wrong JSON type, more decimals than the column): the loader refuses it, not the SQL. */
export class GeenRij extends Error {}

const INVOER_DECIMALEN = 6;

/** A JSON value as an SQL literal of the column type of `t` (the test's own writing). */
export function literaal(t: Type, x: unknown): string {
  if (x === null || x === undefined) {
    return 'NULL';
  }
  const k = t.soort === 'leegbaar' ? t.type : t;
  switch (k.soort) {
    case 'ja/nee':
      if (typeof x !== 'boolean') throw new GeenRij();
      return x ? 'TRUE' : 'FALSE';
    case 'getal': case 'bedrag': case 'percentage': {
      const g = typeof x === 'number' ? G.vanJsNumber(x) : G.isExactGetal(x) ? G.vanDecimaleTekst(x.decimaal) : null;
      if (!g) throw new GeenRij();
      const d = G.decimalen(g);
      const max = k.soort === 'bedrag' ? 2 : k.soort === 'getal' && k.geheel ? 0 : INVOER_DECIMALEN;
      if (d === null || d > max) throw new GeenRij();
      const tekst = G.naarDecimaleTekst(g);
      if (tekst.replace(/[-.]/g, '').length > 18) throw new GeenRij();
      return tekst;
    }
    case 'datum':
      if (typeof x !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(x)) throw new GeenRij();
      return `DATE '${x}'`;
    case 'tekst': case 'keuze':
      if (typeof x !== 'string') throw new GeenRij();
      return `'${x.replace(/'/g, "''")}'`;
    case 'lijst': {
      if (!Array.isArray(x)) throw new GeenRij();
      const el = k.element;
      if (el.soort === 'gegevens') {
        return `[${x.map((r) => {
          if (r === null) return 'NULL';
          if (typeof r !== 'object' || Array.isArray(r)) throw new GeenRij();
          const o = r as Record<string, unknown>;
          if (Object.keys(o).some((n) => !el.velden.some((v) => v.naam === n))) throw new GeenRij();
          return `{${el.velden.map((v) => `'${v.naam}': ${literaal(v.type, o[v.naam])}`).join(', ')}}`;
        }).join(', ')}]`;
      }
      return `[${x.map((y) => literaal(el, y)).join(', ')}]`;
    }
    default: throw new GeenRij();
  }
}

export type Antwoord = { readonly ok: true; readonly uitvoer: Record<string, unknown>; readonly pad: string } | { readonly ok: false; readonly melding: string };

export function verwacht(g: Gecontroleerd, x: Geval): Antwoord {
  try {
    // the interpreter's outputs and decision path in one evaluation (padVan evaluates as evalueer does)
    const { uitvoer, pad } = padVan(g, x.invoer, { peildatum: x.peildatum });
    return { ok: true, uitvoer, pad };
  } catch (f) {
    if (f instanceof RegelwerkFout) return { ok: false, melding: f.message };
    throw f;
  }
}

/** An engine's JSON value and an SQL row's (numbers as exact text, lists, records): the same? */
function zelfde(e: unknown, s: unknown): boolean {
  if (typeof e === 'number') return typeof s === 'string' && Number(s) === e;
  if (Array.isArray(e)) return Array.isArray(s) && s.length === e.length && e.every((x, i) => zelfde(x, s[i]));
  if (e !== null && typeof e === 'object') {
    if (s === null || typeof s !== 'object') return false;
    const o = s as Record<string, unknown>;
    // a duration: JSON leaves out a part that is 0, the SQL STRUCT has both
    if (Object.keys(o).sort().join() === 'dagen,maanden' && Object.keys(e).every((k) => k === 'maanden' || k === 'dagen')) {
      const u = { maanden: 0, dagen: 0, ...e };
      return zelfde(u.maanden, o.maanden) && zelfde(u.dagen, o.dagen);
    }
    return Object.keys(e).length === Object.keys(o).length && Object.entries(e).every(([k, x]) => zelfde(x, o[k]));
  }
  return e === s;
}

/** Differences between an SQL row and the engine's answer, in words (empty: equal). */
export function verschil(g: Gecontroleerd, rij: Record<string, unknown>, a: Antwoord): string[] {
  const uit: string[] = [];
  const fout = rij.fout as string | null;
  if (!a.ok) {
    if (fout === null) uit.push(`engine: fout '${a.melding}', SQL: geen fout`);
    else if (!fout.startsWith('niet-sql:') && fout !== a.melding) uit.push(`engine: '${a.melding}'\n     SQL: '${fout}'`);
    for (const u of g.uitvoer) if (rij[u.naam] !== null) uit.push(`uitvoer ${u.naam} niet leeg bij een fout`);
    return uit;
  }
  // 'niet-sql': the case is left to the JS path (the tests count how often, so it stays the exception)
  if (fout !== null) return fout.startsWith('niet-sql:') ? [] : [`engine: geen fout, SQL: '${fout}'`];
  for (const u of g.uitvoer) {
    const e = a.uitvoer[u.naam];
    const s = rij[u.naam];
    const gelijk = zelfde(e, s);
    if (!gelijk) uit.push(`uitvoer ${u.naam}: engine ${JSON.stringify(e)}, SQL ${JSON.stringify(s)}`);
  }
  if (rij.pad !== a.pad) uit.push(`pad: engine '${a.pad}', SQL '${String(rij.pad)}'`);
  return uit;
}

export const PEILDATUMS = ['2024-06-30', '2025-01-01', '2025-06-30', '2025-07-01', '2026-01-01', '2026-03-01', '2026-07-01'];

/** Policies outside the SQL subset today, with the code they are refused with. */
export const GEWEIGERD: Readonly<Record<string, string>> = {};

/** The same for the PostgreSQL dialect, which has no lists yet (RW6011). */
export const GEWEIGERD_POSTGRES: Readonly<Record<string, string>> = {
  'crisisregeling-personeelsbehoud.regel': 'RW6011',
  'basiscontract.regel': 'RW6011',
  'ketenbepaling.regel': 'RW6011',
};

export function voorbeelden(bestand: string): Geval[] {
  const g = laadRegeling(bestand);
  const uit: Geval[] = [];
  for (const v of g.voorbeelden) {
    const { invoer, opties } = voorbeeldInvoer(g, v);
    if (Object.keys(opties.parameters ?? {}).length > 0) continue;
    uit.push({ invoer, peildatum: kiesPeildatum(g, v).peildatum });
  }
  const stam = bestand.replace(/\.regel$/, '');
  for (const f of readdirSync(join(ROOT, 'policies/voorbeelden'))) {
    if (f !== `${stam}.json` && !f.startsWith(`${stam}-`)) continue;
    const inhoud = JSON.parse(readFileSync(join(ROOT, 'policies/voorbeelden', f), 'utf8')) as unknown;
    for (const invoer of Array.isArray(inhoud) ? inhoud : [inhoud]) {
      for (const peildatum of ['2026-01-01', '2026-07-01']) uit.push({ invoer: invoer as Record<string, unknown>, peildatum });
    }
  }
  return uit;
}

export function willekeurig(bestand: string, runs: number): Geval[] {
  const g = laadRegeling(bestand);
  const binnen = PEILDATUMS.filter((p) => !peildatumBuitenGeldigheid(g, p));
  const peildatum = fc.constantFrom(...(binnen.length > 0 ? binnen : PEILDATUMS));
  const geldig = peildatum.chain((p) => invoerArbitrary(g, { peildatum: p }).map((invoer) => ({ invoer, peildatum: p })));
  const ruw = fc.constantFrom(...PEILDATUMS, '2023-12-31').chain((p) => ruweInvoerArbitrary(g, { peildatum: binnen[0] ?? p }).map((invoer) => ({ invoer, peildatum: p })));
  return [...fc.sample(geldig, runs), ...fc.sample(ruw, Math.ceil(runs / 4))];
}

/**
 * Each case's SQL row against the engine: counts the cases the engine answers and those it refuses,
 * and keeps the first `max` differences, headed by `kop` (the policy's text of a random policy).
 */
export function vergelijkRijen(g: Gecontroleerd, gevallen: readonly Geval[], rijen: ReadonlyMap<number, Record<string, unknown>>, kop: string, telling: { goed: number; fouten: number }, verschillen: string[], max = 3): void {
  gevallen.forEach((x, i) => {
    const rij = rijen.get(i);
    if (!rij) return;
    const a = verwacht(g, x);
    if (a.ok) telling.goed++;
    else telling.fouten++;
    const v = verschil(g, rij, a);
    if (v.length > 0 && verschillen.length < max) verschillen.push(`${kop}\n${JSON.stringify(x)}\n  ${v.join('\n  ')}`);
  });
}
