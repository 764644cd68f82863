// Controle tijdens het typen: stuurt de tekst (met versienummer) naar de taalwerker, zet markers en de statusregel.
import type * as Monaco from 'monaco-editor/editor/editor.api';
import type { ControleAntwoord, ControleVerzoek, DiagnoseInfo, Overzicht } from './protocol.js';
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
const MAX_EERSTE_CONTROLE_MS = 20000;

export interface Controle {
  /** Het overzicht van de laatste geslaagde controle (namen, typen, bronnen). */
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

export function startControle(
  monaco: typeof Monaco,
  editor: Monaco.editor.IStandaloneCodeEditor,
  bestandsnaam: () => string,
  statusEl: HTMLElement,
  naOverzicht: (o: Overzicht) => void,
): Controle {
  let werker = maakWerker();
  let laatsteOverzicht: Overzicht = { namen: [], bronnen: [] };
  /** Versie die nu in de werker zit, of null als de werker vrij is. */
  let bezig: { versie: number; model: Monaco.editor.ITextModel; wachter: ReturnType<typeof setTimeout> } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Versie die al afgebroken is: niet opnieuw proberen tot de tekst verandert. */
  let afgebrokenVersie: number | null = null;
  let versWerker = true;
  let laatsteMs = 0;

  /**
   * `versie`: de versie van het model waar deze status het antwoord op is (niet bij 'bezig'). Zo
   * kan wie de statusregel leest (de browsertests) zien dat de controle de huidige tekst gezien
   * heeft, in plaats van lege markers te verwarren met een controle die nog niet gedraaid heeft.
   */
  const zetStatus = (tekst: string, soort: 'ok' | 'fout' | 'bezig' | 'afgebroken', versie?: number): void => {
    statusEl.textContent = tekst;
    statusEl.dataset['soort'] = soort;
    if (versie === undefined) delete statusEl.dataset['versie'];
    else statusEl.dataset['versie'] = String(versie);
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
    const verzoek: ControleVerzoek = { versie, tekst: model.getValue(), bestandsnaam: bestandsnaam() };
    const grens = versWerker ? MAX_EERSTE_CONTROLE_MS : Math.max(MAX_CONTROLE_MS, 10 * laatsteMs);
    const wachter = setTimeout(() => breekAf(versie), grens);
    bezig = { versie, model, wachter };
    werker.postMessage(verzoek);
  };

  const breekAf = (versie: number): void => {
    werker.terminate();
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

  function ontvang(e: MessageEvent<ControleAntwoord>): void {
    const a = e.data;
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
        if (a.overzicht.namen.length > 0 || !a.diagnosen.some((d) => d.code === 'RW0002')) {
          laatsteOverzicht = a.overzicht;
          naOverzicht(a.overzicht);
        }
        // Als laatste: wie op de versie in de statusregel wacht, vindt markers en overzicht al bijgewerkt.
        zetStatus(statusTekst(a.fouten, a.waarschuwingen, a.diagnosen.length), a.fouten > 0 ? 'fout' : 'ok', a.versie);
      }
    } else {
      verstuur(); // er is intussen een nieuwere versie
    }
  }
  werker.onmessage = ontvang;

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
