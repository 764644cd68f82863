// De uitvoertabel: per uitvoer de naam, het type en de waarde zoals een opsteller die schrijft.
import type { UitvoerRij } from './protocol.js';
import { el } from './dom.js';

export function tekenUitvoer(tabel: HTMLTableElement, rijen: readonly UitvoerRij[] | null): void {
  const kop = el('thead', {}, [el('tr', {}, [el('th', {}, ['uitvoer']), el('th', {}, ['waarde']), el('th', {}, ['type'])])]);
  const lijf = el('tbody', {}, (rijen ?? []).map((r) => el('tr', { 'data-testid': `uitvoer-${r.naam}` }, [
    el('td', { class: 'rw-naam' }, [r.naam]), el('td', { class: 'rw-waarde', 'data-testid': `uitvoer-waarde-${r.naam}` }, [r.waarde]), el('td', { class: 'rw-type' }, [r.type]),
  ])));
  // No outputs (yet, or the policy cannot run): no empty greyed-out header, but a line that says so.
  if (rijen === null) tabel.replaceChildren(el('caption', { class: 'rw-geen-uitvoer' }, ['nog geen uitvoer']));
  else tabel.replaceChildren(kop, lijf);
}
