// Rules, parameters and input constraints of the exact path, as statements: a function per rule
// (memo, explanation, exceptions by default logic, decision tables cut into parts), a function
// per parameter choosing its dated row, and controleerEisen for every `eis` on the input.
import type * as A from '../../../language/ast.js';
import type { Gecontroleerd } from '../../../language/checker.js';
import { type Type, bevatVerfijning } from '../../../runtime/typen.js';
import { TABEL_DEEL, eigenschap, gebruikersId, js } from '../ts-code.js';
import { type ExactExpressies, commentaar, tekst } from './expressies.js';
import { heeftBoom, nakomelingen, voorouders } from '../../../language/uitzonderingen.js';

export function parameterFunctie(cg: ExactExpressies, naam: string): string {
  const p = cg.g.parameters.find((x) => x.naam === naam)!;
  const t = cg.tsType(p.type);
  const id = gebruikersId('p', naam);
  const rijen = p.rijen.map((r) => `    { vanaf: ${tekst(r.vanaf)},${r.tot ? ` tot: ${tekst(r.tot)},` : ''} waarde: ${cg.ex(r.waarde, new Map())}, bron: ${tekst(r.bron?.tekst ?? p.bron)} },`);
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

export function regelFunctie(cg: ExactExpressies, naam: string): string {
  const r = cg.g.regels.get(naam)!;
  const d = r.decl;
  const id = gebruikersId('r', naam);
  const t = cg.tsType(r.type);
  const typeId = cg.typeConstante(r.type);
  const leeg = new Map<string, string>();
  const regels: string[] = [];
  const bron = d.bron ? cg.constante(`bron:${naam}`, tekst(d.bron.tekst), 'string') : 'null';
  const tabel = d.waarde.kind === 'Tabel' ? d.waarde : null;
  const basis = (inspring: string): string[] => [
    ...(d.indien ? [`${inspring}if (!${cg.haakjes(cg.ex(d.indien, leeg))}) rt.leeg(${js(naam)}, ${bron});`] : []),
    ...(tabel ? tabelCode(cg, naam, r.type, tabel, bron, inspring) : [`${inspring}w = ${cg.ex(d.waarde, leeg)};`]),
  ];
  const metBesluit = d.uitzonderingen.length > 0 || tabel !== null;
  if (d.uitzonderingen.length === 0) {
    regels.push(...basis('    '));
  } else {
    const clausules = cg.constante(`clausules:${naam}`, js(d.uitzonderingen.map((u) => ({ naam: u.label, bron: u.bron?.tekst ?? null }))), 'readonly rt.Clausule[]');
    const boom = heeftBoom(d.uitzonderingen);
    const kop = (u: A.Uitzondering): string => `      // uitzondering ${commentaar(u.label)}${u.ouder !== null ? ` op ${commentaar(u.ouder)}` : ''}${u.bron ? ` — bron: ${commentaar(u.bron.tekst)}` : ''}`;
    let vo = '';
    if (boom) {
      // an exception tree (`op`): every condition first; an applicable exception to an applicable one overrides it
      vo = cg.constante(`voorouders:${naam}`, js(voorouders(d.uitzonderingen)), 'readonly (readonly number[])[]');
      const na = cg.constante(`nakomelingen:${naam}`, js(nakomelingen(d.uitzonderingen)), 'readonly (readonly number[])[]');
      regels.push('    const a: boolean[] = [');
      for (const u of d.uitzonderingen) regels.push(kop(u), `      ${cg.ex(u.voorwaarde, leeg)},`);
      regels.push('    ];');
      regels.push(`    const o = rt.overschreven(a, ${na});`);
    }
    regels.push(`    const u: (${t} | undefined)[] = [`);
    d.uitzonderingen.forEach((u, i) => {
      if (boom) regels.push(`      a[${i}]! && !o[${i}]! ? ${cg.ex(u.waarde, leeg)} : undefined,`);
      else regels.push(kop(u), `      ${cg.haakjes(cg.ex(u.voorwaarde, leeg))} ? ${cg.ex(u.waarde, leeg)} : undefined,`);
    });
    regels.push('    ];');
    regels.push(`    const k = rt.uitzondering(${js(naam)}, u, ${clausules}, ${typeId});`);
    regels.push('    if (k >= 0) {');
    regels.push('      w = u[k]!;');
    if (boom) regels.push(`      if (s || kz) besluit = rt.besluitUitzondering(${clausules}, k, a, ${vo});`);
    else regels.push(`      if (s || kz) besluit = { soort: 'uitzondering', naam: ${clausules}[k]!.naam, bron: ${clausules}[k]!.bron };`);
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
    // with a decision path asked for (evalueerMetPad), what decided the rule is noted in c.keuzes
    ...(metBesluit ? ['    const kz = c.keuzes;', '    let besluit: rt.Besluit = BASIS;'] : []),
    '    try {',
    ...regels.map((r) => `  ${r}`),
    ...(bevatVerfijning(r.type) ? [`      rt.bereikRegel(w, ${typeId});`] : []),
    '    } catch (x) {',
    `      throw rt.inRegel(x, ${js(naam)});`,
    '    }',
    `    c.m_${id} = w;`,
    ...(metBesluit ? [`    if (kz) kz.set(${js(naam)}, rt.padKeuze(besluit));`] : []),
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
export function tabelCode(cg: ExactExpressies, naam: string, type: Type, t: A.Expr & { kind: 'Tabel' }, bron: string, inspring: string): string[] {
  const leeg = new Map<string, string>();
  const besluiten = cg.constante(`tabel:${naam}`, js(t.rijen.map((r) => ({ soort: 'tabel', rij: r.nummer, cellen: r.cellen, bron: r.bron?.tekst ?? cg.g.regels.get(naam)!.decl.bron?.tekst ?? null }))), 'readonly rt.Besluit[]');
  // A labelled block of flat `if`s, not an `else if` chain or one long sum: a table of thousands
  // of rows nests no deeper than one of three (the type checker and prettier recurse on nesting).
  // A long table is cut into parts of TABEL_DEEL rows, each in its own arrow function: TypeScript
  // analyses control flow per function and gives up on a very large one (TS2563).
  const kies = (r: A.TabelRij, i: number): string => `{ w = ${cg.ex(r.uitvoer, leeg)}; if (s || kz) besluit = ${besluiten}[${i}]!; break tabel; }`;
  const geenRij = `rt.geenRij(${js(naam)}, ${bron}, kz);`;
  const delen = Array.from({ length: Math.ceil(t.rijen.length / TABEL_DEEL) }, (_, k) => t.rijen.slice(k * TABEL_DEEL, (k + 1) * TABEL_DEEL));
  const voorwaarde = (r: A.TabelRij): string => cg.haakjes(cg.ex(r.voorwaarde, leeg));
  // The deciding row, first from the top: with exactly one matching row (uniek) also the one.
  const kiesEerste = (uit: string[]): void => {
    uit.push(`${inspring}tabel: {`);
    if (delen.length === 1) {
      t.rijen.forEach((r, i) => uit.push(`${inspring}  if (${voorwaarde(r)}) ${kies(r, i)}`));
    } else {
      delen.forEach((deel, k) => {
        uit.push(`${inspring}  const deel${k + 1} = ((): { readonly w: ${cg.tsType(type)}; readonly i: number } | undefined => {`);
        deel.forEach((r, j) => uit.push(`${inspring}    if (${voorwaarde(r)}) return { w: ${cg.ex(r.uitvoer, leeg)}, i: ${k * TABEL_DEEL + j} };`));
        uit.push(`${inspring}    return undefined;`, `${inspring}  })();`);
        uit.push(`${inspring}  if (deel${k + 1}) { w = deel${k + 1}.w; if (s || kz) besluit = ${besluiten}[deel${k + 1}.i]!; break tabel; }`);
      });
    }
    uit.push(`${inspring}  ${geenRij}`, `${inspring}}`);
  };
  const uit: string[] = [];
  if (t.beleid === 'eerste') {
    kiesEerste(uit);
    return uit;
  }
  const clausules = cg.constante(`tabelrijen:${naam}`, js(t.rijen.map((r) => ({ naam: `rij ${r.nummer}`, bron: r.bron?.tekst ?? null, rij: r.nummer }))), 'readonly rt.Clausule[]');
  // uniek: every row's condition, then none (leeg) or two (conflict) stop; else the one row
  uit.push(`${inspring}const rijen: readonly boolean[] = [`);
  delen.forEach((deel, k) => uit.push(`${inspring}  ...((): boolean[] => [${deel.map((r) => cg.ex(r.voorwaarde, leeg)).join(', ')}])(),`));
  uit.push(`${inspring}];`);
  uit.push(`${inspring}const treffers = rt.aantalWaar(rijen);`);
  uit.push(`${inspring}if (treffers === 0) ${geenRij}`);
  uit.push(`${inspring}if (treffers > 1) rt.tabelConflict(${js(naam)}, ${clausules}, ${cg.typeConstante(type)}, rijen, [${t.rijen.map((r) => `() => ${cg.ex(r.uitvoer, leeg)}`).join(', ')}]);`);
  if (delen.length === 1) {
    // Exactly one row matches here: the last one needs no test.
    uit.push(`${inspring}tabel: {`);
    t.rijen.forEach((r, i) => uit.push(`${inspring}  ${i === t.rijen.length - 1 ? '' : `if (rijen[${i}]) `}${kies(r, i)}`));
    uit.push(`${inspring}}`);
  } else kiesEerste(uit);
  return uit;
}

/** Input constraints: record `eis` clauses (fields first, then the record), then per input. */
export function eisenCode(cg: ExactExpressies): string {
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
        if (bevatEisen(t.element, cg.g)) {
          const i = `i${++teller}`;
          stappen.push(`${inspring}${waarde}.forEach((el${teller}, ${i}) => {`);
          loop(t.element, `el${teller}`, `${pad} + '[' + ${i} + ']'`, `${inspring}  `);
          stappen.push(`${inspring}});`);
        }
        // a list soort's eisen, after its elements', over the whole list (called by the soort's name)
        const naam = t.naam;
        for (const e of (naam && cg.g.soortEisen.get(naam)) || []) {
          stappen.push(`${inspring}if (!(${cg.ex(e.voorwaarde, new Map([[naam!, waarde]]))})) rt.eisNiet(${pad}, ${tekst(e.melding)});`);
        }
        break;
      }
      case 'gegevens': {
        for (const v of t.velden) if (bevatEisen(v.type, cg.g)) loop(v.type, eigenschap(waarde, v.naam), `${pad} + ${js(`.${v.naam}`)}`, inspring);
        for (const e of (t.naam && cg.g.soortEisen.get(t.naam)) || []) {
          const scope = new Map(t.velden.map((v) => [v.naam, eigenschap(waarde, v.naam)]));
          // the field path is only built when the eis fails
          stappen.push(`${inspring}if (!(${cg.ex(e.voorwaarde, scope)})) rt.eisNiet(${pad}, ${tekst(e.melding)});`);
        }
        break;
      }
      default:
        break;
    }
  };
  for (const i of cg.g.invoer) if (bevatEisen(i.type, cg.g)) loop(i.type, eigenschap('c.invoer', i.naam), js(i.naam), '  ');
  for (const i of cg.g.invoer) {
    for (const e of i.eisen) stappen.push(`  if (!(${cg.ex(e.voorwaarde, new Map())})) rt.eisNiet(${js(i.naam)}, ${tekst(e.melding)});`);
  }
  return `/** Controleert de eisen aan de invoer; gooit RegelwerkInvoerFout met het veldpad. */\nfunction controleerEisen(c: Context): void {\n${stappen.join('\n')}\n}`;
}

function bevatEisen(t: Type, g: Gecontroleerd): boolean {
  switch (t.soort) {
    case 'gegevens': return (t.naam !== undefined && g.soortEisen.has(t.naam)) || t.velden.some((v) => bevatEisen(v.type, g));
    case 'lijst': return (t.naam !== undefined && g.soortEisen.has(t.naam)) || bevatEisen(t.element, g);
    case 'leegbaar': return bevatEisen(t.type, g);
    default: return false;
  }
}
