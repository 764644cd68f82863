// The section of a law page that says what was tested: each example passed or not, each property
// with the number of generated cases, and the coverage of every clause (which example or generated
// case reached it). `regelwerk doc` runs them (as `regelwerk test --dekking` does) and passes the
// outcome here; this file only writes it down.
import type { DekkingJson } from '../analysis/dekking.js';
import type { EigenschapUitkomst } from '../analysis/eigenschappen.js';
import type { VoorbeeldUitkomst } from '../interpreter/voorbeelden.js';
import { t, tabel } from './html.js';

export interface Toetsing {
  readonly voorbeelden: readonly VoorbeeldUitkomst[];
  readonly eigenschappen: readonly EigenschapUitkomst[];
  readonly dekking: DekkingJson;
}

const STATUS: Record<DekkingJson['clausules'][number]['status'], string> = {
  bereikt: '✓ bereikt',
  geconstrueerd: '✓ bereikt door een invoer van de beslisser',
  onbereikbaar: '– bewezen onbereikbaar',
  'niet bereikt': '✗ niet bereikt',
};

/** The HTML of the section (with its own subheadings, under the page's "Toetsing" heading). */
export function toetsingHtml(x: Toetsing): string {
  const goed = x.voorbeelden.filter((v) => v.geslaagd).length;
  const eig = x.eigenschappen.filter((e) => e.geslaagd).length;
  return `<p>Bij het maken van deze pagina gedraaid zoals <code>regelwerk test --dekking</code>: ${goed} van ${x.voorbeelden.length} voorbeelden kloppen, ${eig} van ${x.eigenschappen.length} eigenschappen houden stand, en ${x.dekking.bereikt} van ${x.dekking.totaal} clausules (basisregel, uitzondering, tabelrij, tak van een als) zijn bereikt.</p>
<h3>Eigenschappen</h3>
${x.eigenschappen.length === 0 ? '<p class="zacht">Geen.</p>' : tabel(['eigenschap', 'regel', 'uitkomst', 'gegenereerde gevallen'], x.eigenschappen.map((e) => [
    t(e.naam), String(e.regel), e.geslaagd ? '✓ houdt stand' : `✗ ${t(e.opgegeven ?? e.tegenvoorbeeld?.melding ?? 'faalt')}`, String(e.runs),
  ]))}
<h3>Dekking per clausule</h3>
${tabel(['clausule', 'regel', 'voorbeelden', 'gegenereerde gevallen', 'uitkomst'], x.dekking.clausules.map((c) => [
    t(c.naam), String(c.regel), String(c.voorbeelden), String(c.gevallen), `${t(STATUS[c.status])}${c.reden ? `<br><span class="zacht">${t(c.reden)}</span>` : ''}`,
  ]))}`;
}
