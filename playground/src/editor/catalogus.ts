// De foutcodecatalogus in de app: een dialoog met titel, uitleg, voorbeeld en oplossing per RW-code (uit CATALOGUS, werkt offline).
import type * as Monaco from 'monaco-editor/editor/editor.api';
import { CATALOGUS } from '../../../compiler/index.js';

type Code = keyof typeof CATALOGUS;

function isCode(s: string): s is Code {
  return Object.prototype.hasOwnProperty.call(CATALOGUS, s);
}

/** Het adres van een catalogusitem: `#catalogus/RW1001` binnen de speeltuin. */
export function catalogusUri(monaco: typeof Monaco, code: string): Monaco.Uri {
  return monaco.Uri.parse(`rw-catalogus:/${code}`);
}

/** De code uit een catalogusadres (ook een `#catalogus/RW1001`-fragment), of null. */
export function codeUitAdres(adres: string): string | null {
  const m = /(?:rw-catalogus:\/*|#catalogus\/?)(RW\d{4})?/.exec(adres);
  if (!m) return null;
  return m[1] ?? '';
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, tekst?: string, klasse?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (tekst !== undefined) e.textContent = tekst;
  if (klasse) e.className = klasse;
  return e;
}

/** Toont één code, of de hele lijst als de code leeg of onbekend is. */
export function toonCatalogus(dialoog: HTMLDialogElement, code: string): void {
  dialoog.replaceChildren();
  const kop = el('div', undefined, 'catalogus-kop');
  const sluit = el('button', 'Sluiten');
  sluit.type = 'button';
  sluit.dataset['testid'] = 'catalogus-sluiten';
  sluit.addEventListener('click', () => dialoog.close());
  if (isCode(code)) {
    const item = CATALOGUS[code];
    dialoog.dataset['code'] = code;
    kop.append(el('h2', `${code} — ${item.titel}`), sluit);
    dialoog.append(
      kop,
      el('p', item.ernst === 'fout' ? 'Ernst: fout (de regeling kan niet worden uitgevoerd)' : 'Ernst: waarschuwing (de regeling werkt wel, maar kijk er naar)', 'catalogus-ernst'),
      el('h3', 'Oplossing'),
      el('p', item.oplossing, 'catalogus-oplossing'),
      el('h3', 'Voorbeeld dat deze melding geeft'),
      el('pre', item.voorbeeld.trimEnd(), 'catalogus-voorbeeld'),
    );
    const terug = el('button', 'Alle foutcodes');
    terug.type = 'button';
    terug.addEventListener('click', () => toonCatalogus(dialoog, ''));
    dialoog.append(terug);
  } else {
    delete dialoog.dataset['code'];
    kop.append(el('h2', 'Foutcodes van Regelwerk'), sluit);
    const lijst = el('ul', undefined, 'catalogus-lijst');
    for (const [c, item] of Object.entries(CATALOGUS)) {
      const li = el('li');
      const knop = el('button', `${c} — ${item.titel}`);
      knop.type = 'button';
      knop.className = 'linkknop';
      knop.addEventListener('click', () => toonCatalogus(dialoog, c));
      li.append(knop, el('span', item.ernst === 'fout' ? ' (fout)' : ' (waarschuwing)'));
      lijst.append(li);
    }
    dialoog.append(kop, el('p', 'RW0xxx syntaxis, RW1xxx namen en declaraties, RW2xxx typen en waarden, RW3xxx ongebruikte declaraties, RW4xxx analyse.'), lijst);
  }
  if (!dialoog.open) dialoog.showModal();
}

/** Laat Monaco's links naar de catalogus (de code in een foutmelding) de dialoog openen. */
export function koppelCatalogus(monaco: typeof Monaco, dialoog: HTMLDialogElement): void {
  monaco.editor.registerLinkOpener({
    open(uri: Monaco.Uri): boolean {
      if (uri.scheme !== 'rw-catalogus') return false;
      toonCatalogus(dialoog, uri.path.replace(/^\/+/, ''));
      return true;
    },
  });
  dialoog.addEventListener('click', (e) => {
    if (e.target === dialoog) dialoog.close(); // klik naast de inhoud sluit
  });
}
