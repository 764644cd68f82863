// The expression translator of the exact path: one translation per expression kind into a
// TypeScript expression over the runtime (`rt.`), amounts as rt.Num in cents, evaluated in the
// interpreter's order; the internal TypeScript types of values and of named soorten, and the
// module's constants (hoisted literals, types, clauses), collected while translating.
// Texts, names and keys are written as in ts-code.ts (shared with the fast path).
import * as A from '../../../language/ast.js';
import type { Gecontroleerd } from '../../../language/checker.js';
import { rekenvariant } from '../../../language/operatoren.js';
import { type Type, samen, zonderLeeg } from '../../../runtime/typen.js';
import * as G from '../../../runtime/getal.js';
import { leesDatum } from '../../../runtime/datum.js';
import { aanvulbareVouw, aanvullingen, isAanvulling } from '../../../language/vouw.js';
import { ketting, tabelAanroepen } from '../../../language/walk.js';
import { ingebouwdVariant } from '../../../language/ingebouwd.js';
import { ingebouwdCode } from '../ingebouwd.js';
import { eigenschap, gebruikersId, gelijkheid, js, keuzeType, primitiefType, sleutel, tabelOnderwerpen } from '../ts-code.js';

/** A text in a comment: quoted and escaped as a literal, so it cannot end the comment. */
export function commentaar(s: string): string {
  return js(s);
}

export function tekst(s: string | null): string {
  return s === null ? 'null' : js(s);
}

export type Scope = ReadonlyMap<string, string>;

export class ExactExpressies {
  readonly constanten: string[] = [];
  private readonly constanteCache = new Map<string, string>();
  /** Named record soorten seen in generated types, by name: their interface is emitted at the end. */
  readonly soorten = new Map<string, Type & { soort: 'gegevens' }>();

  constructor(readonly g: Gecontroleerd) {}

  constante(cacheSleutel: string, code: string, type?: string): string {
    const bekend = this.constanteCache.get(cacheSleutel);
    if (bekend) return bekend;
    const id = `K${this.constanten.length + 1}`;
    this.constanten.push(`const ${id}${type ? `: ${type}` : ''} = ${code};`);
    this.constanteCache.set(cacheSleutel, id);
    return id;
  }

  // ---- types ----

  private soortNaam(t: Type & { soort: 'gegevens'; naam: string }): string {
    if (!this.soorten.has(t.naam)) this.soorten.set(t.naam, t);
    return gebruikersId('S', t.naam);
  }

  /** The internal TypeScript type of values of `t` (amounts as rt.Num in cents). */
  tsType(t: Type): string {
    switch (t.soort) {
      case 'ja/nee': return 'boolean';
      case 'getal': case 'bedrag': case 'percentage': return 'rt.Num';
      case 'datum': return 'number';
      case 'duur': return 'rt.Duur';
      case 'tekst': return 'string';
      case 'keuze': return keuzeType(t.waarden);
      case 'gegevens': return t.naam !== undefined ? this.soortNaam({ ...t, naam: t.naam }) : this.recordType(t);
      case 'lijst': return `readonly (${this.tsType(t.element)})[]`;
      case 'leegbaar': return `${this.tsType(t.type)} | null`;
      case 'leeg': return 'null';
      case 'niets': case 'fout': case 'tupel': return 'never';
    }
  }

  recordType(t: Type & { soort: 'gegevens' }): string {
    return `{ ${t.velden.map((v) => `readonly ${sleutel(v.naam)}: ${this.tsType(v.type)}`).join('; ')} }`;
  }

  typeConstante(t: Type): string {
    const json = js(t);
    return this.constante(`type:${json}`, json, 'rt.Type');
  }

  type(e: A.Expr): Type {
    const t = this.g.typen.get(e);
    if (!t) throw new Error(`interne fout: expressie zonder type op regel ${e.plek.regel}`);
    return t;
  }

  // ---- expressions ----

