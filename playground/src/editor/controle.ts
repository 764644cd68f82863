// Controle tijdens het typen: stuurt de tekst (met versienummer) naar de taalwerker, zet markers en de
// statusregel; daarna, als de tekst geen fouten heeft en niet veranderd is, de statische analyse
// (RW4xxx) in een tweede werker, zodat typen nooit op de analyse wacht. Een antwoord voor een oudere
// versie wordt weggegooid. De taaldiensten (aanvulling, hover, definitie) vragen via `vraagDienst`.
import type * as Monaco from 'monaco-editor/editor/editor.api';
import type { AnalyseAntwoord, AnalyseVerzoek, Antwoord, ControleAntwoord, ControleVerzoek, DiagnoseInfo, DienstAntwoord, DienstResultaat, DienstVerzoek, Overzicht } from './protocol.js';
import { MAX_MARKERS } from './protocol.js';
import { catalogusUri } from './catalogus.js';

/**
 * Geen vaste wachttijd na een toetsaanslag: is de werker vrij, dan gaat de tekst meteen (na de
 * lopende gebeurtenis, zodat een plak-actie één verzoek is); is hij bezig, dan gaat alleen de
 * nieuwste versie zodra hij klaar is. Zo volgen de markers het typen zo snel als de controle kan.
 */
const WACHTTIJD_MS = 0;
/**
 * Duurt een controle langer, dan stoppen we de werker en starten een nieuwe: alleen tegen een
 * controle die vastloopt, niet tegen een trage machine. De grens groeit mee met de laatst gemeten
 * controle, en de eerste controle van een verse werker mag ook het laden van de werker omvatten.
 */
const MAX_CONTROLE_MS = 10000;
/**
 * De analyse (tot een paar honderd ms op de grootste regeling) start pas als de tekst zo lang niet
 * veranderd is: tijdens het typen zou zij de controle van de volgende aanslag de processor afnemen.
 */
const ANALYSE_WACHTTIJD_MS = 300;
const MAX_EERSTE_CONTROLE_MS = 20000;

export interface Controle {
  /** Het overzicht van de laatste geslaagde controle (outline en bronnen). */
  overzicht(): Overzicht;
  /** Controleer direct (zonder wachttijd), bijvoorbeeld na het laden van een voorbeeld. */
  nu(): void;
}

function maakWerker(): Worker {
  return new Worker(new URL('../werkers/taal.worker.ts', import.meta.url), { type: 'module' });
}

export function statusTekst(fouten: number, waarsch: number, getoond: number): string {
  if (fouten === 0 && waarsch === 0) return 'geen fouten';
  const delen: string[] = [];
  if (fouten > 0) delen.push(`${fouten} ${fouten === 1 ? 'fout' : 'fouten'}`);
  if (waarsch > 0) delen.push(`${waarsch} ${waarsch === 1 ? 'waarschuwing' : 'waarschuwingen'}`);
  const totaal = fouten + waarsch;
  return `${delen.join(', ')}${getoond < totaal ? ` (de eerste ${getoond} staan in de tekst)` : ''}`;
}

type DienstVraag = Omit<DienstVerzoek, 'kind' | 'id' | 'tekst' | 'bestandsnaam'>;

/** De taaldiensten van de lopende controle, voor de providers die taal.ts registreert (vóór de controle start). */
let dienstKanaal: ((model: Monaco.editor.ITextModel, v: DienstVraag) => Promise<DienstResultaat | null>) | null = null;

/** Vraagt een taaldienst over de tekst zoals die nu in het model staat; null zonder controle of als de werker herstart. */
export function vraagDienst(model: Monaco.editor.ITextModel, v: DienstVraag): Promise<DienstResultaat | null> {
  return dienstKanaal ? dienstKanaal(model, v) : Promise.resolve(null);
}

