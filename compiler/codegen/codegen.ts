// AST -> TypeScript: turns a checked policy into a plain module with one named function per rule,
// the rule's bron above it, and no interpreter loop. Amounts are integer cents where exact; the
// evaluation order (and so the explanation tree and error kinds) matches the interpreter's.
// Longer than 600 lines: every expression kind needs its own translation, kept side by side.
// Texts, names, keys and the JSON contract's types are written as in ts-code.ts (shared with snel.ts).
import * as A from '../../language/ast.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { rekenvariant } from '../../language/operatoren.js';
import { ingebouwdVariant } from '../../language/ingebouwd.js';
import { ingebouwdCode } from './ingebouwd.js';
import { type Type, bevatVerfijning, samen, zonderLeeg } from '../../runtime/typen.js';
import * as G from '../../runtime/getal.js';
import { leesDatum } from '../../runtime/datum.js';
import { constante } from '../interpreter/interpreter.js';
import { naarJson } from '../interpreter/waarde.js';
import { aanvulbareVouw, aanvullingen, isAanvulling } from '../../language/vouw.js';
import { ketting } from '../../language/walk.js';
import { genereerSnel } from './snel.js';
import { TABEL_DEEL, eigenschap, gebruikersId, gelijkheid, js, jsonType, keuzeType, primitiefType, sleutel, tabelOnderwerpen } from './ts-code.js';

/** A text in a comment: quoted and escaped as a literal, so it cannot end the comment. */
function commentaar(s: string): string {
  return js(s);
}

function tekst(s: string | null): string {
  return s === null ? 'null' : js(s);
}

type Scope = ReadonlyMap<string, string>;

export class Codegen {
  private readonly constanten: string[] = [];
  private readonly constanteCache = new Map<string, string>();
  /** Named record soorten seen in generated types, by name: their interface is emitted at the end. */
  private readonly soorten = new Map<string, Type & { soort: 'gegevens' }>();

  constructor(private readonly g: Gecontroleerd) {}

  private constante(cacheSleutel: string, code: string, type?: string): string {
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

  private recordType(t: Type & { soort: 'gegevens' }): string {
    return `{ ${t.velden.map((v) => `readonly ${sleutel(v.naam)}: ${this.tsType(v.type)}`).join('; ')} }`;
  }

  private typeConstante(t: Type): string {
    const json = js(t);
    return this.constante(`type:${json}`, json, 'rt.Type');
  }

  private type(e: A.Expr): Type {
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
        return `${gebruikersId('f', f.naam)}(c${e.argumenten.map((a) => `, ${this.ex(a, s)}`).join('')})`;
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
        const constant = e.opties.every((o) => LETTERLIJK.has(o.kind) || (o.kind === 'Naam' && this.g.bindingen.get(o)?.soort === 'keuzewaarde'));
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
        return `${this.ex(e.lijst, s)}.${e.soort === 'er is een' ? 'some' : 'every'}((${id}) => ${this.ex(e.voorwaarde, binnen)})`;
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
      // A table is a rule's value only; regelFunctie writes it as statements (tabelCode).
      case 'Tabel': throw new Error('interne fout: een tabel buiten een regel');
      default: return A.onmogelijk(e);
    }
  }

  /** An operand of a comparison: a choice value as a plain string literal. */
  private kaal(e: A.Expr, s: Scope): string {
    const b = e.kind === 'Naam' ? this.g.bindingen.get(e) : undefined;
    return b?.soort === 'keuzewaarde' ? js(b.waarde) : this.ex(e, s);
  }

  private haakjes(code: string): string {
    return /^[\w$.]+(\(.*\))?$/.test(code) && !code.includes(' ') ? code : `(${code})`;
  }

  /** A local (lambda, fold or function parameter): an inner one shadows an outer one, as in the interpreter. */
  private bind(s: Scope, naam: string): [string, Scope] {
    const id = gebruikersId('v', naam);
    const m = new Map(s);
    m.set(naam, id);
    return [id, m];
  }

