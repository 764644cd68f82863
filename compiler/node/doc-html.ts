// The pages of `regelwerk doc`: static HTML for people who read the law, one page per policy (its
// sources, each rule with the passage it cites beside it, decision tables as tables, parameters as
// a timeline of dated rows, examples as given/expected tables, properties, which way of deciding
// each rule the examples cover (doc-dekking.ts), the JSON contract and a
// sample request for `regelwerk serve`), one per stdlib module, an index, and the diagnostic
// catalogue. Pure functions from checked policies to HTML text; every text from a policy is
// escaped, and a page loads nothing (no script, no network): it works from file://.
import type * as A from '../../language/ast.js';
import type { Gecontroleerd } from '../../language/checker.js';
import type { CatalogusItem } from '../../language/catalogus.js';
import { schrijfType } from '../../runtime/typen.js';
import { jsonSchema } from '../schema/schema.js';
import { voorbeeldInvoer } from '../interpreter/voorbeelden.js';
import { schrijfJsonTekst } from '../../runtime/json.js';
import { type Dekking, dekking, wegen } from './doc-dekking.js';

/** A policy to document: its page name (the file name without `.regel`), checked form and text. */
export interface DocRegeling {
  readonly naam: string;
  readonly g: Gecontroleerd;
  readonly tekst: string;
}

