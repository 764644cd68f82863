// Delen en bewaren: de tekst en het geval (invoer, peildatum, gekozen voorbeeld) gecomprimeerd in het
// URL-fragment (#v1=…), en een concept in localStorage.

import { LITERAAL } from '../../language/lexicon.js';

/** Een peildatum zoals de taal hem schrijft (2026-03-01). */
const DATUM = new RegExp(`^${LITERAAL.datum}$`);

/** Versie van de taal/het fragmentformaat; een nieuwe versie krijgt een nieuw voorvoegsel. */
export const FRAGMENT_VERSIE = 'v1';
const CONCEPT_SLEUTEL = 'regelwerk-speeltuin:concept';

/** Het geval dat bij de tekst hoort: wat in de panelen is ingevuld en gekozen. */
export interface Geval {
  /** De invoer als JSON-tekst (getallen met al hun cijfers). */
  readonly invoerJson: string;
  readonly peildatum: string;
  /** De naam van het gekozen `voorbeeld`, of null voor eigen invoer. */
  readonly voorbeeld: string | null;
  /** Parameters die het gekozen voorbeeld overschrijft, als JSON-object. */
  readonly parametersJson: string | null;
}

export interface Concept {
  readonly tekst: string;
  readonly bestand: string;
  /** Alleen in een link: het geval om te herstellen (een oude link heeft er geen). */
  readonly geval?: Geval;
}

/**
 * Langere links deelt de speeltuin wel, maar zegt erbij dat ze kunnen breken: sommige mail- en
 * chatprogramma's en servers kappen een adres rond 8.000 tekens af (de HTTP-norm raadt aan
 * minstens 8.000 te ondersteunen; meer is niet zeker).
 */
export const MAX_LINK_TEKENS = 8000;

function naarBase64url(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function uitBase64url(s: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) throw new Error('ongeldige tekens');
  const b = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
  const uit = new Uint8Array(b.length);
  for (let i = 0; i < b.length; i++) uit[i] = b.charCodeAt(i);
  return uit;
}

async function stroom(bytes: Uint8Array, t: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const buffer = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(buffer).set(bytes);
  const antwoord = new Response(new Blob([buffer]).stream().pipeThrough(t));
  return new Uint8Array(await antwoord.arrayBuffer());
}

/** `#v1=<base64url van deflate-raw van {b: bestand, t: tekst, g?: {i: invoer, p: peildatum, v: voorbeeld, o: parameters}}>` */
export async function maakFragment(c: Concept): Promise<string> {
  const g = c.geval;
  const json = JSON.stringify({ b: c.bestand, t: c.tekst, ...(g ? { g: { i: g.invoerJson, p: g.peildatum, v: g.voorbeeld, o: g.parametersJson } } : {}) });
  const gecomprimeerd = await stroom(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  return `#${FRAGMENT_VERSIE}=${naarBase64url(gecomprimeerd)}`;
}

export type FragmentUitkomst = { kind: 'geen' } | { kind: 'ok'; concept: Concept } | { kind: 'fout'; melding: string };

export async function leesFragment(hash: string): Promise<FragmentUitkomst> {
  const m = /^#?(v\d+)=(.*)$/s.exec(hash);
  if (!m) return { kind: 'geen' };
  if (m[1] !== FRAGMENT_VERSIE) {
    return { kind: 'fout', melding: `Deze link is gemaakt met een andere versie van de speeltuin (${m[1]}); de tekst kan niet worden geladen.` };
  }
  try {
    const bytes = await stroom(uitBase64url(m[2] ?? ''), new DecompressionStream('deflate-raw'));
    const data: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (typeof data !== 'object' || data === null) throw new Error('geen object');
    const t: unknown = (data as Record<string, unknown>)['t'];
    const b: unknown = (data as Record<string, unknown>)['b'];
    if (typeof t !== 'string') throw new Error('geen tekst');
    const geval = leesGeval((data as Record<string, unknown>)['g']);
    return { kind: 'ok', concept: { tekst: t, bestand: typeof b === 'string' && /^[\w.-]+$/.test(b) ? b : 'gedeeld.regel', ...(geval ? { geval } : {}) } };
  } catch {
    return { kind: 'fout', melding: 'De gedeelde link is beschadigd of onvolledig; de tekst kon niet worden gelezen. U ziet uw laatste concept of het standaardvoorbeeld.' };
  }
}

/** Het geval uit een link; wat er niet klopt valt weg (de tekst is het belangrijkste deel van de link). */
function leesGeval(x: unknown): Geval | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const { i, p, v, o } = x as Record<string, unknown>;
  if (typeof i !== 'string' || typeof p !== 'string') return undefined;
  return {
    invoerJson: i,
    peildatum: DATUM.test(p) ? p : '',
    voorbeeld: typeof v === 'string' ? v : null,
    parametersJson: typeof o === 'string' ? o : null,
  };
}

/** Hoe lang het hele adres met dit fragment wordt. */
export function linkLengte(fragment: string): number {
  return `${location.origin}${location.pathname}${location.search}${fragment}`.length;
}

/** Zet het fragment in de adresbalk zonder nieuwe stap in de geschiedenis. */
export function zetFragment(fragment: string): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}${fragment}`);
}

export function wisFragment(): void {
  if (location.hash) history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}

export function leesConcept(): Concept | null {
  try {
    const s = localStorage.getItem(CONCEPT_SLEUTEL);
    if (!s) return null;
    const data: unknown = JSON.parse(s);
    if (typeof data !== 'object' || data === null) return null;
    const { tekst, bestand } = data as Record<string, unknown>;
    return typeof tekst === 'string' && typeof bestand === 'string' ? { tekst, bestand } : null;
  } catch {
    return null;
  }
}

/** Grotere teksten bewaren we niet als concept: localStorage schrijft synchroon en zou de pagina laten haperen. */
export const MAX_CONCEPT_TEKENS = 200_000;

let conceptTimer: ReturnType<typeof setTimeout> | undefined;
/** Bewaart het concept na een korte pauze in het typen (niet bij elke toets); meldt het als de tekst te groot is. */
export function bewaarConceptLater(c: () => Concept, teGroot: () => void, ms = 500): void {
  clearTimeout(conceptTimer);
  conceptTimer = setTimeout(() => {
    const concept = c();
    if (concept.tekst.length > MAX_CONCEPT_TEKENS) { teGroot(); return; }
    try {
      localStorage.setItem(CONCEPT_SLEUTEL, JSON.stringify(concept));
    } catch {
      // vol of geblokkeerd: dan geen concept
    }
  }, ms);
}

/** Kopieert naar het klembord als de browser dat toestaat; geeft terug of het lukte. */
export async function kopieer(tekst: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(tekst);
    return true;
  } catch {
    return false;
  }
}
