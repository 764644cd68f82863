// Het testpaneel: draait de voorbeelden en eigenschappen van de regeling in de worker, met voortgang;
// een mislukte eigenschap biedt haar tegenvoorbeeld aan om in het formulier te laden.
import type { TestResultaat } from './protocol.js';
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
  resultaten(r: readonly TestResultaat[]): void;
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

export function maakTestsPaneel(acties: TestActies): TestsPaneel {
  const knop = el('button', { type: 'button', 'data-testid': 'draai-tests', class: 'rw-hoofdknop' }, ['Tests draaien']);
  const balk = el('progress', { 'data-testid': 'tests-voortgang', max: '1', value: '0' });
  const status = el('span', { 'data-testid': 'tests-status', class: 'rw-status', role: 'status' }, ['nog niet gedraaid']);
  const samenvatting = el('div', { 'data-testid': 'tests-samenvatting', class: 'rw-samenvatting' });
  const lijst = el('ul', { 'data-testid': 'tests-resultaten', class: 'rw-testlijst' });
  const wortel = el('div', { class: 'rw-tests' }, [el('div', { class: 'rw-rij' }, [knop, balk, status]), samenvatting, lijst]);
  return {
    wortel, knop,
    begin() {
      knop.disabled = true;
      balk.max = 1;
      balk.value = 0;
      status.textContent = 'bezig…';
      samenvatting.textContent = '';
      lijst.replaceChildren();
    },
    voortgang(gedaan, totaal, wat) {
      balk.max = Math.max(1, totaal);
      balk.value = gedaan;
      status.textContent = totaal > 0 ? `${wat}: ${Math.round((100 * gedaan) / Math.max(1, totaal))}%` : wat;
    },
    resultaten(r) {
      knop.disabled = false;
      balk.value = balk.max;
      const mis = r.filter((x) => !x.geslaagd).length;
      const tel = (s: string): number => r.filter((x) => x.kind === s).length;
      status.textContent = 'klaar';
      samenvatting.textContent = `${r.length - mis} van ${r.length} geslaagd (${tel('voorbeeld')} voorbeelden, ${tel('eigenschap')} eigenschappen)${mis ? `; ${mis} mislukt` : ''}`;
      // mislukte eerst
      lijst.replaceChildren(...[...r].sort((a, b) => Number(a.geslaagd) - Number(b.geslaagd)).map((x) => resultaat(x, acties)));
    },
    fout(melding) {
      knop.disabled = false;
      status.textContent = melding;
      samenvatting.textContent = '';
      lijst.replaceChildren();
    },
  };
}
