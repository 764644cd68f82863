// The fast evaluator of a compiled module: `evalueerSnel(json, opties)` next to the
// exact one, in the same module. It handles the ordinary case only and says "not handled"
// (undefined) on anything unusual, so `evalueer` = fast ?? exact keeps every value and every
// error message of the exact path by construction. What it does differently:
// - rules are `const`-like locals of one function, in dependency order, each computed once; no
//   context object, memo, try/catch or explanation checks; functions are inlined;
// - input is validated per field by generated code (typeof, `===` chains for choices, records by
//   key count and own fields, `eis` inline); any problem returns undefined, and the exact path
//   then produces the error with its field path;
// - numbers are fixed-point integers in JS numbers, with the scale (decimals) of every expression
//   chosen here at compile time: amounts 2, an input percentage or number 2, a literal its own
//   decimals, a product the sum of its factors' scales, `P van X` two more; comparisons, sums and
//   branches align scales; rounding is integer division with the remainder. Every result is
//   guarded to stay a safe integer (|x| < 2^53): the double result of an integer + or * is
//   >= 2^53 in absolute value exactly when the exact one is, so the guard is exact;
// - dates are day numbers read with charCodeAt; folds append in place as language/vouw.ts allows.
// A construct not implemented here (division, durations as input, equality of lists, ...) means
// no fast path for the policy: `evalueerSnel` then always returns undefined (decided here).
// Longer than 600 lines: one translation per expression kind, plus input and output per type.
import type * as A from '../../language/ast.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { REKENREGEL, rekenvariant } from '../../language/operatoren.js';
import { type Type, bevatVerfijning, samen, zonderLeeg } from '../../runtime/typen.js';
import * as G from '../../runtime/getal.js';
import { leesDatum } from '../../runtime/datum.js';
import { alleExpressies, ketting } from '../../language/walk.js';
import { aanvulbareVouw, aanvullingen, isAanvulling } from '../../language/vouw.js';
import { ingebouwdVariant } from '../../language/ingebouwd.js';
import { TABEL_DEEL, eigenschap, gebruikersId, gelijkheid, js, jsonType, keuzeType, primitiefType, sleutel, tabelOnderwerpen } from './ts-code.js';

/** A construct the fast path does not implement: the policy gets no fast path. */
export class NietOndersteund extends Error {}

function nee(waarom: string): never {
  throw new NietOndersteund(waarom);
}

/**
 * The shape of a value in the fast path: a number with its scale (value = integer / 10^s),
 * another primitive (ja/nee, tekst, keuze, datum as day number), a duration {maanden, dagen}, a
 * record, a list, or `bodem` (only leeg, or the element of an empty list literal).
 */
type Vorm =
  | { readonly k: 'num'; readonly s: number }
  | { readonly k: 'prim' }
  | { readonly k: 'duur' }
  | { readonly k: 'rec'; readonly v: ReadonlyMap<string, Vorm> }
  | { readonly k: 'lijst'; readonly el: Vorm }
  | { readonly k: 'bodem' };

const PRIM: Vorm = { k: 'prim' };
const DUUR: Vorm = { k: 'duur' };
const BODEM: Vorm = { k: 'bodem' };

/** A compiled value: side-effect-free code (a local, a literal, a field read) and its shape. */
interface W {
  readonly c: string;
  readonly v: Vorm;
}

type Scope = ReadonlyMap<string, W>;

/** Scales above this are refused at compile time: 10^s must be an exact double. */
const MAX_SCHAAL = 15;
/** Input numbers (getal, percentage) are read with this many decimals; more falls back. */
const INVOER_SCHAAL = 2;

const VEILIG = '9007199254740991';

function macht(k: number): string {
  return `1e${k}`;
}

function num(s: number): Vorm {
  if (s > MAX_SCHAAL) nee(`schaal ${s} is te groot`);
  return { k: 'num', s };
}

function gelijkeVorm(a: Vorm, b: Vorm): boolean {
  if (a.k !== b.k) return false;
  switch (a.k) {
    case 'num': return a.s === (b as { s: number }).s;
    case 'lijst': return gelijkeVorm(a.el, (b as { el: Vorm }).el);
    case 'rec': {
      const bv = (b as { v: ReadonlyMap<string, Vorm> }).v;
      if (a.v.size !== bv.size) return false;
      for (const [n, x] of a.v) if (!bv.has(n) || !gelijkeVorm(x, bv.get(n)!)) return false;
      return true;
    }
    default: return true;
  }
}

/** The common shape of two values (branches, list elements): numbers take the larger scale. */
function verenig(a: Vorm, b: Vorm): Vorm {
  if (a.k === 'bodem') return b;
  if (b.k === 'bodem') return a;
  if (a.k !== b.k) return nee(`vormen ${a.k} en ${b.k}`);
  switch (a.k) {
    case 'num': return num(Math.max(a.s, (b as { s: number }).s));
    case 'lijst': return { k: 'lijst', el: verenig(a.el, (b as { el: Vorm }).el) };
    case 'rec': {
      const bv = (b as { v: ReadonlyMap<string, Vorm> }).v;
      const uit = new Map<string, Vorm>();
      for (const [n, x] of a.v) uit.set(n, bv.has(n) ? verenig(x, bv.get(n)!) : nee('records met verschillende velden'));
      return { k: 'rec', v: uit };
    }
    default: return a;
  }
}

/** The TypeScript type of fast-path values of type `t` (amounts and numbers as scaled integers). */
function tsType(t: Type): string {
  switch (t.soort) {
    case 'ja/nee': return 'boolean';
    case 'getal': case 'bedrag': case 'percentage': case 'datum': return 'number';
    case 'tekst': return 'string';
    case 'keuze': return keuzeType(t.waarden);
    case 'duur': return '{ readonly maanden: number; readonly dagen: number }';
    case 'gegevens': return `{ ${t.velden.map((v) => `readonly ${sleutel(v.naam)}: ${tsType(v.type)}`).join('; ')} }`;
    case 'lijst': return `readonly (${tsType(t.element)})[]`;
    case 'leegbaar': return `${tsType(t.type)} | null`;
    case 'leeg': return 'null';
    default: return nee(`type ${t.soort}`);
  }
}

function tsElement(t: Type): string {
  const z = zonderLeeg(t);
  return z.soort === 'lijst' ? `(${tsType(z.element)})` : nee('element van iets anders dan een lijst');
}

/** The least shape of values of type `t`: numbers at scale 0 (a fold's accumulator starts there). */
function typeVorm(t: Type): Vorm {
  switch (t.soort) {
    case 'leegbaar': return typeVorm(t.type);
    case 'getal': case 'bedrag': case 'percentage': return num(0);
    case 'duur': return DUUR;
    case 'gegevens': return { k: 'rec', v: new Map(t.velden.map((v) => [v.naam, typeVorm(v.type)])) };
    case 'lijst': return { k: 'lijst', el: typeVorm(t.element) };
    case 'leeg': case 'niets': return BODEM;
    default: return PRIM;
  }
}

/** The decimals of a decimal text as an exact number, and its value times 10^d (a safe integer). */
function geschaald(tekst: string, minimaal: number): { s: number; waarde: number } {
  const g = G.vanDecimaleTekst(tekst) ?? nee(`getal ${tekst}`);
  const d = Math.max(minimaal, G.decimalen(g) ?? nee(`getal ${tekst}`));
  const x = G.maal(g, G.getal(10n ** BigInt(d)));
  if (x.n !== 1n || x.t > 9007199254740991n || x.t < -9007199254740991n) nee(`getal ${tekst} is te groot`);
  num(d);
  return { s: d, waarde: Number(x.t) };
}

function getalCode(n: number): string {
  return n < 0 ? `(${n})` : String(n);
}

export class Snel {
  private uit: string[] = [];
  private diepte = 1;
  private teller = 0;
  private aanroepDiepte = 0;
  private regelsTotaal = 0;
  private readonly regelW = new Map<string, W>();
  private readonly invoerW = new Map<string, W>();
  private readonly paramW = new Map<string, W>();
  private readonly constanten: string[] = [];

  constructor(private readonly g: Gecontroleerd) {}

  // ---- emitting ----

  private emit(regel: string): void {
    // Inlined functions calling functions can multiply code; past this the exact path is better.
    if (++this.regelsTotaal > 40_000) nee('te veel code (geneste functies)');
    this.uit.push(`${'  '.repeat(this.diepte)}${regel}`);
  }

  private tmp(): string {
    return `t${++this.teller}`;
  }

  private vast(code: string, v: Vorm): W {
    const t = this.tmp();
    this.emit(`const ${t} = ${code};`);
    return { c: t, v };
  }

  private bail(voorwaarde: string): void {
    this.emit(`if (${voorwaarde}) return undefined;`);
  }

  private bewaak(t: string): void {
    this.bail(`!(${t} <= ${VEILIG} && ${t} >= -${VEILIG})`);
  }

