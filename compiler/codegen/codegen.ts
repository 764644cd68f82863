// AST -> TypeScript: turns a checked policy into a plain module with one named function per rule,
// the rule's bron above it, and no interpreter loop. Amounts are integer cents where exact; the
// evaluation order (and so the explanation tree and error kinds) matches the interpreter's.
// This file writes the module's skeleton: its exported types, context, metadata and entry points
// (evalueer, evalueerExact, evalueerMetUitleg, with the fast path from snel.ts). Expressions are
// translated in exact/expressies.ts, rules, parameters and input constraints in exact/regels.ts.
import type { Gecontroleerd } from '../../language/checker.js';
import { constante } from '../interpreter/interpreter.js';
import { naarJson } from '../interpreter/waarde.js';
import { genereerSnel } from './snel.js';
import { eigenschap, gebruikersId, js, jsonType, sleutel } from './ts-code.js';
import { ExactExpressies, type Scope, commentaar, tekst } from './exact/expressies.js';
import { eisenCode, parameterFunctie, regelFunctie } from './exact/regels.js';
import { padIngangen } from './pad.js';

export class Codegen extends ExactExpressies {
  /**
   * The module's code; `ingebed`: as the body of a namespace in a calling policy's module
   * (`gebruik regeling`): without the header and import, with the entry alsAangeroepen.
   */
  module(ingebed = false): string {
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
    const regels = [...g.regels.values()].map((r) => regelFunctie(this, r.naam));
    const params = g.parameters.map((p) => parameterFunctie(this, p.naam));
    const eisen = eisenCode(this);
    const aangeroepen = ingebed ? this.alsAangeroepen() : null;
    const invoerIntern = `interface InvoerIntern {\n${g.invoer.map((i) => `  readonly ${sleutel(i.naam)}: ${this.tsType(i.type)};`).join('\n')}\n}`;
    const memo = [
      ...[...g.regels.values()].map((r) => `  m_${gebruikersId('r', r.naam)}?: ${this.tsType(r.type)};`),
      ...g.parameters.map((p) => `  m_${gebruikersId('p', p.naam)}?: rt.Rij<${this.tsType(p.type)}>;`),
    ];

    // No file path in the header: a path is not the policy's text and may hold any character.
    const delen: string[] = [];
    if (!ingebed) {
      delen.push('// Gegenereerd door regelwerk. Niet met de hand bewerken: pas de regeling aan.');
      delen.push(`// Regeling ${js(g.naam)}${g.bron ? ` — bron: ${commentaar(g.bron)}` : ''}`);
      delen.push(`import * as rt from '@regelwerk/runtime';`);
    }
    // Every soort seen so far; a soort's fields may name further soorten (the map grows while iterated).
    for (const [naam, t] of this.soorten) {
      delen.push(`/** soort ${naam} */\ninterface ${gebruikersId('S', naam)} ${this.recordType(t)}`);
    }
    delen.push(`export interface Invoer {\n${g.invoer.map((i) => `  /** ${commentaar(i.bron ?? i.naam)} */\n  ${sleutel(i.naam)}${i.type.soort === 'leegbaar' ? '?' : ''}: ${jsonType(i.type)};`).join('\n')}\n}`);
    delen.push(`export interface Uitvoer {\n${g.uitvoer.map((u) => `  /** ${commentaar(u.bron ?? u.naam)} */\n  ${sleutel(u.naam)}: ${jsonType(u.type)};`).join('\n')}\n}`);
    delen.push(`export interface Parameters {\n${g.parameters.map((p) => `  ${sleutel(p.naam)}: ${jsonType(p.type)};`).join('\n')}\n}`);
    delen.push('export interface Opties {\n  /** "JJJJ-MM-DD"; standaard vandaag. Kiest de rij van gedateerde parameters. */\n  peildatum?: string;\n  parameters?: Partial<Parameters>;\n}');
    delen.push(invoerIntern);
    delen.push(`interface Context {\n  readonly invoer: InvoerIntern;\n  readonly peildatum: number;\n  readonly peildatumTekst: string;\n  readonly overschreven: ReadonlyMap<string, unknown>;\n  readonly spoor: rt.Spoor | null;\n  readonly keuzes?: Map<string, string>;\n${memo.join('\n')}\n}`);
    delen.push(`const INVOER: readonly { naam: string; type: rt.Type }[] = ${js(invoerVelden)};`);
    delen.push(`const PARAMETERS: readonly { naam: string; type: rt.Type }[] = ${js(paramVelden)};`);
    delen.push(`const BASIS: rt.Besluit = { soort: 'basis' };`);
    delen.push(this.regelingMetadata());
    delen.push(...this.constanten);
    delen.push(...params, ...functies, ...regels, eisen);
    delen.push(this.ingangen());
    if (aangeroepen) delen.push(aangeroepen);
    // each used policy as a namespace of its own (its names cannot meet this module's)
    for (const [naam, r] of g.regelingen) {
      delen.push(`/** regeling ${commentaar(naam)}: ${commentaar(r.naam)} (gebruik regeling) */\nnamespace ${gebruikersId('reg', naam)} {\n${new Codegen(r).module(true)}\n}`);
    }
    return delen.join('\n\n');
  }

