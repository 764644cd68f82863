// A parameter variant of a checked policy (`--variant naam:parameter=waarde`): the same policy with
// the given parameters' dated rows replaced by one undated row holding the value, so that `genereer`
// writes an ordinary module whose fast path answers (options.parameters sends every case to the
// exact path). The values are read and checked as `run --parameter` reads them, with its errors.
import type * as A from '../../language/ast.js';
import type { Binding, Gecontroleerd, ParameterInfo } from '../../language/checker.js';
import type { Rekenvariant } from '../../language/operatoren.js';
import * as G from '../../runtime/getal.js';
import { schrijfDatum } from '../../runtime/datum.js';
import { RegelwerkInvoerFout } from '../../runtime/fouten.js';
import { type Type, zonderLeeg } from '../../runtime/typen.js';
import { vertaal } from '../../runtime/runtime.js';
import { type Waarde, leesParametersJson } from '../interpreter/waarde.js';

/** What a new literal needs beside its nodes: their types, a choice's binding, a sum's variant. */
interface Feiten {
  readonly typen: Map<A.Expr, Type>;
  readonly bindingen: Map<A.Expr, Binding>;
  readonly rekensommen: Map<A.Expr, Rekenvariant>;
}

/**
 * `g` with each parameter named in `waarden` holding that one value on every date (its rows
 * replaced by one undated row, bron "opgegeven voor deze variant"), the rest unchanged. `waarden`
 * is JSON as `run --parameter` and `evalueer(invoer, { parameters })` take it; an unknown
 * parameter or a value of the wrong type throws the RegelwerkInvoerFout they give
 * (`parameter naam`). An evaluation of the result equals one of `g` with those parameters.
 */
export function metParameters(g: Gecontroleerd, waarden: Readonly<Record<string, unknown>>): Gecontroleerd {
  let gelezen: Map<string, Waarde>;
  try {
    gelezen = leesParametersJson(waarden, g.parameters);
  } catch (x) {
    throw vertaal(x);
  }
  if (gelezen.size === 0) return g;
  const feiten: Feiten = { typen: new Map(g.typen), bindingen: new Map(g.bindingen), rekensommen: new Map(g.rekensommen) };
  const parameters = g.parameters.map((p): ParameterInfo => {
    const w = gelezen.get(p.naam);
    if (w === undefined) return p;
    const plek = p.rijen[0]?.plek ?? p.decl.plek;
    const rij: A.ParameterRij = { vanaf: null, tot: null, waarde: literaal(w, p.type, plek, feiten, p.naam), bron: { tekst: 'opgegeven voor deze variant', plek }, plek };
    return { ...p, rijen: [rij] };
  });
  return { ...g, parameters, typen: feiten.typen, bindingen: feiten.bindingen, rekensommen: feiten.rekensommen };
}

/** A value as the literal expression a drafter would write for it, its nodes typed in `f`. */
function literaal(w: Waarde, t: Type, plek: A.Plek, f: Feiten, naam: string): A.Expr {
  const e = knoop(w, zonderLeeg(t), plek, f, naam);
  f.typen.set(e, t);
  return e;
}

function knoop(w: Waarde, t: Type, plek: A.Plek, f: Feiten, naam: string): A.Expr {
  switch (w.kind) {
    case 'leeg': return { kind: 'LeegLit', plek };
    case 'ja/nee': return { kind: 'JaNeeLit', waarde: w.v, plek };
    case 'getal': return { kind: 'GetalLit', tekst: G.naarDecimaleTekst(w.v), plek };
    case 'bedrag': return { kind: 'BedragLit', tekst: G.naarDecimaleTekst(w.v), plek };
    case 'percentage': return { kind: 'PercentageLit', tekst: G.naarDecimaleTekst(w.v), plek };
    case 'datum': return { kind: 'DatumLit', tekst: schrijfDatum(w.v), plek };
    case 'tekst': return { kind: 'TekstLit', waarde: w.v, plek };
    case 'keuze': {
      const e: A.Expr = { kind: 'Naam', naam: w.v, plek };
      f.bindingen.set(e, { kind: 'keuzewaarde', waarde: w.v });
      return e;
    }
    case 'duur': {
      const duur = (aantal: number, eenheid: 'maanden' | 'dagen'): A.Expr => {
        const n: A.Expr = { kind: 'GetalLit', tekst: String(aantal), plek };
        f.typen.set(n, { soort: 'getal', geheel: true });
        const d: A.Expr = { kind: 'DuurExpr', aantal: n, eenheid, plek };
        f.typen.set(d, { soort: 'duur' });
        return d;
      };
      if (w.v.dagen === 0) return duur(w.v.maanden, 'maanden');
      if (w.v.maanden === 0) return duur(w.v.dagen, 'dagen');
      const som: A.Expr = { kind: 'Rekensom', op: '+', links: duur(w.v.maanden, 'maanden'), rechts: duur(w.v.dagen, 'dagen'), plek };
      f.rekensommen.set(som, 'duur+duur');
      return som;
    }
    case 'lijst': {
      if (t.soort !== 'lijst') throw new RegelwerkInvoerFout(`parameter ${naam}`, 'een lijst past niet bij het type van de parameter');
      return { kind: 'LijstLit', elementen: w.v.map((x) => literaal(x, t.element, plek, f, naam)), plek };
    }
    case 'gegevens': {
      if (t.soort !== 'gegevens') throw new RegelwerkInvoerFout(`parameter ${naam}`, 'gegevens passen niet bij het type van de parameter');
      return { kind: 'GegevensLit', velden: t.velden.map((v) => ({ naam: v.naam, waarde: literaal(w.v.get(v.naam)!, v.type, plek, f, naam), plek })), plek };
    }
    default: {
      const _never: never = w;
      throw new RegelwerkInvoerFout(`parameter ${naam}`, `interne fout: waarde ${String(_never)}`);
    }
  }
}
