// The law page of one policy, for readers who know the law but not the language: what it decides
// (its outputs), from what (its inputs and parameters, the dated rows as a timeline), each rule in
// the drafter's own words beside the passage of the letter its `bron` cites, decision tables as
// tables, and its examples and properties. Built from the checked policy and its text only; the
// letters come in as texts (browser-safe, no file system).
import type * as A from '../../language/ast.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { schrijfType } from '../../runtime/typen.js';
import { type Passage, briefTitel, geciteerdeAlinea, passagesInBron, passagesVan } from './bronnen.js';
import { anker, attr, pagina, t, tabel } from './html.js';

export interface DocRegeling {
  /** The policy's file name as the reader knows it (`policies/ketenbepaling.regel`). */
  readonly bestand: string;
  readonly tekst: string;
  readonly g: Gecontroleerd;
  /** The letters of docs/bronnen/ by file name. */
  readonly brieven: ReadonlyMap<string, string>;
  /** The page of a stdlib module this policy uses, by module name (for links). */
  readonly stdlibPaginas: ReadonlyMap<string, string>;
  /** Extra sections at the end (the schema, coverage), as HTML with their own headings. */
  readonly extra?: readonly { readonly id: string; readonly titel: string; readonly html: string }[];
}

/** The letter page for a letter file (relative to the index). */
export function briefPagina(brief: string): string {
  return `bronnen/${brief.replace(/\.txt$/, '')}.html`;
}

const bron = (b: A.Bron | null): string | null => b?.tekst ?? null;

/** The page: a file name for the index, the HTML. */
export function regelingPagina(d: DocRegeling): string {
  const { g, tekst } = d;
  const bestand = g.bestand;
  const bronnen = bestand.declaraties.flatMap((x) => ('bron' in x && x.bron ? [x.bron.tekst] : []));
  const passages = passagesVan(d.bestand, [g.bron ?? '', ...bronnen]);
  const bronVak = (b: string | null): string => bronAside(b, passages, d.brieven);
  const bronRegel = (s: A.Plek): string => tekst.slice(s.offset, s.eind);
  const voor = toelichtingen(bestand, tekst);

  const secties: { id: string; titel: string; html: string }[] = [];
  secties.push({
    id: 'invoer', titel: 'Wat de regeling vraagt (invoer)',
    html: tabel(['naam', 'soort waarde', 'eisen', 'bron'], g.invoer.map((i) => [
      `<code id="${attr(anker('invoer', i.naam))}">${t(i.naam)}</code>`, t(schrijfType(i.type)),
      i.eisen.map((e) => `<code>${t(bronRegel(e.plek))}</code>`).join('<br>'), t(i.bron ?? ''),
    ])),
  });
  secties.push({
    id: 'uitvoer', titel: 'Wat de regeling beslist (uitvoer)',
    html: tabel(['naam', 'soort waarde', 'bron'], g.uitvoer.map((u) => [
      g.regels.has(u.naam) ? `<a href="#${attr(anker('regel', u.naam))}"><code>${t(u.naam)}</code></a>` : `<code>${t(u.naam)}</code>`,
      t(schrijfType(u.type)), t(u.bron ?? ''),
    ])),
  });
  const parameters = g.parameters.filter((p) => p.module === null);
  const modules = [...new Set(g.parameters.flatMap((p) => (p.module === null ? [] : [p.module])))];
  secties.push({
    id: 'parameters', titel: 'Vaste waarden (parameters)',
    html: parameters.map((p) => parameterHtml(p, tekst, bronVak, voor.get(p.decl))).join('\n')
      + (modules.length > 0 ? `<p>Uit de standaardbibliotheek: ${modules.map((m) => d.stdlibPaginas.has(m)
        ? `<a href="${attr(d.stdlibPaginas.get(m)!)}">${t(m)}</a>` : t(m)).join(', ')}.</p>` : '')
      || '<p class="zacht">Geen.</p>',
  });
  const regels = bestand.declaraties.filter((x): x is A.Declaratie & { kind: 'Regel' | 'Functie' } => x.kind === 'Regel' || x.kind === 'Functie');
  secties.push({
    id: 'regels', titel: 'De regels',
    html: regels.map((r) => regelHtml(r, g, tekst, bronVak, voor.get(r))).join('\n'),
  });
  secties.push({ id: 'voorbeelden', titel: 'Voorbeelden', html: voorbeeldenHtml(g, tekst) });
  secties.push({
    id: 'eigenschappen', titel: 'Eigenschappen (op elke build getoetst)',
    html: g.eigenschappen.length === 0 ? '<p class="zacht">Geen.</p>'
      : `<ul>${g.eigenschappen.map((e) => `<li><pre>${t(bronRegel(e.plek).trimEnd())}</pre></li>`).join('\n')}</ul>`,
  });
  for (const x of d.extra ?? []) secties.push({ ...x });

  const kop = `<h1>${t(g.naam)}</h1>
<p class="meta">${t(d.bestand)}${g.geldigVanaf ? ` · geldig vanaf ${t(g.geldigVanaf)}` : ''}${g.geldigTot ? ` tot en met ${t(g.geldigTot)}` : ''}</p>
${g.bron ? `<p><strong>Bron:</strong> ${t(g.bron)}</p>` : ''}
${voor.get('kop') ?? ''}
<nav class="inhoud" aria-label="Inhoud"><ul>${secties.map((s) => `<li><a href="#${attr(s.id)}">${t(s.titel)}</a></li>`).join('')}</ul></nav>`;
  const lijf = secties.map((s) => `<section id="${attr(s.id)}">\n<h2>${t(s.titel)}</h2>\n${s.html}\n</section>`).join('\n');
  return pagina(g.naam, '', `${kop}\n${lijf}`);
}

