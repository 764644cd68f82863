// `regelwerk doc` without the file system: from checked policies, stdlib modules and the letters to
// a set of static pages (path -> HTML): an index, a page per policy and per stdlib module, the
// letters with an anchor per paragraph, and the diagnostic catalogue. Every link between them is
// relative, so the folder works from file:// and anywhere it is copied.
import type { Gecontroleerd } from '../../language/checker.js';
import { CATALOGUS } from '../../language/catalogus.js';
import { BRIEVEN, PASSAGES, alineas } from './bronnen.js';
import { anker, attr, pagina, t, tabel } from './html.js';
import { briefPagina, regelingPagina } from './regeling.js';

export interface DocBron {
  /** The file name as the reader knows it (`policies/ketenbepaling.regel`, `stdlib/minimumloon.regel`). */
  readonly bestand: string;
  readonly tekst: string;
  readonly g: Gecontroleerd;
  /** Extra sections for its page (schema, coverage). */
  readonly extra?: readonly { readonly id: string; readonly titel: string; readonly html: string }[];
}

export interface DocInvoer {
  readonly regelingen: readonly DocBron[];
  readonly stdlib: readonly DocBron[];
  /** The letters of docs/bronnen/ by file name. */
  readonly brieven: ReadonlyMap<string, string>;
}

/** The page of a policy file (`ketenbepaling.html`) or a stdlib module (`stdlib-minimumloon.html`). */
export function paginaNaam(bestand: string, stdlib: boolean): string {
  const basis = bestand.slice(bestand.lastIndexOf('/') + 1).replace(/\.regel$/, '');
  return `${stdlib ? 'stdlib-' : ''}${basis.replace(/[^\p{L}\p{N}._-]/gu, '_')}.html`;
}

/** Every page, by relative path. */
export function documenteer(d: DocInvoer): Map<string, string> {
  const uit = new Map<string, string>();
  const stdlibPaginas = new Map(d.stdlib.map((m) => [m.bestand.slice(m.bestand.lastIndexOf('/') + 1).replace(/\.regel$/, ''), paginaNaam(m.bestand, true)]));
  for (const r of d.regelingen) uit.set(paginaNaam(r.bestand, false), regelingPagina({ ...r, brieven: d.brieven, stdlibPaginas }));
  for (const m of d.stdlib) uit.set(paginaNaam(m.bestand, true), regelingPagina({ ...m, brieven: d.brieven, stdlibPaginas }));
  for (const [brief, tekst] of d.brieven) uit.set(briefPagina(brief), briefHtml(brief, tekst));
  uit.set('diagnostiek.html', catalogusHtml());
  uit.set('index.html', indexHtml(d));
  return uit;
}

function indexHtml(d: DocInvoer): string {
  const rij = (x: DocBron, stdlib: boolean): string[] => [
    `<a href="${attr(paginaNaam(x.bestand, stdlib))}">${t(x.g.naam)}</a>`, `<code>${t(x.bestand)}</code>`, t(x.g.bron ?? ''),
    `${x.g.uitvoer.length} uitvoer, ${x.g.regels.size} regels, ${x.g.voorbeelden.length} voorbeelden, ${x.g.eigenschappen.length} eigenschappen`,
  ];
  const brieven = [...d.brieven.keys()].map((b) => `<li><a href="${attr(briefPagina(b))}">${t(BRIEVEN[b] ?? b)}</a></li>`).join('');
  return pagina('Regelingen', '', `<h1>Regelingen</h1>
<p>Elke regeling naast de wet- of brieftekst die zij citeert: wat zij vraagt, wat zij beslist, elke regel met zijn bron, de voorbeelden en de eigenschappen die bij elke build worden getoetst.</p>
<h2 id="regelingen">Regelingen</h2>
${tabel(['regeling', 'bestand', 'bron', 'omvang'], d.regelingen.map((r) => rij(r, false)))}
<h2 id="stdlib">Standaardbibliotheek</h2>
${tabel(['module', 'bestand', 'bron', 'omvang'], d.stdlib.map((m) => rij(m, true)))}
<h2 id="brieven">Bronnen</h2>
<ul>${brieven}</ul>
<h2 id="diagnostiek">Meldingen</h2>
<p><a href="diagnostiek.html">Alle diagnosecodes</a> met een voorbeeld en de oplossing.</p>`);
}

/** A letter, paragraph by paragraph; each has the id `r<line>` and each cited passage a heading `p-<line>`. */
function briefHtml(brief: string, tekst: string): string {
  const passages = Object.values(PASSAGES).filter((p) => p.brief === brief).sort((a, b) => a.van - b.van);
  // Paragraphs split at every passage boundary too, so a quoted paragraph's id is on this page.
  const grenzen = [...new Set([1, ...passages.flatMap((p) => [p.van, p.tot + 1])])].sort((a, b) => a - b);
  const stukken = grenzen.flatMap((van, i) => alineas(tekst, van, (grenzen[i + 1] ?? Number.MAX_SAFE_INTEGER) - 1));
  const delen: string[] = [];
  let volgende = 0;
  for (const a of stukken) {
    while (volgende < passages.length && passages[volgende]!.van <= a.regel) {
      const p = passages[volgende++]!;
      delen.push(`<h2 id="p-${p.van}">${t(p.kop)}</h2>`);
    }
    delen.push(`<p id="r${a.regel}"><a class="zacht" href="#r${a.regel}" aria-label="regel ${a.regel}">${a.regel}</a> ${t(a.tekst)}</p>`);
  }
  for (const p of passages.slice(volgende)) delen.push(`<h2 id="p-${p.van}">${t(p.kop)}</h2>`);
  const titel = BRIEVEN[brief] ?? brief;
  return pagina(titel, '../', `<h1>${t(titel)}</h1>\n<p class="meta">docs/bronnen/${t(brief)}; de getallen zijn de regelnummers in dat bestand.</p>\n${delen.join('\n')}`);
}

function catalogusHtml(): string {
  const items = Object.entries(CATALOGUS).map(([code, item]) => `<section id="${attr(anker('code', code))}">
<h2>${t(code)} — ${t(item.titel)} <span class="zacht">(${t(item.ernst)})</span></h2>
${'intern' in item && item.intern ? '<p>Intern: gemeld door <code>regelwerk fmt</code>, niet door een bestand.</p>' : `<pre>${t(item.voorbeeld.trimEnd())}</pre>`}
<p><strong>Oplossing:</strong> ${t(item.oplossing)}</p>
</section>`);
  return pagina('Meldingen', '', `<h1>Meldingen</h1>\n<p>Elke code die <code>regelwerk check</code> kan geven.</p>\n${items.join('\n')}`);
}
