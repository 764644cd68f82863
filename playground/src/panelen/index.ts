// Panelen van de speeltuin: invoerformulier, JSON, peildatum, uitvoer met uitleg, tests en de
// gegenereerde TypeScript naast de editor. main.ts roept koppelPanelen aan en krijgt het geval
// (invoer, peildatum, voorbeeld) terug voor een gedeelde link; al het rekenwerk gebeurt in evaluatie.worker.ts.
import type * as MonacoApi from 'monaco-editor/editor/editor.api';
import { leesJsonTekst, JsonFout, schrijfJsonTekst, bronTekst } from '../../../compiler/index.js';
import { Afgebroken, Rekenaar, Vervangen } from './rekenaar.js';
import type { Antwoord, FoutData, TekstPlek, Vorm } from './protocol.js';
import { markeerVeld, tekenFormulier } from './formulier.js';
import { peildatumRegels } from './peildatum.js';
import { tekenUitvoer } from './uitvoer.js';
import { tekenUitleg } from './uitleg.js';
import { maakTestsPaneel } from './tests-paneel.js';
import { el } from './dom.js';
import type { Geval } from '../delen.js';
import './panelen.css';

export interface PaneelKoppeling {
  monaco: typeof MonacoApi;
  editor: MonacoApi.editor.IStandaloneCodeEditor;
  bestandsnaam: () => string;
  /** Na elke wijziging van het geval (invoer, peildatum, voorbeeld): main.ts houdt een gedeelde link bij. */
  naGeval?: () => void;
}

/** Wat main.ts van de panelen gebruikt: het geval lezen (delen) en zetten (een gedeelde link openen). */
export interface Panelen {
  geval(): Geval | null;
  /** Het geval uit een link: toegepast zodra de regeling zijn vorm heeft, in plaats van het eerste voorbeeld. */
  herstel(g: Geval): void;
}

type Tab = 'invoer' | 'json' | 'uitvoer' | 'tests' | 'code';
const DRAAI_MS = 5000;
const VORM_MS = 10000;
const TESTS_MS = 20000; // zonder voortgang; elke voortgangsmelding zet de klok terug
const RUNS = 200;

