// Het invoerformulier: één besturingselement per invoerveld, afgeleid van de Type van elke invoer.
// Het formulier werkt rechtstreeks op een JSON-waarde (getallen als ExactGetal) die de JSON-tab deelt.
import { exactGetal, type Type } from '../../../compiler/index.js';
import { leesNlGetal, schrijfNlGetal } from './getal-invoer.js';
import type { VeldVorm } from './protocol.js';
import { el } from './dom.js';
import { maakVenster, type Venster } from './lijst-venster.js';

type Json = Record<string, unknown>;
const DUUR_EENHEDEN = ['dagen', 'weken', 'maanden', 'jaren'] as const;

interface Context { readonly gewijzigd: () => void }

/** Een beginwaarde voor een nieuw veld of een nieuwe rij. */
export function beginWaarde(t: Type): unknown {
  switch (t.soort) {
    case 'ja/nee': return false;
    case 'getal': case 'bedrag': case 'percentage': return exactGetal(t.min ? t.min.waarde : '0');
    case 'datum': return '2026-01-01';
    case 'duur': return { dagen: 0 };
    case 'tekst': return '';
    case 'keuze': return t.waarden[0] ?? '';
    case 'gegevens': return Object.fromEntries(t.velden.map((v) => [v.naam, beginWaarde(v.type)]));
    case 'lijst': return [];
    case 'leegbaar': return null;
    default: return null;
  }
}

function metEenheid(soort: string, invoer: HTMLElement): HTMLElement {
  if (soort === 'bedrag') return el('span', { class: 'rw-eenheid' }, ['€ ', invoer]);
  if (soort === 'percentage') return el('span', { class: 'rw-eenheid' }, [invoer, ' %']);
  return invoer;
}

/** Het besturingselement voor `waarde` van type `t` op `pad`; `zet` schrijft een nieuwe waarde terug. */
function veld(t: Type, waarde: unknown, pad: string, zet: (w: unknown) => void, ctx: Context): HTMLElement {
  const id = `veld-${pad}`;
  const wijzig = (w: unknown): void => { zet(w); ctx.gewijzigd(); };
  switch (t.soort) {
    case 'ja/nee': {
      const c = el('input', { type: 'checkbox', 'data-testid': id, 'aria-label': pad });
      c.checked = waarde === true;
      c.addEventListener('change', () => wijzig(c.checked));
      return el('label', { class: 'rw-janee' }, [c, ' ja']);
    }
    case 'getal': case 'bedrag': case 'percentage': {
      const i = el('input', { type: 'text', inputmode: 'decimal', 'data-testid': id, 'aria-label': pad, class: 'rw-getal' });
      i.value = schrijfNlGetal(waarde, t.soort);
      i.addEventListener('input', () => {
        const g = leesNlGetal(i.value);
        i.classList.toggle('rw-ongeldig', g === null);
        i.title = g === null ? 'geen getal; schrijf bijvoorbeeld 1.234,56 of 45,5' : '';
        // Ongeldige tekst gaat als tekst mee: de evaluatie noemt dan dit veld.
        wijzig(g ?? i.value);
      });
      return metEenheid(t.soort, i);
    }
    case 'datum': {
      const i = el('input', { type: 'date', 'data-testid': id, 'aria-label': pad });
      i.value = typeof waarde === 'string' ? waarde : '';
      i.addEventListener('change', () => wijzig(i.value));
      return i;
    }
    case 'tekst': {
      const i = el('input', { type: 'text', 'data-testid': id, 'aria-label': pad });
      i.value = typeof waarde === 'string' ? waarde : '';
      i.addEventListener('input', () => wijzig(i.value));
      return i;
    }
    case 'keuze': {
      const s = el('select', { 'data-testid': id, 'aria-label': pad }, t.waarden.map((w) => el('option', { value: w }, [w])));
      s.value = typeof waarde === 'string' ? waarde : '';
      s.addEventListener('change', () => wijzig(s.value));
      return s;
    }
    case 'duur': return duurVeld(waarde, pad, wijzig);
    case 'leegbaar': return leegbaarVeld(t.type, waarde, pad, zet, ctx);
    case 'gegevens': return gegevensVeld(t, waarde, pad, zet, ctx);
    case 'lijst': return lijstVeld(t.element, waarde, pad, zet, ctx);
    default: return el('span', {}, [`(type ${t.soort} niet in te vullen; gebruik de JSON-tab)`]);
  }
}

