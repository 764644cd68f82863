// Rules in the fast path: each reachable rule once, as a local of the function, in dependency
// order; its exceptions (two that apply must agree, else not handled), its `indien`, its base
// value or decision table, and its declared range.
import type * as A from '../../../language/ast.js';
import type { Type } from '../../../runtime/typen.js';
import { TABEL_DEEL, gebruikersId, gelijkheid, js } from '../ts-code.js';
import { type Scope, type Vorm, type W, BODEM, nee, tsType, verenig } from './vorm.js';
import type { Expressies } from './expressies.js';
import { bereikRegel } from './invoer.js';
import { heeftBoom, nakomelingen } from '../../../language/uitzonderingen.js';

/**
 * Rule `naam` as a local of the function: its exceptions' conditions, each exception's value in
 * its branch, the base (its `indien`, its value or table) only when none applies, then its range.
 * With `keuze` (a rule in the decision path) a local of that name counts what decided it: 0 the
 * base, 1 + i exception i, 1 + (exceptions) + j row j of its table (see snel/pad.ts).
 */
export function regel(sn: Expressies, naam: string, keuze: string | null = null): void {
  const r = sn.g.regels.get(naam)!;
  const d = r.decl;
  const id = gebruikersId('r', naam);
  const leeg = r.type.soort === 'leegbaar';
  const s: Scope = new Map();
  sn.emit(`// regel ${js(naam)}`);
  // An exception tree (`op`): every condition first, into a local, and an exception applies only
  // when none of its (transitive) exceptions does. Without one, condition and value in turn.
  const boom = heeftBoom(d.uitzonderingen);
  const voorwaarden = boom ? d.uitzonderingen.map((u) => {
    const x = sn.tmp();
    sn.emit(`const ${x} = ${sn.ex(u.voorwaarde, s).c};`);
    return x;
  }) : [];
  const na = boom ? nakomelingen(d.uitzonderingen) : [];
  const uitz = d.uitzonderingen.map((u, i) => {
    const c = boom ? { c: [voorwaarden[i]!, ...na[i]!.map((j) => `!${voorwaarden[j]!}`)].join(' && ') } : sn.ex(u.voorwaarde, s);
    const b = sn.blok(() => sn.ex(u.waarde, s));
    return { c, b, e: u.waarde };
  });
  // The base is evaluated only when no exception applies; its lines go into that branch.
  const basis = sn.blok(() => {
    if (d.indien) sn.bail(`!${sn.ex(d.indien, s).c}`);
    return d.waarde.kind === 'Tabel' ? tabel(sn, d.waarde, s, r.type, leeg, keuze === null ? null : { c: keuze, vanaf: 1 + uitz.length }) : sn.ex(d.waarde, s);
  });
  if (keuze !== null) sn.emit(`let ${keuze} = 0;`);
  const v = [...uitz.map((u) => u.b.w.v), basis.w.v].reduce<Vorm>((a, x) => verenig(a, x), BODEM);
  sn.emit(`let ${id}: ${tsType(r.type)} | undefined;`);
  if (uitz.length > 0) {
    const k = sn.tmp();
    sn.emit(`let ${k} = false;`);
    for (const u of uitz) {
      const code = sn.verder(u.b.regels, () => sn.zet(u.b.w.c, u.b.w.v, v, leeg || sn.kanLeeg(u.e), r.type));
      sn.emit(`if (${u.c.c}) {`);
      sn.plaats(u.b.regels);
      // Two exceptions that apply: the same simple value is fine (the first decides, as in
      // the exact path); a different value is a conflict, a compound one the exact path decides.
      // Compared widened (see gelijkheid): after constant conditions TypeScript narrows the
      // value an earlier exception gave to its literal, which would not overlap this one.
      const breed = `${tsType(r.type)} | undefined`;
      sn.emit(`  if (${k}) {`);
      if (v.kind === 'duur') {
        // as declared consts: the tests on null then narrow them for the parts
        const [x, y] = [sn.tmp(), sn.tmp()];
        sn.emit(`    const ${x} = ${id} as ${tsType(r.type)};`);
        sn.emit(`    const ${y} = ${code} as ${tsType(r.type)};`);
        const delen = `${gelijkheid(`${x}.maanden`, `${y}.maanden`, 'number')} && ${gelijkheid(`${x}.dagen`, `${y}.dagen`, 'number')}`;
        sn.emit(`    if (!(${x} === ${y} || (${x} !== null && ${y} !== null && ${delen}))) return undefined;`);
      } else {
        const zelfde = v.kind === 'num' || v.kind === 'prim' || v.kind === 'bodem' ? gelijkheid(id, code, breed) : 'false';
        sn.emit(`    if (!(${zelfde})) return undefined;`);
      }
      sn.emit('  } else {');
      sn.emit(`    ${k} = true;`);
      if (keuze !== null) sn.emit(`    ${keuze} = ${1 + uitz.indexOf(u)};`);
      sn.emit(`    ${id} = ${code};`);
      sn.emit('  }');
      sn.emit('}');
    }
    sn.emit(`if (!${k}) {`);
  } else sn.emit('{');
  const code = sn.verder(basis.regels, () => sn.zet(basis.w.c, basis.w.v, v, leeg || sn.kanLeeg(d.waarde), r.type));
  sn.plaats(basis.regels);
  sn.emit(`  ${id} = ${code};`);
  sn.emit('}');
  const w = { c: `${id}!`, v };
  bereikRegel(sn, w, r.type, leeg);
  sn.regelW.set(naam, w);
}

