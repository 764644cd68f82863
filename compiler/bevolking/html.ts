// The report of a population run as one self-contained HTML page (`--rapport`): the tables of the
// text report and bar charts in inline SVG, styled inline, with no script and nothing loaded from
// the network, so it opens from file:// and can be mailed. Every value (a group from the input, an
// id, a label in a decision path, a policy's name) is escaped: the input is not ours.
import { type Getal, NUL, naarJsNumber, vergelijk } from '../../runtime/getal.js';
import { aantal, basisRijen, rapportAlsTekst, uitschieters, variantRijen, verschil } from './tekst.js';
import { type Rapport, type VariantVerschil, groepenOpVolgorde, meesteEerst } from './verschil.js';

/** Text as HTML text or an attribute value: the five characters that could end either. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STIJL = `body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2.5rem;border-bottom:1px solid #ccc}h3{font-size:1rem}
table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{padding:.2rem .6rem;border-bottom:1px solid #e4e4e4;text-align:left}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}code{font-size:.9em;word-break:break-word}pre{overflow-x:auto}
svg{max-width:100%;height:auto}svg text{font:12px system-ui,sans-serif}div.tabel{overflow-x:auto}.pos{fill:#1a7f37}.neg{fill:#b3261e}.nul{fill:#888}`;

/** A table whose first row is its header; cells that hold a number are right-aligned. */
function htmlTabel(rijen: readonly (readonly string[])[], bijschrift: string): string {
  const getal = (c: string): boolean => /^[+-]?(€ )?-?[\d.]+(,\d+)?%?( van [\d.]+)?$/.test(c);
  const [kop, ...rest] = rijen;
  return `<div class="tabel"><table><caption class="verborgen">${esc(bijschrift)}</caption><thead><tr>${kop!.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead>`
    + `<tbody>${rest.map((r) => `<tr>${r.map((c) => `<td${getal(c) ? ' class="n"' : ''}>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table></div>`;
}

/**
 * A horizontal bar chart: one bar per label, its length the value's share of the largest, green
 * for more and red for less, with the value written beside it.
 */
export function staafdiagram(titel: string, staven: readonly { label: string; waarde: Getal; tekst: string }[]): string {
  if (staven.length === 0) return '';
  const max = Math.max(...staven.map((s) => Math.abs(naarJsNumber(s.waarde))), Number.MIN_VALUE);
  const hoogte = 22;
  const labelBreedte = 160;
  const breedte = 420;
  const h = staven.length * hoogte + 8;
  const balken = staven.map((s, i) => {
    const w = Math.round((Math.abs(naarJsNumber(s.waarde)) / max) * breedte);
    const c = vergelijk(s.waarde, NUL);
    const y = i * hoogte + 4;
    return `<text x="${labelBreedte - 6}" y="${y + 15}" text-anchor="end">${esc(kort(s.label))}</text>`
      + `<rect x="${labelBreedte}" y="${y + 3}" width="${Math.max(w, 1)}" height="${hoogte - 8}" class="${c > 0 ? 'pos' : c < 0 ? 'neg' : 'nul'}"><title>${esc(`${s.label}: ${s.tekst}`)}</title></rect>`
      + `<text x="${labelBreedte + Math.max(w, 1) + 6}" y="${y + 15}">${esc(s.tekst)}</text>`;
  }).join('');
  return `<figure><figcaption>${esc(titel)}</figcaption><svg role="img" aria-label="${esc(titel)}" width="${labelBreedte + breedte + 140}" height="${h}" viewBox="0 0 ${labelBreedte + breedte + 140} ${h}" xmlns="http://www.w3.org/2000/svg">${balken}</svg></figure>`;
}

function kort(s: string): string {
  return s.length > 24 ? `${s.slice(0, 23)}…` : s;
}

function variantSectie(r: Rapport, v: VariantVerschil, top: number): string {
  const delen: string[] = [`<h2>Variant ${esc(v.naam)}</h2>`,
    `<p>${esc(aantal(v.totaal.gewijzigd))} van ${esc(aantal(v.totaal.gevallen))} gevallen gewijzigd; ${esc(aantal(v.fouten))} met een fout.</p>`,
    htmlTabel(variantRijen(r, v), `Verschillen van variant ${v.naam} per uitvoer`)];
  v.totaal.uitvoer.forEach((u, k) => {
    if (u.soort !== 'getal' || u.gewijzigd === 0) return;
    if (r.groepeer !== null && v.groepen.size > 0 && u.eenheid !== 'percentage') {
      const staven = groepenOpVolgorde(v.groepen).map(([g, x]) => ({ label: g, waarde: x.uitvoer[k]!.totaal, tekst: verschil(x.uitvoer[k]!.totaal, u.eenheid) }));
      delen.push(staafdiagram(`Totaal verschil in ${u.uitvoer} per ${r.groepeer}`, staven));
    }
    for (const welke of ['winnaars', 'verliezers'] as const) {
      const l = uitschieters(u, welke);
      if (l.length > 0) delen.push(`<h3>Grootste ${welke} (${esc(u.uitvoer)})</h3><ul>${l.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`);
    }
  });
  if (v.overgangen.size > 0) {
    const rijen = [['gevallen', 'oud pad -> nieuw pad'], ...meesteEerst(v.overgangen, top).map(([p, n]) => [aantal(n), p])];
    delen.push(`<h3>Veranderde beslispaden</h3>${htmlTabel(rijen, `Veranderde beslispaden van variant ${v.naam}`)}`);
  }
  return delen.join('\n');
}

/** The page. `titel` names the policy and the input (both written into the page escaped). */
export function rapportAlsHtml(r: Rapport, titel: string, top = 10): string {
  const b = r.basis.totaal;
  const delen: string[] = [`<h1>${esc(titel)}</h1>`,
    `<p>${esc(aantal(b.gevallen))} gevallen, ${esc(aantal(b.fouten))} met een fout.</p>`,
    `<h2>Basis</h2>`, htmlTabel(basisRijen(r), 'De basis per groep')];
  if (r.basis.paden.size > 0) {
    const rijen = [['gevallen', 'beslispad'], ...meesteEerst(r.basis.paden, top).map(([p, n]) => [aantal(n), p === '' ? '(geen keuzes)' : p])];
    delen.push(`<h3>Meest genomen beslispaden</h3>${htmlTabel(rijen, 'Beslispaden van de basis')}`);
  }
  for (const v of r.varianten) delen.push(variantSectie(r, v, top));
  // the text report, for copying into a memo
  delen.push(`<details><summary>Als tekst</summary><pre>${esc(rapportAlsTekst(r, top))}</pre></details>`);
  return `<!doctype html>\n<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`
    + `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`
    + `<title>${esc(titel)}</title><style>${STIJL}.verborgen{position:absolute;left:-9999px}</style></head><body>\n${delen.join('\n')}\n</body></html>\n`;
}