/** The bron of a clause and, beside it, the paragraph of the letter it cites (linked), where found. */
function bronAside(b: string | null, passages: readonly Passage[], brieven: ReadonlyMap<string, string>): string {
  if (!b) return '<aside aria-label="Bron"><p class="zacht">Geen eigen bron; de bron van de regeling geldt.</p></aside>';
  const delen = [`<p><strong>Bron:</strong> ${t(b)}</p>`];
  for (const p of passagesInBron(b, passages)) {
    const brief = brieven.get(p.brief);
    const alinea = brief ? geciteerdeAlinea(b, p, brief) : null;
    const doel = `${briefPagina(p.brief)}#${alinea ? `r${alinea.regel}` : `p-${p.van}`}`;
    delen.push(alinea
      ? `<blockquote>${t(alinea.tekst)}</blockquote><p><a href="${attr(doel)}">${t(p.kop)}</a>, ${t(briefTitel(p))}</p>`
      : `<p><a href="${attr(doel)}">${t(p.kop)}</a>, ${t(briefTitel(p))}</p>`);
  }
  return `<aside aria-label="Bron">${delen.join('\n')}</aside>`;
}

function parameterHtml(p: Gecontroleerd['parameters'][number], tekst: string, bronVak: (b: string | null) => string, toelichting?: string): string {
  const waarde = (r: A.ParameterRij): string => `<code>${t(tekst.slice(r.waarde.plek.offset, r.waarde.plek.eind))}</code>`;
  const tijdlijn = p.rijen.some((r) => r.vanaf)
    ? tabel(['vanaf', 'tot en met', 'waarde', 'bron'], p.rijen.map((r) => [r.vanaf ? t(r.vanaf) : '—', r.tot ? t(r.tot) : '—', waarde(r), t(bron(r.bron) ?? '')]))
    : p.rijen.map((r) => `<p>Waarde: ${waarde(r)}</p>`).join('');
  return `<div class="regel" id="${attr(anker('parameter', p.naam))}"><div><h3><code>${t(p.naam)}</code>: ${t(schrijfType(p.type))}</h3>${toelichting ?? ''}${tijdlijn}</div>${bronVak(p.bron)}</div>`;
}

function regelHtml(r: A.Declaratie & { kind: 'Regel' | 'Functie' }, g: Gecontroleerd, tekst: string, bronVak: (b: string | null) => string, toelichting?: string): string {
  const code = tekst.slice(r.plek.offset, r.plek.eind).trimEnd();
  const type = r.kind === 'Regel' ? g.regels.get(r.naam)?.type : g.functies.get(r.naam)?.type;
  const soort = r.kind === 'Functie' ? 'functie' : g.uitvoer.some((u) => u.naam === r.naam) ? 'uitvoer' : 'hulpregel';
  const delen = [`<h3><code>${t(r.naam)}</code>${type ? `: ${t(schrijfType(type))}` : ''} <span class="zacht">(${soort})</span></h3>`, toelichting ?? ''];
  if (r.kind === 'Regel' && r.waarde.kind === 'Tabel') delen.push(tabelHtml(r.waarde));
  delen.push(`<details${r.kind === 'Regel' && r.waarde.kind === 'Tabel' ? '' : ' open'}><summary>Zoals de opsteller het schreef</summary><pre>${t(code)}</pre></details>`);
  if (r.kind === 'Regel' && r.uitzonderingen.length > 0) {
    delen.push(`<p><strong>Uitzonderingen</strong> (gaan voor de hoofdregel${r.uitzonderingen.some((u) => u.ouder) ? '; een uitzondering op een andere gaat voor die andere' : ''}):</p>`);
    delen.push(tabel(['label', 'geldt indien', 'dan', 'bron'], r.uitzonderingen.map((u) => [
      `${t(u.label)}${u.ouder ? ` <span class="zacht">(op ${t(u.ouder)})</span>` : ''}`,
      `<code>${t(tekst.slice(u.voorwaarde.plek.offset, u.voorwaarde.plek.eind))}</code>`,
      `<code>${t(tekst.slice(u.waarde.plek.offset, u.waarde.plek.eind))}</code>`, t(bron(u.bron) ?? ''),
    ])));
  }
  return `<div class="regel" id="${attr(anker('regel', r.naam))}"><div>${delen.join('\n')}</div>${bronVak(bron(r.bron))}</div>`;
}