  /** Lines emitted by `f` one level deeper, not yet placed. */
  private blok<T>(f: () => T): { regels: string[]; w: T } {
    const oud = this.uit;
    this.uit = [];
    this.diepte++;
    try {
      const w = f();
      return { regels: this.uit, w };
    } finally {
      this.uit = oud;
      this.diepte--;
    }
  }

  /** Emits more lines into a block made by `blok`. */
  private verder<T>(regels: string[], f: () => T): T {
    const oud = this.uit;
    this.uit = regels;
    this.diepte++;
    try {
      return f();
    } finally {
      this.uit = oud;
      this.diepte--;
    }
  }

  private plaats(regels: readonly string[]): void {
    this.uit.push(...regels);
  }

  private type(e: A.Expr): Type {
    return this.g.typen.get(e) ?? nee('expressie zonder type');
  }

  private kanLeeg(e: A.Expr): boolean {
    const s = this.type(e).soort;
    return s === 'leegbaar' || s === 'leeg';
  }

  // ---- shapes: conversions ----

  /** Code for value `c` of shape `van` in shape `naar` (numbers scaled up, guarded). */
  private zet(c: string, van: Vorm, naar: Vorm, leegbaar: boolean, type: Type | null = null): string {
    if (van.k === 'bodem' || (van.k === 'lijst' && van.el.k === 'bodem') || gelijkeVorm(van, naar)) return c;
    if (leegbaar) {
      const t = this.tmp();
      this.emit(`let ${t} = null;`);
      this.emit(`if (${c} !== null) {`);
      this.diepte++;
      this.emit(`${t} = ${this.zet(c, van, naar, false, type)};`);
      this.diepte--;
      this.emit('}');
      return t;
    }
    switch (van.k) {
      case 'num': {
        const k = (naar as { s: number }).s - van.s;
        if (k < 0) return nee('interne fout: schaal omlaag');
        const t = this.vast(`${c} * ${macht(k)}`, naar).c;
        this.bewaak(t);
        return t;
      }
      case 'rec': {
        const nv = (naar as { v: ReadonlyMap<string, Vorm> }).v;
        const rt_ = type ? zonderLeeg(type) : null;
        const veldType = (n: string): Type | null => (rt_?.soort === 'gegevens' ? rt_.velden.find((v) => v.naam === n)?.type ?? null : null);
        const velden = [...van.v].map(([n, x]) => {
          const ft = veldType(n);
          return `${sleutel(n)}: ${this.zet(eigenschap(c, n), x, nv.get(n)!, ft === null || ft.soort === 'leegbaar', ft)}`;
        });
        return this.vast(`{ ${velden.join(', ')} }`, naar).c;
      }
      case 'lijst': {
        const t = this.tmp();
        const i = this.tmp();
        const lt = type && zonderLeeg(type).soort === 'lijst' ? `: ${tsElement(type)}[]` : '';
        this.emit(`const ${t}${lt} = [];`);
        this.emit(`for (let ${i} = 0; ${i} < ${c}.length; ${i}++) {`);
        this.diepte++;
        const et = type && zonderLeeg(type).soort === 'lijst' ? (zonderLeeg(type) as { element: Type }).element : null;
        this.emit(`${t}.push(${this.zet(`${c}[${i}]!`, van.el, (naar as { el: Vorm }).el, et === null || et.soort === 'leegbaar', et)});`);
        this.diepte--;
        this.emit('}');
        return t;
      }
      default: return c;
    }
  }

  /** A number at a larger scale. */
  private schaal(w: W, s: number): string {
    if (w.v.k !== 'num') return nee('geen getal');
    return this.zet(w.c, w.v, num(s), false);
  }

  /** A number that must be whole (a count, a position, a factor): its integer value or bail. */
  private geheel(w: W): string {
    if (w.v.k !== 'num') return nee('geen getal');
    if (w.v.s === 0) return w.c;
    this.bail(`${w.c} % ${macht(w.v.s)} !== 0`);
    return this.vast(`${w.c} / ${macht(w.v.s)}`, num(0)).c;
  }

  // ---- expressions ----

  /** As in codegen.ts: a table cell's subject is cast to its type, against narrowing across rows (see tabelOnderwerpen). */
  ex(e: A.Expr, s: Scope): W {
    const w = this.exKern(e, s);
    return tabelOnderwerpen(this.g).has(e) ? { c: `(${w.c} as ${tsType(this.type(e))})`, v: w.v } : w;
  }

