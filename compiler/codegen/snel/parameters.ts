// Parameters in the fast path: a parameter row's value as constant code, and the module-level
// cache of every reachable parameter's row per peildatum (`SNEL_kies`), read by the function.
import type * as A from '../../../language/ast.js';
import type { Gecontroleerd } from '../../../language/checker.js';
import type { Type } from '../../../runtime/typen.js';
import { leesDatum } from '../../../runtime/datum.js';
import * as G from '../../../runtime/getal.js';
import { constanteGetal } from '../../../language/constante.js';
import { gebruikersId, js } from '../ts-code.js';
import { type Vorm, type W, BODEM, DUUR, PRIM, geschaald, getalCode, nee, num, tsType, verenig } from './vorm.js';

/** A parameter row's value (a literal, a choice, a constant duration) as constant code with its shape. */
export function constWaarde(g: Gecontroleerd, e: A.Expr, t: Type): { code: string; v: Vorm } {
  switch (e.kind) {
    case 'GetalLit': case 'PercentageLit': case 'BedragLit': {
      const x = geschaald(e.tekst, e.kind === 'BedragLit' ? 2 : 0);
      return { code: getalCode(x.waarde), v: num(x.s) };
    }
    case 'Negatief': {
      const a = constWaarde(g, e.arg, t);
      if (a.v.kind !== 'num') return nee('negatieve constante');
      return { code: a.code.startsWith('(') ? a.code.slice(2, -1) : `(-${a.code})`, v: a.v };
    }
    case 'DatumLit': return { code: getalCode(leesDatum(e.tekst) ?? nee('datum')), v: PRIM };
    case 'JaNeeLit': return { code: String(e.waarde), v: PRIM };
    case 'TekstLit': return { code: js(e.waarde), v: PRIM };
    case 'LeegLit': return { code: 'null', v: BODEM };
    case 'Naam': {
      const b = g.bindingen.get(e);
      if (b?.kind === 'keuzewaarde') return { code: js(b.waarde), v: PRIM };
      return nee('parameterwaarde die een naam is');
    }
    case 'DuurExpr': {
      const d = duurDelen(e);
      return { code: `{ maanden: ${d.maanden}, dagen: ${d.dagen} }`, v: DUUR };
    }
    case 'Rekensom': {
      // months and days (`7 maanden + 3 dagen`, as a parameter variant writes such a duration)
      if (e.op === '+' && e.links.kind === 'DuurExpr' && e.rechts.kind === 'DuurExpr') {
        const [a, b] = [duurDelen(e.links), duurDelen(e.rechts)];
        const [maanden, dagen] = [a.maanden + b.maanden, a.dagen + b.dagen];
        if (!Number.isSafeInteger(maanden) || !Number.isSafeInteger(dagen)) return nee('duur te groot');
        return { code: `{ maanden: ${maanden}, dagen: ${dagen} }`, v: DUUR };
      }
      // arithmetic on literals (`1 / 3`): its exact value, if it has finitely many decimals
      const c = constanteGetal(e);
      if (c.kind !== 'waarde') return nee('parameterwaarde die geen vaste getalwaarde is');
      const d = G.decimalen(c.g);
      if (d === null) return nee('parameterwaarde met oneindig veel decimalen (het exacte pad rekent met de breuk)');
      const x = geschaald(G.naarDecimaleTekst(c.g), c.eenheid === 'bedrag' ? 2 : 0);
      return { code: getalCode(x.waarde), v: num(x.s) };
    }
    default: return nee(`parameterwaarde ${e.kind}`);
  }
}

/** A constant duration (`n eenheid`, n a whole literal) as months and days. */
function duurDelen(e: A.Expr & { kind: 'DuurExpr' }): { maanden: number; dagen: number } {
  if (e.aantal.kind !== 'GetalLit') return nee('duur als parameterwaarde');
  const x = geschaald(e.aantal.tekst, 0);
  if (x.s !== 0) return nee('duur met decimalen');
  const k = x.waarde * { dagen: 1, weken: 7, maanden: 1, jaren: 12 }[e.eenheid];
  if (!Number.isSafeInteger(k)) return nee('duur te groot');
  return e.eenheid === 'dagen' || e.eenheid === 'weken' ? { maanden: 0, dagen: k } : { maanden: k, dagen: 0 };
}