  private getalCode(tekstWaarde: string, schaal: bigint): string {
    const g = G.maal(G.vanDecimaleTekst(tekstWaarde)!, G.getal(schaal));
    if (g.n === 1n && g.t <= 9007199254740991n && g.t >= -9007199254740991n) return String(g.t);
    return this.constante(`q:${g.t}/${g.n}`, `rt.q(${g.t}n, ${g.n}n)`, 'rt.Num');
  }

  /**
   * The subject of a table cell's test is cast to its declared type: the rows' conditions test
   * the same input one after another, and TypeScript's narrowing from an earlier row would make a
   * later comparison a type error ("no overlap").
   */
  ex(e: A.Expr, s: Scope): string {
    const kern = this.exKern(e, s);
    return tabelOnderwerpen(this.g).has(e) ? `(${kern} as ${this.tsType(this.type(e))})` : kern;
  }

  private exKern(e: A.Expr, s: Scope): string {
    switch (e.kind) {
      case 'GetalLit': case 'PercentageLit': return this.getalCode(e.tekst, 1n);
      case 'BedragLit': return this.getalCode(e.tekst, 100n);
      case 'DatumLit': return `${leesDatum(e.tekst)} /* ${e.tekst} */`;
      case 'TekstLit': return js(e.waarde);
      case 'JaNeeLit': return String(e.waarde);
      case 'LeegLit': return 'null';
      case 'Peildatum': return 'c.peildatum';
      case 'Naam': return this.naam(e, s);
      case 'Aanroep': {
        const f = this.g.functies.get(e.naam)!;
        const roep = `${gebruikersId('f', f.naam)}(c${e.argumenten.map((a) => `, ${this.ex(a, s)}`).join('')})`;
        if (!tabelAanroepen(this.g.regels).has(e)) return roep;
        // in a decision table's row the call gets its own node in the explanation (rt.functieInRij)
        const typeId = this.typeConstante(f.type);
        return `rt.functieInRij(c.spoor, ${js(f.naam)}, ${f.decl.bron ? js(f.decl.bron.tekst) : 'null'}, () => ${roep}, (w) => rt.schrijfUitleg(w, ${typeId}, ${js(f.naam)}))`;
      }
      case 'Tupel': case 'Fout': throw new Error(`interne fout: ${e.kind} in gecontroleerde code`);
      case 'LijstLit': return `[${e.elementen.map((x) => this.ex(x, s)).join(', ')}]`;
      // In parentheses: as the body of an arrow function `{` would start a block.
      case 'GegevensLit': return `({ ${e.velden.map((v) => `${sleutel(v.naam)}: ${this.ex(v.waarde, s)}`).join(', ')} })`;
      case 'Veld': {
        const o = this.ex(e.object, s);
        if (zonderLeeg(this.type(e.object)).soort === 'lijst') return `${o}.map((x) => ${eigenschap('x', e.veld)})`;
        return eigenschap(o, e.veld);
      }
      case 'Index': return `rt.element(${this.ex(e.lijst, s)}, ${this.ex(e.index, s)})`;
      case 'DuurExpr': {
        const code = `rt.duur(${js(e.eenheid)}, ${this.ex(e.aantal, s)})`;
        return e.aantal.kind === 'GetalLit' ? this.constante(`duur:${e.aantal.tekst}:${e.eenheid}`, code, 'rt.Duur') : code;
      }
      case 'Negatief': return this.type(e).soort === 'duur' ? `rt.negDuur(${this.ex(e.arg, s)})` : `rt.neg(${this.ex(e.arg, s)})`;
      case 'Niet': return `!${this.haakjes(this.ex(e.arg, s))}`;
      case 'Logisch': {
        const { eerste, schakels } = ketting(e);
        return this.inStukken(this.ex(eerste, s), schakels, (a, x) => `(${a} ${x.op === 'en' ? '&&' : '||'} ${this.ex(x.rechts, s)})`);
      }
      case 'Rekensom': return this.rekensom(e, s);
      case 'Vergelijking': return this.vergelijking(e, s);
      case 'EenVan': {
        const opties = e.opties.map((o) => this.kaal(o, s));
        const type = this.typeConstante(this.vergelijkType(e.waarde, ...e.opties));
        // The options are evaluated one at a time, left to right, up to the first equal one (as
        // the interpreter does): each is a function, called by rt.eenVanLui. Only a list of
        // literals, which read nothing and cannot fail, is made once, as a constant.
        const constant = e.opties.every((o) => LETTERLIJK.has(o.kind) || (o.kind === 'Naam' && this.g.bindingen.get(o)?.kind === 'keuzewaarde'));
        const code = constant
          ? `rt.eenVan(${this.ex(e.waarde, s)}, ${this.constante(`opties:${opties.join(',')}`, `[${opties.join(', ')}] as const`)}, ${type})`
          : `rt.eenVanLui(${this.ex(e.waarde, s)}, [${opties.map((o) => `() => ${o}`).join(', ')}], ${type})`;
        return e.negatief ? `!${code}` : code;
      }
      case 'IsLeeg': return `(${this.ex(e.arg, s)} ${e.negatief ? '!==' : '==='} null)`;
      case 'Als': return `(${this.ex(e.voorwaarde, s)} ? ${this.ex(e.dan, s)} : ${this.ex(e.anders, s)})`;
      case 'Afronding': {
        const variant = ingebouwdVariant(this.g.ingebouwden, e);
        // the drafter's decimals, checked alike in both engines; amounts are cents here
        const arg = this.ex(e.arg, s);
        switch (variant) {
          case 'afgerond getal': case 'afgerond percentage': return `rt.afronden(${arg}, ${e.decimalen}, ${js(e.richting)})`;
          case 'afgerond bedrag': return `rt.afronden(${arg}, ${e.decimalen}, ${js(e.richting)}, true)`;
          default: {
            const _never: never = variant;
            throw new Error(`interne fout: afronding ${String(_never)}`);
          }
        }
      }
      case 'LijstOp': return this.lijstOp(e, s);
      case 'Ingebouwd': return ingebouwdCode(ingebouwdVariant(this.g.ingebouwden, e), e.argumenten.map((a) => this.ex(a, s)));
      case 'Kwantor': {
        const [id, binnen] = this.bind(s, e.variabele.naam);
        return `${this.ex(e.lijst, s)}.${e.kwantor === 'er is een' ? 'some' : 'every'}((${id}) => ${this.ex(e.voorwaarde, binnen)})`;
      }
      case 'Elke': {
        const [id, binnen] = this.bind(s, e.variabele.naam);
        let code = this.ex(e.lijst, s);
        if (e.filter) code = `${code}.filter((${id}) => ${this.ex(e.filter, binnen)})`;
        if (e.afbeelding) code = `${code}.map((${id}) => ${this.ex(e.afbeelding, binnen)})`;
        return code;
      }
      case 'Vouw': {
        const [x, s1] = this.bind(s, e.variabele.naam);
        const [acc, s2] = this.bind(s1, e.accumulator.naam);
        const accType = this.tsType(this.type(e));
        const elType = this.tsType((zonderLeeg(this.type(e.lijst)) as { element: Type }).element);
        if (aanvulbareVouw(this.g, e)) {
          // `acc + E` appends in place to a list the fold made itself (linear; see vouw.ts).
          // A generator name (no `$`), so no drafter's variable can be or shadow it.
          const vul = 'aanvul';
          const stap = (x_: A.Expr): string => {
            if (x_.kind === 'Als') return `(${this.ex(x_.voorwaarde, s2)} ? ${stap(x_.dan)} : ${stap(x_.anders)})`;
            return isAanvulling(this.g, e, x_) ? aanvulling(x_) : this.ex(x_, s2);
          };
          // `acc + E1 + E2` is `vul(vul(acc, E1), E2)`: E1 is appended before E2 is evaluated,
          // as the interpreter does; neither mentions acc, so no value can tell.
          const aanvulling = (x_: A.Expr & { kind: 'Rekensom' }): string =>
            this.inStukken(acc, aanvullingen(this.g, e, x_)!, (a, y) => `${vul}(${a}, ${this.ex(y.rechts, s2)})`);
          return `rt.vouwAanvullend<${elType}, ${this.tsType((zonderLeeg(this.type(e)) as { element: Type }).element)}>(${this.ex(e.begin, s)}, ${this.ex(e.lijst, s)}, (${acc}, ${x}, ${vul}) => ${stap(e.stap)})`;
        }
        return `rt.vouw<${accType}, ${elType}>(${this.ex(e.begin, s)}, ${this.ex(e.lijst, s)}, (${acc}, ${x}) => ${this.ex(e.stap, s2)})`;
      }
      // `P op D`: P's row on day D, through the parameter's rows (parameterFunctie's constant)
      case 'OpDatum': {
        const b = e.arg.kind === 'Naam' ? this.g.bindingen.get(e.arg) : undefined;
        if (b?.kind !== 'parameter') throw new Error("interne fout: 'op' zonder parameter");
        return `rt.parameterOp(${gebruikersId('pd', b.naam)}, c.overschreven, ${this.ex(e.datum, s)}, c.spoor)`;
      }
      // a used policy, embedded in this module as a namespace (Codegen.ingebed): the inputs in
      // source order, then the date, then its entry (rt.roepAan names both policies in an error)
      case 'RegelingAanroep': {
        const r = this.g.regelingen.get(e.naam)!;
        const gegeven = new Set(e.argumenten.map((a) => a.naam!));
        const velden = [...e.argumenten.map((a) => `${sleutel(a.naam!)}: ${this.ex(a.waarde, s)}`), ...r.invoer.filter((i) => !gegeven.has(i.naam)).map((i) => `${sleutel(i.naam)}: null`)];
        const datum = e.datum ? this.ex(e.datum, s) : 'null';
        return `rt.roepAan(c.spoor, ${js(e.naam)}, ${js(r.naam)}, ${tekst(r.bron)}, ${js(this.g.naam)}, ${e.plek.regel}, { ${velden.join(', ')} }, ${datum}, c.peildatumTekst, ${gebruikersId('reg', e.naam)}.alsAangeroepen)`;
      }
      // A table is a rule's value only; regelFunctie writes it as statements (tabelCode).
      case 'Tabel': throw new Error('interne fout: een tabel buiten een regel');
      default: return A.onmogelijk(e);
    }
  }