export function startControle(
  monaco: typeof Monaco,
  editor: Monaco.editor.IStandaloneCodeEditor,
  bestandsnaam: () => string,
  statusEl: HTMLElement,
  naOverzicht: (o: Overzicht) => void,
): Controle {
  let werker = maakWerker();
  /** De analyse in een eigen werker: een trage analyse houdt de controle van de volgende toetsaanslag niet op. */
  let analyseWerker: Worker | null = null;
  let laatsteOverzicht: Overzicht = { namen: [], bronnen: [] };
  /** Versie die nu in de werker zit, of null als de werker vrij is. */
  let bezig: { versie: number; model: Monaco.editor.ITextModel; wachter: ReturnType<typeof setTimeout> } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Versie die al afgebroken is: niet opnieuw proberen tot de tekst verandert. */
  let afgebrokenVersie: number | null = null;
  let versWerker = true;
  let laatsteMs = 0;
  /** Het antwoord van de controle op de huidige versie, waar de analyse bij komt. */
  let voorkant: { model: Monaco.editor.ITextModel; antwoord: ControleAntwoord } | null = null;
  /** De analyse die loopt (versie), en de nieuwste die daarna moet. */
  let analyseBezig: number | null = null;
  let analyseVolgend: AnalyseVerzoek | null = null;
  let analyseTimer: ReturnType<typeof setTimeout> | undefined;
  let volgendeId = 0;
  const wachtend = new Map<number, (r: DienstResultaat | null) => void>();

  const zetStatus = (tekst: string, soort: 'ok' | 'fout' | 'bezig' | 'afgebroken', versie?: number): void => {
    statusEl.textContent = tekst;
    statusEl.dataset['soort'] = soort;
    if (versie === undefined) delete statusEl.dataset['versie'];
    else statusEl.dataset['versie'] = String(versie);
  };
  /** `data-analyse` en `data-analyse-versie`: of de analyse van die versie loopt, klaar is, of niet nodig (fouten). */
  const zetAnalyse = (stand: 'bezig' | 'klaar' | 'geen', versie: number): void => {
    statusEl.dataset['analyse'] = stand;
    statusEl.dataset['analyseVersie'] = String(versie);
  };

  const markers = (ds: readonly DiagnoseInfo[]): Monaco.editor.IMarkerData[] => ds.map((d) => ({
    startLineNumber: d.bereik.regel,
    startColumn: d.bereik.kolom,
    endLineNumber: d.bereik.eindRegel,
    endColumn: d.bereik.eindKolom,
    message: d.suggestie ? `${d.melding}\n${d.suggestie}` : d.melding,
    severity: d.ernst === 'fout' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
    code: { value: d.code, target: catalogusUri(monaco, d.code) },
    source: 'regelwerk',
  }));

  const verstuur = (): void => {
    const model = editor.getModel();
    if (!model || bezig) return;
    const versie = model.getVersionId();
    if (versie === afgebrokenVersie) return;
    const verzoek: ControleVerzoek = { kind: 'controle', versie, tekst: model.getValue(), bestandsnaam: bestandsnaam() };
    const grens = versWerker ? MAX_EERSTE_CONTROLE_MS : Math.max(MAX_CONTROLE_MS, 10 * laatsteMs);
    const wachter = setTimeout(() => breekAf(versie), grens);
    bezig = { versie, model, wachter };
    werker.postMessage(verzoek);
  };

  const analyseer = (verzoek: AnalyseVerzoek): void => {
    if (analyseBezig !== null) {
      analyseVolgend = verzoek;
      return;
    }
    if (!analyseWerker) {
      analyseWerker = maakWerker();
      analyseWerker.onmessage = (e: MessageEvent<Antwoord>) => { if (e.data.kind === 'analyse') ontvangAnalyse(e.data); };
    }
    analyseBezig = verzoek.versie;
    analyseWerker.postMessage(verzoek);
  };

  function ontvangAnalyse(a: AnalyseAntwoord): void {
    analyseBezig = null;
    const model = editor.getModel();
    const v = voorkant;
    // Alleen bij de versie waar de markers van de controle nu voor staan; anders is het antwoord verouderd.
    if (model && v && v.model === model && v.antwoord.versie === a.versie && model.getVersionId() === a.versie) {
      const alle = [...v.antwoord.diagnosen, ...a.diagnosen].slice(0, MAX_MARKERS);
      monaco.editor.setModelMarkers(model, 'regelwerk', markers(alle));
      const waarsch = v.antwoord.waarschuwingen + a.diagnosen.length;
      zetStatus(statusTekst(v.antwoord.fouten, waarsch, alle.length), v.antwoord.fouten > 0 ? 'fout' : 'ok', a.versie);
      zetAnalyse('klaar', a.versie);
    }
    const volgend = analyseVolgend;
    analyseVolgend = null;
    if (volgend && model && model.getVersionId() === volgend.versie) analyseer(volgend);
  }

  const breekAf = (versie: number): void => {
    werker.terminate();
    for (const klaar of wachtend.values()) klaar(null);
    wachtend.clear();
    werker = maakWerker();
    werker.onmessage = ontvang;
    bezig = null;
    afgebrokenVersie = versie;
    zetStatus('controle afgebroken: de regeling is te groot of te ingewikkeld om tijdens het typen te controleren', 'afgebroken', versie);
    const model = editor.getModel();
    // Markers van een oudere versie zouden op de verkeerde plek staan.
    if (model) monaco.editor.setModelMarkers(model, 'regelwerk', []);
    if (model && model.getVersionId() !== versie) verstuur();
  };

  function ontvangDienst(a: DienstAntwoord): void {
    wachtend.get(a.id)?.(a.resultaat);
    wachtend.delete(a.id);
  }

  function ontvangControle(a: ControleAntwoord): void {
    const vorig = bezig;
    if (vorig) clearTimeout(vorig.wachter);
    bezig = null;
    versWerker = false;
    laatsteMs = a.ms;
    const model = editor.getModel();
    // Alleen het antwoord op de nieuwste versie van het huidige model telt.
    if (model && vorig && vorig.model === model && a.versie === model.getVersionId()) {
      if (a.crash) {
        zetStatus(`de controle liep vast: ${a.crash}`, 'fout', a.versie);
      } else {
        monaco.editor.setModelMarkers(model, 'regelwerk', markers(a.diagnosen));
        voorkant = { model, antwoord: a };
        if (a.overzicht.namen.length > 0 || !a.diagnosen.some((d) => d.code === 'RW0002')) {
          laatsteOverzicht = a.overzicht;
          naOverzicht(a.overzicht);
        }
        // Als laatste: wie op de versie in de statusregel wacht, vindt markers en overzicht al bijgewerkt.
        zetStatus(statusTekst(a.fouten, a.waarschuwingen, a.diagnosen.length), a.fouten > 0 ? 'fout' : 'ok', a.versie);
        clearTimeout(analyseTimer);
        if (a.fouten === 0) {
          zetAnalyse('bezig', a.versie);
          analyseTimer = setTimeout(() => {
            if (editor.getModel() === model && model.getVersionId() === a.versie) {
              analyseer({ kind: 'analyse', versie: a.versie, tekst: model.getValue(), bestandsnaam: bestandsnaam() });
            }
          }, ANALYSE_WACHTTIJD_MS);
        } else zetAnalyse('geen', a.versie);
      }
    } else {
      verstuur(); // er is intussen een nieuwere versie
    }
  }

  function ontvang(e: MessageEvent<Antwoord>): void {
    const a = e.data;
    if (a.kind === 'dienst') ontvangDienst(a);
    else if (a.kind === 'controle') ontvangControle(a);
  }
  werker.onmessage = ontvang;

  dienstKanaal = (model, v) => new Promise((klaar) => {
    const id = volgendeId++;
    wachtend.set(id, klaar);
    const verzoek: DienstVerzoek = { kind: 'dienst', id, tekst: model.getValue(), bestandsnaam: bestandsnaam(), ...v };
    werker.postMessage(verzoek);
  });

  const plan = (): void => {
    clearTimeout(timer);
    zetStatus('bezig met controleren…', 'bezig');
    timer = setTimeout(verstuur, WACHTTIJD_MS);
  };
  editor.onDidChangeModelContent(plan);
  editor.onDidChangeModel(() => { afgebrokenVersie = null; plan(); });
  plan();

  return {
    overzicht: () => laatsteOverzicht,
    nu: () => { clearTimeout(timer); verstuur(); },
  };
}
