// Berichten tussen de editor en de taalwerker (taal.worker.ts): controle, analyse en de taaldiensten
// (aanvulling, hover, definitie, snelle oplossingen). De werker rekent alles met compiler/diensten/,
// dezelfde module als `regelwerk lsp`; hier staan alleen de berichten.
import type { Aanvulling, Actie, Bereik, DiagnoseInfo, DocumentSymbool, Locatie, Toelichting } from '../../../compiler/index.js';

export type { Bereik, DiagnoseInfo };

/** Een declaratie in het overzicht van de regeling (de outline). */
export interface NaamInfo {
  readonly naam: string;
  readonly kind: DocumentSymbool['aard'];
  /** Waar de naam staat, en de hele declaratie. */
  readonly plek: Bereik;
  readonly bereik: Bereik;
}

export interface Overzicht {
  readonly namen: readonly NaamInfo[];
  /** Bronnen van declaraties en uitzonderingen met hun bereik, voor het bronpaneel. */
  readonly bronnen: readonly { readonly tekst: string; readonly bereik: Bereik }[];
}

/** Controleer deze tekst (de voorkant: syntaxis, namen, typen). */
export interface ControleVerzoek {
  readonly kind: 'controle';
  readonly versie: number;
  readonly tekst: string;
  readonly bestandsnaam: string;
}

/** Analyseer deze tekst (RW4xxx), na een controle zonder fouten; in een tweede werker, zodat typen niet wacht. */
export interface AnalyseVerzoek {
  readonly kind: 'analyse';
  readonly versie: number;
  readonly tekst: string;
  readonly bestandsnaam: string;
}

/** Een vraag van een taaldienst over een plek in de tekst zoals die nu in de editor staat. */
export interface DienstVerzoek {
  readonly kind: 'dienst';
  readonly id: number;
  readonly dienst: 'aanvulling' | 'uitleg' | 'definitie' | 'acties';
  readonly tekst: string;
  readonly bestandsnaam: string;
  readonly offset: number;
  readonly eind: number;
}

export type Verzoek = ControleVerzoek | AnalyseVerzoek | DienstVerzoek;

/** Meer markers dan dit maken de editor traag zonder de schrijver te helpen. */
export const MAX_MARKERS = 200;

export interface ControleAntwoord {
  readonly kind: 'controle';
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

export interface AnalyseAntwoord {
  readonly kind: 'analyse';
  readonly versie: number;
  /** Alleen de bevindingen van de analyse (RW4xxx). */
  readonly diagnosen: readonly DiagnoseInfo[];
  readonly ms: number;
}

export type DienstResultaat =
  | { readonly dienst: 'aanvulling'; readonly van: number; readonly items: readonly Aanvulling[] }
  | { readonly dienst: 'uitleg'; readonly uitleg: Toelichting | null }
  | { readonly dienst: 'definitie'; readonly locatie: Locatie | null }
  | { readonly dienst: 'acties'; readonly acties: readonly Actie[] };

export interface DienstAntwoord {
  readonly kind: 'dienst';
  readonly id: number;
  readonly resultaat: DienstResultaat | null;
}

export type Antwoord = ControleAntwoord | AnalyseAntwoord | DienstAntwoord;

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