  private exKern(e: A.Expr, s: Scope): W {
    switch (e.kind) {
      case 'GetalLit': case 'PercentageLit': {
        const x = geschaald(e.tekst, 0);
        return { c: getalCode(x.waarde), v: num(x.s) };
      }
      case 'BedragLit': {
        const x = geschaald(e.tekst, 2);
        return { c: getalCode(x.waarde), v: num(x.s) };
      }
      case 'DatumLit': return { c: getalCode(leesDatum(e.tekst) ?? nee('datum')), v: PRIM };
      case 'TekstLit': return { c: js(e.waarde), v: PRIM };
      // Widened: after `if (true)` TypeScript takes the else branch for dead, so an `als`, `indien`
      // or exception with a constant condition would leave values narrowed to one branch.
      case 'JaNeeLit': return { c: `(${e.waarde} as boolean)`, v: PRIM };
      case 'LeegLit': return { c: 'null', v: BODEM };
      case 'Peildatum': return { c: 'pd', v: PRIM };
      case 'Naam': return this.naam(e, s);
      case 'Aanroep': {
        const f = this.g.functies.get(e.naam) ?? nee(`functie ${e.naam}`);
        if (++this.aanroepDiepte > 40) nee('te diep geneste functies');
        const args = e.argumenten.map((a) => this.ex(a, s));
        const binnen = new Map<string, W>(f.parameters.map((p, i) => [p.naam, args[i]!]));
        const w = this.ex(f.decl.lichaam, binnen);
        this.aanroepDiepte--;
        return w;
      }
      case 'LijstLit': {
        const ws = e.elementen.map((x) => this.ex(x, s));
        const el = ws.reduce<Vorm>((a, w) => verenig(a, w.v), BODEM);
        const kanLeeg = e.elementen.some((x) => this.kanLeeg(x));
        const elType = (zonderLeeg(this.type(e)) as { element?: Type }).element ?? null;
        const codes = ws.map((w) => this.zet(w.c, w.v, el, kanLeeg, elType));
        return this.vast(codes.length === 0 ? '[] as never[]' : `[${codes.join(', ')}]`, { k: 'lijst', el });
      }
      case 'GegevensLit': {
        const velden = e.velden.map((v) => [v.naam, this.ex(v.waarde, s)] as const);
        return this.vast(`{ ${velden.map(([n, w]) => `${sleutel(n)}: ${w.c}`).join(', ')} }`, { k: 'rec', v: new Map(velden.map(([n, w]) => [n, w.v])) });
      }
      case 'Veld': {
        const o = this.ex(e.object, s);
        if (zonderLeeg(this.type(e.object)).soort === 'lijst') {
          if (o.v.k !== 'lijst') return nee('veld van een lijst');
          if (o.v.el.k === 'bodem') return o;
          if (o.v.el.k !== 'rec') return nee('veld van een lijst zonder records');
          const vv = o.v.el.v.get(e.veld) ?? nee(`veld ${e.veld}`);
          const t = this.tmp();
          const i = this.tmp();
          this.emit(`const ${t}: ${tsElement(this.type(e))}[] = [];`);
          this.emit(`for (let ${i} = 0; ${i} < ${o.c}.length; ${i}++) ${t}.push(${eigenschap(`${o.c}[${i}]!`, e.veld)});`);
          return { c: t, v: { k: 'lijst', el: vv } };
        }
        if (o.v.k !== 'rec') return nee('veld van iets anders dan een record');
        return this.vast(eigenschap(o.c, e.veld), o.v.v.get(e.veld) ?? nee(`veld ${e.veld}`));
      }
      case 'Index': {
        const l = this.ex(e.lijst, s);
        const i = this.geheel(this.ex(e.index, s));
        if (l.v.k !== 'lijst') return nee('index van iets anders dan een lijst');
        this.bail(`!(${i} >= 1 && ${i} <= ${l.c}.length)`);
        return this.vast(`${l.c}[${i} - 1]!`, l.v.el);
      }
      case 'DuurExpr': {
        const g = e.aantal.kind === 'GetalLit' ? G.vanDecimaleTekst(e.aantal.tekst) : null;
        if (g && g.n === 1n && g.t >= 0n && g.t <= 1_000_000n) {
          // a constant duration (`1 dag`): one frozen object in the module, not one per evaluation
          const id = `SNEL_K${this.constanten.length + 1}`;
          this.constanten.push(`const ${id} = Object.freeze(${this.constWaarde(e, { soort: 'duur' }).code});`);
          return { c: id, v: DUUR };
        }
        const n = this.geheel(this.ex(e.aantal, s));
        const factor = { dagen: 1, weken: 7, maanden: 1, jaren: 12 }[e.eenheid];
        const k = factor === 1 ? n : this.vast(`${n} * ${factor}`, num(0)).c;
        if (factor !== 1) this.bewaak(k);
        else this.bail(`!(${k} <= ${VEILIG} && ${k} >= -${VEILIG})`);
        return this.vast(e.eenheid === 'dagen' || e.eenheid === 'weken' ? `{ maanden: 0, dagen: ${k} }` : `{ maanden: ${k}, dagen: 0 }`, DUUR);
      }
      case 'Negatief': {
        const a = this.ex(e.arg, s);
        if (a.v.k === 'duur') return this.vast(`{ maanden: -${a.c}.maanden, dagen: -${a.c}.dagen }`, DUUR);
        if (a.v.k !== 'num') return nee('min van iets anders dan een getal');
        return this.vast(`-${a.c}`, a.v);
      }
      case 'Niet': return this.vast(`!${this.ex(e.arg, s).c}`, PRIM);
      case 'Logisch': {
        // down the chain in a loop (`a en b en c ...` is as deep as it is long), one variable for all of it
        const { eerste, schakels } = ketting(e);
        // each step is a branch, and TypeScript stops analysing a function with very many (TS2563)
        if (schakels.length > TABEL_DEEL) nee(`een keten van meer dan ${TABEL_DEEL} keer en/of`);
        const a = this.ex(eerste, s);
        const t = this.tmp();
        // declared boolean: the left may be an input narrowed to `true` by an earlier bail (`indien j`)
        this.emit(`let ${t}: boolean = ${a.c};`);
        for (const x of schakels) {
          const b = this.blok(() => this.ex(x.rechts, s));
          this.emit(`if (${x.op === 'en' ? '' : '!'}${t}) {`);
          this.plaats(b.regels);
          this.emit(`  ${t} = ${b.w.c};`);
          this.emit('}');
        }
        return { c: t, v: PRIM };
      }
      case 'Rekensom': return this.rekensom(e, s);
      case 'Vergelijking': return this.vergelijking(e, s);
      case 'EenVan': {
        // The options one at a time, left to right, up to the first equal one (the exact path's
        // order): an option's lines, and so its bails, come after the test of the one before.
        const w = this.ex(e.waarde, s);
        const delen = e.opties.map((o) => this.blok(() => this.gelijk(w, this.ex(o, s), e.waarde, o)));
        if (delen.every((d) => d.regels.length === 0)) {
          // literals and plain reads: one expression, as short-circuiting as the block below
          const code = delen.length === 0 ? 'false' : delen.map((d) => `(${d.w})`).join(' || ');
          return this.vast(e.negatief ? `!(${code})` : code, PRIM);
        }
        const t = this.tmp();
        const label = this.tmp();
        this.emit(`let ${t} = false;`);
        this.emit(`${label}: {`);
        for (const d of delen) {
          this.plaats(d.regels);
          this.emit(`  if (${d.w}) { ${t} = true; break ${label}; }`);
        }
        this.emit('}');
        return e.negatief ? this.vast(`!${t}`, PRIM) : { c: t, v: PRIM };
      }
      case 'IsLeeg': {
        const a = this.ex(e.arg, s);
        return this.vast(`${a.c} ${e.negatief ? '!==' : '==='} null`, PRIM);
      }
      case 'Als': {
        const c = this.ex(e.voorwaarde, s);
        const dan = this.blok(() => this.ex(e.dan, s));
        const anders = this.blok(() => this.ex(e.anders, s));
        const v = verenig(dan.w.v, anders.w.v);
        const leeg = this.kanLeeg(e);
        const t = this.tmp();
        const a1 = this.verder(dan.regels, () => this.zet(dan.w.c, dan.w.v, v, leeg || this.kanLeeg(e.dan), this.type(e)));
        const a2 = this.verder(anders.regels, () => this.zet(anders.w.c, anders.w.v, v, leeg || this.kanLeeg(e.anders), this.type(e)));
        this.emit(`let ${t}: ${tsType(this.type(e))};`);
        this.emit(`if (${c.c}) {`);
        this.plaats(dan.regels);
        this.emit(`  ${t} = ${a1};`);
        this.emit('} else {');
        this.plaats(anders.regels);
        this.emit(`  ${t} = ${a2};`);
        this.emit('}');
        return { c: t, v };
      }
      case 'Afronding': {
        const variant = ingebouwdVariant(this.g.ingebouwden, e);
        // one computation for the three units: the scale says where the decimals are
        if (variant !== 'afgerond getal' && variant !== 'afgerond bedrag' && variant !== 'afgerond percentage') {
          const _never: never = variant;
          return nee(`afronding ${String(_never)}`);
        }
        if (this.kanLeeg(e.arg)) return nee('afronden van een leegbare waarde');
        if (!Number.isInteger(e.decimalen) || e.decimalen < 0 || e.decimalen > 1000) return nee('decimalen');
        const a = this.ex(e.arg, s);
        if (a.v.k !== 'num') return nee('afronden van iets anders dan een getal');
        if (a.v.s <= e.decimalen) return a;
        const k = a.v.s - e.decimalen;
        const d = macht(k);
        const r = this.vast(`${a.c} % ${d}`, num(0)).c;
        const t = this.tmp();
        this.emit(`let ${t} = (${a.c} - ${r}) / ${d};`);
        switch (e.richting) {
          case 'naar beneden': this.emit(`if (${r} < 0) ${t} -= 1;`); break;
          case 'naar boven': this.emit(`if (${r} > 0) ${t} += 1;`); break;
          case 'rekenkundig': this.emit(`if (${r} >= ${5 * 10 ** (k - 1)}) ${t} += 1; else if (${r} <= -${5 * 10 ** (k - 1)}) ${t} -= 1;`); break;
          // half to even, symmetric: a remainder of exactly one half moves an odd quotient away from zero
          case 'bankiers': {
            const h = 5 * 10 ** (k - 1);
            this.emit(`if (${r} > ${h} || (${r} === ${h} && ${t} % 2 !== 0)) ${t} += 1; else if (${r} < -${h} || (${r} === -${h} && ${t} % 2 !== 0)) ${t} -= 1;`);
            break;
          }
          default: return nee(`afronding ${String(e.richting)}`);
        }
        return { c: t, v: num(e.decimalen) };
      }
      case 'LijstOp': return this.lijstOp(e, s);
      case 'Ingebouwd': return this.ingebouwd(e, s);
      case 'Kwantor': {
        const l = this.ex(e.lijst, s);
        if (l.v.k !== 'lijst' && l.v.k !== 'bodem') return nee('kwantor');
        const el = l.v.k === 'lijst' ? l.v.el : BODEM;
        const iedereen = e.soort === 'voor alle';
        const t = this.tmp();
        const i = this.tmp();
        const x = this.tmp();
        this.emit(`let ${t} = ${iedereen};`);
        this.emit(`for (let ${i} = 0; ${i} < ${l.c}.length; ${i}++) {`);
        this.diepte++;
        this.emit(`const ${x} = ${l.c}[${i}]!;`);
        const c = this.ex(e.voorwaarde, new Map(s).set(e.variabele.naam, { c: x, v: el }));
        this.emit(`if (${iedereen ? '!' : ''}${c.c}) { ${t} = ${!iedereen}; break; }`);
        this.diepte--;
        this.emit('}');
        return { c: t, v: PRIM };
      }
      case 'Elke': {
        const l = this.ex(e.lijst, s);
        if (l.v.k !== 'lijst' && l.v.k !== 'bodem') return nee('elke');
        const el = l.v.k === 'lijst' ? l.v.el : BODEM;
        const t = this.tmp();
        const i = this.tmp();
        const x = this.tmp();
        const binnen = new Map(s).set(e.variabele.naam, { c: x, v: el });
        const lus = this.blok(() => {
          this.emit(`const ${x} = ${l.c}[${i}]!;`);
          let f: W | null = null;
          if (e.filter) {
            f = this.ex(e.filter, binnen);
            this.emit(`if (${f.c}) {`);
            this.diepte++;
          }
          const w = e.afbeelding ? this.ex(e.afbeelding, binnen) : { c: x, v: el };
          this.emit(`${t}.push(${w.c});`);
          if (f) {
            this.diepte--;
            this.emit('}');
          }
          return w.v;
        });
        this.emit(`const ${t}: ${tsElement(this.type(e))}[] = [];`);
        this.emit(`for (let ${i} = 0; ${i} < ${l.c}.length; ${i}++) {`);
        this.plaats(lus.regels);
        this.emit('}');
        return { c: t, v: { k: 'lijst', el: lus.w } };
      }
      case 'Vouw': return this.vouw(e, s);
      default: return nee(`expressie ${e.kind}`);
    }
  }

  private naam(e: A.Expr & { kind: 'Naam' }, s: Scope): W {
    const b = this.g.bindingen.get(e) ?? nee(`naam ${e.naam}`);
    switch (b.soort) {
      case 'lokaal': return s.get(b.naam) ?? nee(`lokale naam ${b.naam}`);
      case 'invoer': return this.invoerW.get(b.naam) ?? nee(`invoer ${b.naam}`);
      case 'parameter': return this.paramW.get(b.naam) ?? nee(`parameter ${b.naam}`);
      case 'regel': return this.regelW.get(b.naam) ?? nee(`regel ${b.naam} buiten volgorde`);
      case 'keuzewaarde': return { c: `(${js(b.waarde)} as const)`, v: PRIM };
      default: return nee('binding');
    }
  }