/**
 * A decision table, the same shape as the exact path: a labelled block in which each row's
 * condition is tested in turn (`eerste`), or every condition first with exactly one allowed
 * (`uniek`). No matching row (leeg) or two (a conflict) is "not handled": the exact path then
 * gives the error. With `keuze`, the local `keuze.c` is set to `keuze.vanaf` + the row's index.
 */
export function tabel(sn: Expressies, t: A.Expr & { kind: 'Tabel' }, s: Scope, type: Type, leeg: boolean, keuze: { readonly c: string; readonly vanaf: number } | null = null): W {
  // evalueerSnel is one function, and TypeScript stops analysing a very large one (TS2563)
  if (t.rijen.length > TABEL_DEEL) nee(`een tabel van meer dan ${TABEL_DEEL} rijen`);
  const uitkomsten = t.rijen.map((r) => sn.blok(() => sn.ex(r.uitvoer, s)));
  const v = uitkomsten.reduce<Vorm>((a, u) => verenig(a, u.w.v), BODEM);
  const id = sn.tmp();
  const label = sn.tmp();
  sn.emit(`let ${id}: ${tsType(type)} | undefined;`);
  const kies = (i: number): void => {
    const u = uitkomsten[i]!;
    const code = sn.verder(u.regels, () => sn.zet(u.w.c, u.w.v, v, leeg || sn.kanLeeg(t.rijen[i]!.uitvoer), type));
    sn.plaats(u.regels);
    sn.emit(`  ${id} = ${code};`);
    if (keuze !== null) sn.emit(`  ${keuze.c} = ${keuze.vanaf + i};`);
    sn.emit(`  break ${label};`);
  };
  if (t.beleid === 'uniek') {
    // a count of flat `if`s, not one long sum: thousands of rows must not nest
    const treffers = sn.tmp();
    sn.emit(`let ${treffers} = 0;`);
    const c = t.rijen.map((r) => {
      const x = sn.tmp();
      sn.emit(`const ${x} = ${sn.ex(r.voorwaarde, s).c};`);
      sn.emit(`if (${x}) ${treffers}++;`);
      return x;
    });
    sn.bail(`${treffers} !== 1`);
    sn.emit(`${label}: {`);
    c.forEach((x, i) => {
      sn.emit(`if (${x}) {`);
      kies(i);
      sn.emit('}');
    });
  } else {
    sn.emit(`${label}: {`);
    t.rijen.forEach((r, i) => {
      const c = sn.ex(r.voorwaarde, s).c;
      sn.emit(`if (${c}) {`);
      kies(i);
      sn.emit('}');
    });
  }
  sn.emit('return undefined;');
  sn.emit('}');
  return { c: `${id}!`, v };
}