  /**
   * The entry of a policy called by another: its inputs as the caller's values (types checked by
   * the caller's checker), their ranges, the peildatum, their eisen, then every output, as the
   * interpreter's regeling-aanroep.ts does in the same order.
   */
  private alsAangeroepen(): string {
    const g = this.g;
    const uitvoerType = `{ ${g.uitvoer.map((u) => `readonly ${sleutel(u.naam)}: ${this.tsType(u.type)}`).join('; ')} }`;
    const bereiken = g.invoer.map((i) => `    rt.aanroepInvoer(${eigenschap('invoer', i.naam)}, ${this.typeConstante(i.type)}, ${js(i.naam)});`);
    const eisen = g.invoer.flatMap((i) => i.eisen.map((e) => `    if (!(${this.ex(e.voorwaarde, new Map())})) throw rt.aanroepEisFout(${js(i.naam)}, ${tekst(e.melding)});`));
    return [
      '/** Voor een regeling die deze aanroept (gebruik regeling): de invoer als interne waarden, de peildatum als tekst. */',
      `export function alsAangeroepen(invoer: InvoerIntern, peildatum: string, uitleg: boolean): rt.Aangeroepen<${uitvoerType}> {`,
      '  try {',
      ...bereiken,
      `    const p = rt.peildatum(peildatum, ${js(g.naam)}, ${tekst(g.geldigVanaf)}, ${tekst(g.geldigTot)});`,
      '    const spoor = uitleg ? new rt.Spoor() : null;',
      '    const c: Context = { invoer: spoor ? rt.gevolgd(invoer, INVOER, spoor) : invoer, peildatum: p.dag, peildatumTekst: p.tekst, overschreven: new Map(), spoor };',
      ...eisen,
      `    const u = { ${g.uitvoer.map((u) => `${sleutel(u.naam)}: ${gebruikersId('r', u.naam)}(c)`).join(', ')} };`,
      '    if (!spoor) return { uitvoer: u, uitleg: null };',
      `    const json = { ${g.invoer.map((i) => `${sleutel(i.naam)}: rt.schrijfUitleg(${eigenschap('invoer', i.naam)}, ${this.typeConstante(i.type)}, ${js(i.naam)})`).join(', ')} };`,
      `    const knopen = { ${g.uitvoer.map((u) => `${sleutel(u.naam)}: spoor.knopen.get(${js(u.naam)})!`).join(', ')} };`,
      '    return { uitvoer: u, uitleg: { invoer: json, uitvoer: knopen } };',
      '  } catch (x) {',
      '    throw rt.vertaal(x);',
      '  }',
      '}',
    ].join('\n');
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

  private ingangen(): string {
    const g = this.g;
    const uitvoer = g.uitvoer.map((u) => `    ${sleutel(u.naam)}: rt.schrijf(${gebruikersId('r', u.naam)}(c), ${this.typeConstante(u.type)}, ${js(`uitvoer '${u.naam}'`)}) as Uitvoer[${js(u.naam)}],`);
    return [
      `function start(invoer: Invoer, opties: Opties | undefined, spoor: rt.Spoor | null, keuzes?: Map<string, string>): Context {`,
      `  const p = rt.peildatum(opties?.peildatum, ${js(g.naam)}, ${tekst(g.geldigVanaf)}, ${tekst(g.geldigTot)});`,
      '  // Overridden parameters first, as in the interpreter: an option is wrong for every input,',
      '  // and an `eis` may compare an input with a parameter.',
      '  const overschreven = rt.leesParameters(opties?.parameters as Readonly<Record<string, unknown>> | undefined, PARAMETERS);',
      '  const intern = rt.leesInvoer(invoer, INVOER) as unknown as InvoerIntern;',
      '  controleerEisen({ invoer: intern, peildatum: p.dag, peildatumTekst: p.tekst, overschreven, spoor: null });',
      '  return { invoer: spoor ? rt.gevolgd(intern, INVOER, spoor) : intern, peildatum: p.dag, peildatumTekst: p.tekst, overschreven, spoor, keuzes };',
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
      padIngangen(g),
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

export function genereer(g: Gecontroleerd): string {
  return new Codegen(g).module();
}