  private rekensom(e: A.Expr & { kind: 'Rekensom' }, s: Scope): W {
    // down the chain in a loop: `a + b + c ...` is as deep as it is long
    const { eerste, schakels } = ketting(e);
    let w = this.ex(eerste, s);
    for (const x of schakels) w = this.rekenstap(x, w, this.ex(x.rechts, s));
    return w;
  }

  /** One arithmetic node on its operands' values, by the variant the checker resolved. */
  private rekenstap(e: A.Expr & { kind: 'Rekensom' }, a: W, b: W): W {
    const variant = rekenvariant(this.g.rekensommen, e);
    const regel = REKENREGEL[variant];
    const anders = (): never => nee(`rekensom ${regel.links} ${regel.op} ${regel.rechts}`);
    // numbers as scaled integers: a product adds the scales (a percentage of X two more), a sum aligns them
    const product = (extra: number): W => {
      if (a.v.k !== 'num' || b.v.k !== 'num') return anders();
      const t = this.vast(`${a.c} * ${b.c}`, num(a.v.s + b.v.s + extra));
      this.bewaak(t.c);
      return t;
    };
    const som = (teken: '+' | '-'): W => {
      if (a.v.k !== 'num' || b.v.k !== 'num') return anders();
      const sc = Math.max(a.v.s, b.v.s);
      const t = this.vast(`${this.schaal(a, sc)} ${teken} ${this.schaal(b, sc)}`, num(sc));
      this.bewaak(t.c);
      return t;
    };
    const datumPlus = (d: string, u: string, teken: string): W => {
      const t = this.vast(`rt.snelPlusDatum(${d}, ${teken}${u}.maanden, ${teken}${u}.dagen)`, PRIM);
      this.bail(`${t.c} !== ${t.c}`);
      return t;
    };
    const duurSom = (m: string, d: string): W => {
      const t = this.vast(`{ maanden: ${m}, dagen: ${d} }`, DUUR);
      this.bewaak(`${t.c}.maanden`);
      this.bewaak(`${t.c}.dagen`);
      return t;
    };
    switch (variant) {
      case 'getal+getal': case 'bedrag+bedrag': case 'percentage+percentage': return som('+');
      case 'getal-getal': case 'bedrag-bedrag': case 'percentage-percentage': return som('-');
      case 'getal*getal': case 'bedrag*getal': case 'getal*bedrag': case 'percentage*getal': case 'getal*percentage': return product(0);
      case 'bedrag*percentage': case 'percentage*bedrag': case 'percentage van bedrag': case 'percentage van getal': case 'percentage van percentage': return product(2);
      case 'getal/getal': case 'bedrag/bedrag': case 'percentage/percentage': case 'bedrag/getal': case 'percentage/getal':
        return a.v.k === 'num' && b.v.k === 'num' ? nee('rekensom /') : anders();
      case 'datum+duur': return datumPlus(a.c, b.c, '');
      case 'duur+datum': return datumPlus(b.c, a.c, '');
      case 'datum-duur': return datumPlus(a.c, b.c, '-');
      case 'datum-datum': return this.vast(`{ maanden: 0, dagen: ${a.c} - ${b.c} }`, DUUR);
      case 'duur+duur': return duurSom(`${a.c}.maanden + ${b.c}.maanden`, `${a.c}.dagen + ${b.c}.dagen`);
      case 'duur-duur': return duurSom(`${a.c}.maanden - ${b.c}.maanden`, `${a.c}.dagen - ${b.c}.dagen`);
      case 'duur*getal': {
        const k = this.geheel(b);
        return duurSom(`${a.c}.maanden * ${k}`, `${a.c}.dagen * ${k}`);
      }
      case 'getal*duur': {
        const k = this.geheel(a);
        return duurSom(`${b.c}.maanden * ${k}`, `${b.c}.dagen * ${k}`);
      }
      case 'lijst+lijst': {
        if ((a.v.k !== 'lijst' && a.v.k !== 'bodem') || (b.v.k !== 'lijst' && b.v.k !== 'bodem')) return nee('lijst + lijst');
        const v = verenig(a.v, b.v);
        const x = this.zet(a.c, a.v, v, false, this.type(e));
        const y = this.zet(b.c, b.v, v, false, this.type(e));
        return this.vast(`[...${x}, ...${y}]`, v);
      }
      default: {
        const _never: never = variant;
        return nee(`rekensom ${String(_never)}`);
      }
    }
  }

  /** Code for `a = b` on values of the compared expressions' types (no side effects beyond guards). */
  private gelijk(a: W, b: W, ea: A.Expr, eb: A.Expr): string {
    const sa = zonderLeeg(this.type(ea)).soort;
    const sb = zonderLeeg(this.type(eb)).soort;
    if (a.v.k === 'bodem' || b.v.k === 'bodem' || sa === 'leeg' || sb === 'leeg') return `(${a.c} as unknown) === ${b.c}`;
    const leeg = this.kanLeeg(ea) || this.kanLeeg(eb);
    const soort = sa;
    let kern: string;
    // Operands widened (gelijkheid): two constants, also after inlining a function, are valid.
    const breed = (): string => primitiefType(samen(this.type(ea), this.type(eb)) ?? this.type(ea));
    if (['ja/nee', 'tekst', 'keuze', 'datum'].includes(soort)) return gelijkheid(a.c, b.c, breed());
    if (soort === 'getal' || soort === 'bedrag' || soort === 'percentage') {
      if (a.v.k !== 'num' || b.v.k !== 'num') return nee('vergelijking van getallen');
      if (a.v.s === b.v.s) return gelijkheid(a.c, b.c, breed());
      const sc = Math.max(a.v.s, b.v.s);
      if (leeg) {
        // `a is niet 5` on a `getal of leeg`: each side that can be leeg is scaled only when it is
        // not (zet), held in a const first so TypeScript narrows it; leeg = leeg, leeg ≠ a number.
        const x = this.zet(this.vast(a.c, a.v).c, a.v, num(sc), this.kanLeeg(ea));
        const y = this.zet(this.vast(b.c, b.v).c, b.v, num(sc), this.kanLeeg(eb));
        return `(${x} as unknown) === ${y}`;
      }
      kern = gelijkheid(this.schaal(a, sc), this.schaal(b, sc), breed());
      return kern;
    }
    if (soort === 'duur') {
      const delen = (x: string, y: string): string => `${gelijkheid(`${x}.maanden`, `${y}.maanden`, 'number')} && ${gelijkheid(`${x}.dagen`, `${y}.dagen`, 'number')}`;
      if (!leeg) return delen(a.c, b.c);
      // Widened first: TypeScript narrows a constant duration to its literal (two never overlap)
      // and a value a constant `als` left leeg to null (then the test on null leaves `never`).
      const [x, y] = [a, b].map((w) => this.vast(`${w.c} as ${tsType(zonderLeeg(this.type(ea)))} | null`, w.v).c);
      kern = delen(x!, y!);
      return `(${x} === null || ${y} === null ? ${x} === ${y} : ${kern})`;
    }
    return nee(`gelijkheid van ${soort}`);
  }

  private vergelijking(e: A.Expr & { kind: 'Vergelijking' }, s: Scope): W {
    const a = this.ex(e.links, s);
    const b = this.ex(e.rechts, s);
    if (e.op === '=' || e.op === '!=') {
      const c = this.gelijk(a, b, e.links, e.rechts);
      return this.vast(e.op === '=' ? c : `!(${c})`, PRIM);
    }
    const soort = zonderLeeg(this.type(e.links)).soort;
    if (soort === 'datum') return this.vast(`${a.c} ${e.op} ${b.c}`, PRIM);
    if (soort === 'duur') {
      const c = this.vast(`rt.snelVglDuur(${a.c}, ${b.c})`, num(0));
      this.bail(`${c.c} !== ${c.c}`);
      return this.vast(`${c.c} ${e.op} 0`, PRIM);
    }
    if (a.v.k !== 'num' || b.v.k !== 'num') return nee(`ordening van ${soort}`);
    const sc = Math.max(a.v.s, b.v.s);
    return this.vast(`${this.schaal(a, sc)} ${e.op} ${this.schaal(b, sc)}`, PRIM);
  }