/** A parameter's rows as constant code at one shape (a scale common to all rows). */
function rijenCode(g: Gecontroleerd, p: Gecontroleerd['parameters'][number]): { rijen: { r: A.ParameterRij; code: string }[]; v: Vorm } {
  const rijen = p.rijen.map((r) => ({ r, w: constWaarde(g, r.waarde, p.type) }));
  const v = rijen.reduce<Vorm>((a, x) => verenig(a, x.w.v), BODEM);
  if (v.kind === 'rec' || v.kind === 'lijst') nee('parameter met een samengestelde waarde');
  const waarde = (x: { code: string; v: Vorm }): string => {
    if (v.kind !== 'num' || x.v.kind !== 'num' || x.v.s === v.s) return x.code;
    const n = Number(x.code.replace(/[()]/g, '')) * 10 ** (v.s - x.v.s);
    if (!Number.isSafeInteger(n)) nee('parameter te groot');
    return getalCode(n);
  };
  return { rijen: rijen.map(({ r, w }) => ({ r, code: waarde(w) })), v };
}

/**
 * Module-level cache of parameter rows per peildatum; `SNEL_kies` fills it. A parameter read with
 * `P op D` (in `opNamen`) also gets a function of the day D that gives its row's value, or
 * undefined where the table has no row (the exact path then gives the error).
 */
export function parameterCode(g: Gecontroleerd, namen: ReadonlySet<string>, paramW: Map<string, W>, opNamen: ReadonlySet<string> = new Set(), paramOp: Map<string, W> = new Map()): string {
  const decl: string[] = [];
  const kies: string[] = [];
  const op: string[] = [];
  for (const p of g.parameters) {
    if (opNamen.has(p.naam)) {
      const { rijen, v } = rijenCode(g, p);
      const f = gebruikersId('spo', p.naam);
      paramOp.set(p.naam, { c: f, v });
      op.push(`/** parameter ${js(p.naam)} op dag d */`, `function ${f}(d: number): ${tsType(p.type)} | undefined {`);
      let sluit = false;
      for (let i = rijen.length - 1; i >= 0 && !sluit; i--) {
        const { r, code } = rijen[i]!;
        const tot = r.tot ? `if (d > ${getalCode(leesDatum(r.tot) ?? nee('datum'))}) return undefined; ` : '';
        if (r.vanaf === null) sluit = true;
        op.push(r.vanaf === null ? `  { ${tot}return ${code}; }` : `  if (d >= ${getalCode(leesDatum(r.vanaf) ?? nee('datum'))}) { ${tot}return ${code}; }`);
      }
      if (!sluit) op.push('  return undefined;');
      op.push('}');
    }
    if (!namen.has(p.naam)) continue;
    const id = gebruikersId('sp', p.naam);
    const { rijen, v } = rijenCode(g, p);
    decl.push(`let ${id}: ${tsType(p.type)};`);
    paramW.set(p.naam, { c: id, v });
    kies.push(`  // parameter ${js(p.naam)}`);
    let eerste = true;
    let sluit = false;
    for (let i = rijen.length - 1; i >= 0 && !sluit; i--) {
      const { r, code } = rijen[i]!;
      const kop = r.vanaf === null ? (eerste ? '{' : 'else {') : `${eerste ? '' : 'else '}if (${js(r.vanaf)} <= peil) {`;
      if (r.vanaf === null) sluit = true;
      kies.push(`  ${kop}`);
      if (r.tot) kies.push(`    if (peil > ${js(r.tot)}) return false;`);
      kies.push(`    ${id} = ${code};`);
      kies.push('  }');
      eerste = false;
    }
    if (!sluit) kies.push(rijen.length === 0 ? '  return false;' : '  else return false;');
  }
  return [
    ...decl,
    `let SNEL_peil = '';`,
    `let SNEL_ok = false;`,
    `/** The rows of the parameters for \`peil\` (a valid date); false when one has no row (the exact path says why). */`,
    `function SNEL_kies(peil: string): boolean {`,
    ...kies,
    '  return true;',
    '}',
    ...op,
  ].join('\n');
}
