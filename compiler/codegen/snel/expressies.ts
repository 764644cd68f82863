// The expression translator of the fast path: one translation per expression kind, into
// statements emitted through the Schrijver and a side-effect-free value (W) with its shape;
// numbers as scaled integers (products add scales, sums align them), functions inlined,
// folds appending in place where language/vouw.ts allows. Where inputs, parameters and rules
// stand once the function has read or computed them is kept here, for names to find them.
import type * as A from '../../../language/ast.js';
import { REKENREGEL, rekenvariant } from '../../../language/operatoren.js';
import { type Type, bevatVerfijning, samen, zonderLeeg } from '../../../runtime/typen.js';
import * as G from '../../../runtime/getal.js';
import { EERSTE_DAG, LAATSTE_DAG, leesDatum } from '../../../runtime/datum.js';
import { ketting } from '../../../language/walk.js';
import { ingebouwdVariant } from '../../../language/ingebouwd.js';
import { aanvulbareVouw, aanvullingen, isAanvulling } from '../../../language/vouw.js';
import { TABEL_DEEL, eigenschap, gebruikersId, gelijkheid, js, primitiefType, sleutel, tabelOnderwerpen } from '../ts-code.js';
import { schrijf } from './uitvoer.js';
import { type Scope, type Vorm, type W, BODEM, DUUR, PRIM, VEILIG, geschaald, getalCode, gelijkeVorm, macht, nee, num, tsElement, tsType, typeVorm, verenig } from './vorm.js';
import { Schrijver } from './schrijver.js';
import { ingebouwd } from './ingebouwd.js';
import { lijstOp, lijstSom } from './lijsten.js';
import { afgerondeDeling, deling, isDeling } from './deling.js';
import { constWaarde } from './parameters.js';

export class Expressies extends Schrijver {
  private aanroepDiepte = 0;
  /** Where each rule's, input's and parameter's value stands once computed, read or chosen. */
  readonly regelW = new Map<string, W>();
  readonly invoerW = new Map<string, W>();
  readonly paramW = new Map<string, W>();
  /** Per parameter read with `P op D`: the function of the day that gives its row's value. */
  readonly paramOp = new Map<string, W>();
  /** Module-level constants (frozen constant durations), placed before the function. */
  readonly constanten: string[] = [];
  /** The value of each constant duration among them, by its name: date arithmetic with it is written out. */
  private readonly constDuren = new Map<string, { readonly maanden: number; readonly dagen: number }>();
  /**
   * Validates a JSON value of a type as input is read (snel/invoer.ts `lees`, which needs this
   * class, so snel.ts hands it in): the outputs of a used policy's fast path.
   */
  leesJson: (x: string, t: Type) => W = () => nee('geen lezer van JSON');
  /** The scale each numeric input type is read at, where it is not the default (snel/invoer.ts `invoerSchaal`). */
  invoerSchalen: ReadonlyMap<Type, number> = new Map();
  /**
   * Rules computed where they are used, not in dependency order (`uitTeStellen`): their code goes
   * into the branch that needs them, so a branch not taken does not compute them.
   */
  uitgesteld: ReadonlySet<string> = new Set();
  /** Emits a rule's code at the current place (snel/regels.ts `regel`, which needs this class, so snel.ts hands it in). */
  berekenRegel: (naam: string) => void = () => nee('geen regels');

