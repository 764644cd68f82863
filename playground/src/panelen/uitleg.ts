// De uitleg als inklapbare boom: per regel de waarde, het besluit (basisregel of uitzondering) met
// bron, en wat de regel gebruikte. Een klik op een knoop wijst de regel aan in de editor.
import type { GebruikData, TekstPlek, UitlegKnoopData } from './protocol.js';
import { el } from './dom.js';
import { GEBRUIK_WOORD, HERHAALD, besluitLabel, bronTekst, parameterHerkomst } from '../../../compiler/index.js';

export type Aanwijzer = (plek: TekstPlek | null, bron: string | null, regel: string) => void;

function gebruik(g: GebruikData, wijsAan: Aanwijzer): HTMLElement {
  switch (g.kind) {
    case 'invoer':
      return el('li', { class: 'rw-gebruik', 'data-soort': 'invoer' }, [el('span', { class: 'rw-label' }, [`${GEBRUIK_WOORD.invoer} `]), el('b', {}, [g.naam]), ' = ', el('span', { class: 'rw-waarde' }, [g.waarde])]);
    case 'parameter': {
      return el('li', { class: 'rw-gebruik', 'data-soort': 'parameter', title: g.bron ?? '' }, [
        el('span', { class: 'rw-label' }, [`${GEBRUIK_WOORD.parameter} `]), el('b', {}, [g.naam]), ' = ', el('span', { class: 'rw-waarde' }, [g.waarde]), parameterHerkomst(g),
        ...(g.bron ? [el('div', { class: 'rw-bron' }, [bronTekst(g.bron)])] : []),
      ]);
    }
    case 'functie':
      return el('li', { class: 'rw-gebruik', 'data-soort': 'functie', title: g.bron ?? '' }, [
        el('span', { class: 'rw-label' }, [`${GEBRUIK_WOORD.functie} `]), el('b', {}, [g.naam]), ' = ', el('span', { class: 'rw-waarde' }, [g.waarde]),
        ...(g.bron ? [el('div', { class: 'rw-bron' }, [bronTekst(g.bron)])] : []),
        ...(g.gebruikt.length > 0 ? [el('ul', { class: 'rw-gebruikt' }, g.gebruikt.map((h) => gebruik(h, wijsAan)))] : []),
      ]);
    case 'regeling':
      return el('li', { class: 'rw-gebruik', 'data-soort': 'regeling', title: g.bron ?? '' }, [
        el('span', { class: 'rw-label' }, [`${GEBRUIK_WOORD.regeling} `]), el('b', {}, [g.naam]), ` (${g.regeling}) — peildatum ${g.peildatum}`,
        ...(g.bron ? [el('div', { class: 'rw-bron' }, [bronTekst(g.bron)])] : []),
        el('ul', { class: 'rw-gebruikt' }, [
          ...g.invoer.map((i) => el('li', { class: 'rw-gebruik', 'data-soort': 'invoer' }, [el('span', { class: 'rw-label' }, [`${GEBRUIK_WOORD.invoer} `]), el('b', {}, [i.naam]), ' = ', el('span', { class: 'rw-waarde' }, [i.waarde])])),
          ...g.knopen.map((k) => el('li', { class: 'rw-gebruik', 'data-soort': 'regel' }, [knoop(k, wijsAan)])),
        ]),
      ]);
    case 'regel':
      return el('li', { class: 'rw-gebruik', 'data-soort': 'regel' }, [knoop(g.knoop, wijsAan)]);
  }
}

export function knoop(k: UitlegKnoopData, wijsAan: Aanwijzer): HTMLDetailsElement {
  const samenvatting = el('summary', { title: 'klik: toon de regel in de editor' }, [
    el('b', { class: 'rw-regelnaam' }, [k.regel]), ' = ', el('span', { class: 'rw-waarde', 'data-testid': 'uitleg-waarde' }, [k.waarde]),
    ' ', el('span', { class: 'rw-besluit' }, [besluitLabel(k.besluit)]), k.herhaald ? el('span', { class: 'rw-herhaald' }, [` ${HERHAALD}`]) : '',
  ]);
  samenvatting.addEventListener('click', () => wijsAan(k.plek, k.bron, k.regel));
  const kinderen: HTMLElement[] = [];
  if (k.bron) kinderen.push(el('div', { class: 'rw-bron' }, [bronTekst(k.bron)]));
  if (k.gebruikt.length > 0) kinderen.push(el('ul', { class: 'rw-gebruikt' }, k.gebruikt.map((g) => gebruik(g, wijsAan))));
  else if (!k.herhaald) kinderen.push(el('div', { class: 'rw-leeg-gebruik' }, ['gebruikt geen invoer, parameters of regels']));
  return el('details', { 'data-testid': 'uitleg-knoop', 'data-regel': k.regel, class: 'rw-knoop' }, [samenvatting, ...kinderen]);
}

export function tekenUitleg(doel: HTMLElement, knopen: readonly UitlegKnoopData[], wijsAan: Aanwijzer): void {
  doel.replaceChildren(...knopen.map((k) => knoop(k, wijsAan)));
}