  private lijstOp(e: A.Expr & { kind: 'LijstOp' }, s: Scope): W {
    const soort = zonderLeeg(this.type(e)).soort;
    if (e.arg.kind === 'Tupel') {
      const leden = e.arg.leden.map((x) => this.ex(x, s));
      if (e.op !== 'minimum' && e.op !== 'maximum') return nee(`${e.op} van een tupel`);
      if (leden.length === 0) return nee('leeg tupel');
      const v = leden.reduce<Vorm>((x, w) => verenig(x, w.v), BODEM);
      if (soort !== 'datum' && v.k !== 'num') return nee(`${e.op} van ${soort}`);
      const codes = leden.map((w) => (v.k === 'num' ? this.schaal(w, v.s) : w.c));
      const t = this.tmp();
      this.emit(`let ${t} = ${codes[0]};`);
      for (const c of codes.slice(1)) this.emit(`if (${c} ${e.op === 'minimum' ? '<' : '>'} ${t}) ${t} = ${c};`);
      return { c: t, v };
    }
    const l = this.ex(e.arg, s);
    if (l.v.k !== 'lijst' && l.v.k !== 'bodem') return nee(`${e.op} van iets anders dan een lijst`);
    const el = l.v.k === 'lijst' ? l.v.el : BODEM;
    const variant = ingebouwdVariant(this.g.ingebouwden, e);
    switch (variant) {
      case 'aantal': return this.vast(`${l.c}.length`, num(0));
      case 'som getal': case 'som bedrag': case 'som percentage': {
        const v = el.k === 'bodem' ? num(soort === 'bedrag' ? 2 : 0) : el;
        if (v.k !== 'num') return nee('som van iets anders dan getallen');
        const t = this.tmp();
        const i = this.tmp();
        this.emit(`let ${t} = 0;`);
        this.emit(`for (let ${i} = 0; ${i} < ${l.c}.length; ${i}++) {`);
        this.emit(`  ${t} += ${l.c}[${i}]!;`);
        this.emit(`  if (!(${t} <= ${VEILIG} && ${t} >= -${VEILIG})) return undefined;`);
        this.emit('}');
        return { c: t, v };
      }
      case 'eerste':
        this.bail(`${l.c}.length === 0`);
        return this.vast(`${l.c}[0]!`, el);
      case 'laatste':
        this.bail(`${l.c}.length === 0`);
        return this.vast(`${l.c}[${l.c}.length - 1]!`, el);
      case 'minimum getal': case 'minimum bedrag': case 'minimum percentage': case 'minimum datum': case 'minimum duur':
      case 'maximum getal': case 'maximum bedrag': case 'maximum percentage': case 'maximum datum': case 'maximum duur': {
        if (soort !== 'datum' && el.k !== 'num') return nee(`${e.op} van ${soort}`);
        this.bail(`${l.c}.length === 0`);
        const t = this.tmp();
        const i = this.tmp();
        this.emit(`let ${t} = ${l.c}[0]!;`);
        this.emit(`for (let ${i} = 1; ${i} < ${l.c}.length; ${i}++) if (${l.c}[${i}]! ${e.op === 'minimum' ? '<' : '>'} ${t}) ${t} = ${l.c}[${i}]!;`);
        return { c: t, v: el };
      }
      default: {
        const _never: never = variant;
        return nee(`lijstoperatie ${String(_never)}`);
      }
    }
  }

  /** A built-in with positional arguments (language/ingebouwd.ts), by its variant. */
  private ingebouwd(e: A.Expr & { kind: 'Ingebouwd' }, s: Scope): W {
    const variant = ingebouwdVariant(this.g.ingebouwden, e);
    switch (variant) {
      case 'veelvoud naar boven getal': case 'veelvoud naar boven bedrag': case 'veelvoud naar boven percentage':
        return this.veelvoud(e, s, 'naar boven');
      case 'veelvoud naar beneden getal': case 'veelvoud naar beneden bedrag': case 'veelvoud naar beneden percentage':
        return this.veelvoud(e, s, 'naar beneden');
      default: {
        const _never: never = variant;
        return nee(`ingebouwde bewerking ${String(_never)} op ${e.argumenten.map((a) => this.ex(a, s)).length} argument(en)`);
      }
    }
  }

  /**
   * X and Y as integers at their common scale (a multiple of Y there is one of Y): X minus its
   * remainder (the sign of X) is the multiple towards zero, one Y more or less the other way. A Y of
   * zero or less is the exact code's error, so it bails.
   */
  private veelvoud(e: A.Expr & { kind: 'Ingebouwd' }, s: Scope, richting: 'naar boven' | 'naar beneden'): W {
    if (e.argumenten.some((a) => this.kanLeeg(a))) return nee('veelvoud van een leegbare waarde');
    const [x, y] = e.argumenten.map((a) => this.ex(a, s));
    if (x?.v.k !== 'num' || y?.v.k !== 'num') return nee('veelvoud van iets anders dan een getal');
    const sc = Math.max(x.v.s, y.v.s);
    const a = this.schaal(x, sc);
    const b = this.schaal(y, sc);
    this.bail(`!(${b} > 0)`);
    const r = this.vast(`${a} % ${b}`, num(0)).c;
    const t = this.vast(richting === 'naar boven' ? `${a} - ${r} + (${r} > 0 ? ${b} : 0)` : `${a} - ${r} - (${r} < 0 ? ${b} : 0)`, num(sc));
    this.bewaak(t.c);
    return t;
  }

  private vouw(e: A.Expr & { kind: 'Vouw' }, s: Scope): W {
    const begin = this.ex(e.begin, s);
    const l = this.ex(e.lijst, s);
    if (l.v.k !== 'lijst' && l.v.k !== 'bodem') return nee('vouw over iets anders dan een lijst');
    const el = l.v.k === 'lijst' ? l.v.el : BODEM;
    const aanvullend = aanvulbareVouw(this.g, e);
    const acc = this.tmp();
    const i = this.tmp();
    const x = this.tmp();
    const eigen = this.tmp();
    const leeg = this.kanLeeg(e);
    // The accumulator's shape: from its type (scales 0), grown until the step's results fit.
    let accVorm = verenig(begin.v, typeVorm(this.type(e)));
    let lus: { regels: string[]; w: string } | null = null;
    for (let poging = 0; poging < 8 && lus === null; poging++) {
      const teller = this.teller;
      const vorm = accVorm;
      const binnen = new Map(s).set(e.variabele.naam, { c: x, v: el }).set(e.accumulator.naam, { c: acc, v: vorm });
      let gevonden: Vorm = vorm;
      const stap = (y: A.Expr): W => {
        if (y.kind === 'Als') {
          const c = this.ex(y.voorwaarde, binnen);
          const t = this.tmp();
          const dan = this.blok(() => stap(y.dan));
          const anders = this.blok(() => stap(y.anders));
          this.emit(`let ${t};`);
          this.emit(`if (${c.c}) {`);
          this.plaats(dan.regels);
          this.emit(`  ${t} = ${dan.w.c};`);
          this.emit('} else {');
          this.plaats(anders.regels);
          this.emit(`  ${t} = ${anders.w.c};`);
          this.emit('}');
          return { c: t, v: vorm };
        }
        if (aanvullend && isAanvulling(this.g, e, y)) return aanvulling(y);
        const w = this.ex(y, binnen);
        gevonden = verenig(gevonden, w.v);
        return { c: gelijkeVorm(verenig(vorm, w.v), vorm) ? this.zet(w.c, w.v, vorm, leeg, this.type(e)) : w.c, v: vorm };
      };
      const aanvulling = (y: A.Expr & { kind: 'Rekensom' }): W => {
        let links: W = { c: acc, v: vorm };
        for (const z of aanvullingen(this.g, e, y)!) {
          const extra = this.ex(z.rechts, binnen);
          gevonden = verenig(gevonden, extra.v);
          const ok = gelijkeVorm(verenig(vorm, extra.v), vorm);
          const code = ok ? this.zet(extra.c, extra.v, vorm, false, this.type(e)) : extra.c;
          this.emit(`if (${links.c} !== ${eigen}) ${eigen} = ${links.c}.slice();`);
          const j = this.tmp();
          this.emit(`for (let ${j} = 0; ${j} < ${code}.length; ${j}++) ${eigen}!.push(${code}[${j}]!);`);
          links = { c: `${eigen}!`, v: vorm };
        }
        return links;
      };
      const r = this.blok(() => {
        this.emit(`const ${x} = ${l.c}[${i}]!;`);
        return stap(e.stap).c;
      });
      if (gelijkeVorm(verenig(gevonden, vorm), vorm)) lus = { regels: r.regels, w: r.w };
      else {
        accVorm = verenig(gevonden, vorm);
        this.teller = teller;
      }
    }
    if (!lus) return nee('vorm van de accumulator');
    const start = this.zet(begin.c, begin.v, accVorm, this.kanLeeg(e.begin), this.type(e));
    this.emit(`let ${acc}: ${tsType(this.type(e))} = ${start};`);
    if (aanvullend) this.emit(`let ${eigen}: ${tsElement(this.type(e))}[] | null = null;`);
    this.emit(`for (let ${i} = 0; ${i} < ${l.c}.length; ${i}++) {`);
    this.plaats(lus.regels);
    this.emit(`  ${acc} = ${lus.w};`);
    this.emit('}');
    return { c: acc, v: accVorm };
  }

  // ---- input ----