  /** An operand of a comparison: a choice value as a plain string literal. */
  private kaal(e: A.Expr, s: Scope): string {
    const b = e.kind === 'Naam' ? this.g.bindingen.get(e) : undefined;
    return b?.kind === 'keuzewaarde' ? js(b.waarde) : this.ex(e, s);
  }

  haakjes(code: string): string {
    return /^[\w$.]+(\(.*\))?$/.test(code) && !code.includes(' ') ? code : `(${code})`;
  }

  /** A local (lambda, fold or function parameter): an inner one shadows an outer one, as in the interpreter. */
  bind(s: Scope, naam: string): [string, Scope] {
    const id = gebruikersId('v', naam);
    const m = new Map(s);
    m.set(naam, id);
    return [id, m];
  }

  private naam(e: A.Expr & { kind: 'Naam' }, s: Scope): string {
    const b = this.g.bindingen.get(e)!;
    let code: string;
    let gedeclareerd: Type | undefined;
    switch (b.kind) {
      case 'lokaal':
        return s.get(b.naam)!;
      case 'invoer':
        code = eigenschap('c.invoer', b.naam);
        gedeclareerd = this.g.invoer.find((i) => i.naam === b.naam)!.type;
        break;
      case 'parameter':
        return `${gebruikersId('p', b.naam)}(c)`;
      case 'regel':
        code = `${gebruikersId('r', b.naam)}(c)`;
        gedeclareerd = this.g.regels.get(b.naam)!.type;
        break;
      case 'keuzewaarde':
        // `as const` keeps the literal type where TypeScript would widen it (lists, branches).
        return `(${js(b.waarde)} as const)`;
      default:
        return A.onmogelijk(b);
    }
    // The checker proved this value non-empty here (after an `is leeg` test); tell TypeScript.
    return gedeclareerd.soort === 'leegbaar' && this.type(e).soort !== 'leegbaar' ? `${code}!` : code;
  }