export function koppelPanelen({ monaco, editor, bestandsnaam, naGeval }: PaneelKoppeling): Panelen {
  const wortel = document.getElementById('panelen');
  if (!wortel) return { geval: () => null, herstel: () => undefined };
  const rekenaar = new Rekenaar();
  const testRekenaar = new Rekenaar();
  const codeRekenaar = new Rekenaar();

  // ---- opbouw ----
  const tabKnoppen = new Map<Tab, HTMLButtonElement>();
  const tabs = el('nav', { class: 'rw-tabs', role: 'tablist' }, (['invoer', 'json', 'uitvoer', 'tests', 'code'] as const).map((t) => {
    const b = el('button', { type: 'button', role: 'tab', id: `rw-tab-${t}`, 'aria-controls': `rw-vak-${t}`, 'data-testid': `tab-${t}` }, [{ invoer: 'Invoer', json: 'JSON', uitvoer: 'Uitvoer', tests: 'Tests', code: 'TypeScript' }[t]]);
    b.addEventListener('click', () => kiesTab(t));
    tabKnoppen.set(t, b);
    return b;
  }));
  const voorbeeldKiezer = el('select', { 'data-testid': 'voorbeeld-invoer', id: 'rw-voorbeeld-invoer' });
  const peildatum = el('input', { type: 'date', 'data-testid': 'peildatum', id: 'rw-peildatum' });
  const peildatumRij = el('div', { 'data-testid': 'peildatum-rij', class: 'rw-peildatum-rij' });
  const draaiKnop = el('button', { type: 'button', 'data-testid': 'draai', class: 'rw-hoofdknop' }, ['Draai']);
  const formulier = el('form', { 'data-testid': 'invoer-formulier', class: 'rw-formulier', autocomplete: 'off' });
  formulier.addEventListener('submit', (e) => e.preventDefault());
  const jsonVeld = el('textarea', { 'data-testid': 'invoer-json', class: 'rw-json', spellcheck: 'false', 'aria-label': 'invoer als JSON' });
  const codeVeld = el('pre', { 'data-testid': 'code', class: 'rw-code', tabindex: '0', 'aria-label': 'gegenereerde TypeScript' });
  const codeUitleg = el('p', { class: 'rw-status' }, ['De TypeScript die ', el('code', {}, ['regelwerk compile']), ' van deze regeling maakt, zoals de generator hem schrijft: de CLI maakt hem daarna op met prettier en controleert hem met tsc, die allebei niet in de browser draaien.']);
  const jsonFout = el('div', { 'data-testid': 'json-fout', class: 'rw-fout', hidden: '' });
  const status = el('span', { 'data-testid': 'draai-status', class: 'rw-status', role: 'status' });
  const foutMelding = el('div', { 'data-testid': 'fout-melding', class: 'rw-fout', role: 'alert', hidden: '' });
  const uitvoerTabel = el('table', { 'data-testid': 'uitvoer-tabel', class: 'rw-uitvoer' });
  const uitlegBoom = el('div', { 'data-testid': 'uitleg-boom', class: 'rw-uitleg' });
  const uitlegBron = el('div', { 'data-testid': 'uitleg-bron', class: 'rw-uitleg-bron' });
  const regelingFout = el('div', { 'data-testid': 'regeling-fout', class: 'rw-fout', hidden: '' });
  const testsPaneel = maakTestsPaneel({ laad: laadTegenvoorbeeld, toonRegel: (r) => { editor.revealLineInCenter(r); editor.setPosition({ lineNumber: r, column: 1 }); } });

  const kopInvoer = el('div', { class: 'rw-rij' }, [el('label', { for: 'rw-voorbeeld-invoer' }, ['invoer uit ']), voorbeeldKiezer]);
  const invoerVak = el('div', { class: 'rw-vak', 'data-vak': 'invoer', id: 'rw-vak-invoer', role: 'tabpanel', 'aria-labelledby': 'rw-tab-invoer' }, [kopInvoer, formulier]);
  const jsonVak = el('div', { class: 'rw-vak', 'data-vak': 'json', id: 'rw-vak-json', role: 'tabpanel', 'aria-labelledby': 'rw-tab-json', hidden: '' }, [jsonVeld, jsonFout]);
  const codeVak = el('div', { class: 'rw-vak', 'data-vak': 'code', id: 'rw-vak-code', role: 'tabpanel', 'aria-labelledby': 'rw-tab-code', hidden: '' }, [codeUitleg, codeVeld]);
  const draaiBalk = el('div', { class: 'rw-rij rw-draaibalk' }, [el('label', { for: 'rw-peildatum' }, ['peildatum ']), peildatum, draaiKnop, status]);
  const resultaatVak = el('div', { class: 'rw-vak rw-resultaat', 'data-vak': 'resultaat', id: 'rw-vak-uitvoer', role: 'region', 'aria-label': 'uitvoer en uitleg' }, [
    foutMelding, el('h3', {}, ['Uitvoer']), uitvoerTabel, el('h3', {}, ['Uitleg']), uitlegBoom, uitlegBron,
  ]);
  const testsVak = el('div', { class: 'rw-vak', 'data-vak': 'tests', id: 'rw-vak-tests', role: 'tabpanel', 'aria-labelledby': 'rw-tab-tests', hidden: '' }, [testsPaneel.wortel]);
  const bovenVak = el('div', { class: 'rw-boven' }, [draaiBalk, peildatumRij]);
  wortel.replaceChildren(tabs, regelingFout, bovenVak, invoerVak, jsonVak, resultaatVak, testsVak, codeVak);

  // ---- toestand ----
  let vorm: (Vorm & { ok: true }) | null = null;
  let model: Record<string, unknown> = {};
  let tab: Tab = 'invoer';
  let tekstTeller = 0;
  let vormSleutel = '';
  /** De parameters die het gekozen voorbeeld overschrijft (JSON), tot een ander voorbeeld gekozen wordt. */
  let parametersJson: string | null = null;
  let parameterTekst: readonly string[] = [];
  /** Het geval uit een gedeelde link, voor de eerste vorm van de regeling. */
  let wachtendGeval: Geval | null = null;
  const markering = editor.createDecorationsCollection();

  const tekst = (): string => editor.getModel()?.getValue() ?? '';

  function kiesTab(t: Tab): void {
    // Ongeldige JSON gaat niet verloren: de tab blijft open tot de fout hersteld is.
    if (tab === 'json' && t !== 'json' && !neemJsonOver()) return;
    if (t === 'json') { jsonVeld.value = schrijfJsonTekst(model); toonJsonFout(null); }
    tab = t;
    for (const [k, b] of tabKnoppen) { b.setAttribute('aria-selected', String(k === t)); b.classList.toggle('rw-actief', k === t); }
    invoerVak.hidden = t !== 'invoer';
    jsonVak.hidden = t !== 'json';
    resultaatVak.hidden = t === 'tests' || t === 'code';
    bovenVak.hidden = t === 'tests' || t === 'code';
    testsVak.hidden = t !== 'tests';
    codeVak.hidden = t !== 'code';
    if (t === 'invoer' && vorm) tekenFormulier(formulier, vorm.invoer, model, naWijziging);
    if (t === 'code') void toonCode();
  }

  // ---- de gegenereerde TypeScript ----
  let codeVoor = -1;
  async function toonCode(): Promise<void> {
    if (codeVoor === tekstTeller) return;
    const teller = tekstTeller;
    codeVeld.textContent = 'bezig met genereren…';
    try {
      const a = await codeRekenaar.vraag({ kind: 'code', tekst: tekst(), bestandsnaam: bestandsnaam() }, VORM_MS);
      if (teller !== tekstTeller || a.kind !== 'code') return;
      codeVoor = teller;
      codeVeld.textContent = a.code ?? a.fout ?? '';
    } catch (e) {
      if (e instanceof Vervangen) return;
      codeVeld.textContent = e instanceof Error ? e.message : String(e);
    }
  }

  function toonJsonFout(melding: string | null): void {
    jsonFout.hidden = melding === null;
    jsonFout.textContent = melding ?? '';
  }

  /** Leest de JSON-tab in het model; false (met melding) als de tekst geen JSON-object is. */
  function neemJsonOver(): boolean {
    try {
      const x: unknown = leesJsonTekst(jsonVeld.value);
      if (typeof x !== 'object' || x === null || Array.isArray(x)) { toonJsonFout('de invoer moet een JSON-object zijn, bijvoorbeeld {"leeftijd": 30}'); return false; }
      model = x as Record<string, unknown>;
      toonJsonFout(null);
      return true;
    } catch (e) {
      if (e instanceof JsonFout) { toonJsonFout(`geen geldige JSON: ${e.reden}`); return false; }
      throw e;
    }
  }

  function toonFout(f: FoutData | null): void {
    foutMelding.hidden = f === null;
    foutMelding.textContent = '';
    markeerVeld(formulier, null);
    peildatum.classList.remove('rw-veld-fout');
    if (!f) return;
    const soort = { invoer: 'Ongeldige invoer', json: 'Ongeldige JSON', conflict: 'Conflict', leeg: 'Geen toepasselijke definitie', reken: 'Rekenfout', regeling: 'Regeling bevat fouten', afgebroken: 'Te lang' }[f.kind];
    foutMelding.dataset['soort'] = f.kind;
    foutMelding.append(el('strong', {}, [`${soort}: `]), f.melding);
    if (f.pad) foutMelding.append(el('div', { class: 'rw-pad' }, [`veld: ${f.pad}`]));
    for (const p of f.markeer) {
      const naar = el('a', { href: '#', class: 'rw-naar-regel', 'data-testid': 'naar-regel' }, [f.regel ? `toon regel '${f.regel}' (regel ${p.regel})` : `toon in de regeling (regel ${p.regel})`]);
      naar.addEventListener('click', (e) => { e.preventDefault(); wijsAan(f.markeer, null); });
      foutMelding.append(' ', naar);
    }
    if (f.kind === 'invoer' && f.pad === 'peildatum') peildatum.classList.add('rw-veld-fout');
    else if (f.kind === 'invoer' && f.pad) markeerVeld(formulier, f.pad);
    if (f.kind === 'conflict' || f.kind === 'leeg' || (f.kind === 'invoer' && f.markeer.length > 0)) wijsAan(f.markeer, null);
  }

  /** Lights up the clauses in the editor (a rule, an eis, the two rows of a conflict) and scrolls to the first. */
  function wijsAan(plekken: readonly TekstPlek[], bron: string | null): void {
    if (bron !== null) uitlegBron.textContent = bronTekst(bron);
    else if (plekken.length === 0) uitlegBron.textContent = 'geen bron opgegeven';
    const m = editor.getModel();
    if (plekken.length === 0 || !m) return;
    markering.set(plekken.map((plek) => {
      const van = m.getPositionAt(plek.offset);
      const tot = m.getPositionAt(plek.eind);
      return { range: new monaco.Range(van.lineNumber, van.column, tot.lineNumber, tot.column), options: { className: 'rw-uitleg-markering', isWholeLine: true, overviewRuler: { color: '#f5c542', position: monaco.editor.OverviewRulerLane.Center } } };
    }));
    editor.revealLineInCenter(m.getPositionAt(plekken[0]!.offset).lineNumber);
  }

  // ---- peildatum ----
  function toonPeildatumRij(): void {
    const overschreven = parametersJson === null ? [] : [el('div', { 'data-testid': 'parameters-overschreven' }, [`het voorbeeld overschrijft: ${parameterTekst.join(', ')}`])];
    peildatumRij.replaceChildren(...(vorm ? peildatumRegels(vorm.parameters, peildatum.value).map((r) => el('div', {}, [r])) : []), ...overschreven);
  }
  peildatum.addEventListener('change', () => { toonPeildatumRij(); planDraai(); naGeval?.(); });

  // ---- voorbeelden als invoer ----
  function laadVoorbeeld(i: number): void {
    if (!vorm) return;
    const v = vorm.voorbeelden[i];
    model = v ? (leesJsonTekst(v.invoerJson) as Record<string, unknown>) : {};
    peildatum.value = v?.peildatum ?? vorm.standaardPeildatum;
    parametersJson = v?.parametersJson ?? null;
    parameterTekst = v?.parameterTekst ?? [];
    toonPeildatumRij();
    tekenFormulier(formulier, vorm.invoer, model, naWijziging);
    if (tab === 'json') jsonVeld.value = schrijfJsonTekst(model);
  }
  voorbeeldKiezer.addEventListener('change', () => {
    if (voorbeeldKiezer.value === '') { parametersJson = null; parameterTekst = []; toonPeildatumRij(); } else laadVoorbeeld(Number(voorbeeldKiezer.value));
    void draai();
    naGeval?.();
  });

  /** Het geval uit een link: een voorbeeld bij zijn naam, anders de invoer en peildatum zelf. */
  function pasGevalToe(v: Vorm & { ok: true }, gv: Geval): void {
    const i = gv.voorbeeld === null ? -1 : v.voorbeelden.findIndex((x) => x.naam === gv.voorbeeld);
    if (i >= 0) {
      voorbeeldKiezer.value = String(i);
      laadVoorbeeld(i);
      // the peildatum may have been changed after the example was chosen
      if (gv.peildatum && gv.peildatum !== peildatum.value) { peildatum.value = gv.peildatum; toonPeildatumRij(); }
      return;
    }
    voorbeeldKiezer.value = '';
    try {
      const x: unknown = leesJsonTekst(gv.invoerJson);
      model = typeof x === 'object' && x !== null && !Array.isArray(x) ? x as Record<string, unknown> : {};
    } catch {
      model = {};
    }
    peildatum.value = gv.peildatum;
    parametersJson = gv.parametersJson;
    parameterTekst = gv.parametersJson === null ? [] : [gv.parametersJson];
    toonPeildatumRij();
    if (tab === 'json') jsonVeld.value = schrijfJsonTekst(model);
    else tekenFormulier(formulier, v.invoer, model, naWijziging);
  }

  function laadTegenvoorbeeld(json: string, pd: string): void {
    model = leesJsonTekst(json) as Record<string, unknown>;
    peildatum.value = pd;
    parametersJson = null;
    parameterTekst = [];
    toonPeildatumRij();
    kiesTab('invoer');
    voorbeeldKiezer.value = '';
    void draai();
  }

  // ---- rekenen ----
  let draaiTimer: ReturnType<typeof setTimeout> | undefined;
  function planDraai(): void {
    clearTimeout(draaiTimer);
    draaiTimer = setTimeout(() => void draai(), 300);
  }
  /** Own input: no example chosen any more, so also none of its parameters. */
  function naWijziging(): void {
    voorbeeldKiezer.value = '';
    if (parametersJson !== null) { parametersJson = null; parameterTekst = []; toonPeildatumRij(); }
    planDraai();
    naGeval?.();
  }

  /** A run; meanwhile the previous outputs stay readable but are marked as not matching the input yet. */
  let lopend = 0;
  async function draai(): Promise<void> {
    lopend++;
    resultaatVak.classList.add('rw-verouderd');
    resultaatVak.setAttribute('aria-busy', 'true');
    try {
      await draaiNu();
    } finally {
      if (--lopend === 0) {
        resultaatVak.classList.remove('rw-verouderd');
        resultaatVak.removeAttribute('aria-busy');
      }
    }
  }

  async function draaiNu(): Promise<void> {
    clearTimeout(draaiTimer);
    if (!vorm) return;
    const teller = tekstTeller;
    const invoerJson = tab === 'json' ? jsonVeld.value : schrijfJsonTekst(model);
    if (tab === 'json') neemJsonOver();
    status.textContent = 'bezig…';
    let a: Antwoord;
    try {
      a = await rekenaar.vraag({ kind: 'draai', tekst: tekst(), bestandsnaam: bestandsnaam(), invoerJson, peildatum: peildatum.value, parametersJson }, DRAAI_MS);
    } catch (e) {
      if (e instanceof Vervangen) return;
      status.textContent = '';
      tekenUitvoer(uitvoerTabel, null);
      uitlegBoom.replaceChildren();
      const melding = e instanceof Afgebroken ? `${e.message}; de rekenmodule is opnieuw gestart` : String(e instanceof Error ? e.message : e);
      toonFout({ kind: e instanceof Afgebroken ? 'afgebroken' : 'reken', melding, pad: null, regel: null, plek: null, markeer: [] });
      return;
    }
    if (teller !== tekstTeller) return; // antwoord op een oudere tekst
    status.textContent = '';
    if (a.kind === 'fout') { toonFout({ kind: 'reken', melding: a.melding, pad: null, regel: null, plek: null, markeer: [] }); return; }
    if (a.kind !== 'draai') return;
    const u = a.uitkomst;
    zetVerouderd(false);
    if (u.ok) {
      toonFout(null);
      uitlegBron.textContent = '';
      markering.clear();
      tekenUitvoer(uitvoerTabel, u.uitvoer);
      tekenUitleg(uitlegBoom, u.uitleg, (plek, bron) => wijsAan(plek ? [plek] : [], bron));
      status.textContent = `gedraaid op peildatum ${u.peildatum}`;
    } else {
      tekenUitvoer(uitvoerTabel, null);
      uitlegBoom.replaceChildren();
      toonFout(u.fout);
    }
  }
  draaiKnop.addEventListener('click', () => void draai());
  // Ook ongeldige JSON wordt 'gedraaid': de worker meldt de fout met regel en kolom in fout-melding.
  jsonVeld.addEventListener('input', () => { neemJsonOver(); naWijziging(); });

  /**
   * The outputs on screen belong to an older text of the policy: marked as such from the first
   * keystroke until a run of the new text answers, and cleared when the new text cannot be run.
   */
  function zetVerouderd(ja: boolean): void {
    resultaatVak.classList.toggle('rw-oud', ja);
    if (ja) resultaatVak.dataset['verouderd'] = 'ja'; else delete resultaatVak.dataset['verouderd'];
  }
  function wisUitvoer(): void {
    tekenUitvoer(uitvoerTabel, null);
    uitlegBoom.replaceChildren();
    uitlegBron.textContent = '';
    zetVerouderd(false);
  }

  async function ververs(): Promise<void> {
    const teller = tekstTeller;
    let a: Antwoord;
    try {
      a = await rekenaar.vraag({ kind: 'vorm', tekst: tekst(), bestandsnaam: bestandsnaam() }, VORM_MS);
    } catch (e) {
      if (e instanceof Vervangen) return;
      regelingFout.hidden = false;
      regelingFout.textContent = e instanceof Afgebroken
        ? `De regeling kon niet binnen ${e.seconden} s worden gelezen; de uitvoer van de vorige tekst is weggehaald.`
        : e instanceof Error ? e.message : String(e);
      wisUitvoer();
      return;
    }
    if (teller !== tekstTeller || a.kind !== 'vorm') return;
    const v = a.vorm;
    if (!v.ok) {
      regelingFout.hidden = false;
      regelingFout.textContent = `De regeling bevat ${v.diagnosen.length} fout${v.diagnosen.length === 1 ? '' : 'en'}; herstel die eerst. ${v.diagnosen.slice(0, 3).map((d) => `regel ${d.regel}: ${d.melding} (${d.code})`).join('; ')}`;
      wisUitvoer();
      return;
    }
    regelingFout.hidden = true;
    const sleutel = `${bestandsnaam()}\u0000${JSON.stringify(v.invoer)}`;
    const voorbeeldenGewijzigd = !vorm || JSON.stringify(vorm.voorbeelden.map((x) => x.naam)) !== JSON.stringify(v.voorbeelden.map((x) => x.naam));
    vorm = v;
    if (voorbeeldenGewijzigd) {
      const gekozen = voorbeeldKiezer.value;
      voorbeeldKiezer.replaceChildren(el('option', { value: '' }, ['(eigen invoer)']), ...v.voorbeelden.map((x, i) => el('option', { value: String(i) }, [`${x.naam} (regel ${x.regel})`])));
      voorbeeldKiezer.value = gekozen;
    }
    const andereRegeling = vormSleutel.split('\u0000')[0] !== bestandsnaam();
    if (wachtendGeval) {
      vormSleutel = sleutel;
      pasGevalToe(v, wachtendGeval);
      wachtendGeval = null;
    } else if (sleutel !== vormSleutel && andereRegeling) {
      vormSleutel = sleutel;
      voorbeeldKiezer.value = v.voorbeelden.length > 0 ? '0' : '';
      laadVoorbeeld(0);
    } else if (sleutel !== vormSleutel) {
      // Dezelfde regeling met andere invoer: ingevulde waarden blijven, nieuwe velden krijgen een beginwaarde.
      vormSleutel = sleutel;
      toonPeildatumRij();
      if (tab === 'invoer') tekenFormulier(formulier, v.invoer, model, naWijziging);
    } else {
      toonPeildatumRij();
    }
    await draai();
  }

  // ---- tests ----
  testsPaneel.knop.addEventListener('click', () => {
    testsPaneel.begin();
    const teller = tekstTeller;
    testRekenaar.vraag({ kind: 'tests', tekst: tekst(), bestandsnaam: bestandsnaam(), runs: RUNS }, TESTS_MS, (p) => testsPaneel.voortgang(p.gedaan, p.totaal, p.wat))
      .then((a) => {
        if (a.kind === 'tests' && a.resultaten) testsPaneel.resultaten(a.resultaten);
        else testsPaneel.fout(a.kind === 'tests' ? a.fout ?? 'onbekende fout' : a.kind === 'fout' ? a.melding : 'onverwacht antwoord');
        if (teller !== tekstTeller) testsPaneel.voortgang(1, 1, 'let op: de tekst is intussen gewijzigd');
      })
      .catch((e: unknown) => testsPaneel.fout(e instanceof Afgebroken ? `${e.message} zonder voortgang` : e instanceof Error ? e.message : String(e)));
  });

  // ---- editor volgen ----
  let vormTimer: ReturnType<typeof setTimeout> | undefined;
  const tekstGewijzigd = (): void => {
    tekstTeller++;
    markering.clear();
    if (uitvoerTabel.querySelector('tbody tr')) zetVerouderd(true);
    clearTimeout(vormTimer);
    vormTimer = setTimeout(() => void ververs(), 300);
  };
  editor.onDidChangeModelContent(tekstGewijzigd);
  editor.onDidChangeModel(tekstGewijzigd);

  kiesTab('invoer');
  tekenUitvoer(uitvoerTabel, null);
  void ververs();

  return {
    geval: () => {
      if (!vorm) return null;
      const gekozen = vorm.voorbeelden[Number(voorbeeldKiezer.value)];
      return { invoerJson: tab === 'json' ? jsonVeld.value : schrijfJsonTekst(model), peildatum: peildatum.value, voorbeeld: voorbeeldKiezer.value === '' ? null : gekozen?.naam ?? null, parametersJson };
    },
    herstel: (gv) => {
      wachtendGeval = gv;
      if (vorm) { void ververs(); }
    },
  };
}
