// Berichten tussen de panelen (hoofddraad) en evaluatie.worker.ts: alleen gewone, kloonbare data.
import type { Type } from '../../../compiler/index.js';

/** Een plek in de tekst van de regeling (1-based regel/kolom, offsets in de tekst). */
export interface TekstPlek {
  readonly offset: number;
  readonly eind: number;
  readonly regel: number;
  readonly kolom: number;
}

export interface VeldVorm { readonly naam: string; readonly type: Type; readonly bron: string | null }

export interface ParameterRijVorm { readonly vanaf: string | null; readonly tot: string | null; readonly waarde: string; readonly bron: string | null }
export interface ParameterVorm { readonly naam: string; readonly type: Type; readonly bron: string | null; readonly rijen: readonly ParameterRijVorm[] }

export interface VoorbeeldVorm {
  readonly naam: string;
  readonly regel: number;
  /** De invoer als JSON-tekst, getallen met al hun cijfers. */
  readonly invoerJson: string;
  readonly peildatum: string;
}

export interface DiagnoseVorm { readonly code: string; readonly melding: string; readonly regel: number; readonly kolom: number }

export type Vorm =
  | {
    readonly ok: true;
    readonly naam: string;
    readonly bron: string | null;
    readonly geldigVanaf: string | null;
    readonly geldigTot: string | null;
    readonly standaardPeildatum: string;
    readonly invoer: readonly VeldVorm[];
    readonly uitvoer: readonly VeldVorm[];
    readonly parameters: readonly ParameterVorm[];
    readonly voorbeelden: readonly VoorbeeldVorm[];
    readonly aantalEigenschappen: number;
  }
  | { readonly ok: false; readonly diagnosen: readonly DiagnoseVorm[] };

export type GebruikData =
  | { readonly kind: 'invoer'; readonly naam: string; readonly waarde: string }
  | { readonly kind: 'parameter'; readonly naam: string; readonly waarde: string; readonly vanaf: string | null; readonly bron: string | null; readonly overschreven: boolean; readonly op?: string }
  /** Een functie die in een rij van een beslistabel wordt aangeroepen, met wat zij gebruikte. */
  | { readonly kind: 'functie'; readonly naam: string; readonly waarde: string; readonly bron: string | null; readonly gebruikt: readonly GebruikData[] }
  | { readonly kind: 'regel'; readonly knoop: UitlegKnoopData }
  /** Een gebruikte regeling die wordt aangeroepen (gebruik regeling): haar naam, peildatum, bron, de gegeven invoer en de bomen van haar uitvoer. */
  | { readonly kind: 'regeling'; readonly naam: string; readonly regeling: string; readonly peildatum: string; readonly bron: string | null; readonly invoer: readonly { readonly naam: string; readonly waarde: string }[]; readonly knopen: readonly UitlegKnoopData[] };

export interface UitlegKnoopData {
  readonly regel: string;
  readonly waarde: string;
  /** Hoe de regel beslist is, in de woorden van besluitTekst: 'basisregel', 'rij 2: ...', "uitzondering 'naam'" of "uitzondering 'b' (gaat voor 'a')". */
  readonly besluit: string;
  readonly bron: string | null;
  /** Waar de regel (of de gekozen uitzondering) staat. */
  readonly plek: TekstPlek | null;
  /** Al eerder in de boom uitgelegd: geen kinderen. */
  readonly herhaald: boolean;
  readonly gebruikt: readonly GebruikData[];
}

export interface UitvoerRij { readonly naam: string; readonly waarde: string; readonly type: string }

export interface FoutData {
  readonly kind: 'invoer' | 'conflict' | 'leeg' | 'reken' | 'json' | 'regeling' | 'afgebroken';
  readonly melding: string;
  /** Veldpad bij invoerfouten (`contracten[0].einde`). */
  readonly pad: string | null;
  readonly regel: string | null;
  readonly plek: TekstPlek | null;
}

export type DraaiUitkomst =
  | { readonly ok: true; readonly uitvoer: readonly UitvoerRij[]; readonly peildatum: string; readonly bron: string | null; readonly uitleg: readonly UitlegKnoopData[] }
  | { readonly ok: false; readonly fout: FoutData };

export interface TestResultaat {
  readonly kind: 'voorbeeld' | 'eigenschap';
  readonly naam: string;
  readonly regel: number;
  readonly geslaagd: boolean;
  readonly peildatum: string;
  readonly details: readonly string[];
  /** Bij een mislukte eigenschap: de ingekrompen tegenvoorbeelden als JSON-tekst. */
  readonly tegenvoorbeelden: readonly string[];
  readonly voorbeeldTekst: string | null;
}

export type Vraag =
  | { readonly id: number; readonly kind: 'vorm'; readonly tekst: string; readonly bestandsnaam: string }
  | { readonly id: number; readonly kind: 'draai'; readonly tekst: string; readonly bestandsnaam: string; readonly invoerJson: string; readonly peildatum: string }
  | { readonly id: number; readonly kind: 'tests'; readonly tekst: string; readonly bestandsnaam: string; readonly runs: number };

export type Antwoord =
  | { readonly id: number; readonly kind: 'vorm'; readonly vorm: Vorm }
  | { readonly id: number; readonly kind: 'draai'; readonly uitkomst: DraaiUitkomst }
  | { readonly id: number; readonly kind: 'voortgang'; readonly gedaan: number; readonly totaal: number; readonly wat: string }
  | { readonly id: number; readonly kind: 'tests'; readonly resultaten: readonly TestResultaat[] | null; readonly fout: string | null }
  | { readonly id: number; readonly kind: 'fout'; readonly melding: string };