  /**
   * The code of a chain (`a + b + c ...`, `a en b ...`), one step after the other: nested up to
   * STUK steps, then each piece a constant in an arrow function, so generated code is never
   * nested deeper than that however long the chain (prettier and tsc recurse on nesting). The
   * operands are still evaluated in order, each once. Each piece is the result of an arrow
   * function with its type written out: tsc takes a call's type from that and checks the body
   * later, on its own; from a bare expression (even under a typed constant, when the type is a
   * union such as boolean) it would find the type of the last piece by going back through all
   * the others, as deep as the chain is long.
   */
  private inStukken<S extends A.Expr>(begin: string, stappen: readonly S[], stap: (code: string, s: S) => string): string {
    let code = begin;
    const regels: string[] = [];
    stappen.forEach((x, i) => {
      if (i > 0 && i % STUK === 0) {
        const k = `stuk${regels.length + 1}`;
        regels.push(`const ${k} = ((): ${this.tsType(this.type(stappen[i - 1]!))} => ${code})();`);
        code = k;
      }
      code = stap(code, x);
    });
    return regels.length === 0 ? code : `(() => { ${regels.join(' ')} return ${code}; })()`;
  }

  private rekensom(e: A.Expr & { kind: 'Rekensom' }, s: Scope): string {
    const { eerste, schakels } = ketting(e);
    return this.inStukken(this.ex(eerste, s), schakels, (a, x) => this.rekenstap(x, a, this.ex(x.rechts, s)));
  }

