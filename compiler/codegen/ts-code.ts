// What both generators (codegen.ts, the exact path, and snel.ts, the fast path) write the same
// way: texts and names in generated code, object keys and property reads, equality that TypeScript
// cannot narrow into an error, and the TypeScript type of the JSON contract (Invoer, Uitvoer,
// Parameters). One definition each, so the two paths cannot
// drift apart, and one place to review at the security boundary.
//
// Generated code is a security boundary: every text from a policy reaches it through `js`, every
// key or field name through `sleutel` or `eigenschap`, and every name a drafter declared through
// `gebruikersId`. A drafter's name never contains `$`, so a mangled name (`r$ib$ondernemer`)
// cannot equal a name the generator chooses (those have no `$`: K1, v1, rt, c, INVOER, ...), nor
// a mangled name of another kind, nor a JS reserved word.
import type * as A from '../../language/ast.js';
import type { Gecontroleerd } from '../../language/checker.js';
import type { Type } from '../../runtime/typen.js';

/**
 * A value as a JavaScript literal (JSON), safe in a string, an expression and inside a comment:
 * U+2028/U+2029 end a `//` comment (JSON leaves them raw), and a star-slash would end a block comment
 * (`*\/` reads the same in a string). Quotes, backticks, `${`, newlines and backslashes are
 * already harmless in a JSON string.
 */
export function js(waarde: unknown, inspringing?: number): string {
  return JSON.stringify(waarde, null, inspringing)
    .replace(/[\u2028\u2029]/g, (t) => `\\u${t.charCodeAt(0).toString(16)}`)
    .replace(/\*\//g, '*\\/');
}

/**
 * The kind of a drafter's name in generated code: rule r$, function f$, parameter p$ (and its
 * table pd$), soort type S$, local variable v$; in the fast path also an input i$, a
 * parameter's value sp$ and its value on a date (`P op D`) spo$; the namespace of a used policy
 * (`gebruik regeling`) embedded in the module reg$.
 */
export type Soort = 'r' | 'f' | 'p' | 'pd' | 'S' | 'v' | 'i' | 'sp' | 'spo' | 'reg';

/**
 * The identifier for a drafter's name of kind `soort`. A hyphen becomes `$`; any character that is
 * no identifier character becomes `$$<hex>$` (never produced by a hyphen: hyphens stand alone).
 */
export function gebruikersId(soort: Soort, naam: string): string {
  const id = naam.replace(/-/g, '$').replace(/[^\p{ID_Continue}$]/gu, (t) => `$$${t.codePointAt(0)!.toString(16)}$`);
  return `${soort}$${id}`;
}

/** A name that can stand bare as a key or after a dot. */
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * A name as a key, in an object literal and in a type (interface or type literal): bare when it
 * is an identifier, else a string literal. `__proto__: x` in an object literal (quoted or not)
 * would set the prototype instead of a field; a computed key does not, and means the same in a
 * type. (The lexer already refuses names starting with _, RW0007.)
 */
export function sleutel(naam: string): string {
  if (naam === '__proto__') return `[${js(naam)}]`;
  return IDENTIFIER.test(naam) ? naam : js(naam);
}

/** Reading field `veld` of the object that `obj` computes: `obj.veld`, or `obj["veld"]` for any other name. */
export function eigenschap(obj: string, veld: string): string {
  return IDENTIFIER.test(veld) ? `${obj}.${veld}` : `${obj}[${js(veld)}]`;
}

/** The type of a keuze value: the union of its values, `never` when there are none. */
export function keuzeType(waarden: readonly string[]): string {
  return waarden.length === 0 ? 'never' : waarden.map((w) => js(w)).join(' | ');
}

/**
 * The TypeScript type of the JSON of a value of `t`, as the module's Invoer, Uitvoer and
 * Parameters interfaces declare it: what `rt.schrijf` writes and `rt.lees` reads. A leegbaar
 * field of a record may be left out; the types that only occur while checking have no JSON.
 */
export function jsonType(t: Type): string {
  switch (t.soort) {
    case 'ja/nee': return 'boolean';
    case 'getal': case 'bedrag': case 'percentage': return 'number';
    case 'datum': case 'tekst': return 'string';
    case 'duur': return 'rt.DuurJson';
    case 'keuze': return keuzeType(t.waarden);
    case 'gegevens': return `{ ${t.velden.map((v) => `${sleutel(v.naam)}${v.type.soort === 'leegbaar' ? '?' : ''}: ${jsonType(v.type)}`).join('; ')} }`;
    case 'lijst': return `(${jsonType(t.element)})[]`;
    case 'leegbaar': return `${jsonType(t.type)} | null`;
    case 'leeg': case 'niets': case 'fout': case 'tupel': return 'never';
  }
}

/** Rows per arrow function in a long decision table (see tabelCode in exact/regels.ts); the fast path takes no longer table. */
export const TABEL_DEEL = 400;

const onderwerpen = new WeakMap<Gecontroleerd, ReadonlySet<A.Expr>>();

/**
 * The subjects of the policy's table cells, once per policy. Both generators cast them to their
 * declared type: the rows' conditions test the same input one after another, and TypeScript's
 * narrowing from an earlier row would make a later comparison a type error ("no overlap").
 */
export function tabelOnderwerpen(g: Gecontroleerd): ReadonlySet<A.Expr> {
  let uit = onderwerpen.get(g);
  if (!uit) onderwerpen.set(g, (uit = new Set([...g.regels.values()].flatMap((r) => (r.decl.waarde.kind === 'Tabel' ? r.decl.waarde.rijen.flatMap((x) => x.onderwerpen) : [])))));
  return uit;
}

/**
 * `a === b` on values that both engines hold as JS primitives (`breed` is their TypeScript type),
 * written so TypeScript cannot narrow the operands: the left one is widened by an assertion.
 * Otherwise two constants (`1 === 0`, `true === false`, two dates or choices), written by the
 * drafter or left by inlining a function, and a value an earlier test narrowed (`k is a en k is
 * b`) are a type error ("no overlap", TS2367) in a valid policy. An assertion is erased: no cost.
 */
export function gelijkheid(a: string, b: string, breed: string): string {
  return `(${/^[\w$.]+$/.test(a) ? a : `(${a})`} as ${breed}) === ${b}`;
}

/**
 * The TypeScript type `===` compares values of `t` as (dates are day numbers, the fast path's
 * numbers fixed-point integers); `| null` where `t` may be leeg.
 */
export function primitiefType(t: Type): string {
  const kern = (s: Type['soort']): string => {
    switch (s) {
      case 'ja/nee': return 'boolean';
      case 'tekst': case 'keuze': return 'string';
      case 'datum': case 'getal': case 'bedrag': case 'percentage': return 'number';
      default: throw new Error(`interne fout: ${s} is geen primitieve waarde`);
    }
  };
  return t.soort === 'leegbaar' ? `${kern(t.type.soort)} | null` : kern(t.soort);
}
