// Lists in the fast path: `aantal`, `som`, `eerste`, `laatste`, `minimum` and `maximum` of a list
// or a tuple, and `a + b + c ...` of lists into one new list.
import type * as A from '../../../language/ast.js';
import { ingebouwdVariant } from '../../../language/ingebouwd.js';
import { zonderLeeg } from '../../../runtime/typen.js';
import { eigenschap } from '../ts-code.js';
import { type Scope, type Vorm, type W, BODEM, VEILIG, nee, num, tsElement, verenig } from './vorm.js';
import type { Schrijver } from './schrijver.js';

/** `a + b + c ...` on lists: the operands left to right, their elements pushed onto one new list (no list per step). */
export function lijstSom(sn: Schrijver, ex: (e: A.Expr, s: Scope) => W, e: A.Expr, delen: readonly A.Expr[], s: Scope): W {
  const ws = delen.map((x) => ex(x, s));
  const v = ws.reduce<Vorm>((a, w) => verenig(a, w.v), BODEM);
  if (v.kind !== 'lijst' || ws.some((w) => w.v.kind !== 'lijst' && w.v.kind !== 'bodem')) return nee('lijst + lijst');
  const t = sn.tmp();
  sn.emit(`const ${t}: ${tsElement(sn.type(e))}[] = [];`);
  for (const w of ws) {
    const x = sn.zet(w.c, w.v, v, false, sn.type(e));
    const i = sn.tmp();
    sn.emit(`for (let ${i} = 0; ${i} < ${x}.length; ${i}++) ${t}.push(${x}[${i}]!);`);
  }
  return { c: t, v };
}

/** `aantal`, `som`, `eerste`, `laatste`, `minimum` or `maximum` of a list, or of a tuple (minimum, maximum). */
export function lijstOp(sn: Schrijver, ex: (e: A.Expr, s: Scope) => W, e: A.Expr & { kind: 'LijstOp' }, s: Scope): W {
  const soort = zonderLeeg(sn.type(e)).soort;
  const veld = veldVanLijst(sn, ex, e, s);
  if (veld) return veld;
  if (e.arg.kind === 'Tupel') {
    const leden = e.arg.leden.map((x) => ex(x, s));
    if (e.op !== 'minimum' && e.op !== 'maximum') return nee(`${e.op} van een tupel`);
    if (leden.length === 0) return nee('leeg tupel');
    const v = leden.reduce<Vorm>((x, w) => verenig(x, w.v), BODEM);
    if (soort !== 'datum' && v.kind !== 'num') return nee(`${e.op} van ${soort}`);
    const codes = leden.map((w) => (v.kind === 'num' ? sn.schaal(w, v.s) : w.c));
    const t = sn.tmp();
    sn.emit(`let ${t} = ${codes[0]};`);
    for (const c of codes.slice(1)) sn.emit(`if (${c} ${e.op === 'minimum' ? '<' : '>'} ${t}) ${t} = ${c};`);
    return { c: t, v };
  }
  const l = ex(e.arg, s);
  if (l.v.kind !== 'lijst' && l.v.kind !== 'bodem') return nee(`${e.op} van iets anders dan een lijst`);
  const el = l.v.kind === 'lijst' ? l.v.el : BODEM;
  const variant = ingebouwdVariant(sn.g.ingebouwden, e);
  switch (variant) {
    case 'aantal': return sn.vast(`${l.c}.length`, num(0));
    case 'som getal': case 'som bedrag': case 'som percentage': {
      const v = el.kind === 'bodem' ? num(soort === 'bedrag' ? 2 : 0) : el;
      if (v.kind !== 'num') return nee('som van iets anders dan getallen');
      const t = sn.tmp();
      const i = sn.tmp();
      sn.emit(`let ${t} = 0;`);
      sn.emit(`for (let ${i} = 0; ${i} < ${l.c}.length; ${i}++) {`);
      sn.emit(`  ${t} += ${l.c}[${i}]!;`);
      sn.emit(`  if (!(${t} <= ${VEILIG} && ${t} >= -${VEILIG})) return undefined;`);
      sn.emit('}');
      return { c: t, v };
    }
    case 'eerste':
      sn.bail(`${l.c}.length === 0`);
      return sn.vast(`${l.c}[0]!`, el);
    case 'laatste':
      sn.bail(`${l.c}.length === 0`);
      return sn.vast(`${l.c}[${l.c}.length - 1]!`, el);
    case 'minimum getal': case 'minimum bedrag': case 'minimum percentage': case 'minimum datum': case 'minimum duur':
    case 'maximum getal': case 'maximum bedrag': case 'maximum percentage': case 'maximum datum': case 'maximum duur': {
      if (soort !== 'datum' && el.kind !== 'num') return nee(`${e.op} van ${soort}`);
      sn.bail(`${l.c}.length === 0`);
      const t = sn.tmp();
      const i = sn.tmp();
      sn.emit(`let ${t} = ${l.c}[0]!;`);
      sn.emit(`for (let ${i} = 1; ${i} < ${l.c}.length; ${i}++) if (${l.c}[${i}]! ${e.op === 'minimum' ? '<' : '>'} ${t}) ${t} = ${l.c}[${i}]!;`);
      return { c: t, v: el };
    }
    default: {
      const _never: never = variant;
      return nee(`lijstoperatie ${String(_never)}`);
    }
  }
}

/**
 * `aantal`, `eerste` or `laatste` of a field of a list of records (`eerste van keten.begin`):
 * read from the list itself, without first building the list of that field (which has no
 * bails of its own, so the cases handled are the same); null for anything else.
 */
function veldVanLijst(sn: Schrijver, ex: (e: A.Expr, s: Scope) => W, e: A.Expr & { kind: 'LijstOp' }, s: Scope): W | null {
  const a = e.arg;
  if (a.kind !== 'Veld' || zonderLeeg(sn.type(a.object)).soort !== 'lijst') return null;
  const variant = ingebouwdVariant(sn.g.ingebouwden, e);
  if (variant !== 'aantal' && variant !== 'eerste' && variant !== 'laatste') return null;
  const l = ex(a.object, s);
  if (l.v.kind === 'bodem' || (l.v.kind === 'lijst' && l.v.el.kind === 'bodem')) {
    if (variant === 'aantal') return sn.vast(`${l.c}.length`, num(0));
    sn.bail(`${l.c}.length === 0`);
    return sn.vast(`${l.c}[0]!`, BODEM);
  }
  if (l.v.kind !== 'lijst' || l.v.el.kind !== 'rec') return nee('veld van een lijst zonder records');
  const v = l.v.el.v.get(a.veld) ?? nee(`veld ${a.veld}`);
  if (variant === 'aantal') return sn.vast(`${l.c}.length`, num(0));
  sn.bail(`${l.c}.length === 0`);
  return sn.vast(eigenschap(variant === 'eerste' ? `${l.c}[0]!` : `${l.c}[${l.c}.length - 1]!`, a.veld), v);
}
