// The cases of `regelwerk run --invoer` as a stream: one JSON object (one case), a JSON array of
// cases, or NDJSON (one case per line; any JSON values one after another). The text is read in
// chunks and split into the text of each case without parsing it (an NDJSON line that is one
// object is taken whole, parsed, when the caller reads with JSON.parse anyway); each case is then
// read on its own: with JSON.parse where that reads what the exact reader would (snelGelezen), else
// exactly (leesJsonTekst). So a million cases take the memory of one, and a case that is not
// valid JSON is that case's error, not the end of the run. Each case may be at most `grens` bytes.
import { closeSync, openSync } from 'node:fs';
import { GeenUtf8, TeGroot, eersteFouteByte, leesStuk } from './bestanden.js';
import { gelijk, isExactGetal, vanDecimaleTekst, vanJsNumber } from '../../runtime/getal.js';
import { MAX_DIEPTE } from '../../runtime/json.js';

/** How the input holds its cases: decides the form of the output. */
export type InvoerVorm = 'object' | 'lijst' | 'regels';

/** The text of one case, with its number (from 1) and the line of the input it starts on. */
export interface GevalTekst {
  readonly nummer: number;
  readonly regel: number;
  /** The column its text starts on (its first line is that far in). */
  readonly kolom: number;
  readonly tekst: string;
  /** JSON.parse(tekst), when the splitter parsed it to find the case (GevalSplitser.leesMee). */
  readonly waarde?: unknown;
}

/** The input's structure is broken (not a case's JSON): where, in Dutch. */
export class StroomFout extends Error {}

const STUK = 1 << 20;

