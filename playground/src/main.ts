// Start van de speeltuin: editor, taal, controle, voorbeelden, bronpaneel, delen en de panelen van de collega's.
import './stijl.css';
import { startMonaco } from './monaco.js';
import { registreerTaal, TAAL } from './editor/taal.js';
import { startControle, type Controle } from './editor/controle.js';
import { registreerOpmaak } from './editor/opmaak.js';
import { koppelOpmaakToets, koppelTabFocus } from './editor/toegang.js';
import { koppelProblemen } from './editor/problemen.js';
import { codeUitAdres, koppelCatalogus, toonCatalogus } from './editor/catalogus.js';
import { maakBronPaneel } from './editor/bronpaneel.js';
import type { Overzicht } from './editor/protocol.js';
import { STANDAARD_VOORBEELD, VOORBEELDEN, titelVan } from './voorbeelden.js';
import { bewaarConceptLater, kopieer, leesConcept, leesFragment, linkLengte, maakFragment, wisFragment, zetFragment, FRAGMENT_VERSIE, MAX_LINK_TEKENS, type Concept } from './delen.js';
import { koppelPanelen } from './panelen/index.js';

function nodig<T extends HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`element #${id} ontbreekt in index.html`);
  return e as T;
}

const kiezer = nodig<HTMLSelectElement>('voorbeeld-kiezer');
const delenKnop = nodig<HTMLButtonElement>('delen');
const melding = nodig<HTMLElement>('melding');
const status = nodig<HTMLElement>('status');
const dialoog = nodig<HTMLDialogElement>('catalogus');
const bronPaneel = maakBronPaneel(nodig<HTMLElement>('bron-paneel'));

let meldingTimer: ReturnType<typeof setTimeout> | undefined;
function meld(tekst: string, soort: 'info' | 'fout' = 'info', ms = 6000): void {
  melding.textContent = tekst;
  melding.dataset['soort'] = soort;
  clearTimeout(meldingTimer);
  meldingTimer = setTimeout(() => { melding.textContent = ''; }, ms);
}

const monaco = startMonaco();
let controle: Controle | undefined;
const leegOverzicht: Overzicht = { namen: [], bronnen: [] };
registreerTaal(monaco, () => controle?.overzicht() ?? leegOverzicht);
koppelCatalogus(monaco, dialoog);

// Keuzelijst met voorbeelden; een eigen of gedeelde tekst krijgt een eigen optie.
const EIGEN = '';
for (const bestand of VOORBEELDEN.keys()) {
  const o = document.createElement('option');
  o.value = bestand;
  o.textContent = titelVan(bestand);
  kiezer.append(o);
}
const eigenOptie = document.createElement('option');
eigenOptie.value = EIGEN;
eigenOptie.textContent = 'eigen tekst';
kiezer.prepend(eigenOptie);

async function beginConcept(): Promise<Concept> {
  const hash = location.hash;
  if (codeUitAdres(hash) === null) {
    const f = await leesFragment(hash);
    if (f.kind === 'ok') return f.concept;
    if (f.kind === 'fout') {
      meld(f.melding, 'fout', 15000);
      wisFragment();
    }
  }
  const concept = leesConcept();
  if (concept) return concept;
  return { bestand: STANDAARD_VOORBEELD, tekst: VOORBEELDEN.get(STANDAARD_VOORBEELD) ?? '' };
}

const begin = await beginConcept();
let huidigBestand = begin.bestand;

const model = monaco.editor.createModel(begin.tekst, TAAL, monaco.Uri.parse('inmemory://speeltuin/regeling.regel'));
const editor = monaco.editor.create(nodig<HTMLElement>('editor'), {
  model,
  theme: 'regelwerk',
  automaticLayout: true,
  minimap: { enabled: false },
  fontSize: 14,
  tabSize: 2,
  insertSpaces: true,
  wordWrap: 'off',
  scrollBeyondLastLine: false,
  fixedOverflowWidgets: true,
  'semanticHighlighting.enabled': false,
  quickSuggestions: { other: true, comments: false, strings: false },
  ariaLabel: 'Regelwerk-editor',
});

/** De kiezer toont het voorbeeld waar de tekst van afstamt (ook na wijzigen), anders 'eigen tekst'. */
function werkKiezerBij(): void {
  kiezer.value = VOORBEELDEN.has(huidigBestand) ? huidigBestand : EIGEN;
}
werkKiezerBij();
bronPaneel.toon(huidigBestand);

