// A checked policy as one SQL SELECT over a relation `gevallen` (one row per case, one column per
// input), for DuckDB and PostgreSQL: every column of `gevallen`, then one column per output, `fout`
// (the engines' error message for the case, NULL when fine) and `pad` (the decision path). A CTE
// chain computes the inputs, their validation, each rule (regels.ts) and the outputs; a construct
// outside the subset is an RW60xx diagnostic naming its clause, never a silently wrong row.
// Browser-safe: it writes text and runs nothing.
import type * as A from '../../language/ast.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { type Diagnose, diagnose } from '../../language/diagnostics.js';
import type { Code } from '../../language/catalogus.js';
import { leesDatum } from '../../runtime/datum.js';
import { type Dialect, type SqlDialect, dialect } from './dialect.js';
import { Expressies } from './expressies.js';
import { Plan } from './plan.js';
import { invoerFout, invoerWaarde, kolomType, schrijfNum } from './invoer.js';
import type { RegelKolommen } from './regels.js';
import { bereikbaar, geldigheid, maakNamen, vertaalRegels } from './regeling.js';
import { BuitenSql, type S, buiten, eerst, id, mits, tekst } from './waarde.js';
import { element } from './lijsten.js';

export type { SqlDialect };

export interface SqlOpties {
  dialect: SqlDialect;
  /** a fixed peildatum 'JJJJ-MM-DD', or the name of a DATE column of `gevallen` (exactly one of the two) */
  peildatum?: string;
  peildatumKolom?: string;
}

const GEEN_PLEK: A.Plek = { offset: 0, eind: 1, regel: 1, kolom: 1 };

/** Diagnostics (RW6xxx) when the policy is outside the SQL subset; else the SELECT. */
export function naarSql(g: Gecontroleerd, opties: SqlOpties): { sql: string; diagnosen: readonly Diagnose[] } {
  try {
    return { sql: bouw(g, opties), diagnosen: [] };
  } catch (f) {
    if (!(f instanceof BuitenSql)) throw f;
    const plek = f.plek ?? g.bestand.kop?.plek ?? GEEN_PLEK;
    return {
      sql: '',
      diagnosen: [diagnose(f.code as Code, `niet naar SQL te vertalen: ${f.reden}`, g.bestand.bestandsnaam, plek,
        'reken deze regeling met de JavaScript-engine (regelwerk bevolking --engine js), of schrijf de clausule binnen de SQL-deelverzameling (docs/sql.md)')],
    };
  }
}

/** The CREATE TABLE for `gevallen`: `id BIGINT`, one column per input, and the peildatum column if asked.
 *  Throws (with the diagnostic's message) for a policy whose names clash with those columns. */
export function gevallenTabel(g: Gecontroleerd, opties: SqlOpties): string {
  try {
    botsingen(g, opties);
    const d = dialect(opties.dialect);
    const kolommen = ['id BIGINT', ...kolomTypen(g, d).map(([naam, type]) => `${id(naam)} ${type}`)];
    if (opties.peildatumKolom !== undefined) kolommen.push(`${id(opties.peildatumKolom)} DATE`);
    return `CREATE TABLE gevallen (\n  ${kolommen.join(',\n  ')}\n)`;
  } catch (f) {
    if (f instanceof BuitenSql) throw new Error(`${f.code}: niet naar SQL te vertalen: ${f.reden}`);
    throw f;
  }
}

/** Every input's column type, also of an input no output reads: a refusal names the input. */
function kolomTypen(g: Gecontroleerd, d: Dialect): [string, string][] {
  return g.invoer.map((i) => {
    try {
      return [i.naam, kolomType(d, i.type, i.naam)];
    } catch (f) {
      if (f instanceof BuitenSql && f.plek === null) throw new BuitenSql(f.code, f.reden, i.decl.naamPlek);
      throw f;
    }
  });
}

/** The columns the query makes itself: `id` in gevallen, `fout` and `pad` in the result. */
const EIGEN_KOLOMMEN = ['id', 'fout', 'pad'];