  /** One arithmetic node on its operands' code, by the variant the checker resolved. */
  private rekenstap(e: A.Expr & { kind: 'Rekensom' }, a: string, b: string): string {
    const variant = rekenvariant(this.g.rekensommen, e);
    switch (variant) {
      case 'getal+getal': case 'bedrag+bedrag': case 'percentage+percentage': return `rt.plus(${a}, ${b})`;
      case 'getal-getal': case 'bedrag-bedrag': case 'percentage-percentage': return `rt.min(${a}, ${b})`;
      case 'getal*getal': case 'bedrag*getal': case 'getal*bedrag': case 'percentage*getal': case 'getal*percentage': return `rt.maal(${a}, ${b})`;
      case 'bedrag*percentage': case 'percentage*bedrag': case 'percentage van bedrag': case 'percentage van getal': case 'percentage van percentage':
        return `rt.procent(${a}, ${b})`;
      case 'getal/getal': case 'bedrag/bedrag': case 'percentage/percentage': case 'bedrag/getal': case 'percentage/getal': return `rt.deel(${a}, ${b})`;
      case 'datum+duur': return `rt.datumPlusDuur(${a}, ${b})`;
      case 'duur+datum': return `rt.duurPlusDatum(${a}, ${b})`;
      case 'datum-duur': return `rt.datumMinDuur(${a}, ${b})`;
      case 'datum-datum': return `rt.verschilDagen(${a}, ${b})`;
      case 'duur+duur': return `rt.plusDuur(${a}, ${b})`;
      case 'duur-duur': return `rt.minDuur(${a}, ${b})`;
      case 'duur*getal': return `rt.maalDuur(${a}, ${b})`;
      case 'getal*duur': return `rt.getalMaalDuur(${a}, ${b})`;
      case 'lijst+lijst': return `[...${this.haakjes(a)}, ...${this.haakjes(b)}]`;
      default: {
        const _never: never = variant;
        throw new Error(`interne fout: rekensom ${String(_never)}`);
      }
    }
  }

