// AST -> TypeScript: turns a checked policy into a plain module with one named function per rule,
// the rule's bron above it, and no interpreter loop. Amounts are integer cents where exact; the
// evaluation order (and so the explanation tree and error kinds) matches the interpreter's.
// Longer than 600 lines: every expression kind needs its own translation, kept side by side.
import * as A from '../language/ast.js';
import type { Gecontroleerd } from '../language/checker.js';
import { type Type, zonderLeeg } from '../stdlib/typen.js';
import * as G from '../stdlib/getal.js';
import { leesDatum } from '../stdlib/datum.js';
import { constante } from './interpreter.js';
import { naarJson } from '../stdlib/waarde.js';
import { aanvulbareVouw, isAanvulling } from './vouw.js';

const GERESERVEERD = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum', 'export',
  'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super',
  'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield', 'let', 'static', 'await',
  'implements', 'interface', 'package', 'private', 'protected', 'public', 'arguments', 'eval', 'undefined', 'NaN',
  'Infinity', 'Object', 'Array', 'String', 'Number', 'Boolean', 'Math', 'Date', 'JSON', 'Error', 'Map', 'Set',
  'rt', 'c', 'evalueer', 'evalueerMetUitleg', 'regeling', 'Invoer', 'Uitvoer', 'Opties', 'Context', 'start',
]);

function geldigeSleutel(naam: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(naam) ? naam : JSON.stringify(naam);
}

function toegang(obj: string, veld: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(veld) ? `${obj}.${veld}` : `${obj}[${JSON.stringify(veld)}]`;
}

function tekst(s: string | null): string {
  return s === null ? 'null' : JSON.stringify(s);
}