/** The chunks of a file or standard input (0), decoded as UTF-8 (a wrong byte is GeenUtf8 at its offset). */
export function* tekstStukken(bron: string | 0): Generator<string> {
  const fd = bron === 0 ? 0 : openSync(bron, 'r');
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let gelezen = 0;
  try {
    const buffer = Buffer.allocUnsafe(STUK);
    for (;;) {
      const n = leesStuk(fd, buffer, 0);
      const bytes = buffer.subarray(0, n);
      try {
        const s = decoder.decode(bytes, { stream: n > 0 });
        if (s) yield s;
      } catch {
        throw new GeenUtf8(gelezen + eersteFouteByte(bytes));
      }
      if (n === 0) return;
      gelezen += n;
    }
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

/**
 * Splits a stream of text into the texts of its cases. `vorm` is known once the first character
 * that is not white space is read ('[': a list) and, for anything else, once a second value starts
 * ('regels') or the input ends after one ('object'). The text of the first case of an object or
 * NDJSON input starts at the beginning of the input, so positions in its errors are the file's.
 */
export class GevalSplitser {
  vorm: InvoerVorm | null = null;
  private diepte = 0;
  private inTekst = false;
  private escape = false;
  private inGeval = false;
  /** A value at the top that is not an object or list (a number, a word) ends at the end of its line. */
  private kaal = false;
  private lijstDicht = false;
  private delen: string[] = [];
  private grootte = 0;
  private nummer = 0;
  private regel = 1;
  private kolom = 0;
  private beginRegel = 1;
  private beginKolom = 1;

  /**
   * Set by a caller that reads each case with JSON.parse anyway (snelGelezen): then a line of
   * NDJSON that is one whole object (it starts with '{' and JSON.parse takes it), or a line of a
   * list that is one object and a comma, is one case, taken at once instead of character by
   * character, and handed over parsed.
   */
  leesMee = false;

  constructor(private readonly grens: number) {}

  /** Feeds a chunk; returns the cases completed in it. */
  voeg(stuk: string): GevalTekst[] {
    const uit: GevalTekst[] = [];
    let van = 0;
    const sluit = (tot: number): void => {
      this.bewaar(stuk.slice(van, tot));
      uit.push({ nummer: ++this.nummer, regel: this.beginRegel, kolom: this.beginKolom, tekst: this.delen.join('') });
      this.delen = [];
      this.grootte = 0;
      this.inGeval = false;
      this.kaal = false;
    };
    for (let i = 0; i < stuk.length; i++) {
      const c = stuk.charCodeAt(i);
      if (c === 10) { this.regel++; this.kolom = 0; } else this.kolom++;
      if (this.inTekst) {
        if (this.escape) this.escape = false;
        else if (c === 92) this.escape = true;
        else if (c === 34) this.inTekst = false;
        continue;
      }
      const wit = c === 32 || c === 9 || c === 10 || c === 13;
      if (this.vorm === null) {
        if (wit) continue;
        if (c === 91) { this.vorm = 'lijst'; this.diepte = 1; van = i + 1; continue; }
        this.vorm = 'object';
      }
      if (this.vorm === 'lijst') {
        if (this.lijstDicht) {
          if (!wit) throw new StroomFout(`na het einde van de lijst (']') staat nog tekst (regel ${this.regel})`);
          continue;
        }
        if (!this.inGeval) {
          if (wit) continue;
          if (c === 93 && this.diepte === 1 && this.nummer === 0) { this.lijstDicht = true; this.diepte = 0; continue; }
          // an element that fills its line up to the comma after it (a list written one element per line)
          const heel = this.leesMee && c === 123 ? this.heleRegel(stuk, i, true) : null;
          if (heel !== null) {
            uit.push({ nummer: ++this.nummer, regel: this.regel, kolom: this.kolom, tekst: heel.tekst, waarde: heel.waarde });
            this.regel++;
            this.kolom = 0;
            i = heel.eind;
            continue;
          }
          this.inGeval = true;
          this.beginRegel = this.regel;
          this.beginKolom = this.kolom;
          van = i;
        }
        if (c === 34) this.inTekst = true;
        else if (c === 123 || c === 91) this.diepte++;
        else if ((c === 125 || c === 93) && this.diepte > 1) this.diepte--;
        else if (this.diepte === 1 && (c === 44 || c === 93)) {
          sluit(i);
          if (c === 93) { this.lijstDicht = true; this.diepte = 0; }
          van = i + 1;
        }
        continue;
      }
      // one value after another (an object, or NDJSON)
      if (!this.inGeval) {
        if (wit) continue;
        const heel = this.leesMee && this.nummer > 0 && c === 123 ? this.heleRegel(stuk, i, false) : null;
        if (heel !== null) {
          this.vorm = 'regels';
          uit.push({ nummer: ++this.nummer, regel: this.regel, kolom: this.kolom, tekst: heel.tekst, waarde: heel.waarde });
          // on after its line's end, counted as the loop counts it
          this.regel++;
          this.kolom = 0;
          i = heel.eind;
          continue;
        }
        if (this.nummer > 0) this.vorm = 'regels';
        this.inGeval = true;
        this.beginRegel = this.nummer === 0 ? 1 : this.regel;
        this.beginKolom = this.nummer === 0 ? 1 : this.kolom;
        if (this.nummer > 0) van = i;
        this.kaal = c !== 123 && c !== 91;
      }
      if (this.kaal) {
        if (c === 10) sluit(i);
        else if (c === 34) this.inTekst = true;
        continue;
      }
      if (c === 34) this.inTekst = true;
      else if (c === 123 || c === 91) this.diepte++;
      else if (c === 125 || c === 93) {
        this.diepte--;
        if (this.diepte === 0) { sluit(i + 1); van = i + 1; }
      }
    }
    if (this.inGeval) this.bewaar(stuk.slice(van));
    return uit;
  }

  /** The end of the input: the last case of an input whose last value ends it, or what is missing. */
  einde(): GevalTekst[] {
    if (this.vorm === null) throw new StroomFout('de invoer is leeg: geef een JSON-object, een lijst van objecten of één object per regel');
    if (this.vorm === 'lijst') {
      if (!this.lijstDicht) throw new StroomFout(`de lijst houdt op ${this.inGeval ? `midden in geval ${this.nummer + 1} ` : ''}zonder ']' (regel ${this.regel})`);
      return [];
    }
    if (!this.inGeval) return [];
    // an unfinished object is given to the JSON reader, which says what is missing where
    const laatste = { nummer: ++this.nummer, regel: this.beginRegel, kolom: this.beginKolom, tekst: this.delen.join('') };
    this.delen = [];
    this.inGeval = false;
    return [laatste];
  }

  /**
   * The object that fills the rest of the line from `i` ('{'), parsed, and the line's end; or null.
   * With `komma` the line ends in a comma after it (an element of a list), which is not part of the
   * case's text (the white space before it is, as the characters would have it).
   */
  private heleRegel(stuk: string, i: number, komma: boolean): { tekst: string; waarde: unknown; eind: number } | null {
    const eind = stuk.indexOf('\n', i);
    if (eind < 0) return null;
    let e = eind;
    for (let c = stuk.charCodeAt(e - 1); c === 13 || c === 32 || c === 9; c = stuk.charCodeAt(e - 1)) e--;
    if (komma) {
      if (stuk.charCodeAt(e - 1) !== 44) return null;
      e--;
    }
    if (e <= i || e - i > this.grens) return null;
    const tekst = stuk.slice(i, e);
    try {
      return { tekst, waarde: JSON.parse(tekst), eind };
    } catch {
      return null; // not one value: the characters decide, as without leesMee
    }
  }

  private bewaar(deel: string): void {
    if (!deel) return;
    this.grootte += deel.length;
    if (this.grootte > this.grens) throw new TeGroot(this.grens);
    this.delen.push(deel);
  }
}

/**
 * A case's numbers as JavaScript numbers where a double holds the decimal exactly (0.1, 7.35,
 * 2500): the fast path reads JSON.parse's numbers, not the exact reader's objects. Any other number
 * (more digits than a double has, -0) stays exact, and then the exact path answers: the same
 * answer either way.
 */
export function alsJsGetallen(x: unknown): unknown {
  if (isExactGetal(x)) {
    const n = Number(x.decimaal);
    const g = x.decimaal.length <= 40 ? vanDecimaleTekst(x.decimaal) : null;
    const d = Number.isFinite(n) && !Object.is(n, -0) ? vanJsNumber(n) : null;
    return g && d && gelijk(d, g) ? n : x;
  }
  if (Array.isArray(x)) return x.map(alsJsGetallen);
  if (typeof x === 'object' && x !== null) {
    // defined, not assigned: a key "__proto__" stays a key (as the JSON reader made it), not a prototype
    const uit: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) Object.defineProperty(uit, k, { value: alsJsGetallen(v), enumerable: true, writable: true, configurable: true });
    return uit;
  }
  return x;
}

/**
 * A case's JSON text as `alsJsGetallen(leesJsonTekst(tekst))` reads it, through JSON.parse (a
 * tenth of the time; `geparst` is JSON.parse(tekst) if the caller has it), or undefined when that
 * might differ and the exact reader must read it. JSON.parse differs from the exact reader only
 * on texts this refuses: a key twice (JSON.parse keeps the last: the keys in the text outnumber
 * those in the value), nesting as deep as MAX_DIEPTE, a byte order mark (JSON.parse fails), and
 * numbers: a literal with an exponent, more than 15 significant digits, more than 40 characters
 * or a negative zero may not be the double JSON.parse makes of it; every other is (15 digits
 * survive the round trip, so the shortest decimal of its double is the literal), which is the
 * number alsJsGetallen passes on.
 */
export function snelGelezen(tekst: string, geparst?: unknown): unknown {
  let waarde: unknown = geparst; // JSON.parse(tekst) when the splitter already made it
  if (waarde === undefined) try {
    waarde = JSON.parse(tekst);
  } catch {
    return undefined; // the exact reader says what is wrong, and where
  }
  const sleutelsInTekst = sleutelsMetVeiligeGetallen(tekst);
  if (sleutelsInTekst < 0) return undefined;
  // every object and list, without recursion: the keys they hold and how deep they lie
  let sleutels = 0;
  const open: object[] = [];
  const diepten: number[] = [];
  if (typeof waarde === 'object' && waarde !== null) { open.push(waarde); diepten.push(0); }
  while (open.length > 0) {
    const v = open.pop()!;
    const diepte = diepten.pop()!;
    if (diepte >= MAX_DIEPTE) return undefined;
    const kinderen: readonly unknown[] = Array.isArray(v) ? v : Object.values(v);
    if (!Array.isArray(v)) sleutels += kinderen.length;
    for (const w of kinderen) if (typeof w === 'object' && w !== null) { open.push(w); diepten.push(diepte + 1); }
  }
  return sleutels === sleutelsInTekst ? waarde : undefined;
}

/**
 * The keys in JSON text that JSON.parse accepted (the `:` outside strings), or -1 when a number
 * literal in it is not sure to be its double (an exponent, more than 15 significant digits or 40
 * characters, a negative zero). One pass, nothing allocated.
 */
function sleutelsMetVeiligeGetallen(t: string): number {
  let sleutels = 0;
  const n = t.length;
  for (let i = 0; i < n; i++) {
    let c = t.charCodeAt(i);
    if (c === 34) { // a string: on to its closing quote
      for (i++; i < n; i++) {
        c = t.charCodeAt(i);
        if (c === 92) i++;
        else if (c === 34) break;
      }
    } else if (c === 58) sleutels++;
    else if (c === 45 || (c >= 48 && c <= 57)) {
      const begin = i;
      let cijfers = 0;
      let nietNul = false;
      for (i = c === 45 ? i + 1 : i; i < n; i++) {
        c = t.charCodeAt(i);
        if (c >= 48 && c <= 57) {
          if (c !== 48) nietNul = true;
          if (nietNul) cijfers++;
        } else if (c === 101 || c === 69) return -1; // an exponent
        else if (c !== 46) break;
      }
      if (i - begin > 40 || cijfers > 15 || (!nietNul && t.charCodeAt(begin) === 45)) return -1;
      i--; // the character after the number is read again by the loop
    }
  }
  return sleutels;
}