  private naam(e: A.Expr & { kind: 'Naam' }, s: Scope): string {
    const b = this.g.bindingen.get(e)!;
    let code: string;
    let gedeclareerd: Type | undefined;
    switch (b.soort) {
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

  // ---- the module ----


  module(): string {
    const g = this.g;
    const invoerVelden = g.invoer.map((i) => ({ naam: i.naam, type: i.type }));
    const paramVelden = g.parameters.map((p) => ({ naam: p.naam, type: p.type }));

    // functions and rules first, so every constant they need is collected
    const functies = [...g.functies.values()].map((f) => {
      const [scope, params] = f.parameters.reduce<[Scope, string[]]>(([sc, ps], p) => {
        const [id, nieuw] = this.bind(sc, p.naam);
        return [nieuw, [...ps, `${id}: ${this.tsType(p.type)}`]];
      }, [new Map(), []]);
      return [
        `/** functie ${f.naam}${f.decl.bron ? `: ${commentaar(f.decl.bron.tekst)}` : ''} */`,
        `function ${gebruikersId('f', f.naam)}(c: Context, ${params.join(', ')}): ${this.tsType(f.type)} {`,
        `  return ${this.ex(f.decl.lichaam, scope)};`,
        '}',
      ].filter(Boolean).join('\n');
    });
    const regels = [...g.regels.values()].map((r) => this.regelFunctie(r.naam));
    const params = g.parameters.map((p) => this.parameterFunctie(p.naam));
    const eisen = this.eisenCode();
    const invoerIntern = `interface InvoerIntern {\n${g.invoer.map((i) => `  readonly ${sleutel(i.naam)}: ${this.tsType(i.type)};`).join('\n')}\n}`;
    const memo = [
      ...[...g.regels.values()].map((r) => `  m_${gebruikersId('r', r.naam)}?: ${this.tsType(r.type)};`),
      ...g.parameters.map((p) => `  m_${gebruikersId('p', p.naam)}?: rt.Rij<${this.tsType(p.type)}>;`),
    ];

    // No file path in the header: a path is not the policy's text and may hold any character.
    const delen: string[] = [];
    delen.push('// Gegenereerd door regelwerk. Niet met de hand bewerken: pas de regeling aan.');
    delen.push(`// Regeling ${js(g.naam)}${g.bron ? ` — bron: ${commentaar(g.bron)}` : ''}`);
    delen.push(`import * as rt from 'regelwerk/runtime';`);
    // Every soort seen so far; a soort's fields may name further soorten (the map grows while iterated).
    for (const [naam, t] of this.soorten) {
      delen.push(`/** soort ${naam} */\ninterface ${gebruikersId('S', naam)} ${this.recordType(t)}`);
    }
    delen.push(`export interface Invoer {\n${g.invoer.map((i) => `  /** ${commentaar(i.bron ?? i.naam)} */\n  ${sleutel(i.naam)}${i.type.soort === 'leegbaar' ? '?' : ''}: ${jsonType(i.type)};`).join('\n')}\n}`);
    delen.push(`export interface Uitvoer {\n${g.uitvoer.map((u) => `  /** ${commentaar(u.bron ?? u.naam)} */\n  ${sleutel(u.naam)}: ${jsonType(u.type)};`).join('\n')}\n}`);
    delen.push(`export interface Parameters {\n${g.parameters.map((p) => `  ${sleutel(p.naam)}: ${jsonType(p.type)};`).join('\n')}\n}`);
    delen.push('export interface Opties {\n  /** "JJJJ-MM-DD"; standaard vandaag. Kiest de rij van gedateerde parameters. */\n  peildatum?: string;\n  parameters?: Partial<Parameters>;\n}');
    delen.push(invoerIntern);
    delen.push(`interface Context {\n  readonly invoer: InvoerIntern;\n  readonly peildatum: number;\n  readonly peildatumTekst: string;\n  readonly overschreven: ReadonlyMap<string, unknown>;\n  readonly spoor: rt.Spoor | null;\n${memo.join('\n')}\n}`);
    delen.push(`const INVOER: readonly { naam: string; type: rt.Type }[] = ${js(invoerVelden)};`);
    delen.push(`const PARAMETERS: readonly { naam: string; type: rt.Type }[] = ${js(paramVelden)};`);
    delen.push(`const BASIS: rt.Besluit = { soort: 'basis' };`);
    delen.push(this.regelingMetadata());
    delen.push(...this.constanten);
    delen.push(...params, ...functies, ...regels, eisen);
    delen.push(this.ingangen());
    return delen.join('\n\n');
  }

  private regelingMetadata(): string {
    const g = this.g;
    const meta = {
      naam: g.naam,
      bron: g.bron,
      geldigVanaf: g.geldigVanaf,
      geldigTot: g.geldigTot,
      parameters: g.parameters.map((p) => ({
        naam: p.naam, type: p.type, bron: p.bron,
        rijen: p.rijen.map((r) => ({ vanaf: r.vanaf, ...(r.tot ? { tot: r.tot } : {}), waarde: naarJson(constante(g, r.waarde), p.naam, false, p.type), bron: r.bron?.tekst ?? null })),
      })),
      invoer: g.invoer.map((i) => ({ naam: i.naam, type: i.type, bron: i.bron })),
      uitvoer: g.uitvoer.map((u) => ({ naam: u.naam, type: u.type, bron: u.bron })),
    };
    return `/** De regeling: naam, bron, geldigheid, parameters met hun gedateerde waarden, invoer en uitvoer. */\nexport const regeling = ${js(meta, 2)} as const;`;
  }

  private parameterFunctie(naam: string): string {
    const p = this.g.parameters.find((x) => x.naam === naam)!;
    const t = this.tsType(p.type);
    const id = gebruikersId('p', naam);
    const rijen = p.rijen.map((r) => `    { vanaf: ${tekst(r.vanaf)},${r.tot ? ` tot: ${tekst(r.tot)},` : ''} waarde: ${this.ex(r.waarde, new Map())}, bron: ${tekst(r.bron?.tekst ?? p.bron)} },`);
    const def = gebruikersId('pd', naam);
    return [
      `const ${def}: rt.Parameter<${t}> = {`,
      `  naam: ${js(naam)},`,
      `  bron: ${tekst(p.bron)},`,
      `  type: ${js(p.type)},`,
      '  rijen: [',
      ...rijen,
      '  ],',
      '};',
      '',
      `/** parameter ${naam}${p.bron ? `: ${commentaar(p.bron)}` : ''} */`,
      `function ${id}(c: Context): ${t} {`,
      `  const rij = (c.m_${id} ??= rt.kiesParameter(${def}, c.overschreven, c.peildatumTekst));`,
      `  if (c.spoor) rt.spoorParameter(c.spoor, ${def}, rij, c.overschreven);`,
      '  return rij.waarde;',
      '}',
    ].join('\n');
  }

  private regelFunctie(naam: string): string {
    const r = this.g.regels.get(naam)!;
    const d = r.decl;
    const id = gebruikersId('r', naam);
    const t = this.tsType(r.type);
    const typeId = this.typeConstante(r.type);
    const leeg = new Map<string, string>();
    const regels: string[] = [];
    const bron = d.bron ? this.constante(`bron:${naam}`, tekst(d.bron.tekst), 'string') : 'null';
    const tabel = d.waarde.kind === 'Tabel' ? d.waarde : null;
    const basis = (inspring: string): string[] => [
      ...(d.indien ? [`${inspring}if (!${this.haakjes(this.ex(d.indien, leeg))}) rt.leeg(${js(naam)}, ${bron});`] : []),
      ...(tabel ? this.tabelCode(naam, r.type, tabel, bron, inspring) : [`${inspring}w = ${this.ex(d.waarde, leeg)};`]),
    ];
    const metBesluit = d.uitzonderingen.length > 0 || tabel !== null;
    if (d.uitzonderingen.length === 0) {
      regels.push(...basis('    '));
    } else {
      const clausules = this.constante(`clausules:${naam}`, js(d.uitzonderingen.map((u) => ({ naam: u.label, bron: u.bron?.tekst ?? null }))), 'readonly rt.Clausule[]');
      regels.push(`    const u: (${t} | undefined)[] = [`);
      for (const u of d.uitzonderingen) {
        regels.push(`      // uitzondering ${commentaar(u.label)}${u.bron ? ` — bron: ${commentaar(u.bron.tekst)}` : ''}`);
        regels.push(`      ${this.haakjes(this.ex(u.voorwaarde, leeg))} ? ${this.ex(u.waarde, leeg)} : undefined,`);
      }
      regels.push('    ];');
      regels.push(`    const k = rt.uitzondering(${js(naam)}, u, ${clausules}, ${typeId});`);
      regels.push('    if (k >= 0) {');
      regels.push('      w = u[k]!;');
      regels.push(`      if (s) besluit = { soort: 'uitzondering', naam: ${clausules}[k]!.naam, bron: ${clausules}[k]!.bron };`);
      regels.push('    } else {');
      regels.push(...basis('      '));
      regels.push('    }');
    }
    return [
      `/** regel ${naam}${d.bron ? `: ${commentaar(d.bron.tekst)}` : ''} */`,
      `function ${id}(c: Context): ${t} {`,
      `  let w = c.m_${id};`,
      '  if (w === undefined) {',
      '    const s = c.spoor;',
      '    if (s) s.begin();',
      ...(metBesluit ? ['    let besluit: rt.Besluit = BASIS;'] : []),
      '    try {',
      ...regels.map((r) => `  ${r}`),
      ...(bevatVerfijning(r.type) ? [`      rt.bereikRegel(w, ${typeId});`] : []),
      '    } catch (x) {',
      `      throw rt.inRegel(x, ${js(naam)});`,
      '    }',
      `    c.m_${id} = w;`,
      `    if (s) s.einde(${js(naam)}, rt.schrijfUitleg(w, ${typeId}, ${js(naam)}), ${bron}, ${metBesluit ? 'besluit' : 'BASIS'});`,
      '  }',
      `  if (c.spoor) c.spoor.regel(${js(naam)});`,
      '  return w;',
      '}',
    ].filter(Boolean).join('\n');
  }

  /**
   * A decision table as straight code: `eerste` is an if / else-if chain; `uniek` computes one
   * boolean per row, counts them (none: leeg; two or more: a conflict naming the first two, see
   * rt.tabelConflict) and then takes the one row. The row's explanation (number, cells as written,
   * bron) is a constant, set only when explaining. Every policy text goes through js().
   */
  private tabelCode(naam: string, type: Type, t: A.Expr & { kind: 'Tabel' }, bron: string, inspring: string): string[] {
    const leeg = new Map<string, string>();
    const besluiten = this.constante(`tabel:${naam}`, js(t.rijen.map((r) => ({ soort: 'tabel', rij: r.nummer, cellen: r.cellen, bron: r.bron?.tekst ?? this.g.regels.get(naam)!.decl.bron?.tekst ?? null }))), 'readonly rt.Besluit[]');
    // A labelled block of flat `if`s, not an `else if` chain or one long sum: a table of thousands
    // of rows nests no deeper than one of three (the type checker and prettier recurse on nesting).
    // A long table is cut into parts of TABEL_DEEL rows, each in its own arrow function: TypeScript
    // analyses control flow per function and gives up on a very large one (TS2563).
    const kies = (r: A.TabelRij, i: number): string => `{ w = ${this.ex(r.uitvoer, leeg)}; if (s) besluit = ${besluiten}[${i}]!; break tabel; }`;
    const geenRij = `rt.leeg(${js(naam)}, ${bron});`;
    const delen = Array.from({ length: Math.ceil(t.rijen.length / TABEL_DEEL) }, (_, k) => t.rijen.slice(k * TABEL_DEEL, (k + 1) * TABEL_DEEL));
    const voorwaarde = (r: A.TabelRij): string => this.haakjes(this.ex(r.voorwaarde, leeg));
    // The deciding row, first from the top: with exactly one matching row (uniek) also the one.
    const kiesEerste = (uit: string[]): void => {
      uit.push(`${inspring}tabel: {`);
      if (delen.length === 1) {
        t.rijen.forEach((r, i) => uit.push(`${inspring}  if (${voorwaarde(r)}) ${kies(r, i)}`));
      } else {
        delen.forEach((deel, k) => {
          uit.push(`${inspring}  const deel${k + 1} = ((): { readonly w: ${this.tsType(type)}; readonly i: number } | undefined => {`);
          deel.forEach((r, j) => uit.push(`${inspring}    if (${voorwaarde(r)}) return { w: ${this.ex(r.uitvoer, leeg)}, i: ${k * TABEL_DEEL + j} };`));
          uit.push(`${inspring}    return undefined;`, `${inspring}  })();`);
          uit.push(`${inspring}  if (deel${k + 1}) { w = deel${k + 1}.w; if (s) besluit = ${besluiten}[deel${k + 1}.i]!; break tabel; }`);
        });
      }
      uit.push(`${inspring}  ${geenRij}`, `${inspring}}`);
    };
    const uit: string[] = [];
    if (t.beleid === 'eerste') {
      kiesEerste(uit);
      return uit;
    }
    const clausules = this.constante(`tabelrijen:${naam}`, js(t.rijen.map((r) => ({ naam: `rij ${r.nummer}`, bron: r.bron?.tekst ?? null, rij: r.nummer }))), 'readonly rt.Clausule[]');
    // uniek: every row's condition, then none (leeg) or two (conflict) stop; else the one row
    uit.push(`${inspring}const rijen: readonly boolean[] = [`);
    delen.forEach((deel, k) => uit.push(`${inspring}  ...((): boolean[] => [${deel.map((r) => this.ex(r.voorwaarde, leeg)).join(', ')}])(),`));
    uit.push(`${inspring}];`);
    uit.push(`${inspring}const treffers = rt.aantalWaar(rijen);`);
    uit.push(`${inspring}if (treffers === 0) ${geenRij}`);
    uit.push(`${inspring}if (treffers > 1) rt.tabelConflict(${js(naam)}, ${clausules}, ${this.typeConstante(type)}, rijen, [${t.rijen.map((r) => `() => ${this.ex(r.uitvoer, leeg)}`).join(', ')}]);`);
    if (delen.length === 1) {
      // Exactly one row matches here: the last one needs no test.
      uit.push(`${inspring}tabel: {`);
      t.rijen.forEach((r, i) => uit.push(`${inspring}  ${i === t.rijen.length - 1 ? '' : `if (rijen[${i}]) `}${kies(r, i)}`));
      uit.push(`${inspring}}`);
    } else kiesEerste(uit);
    return uit;
  }

  /** Input constraints: record `eis` clauses (fields first, then the record), then per input. */
  private eisenCode(): string {
    const stappen: string[] = [];
    let teller = 0;
    const loop = (t: Type, waarde: string, pad: string, inspring: string): void => {
      switch (t.soort) {
        case 'leegbaar': {
          const v = `v${++teller}`;
          stappen.push(`${inspring}const ${v} = ${waarde};`, `${inspring}if (${v} !== null) {`);
          loop(t.type, v, pad, `${inspring}  `);
          stappen.push(`${inspring}}`);
          break;
        }
        case 'lijst': {
          if (!bevatEisen(t.element, this.g)) return;
          const i = `i${++teller}`;
          stappen.push(`${inspring}${waarde}.forEach((el${teller}, ${i}) => {`);
          loop(t.element, `el${teller}`, `${pad} + '[' + ${i} + ']'`, `${inspring}  `);
          stappen.push(`${inspring}});`);
          break;
        }
        case 'gegevens': {
          for (const v of t.velden) if (bevatEisen(v.type, this.g)) loop(v.type, eigenschap(waarde, v.naam), `${pad} + ${js(`.${v.naam}`)}`, inspring);
          for (const e of (t.naam && this.g.soortEisen.get(t.naam)) || []) {
            const scope = new Map(t.velden.map((v) => [v.naam, eigenschap(waarde, v.naam)]));
            // the field path is only built when the eis fails
            stappen.push(`${inspring}if (!(${this.ex(e.voorwaarde, scope)})) rt.eisNiet(${pad}, ${tekst(e.melding)});`);
          }
          break;
        }
        default:
          break;
      }
    };
    for (const i of this.g.invoer) if (bevatEisen(i.type, this.g)) loop(i.type, eigenschap('c.invoer', i.naam), js(i.naam), '  ');
    for (const i of this.g.invoer) {
      for (const e of i.eisen) stappen.push(`  if (!(${this.ex(e.voorwaarde, new Map())})) rt.eisNiet(${js(i.naam)}, ${tekst(e.melding)});`);
    }
    return `/** Controleert de eisen aan de invoer; gooit RegelwerkInvoerFout met het veldpad. */\nfunction controleerEisen(c: Context): void {\n${stappen.join('\n')}\n}`;
  }

  private ingangen(): string {
    const g = this.g;
    const uitvoer = g.uitvoer.map((u) => `    ${sleutel(u.naam)}: rt.schrijf(${gebruikersId('r', u.naam)}(c), ${this.typeConstante(u.type)}, ${js(`uitvoer '${u.naam}'`)}) as Uitvoer[${js(u.naam)}],`);
    return [
      `function start(invoer: Invoer, opties: Opties | undefined, spoor: rt.Spoor | null): Context {`,
      `  const p = rt.peildatum(opties?.peildatum, ${js(g.naam)}, ${tekst(g.geldigVanaf)}, ${tekst(g.geldigTot)});`,
      '  // Overridden parameters first, as in the interpreter: an option is wrong for every input,',
      '  // and an `eis` may compare an input with a parameter.',
      '  const overschreven = rt.leesParameters(opties?.parameters as Readonly<Record<string, unknown>> | undefined, PARAMETERS);',
      '  const intern = rt.leesInvoer(invoer, INVOER) as unknown as InvoerIntern;',
      '  controleerEisen({ invoer: intern, peildatum: p.dag, peildatumTekst: p.tekst, overschreven, spoor: null });',
      '  return { invoer: spoor ? rt.gevolgd(intern, INVOER, spoor) : intern, peildatum: p.dag, peildatumTekst: p.tekst, overschreven, spoor };',
      '}',
      '',
      'function uitvoer(c: Context): Uitvoer {',
      '  return {',
      ...uitvoer,
      '  };',
      '}',
      '',
      genereerSnel(g),
      '',
      '/** Evalueert de regeling op één invoer: snel waar dat kan, anders exact (dezelfde uitvoer en dezelfde fouten). Gooit RegelwerkInvoerFout, RegelwerkConflict, RegelwerkLeeg of RegelwerkRekenFout. */',
      'export function evalueer(invoer: Invoer, opties?: Opties): Uitvoer {',
      '  return evalueerSnel(invoer, opties) ?? evalueerExact(invoer, opties);',
      '}',
      '',
      '/** De exacte evaluatie (de referentie van de snelle): exacte breuken, foutmeldingen met het veldpad. */',
      'export function evalueerExact(invoer: Invoer, opties?: Opties): Uitvoer {',
      '  try {',
      '    return uitvoer(start(invoer, opties, null));',
      '  } catch (x) {',
      '    throw rt.vertaal(x);',
      '  }',
      '}',
      '',
      '/** Als evalueer, met de uitlegboom: per uitvoer de beslissende regel, de gebruikte waarden en de bron. */',
      'export function evalueerMetUitleg(invoer: Invoer, opties?: Opties): { uitvoer: Uitvoer; uitleg: rt.Uitleg } {',
      '  try {',
      '    const spoor = new rt.Spoor();',
      '    const c = start(invoer, opties, spoor);',
      '    const u = uitvoer(c);',
      '    const knopen: Record<string, rt.UitlegKnoop> = {};',
      `    for (const naam of ${js(g.uitvoer.map((x) => x.naam))}) knopen[naam] = spoor.knopen.get(naam)!;`,
      `    return { uitvoer: u, uitleg: { regeling: ${js(g.naam)}, bron: ${tekst(g.bron)}, peildatum: c.peildatumTekst, peildatumGekozen: opties?.peildatum ? 'opgegeven' : 'vandaag', uitvoer: knopen } };`,
      '  } catch (x) {',
      '    throw rt.vertaal(x);',
      '  }',
      '}',
    ].join('\n');
  }
}

/** Expression kinds whose code reads nothing: an `is een van` list of these can be hoisted. */
const LETTERLIJK = new Set<A.Expr['kind']>(['GetalLit', 'BedragLit', 'PercentageLit', 'DatumLit', 'TekstLit', 'JaNeeLit', 'LeegLit']);

function bevatEisen(t: Type, g: Gecontroleerd): boolean {
  switch (t.soort) {
    case 'gegevens': return (t.naam !== undefined && g.soortEisen.has(t.naam)) || t.velden.some((v) => bevatEisen(v.type, g));
    case 'lijst': return bevatEisen(t.element, g);
    case 'leegbaar': return bevatEisen(t.type, g);
    default: return false;
  }
}

export function genereer(g: Gecontroleerd): string {
  return new Codegen(g).module();
}


/** Steps of a chain written nested in generated code before the next piece gets a constant (inStukken). */
const STUK = 32;
