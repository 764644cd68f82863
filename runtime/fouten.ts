// The errors an evaluation can end in. Both engines (interpreter and compiled modules) throw
// these same classes, so callers and the differential test can tell the kinds apart.
import { isExactGetal, schrijfDecimaal, vanDecimaleTekst, vanJsNumber } from './getal.js';
import { zichtbaar } from './zichtbaar.js';

export class RegelwerkFout extends Error {
  readonly soort: 'invoer' | 'conflict' | 'leeg' | 'reken' = 'reken';
  constructor(melding: string) {
    super(melding);
    this.name = 'RegelwerkFout';
  }
}

/** Invalid input: names the field path (`contracten[2].einde`). Nothing was evaluated. */
export class RegelwerkInvoerFout extends RegelwerkFout {
  override readonly soort = 'invoer' as const;
  constructor(readonly pad: string, readonly reden: string) {
    super(pad ? `ongeldige invoer bij '${pad}': ${reden}` : `ongeldige invoer: ${reden}`);
    this.name = 'RegelwerkInvoerFout';
  }
}

/** An exception of a rule, or a row of a `tabel uniek`, as a conflict names it; generated code holds them as `rt.Clausule[]`. */
export interface Clausule {
  readonly naam: string;
  readonly bron: string | null;
  /** A row of a `tabel uniek` rather than an exception: its number. */
  readonly rij?: number;
}

/** Two exceptions of one rule apply and give different values, or two rows of a `tabel uniek` match. */
export class RegelwerkConflict extends RegelwerkFout {
  override readonly soort = 'conflict' as const;
  constructor(readonly regel: string, readonly clausules: readonly Clausule[], waarden: readonly string[]) {
    super(
      `conflict in regel '${regel}': ${clausules
        .map((c, i) => `${c.rij !== undefined ? `rij ${c.rij}` : `uitzondering '${c.naam}'`}${c.bron ? ` (bron: ${c.bron})` : ''} geeft ${waarden[i] ?? '?'}`)
        .join(' en ')}`,
    );
    this.name = 'RegelwerkConflict';
  }
}

/** No definition of a rule applies. */
export class RegelwerkLeeg extends RegelwerkFout {
  override readonly soort = 'leeg' as const;
  constructor(readonly regel: string, bron: string | null) {
    super(`regel '${regel}' heeft geen toepasselijke definitie: de basisregel geldt niet en geen uitzondering is van toepassing${bron ? ` (bron: ${bron})` : ''}`);
    this.name = 'RegelwerkLeeg';
  }
}

/** A calculation that has no answer: division by zero, the first element of an empty list, ... */
export class RegelwerkRekenFout extends RegelwerkFout {
  override readonly soort = 'reken' as const;
  /** The rule in which the calculation failed (the innermost), once known. */
  constructor(melding: string, readonly regel: string | null = null) {
    super(melding);
    this.name = 'RegelwerkRekenFout';
  }
}

/**
 * An error in a policy that another called (`gebruik regeling`): the message names the called
 * policy, the caller and the line of the call; the kind is the error's inside (a conflict stays a
 * conflict), an invalid input given by the call is a calculation error of the caller.
 */
export class RegelwerkAanroepFout extends RegelwerkFout {
  override readonly soort: 'conflict' | 'leeg' | 'reken';
  constructor(readonly regeling: string, readonly aanroeper: string, readonly regel: number, readonly binnen: RegelwerkFout) {
    super(`regeling ${regeling}, aangeroepen door ${aanroeper} op regel ${regel}: ${binnen.message}`);
    this.soort = binnen.soort === 'invoer' ? 'reken' : binnen.soort;
    this.name = 'RegelwerkAanroepFout';
  }
}

/**
 * How a JSON value is named in an input error ("de tekst \"x\"", "een lijst", ...). Numbers in
 * the drafter's notation (`het getal 7,735`, never `7.735` or `1e+21`); `null`, `true` and `false`
 * stay the JSON words the caller wrote, since the error is about the JSON input itself.
 */
export function beschrijfJson(x: unknown): string {
  if (x === null) return 'null';
  if (isExactGetal(x)) {
    const g = vanDecimaleTekst(x.decimaal);
    return `het getal ${g ? schrijfDecimaal(g) : x.decimaal}`;
  }
  if (typeof x === 'number' && !Number.isFinite(x)) return Number.isNaN(x) ? 'geen getal' : 'een oneindig getal';
  if (Array.isArray(x)) return 'een lijst';
  if (typeof x === 'string') return `de tekst ${JSON.stringify(x)}`;
  if (typeof x === 'number') return `het getal ${schrijfDecimaal(vanJsNumber(x)!)}`;
  if (typeof x === 'boolean') return x ? 'true' : 'false';
  if (typeof x === 'object') return 'een object';
  return typeof x;
}

/**
 * A text from the input as a message shows it: in quotes, with control characters, C1 controls and
 * bidirectional overrides escaped, since a message goes to a terminal (an ESC would drive it) and
 * a line break in a key would split one error over two lines.
 */
export function invoerTekst(s: string): string {
  return zichtbaar(JSON.stringify(s));
}

/** The field path of key `sleutel` under `pad`: `.naam` for a plain name, else `["..."]` escaped. */
export function padMetSleutel(pad: string, sleutel: string): string {
  if (/^\p{L}[\p{L}\p{N}_-]*$/u.test(sleutel)) return pad ? `${pad}.${sleutel}` : sleutel;
  return `${pad}[${invoerTekst(sleutel)}]`;
}