/** A stdlib module: its name, its parsed file and text (its parameters are what it offers). */
export interface DocModule {
  readonly naam: string;
  readonly bestand: A.Bestand;
  readonly tekst: string;
  /** The page names of the documented policies that use it. */
  readonly gebruikers: readonly string[];
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** An id for an anchor: letters, digits and `-` only, so it needs no escaping in a URL. */
export function anker(soort: string, naam: string): string {
  return `${soort}-${[...naam].map((c) => (/[A-Za-z0-9-]/.test(c) ? c : `_${c.codePointAt(0)!.toString(16)}`)).join('')}`;
}

/** A page's file name: the policy's name, made safe the same way. */
export function paginaNaam(soort: 'regeling' | 'stdlib', naam: string): string {
  return `${anker(soort, naam)}.html`;
}

const STIJL = `
body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem 2rem; color: #1b1b1b; }
nav a { margin-right: 1rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { border: 1px solid #bbb; padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #eef2f6; }
pre { background: #f6f8fa; padding: .5rem; overflow-x: auto; }
.regel { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; border-top: 1px solid #ddd; padding-top: .5rem; }
.bron { background: #fff8e1; border-left: 4px solid #f0b400; padding: .25rem .75rem; }
.bron p { margin: .25rem 0; }
`;

function pagina(titel: string, inhoud: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(titel)}</title>
<style>${STIJL}</style>
</head>
<body>
<nav><a href="index.html">Alle regelingen</a><a href="diagnostiek.html">Diagnosecodes</a></nav>
${inhoud}
</body>
</html>
`;
}

/** The drafter's own words for a node: its source text, whitespace as written. */
function bron(tekst: string, plek: A.Plek): string {
  return tekst.slice(plek.offset, plek.eind);
}

function bronBlok(b: A.Bron | string | null, wat = 'Bron'): string {
  const t = typeof b === 'string' ? b : b?.tekst ?? null;
  return t ? `<aside class="bron"><p><strong>${esc(wat)}</strong></p><p>${esc(t)}</p></aside>` : '<aside class="bron"><p>Geen bron opgegeven.</p></aside>';
}

function tabel(kop: readonly string[], rijen: readonly (readonly string[])[]): string {
  return `<table><thead><tr>${kop.map((k) => `<th>${esc(k)}</th>`).join('')}</tr></thead><tbody>${rijen.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

function code(s: string): string {
  return `<code>${esc(s)}</code>`;
}

/** A decision table as the table it is: input columns, the output column, a bron per row. */
function beslistabel(t: A.Expr & { kind: 'Tabel' }): string {
  const kop = [...t.kolommen.map((k) => k.tekst), t.uitvoerKop.tekst, ...(t.heeftBron ? ['bron'] : [])];
  const rijen = t.rijen.map((r) => [...r.cellen.map((c) => esc(c)), ...(t.heeftBron ? [esc(r.bron?.tekst ?? '-')] : [])]);
  return `<p>Beslistabel: ${t.beleid === 'eerste' ? 'de eerste rij die past beslist' : 'hoogstens één rij mag passen'}.</p>${tabel(kop, rijen)}`;
}

/** How a rule decides, and which examples go each way (a way no example takes is named as such). */
function dekkingTabel(d: A.Declaratie & { kind: 'Regel' }, dk: Dekking): string {
  const per = dk.get(d.naam);
  const rijen = wegen(d).map((w) => {
    const vb = per?.get(w) ?? [];
    return [esc(w), vb.length === 0 ? '<em>geen voorbeeld</em>' : vb.map((v) => `<a href="#${anker('voorbeeld', v)}">${esc(v)}</a>`).join(', ')];
  });
  return tabel(['beslist via', 'voorbeelden'], rijen);
}

function regelSectie(r: DocRegeling, d: A.Declaratie & { kind: 'Regel' | 'Functie' }, dk: Dekking): string {
  const isUitvoer = d.kind === 'Regel' && r.g.uitvoer.some((u) => u.naam === d.naam);
  const type = d.kind === 'Regel' ? r.g.regels.get(d.naam)?.type : r.g.functies.get(d.naam)?.type;
  const wat = d.kind === 'Functie' ? 'functie' : isUitvoer ? 'uitvoer' : 'tussenstap';
  const links = [
    `<h3 id="${anker('regel', d.naam)}">${esc(d.naam)} <small>(${wat}${type ? `, ${esc(schrijfType(type))}` : ''})</small></h3>`,
    d.kind === 'Regel' && d.waarde.kind === 'Tabel' ? beslistabel(d.waarde) : '',
    `<pre>${esc(bron(r.tekst, d.plek))}</pre>`,
    d.kind === 'Regel' ? dekkingTabel(d, dk) : '',
  ];
  const uitzonderingen = d.kind === 'Regel' ? d.uitzonderingen : [];
  const rechts = [bronBlok(d.bron), ...uitzonderingen.map((u) => bronBlok(u.bron, `Uitzondering "${u.label}"${u.ouder ? ` op "${u.ouder}"` : ''}`))];
  return `<section class="regel"><div>${links.join('\n')}</div><div>${rechts.join('\n')}</div></section>`;
}

function parameterSectie(r: DocRegeling): string {
  const eigen = r.g.bestand.declaraties.filter((d): d is A.Declaratie & { kind: 'Parameter' } => d.kind === 'Parameter');
  if (eigen.length === 0) return '';
  return `<h2 id="parameters">Parameters</h2>${eigen.map((p) => parameterTijdlijn(p, r.tekst)).join('\n')}`;
}

/** A parameter's dated rows in order: from, until, value, bron. */
function parameterTijdlijn(p: A.Declaratie & { kind: 'Parameter' }, tekst: string): string {
  const rijen = p.rijen.map((x, i) => {
    const tot = x.tot ?? (p.rijen[i + 1]?.vanaf ? `tot ${p.rijen[i + 1]!.vanaf}` : 'en verder');
    return [esc(x.vanaf ?? 'altijd'), esc(tot), code(bron(tekst, x.waarde.plek)), esc(x.bron?.tekst ?? '')];
  });
  return `<h3 id="${anker('parameter', p.naam)}">${esc(p.naam)}</h3>${p.bron ? `<p>Bron: ${esc(p.bron.tekst)}</p>` : ''}${tabel(['vanaf', 'tot en met', 'waarde', 'bron'], rijen)}`;
}

function voorbeeldSectie(r: DocRegeling): string {
  if (r.g.voorbeelden.length === 0) return '';
  const delen = r.g.voorbeelden.map((v) => {
    const rij = (t: A.Toewijzing): string[] => [esc(t.naam), code(bron(r.tekst, t.waarde.plek))];
    const verwacht = v.verwachtFout ? [[esc('fout'), esc(v.verwachtFout.tekst ?? '(elke fout)')]] : v.verwacht.map(rij);
    return `<h3 id="${anker('voorbeeld', v.naam)}">${esc(v.naam)}</h3>${v.peildatum ? `<p>Peildatum ${esc(v.peildatum)}</p>` : ''}${v.bron ? `<p>Bron: ${esc(v.bron.tekst)}</p>` : ''}`
      + `<div class="regel"><div><p><strong>Gegeven</strong></p>${tabel(['invoer', 'waarde'], [...v.parameters.map(rij), ...v.gegeven.map(rij)])}</div>`
      + `<div><p><strong>Verwacht</strong></p>${tabel(['uitvoer', 'waarde'], verwacht)}</div></div>`;
  });
  return `<h2 id="voorbeelden">Voorbeelden</h2>${delen.join('\n')}`;
}

function eigenschapSectie(r: DocRegeling): string {
  if (r.g.eigenschappen.length === 0) return '';
  const items = r.g.eigenschappen.map((e) => `<li id="${anker('eigenschap', e.naam)}"><strong>${esc(e.naam)}</strong><pre>${esc(bron(r.tekst, e.plek))}</pre>${e.bron ? `<p>Bron: ${esc(e.bron.tekst)}</p>` : ''}</li>`);
  return `<h2 id="eigenschappen">Eigenschappen</h2><p>Uitspraken die voor elke geldige invoer gelden; <code>regelwerk test</code> toetst ze op willekeurige invoer.</p><ul>${items.join('')}</ul>`;
}

function contractSectie(r: DocRegeling): string {
  const s = jsonSchema(r.g, r.tekst);
  const eerste = r.g.voorbeelden.find((v) => !v.verwachtFout && v.parameters.length === 0);
  let verzoek = '';
  if (eerste) {
    const { invoer } = voorbeeldInvoer(r.g, eerste);
    const peildatum = eerste.peildatum ?? r.g.voorbeeldenPeildatum;
    const json = schrijfJsonTekst(invoer).replace(/\s*\n\s*/g, ' ');
    verzoek = `<p>Een verzoek aan <code>regelwerk serve</code> met de invoer van het voorbeeld "${esc(eerste.naam)}":</p>`
      + `<pre>${esc(`curl -s -X POST 'http://127.0.0.1:8080/regelingen/${encodeURIComponent(r.naam)}/evalueer${peildatum ? `?peildatum=${peildatum}` : ''}' \\\n  -H 'Content-Type: application/json' -d '${json.replace(/'/g, "'\\''")}'`)}</pre>`;
  }
  return `<h2 id="contract">Invoer en uitvoer als JSON</h2>${verzoek}`
    + `<details><summary>JSON Schema van de invoer</summary><pre>${esc(JSON.stringify(s.invoer, null, 2))}</pre></details>`
    + `<details><summary>JSON Schema van de uitvoer</summary><pre>${esc(JSON.stringify(s.uitvoer, null, 2))}</pre></details>`;
}