/** A one-line comment text: no line breaks, no comment terminator. */
function commentaar(s: string): string {
  return s.replace(/\*\//g, '* /').replace(/\s+/g, ' ');
}

type Scope = ReadonlyMap<string, string>;

export class Codegen {
  private readonly ids = new Map<string, string>();
  private readonly gebruikteIds = new Set<string>(GERESERVEERD);
  private readonly constanten: string[] = [];
  private readonly constanteCache = new Map<string, string>();
  private readonly soortNamen = new Map<string, string>();

  constructor(private readonly g: Gecontroleerd) {
    for (const r of g.regels.keys()) this.ids.set(`regel:${r}`, this.nieuwId(r));
    for (const f of g.functies.keys()) this.ids.set(`functie:${f}`, this.nieuwId(f));
    for (const p of g.parameters) this.ids.set(`parameter:${p.naam}`, this.nieuwId(`param_${p.naam}`));
  }

  private nieuwId(basis: string): string {
    let id = basis.replace(/-/g, '_').replace(/[^\w$\u00C0-\u024F]/g, '_');
    if (/^\d/.test(id)) id = `_${id}`;
    while (this.gebruikteIds.has(id)) id = `${id}_`;
    this.gebruikteIds.add(id);
    return id;
  }

  private constante(sleutel: string, code: string, type?: string): string {
    const bekend = this.constanteCache.get(sleutel);
    if (bekend) return bekend;
    const id = this.nieuwId(`K${this.constanten.length + 1}`);
    this.constanten.push(`const ${id}${type ? `: ${type}` : ''} = ${code};`);
    this.constanteCache.set(sleutel, id);
    return id;
  }

  // ---- types ----

  private soortNaam(naam: string): string {
    let id = this.soortNamen.get(naam);
    if (!id) {
      id = this.nieuwId(naam.charAt(0).toUpperCase() + naam.slice(1));
      this.soortNamen.set(naam, id);
    }
    return id;
  }

  /** The internal TypeScript type of values of `t` (amounts as rt.Num in cents). */
  tsType(t: Type): string {
    switch (t.soort) {
      case 'ja/nee': return 'boolean';
      case 'getal': case 'bedrag': case 'percentage': return 'rt.Num';
      case 'datum': return 'number';
      case 'duur': return 'rt.Duur';
      case 'tekst': return 'string';
      case 'keuze': return t.waarden.map((w) => JSON.stringify(w)).join(' | ');
      case 'gegevens': return t.naam ? this.soortNaam(t.naam) : this.recordType(t);
      case 'lijst': return `readonly (${this.tsType(t.element)})[]`;
      case 'leegbaar': return `${this.tsType(t.type)} | null`;
      case 'leeg': return 'null';
      case 'niets': case 'fout': case 'tupel': return 'never';
    }
  }

  private recordType(t: Type & { soort: 'gegevens' }): string {
    return `{ ${t.velden.map((v) => `readonly ${geldigeSleutel(v.naam)}: ${this.tsType(v.type)}`).join('; ')} }`;
  }

  /** The JSON shape of `t` for the public Invoer/Uitvoer interfaces. */
  jsonType(t: Type): string {
    switch (t.soort) {
      case 'ja/nee': return 'boolean';
      case 'getal': case 'bedrag': case 'percentage': return 'number';
      case 'datum': case 'tekst': return 'string';
      case 'duur': return 'rt.DuurJson';
      case 'keuze': return t.waarden.map((w) => JSON.stringify(w)).join(' | ');
      case 'gegevens': return `{ ${t.velden.map((v) => `${geldigeSleutel(v.naam)}${v.type.soort === 'leegbaar' ? '?' : ''}: ${this.jsonType(v.type)}`).join('; ')} }`;
      case 'lijst': return `(${this.jsonType(t.element)})[]`;
      case 'leegbaar': return `${this.jsonType(t.type)} | null`;
      default: return 'never';
    }
  }

  private typeConstante(t: Type): string {
    const json = JSON.stringify(t);
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

  ex(e: A.Expr, s: Scope): string {
    switch (e.kind) {
      case 'GetalLit': case 'PercentageLit': return this.getalCode(e.tekst, 1n);
      case 'BedragLit': return this.getalCode(e.tekst, 100n);
      case 'DatumLit': return `${leesDatum(e.tekst)} /* ${e.tekst} */`;
      case 'TekstLit': return JSON.stringify(e.waarde);
      case 'JaNeeLit': return String(e.waarde);
      case 'LeegLit': return 'null';
      case 'Peildatum': return 'c.peildatum';
      case 'Naam': return this.naam(e, s);
      case 'Aanroep': {
        const f = this.g.functies.get(e.naam)!;
        return `${this.ids.get(`functie:${f.naam}`)}(c${e.argumenten.map((a) => `, ${this.ex(a, s)}`).join('')})`;
      }
      case 'Tupel': case 'Fout': throw new Error(`interne fout: ${e.kind} in gecontroleerde code`);
      case 'LijstLit': return `[${e.elementen.map((x) => this.ex(x, s)).join(', ')}]`;
      // In parentheses: as the body of an arrow function `{` would start a block.
      case 'GegevensLit': return `({ ${e.velden.map((v) => `${geldigeSleutel(v.naam)}: ${this.ex(v.waarde, s)}`).join(', ')} })`;
      case 'Veld': {
        const o = this.ex(e.object, s);
        if (zonderLeeg(this.type(e.object)).soort === 'lijst') return `${o}.map((x) => ${toegang('x', e.veld)})`;
        return toegang(o, e.veld);
      }
      case 'Index': return `rt.element(${this.ex(e.lijst, s)}, ${this.ex(e.index, s)})`;
      case 'DuurExpr': {
        const code = `rt.duur(${JSON.stringify(e.eenheid)}, ${this.ex(e.aantal, s)})`;
        return e.aantal.kind === 'GetalLit' ? this.constante(`duur:${e.aantal.tekst}:${e.eenheid}`, code, 'rt.Duur') : code;
      }
      case 'Negatief': return this.type(e).soort === 'duur' ? `rt.negDuur(${this.ex(e.arg, s)})` : `rt.neg(${this.ex(e.arg, s)})`;
      case 'Niet': return `!${this.haakjes(this.ex(e.arg, s))}`;
      case 'Logisch': return `(${this.ex(e.links, s)} ${e.op === 'en' ? '&&' : '||'} ${this.ex(e.rechts, s)})`;
      case 'Rekensom': return this.rekensom(e, s);
      case 'Vergelijking': return this.vergelijking(e, s);
      case 'EenVan': {
        const opties = e.opties.map((o) => this.kaal(o, s));
        const constant = e.opties.every((o) => o.kind !== 'Naam' || this.g.bindingen.get(o)?.soort === 'keuzewaarde');
        const lijst = constant ? this.constante(`opties:${opties.join(',')}`, `[${opties.join(', ')}] as const`) : `[${opties.join(', ')}]`;
        const code = `rt.eenVan(${this.ex(e.waarde, s)}, ${lijst})`;
        return e.negatief ? `!${code}` : code;
      }
      case 'IsLeeg': return `(${this.ex(e.arg, s)} ${e.negatief ? '!==' : '==='} null)`;
      case 'Als': return `(${this.ex(e.voorwaarde, s)} ? ${this.ex(e.dan, s)} : ${this.ex(e.anders, s)})`;
      case 'Afronding': {
        const d = this.type(e).soort === 'bedrag' ? e.decimalen - 2 : e.decimalen;
        return `rt.afronden(${this.ex(e.arg, s)}, ${d}, ${JSON.stringify(e.richting)})`;
      }
      case 'LijstOp': return this.lijstOp(e, s);
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
          // Under a key no drafter's name can have, so it shadows nothing; inner binders avoid its id.
          const [vul] = this.bind(s2, 'vul');
          const s3: Scope = new Map(s2).set(' vul', vul);
          const stap = (x_: A.Expr): string => {
            if (x_.kind === 'Als') return `(${this.ex(x_.voorwaarde, s3)} ? ${stap(x_.dan)} : ${stap(x_.anders)})`;
            return isAanvulling(this.g, e, x_) ? `${vul}(${acc}, ${this.ex(x_.rechts, s3)})` : this.ex(x_, s3);
          };
          return `rt.vouwAanvullend<${elType}, ${this.tsType((zonderLeeg(this.type(e)) as { element: Type }).element)}>(${this.ex(e.begin, s)}, ${this.ex(e.lijst, s)}, (${acc}, ${x}, ${vul}) => ${stap(e.stap)})`;
        }
        return `rt.vouw<${accType}, ${elType}>(${this.ex(e.begin, s)}, ${this.ex(e.lijst, s)}, (${acc}, ${x}) => ${this.ex(e.stap, s2)})`;
      }
      default: return A.onmogelijk(e);
    }
  }

  /** An operand of a comparison: a choice value as a plain string literal. */
  private kaal(e: A.Expr, s: Scope): string {
    const b = e.kind === 'Naam' ? this.g.bindingen.get(e) : undefined;
    return b?.soort === 'keuzewaarde' ? JSON.stringify(b.waarde) : this.ex(e, s);
  }

  private haakjes(code: string): string {
    return /^[\w$.]+(\(.*\))?$/.test(code) && !code.includes(' ') ? code : `(${code})`;
  }

  private bind(s: Scope, naam: string): [string, Scope] {
    let id = naam.replace(/-/g, '_');
    const bezet = new Set([...this.gebruikteIds, ...s.values()]);
    while (bezet.has(id)) id = `${id}_`;
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
        code = toegang('c.invoer', b.naam);
        gedeclareerd = this.g.invoer.find((i) => i.naam === b.naam)!.type;
        break;
      case 'parameter':
        return `${this.ids.get(`parameter:${b.naam}`)}(c)`;
      case 'regel':
        code = `${this.ids.get(`regel:${b.naam}`)}(c)`;
        gedeclareerd = this.g.regels.get(b.naam)!.type;
        break;
      case 'keuzewaarde':
        // `as const` keeps the literal type where TypeScript would widen it (lists, branches).
        return `(${JSON.stringify(b.waarde)} as const)`;
      default:
        return A.onmogelijk(b);
    }
    // The checker proved this value non-empty here (after an `is leeg` test); tell TypeScript.
    return gedeclareerd.soort === 'leegbaar' && this.type(e).soort !== 'leegbaar' ? `${code}!` : code;
  }

  private rekensom(e: A.Expr & { kind: 'Rekensom' }, s: Scope): string {
    const l = zonderLeeg(this.type(e.links)).soort;
    const r = zonderLeeg(this.type(e.rechts)).soort;
    const a = this.ex(e.links, s);
    const b = this.ex(e.rechts, s);
    const num = (x: string): boolean => x === 'getal' || x === 'bedrag' || x === 'percentage';
    if (e.op === 'van' || (e.op === '*' && ((l === 'bedrag' && r === 'percentage') || (l === 'percentage' && r === 'bedrag')))) return `rt.procent(${a}, ${b})`;
    if (num(l) && num(r)) return `rt.${{ '+': 'plus', '-': 'min', '*': 'maal', '/': 'deel' }[e.op]}(${a}, ${b})`;
    switch (`${l} ${e.op} ${r}`) {
      case 'datum + duur': return `rt.datumPlusDuur(${a}, ${b})`;
      case 'duur + datum': return `rt.duurPlusDatum(${a}, ${b})`;
      case 'datum - duur': return `rt.datumMinDuur(${a}, ${b})`;
      case 'datum - datum': return `rt.verschilDagen(${a}, ${b})`;
      case 'duur + duur': return `rt.plusDuur(${a}, ${b})`;
      case 'duur - duur': return `rt.minDuur(${a}, ${b})`;
      case 'duur * getal': return `rt.maalDuur(${a}, ${b})`;
      case 'getal * duur': return `rt.getalMaalDuur(${a}, ${b})`;
      case 'lijst + lijst': return `[...${this.haakjes(a)}, ...${this.haakjes(b)}]`;
      default: throw new Error(`interne fout: ${l} ${e.op} ${r}`);
    }
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
      const eenvoudig = ['ja/nee', 'tekst', 'keuze', 'datum', 'leeg'].includes(soort) || zonderLeeg(rt_).soort === 'leeg';
      const code = eenvoudig ? `${a} === ${b}` : lt.soort !== 'leegbaar' && rt_.soort !== 'leegbaar' && soort !== 'gegevens' && soort !== 'lijst' && soort !== 'duur' ? `rt.isGelijk(${a}, ${b})` : `rt.gelijk(${a}, ${b})`;
      return e.op === '=' ? `(${code})` : `!(${code})`;
    }
    if (zonderLeeg(lt).soort === 'datum') return `(${a} ${e.op} ${b})`;
    return `(${this.vergelijkFunctie(lt)}(${a}, ${b}) ${e.op} 0)`;
  }

  private lijstOp(e: A.Expr & { kind: 'LijstOp' }, s: Scope): string {
    const lijst = e.arg.kind === 'Tupel' ? `[${e.arg.leden.map((x) => this.ex(x, s)).join(', ')}]` : this.ex(e.arg, s);
    switch (e.op) {
      case 'aantal': return `${this.haakjes(lijst)}.length`;
      case 'som': return `rt.som(${lijst})`;
      case 'eerste': case 'laatste': return `rt.${e.op}(${lijst})`;
      case 'minimum': case 'maximum': return `rt.extreem(${lijst}, ${this.vergelijkFunctie(this.type(e))}, ${JSON.stringify(e.op)})`;
      default: return A.onmogelijk(e.op);
    }
  }

  // ---- the module ----


  module(bronBestand: string): string {
    const g = this.g;
    const delen: string[] = [];
    const invoerVelden = g.invoer.map((i) => ({ naam: i.naam, type: i.type }));
    const invoerTypen = Object.fromEntries(g.invoer.map((i) => [i.naam, i.type]));
    const paramTypen = Object.fromEntries(g.parameters.map((p) => [p.naam, p.type]));

    // functions and rules first, so every constant they need is collected
    const functies = [...g.functies.values()].map((f) => {
      const [scope, params] = f.parameters.reduce<[Scope, string[]]>(([sc, ps], p) => {
        const [id, nieuw] = this.bind(sc, p.naam);
        return [nieuw, [...ps, `${id}: ${this.tsType(p.type)}`]];
      }, [new Map(), []]);
      return [
        `/** functie ${f.naam}${f.decl.bron ? `: ${commentaar(f.decl.bron.tekst)}` : ''} */`,
        `function ${this.ids.get(`functie:${f.naam}`)}(c: Context, ${params.join(', ')}): ${this.tsType(f.type)} {`,
        `  return ${this.ex(f.decl.lichaam, scope)};`,
        '}',
      ].filter(Boolean).join('\n');
    });
    const regels = [...g.regels.values()].map((r) => this.regelFunctie(r.naam));
    const params = g.parameters.map((p) => this.parameterFunctie(p.naam));
    const eisen = this.eisenCode();

    delen.push(`// Gegenereerd door regelwerk uit ${bronBestand}. Niet met de hand bewerken: pas de regeling aan.`);
    delen.push(`// Regeling ${g.naam}${g.bron ? ` — bron: ${commentaar(g.bron)}` : ''}`);
    delen.push(`import * as rt from 'regelwerk/runtime';`);
    for (const [naam, id] of this.soortNamen) {
      const t = this.soortTypeVan(naam);
      if (t && t.soort === 'gegevens') delen.push(`/** soort ${naam} */\ninterface ${id} ${this.recordType({ ...t, naam: undefined } as Type & { soort: 'gegevens' })}`);
    }
    delen.push(`export interface Invoer {\n${g.invoer.map((i) => `  /** ${commentaar(i.bron ?? i.naam)} */\n  ${geldigeSleutel(i.naam)}${i.type.soort === 'leegbaar' ? '?' : ''}: ${this.jsonType(i.type)};`).join('\n')}\n}`);
    delen.push(`export interface Uitvoer {\n${g.uitvoer.map((u) => `  /** ${commentaar(u.bron ?? u.naam)} */\n  ${geldigeSleutel(u.naam)}: ${this.jsonType(u.type)};`).join('\n')}\n}`);
    delen.push(`export interface Parameters {\n${g.parameters.map((p) => `  ${geldigeSleutel(p.naam)}: ${this.jsonType(p.type)};`).join('\n')}\n}`);
    delen.push('export interface Opties {\n  /** "JJJJ-MM-DD"; standaard vandaag. Kiest de rij van gedateerde parameters. */\n  peildatum?: string;\n  parameters?: Partial<Parameters>;\n}');
    delen.push(`interface InvoerIntern {\n${g.invoer.map((i) => `  readonly ${geldigeSleutel(i.naam)}: ${this.tsType(i.type)};`).join('\n')}\n}`);
    const memo = [
      ...[...g.regels.values()].map((r) => `  m_${this.ids.get(`regel:${r.naam}`)}?: ${this.tsType(r.type)};`),
      ...g.parameters.map((p) => `  p_${p.naam.replace(/-/g, '_')}?: rt.Rij<${this.tsType(p.type)}>;`),
    ];
    delen.push(`interface Context {\n  readonly invoer: InvoerIntern;\n  readonly peildatum: number;\n  readonly peildatumTekst: string;\n  readonly overschreven: Readonly<Record<string, unknown>>;\n  readonly spoor: rt.Spoor | null;\n${memo.join('\n')}\n}`);
    delen.push(`const INVOER: readonly { naam: string; type: rt.Type }[] = ${JSON.stringify(invoerVelden)};`);
    delen.push(`const INVOER_TYPEN: Readonly<Record<string, rt.Type>> = ${JSON.stringify(invoerTypen)};`);
    delen.push(`const PARAMETER_TYPEN: Readonly<Record<string, rt.Type>> = ${JSON.stringify(paramTypen)};`);
    delen.push(`const BASIS: rt.Besluit = { soort: 'basis' };`);
    delen.push(this.regelingMetadata());
    delen.push(...this.constanten);
    delen.push(...params, ...functies, ...regels, eisen);
    delen.push(this.ingangen());
    return delen.join('\n\n');
  }

  private soortTypeVan(naam: string): Type | undefined {
    for (const t of [...this.g.invoer.map((i) => i.type), ...this.g.uitvoer.map((u) => u.type), ...[...this.g.regels.values()].map((r) => r.type), ...[...this.g.functies.values()].flatMap((f) => [f.type, ...f.parameters.map((p) => p.type)])]) {
      const gevonden = zoekSoort(t, naam);
      if (gevonden) return gevonden;
    }
    return undefined;
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
        rijen: p.rijen.map((r) => ({ vanaf: r.vanaf, ...(r.tot ? { tot: r.tot } : {}), waarde: naarJson(constante(g, r.waarde), p.naam, false), bron: r.bron?.tekst ?? null })),
      })),
      invoer: g.invoer.map((i) => ({ naam: i.naam, type: i.type, bron: i.bron })),
      uitvoer: g.uitvoer.map((u) => ({ naam: u.naam, type: u.type, bron: u.bron })),
    };
    return `/** De regeling: naam, bron, geldigheid, parameters met hun gedateerde waarden, invoer en uitvoer. */\nexport const regeling = ${JSON.stringify(meta, null, 2)} as const;`;
  }

  private parameterFunctie(naam: string): string {
    const p = this.g.parameters.find((x) => x.naam === naam)!;
    const t = this.tsType(p.type);
    const id = this.ids.get(`parameter:${naam}`)!;
    const memo = `p_${naam.replace(/-/g, '_')}`;
    const rijen = p.rijen.map((r) => `    { vanaf: ${tekst(r.vanaf)},${r.tot ? ` tot: ${tekst(r.tot)},` : ''} waarde: ${this.ex(r.waarde, new Map())}, bron: ${tekst(r.bron?.tekst ?? p.bron)} },`);
    const def = this.nieuwId(`PARAMETER_${naam.replace(/-/g, '_')}`);
    return [
      `const ${def}: rt.Parameter<${t}> = {`,
      `  naam: ${JSON.stringify(naam)},`,
      `  bron: ${tekst(p.bron)},`,
      `  type: ${JSON.stringify(p.type)},`,
      '  rijen: [',
      ...rijen,
      '  ],',
      '};',
      '',
      `/** parameter ${naam}${p.bron ? `: ${commentaar(p.bron)}` : ''} */`,
      `function ${id}(c: Context): ${t} {`,
      `  const rij = (c.${memo} ??= rt.kiesParameter(${def}, c.overschreven, c.peildatumTekst));`,
      `  if (c.spoor) rt.spoorParameter(c.spoor, ${def}, rij, c.overschreven);`,
      '  return rij.waarde;',
      '}',
    ].join('\n');
  }

  private regelFunctie(naam: string): string {
    const r = this.g.regels.get(naam)!;
    const d = r.decl;
    const id = this.ids.get(`regel:${naam}`)!;
    const t = this.tsType(r.type);
    const typeId = this.typeConstante(r.type);
    const leeg = new Map<string, string>();
    const regels: string[] = [];
    const bron = d.bron ? this.constante(`bron:${naam}`, tekst(d.bron.tekst), 'string') : 'null';
    const basis = (inspring: string): string[] => [
      ...(d.indien ? [`${inspring}if (!${this.haakjes(this.ex(d.indien, leeg))}) rt.leeg(${JSON.stringify(naam)}, ${bron});`] : []),
      `${inspring}w = ${this.ex(d.waarde, leeg)};`,
    ];
    if (d.uitzonderingen.length === 0) {
      regels.push(...basis('    '));
    } else {
      const clausules = this.constante(`clausules:${naam}`, JSON.stringify(d.uitzonderingen.map((u) => ({ naam: u.label, bron: u.bron?.tekst ?? null }))), 'readonly rt.Clausule[]');
      regels.push(`    const u: (${t} | undefined)[] = [`);
      for (const u of d.uitzonderingen) {
        regels.push(`      // uitzondering ${JSON.stringify(u.label)}${u.bron ? ` — bron: ${commentaar(u.bron.tekst)}` : ''}`);
        regels.push(`      ${this.haakjes(this.ex(u.voorwaarde, leeg))} ? ${this.ex(u.waarde, leeg)} : undefined,`);
      }
      regels.push('    ];');
      regels.push(`    const k = rt.uitzondering(${JSON.stringify(naam)}, u, ${clausules}, (x) => rt.tekst(x, ${typeId}));`);
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
      ...(d.uitzonderingen.length > 0 ? ['    let besluit: rt.Besluit = BASIS;'] : []),
      '    try {',
      ...regels.map((r) => `  ${r}`),
      '    } catch (x) {',
      `      throw rt.inRegel(x, ${JSON.stringify(naam)});`,
      '    }',
      `    c.m_${id} = w;`,
      `    if (s) s.einde(${JSON.stringify(naam)}, rt.schrijfUitleg(w, ${typeId}, ${JSON.stringify(naam)}), ${bron}, ${d.uitzonderingen.length > 0 ? 'besluit' : 'BASIS'});`,
      '  }',
      `  if (c.spoor) c.spoor.regel(${JSON.stringify(naam)});`,
      '  return w;',
      '}',
    ].filter(Boolean).join('\n');
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
          for (const v of t.velden) if (bevatEisen(v.type, this.g)) loop(v.type, toegang(waarde, v.naam), `${pad} + ${JSON.stringify(`.${v.naam}`)}`, inspring);
          for (const e of (t.naam && this.g.soortEisen.get(t.naam)) || []) {
            const scope = new Map(t.velden.map((v) => [v.naam, toegang(waarde, v.naam)]));
            // the field path is only built when the eis fails
            stappen.push(`${inspring}if (!(${this.ex(e.voorwaarde, scope)})) rt.eisNiet(${pad}, ${tekst(e.melding)});`);
          }
          break;
        }
        default:
          break;
      }
    };
    for (const i of this.g.invoer) if (bevatEisen(i.type, this.g)) loop(i.type, toegang('c.invoer', i.naam), JSON.stringify(i.naam), '  ');
    for (const i of this.g.invoer) {
      for (const e of i.eisen) stappen.push(`  if (!(${this.ex(e.voorwaarde, new Map())})) rt.eisNiet(${JSON.stringify(i.naam)}, ${tekst(e.melding)});`);
    }
    return `/** Controleert de eisen aan de invoer; gooit RegelwerkInvoerFout met het veldpad. */\nfunction controleerEisen(c: Context): void {\n${stappen.join('\n')}\n}`;
  }

  private ingangen(): string {
    const g = this.g;
    const uitvoer = g.uitvoer.map((u) => `    ${geldigeSleutel(u.naam)}: rt.schrijf(${this.ids.get(`regel:${u.naam}`)}(c), ${this.typeConstante(u.type)}, ${JSON.stringify(`uitvoer '${u.naam}'`)}) as Uitvoer[${JSON.stringify(u.naam)}],`);
    return [
      `function start(invoer: Invoer, opties: Opties | undefined, spoor: rt.Spoor | null): Context {`,
      `  const p = rt.peildatum(opties?.peildatum, ${JSON.stringify(g.naam)}, ${tekst(g.geldigVanaf)}, ${tekst(g.geldigTot)});`,
      '  const intern = rt.leesInvoer(invoer, INVOER) as unknown as InvoerIntern;',
      '  // Overridden parameters first: an `eis` may compare an input with a parameter.',
      '  const overschreven = rt.leesParameters(opties?.parameters as Readonly<Record<string, unknown>> | undefined, PARAMETER_TYPEN);',
      '  controleerEisen({ invoer: intern, peildatum: p.dag, peildatumTekst: p.tekst, overschreven, spoor: null });',
      '  return { invoer: spoor ? rt.gevolgd(intern, INVOER_TYPEN, spoor) : intern, peildatum: p.dag, peildatumTekst: p.tekst, overschreven, spoor };',
      '}',
      '',
      'function uitvoer(c: Context): Uitvoer {',
      '  return {',
      ...uitvoer,
      '  };',
      '}',
      '',
      '/** Evalueert de regeling op één invoer. Gooit RegelwerkInvoerFout, RegelwerkConflict, RegelwerkLeeg of RegelwerkRekenFout. */',
      'export function evalueer(invoer: Invoer, opties?: Opties): Uitvoer {',
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
      `    for (const naam of ${JSON.stringify(g.uitvoer.map((x) => x.naam))}) knopen[naam] = spoor.knopen.get(naam)!;`,
      `    return { uitvoer: u, uitleg: { regeling: ${JSON.stringify(g.naam)}, bron: ${tekst(g.bron)}, peildatum: c.peildatumTekst, peildatumGekozen: opties?.peildatum ? 'opgegeven' : 'vandaag', uitvoer: knopen } };`,
      '  } catch (x) {',
      '    throw rt.vertaal(x);',
      '  }',
      '}',
    ].join('\n');
  }
}

function zoekSoort(t: Type, naam: string): Type | undefined {
  switch (t.soort) {
    case 'gegevens':
      if (t.naam === naam) return t;
      for (const v of t.velden) { const x = zoekSoort(v.type, naam); if (x) return x; }
      return undefined;
    case 'lijst': return zoekSoort(t.element, naam);
    case 'leegbaar': return zoekSoort(t.type, naam);
    default: return undefined;
  }
}

function bevatEisen(t: Type, g: Gecontroleerd): boolean {
  switch (t.soort) {
    case 'gegevens': return (t.naam !== undefined && g.soortEisen.has(t.naam)) || t.velden.some((v) => bevatEisen(v.type, g));
    case 'lijst': return bevatEisen(t.element, g);
    case 'leegbaar': return bevatEisen(t.type, g);
    default: return false;
  }
}

export function genereer(g: Gecontroleerd, bronBestand: string): string {
  return new Codegen(g).module(bronBestand);
}