  /** Shape of a decoded input of type `t`. */
  private invoerVorm(t: Type): Vorm {
    switch (t.soort) {
      case 'leegbaar': return this.invoerVorm(t.type);
      case 'getal': case 'percentage': case 'bedrag': return num(this.invoerSchaal(t));
      case 'ja/nee': case 'tekst': case 'keuze': case 'datum': return PRIM;
      case 'gegevens': return { k: 'rec', v: new Map(t.velden.map((v) => [v.naam, this.invoerVorm(v.type)])) };
      case 'lijst': return { k: 'lijst', el: this.invoerVorm(t.element) };
      default: return nee(`invoer van type ${t.soort}`);
    }
  }

  private invoerSchaal(t: Type & { soort: 'getal' | 'percentage' | 'bedrag' }): number {
    if (t.soort === 'getal' && t.geheel) return 0;
    let s = t.soort === 'bedrag' ? 2 : INVOER_SCHAAL;
    for (const gr of [t.min, t.max]) if (gr) s = Math.max(s, geschaald(gr.waarde, 0).s);
    if (t.soort === 'bedrag' && s > 2) nee('grens van een bedrag met meer dan 2 decimalen');
    return s;
  }

  /** Emits validation of JSON value `x` of type `t`; returns the internal value, or bails. */
  private lees(x: string, t: Type, inLijst = false): W {
    switch (t.soort) {
      case 'leegbaar': {
        const r = this.tmp();
        if (inLijst) this.bail(`${x} === undefined`);
        const b = this.blok(() => this.lees(x, t.type));
        this.emit(`let ${r} = null;`)
        this.emit(`if (${x} !== null && ${x} !== undefined) {`);
        this.plaats(b.regels);
        this.emit(`  ${r} = ${b.w.c};`);
        this.emit('}');
        return { c: r, v: b.w.v };
      }
      case 'ja/nee':
        this.bail(`typeof ${x} !== 'boolean'`);
        return { c: x, v: PRIM };
      case 'tekst':
        this.bail(`typeof ${x} !== 'string'`);
        return { c: x, v: PRIM };
      case 'keuze':
        this.bail(t.waarden.length === 0 ? 'true' : t.waarden.map((w) => `${x} !== ${js(w)}`).join(' && '));
        return this.vast(`${x} as ${keuzeType(t.waarden)}`, PRIM);
      case 'datum': {
        this.bail(`typeof ${x} !== 'string'`);
        const d = this.vast(`rt.snelDatum(${x})`, PRIM);
        this.bail(`${d.c} !== ${d.c}`);
        return d;
      }
      case 'getal': case 'percentage': case 'bedrag': {
        const sc = this.invoerSchaal(t);
        this.bail(`typeof ${x} !== 'number'`);
        // v = round(x * 10^s) with v / 10^s === x and |v| < 10^15: then x is the double nearest
        // to v / 10^s, a decimal of at most 15 significant digits, so String(x) (how the exact
        // path reads a JS number) is that decimal; and every such decimal passes (see README).
        const v = this.tmp();
        this.emit(`const ${v} = ${sc === 0 ? x : `Math.round(${x} * ${macht(sc)})`} + 0;`);
        this.bail(sc === 0 ? `!(${v} < 1e15 && ${v} > -1e15 && Math.round(${v}) === ${v})` : `${v} / ${macht(sc)} !== ${x} || !(${v} < 1e15 && ${v} > -1e15)`);
        this.bereik({ c: v, v: num(sc) }, t);
        return { c: v, v: num(sc) };
      }
      case 'gegevens': {
        this.bail(`typeof ${x} !== 'object' || ${x} === null || !rt.snelGewoon(${x})`);
        if (t.velden.some((v) => v.naam === 'decimaal')) {
          this.bail(`rt.snelExact in ${x}`);
        }
        const obj = this.vast(`${x} as { readonly [k: string]: unknown }`, PRIM).c;
        const velden = t.velden.map((v) => ({ naam: v.naam, f: this.eigenVeld(obj, v.naam), type: v.type }));
        this.alleenBekendeVelden(obj, t.velden.map((v) => v.naam));
        const gelezen = velden.map((v) => [v.naam, this.lees(v.f, v.type)] as const);
        const scope = new Map<string, W>(gelezen);
        for (const eis of (t.naam && this.g.soortEisen.get(t.naam)) || []) {
          this.bail(`!${this.ex(eis.voorwaarde, scope).c}`);
        }
        return this.vast(`{ ${gelezen.map(([n_, w]) => `${sleutel(n_)}: ${w.c}`).join(', ')} }`, { k: 'rec', v: new Map(gelezen.map(([n_, w]) => [n_, w.v])) });
      }
      case 'lijst': {
        this.bail(`!Array.isArray(${x})`);
        const r = this.tmp();
        const i = this.tmp();
        const el = this.tmp();
        this.emit(`const ${r}: ${tsElement(t)}[] = [];`);
        const b = this.blok(() => {
          this.emit(`const ${el}: unknown = ${x}[${i}];`);
          const w = this.lees(el, t.element, true);
          this.emit(`${r}.push(${w.c});`);
          return w.v;
        });
        this.emit(`for (let ${i} = 0; ${i} < ${x}.length; ${i}++) {`);
        this.plaats(b.regels);
        this.emit('}');
        return { c: r, v: { k: 'lijst', el: b.w } };
      }
      default: return nee(`invoer van type ${t.soort}`);
    }
  }

  /** Bails when a number of type `t` lies outside its declared range or is not whole. */
  private bereik(w: W, t: Type & { geheel?: true; min?: { waarde: string; inclusief: boolean }; max?: { waarde: string; inclusief: boolean } }): void {
    if (w.v.k !== 'num') return nee('bereik');
    if (t.geheel && w.v.s > 0) this.bail(`${w.c} % ${macht(w.v.s)} !== 0`);
    for (const [gr, op] of [[t.min, (i: boolean) => (i ? '<' : '<=')], [t.max, (i: boolean) => (i ? '>' : '>=')]] as const) {
      if (!gr) continue;
      const b = geschaald(gr.waarde, 0);
      const sc = Math.max(b.s, w.v.s);
      const links = this.schaal(w, sc);
      const rechts = b.waarde * 10 ** (sc - b.s);
      if (!Number.isSafeInteger(rechts)) nee('grens te groot');
      this.bail(`${links} ${op(gr.inclusief)} ${getalCode(rechts)}`);
    }
  }

  /** A rule's value against its declared type's refinement (as rt.bereikRegel), bailing. */
  private bereikRegel(w: W, t: Type, leeg: boolean): void {
    if (!bevatVerfijning(t)) return;
    if (leeg || t.soort === 'leegbaar') {
      const b = this.blok(() => this.bereikRegel(w, zonderLeeg(t), false));
      this.emit(`if (${w.c} !== null) {`);
      this.plaats(b.regels);
      this.emit('}');
      return;
    }
    switch (t.soort) {
      case 'getal': case 'percentage': case 'bedrag':
        if (w.v.k === 'bodem') return;
        this.bereik(w, t);
        return;
      case 'lijst': {
        if (w.v.k === 'bodem' || (w.v.k === 'lijst' && w.v.el.k === 'bodem')) return;
        if (w.v.k !== 'lijst') return nee('bereik van een lijst');
        const i = this.tmp();
        const el = w.v.el;
        this.emit(`for (let ${i} = 0; ${i} < ${w.c}.length; ${i}++) {`);
        this.diepte++;
        this.bereikRegel({ c: `${w.c}[${i}]!`, v: el }, t.element, true);
        this.diepte--;
        this.emit('}');
        return;
      }
      case 'gegevens': {
        if (w.v.k !== 'rec') return nee('bereik van een record');
        for (const v of t.velden) this.bereikRegel({ c: eigenschap(w.c, v.naam), v: w.v.v.get(v.naam) ?? BODEM }, v.type, true);
        return;
      }
      default: return nee(`bereik van ${t.soort}`);
    }
  }

  // ---- output ----

