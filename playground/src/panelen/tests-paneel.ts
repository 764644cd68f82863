// Het testpaneel: draait de voorbeelden en eigenschappen van de regeling in de worker, met voortgang;
// een mislukte eigenschap biedt haar tegenvoorbeeld aan om in het formulier te laden, en de dekking
// toont per clausule wat haar bereikte (zoals `regelwerk test --dekking`).
import type { TestResultaat, TestUitkomst } from './protocol.js';
import { el } from './dom.js';

export interface TestActies {
  /** Laadt een tegenvoorbeeld (JSON-tekst) met peildatum in het formulier en draait het. */
  readonly laad: (invoerJson: string, peildatum: string) => void;
  /** Toont regel `regel` van de regeling in de editor. */
  readonly toonRegel: (regel: number) => void;
}

export interface TestsPaneel {
  readonly wortel: HTMLElement;
  readonly knop: HTMLButtonElement;
  /** Een nieuwe run begint: oude resultaten weg. */
  begin(): void;
  voortgang(gedaan: number, totaal: number, wat: string): void;
  resultaten(u: TestUitkomst): void;
  fout(melding: string): void;
}

function resultaat(r: TestResultaat, acties: TestActies): HTMLElement {
  const status = r.geslaagd ? 'geslaagd' : 'mislukt';
  const naam = el('a', { href: '#', class: 'rw-testnaam', title: `regel ${r.regel} in de editor` }, [`${r.kind} "${r.naam}"`]);
  naam.addEventListener('click', (e) => { e.preventDefault(); acties.toonRegel(r.regel); });
  const delen: (HTMLElement | string)[] = [el('span', { class: `rw-teststatus rw-${status}` }, [r.geslaagd ? '✓ geslaagd' : '✗ mislukt']), ' ', naam, el('span', { class: 'rw-peildatum' }, [` (peildatum ${r.peildatum})`])];
  if (r.details.length > 0) delen.push(el('ul', { class: 'rw-details' }, r.details.map((d) => el('li', {}, [d]))));
  r.tegenvoorbeelden.forEach((json, i) => {
    const knop = el('button', { type: 'button', 'data-testid': 'tegenvoorbeeld-laden' }, [r.tegenvoorbeelden.length > 1 ? `tegenvoorbeeld ${i + 1} laden` : 'tegenvoorbeeld laden']);
    knop.addEventListener('click', () => acties.laad(json, r.peildatum));
    delen.push(el('div', { class: 'rw-tegenvoorbeeld' }, [el('pre', { 'data-testid': 'tegenvoorbeeld' }, [json]), knop]));
  });
  if (r.voorbeeldTekst) delen.push(el('details', {}, [el('summary', {}, ['als voorbeeld-blok om te plakken']), el('pre', {}, [r.voorbeeldTekst])]));
  return el('li', { 'data-testid': 'test-resultaat', 'data-status': status, 'data-soort': r.kind, class: `rw-test rw-${status}` }, delen);
}

type DekkingRegel = TestUitkomst['dekking']['clausules'][number];

const aantal = (n: number, een: string, meer: string): string => `${n} ${n === 1 ? een : meer}`;

/** Wat een clausule bereikte, in de woorden van `regelwerk test --dekking`. */
function dekkingTekst(c: DekkingRegel): string {
  const aantallen = `${aantal(c.voorbeelden, 'voorbeeld', 'voorbeelden')}, ${aantal(c.gevallen, 'gegenereerd geval', 'gegenereerde gevallen')}`;
  switch (c.status) {
    case 'bereikt': return `${aantallen}${c.gevallen === 0 && c.reden ? `; geen gegenereerd geval: ${c.reden}` : ''}`;
    case 'geconstrueerd': return `${aantallen}; bereikt door een invoer van de beslisser, waarop de eigenschappen ook draaiden`;
    case 'onbereikbaar': return 'bewezen onbereikbaar: geen geldige invoer komt in deze clausule';
    case 'niet bereikt': return `niet bereikt; ${c.reden ?? ''}`;
    default: {
      const _never: never = c.status;
      return _never;
    }
  }
}

function dekkingLijst(d: TestUitkomst['dekking'], acties: TestActies): HTMLElement {
  const teken = { bereikt: '✓', geconstrueerd: '✓', onbereikbaar: '–', 'niet bereikt': '✗' } as const;
  const regels = d.clausules.map((c) => {
    const naam = el('a', { href: '#', class: 'rw-testnaam', title: `regel ${c.regel} in de editor` }, [c.naam]);
    naam.addEventListener('click', (e) => { e.preventDefault(); acties.toonRegel(c.regel); });
    return el('li', { 'data-testid': 'dekking-clausule', 'data-status': c.status, 'data-soort': c.soort }, [`${teken[c.status]} `, naam, ` (r. ${c.regel}): ${dekkingTekst(c)}`]);
  });
  const details = el('details', { 'data-testid': 'tests-dekking', class: 'rw-dekking' }, [
    el('summary', {}, [`dekking: ${d.bereikt} van ${d.totaal} clausules bereikt`]), el('ul', { class: 'rw-details' }, regels),
  ]);
  // open when something was not reached: that is what the drafter must see
  details.open = d.clausules.some((c) => c.status === 'niet bereikt');
  return details;
}

export function maakTestsPaneel(acties: TestActies): TestsPaneel {
  const knop = el('button', { type: 'button', 'data-testid': 'draai-tests', class: 'rw-hoofdknop' }, ['Tests draaien']);
  const balk = el('progress', { 'data-testid': 'tests-voortgang', max: '1', value: '0' });
  const status = el('span', { 'data-testid': 'tests-status', class: 'rw-status', role: 'status' }, ['nog niet gedraaid']);
  const samenvatting = el('div', { 'data-testid': 'tests-samenvatting', class: 'rw-samenvatting' });
  const lijst = el('ul', { 'data-testid': 'tests-resultaten', class: 'rw-testlijst' });
  const dekking = el('div', {});
  const wortel = el('div', { class: 'rw-tests' }, [el('div', { class: 'rw-rij' }, [knop, balk, status]), samenvatting, dekking, lijst]);
  return {
    wortel, knop,
    begin() {
      knop.disabled = true;
      balk.max = 1;
      balk.value = 0;
      status.textContent = 'bezig…';
      samenvatting.textContent = '';
      dekking.replaceChildren();
      lijst.replaceChildren();
    },
    voortgang(gedaan, totaal, wat) {
      balk.max = Math.max(1, totaal);
      balk.value = gedaan;
      status.textContent = totaal > 0 ? `${wat}: ${Math.round((100 * gedaan) / Math.max(1, totaal))}%` : wat;
    },
    resultaten({ resultaten: r, dekking: d }) {
      knop.disabled = false;
      balk.value = balk.max;
      const mis = r.filter((x) => !x.geslaagd).length;
      const tel = (s: string): number => r.filter((x) => x.kind === s).length;
      status.textContent = 'klaar';
      samenvatting.textContent = `${r.length - mis} van ${r.length} geslaagd (${tel('voorbeeld')} voorbeelden, ${tel('eigenschap')} eigenschappen)${mis ? `; ${mis} mislukt` : ''}`;
      dekking.replaceChildren(dekkingLijst(d, acties));
      // mislukte eerst
      lijst.replaceChildren(...[...r].sort((a, b) => Number(a.geslaagd) - Number(b.geslaagd)).map((x) => resultaat(x, acties)));
    },
    fout(melding) {
      knop.disabled = false;
      status.textContent = melding;
      samenvatting.textContent = '';
      dekking.replaceChildren();
      lijst.replaceChildren();
    },
  };
}