/**
 * A name that would be two columns: an input or output called `id`, `fout` or `pad` (RW6012), or a
 * peildatum column called like an input or `id` (RW6010). An output with the name of an input is
 * allowed (its column comes after those of gevallen).
 */
function botsingen(g: Gecontroleerd, opties: SqlOpties): void {
  for (const x of [...g.invoer, ...g.uitvoer]) {
    if (EIGEN_KOLOMMEN.includes(x.naam)) {
      buiten('RW6012', `${'eisen' in x ? 'invoer' : 'uitvoer'} '${x.naam}' heeft de naam van een kolom die de SQL zelf maakt (${EIGEN_KOLOMMEN.join(', ')})`, x.decl.naamPlek);
    }
  }
  const kolom = opties.peildatumKolom;
  if (kolom !== undefined && (kolom === 'id' || g.invoer.some((i) => i.naam === kolom))) {
    buiten('RW6010', `de peildatumkolom '${kolom}' heeft de naam van ${kolom === 'id' ? 'de kolom id' : `invoer '${kolom}'`}`, null);
  }
}

function bouw(g: Gecontroleerd, opties: SqlOpties): string {
  botsingen(g, opties);
  const d = dialect(opties.dialect);
  // the table gevallenTabel writes must exist in this dialect: what it cannot write is refused here
  kolomTypen(g, d);
  if ((opties.peildatum === undefined) === (opties.peildatumKolom === undefined)) {
    buiten('RW6010', 'geef precies een van peildatum en peildatumKolom', null);
  }
  if (opties.peildatum !== undefined && leesDatum(opties.peildatum) === null) {
    buiten('RW6010', `de peildatum "${opties.peildatum}" is geen bestaande datum in de vorm JJJJ-MM-DD`, null);
  }
  const plan = new Plan();
  const pdKolom = opties.peildatumKolom !== undefined ? `"§g".${id(opties.peildatumKolom)}` : null;
  // step 0: the row of gevallen, the peildatum, the inputs as values
  plan.kolom('§geval', d.rij('"§g"'));
  const pd: S = { v: plan.kolom('pd', pdKolom ?? `DATE ${tekst(opties.peildatum!)}`), f: null, vorm: { kind: 'datum' }, nietLeeg: true };
  const invoer = new Map<string, S>();
  for (const i of g.invoer) {
    const w = invoerWaarde(d, i);
    invoer.set(i.naam, { ...w, v: plan.kolom(`i.${i.naam}`, w.v) });
  }
  plan.stap();
  const regels = new Map<string, RegelKolommen>();
  const { namen, parameters } = maakNamen(g, d, plan, invoer, pd, opties.peildatum ?? null, regels);
  // step 1: the validity of the peildatum, then the inputs as the engines validate them
  plan.kolom('f.invoer', eerst(geldigheid(g, pd), invoerFout(d, g, invoer, new Expressies(g, d, namen, null))) ?? 'CAST(NULL AS TEXT)');
  plan.stap();
  vertaalRegels(g, d, plan, namen, regels);
  const { parameters: gelezen } = bereikbaar(g);
  // the case's error: input first, then each output in order (its rule, then writing it)
  const uit = g.uitvoer.map((u) => ({ u, w: regels.get(u.naam)!.w }));
  const fouten: (string | null)[] = ['"f.invoer"'];
  for (const { u, w } of uit) {
    fouten.push(w.f);
    if (w.vorm.kind === 'num' && w.vorm.soort === 'bedrag' && w.vorm.s > 2) {
      const m = d.getal(10n ** BigInt(w.vorm.s - 2));
      fouten.push(mits(`${d.rest(w.v, m)} <> 0`, `(${tekst(`uitvoer '${u.naam}': het bedrag `)} || ${schrijfNum(d, w)} || ${tekst(" is niet afgerond op centen; schrijf 'afgerond op centen' in de regel")})`));
    }
    // The engines write an amount as a JSON number and refuse one that a double does not hold to
    // the cent. Up to € 10^13 (15 digits with the cents) every amount round-trips; above it whether
    // one does depends on the double's shortest decimal, which SQL does not compute: such a case
    // runs on the JS path, never as an amount the engines would have refused.
    if (w.vorm.kind === 'num' && w.vorm.soort === 'bedrag') {
      fouten.push(mits(`abs(${w.v}) >= ${d.getal(10n ** BigInt(13 + w.vorm.s))}`, tekst(`niet-sql: uitvoer '${u.naam}' is een bedrag van € 10.000.000.000.000 of meer; reken dit geval met de JS-engine`)));
    }
  }
  const fout = plan.kolom('§fout', eerst(...fouten) ?? 'CAST(NULL AS TEXT)');
  // the decision path: rules with a choice in declaration order, then dated parameters
  const delen: string[] = [];
  for (const decl of g.bestand.declaraties) {
    if (decl.kind !== 'Regel') continue;
    const k = regels.get(decl.naam)?.keuze;
    if (k) delen.push(`${tekst(`${decl.naam}=`)} || ${k}`);
  }
  // a parameter with no row in force is left out (reading it fails the case anyway): concat_ws skips NULL
  for (const p of g.parameters) {
    if (gelezen.has(p.naam) && p.rijen.length > 1) delen.push(`${tekst(`${p.naam}@`)} || ${parameters.vanaf(p.naam)}`);
  }
  const pad = delen.length === 0 ? "''" : `COALESCE(concat_ws('; ', ${delen.join(', ')}), '')`;
  plan.kolom('§pad', `CASE WHEN "f.invoer" IS NULL THEN ${pad} END`);
  plan.stap();
  const kolommen = [d.rijKolommen('"§geval"')];
  for (const { u, w } of uit) kolommen.push(`CASE WHEN ${fout} IS NULL THEN ${uitvoerWaarde(d, w, u.naam)} END AS ${id(u.naam)}`);
  kolommen.push(`${fout} AS "fout"`, '"§pad" AS "pad"');
  return `${plan.sql('gevallen AS "§g"', kolommen, d.omheining)}\n`;
}