function tabelHtml(tab: A.Expr & { kind: 'Tabel' }): string {
  const kop = [...tab.kolommen.map((k) => t(k.tekst)), `<strong>${t(tab.uitvoerKop.tekst)}</strong>`, ...(tab.heeftBron ? ['bron'] : [])];
  const rijen = tab.rijen.map((r) => [...r.cellen.map((c) => t(c)), ...(tab.heeftBron ? [t(r.bron?.tekst ?? '')] : [])]);
  const beleid = tab.beleid === 'eerste' ? 'De eerste rij van boven die past, beslist.' : 'Precies één rij mag passen; twee rijen die passen zijn een conflict.';
  return `<p class="zacht">Beslistabel. ${beleid} Een <code>-</code> past op elke waarde.</p>${tabel(kop, rijen)}`;
}

function voorbeeldenHtml(g: Gecontroleerd, tekst: string): string {
  if (g.voorbeelden.length === 0) return '<p class="zacht">Geen.</p>';
  const waarde = (x: A.Toewijzing): string => `<code>${t(x.naam)}</code> = <code>${t(tekst.slice(x.waarde.plek.offset, x.waarde.plek.eind))}</code>`;
  return g.voorbeelden.map((v) => {
    const peildatum = v.peildatum ?? g.voorbeeldenPeildatum;
    const verwacht = v.verwachtFout ? [`een fout${v.verwachtFout.tekst ? `: ${t(v.verwachtFout.tekst)}` : ''}`] : v.verwacht.map(waarde);
    return `<h3>${t(v.naam)}</h3>
<p class="meta">${peildatum ? `peildatum ${t(peildatum)}` : ''}${v.bron ? ` · bron: ${t(v.bron.tekst)}` : ''}${v.parameters.length ? ` · met ${v.parameters.map(waarde).join(', ')}` : ''}</p>
${tabel(['gegeven', 'verwacht'], [[v.gegeven.map(waarde).join('<br>') || '—', verwacht.join('<br>')]])}`;
  }).join('\n');
}

/**
 * The drafter's comments as prose: the block above the `regeling` line (under 'kop'), and the
 * comment lines directly above a declaration. Ruler lines (`-- ----`) are left out.
 */
function toelichtingen(bestand: A.Bestand, tekst: string): Map<A.Declaratie | 'kop', string> {
  const uit = new Map<A.Declaratie | 'kop', string>();
  // the comment as written (the AST's text is trimmed): its indentation continues a list item
  const regels = bestand.commentaren.map((c) => ({ regel: c.plek.regel, tekst: tekst.slice(c.plek.offset, c.plek.eind).replace(/^--\s?/, '').trimEnd() }));
  const blokBoven = (regel: number): string[] => {
    const blok: string[] = [];
    for (let r = regel - 1; ; r--) {
      const c = regels.find((x) => x.regel === r);
      if (!c) break;
      blok.unshift(c.tekst);
    }
    return blok.filter((x) => !/^[-=\s]*$/.test(x) || x.trim() === '');
  };
  const kopRegel = bestand.kop?.plek.regel ?? 1;
  const kop = regels.filter((c) => c.regel < kopRegel).map((c) => c.tekst).filter((x) => !/^-{3,}\s*$/.test(x));
  if (kop.length > 0) uit.set('kop', proza(kop));
  for (const d of bestand.declaraties) {
    const blok = blokBoven(d.plek.regel).filter((x) => !/^\s*\d+\.\s+\p{L}+\s*$/u.test(x));
    if (blok.some((x) => x.trim() !== '')) uit.set(d, proza(blok));
  }
  return uit;
}

/** Comment lines as paragraphs and lists: an empty line ends a paragraph, `*`, `-` or `1.` starts an item, a deeper indented line continues it. */
function proza(regels: readonly string[]): string {
  const uit: string[] = [];
  let alinea: string[] = [];
  let lijst: string[] = [];
  const sluitAlinea = (): void => { if (alinea.length) uit.push(`<p>${t(alinea.join(' '))}</p>`); alinea = []; };
  const sluitLijst = (): void => { if (lijst.length) uit.push(`<ul>${lijst.map((l) => `<li>${t(l)}</li>`).join('')}</ul>`); lijst = []; };
  for (const r of regels) {
    const item = /^\s*(?:[*-]\s+(.*)|(\d+\.\s+.*))$/.exec(r);
    if (r.trim() === '') { sluitAlinea(); sluitLijst(); } else if (item) { sluitAlinea(); lijst.push(item[1] ?? item[2]!); } else if (lijst.length && /^\s{2,}/.test(r)) lijst[lijst.length - 1] += ` ${r.trim()}`;
    else { sluitLijst(); alinea.push(r.trim()); }
  }
  sluitAlinea();
  sluitLijst();
  return `<div class="toelichting">${uit.join('\n')}</div>`;
}
