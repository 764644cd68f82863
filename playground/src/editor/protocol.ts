// Berichten tussen de editor en de taalwerker (taal.worker.ts): controleverzoek, diagnosen en overzicht.

/** Een stuk tekst in editor-coördinaten (regels en kolommen vanaf 1, eind exclusief). */
export interface Bereik {
  readonly regel: number;
  readonly kolom: number;
  readonly eindRegel: number;
  readonly eindKolom: number;
  readonly offset: number;
  readonly eind: number;
}

export interface VeldInfo {
  readonly naam: string;
  readonly type: string;
  /** Velden van het veld zelf als dat gegevens zijn. */
  readonly velden?: readonly VeldInfo[];
}

export type NaamSoort = 'invoer' | 'uitvoer' | 'regel' | 'parameter' | 'functie' | 'soort' | 'lokaal';

export interface NaamInfo {
  readonly naam: string;
  readonly kind: NaamSoort;
  /** Het type zoals een opsteller het schrijft (schrijfType). */
  readonly type: string;
  readonly bron: string | null;
  /** Waar de naam gedeclareerd is. */
  readonly plek: Bereik;
  /** Velden als het type gegevens is (ook `of leeg`). */
  readonly velden?: readonly VeldInfo[];
  /** Velden van het element als het type een lijst van gegevens is. */
  readonly elementVelden?: readonly VeldInfo[];
  /** Alleen voor lokale namen (elk/er is een/voor alle/vouw, functieparameters): waar ze gelden. */
  readonly geldig?: Bereik;
}

export interface DiagnoseInfo {
  readonly code: string;
  readonly ernst: 'fout' | 'waarschuwing';
  readonly melding: string;
  readonly suggestie?: string;
  readonly bereik: Bereik;
}

export interface Overzicht {
  readonly namen: readonly NaamInfo[];
  /** Bronnen van declaraties en uitzonderingen met hun bereik, voor het bronpaneel. */
  readonly bronnen: readonly { readonly tekst: string; readonly bereik: Bereik }[];
}

export interface ControleVerzoek {
  readonly versie: number;
  readonly tekst: string;
  readonly bestandsnaam: string;
}

/** Meer markers dan dit maken de editor traag zonder de schrijver te helpen. */
export const MAX_MARKERS = 200;

export interface ControleAntwoord {
  readonly versie: number;
  /** Hoogstens MAX_MARKERS diagnosen (fouten eerst); de tellingen hieronder zijn van alle. */
  readonly diagnosen: readonly DiagnoseInfo[];
  readonly fouten: number;
  readonly waarschuwingen: number;
  readonly overzicht: Overzicht;
  readonly ms: number;
  /** Een onverwachte fout in de controle zelf (geen diagnose van de regeling). */
  readonly crash?: string;
}

/** Verzoek aan de opmaakwerker (opmaak.worker.ts): maak deze tekst op. */
export interface OpmaakVerzoek {
  readonly id: number;
  readonly tekst: string;
  readonly bestandsnaam: string;
}

/** De opgemaakte tekst, of null bij een syntaxfout (dan blijft de tekst staan). */
export interface OpmaakAntwoord {
  readonly id: number;
  readonly tekst: string | null;
  readonly melding?: string;
}