/** An output as its SQL column: numbers as exact DECIMAL/NUMERIC, other values as they are. */
function uitvoerWaarde(d: Dialect, w: S, naam: string): string {
  switch (w.vorm.kind) {
    case 'num': return d.decimaal(w.v, w.vorm.s);
    case 'janee': case 'tekst': case 'datum': return w.v;
    case 'leeg': return 'NULL';
    case 'duur':
      // months and days as a STRUCT (DuckDB); JSON writes only the parts that are not 0
      if (d.naam !== 'duckdb') return buiten('RW6004', `uitvoer '${naam}' is een duur; die wordt alleen in de DuckDB-dialect geschreven`, null);
      return `{'maanden': CAST(${w.v} AS BIGINT), 'dagen': CAST(${w.dagen} AS BIGINT)}`;
    case 'lijst':
      // a list of choices is a list of texts as it is; anything else is no single column yet
      if (w.vorm.el.kind === 'tekst' && w.vorm.el.keuze) return w.v;
      if (w.vorm.el.kind === 'rec' && d.naam === 'duckdb') {
        // each record as a STRUCT of its fields as output columns write them
        const x = '"§u"';
        const el = element(w.vorm, x);
        const velden = el.vorm.kind === 'rec' ? [...el.vorm.velden] : [];
        return `list_transform(${w.v}, lambda ${x}: {${velden.map(([n, v]) => `${tekst(n)}: ${uitvoerWaarde(d, v, `${naam}.${n}`)}`).join(', ')}})`;
      }
      return buiten('RW6004', `uitvoer '${naam}' is een lijst van ${w.vorm.el.kind}`, null);
    case 'rec': return buiten('RW6004', `uitvoer '${naam}' is een record; SQL geeft per uitvoer een enkele waarde`, null);
    default: {
      const _never: never = w.vorm;
      return _never;
    }
  }
}