  /** As in the exact path (exact/expressies.ts): a table cell's subject is cast to its type, against narrowing across rows (see tabelOnderwerpen). */
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
        return this.vast(codes.length === 0 ? '[] as never[]' : `[${codes.join(', ')}]`, { kind: 'lijst', el });
      }
      case 'GegevensLit': {
        const velden = e.velden.map((v) => [v.naam, this.ex(v.waarde, s)] as const);
        return this.vast(`{ ${velden.map(([n, w]) => `${sleutel(n)}: ${w.c}`).join(', ')} }`, { kind: 'rec', v: new Map(velden.map(([n, w]) => [n, w.v])) });
      }
      case 'Veld': {
        const o = this.ex(e.object, s);
        if (zonderLeeg(this.type(e.object)).soort === 'lijst') {
          if (o.v.kind !== 'lijst') return nee('veld van een lijst');
          if (o.v.el.kind === 'bodem') return o;
          if (o.v.el.kind !== 'rec') return nee('veld van een lijst zonder records');
          const vv = o.v.el.v.get(e.veld) ?? nee(`veld ${e.veld}`);
          const t = this.tmp();
          const i = this.tmp();
          this.emit(`const ${t}: ${tsElement(this.type(e))}[] = [];`);
          this.emit(`for (let ${i} = 0; ${i} < ${o.c}.length; ${i}++) ${t}.push(${eigenschap(`${o.c}[${i}]!`, e.veld)});`);
          return { c: t, v: { kind: 'lijst', el: vv } };
        }
        if (o.v.kind !== 'rec') return nee('veld van iets anders dan een record');
        return this.vast(eigenschap(o.c, e.veld), o.v.v.get(e.veld) ?? nee(`veld ${e.veld}`));
      }
      case 'Index': {
        const l = this.ex(e.lijst, s);
        const i = this.geheel(this.ex(e.index, s));
        if (l.v.kind !== 'lijst') return nee('index van iets anders dan een lijst');
        this.bail(`!(${i} >= 1 && ${i} <= ${l.c}.length)`);
        return this.vast(`${l.c}[${i} - 1]!`, l.v.el);
      }
      case 'DuurExpr': {
        const g = e.aantal.kind === 'GetalLit' ? G.vanDecimaleTekst(e.aantal.tekst) : null;
        if (g && g.n === 1n && g.t >= 0n && g.t <= 1_000_000n) {
          // a constant duration (`1 dag`): one frozen object in the module, not one per evaluation
          const id = `SNEL_K${this.constanten.length + 1}`;
          this.constanten.push(`const ${id} = Object.freeze(${constWaarde(this.g, e, { soort: 'duur' }).code});`);
          const k = Number(g.t) * { dagen: 1, weken: 7, maanden: 1, jaren: 12 }[e.eenheid];
          this.constDuren.set(id, e.eenheid === 'dagen' || e.eenheid === 'weken' ? { maanden: 0, dagen: k } : { maanden: k, dagen: 0 });
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
        if (a.v.kind === 'duur') return this.vast(`{ maanden: -${a.c}.maanden, dagen: -${a.c}.dagen }`, DUUR);
        if (a.v.kind !== 'num') return nee('min van iets anders dan een getal');
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
        // a quotient rounded: straight from the remainder, whatever decimals the exact quotient has
        if (isDeling(this, e.arg)) return afgerondeDeling(this, this.ex(e.arg.links, s), this.ex(e.arg.rechts, s), e.decimalen, e.richting);
        const a = this.ex(e.arg, s);
        if (a.v.kind !== 'num') return nee('afronden van iets anders dan een getal');
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
      case 'LijstOp': return lijstOp(this, (x, sc) => this.ex(x, sc), e, s);
      case 'Ingebouwd': return ingebouwd(this, (x, sc) => this.ex(x, sc), e, s);
      case 'OpDatum': {
        // undefined: no row on that day, the exact path's error
        const b = e.arg.kind === 'Naam' ? this.g.bindingen.get(e.arg) : undefined;
        const f = (b?.kind === 'parameter' ? this.paramOp.get(b.naam) : undefined) ?? nee("'op' zonder parameter");
        const t = this.vast(`${f.c}(${this.ex(e.datum, s).c})`, f.v);
        this.bail(`${t.c} === undefined`);
        return t;
      }
      case 'RegelingAanroep': {
        // the used policy's own fast path (its namespace's evalueerSnel) on the arguments as JSON,
        // its outputs read back as input of their types: any "not handled" on either side (an
        // input it refuses, an error, a scale the reader does not take) bails to the exact path
        const r = this.g.regelingen.get(e.naam) ?? nee(`regeling ${e.naam}`);
        const json = e.argumenten.map((a) => {
          const t = r.invoer.find((i) => i.naam === a.naam)?.type ?? nee(`invoer ${String(a.naam)}`);
          const w = this.ex(a.waarde, s);
          return `${sleutel(a.naam!)}: ${schrijf(this, w.c, w.v, t)}`;
        });
        const peil = e.datum ? this.vast(`rt.snelSchrijfDatum(${this.ex(e.datum, s).c})`, PRIM).c : '(peil as string)';
        const u = this.vast(`${gebruikersId('reg', e.naam)}.evalueerSnel({ ${json.join(', ')} }, { peildatum: ${peil} })`, PRIM);
        this.bail(`${u.c} === undefined`);
        const velden = r.uitvoer.map((x) => [x.naam, this.leesJson(eigenschap(`${u.c}!`, x.naam), x.type)] as const);
        return this.vast(`{ ${velden.map(([n, w]) => `${sleutel(n)}: ${w.c}`).join(', ')} }`, { kind: 'rec', v: new Map(velden.map(([n, w]) => [n, w.v])) });
      }
      case 'Kwantor': {
        const l = this.ex(e.lijst, s);
        if (l.v.kind !== 'lijst' && l.v.kind !== 'bodem') return nee('kwantor');
        const el = l.v.kind === 'lijst' ? l.v.el : BODEM;
        const iedereen = e.kwantor === 'voor alle';
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
        // `elke b in R ...` where R is `elke w in L geeft X`, computed nowhere else: one loop over L
        const bron = this.samenTeVoegen(e.lijst);
        const l = bron ? this.ex(bron.lijst, new Map()) : this.ex(e.lijst, s);
        if (l.v.kind !== 'lijst' && l.v.kind !== 'bodem') return nee('elke');
        const el = l.v.kind === 'lijst' ? l.v.el : BODEM;
        const t = this.tmp();
        const i = this.tmp();
        const x = this.tmp();
        const lus = this.blok(() => {
          this.emit(`const ${x} = ${l.c}[${i}]!;`);
          const binnen = new Map(s).set(e.variabele.naam, bron ? this.ex(bron.afbeelding, new Map([[bron.variabele, { c: x, v: el }]])) : { c: x, v: el });
          const eigen = binnen.get(e.variabele.naam)!;
          let f: W | null = null;
          if (e.filter) {
            f = this.ex(e.filter, binnen);
            this.emit(`if (${f.c}) {`);
            this.diepte++;
          }
          const w = e.afbeelding ? this.ex(e.afbeelding, binnen) : eigen;
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
        return { c: t, v: { kind: 'lijst', el: lus.w } };
      }
      case 'Vouw': return this.vouw(e, s);
      default: return nee(`expressie ${e.kind}`);
    }
  }

  /**
   * The list a rule R = `elke w in L geeft X` stands for, when R is computed where it is used
   * (uitgesteld: this is its one use), so an `elke` over R can run over L and compute X per element
   * without making R's list (nor, where only its fields are read, X's record); null otherwise. R
   * with an exception, an `indien`, a filter or a range to check is computed as a rule.
   */
  private samenTeVoegen(e: A.Expr): { lijst: A.Expr; variabele: string; afbeelding: A.Expr } | null {
    const b = e.kind === 'Naam' ? this.g.bindingen.get(e) : undefined;
    if (b?.kind !== 'regel' || !this.uitgesteld.has(b.naam) || this.regelW.has(b.naam)) return null;
    const r = this.g.regels.get(b.naam)!;
    const w = r.decl.waarde;
    if (r.decl.uitzonderingen.length > 0 || r.decl.indien || w.kind !== 'Elke' || w.filter || !w.afbeelding) return null;
    if (r.type.soort !== 'lijst' || bevatVerfijning(r.type)) return null;
    return { lijst: w.lijst, variabele: w.variabele.naam, afbeelding: w.afbeelding };
  }

  /** Whether `e` is a parameter whose every row is a whole number of months or years (at most 10.000 years). */
  private inMaanden(e: A.Expr): boolean {
    const b = e.kind === 'Naam' ? this.g.bindingen.get(e) : undefined;
    const p = b?.kind === 'parameter' ? this.g.parameters.find((x) => x.naam === b.naam) : undefined;
    return !!p && p.rijen.length > 0 && p.rijen.every((r) => {
      const w = r.waarde;
      if (w.kind !== 'DuurExpr' || (w.eenheid !== 'maanden' && w.eenheid !== 'jaren') || w.aantal.kind !== 'GetalLit') return false;
      const g = G.vanDecimaleTekst(w.aantal.tekst);
      return !!g && g.n === 1n && g.t >= 0n && g.t <= 10_000n;
    });
  }

  private naam(e: A.Expr & { kind: 'Naam' }, s: Scope): W {
    const b = this.g.bindingen.get(e) ?? nee(`naam ${e.naam}`);
    switch (b.kind) {
      case 'lokaal': return s.get(b.naam) ?? nee(`lokale naam ${b.naam}`);
      case 'invoer': return this.invoerW.get(b.naam) ?? nee(`invoer ${b.naam}`);
      case 'parameter': return this.paramW.get(b.naam) ?? nee(`parameter ${b.naam}`);
      case 'regel':
        if (!this.regelW.has(b.naam) && this.uitgesteld.has(b.naam)) this.berekenRegel(b.naam);
        return this.regelW.get(b.naam) ?? nee(`regel ${b.naam} buiten volgorde`);
      case 'keuzewaarde': return { c: `(${js(b.waarde)} as const)`, v: PRIM };
      default: return nee('binding');
    }
  }

  private rekensom(e: A.Expr & { kind: 'Rekensom' }, s: Scope): W {
    // down the chain in a loop: `a + b + c ...` is as deep as it is long
    const { eerste, schakels } = ketting(e);
    if (schakels.length > 1 && schakels.every((x) => rekenvariant(this.g.rekensommen, x) === 'lijst+lijst')) return lijstSom(this, (x, sc) => this.ex(x, sc), e, [eerste, ...schakels.map((x) => x.rechts)], s);
    let w = this.ex(eerste, s);
    for (const x of schakels) w = this.rekenstap(x, w, this.ex(x.rechts, s));
    return w;
  }

  /** One arithmetic node on its operands' values, by the variant the checker resolved. */
  private rekenstap(e: A.Expr & { kind: 'Rekensom' }, a: W, b: W): W {
    const variant = rekenvariant(this.g.rekensommen, e);
    const regel = REKENREGEL[variant];
    const anders = (): never => nee(`de bewerking ${regel.links} ${regel.op} ${regel.rechts}`);
    // numbers as scaled integers: a product adds the scales (a percentage of X two more), a sum aligns them
    const product = (extra: number): W => {
      if (a.v.kind !== 'num' || b.v.kind !== 'num') return anders();
      this.schaalKosten += a.v.s + b.v.s + extra;
      const t = this.vast(`${a.c} * ${b.c}`, num(a.v.s + b.v.s + extra));
      this.bewaak(t.c);
      return t;
    };
    const som = (teken: '+' | '-'): W => {
      if (a.v.kind !== 'num' || b.v.kind !== 'num') return anders();
      const sc = Math.max(a.v.s, b.v.s);
      const t = this.vast(`${this.schaal(a, sc)} ${teken} ${this.schaal(b, sc)}`, num(sc));
      this.bewaak(t.c);
      return t;
    };
    const datumPlus = (d: string, u: string, teken: string): W => {
      // a constant duration: days added in place, months without the days (the runtime's table-based month step)
      const k = this.constDuren.get(u);
      if (k && k.maanden === 0) {
        const t = this.vast(`${d} ${teken || '+'} ${k.dagen}`, PRIM);
        this.bail(`!(${t.c} >= ${EERSTE_DAG} && ${t.c} <= ${LAATSTE_DAG})`);
        return t;
      }
      const t = k && k.maanden <= 120000 ? this.vast(`rt.snelPlusMaanden(${d}, ${teken}${k.maanden})`, PRIM) : this.vast(`rt.snelPlusDatum(${d}, ${teken}${u}.maanden, ${teken}${u}.dagen)`, PRIM);
      this.bail(`${t.c} !== ${t.c}`);
      return t;
    };
    // a parameter in whole months on every row (`36 maanden`, `5 jaren`): the month step alone
    const maandenErbij = (d: string, u: string, teken: string): W => {
      const t = this.vast(`rt.snelPlusMaanden(${d}, ${teken}${u}.maanden)`, PRIM);
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
        return a.v.kind === 'num' && b.v.kind === 'num' ? deling(this, e, a, b) : anders();
      case 'datum+duur': return this.inMaanden(e.rechts) ? maandenErbij(a.c, b.c, '') : datumPlus(a.c, b.c, '');
      case 'duur+datum': return this.inMaanden(e.links) ? maandenErbij(b.c, a.c, '') : datumPlus(b.c, a.c, '');
      case 'datum-duur': return this.inMaanden(e.rechts) ? maandenErbij(a.c, b.c, '-') : datumPlus(a.c, b.c, '-');
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
        if ((a.v.kind !== 'lijst' && a.v.kind !== 'bodem') || (b.v.kind !== 'lijst' && b.v.kind !== 'bodem')) return nee('lijst + lijst');
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
    if (a.v.kind === 'bodem' || b.v.kind === 'bodem' || sa === 'leeg' || sb === 'leeg') return `(${a.c} as unknown) === ${b.c}`;
    const leeg = this.kanLeeg(ea) || this.kanLeeg(eb);
    const soort = sa;
    let kern: string;
    // Operands widened (gelijkheid): two constants, also after inlining a function, are valid.
    const breed = (): string => primitiefType(samen(this.type(ea), this.type(eb)) ?? this.type(ea));
    if (['ja/nee', 'tekst', 'keuze', 'datum'].includes(soort)) return gelijkheid(a.c, b.c, breed());
    if (soort === 'getal' || soort === 'bedrag' || soort === 'percentage') {
      if (a.v.kind !== 'num' || b.v.kind !== 'num') return nee('vergelijking van getallen');
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
    if (a.v.kind !== 'num' || b.v.kind !== 'num') return nee(`ordening van ${soort}`);
    const sc = Math.max(a.v.s, b.v.s);
    return this.vast(`${this.schaal(a, sc)} ${e.op} ${this.schaal(b, sc)}`, PRIM);
  }

  private vouw(e: A.Expr & { kind: 'Vouw' }, s: Scope): W {
    const begin = this.ex(e.begin, s);
    const l = this.ex(e.lijst, s);
    if (l.v.kind !== 'lijst' && l.v.kind !== 'bodem') return nee('vouw over iets anders dan een lijst');
    const el = l.v.kind === 'lijst' ? l.v.el : BODEM;
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
      const berekend = new Set(this.regelW.keys());
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
          if (z.rechts.kind === 'LijstLit' && vorm.kind === 'lijst') {
            // `acc + [x, y]`: the elements pushed as they are computed, no list made for them
            const ws = z.rechts.elementen.map((x) => ({ x, w: this.ex(x, binnen) }));
            const el = ws.reduce<Vorm>((a, x) => verenig(a, x.w.v), BODEM);
            gevonden = verenig(gevonden, { kind: 'lijst', el });
            const ok = gelijkeVorm(verenig(vorm.el, el), vorm.el);
            const elType = (zonderLeeg(this.type(e)) as { element?: Type }).element ?? null;
            this.emit(`if (${links.c} !== ${eigen}) ${eigen} = ${links.c}.slice();`);
            for (const { x, w } of ws) this.emit(`${eigen}!.push(${ok ? this.zet(w.c, w.v, vorm.el, this.kanLeeg(x), elType) : w.c});`);
            links = { c: `${eigen}!`, v: vorm };
            continue;
          }
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
        // a rule computed in the discarded attempt's lines is computed again in the next
        for (const n of [...this.regelW.keys()]) if (!berekend.has(n)) this.regelW.delete(n);
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
}