export function regelingPagina(r: DocRegeling): string {
  const g = r.g;
  const invoer = g.invoer.map((i) => [esc(i.naam), code(schrijfType(i.type)), esc(i.bron ?? ''), i.eisen.map((e) => code(bron(r.tekst, e.plek))).join('<br>')]);
  const uitvoer = g.uitvoer.map((u) => [`<a href="#${anker('regel', u.naam)}">${esc(u.naam)}</a>`, code(schrijfType(u.type)), esc(u.bron ?? '')]);
  const geldig = g.geldigVanaf || g.geldigTot ? `<p>Geldig ${g.geldigVanaf ? `vanaf ${esc(g.geldigVanaf)}` : ''}${g.geldigTot ? ` tot en met ${esc(g.geldigTot)}` : ''}.</p>` : '';
  const regels = g.bestand.declaraties.filter((d): d is A.Declaratie & { kind: 'Regel' | 'Functie' } => d.kind === 'Regel' || d.kind === 'Functie');
  const dk = dekking(g);
  const open = regels.flatMap((d) => (d.kind === 'Regel' ? wegen(d).filter((w) => (dk.get(d.naam)?.get(w) ?? []).length === 0).map((w) => ({ regel: d.naam, w })) : []));
  const alle = regels.reduce((n, d) => n + (d.kind === 'Regel' ? wegen(d).length : 0), 0);
  const dekkingTekst = `<h2 id="dekking">Dekking door de voorbeelden</h2><p>${alle - open.length} van de ${alle} manieren waarop de regels beslissen (de regel zelf of een rij van haar tabel, en elke uitzondering) komen in ten minste één voorbeeld voor.</p>`
    + (open.length > 0 ? `<p>Geen voorbeeld voor:</p><ul>${open.map((o) => `<li><a href="#${anker('regel', o.regel)}">${esc(o.regel)}</a>: ${esc(o.w)}</li>`).join('')}</ul>` : '');
  const inhoud = `<h1>${esc(g.naam)}</h1>
${g.bron ? `<p><strong>Bron:</strong> ${esc(g.bron)}</p>` : ''}${geldig}
<nav><a href="#invoer">Invoer</a><a href="#uitvoer">Uitvoer</a><a href="#regels">Regels</a><a href="#parameters">Parameters</a><a href="#voorbeelden">Voorbeelden</a><a href="#eigenschappen">Eigenschappen</a><a href="#dekking">Dekking</a><a href="#contract">JSON</a></nav>
<h2 id="invoer">Invoer</h2>${tabel(['naam', 'type', 'bron', 'eisen'], invoer)}
<h2 id="uitvoer">Uitvoer</h2>${tabel(['naam', 'type', 'bron'], uitvoer)}
<h2 id="regels">Regels</h2><p>Elke regel naast de passage die hij aanhaalt. Een uitzondering gaat voor de regel waar ze bij staat.</p>
${regels.map((d) => regelSectie(r, d, dk)).join('\n')}
${parameterSectie(r) || '<h2 id="parameters">Parameters</h2><p>Deze regeling heeft geen eigen parameters.</p>'}
${voorbeeldSectie(r) || '<h2 id="voorbeelden">Voorbeelden</h2><p>Geen voorbeelden.</p>'}
${eigenschapSectie(r) || '<h2 id="eigenschappen">Eigenschappen</h2><p>Geen eigenschappen.</p>'}
${dekkingTekst}
${contractSectie(r)}`;
  return pagina(g.naam, inhoud);
}