function duurVeld(waarde: unknown, pad: string, wijzig: (w: unknown) => void): HTMLElement {
  const o = (typeof waarde === 'object' && waarde !== null ? waarde : {}) as Json;
  const eenheid = DUUR_EENHEDEN.find((e) => e in o) ?? 'dagen';
  const n = el('input', { type: 'text', inputmode: 'numeric', 'data-testid': `veld-${pad}`, 'aria-label': pad, class: 'rw-getal' });
  n.value = schrijfNlGetal(o[eenheid]);
  const s = el('select', { 'data-testid': `veld-${pad}-eenheid`, 'aria-label': `${pad} eenheid` }, DUUR_EENHEDEN.map((e) => el('option', { value: e }, [e])));
  s.value = eenheid;
  const zet = (): void => {
    const g = leesNlGetal(n.value);
    n.classList.toggle('rw-ongeldig', g === null);
    wijzig({ [s.value]: g ?? n.value });
  };
  n.addEventListener('input', zet);
  s.addEventListener('change', zet);
  return el('span', { class: 'rw-duur' }, [n, s]);
}

function leegbaarVeld(t: Type, waarde: unknown, pad: string, zet: (w: unknown) => void, ctx: Context): HTMLElement {
  const leeg = el('input', { type: 'checkbox', 'data-testid': `veld-${pad}-leeg`, 'aria-label': `${pad} leeg` });
  leeg.checked = waarde === null || waarde === undefined;
  let bewaard = leeg.checked ? beginWaarde(t) : waarde;
  const binnen = veld(t, bewaard, pad, (w) => { bewaard = w; zet(w); }, ctx);
  const schakel = (): void => {
    binnen.querySelectorAll('input, select, button').forEach((x) => { (x as HTMLInputElement).disabled = leeg.checked; });
    if (binnen instanceof HTMLInputElement || binnen instanceof HTMLSelectElement) binnen.disabled = leeg.checked;
  };
  leeg.addEventListener('change', () => { zet(leeg.checked ? null : bewaard); schakel(); ctx.gewijzigd(); });
  schakel();
  return el('span', { class: 'rw-leegbaar' }, [binnen, el('label', {}, [leeg, ' leeg'])]);
}

function gegevensVeld(t: Type & { soort: 'gegevens' }, waarde: unknown, pad: string, zet: (w: unknown) => void, ctx: Context): HTMLElement {
  const o = (typeof waarde === 'object' && waarde !== null && !Array.isArray(waarde) ? waarde : beginWaarde(t)) as Json;
  if (o !== waarde) zet(o);
  const rijen = t.velden.map((v) => {
    if (!(v.naam in o)) o[v.naam] = beginWaarde(v.type);
    return el('div', { class: 'rw-veld' }, [el('label', {}, [v.naam]), veld(v.type, o[v.naam], `${pad}.${v.naam}`, (w) => { o[v.naam] = w; }, ctx)]);
  });
  return el('fieldset', { class: 'rw-gegevens', 'data-testid': `groep-${pad}` }, [el('legend', {}, [t.naam ?? pad]), ...rijen]);
}

/** The window of each long list in the form, by its element (for markeerVeld: a row out of view). */
const vensters = new WeakMap<Element, Venster>();

/**
 * The path of the field markeerVeld marked. A long list draws its rows anew as it scrolls (and
 * once more when it has measured a row), so a row drawn later marks itself from this, not from a
 * class set on an element that may already be gone. One form per page.
 */
let foutPad: string | null = null;

/** A row (or a field in it) of a long list, marked if the marked field is in it. */
function metFout(rij: HTMLElement, rijPad: string): HTMLElement {
  if (foutPad === null || !(foutPad === rijPad || foutPad.startsWith(`${rijPad}.`) || foutPad.startsWith(`${rijPad}[`))) return rij;
  const x = foutPad === rijPad ? rij : rij.querySelector(`[data-testid="${CSS.escape(`veld-${foutPad}`)}"], [data-testid="${CSS.escape(`groep-${foutPad}`)}"]`) ?? rij;
  x.classList.add('rw-veld-fout');
  return rij;
}

