// Parameters in SQL: a dated table as a CASE on the peildatum (or, with a fixed peildatum, the
// row chosen here), with the engines' error when no row is in force (before the first `vanaf`,
// after a row's `tot`); `P op D` as the same CASE on another date. A parameter's rows must be
// constants (they are in every shipped policy); anything else is refused.
import type * as A from '../../language/ast.js';
import type { Gecontroleerd, ParameterInfo } from '../../language/checker.js';
import type { Dialect } from './dialect.js';
import { Expressies, type Namen } from './expressies.js';
import { type S, type Vorm, buiten, nul, tekst } from './waarde.js';
import { schaal } from './getallen.js';

interface Rij {
  readonly vanaf: string | null;
  readonly tot: string | null;
  readonly w: S;
}

export class ParameterKeuze {
  private readonly rijen = new Map<string, { rijen: readonly Rij[]; vorm: Vorm }>();

  /** `vast`: the fixed peildatum, or null when it is a column (`pd`). */
  constructor(private readonly g: Gecontroleerd, private readonly d: Dialect, private readonly pd: S, private readonly vast: string | null) {}

  private info(naam: string, plek: A.Plek): ParameterInfo {
    return this.g.parameters.find((p) => p.naam === naam) ?? buiten('RW6001', `parameter '${naam}'`, plek);
  }

  /** The rows of a parameter as constant values at one scale. */
  private tabel(naam: string, plek: A.Plek): { rijen: readonly Rij[]; vorm: Vorm } {
    const klaar = this.rijen.get(naam);
    if (klaar) return klaar;
    const p = this.info(naam, plek);
    const constant: Namen = {
      invoer: (_n, pl) => buiten('RW6001', `een parameterrij van '${naam}' die niet constant is`, pl),
      regel: (_n, pl) => buiten('RW6001', `een parameterrij van '${naam}' die niet constant is`, pl),
      parameter: (_n, pl) => buiten('RW6001', `een parameterrij van '${naam}' die een andere parameter noemt`, pl),
      parameterOp: (_n, _d, pl) => buiten('RW6001', `een parameterrij van '${naam}' die een andere parameter noemt`, pl),
      peildatum: this.pd,
      regeling: (e) => buiten('RW6001', `een parameterrij van '${naam}' die een regeling aanroept`, e.plek),
    };
    const x = new Expressies(this.g, this.d, constant, null);
    const ws = p.rijen.map((r) => ({ r, w: x.ex(r.waarde, new Map()) }));
    if (ws.some(({ w }) => w.f !== null)) buiten('RW6001', `een parameterrij van '${naam}' die niet constant is`, p.decl.plek);
    let vorm = ws[0]!.w.vorm;
    for (const { w } of ws.slice(1)) vorm = x.verenig({ v: 'NULL', f: null, vorm }, w, p.decl.plek)[2];
    if (vorm.kind === 'rec' || vorm.kind === 'lijst') buiten('RW6004', `parameter '${naam}' van een samengesteld type`, p.decl.plek);
    const rijen = ws.map(({ r, w }) => ({
      vanaf: r.vanaf, tot: r.tot,
      w: { ...w, v: vorm.kind === 'num' && w.vorm.kind === 'num' ? schaal(this.d, w.v, w.vorm.s, vorm.s) : w.v, vorm },
    }));
    const t = { rijen, vorm };
    this.rijen.set(naam, t);
    return t;
  }

  /** The parameter's value on the peildatum. */
  waarde(naam: string, plek: A.Plek): S {
    return this.op(naam, this.pd, plek, this.vast);
  }