  /** Emits the JSON of internal value `c` (shape `v`) of type `t`, as rt.schrijf; bails where it would throw. */
  private schrijf(c: string, v: Vorm, t: Type): string {
    if (v.k === 'bodem') return t.soort === 'lijst' ? '[]' : 'null';
    switch (t.soort) {
      case 'leegbaar': {
        const r = this.tmp();
        const b = this.blok(() => this.schrijf(c, v, t.type));
        this.emit(`let ${r} = null;`)
        this.emit(`if (${c} !== null) {`);
        this.plaats(b.regels);
        this.emit(`  ${r} = ${b.w};`);
        this.emit('}');
        return r;
      }
      case 'ja/nee': case 'tekst': case 'keuze': return c;
      case 'datum': return this.vast(`rt.snelSchrijfDatum(${c})`, PRIM).c;
      case 'duur': return this.vast(`${c}.maanden === 0 ? { dagen: ${c}.dagen + 0 } : ${c}.dagen === 0 ? { maanden: ${c}.maanden + 0 } : { maanden: ${c}.maanden, dagen: ${c}.dagen }`, PRIM).c;
      case 'getal': case 'percentage': {
        if (v.k !== 'num') return nee('uitvoer van een getal');
        // n / 10^s with n and 10^s exact doubles is correctly rounded, as G.naarJsNumber.
        return this.vast(v.s === 0 ? `${c} + 0` : `${c} / ${macht(v.s)} + 0`, PRIM).c;
      }
      case 'bedrag': {
        if (v.k !== 'num') return nee('uitvoer van een bedrag');
        let centen = c;
        if (v.s < 2) centen = this.schaal({ c, v }, 2);
        else if (v.s > 2) {
          this.bail(`${c} % ${macht(v.s - 2)} !== 0`);
          centen = this.vast(`${c} / ${macht(v.s - 2)}`, PRIM).c;
        }
        this.bail(`!(${centen} < 1e15 && ${centen} > -1e15)`);
        return this.vast(`${centen} / 100 + 0`, PRIM).c;
      }
      case 'gegevens': {
        if (v.k !== 'rec') return nee('uitvoer van een record');
        const velden = t.velden.map((f) => `${sleutel(f.naam)}: ${this.schrijf(eigenschap(c, f.naam), v.v.get(f.naam) ?? BODEM, f.type)}`);
        return this.vast(`{ ${velden.join(', ')} }`, PRIM).c;
      }
      case 'lijst': {
        if (v.k !== 'lijst') return nee('uitvoer van een lijst');
        const r = this.tmp();
        const i = this.tmp();
        const b = this.blok(() => this.schrijf(`${c}[${i}]!`, v.el, t.element));
        this.emit(`const ${r}: (${jsonType(t.element)})[] = [];`);
        this.emit(`for (let ${i} = 0; ${i} < ${c}.length; ${i}++) {`);
        this.plaats(b.regels);
        this.emit(`  ${r}.push(${b.w});`);
        this.emit('}');
        return r;
      }
      default: return nee(`uitvoer van type ${t.soort}`);
    }
  }

  // ---- parameters ----

  private constWaarde(e: A.Expr, t: Type): { code: string; v: Vorm } {
    switch (e.kind) {
      case 'GetalLit': case 'PercentageLit': case 'BedragLit': {
        const x = geschaald(e.tekst, e.kind === 'BedragLit' ? 2 : 0);
        return { code: getalCode(x.waarde), v: num(x.s) };
      }
      case 'Negatief': {
        const a = this.constWaarde(e.arg, t);
        if (a.v.k !== 'num') return nee('negatieve constante');
        return { code: a.code.startsWith('(') ? a.code.slice(2, -1) : `(-${a.code})`, v: a.v };
      }
      case 'DatumLit': return { code: getalCode(leesDatum(e.tekst) ?? nee('datum')), v: PRIM };
      case 'JaNeeLit': return { code: String(e.waarde), v: PRIM };
      case 'TekstLit': return { code: js(e.waarde), v: PRIM };
      case 'LeegLit': return { code: 'null', v: BODEM };
      case 'Naam': {
        const b = this.g.bindingen.get(e);
        if (b?.soort === 'keuzewaarde') return { code: js(b.waarde), v: PRIM };
        return nee('parameterwaarde die een naam is');
      }
      case 'DuurExpr': {
        if (e.aantal.kind !== 'GetalLit') return nee('duur als parameterwaarde');
        const x = geschaald(e.aantal.tekst, 0);
        if (x.s !== 0) return nee('duur met decimalen');
        const k = x.waarde * { dagen: 1, weken: 7, maanden: 1, jaren: 12 }[e.eenheid];
        if (!Number.isSafeInteger(k)) return nee('duur te groot');
        return { code: e.eenheid === 'dagen' || e.eenheid === 'weken' ? `{ maanden: 0, dagen: ${k} }` : `{ maanden: ${k}, dagen: 0 }`, v: DUUR };
      }
      default: return nee(`parameterwaarde ${e.kind}`);
    }
  }