function lijstVeld(element: Type, waarde: unknown, pad: string, zet: (w: unknown) => void, ctx: Context): HTMLElement {
  const l = Array.isArray(waarde) ? (waarde as unknown[]) : [];
  if (l !== waarde) zet(l);
  // Adding or removing a row redraws this list only (the rows in view), not the whole form.
  const verwijder = (i: number): HTMLElement => {
    const b = el('button', { type: 'button', 'data-testid': `rij-verwijderen-${pad}[${i}]`, title: `rij ${i + 1} verwijderen`, 'aria-label': `rij ${i + 1} verwijderen`, class: 'rw-klein' }, ['✕']);
    b.addEventListener('click', () => { l.splice(i, 1); venster.teken(); ctx.gewijzigd(); });
    return b;
  };
  const toevoegen = el('button', { type: 'button', 'data-testid': `rij-toevoegen-${pad}`, class: 'rw-klein' }, ['+ rij toevoegen']);
  toevoegen.addEventListener('click', () => {
    // Een nieuwe rij begint als kopie van de vorige (datums en keuzes liggen meestal dichtbij).
    const vorige = l[l.length - 1];
    l.push(vorige === undefined ? beginWaarde(element) : structuredCloneJson(vorige));
    venster.toon(l.length - 1);
    ctx.gewijzigd();
  });
  let venster: Venster;
  if (element.soort === 'gegevens') {
    const kop = el('tr', {}, [el('th', {}, ['#']), ...element.velden.map((v) => el('th', {}, [v.naam])), el('th', {}, [el('span', { class: 'verborgen' }, ['verwijderen'])])]);
    const lijf = el('tbody');
    venster = maakVenster({
      lijf, inhoud: el('table', {}, [el('thead', {}, [kop]), lijf]), naam: pad, aantal: () => l.length,
      opvulling: (px) => el('tr', { 'aria-hidden': 'true', class: 'rw-opvulling', style: `height: ${px}px` }, [el('td', { colspan: String(element.velden.length + 2) })]),
      rij: (i) => {
        const x = l[i];
        const o = (typeof x === 'object' && x !== null ? x : (l[i] = beginWaarde(element))) as Json;
        return metFout(el('tr', { 'data-testid': `groep-${pad}[${i}]` }, [
          el('td', {}, [String(i + 1)]),
          ...element.velden.map((v) => {
            if (!(v.naam in o)) o[v.naam] = beginWaarde(v.type);
            return el('td', {}, [veld(v.type, o[v.naam], `${pad}[${i}].${v.naam}`, (w) => { o[v.naam] = w; }, ctx)]);
          }),
          el('td', {}, [verwijder(i)]),
        ]), `${pad}[${i}]`);
      },
    });
  } else {
    const lijf = el('ol');
    venster = maakVenster({
      lijf, inhoud: lijf, naam: pad, aantal: () => l.length,
      opvulling: (px) => el('li', { 'aria-hidden': 'true', class: 'rw-opvulling', style: `height: ${px}px` }),
      rij: (i) => metFout(el('li', { value: String(i + 1) }, [veld(element, l[i], `${pad}[${i}]`, (w) => { l[i] = w; }, ctx), verwijder(i)]), `${pad}[${i}]`),
    });
  }
  venster.teken();
  const wortel = el('div', { class: 'rw-lijst', 'data-testid': `lijst-${pad}` }, [venster.wortel, toevoegen]);
  vensters.set(wortel, venster);
  return wortel;
}

/** Kopie van een JSON-waarde; ExactGetal (bevroren) blijft gedeeld. */
function structuredCloneJson(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(structuredCloneJson);
  if (typeof x === 'object' && x !== null && !Object.isFrozen(x)) return Object.fromEntries(Object.entries(x).map(([k, y]) => [k, structuredCloneJson(y)]));
  return x;
}

/** Tekent het formulier voor `invoer` in `doel`; `gewijzigd` na elke wijziging van `model`. */
export function tekenFormulier(doel: HTMLElement, velden: readonly VeldVorm[], model: Json, gewijzigd: () => void): void {
  const ctx: Context = { gewijzigd };
  doel.replaceChildren(...velden.map((v) => {
    if (!(v.naam in model)) model[v.naam] = beginWaarde(v.type);
    const label = el('label', { class: 'rw-naam', title: v.bron ?? '' }, [v.naam]);
    return el('div', { class: 'rw-veld rw-invoerveld' }, [label, veld(v.type, model[v.naam], v.naam, (w) => { model[v.naam] = w; }, ctx)]);
  }));
}

/** Markeert het veld op `pad` (of het dichtstbijzijnde omvattende veld) als fout. */
export function markeerVeld(doel: HTMLElement, pad: string | null): void {
  doel.querySelectorAll('.rw-veld-fout').forEach((x) => x.classList.remove('rw-veld-fout'));
  foutPad = pad;
  // A row of a long list may be out of view (not drawn): scroll each list on the path to its row, outermost first.
  for (const m of (pad ?? '').matchAll(/\[(\d+)\]/g)) {
    const lijst = doel.querySelector(`[data-testid="${CSS.escape(`lijst-${(pad ?? '').slice(0, m.index)}`)}"]`);
    if (lijst) vensters.get(lijst)?.toon(Number(m[1]));
  }
  let p = pad;
  while (p) {
    const x = doel.querySelector(`[data-testid="${CSS.escape(`veld-${p}`)}"], [data-testid="${CSS.escape(`groep-${p}`)}"], [data-testid="${CSS.escape(`lijst-${p}`)}"]`);
    if (x) { x.classList.add('rw-veld-fout'); x.scrollIntoView({ block: 'nearest' }); return; }
    const kort = p.replace(/(\.[^.[\]]+|\[[^\]]*\])$/, '');
    p = kort === p ? '' : kort;
  }
}