registreerOpmaak(monaco, TAAL, () => huidigBestand);
koppelOpmaakToets(monaco, editor);
koppelTabFocus(monaco, editor, nodig<HTMLElement>('tabfocus'));
koppelProblemen(monaco, editor, nodig<HTMLElement>('problemen'));
controle = startControle(monaco, editor, () => huidigBestand, status, () => bronPaneel.volgCursor(editor, controle?.overzicht() ?? leegOverzicht));

function laadVoorbeeld(bestand: string): void {
  const tekst = VOORBEELDEN.get(bestand);
  if (tekst === undefined) return;
  huidigBestand = bestand;
  wisFragment();
  model.setValue(tekst);
  editor.setPosition({ lineNumber: 1, column: 1 });
  editor.revealLine(1);
  bronPaneel.toon(bestand);
  werkKiezerBij();
  controle?.nu();
}

kiezer.addEventListener('change', () => {
  if (kiezer.value !== EIGEN) laadVoorbeeld(kiezer.value);
});

const concept = (): Concept => ({ bestand: huidigBestand, tekst: model.getValue() });
/** Wat in een link gaat: de tekst met het geval in de panelen. */
const deelbaar = (): Concept => {
  const geval = panelen.geval();
  return { ...concept(), ...(geval ? { geval } : {}) };
};
let fragmentTimer: ReturnType<typeof setTimeout> | undefined;
/** Staat er een gedeelde link in de adresbalk, dan houden we die gelijk met tekst en geval (zonder nieuwe geschiedenisstap). */
function volgLink(): void {
  if (!location.hash.startsWith(`#${FRAGMENT_VERSIE}=`)) return;
  clearTimeout(fragmentTimer);
  fragmentTimer = setTimeout(() => { void maakFragment(deelbaar()).then(zetFragment); }, 500);
}
let teGrootGemeld = false;
model.onDidChangeContent(() => {
  bewaarConceptLater(concept, () => {
    if (!teGrootGemeld) meld('Deze tekst is te groot om als concept in de browser te bewaren; gebruik Delen of kopieer hem.', 'info', 10000);
    teGrootGemeld = true;
  });
  volgLink();
});

delenKnop.addEventListener('click', () => {
  void (async () => {
    const fragment = await maakFragment(deelbaar());
    zetFragment(fragment);
    const lengte = linkLengte(fragment);
    if (lengte > MAX_LINK_TEKENS) {
      meld(`De link is ${lengte.toLocaleString('nl-NL')} tekens lang, meer dan ${MAX_LINK_TEKENS.toLocaleString('nl-NL')}: e-mail- en chatprogramma's kunnen hem afkappen. `
        + 'Hij staat in de adresbalk, maar is niet gekopieerd; deel de regeling liever als bestand.', 'fout', 15000);
      return;
    }
    const gekopieerd = await kopieer(location.href);
    meld(gekopieerd ? 'De link met uw tekst, invoer en peildatum is gekopieerd naar het klembord.' : 'De link met uw tekst, invoer en peildatum staat in de adresbalk; kopieer hem daar.');
  })();
});

nodig<HTMLAnchorElement>('catalogus-link').addEventListener('click', (e) => {
  e.preventDefault();
  toonCatalogus(dialoog, '');
});
// Een gedeelde link die in een open tabblad wordt geplakt (alleen het fragment verandert).
window.addEventListener('hashchange', () => {
  const code = codeUitAdres(location.hash);
  if (code !== null) { toonCatalogus(dialoog, code); return; }
  void leesFragment(location.hash).then((f) => {
    if (f.kind === 'fout') { meld(f.melding, 'fout', 15000); return; }
    if (f.kind !== 'ok') return;
    if (f.concept.geval) panelen.herstel(f.concept.geval);
    if (f.concept.tekst === model.getValue()) return;
    huidigBestand = f.concept.bestand;
    model.setValue(f.concept.tekst);
    bronPaneel.toon(huidigBestand);
    werkKiezerBij();
    controle?.nu();
  });
});
const codeBijStart = codeUitAdres(location.hash);
if (codeBijStart !== null) toonCatalogus(dialoog, codeBijStart);

editor.onDidChangeCursorPosition(() => bronPaneel.volgCursor(editor, controle?.overzicht() ?? leegOverzicht));

const panelen = koppelPanelen({ monaco, editor, bestandsnaam: () => huidigBestand, naGeval: volgLink });
if (begin.geval) panelen.herstel(begin.geval);

declare global {
  interface Window {
    __speeltuin?: { monaco: typeof monaco; editor: typeof editor };
  }
}
window.__speeltuin = { monaco, editor };
editor.focus();