export function stdlibPagina(m: DocModule): string {
  const parameters = m.bestand.declaraties.filter((d): d is A.Declaratie & { kind: 'Parameter' } => d.kind === 'Parameter');
  const kop = m.bestand.kop;
  const door = m.gebruikers.length > 0 ? `<p>Gebruikt door ${m.gebruikers.map((g) => `<a href="${paginaNaam('regeling', g)}">${esc(g)}</a>`).join(', ')}.</p>` : '';
  return pagina(`stdlib ${m.naam}`, `<h1>stdlib: ${esc(m.naam)}</h1>${kop?.bron ? `<p><strong>Bron:</strong> ${esc(kop.bron.tekst)}</p>` : ''}<p>Te gebruiken met <code>gebruik ${esc(m.naam)}</code>.</p>${door}${parameters.map((p) => parameterTijdlijn(p, m.tekst)).join('\n')}`);
}

export function indexPagina(regelingen: readonly DocRegeling[], modules: readonly DocModule[]): string {
  const rijen = regelingen.map((r) => [`<a href="${paginaNaam('regeling', r.naam)}">${esc(r.g.naam)}</a>`, esc(r.g.bron ?? ''), String(r.g.regels.size)]);
  const std = modules.map((m) => `<li><a href="${paginaNaam('stdlib', m.naam)}">${esc(m.naam)}</a></li>`);
  return pagina('Regelwerk: regelingen', `<h1>Regelingen</h1>${tabel(['regeling', 'bron', 'regels'], rijen)}<h2>Standaardbibliotheek</h2><ul>${std.join('')}</ul><p><a href="diagnostiek.html">Alle diagnosecodes</a> met voorbeeld en oplossing.</p>`);
}

export function diagnostiekPagina(catalogus: Readonly<Record<string, CatalogusItem>>): string {
  const items = Object.entries(catalogus).filter(([, c]) => !c.intern).map(([code, c]) =>
    `<section><h2 id="${anker('code', code)}">${esc(code)}: ${esc(c.titel)} <small>(${esc(c.ernst)})</small></h2><pre>${esc(c.voorbeeld)}</pre><p>${esc(c.oplossing)}</p></section>`);
  return pagina('Regelwerk: diagnosecodes', `<h1>Diagnosecodes</h1>${items.join('\n')}`);
}