  /** The parameter's value on `datum` (a DATE in SQL); `vast`: that date when known here. */
  op(naam: string, datum: S, plek: A.Plek, vast: string | null = null): S {
    const p = this.info(naam, plek);
    const { rijen, vorm } = this.tabel(naam, plek);
    const bron = p.bron;
    const geenWaarde = (dag: string, reden: string): string =>
      `(${tekst(`ongeldige invoer bij 'peildatum': parameter '${naam}' heeft geen waarde op `)} || ${dag} || ${tekst(`: ${reden}${bron ? ` (bron: ${bron})` : ''}`)})`;
    const nietLeeg = p.type.soort !== 'leegbaar';
    if (vast !== null) {
      // the row chosen here, as kiesRij does
      for (let i = rijen.length - 1; i >= 0; i--) {
        const r = rijen[i]!;
        if (r.vanaf === null || r.vanaf <= vast) {
          if (r.tot && vast > r.tot) return { v: nul(this.d, vorm), f: geenWaarde(tekst(vast), `de rij vanaf ${r.vanaf} gold tot en met ${r.tot}`), vorm };
          return { ...r.w, nietLeeg };
        }
      }
      return { v: nul(this.d, vorm), f: geenWaarde(tekst(vast), `de tabel begint op ${rijen[0]?.vanaf ?? '?'}`), vorm };
    }
    if (rijen.every((r) => r.vanaf === null)) return { ...rijen[rijen.length - 1]!.w, nietLeeg };
    const d = datum.v;
    const dag = this.d.datumTekst(d);
    const waarden: string[] = [];
    const dagen: string[] = [];
    const fouten: string[] = [];
    for (let i = rijen.length - 1; i >= 0; i--) {
      const r = rijen[i]!;
      const hier = r.vanaf === null ? 'TRUE' : `${d} >= DATE ${tekst(r.vanaf)}`;
      if (r.tot) fouten.push(`WHEN ${hier} THEN CASE WHEN ${d} > DATE ${tekst(r.tot)} THEN ${geenWaarde(dag, `de rij vanaf ${r.vanaf} gold tot en met ${r.tot}`)} END`);
      else fouten.push(`WHEN ${hier} THEN NULL`);
      waarden.push(`WHEN ${hier} THEN ${r.w.v}`);
      if (r.w.dagen) dagen.push(`WHEN ${hier} THEN ${r.w.dagen}`);
      if (r.vanaf === null) break;
    }
    const begin = rijen[0]?.vanaf ?? '?';
    const f = `CASE ${fouten.join(' ')} ELSE ${geenWaarde(dag, `de tabel begint op ${begin}`)} END`;
    return {
      v: `CASE ${waarden.join(' ')} END`, f: datum.f ? `COALESCE(${datum.f}, ${f})` : f, vorm, nietLeeg,
      ...(vorm.kind === 'duur' ? { dagen: `CASE ${dagen.join(' ')} END` } : {}),
    };
  }

  /** SQL text of the `vanaf` of the row in force on the peildatum (`-` for an undated row), NULL when none is. */
  vanaf(naam: string): string {
    const p = this.g.parameters.find((x) => x.naam === naam)!;
    const rijen = p.rijen;
    const tekstVan = (r: (typeof rijen)[number]): string => tekst(r.vanaf ?? '-');
    if (this.vast !== null) {
      for (let i = rijen.length - 1; i >= 0; i--) {
        const r = rijen[i]!;
        if (r.vanaf === null || r.vanaf <= this.vast) return r.tot && this.vast > r.tot ? 'NULL' : tekstVan(r);
      }
      return 'NULL';
    }
    const d = this.pd.v;
    const delen: string[] = [];
    for (let i = rijen.length - 1; i >= 0; i--) {
      const r = rijen[i]!;
      const hier = r.vanaf === null ? 'TRUE' : `${d} >= DATE ${tekst(r.vanaf)}`;
      delen.push(`WHEN ${hier} THEN ${r.tot ? `CASE WHEN ${d} > DATE ${tekst(r.tot)} THEN NULL ELSE ${tekstVan(r)} END` : tekstVan(r)}`);
      if (r.vanaf === null) break;
    }
    return `CASE ${delen.join(' ')} END`;
  }
}