  /** The common static type of compared values: equality walks it, not the shape of the values. */
  private vergelijkType(...es: A.Expr[]): Type {
    return es.map((x) => this.type(x)).reduce((a, b) => samen(a, b) ?? a);
  }

  private vergelijkFunctie(t: Type): string {
    switch (zonderLeeg(t).soort) {
      case 'datum': return 'rt.vglDatum';
      case 'duur': return 'rt.vglDuur';
      default: return 'rt.vgl';
    }
  }

  private vergelijking(e: A.Expr & { kind: 'Vergelijking' }, s: Scope): string {
    const lt = this.type(e.links);
    const rt_ = this.type(e.rechts);
    const a = this.kaal(e.links, s);
    const b = this.kaal(e.rechts, s);
    if (e.op === '=' || e.op === '!=') {
      const soort = zonderLeeg(lt).soort;
      // TypeScript lets anything be compared with null, so a test on leeg needs no widening.
      const metLeeg = soort === 'leeg' || zonderLeeg(rt_).soort === 'leeg';
      const eenvoudig = ['ja/nee', 'tekst', 'keuze', 'datum'].includes(soort);
      const code = metLeeg ? `${a} === ${b}`
        : eenvoudig ? gelijkheid(a, b, primitiefType(this.vergelijkType(e.links, e.rechts)))
        : lt.soort !== 'leegbaar' && rt_.soort !== 'leegbaar' && soort !== 'gegevens' && soort !== 'lijst' && soort !== 'duur' ? `rt.isGelijk(${a}, ${b})` : `rt.gelijk(${a}, ${b}, ${this.typeConstante(this.vergelijkType(e.links, e.rechts))})`;
      return e.op === '=' ? `(${code})` : `!(${code})`;
    }
    if (zonderLeeg(lt).soort === 'datum') return `(${a} ${e.op} ${b})`;
    return `(${this.vergelijkFunctie(lt)}(${a}, ${b}) ${e.op} 0)`;
  }

  private lijstOp(e: A.Expr & { kind: 'LijstOp' }, s: Scope): string {
    const lijst = e.arg.kind === 'Tupel' ? `[${e.arg.leden.map((x) => this.ex(x, s)).join(', ')}]` : this.ex(e.arg, s);
    const variant = ingebouwdVariant(this.g.ingebouwden, e);
    switch (variant) {
      case 'aantal': return `${this.haakjes(lijst)}.length`;
      case 'som getal': case 'som bedrag': case 'som percentage': return `rt.som(${lijst})`;
      case 'eerste': case 'laatste': return `rt.${variant}(${lijst})`;
      case 'minimum getal': case 'minimum bedrag': case 'minimum percentage': case 'maximum getal': case 'maximum bedrag': case 'maximum percentage':
        return `rt.extreem(${lijst}, rt.vgl, ${js(e.op)})`;
      case 'minimum datum': case 'maximum datum': return `rt.extreem(${lijst}, rt.vglDatum, ${js(e.op)})`;
      case 'minimum duur': case 'maximum duur': return `rt.extreem(${lijst}, rt.vglDuur, ${js(e.op)})`;
      default: {
        const _never: never = variant;
        throw new Error(`interne fout: lijstoperatie ${String(_never)}`);
      }
    }
  }
}

/** Expression kinds whose code reads nothing: an `is een van` list of these can be hoisted. */
const LETTERLIJK = new Set<A.Expr['kind']>(['GetalLit', 'BedragLit', 'PercentageLit', 'DatumLit', 'TekstLit', 'JaNeeLit', 'LeegLit']);

/** Steps of a chain written nested in generated code before the next piece gets a constant (inStukken). */
const STUK = 32;