  /** Module-level cache of parameter rows per peildatum; `SNEL_kies` fills it. */
  private parameters(namen: ReadonlySet<string>): string {
    const decl: string[] = [];
    const kies: string[] = [];
    for (const p of this.g.parameters) {
      if (!namen.has(p.naam)) continue;
      const id = gebruikersId('sp', p.naam);
      const rijen = p.rijen.map((r) => ({ r, w: this.constWaarde(r.waarde, p.type) }));
      const v = rijen.reduce<Vorm>((a, x) => verenig(a, x.w.v), BODEM);
      if (v.k === 'rec' || v.k === 'lijst') nee('parameter met een samengestelde waarde');
      const waarde = (x: { code: string; v: Vorm }): string => {
        if (v.k !== 'num' || x.v.k !== 'num' || x.v.s === v.s) return x.code;
        const n = Number(x.code.replace(/[()]/g, '')) * 10 ** (v.s - x.v.s);
        if (!Number.isSafeInteger(n)) nee('parameter te groot');
        return getalCode(n);
      };
      decl.push(`let ${id}: ${tsType(p.type)};`);
      this.paramW.set(p.naam, { c: id, v });
      kies.push(`  // parameter ${js(p.naam)}`);
      let eerste = true;
      let sluit = false;
      for (let i = rijen.length - 1; i >= 0 && !sluit; i--) {
        const { r, w } = rijen[i]!;
        const kop = r.vanaf === null ? (eerste ? '{' : 'else {') : `${eerste ? '' : 'else '}if (${js(r.vanaf)} <= peil) {`;
        if (r.vanaf === null) sluit = true;
        kies.push(`  ${kop}`);
        if (r.tot) kies.push(`    if (peil > ${js(r.tot)}) return false;`);
        kies.push(`    ${id} = ${waarde(w)};`);
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
    ].join('\n');
  }

  // ---- dependencies ----

  /** Rules, parameters reachable from the outputs and the input constraints. */
  private bereikbaar(): { regels: Set<string>; parameters: Set<string> } {
    const regels = new Set<string>();
    const parameters = new Set<string>();
    const functies = new Set<string>();
    const loop = (e: A.Expr): void => {
      for (const x of alleExpressies(e)) {
        if (x.kind === 'Naam') {
          const b = this.g.bindingen.get(x);
          if (b?.soort === 'regel' && !regels.has(b.naam)) {
            regels.add(b.naam);
            regel(b.naam);
          } else if (b?.soort === 'parameter') parameters.add(b.naam);
        } else if (x.kind === 'Aanroep' && !functies.has(x.naam)) {
          functies.add(x.naam);
          const f = this.g.functies.get(x.naam);
          if (f) loop(f.decl.lichaam);
        }
      }
    };
    const regel = (naam: string): void => {
      const d = this.g.regels.get(naam)?.decl ?? nee(`regel ${naam}`);
      loop(d.waarde);
      if (d.indien) loop(d.indien);
      for (const u of d.uitzonderingen) {
        loop(u.voorwaarde);
        loop(u.waarde);
      }
    };
    for (const u of this.g.uitvoer) {
      regels.add(u.naam);
      regel(u.naam);
    }
    const eisRegels = new Set<string>();
    const voor = new Set(regels);
    for (const eisen of this.g.soortEisen.values()) for (const e of eisen) loop(e.voorwaarde);
    for (const i of this.g.invoer) for (const e of i.eisen) loop(e.voorwaarde);
    for (const r of regels) if (!voor.has(r)) eisRegels.add(r);
    if (eisRegels.size > 0) nee('een eis die een regel noemt');
    return { regels, parameters };
  }

  // ---- the function ----

  private regel(naam: string): void {
    const r = this.g.regels.get(naam)!;
    const d = r.decl;
    const id = gebruikersId('r', naam);
    const leeg = r.type.soort === 'leegbaar';
    const s: Scope = new Map();
    this.emit(`// regel ${js(naam)}`);
    const uitz = d.uitzonderingen.map((u) => {
      const c = this.ex(u.voorwaarde, s);
      const b = this.blok(() => this.ex(u.waarde, s));
      return { c, b, e: u.waarde };
    });
    // The base is evaluated only when no exception applies; its lines go into that branch.
    const basis = this.blok(() => {
      if (d.indien) this.bail(`!${this.ex(d.indien, s).c}`);
      return d.waarde.kind === 'Tabel' ? this.tabel(d.waarde, s, r.type, leeg) : this.ex(d.waarde, s);
    });
    const v = [...uitz.map((u) => u.b.w.v), basis.w.v].reduce<Vorm>((a, x) => verenig(a, x), BODEM);
    this.emit(`let ${id}: ${tsType(r.type)} | undefined;`);
    if (uitz.length > 0) {
      const k = this.tmp();
      this.emit(`let ${k} = false;`);
      for (const u of uitz) {
        const code = this.verder(u.b.regels, () => this.zet(u.b.w.c, u.b.w.v, v, leeg || this.kanLeeg(u.e), r.type));
        this.emit(`if (${u.c.c}) {`);
        this.plaats(u.b.regels);
        // Two exceptions that apply: the same simple value is fine (the first decides, as in
        // the exact path); a different value is a conflict, a compound one the exact path decides.
        // Compared widened (see gelijkheid): after constant conditions TypeScript narrows the
        // value an earlier exception gave to its literal, which would not overlap this one.
        const breed = `${tsType(r.type)} | undefined`;
        this.emit(`  if (${k}) {`);
        if (v.k === 'duur') {
          // as declared consts: the tests on null then narrow them for the parts
          const [x, y] = [this.tmp(), this.tmp()];
          this.emit(`    const ${x} = ${id} as ${tsType(r.type)};`);
          this.emit(`    const ${y} = ${code} as ${tsType(r.type)};`);
          const delen = `${gelijkheid(`${x}.maanden`, `${y}.maanden`, 'number')} && ${gelijkheid(`${x}.dagen`, `${y}.dagen`, 'number')}`;
          this.emit(`    if (!(${x} === ${y} || (${x} !== null && ${y} !== null && ${delen}))) return undefined;`);
        } else {
          const zelfde = v.k === 'num' || v.k === 'prim' || v.k === 'bodem' ? gelijkheid(id, code, breed) : 'false';
          this.emit(`    if (!(${zelfde})) return undefined;`);
        }
        this.emit('  } else {');
        this.emit(`    ${k} = true;`);
        this.emit(`    ${id} = ${code};`);
        this.emit('  }');
        this.emit('}');
      }
      this.emit(`if (!${k}) {`);
    } else this.emit('{');
    const code = this.verder(basis.regels, () => this.zet(basis.w.c, basis.w.v, v, leeg || this.kanLeeg(d.waarde), r.type));
    this.plaats(basis.regels);
    this.emit(`  ${id} = ${code};`);
    this.emit('}');
    const w = { c: `${id}!`, v };
    this.bereikRegel(w, r.type, leeg);
    this.regelW.set(naam, w);
  }

  /**
   * A decision table, the same shape as the exact path: a labelled block in which each row's
   * condition is tested in turn (`eerste`), or every condition first with exactly one allowed
   * (`uniek`). No matching row (leeg) or two (a conflict) is "not handled": the exact path then
   * gives the error.
   */
  /**
   * A field of an input object as the exact path reads it (json-codec.ts leesVelden): its own
   * property only, so a field on a (polluted) Object.prototype reads as missing.
   */
  private eigenVeld(obj: string, naam: string): string {
    return this.vast(`(Object.hasOwn(${obj}, ${js(naam)}) ? ${obj}[${js(naam)}] : undefined) as unknown`, PRIM).c;
  }

  /**
   * Not handled when the object has a field the type does not declare, by the exact path's rule:
   * its own enumerable string keys (Object.keys). for-in also yields inherited enumerable keys,
   * and skips non-enumerable own ones, so it is filtered rather than counted.
   */
  private alleenBekendeVelden(obj: string, namen: readonly string[]): void {
    const k = this.tmp();
    const bekend = namen.length ? `${namen.map((n) => `case ${js(n)}: `).join('')}break; ` : '';
    this.emit(`for (const ${k} in ${obj}) if (Object.hasOwn(${obj}, ${k})) switch (${k}) { ${bekend}default: return undefined; }`);
  }

  private tabel(t: A.Expr & { kind: 'Tabel' }, s: Scope, type: Type, leeg: boolean): W {
    // evalueerSnel is one function, and TypeScript stops analysing a very large one (TS2563)
    if (t.rijen.length > TABEL_DEEL) nee(`een tabel van meer dan ${TABEL_DEEL} rijen`);
    const uitkomsten = t.rijen.map((r) => this.blok(() => this.ex(r.uitvoer, s)));
    const v = uitkomsten.reduce<Vorm>((a, u) => verenig(a, u.w.v), BODEM);
    const id = this.tmp();
    const label = this.tmp();
    this.emit(`let ${id}: ${tsType(type)} | undefined;`);
    const kies = (i: number): void => {
      const u = uitkomsten[i]!;
      const code = this.verder(u.regels, () => this.zet(u.w.c, u.w.v, v, leeg || this.kanLeeg(t.rijen[i]!.uitvoer), type));
      this.plaats(u.regels);
      this.emit(`  ${id} = ${code};`);
      this.emit(`  break ${label};`);
    };
    if (t.beleid === 'uniek') {
      // a count of flat `if`s, not one long sum: thousands of rows must not nest
      const treffers = this.tmp();
      this.emit(`let ${treffers} = 0;`);
      const c = t.rijen.map((r) => {
        const x = this.tmp();
        this.emit(`const ${x} = ${this.ex(r.voorwaarde, s).c};`);
        this.emit(`if (${x}) ${treffers}++;`);
        return x;
      });
      this.bail(`${treffers} !== 1`);
      this.emit(`${label}: {`);
      c.forEach((x, i) => {
        this.emit(`if (${x}) {`);
        kies(i);
        this.emit('}');
      });
    } else {
      this.emit(`${label}: {`);
      t.rijen.forEach((r, i) => {
        const c = this.ex(r.voorwaarde, s).c;
        this.emit(`if (${c}) {`);
        kies(i);
        this.emit('}');
      });
    }
    this.emit('return undefined;');
    this.emit('}');
    return { c: `${id}!`, v };
  }

  /** The fast evaluator's code (helpers and `evalueerSnel`); throws NietOndersteund. */
  module(): string {
    const g = this.g;
    const { regels, parameters } = this.bereikbaar();
    const paramCode = this.parameters(parameters);
    this.emit(`if (typeof invoer !== 'object' || invoer === null || !rt.snelGewoon(invoer)) return undefined;`);
    this.emit('const x = invoer as { readonly [k: string]: unknown };');
    this.emit('const o = opties as { readonly peildatum?: unknown; readonly parameters?: unknown } | null | undefined;');
    this.emit('let peil: unknown;');
    this.emit('if (o === undefined || o === null) peil = rt.vandaag();');
    this.emit('else {');
    this.emit("  if (typeof o !== 'object') return undefined;");
    this.emit('  peil = o.peildatum ?? rt.vandaag();');
    this.emit('  const ps = o.parameters;');
    this.emit("  if (ps !== undefined && ps !== null && (typeof ps !== 'object' || Object.keys(ps).length !== 0)) return undefined;");
    this.emit('}');
    this.bail(`typeof peil !== 'string'`);
    this.emit('const pd: number = rt.snelDatum(peil);');
    this.bail('pd !== pd');
    if (g.geldigVanaf) this.bail(`peil < ${js(g.geldigVanaf)}`);
    if (g.geldigTot) this.bail(`peil > ${js(g.geldigTot)}`);
    this.emit('if (peil !== SNEL_peil) {');
    this.emit('  SNEL_ok = SNEL_kies(peil);');
    this.emit('  SNEL_peil = peil;');
    this.emit('}');
    this.bail('!SNEL_ok');
    // inputs: the top-level object like a record, without its eis clauses (they come after)
    const velden = g.invoer.map((i) => ({ i, f: this.eigenVeld('x', i.naam) }));
    this.alleenBekendeVelden('x', g.invoer.map((i) => i.naam));
    if (g.invoer.some((i) => i.naam === 'decimaal')) {
      this.bail('rt.snelExact in x');
    }
    for (const v of velden) {
      const w = this.lees(v.f, v.i.type);
      const id = gebruikersId('i', v.i.naam);
      this.emit(`const ${id} = ${w.c};`);
      this.invoerW.set(v.i.naam, { c: id, v: w.v });
    }
    for (const i of g.invoer) for (const e of i.eisen) this.bail(`!${this.ex(e.voorwaarde, new Map()).c}`);
    // rules in dependency order, each once
    for (const knoop of g.volgorde) {
      const naam = knoop.startsWith('regel:') ? knoop.slice('regel:'.length) : null;
      if (naam !== null && regels.has(naam)) this.regel(naam);
    }
    for (const naam of regels) if (!this.regelW.has(naam)) nee(`regel ${naam} niet in de volgorde`);
    const uit = g.uitvoer.map((u) => {
      const w = this.regelW.get(u.naam)!;
      return `${sleutel(u.naam)}: ${this.schrijf(w.c, w.v, u.type)}`;
    });
    this.emit(`return { ${uit.join(', ')} };`);
    return [
      ...this.constanten,
      paramCode,
      '/**',
      ' * De snelle evaluatie (issue 12): undefined betekent "niet behandeld"; `evalueer` rekent dan exact.',
      ' * Een resultaat is gelijk aan dat van de exacte evaluatie, byte voor byte als JSON.',
      ' */',
      'export function evalueerSnel(invoer: unknown, opties?: Opties): Uitvoer | undefined {',
      ...this.uit,
      '}',
    ].join('\n');
  }
}

/** The fast evaluator of a policy, or a stub that never handles (with the reason) when a construct is not implemented. */
export function genereerSnel(g: Gecontroleerd): string {
  try {
    return new Snel(g).module();
  } catch (x) {
    if (!(x instanceof NietOndersteund)) throw x;
    return [
      `// Geen snelle evaluatie voor deze regeling: ${js(x.message)} is niet ondersteund; evalueer rekent altijd exact.`,
      'export function evalueerSnel(_invoer: unknown, _opties?: Opties): Uitvoer | undefined {',
      '  return undefined;',
      '}',
    ].join('\n');
  }
}
