// HTML for the law pages of `regelwerk doc`: escaping (every text from a policy, a letter or a path
// reaches a page only through `t` or `attr`), and the page shell with its one stylesheet inline,
// so a page works from file:// with no network.

/** Text as HTML element content. */
export function t(tekst: string): string {
  return tekst.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text as a double-quoted attribute value. */
export function attr(tekst: string): string {
  return t(tekst).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** An id from a name: letters, digits and '-' only (a policy's names are letters and digits already). */
export function anker(soort: string, naam: string): string {
  return `${soort}-${naam.replace(/[^\p{L}\p{N}-]/gu, '_')}`;
}

const STIJL = `
:root { --tekst: #1b1b1b; --zacht: #4a4a4a; --lijn: #c8c8c8; --vlak: #f3f5f8; --accent: #154273; --bron: #fffbea; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--tekst); background: #fff; }
header.balk { background: var(--accent); color: #fff; padding: .6rem 1.2rem; }
header.balk a { color: #fff; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.2rem 3rem; }
h1 { font-size: 1.8rem; margin: .8rem 0 .2rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .6rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin: 0 0 .4rem; }
a { color: var(--accent); }
.meta, .zacht { color: var(--zacht); }
nav.inhoud ul { columns: 2; }
table { border-collapse: collapse; margin: .5rem 0 1rem; width: 100%; }
th, td { border: 1px solid var(--lijn); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--vlak); }
code, pre { font-family: ui-monospace, "Cascadia Mono", Menlo, monospace; font-size: .9rem; }
pre { background: var(--vlak); padding: .6rem .8rem; overflow-x: auto; margin: .4rem 0; }
.regel { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; border: 1px solid var(--lijn); padding: .8rem; margin: 1rem 0; }
.regel > aside { background: var(--bron); padding: .6rem .8rem; border-left: 4px solid #e0c200; }
.regel > aside blockquote { margin: .4rem 0; font-style: italic; }
.toelichting p { margin: .3rem 0; }
p, li, td, th, blockquote, h1, h2, h3 { overflow-wrap: anywhere; }
@media (max-width: 48rem) { .regel { grid-template-columns: minmax(0, 1fr); } nav.inhoud ul { columns: 1; } table { display: block; overflow-x: auto; } }
`;

/** A whole page: title, a path back to the index, the body. `wortel` is the relative way to the index's folder. */
export function pagina(titel: string, wortel: string, inhoud: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${t(titel)} — Regelwerk</title>
<style>${STIJL}</style>
</head>
<body>
<header class="balk"><a href="${attr(wortel)}index.html">Regelwerk — regels en wet</a></header>
<main>
${inhoud}
</main>
</body>
</html>
`;
}

/** A table from a header and rows of HTML cells (already escaped). */
export function tabel(kop: readonly string[], rijen: readonly (readonly string[])[], klasse = ''): string {
  const k = `<tr>${kop.map((c) => `<th scope="col">${c}</th>`).join('')}</tr>`;
  const r = rijen.map((rij) => `<tr>${rij.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table${klasse ? ` class="${attr(klasse)}"` : ''}>\n<thead>${k}</thead>\n<tbody>\n${r}\n</tbody>\n</table>`;
}
