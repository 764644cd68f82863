// Exact rational numbers on bigint: the runtime value of `getal`, `bedrag` (euros) and
// `percentage` (percent units). Binary floating point never touches a rule's arithmetic.

export interface Getal {
  readonly t: bigint;
  readonly n: bigint;
}

export class DelingDoorNul extends Error {
  constructor() {
    super('deling door nul');
    this.name = 'DelingDoorNul';
  }
}

/**
 * A value whose numerator or denominator needs more than MAX_BITS bits (about 12,000 decimal
 * digits) is a calculation error. Without a bound a fold like `acc * x` over inputs of 1e9999
 * multiplies into millions of digits and runs for minutes. Every exact result passes
 * through `genormaliseerd`, which both engines use, so both stop at the same step with the same
 * message. No policy comes near: the largest input the JSON reader accepts, 10^±10000, has 33,220
 * bits.
 */
export const MAX_BITS = 40000;
const GRENS = 1n << BigInt(MAX_BITS);
const MIN_GRENS = -GRENS;

export class GetalTeGroot extends Error {
  constructor() {
    super('rekenfout: een tussenwaarde heeft meer dan 12.000 cijfers; zo groot rekent een regeling niet');
    this.name = 'GetalTeGroot';
  }
}

export type Afronding = 'naar beneden' | 'naar boven' | 'rekenkundig' | 'bankiers';

function abs(x: bigint): bigint {
  return x < 0n ? -x : x;
}

function ggd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function naarBigint(x: bigint | number): bigint {
  if (typeof x === 'bigint') return x;
  if (!Number.isSafeInteger(x)) throw new RangeError(`geen veilig geheel getal: ${x}`);
  return BigInt(x);
}

function genormaliseerd(t: bigint, n: bigint): Getal {
  if (n === 0n) throw new DelingDoorNul();
  if (n < 0n) {
    t = -t;
    n = -n;
  }
  const g = ggd(t, n);
  // g is 0 only when t is 0 (n > 0 here), so gcd(0, n) = n gives 0/1.
  t /= g;
  n /= g;
  // Two comparisons, cheap: bigints of different lengths compare by length.
  if (t >= GRENS || t <= MIN_GRENS || n >= GRENS) throw new GetalTeGroot();
  return { t, n };
}

export function getal(t: bigint | number, n: bigint | number = 1n): Getal {
  return genormaliseerd(naarBigint(t), naarBigint(n));
}

export const NUL: Getal = getal(0n);
export const EEN: Getal = getal(1n);
export const HONDERD: Getal = getal(100n);

export function plus(a: Getal, b: Getal): Getal {
  return genormaliseerd(a.t * b.n + b.t * a.n, a.n * b.n);
}

export function min(a: Getal, b: Getal): Getal {
  return genormaliseerd(a.t * b.n - b.t * a.n, a.n * b.n);
}

export function maal(a: Getal, b: Getal): Getal {
  return genormaliseerd(a.t * b.t, a.n * b.n);
}

export function gedeeldDoor(a: Getal, b: Getal): Getal {
  if (b.t === 0n) throw new DelingDoorNul();
  return genormaliseerd(a.t * b.n, a.n * b.t);
}

export function negatief(a: Getal): Getal {
  return { t: -a.t, n: a.n };
}

export function vergelijk(a: Getal, b: Getal): -1 | 0 | 1 {
  const l = a.t * b.n;
  const r = b.t * a.n;
  return l < r ? -1 : l > r ? 1 : 0;
}

export function gelijk(a: Getal, b: Getal): boolean {
  // Normalised form makes structural equality numeric equality.
  return a.t === b.t && a.n === b.n;
}

export function isGeheel(a: Getal): boolean {
  return a.n === 1n;
}

// Floor division for n > 0 (bigint `/` truncates towards zero).
function vloer(t: bigint, n: bigint): bigint {
  const q = t / n;
  return t % n !== 0n && t < 0n ? q - 1n : q;
}

/** The most decimals a rounding may ask for: 10^1000 is still a small bigint, 10^(10^9) is not. */
export const MAX_DECIMALEN = 1000;

/** Both engines check the drafter's number of decimals here, so they fail (or not) alike. */
export function controleerDecimalen(d: number): void {
  if (!Number.isInteger(d) || d < 0 || d > MAX_DECIMALEN) throw new RangeError(`afronden kan op 0 tot en met ${MAX_DECIMALEN} hele decimalen, niet op ${String(d).replace('.', ',')}`);
}

export function afronden(a: Getal, decimalen: number, richting: Afronding): Getal {
  controleerDecimalen(decimalen);
  const schaal = 10n ** BigInt(decimalen);
  const t = a.t * schaal;
  let r: bigint;
  switch (richting) {
    case 'naar beneden':
      r = vloer(t, a.n);
      break;
    case 'naar boven':
      r = -vloer(-t, a.n);
      break;
    case 'rekenkundig': {
      // floor(|x| + 1/2), sign restored afterwards: half away from zero.
      const m = vloer(2n * abs(t) + a.n, 2n * a.n);
      r = t < 0n ? -m : m;
      break;
    }
    case 'bankiers': {
      // Half to even, symmetric: round |x| and restore the sign, so -2,5 goes to -2 like 2,5 to 2.
      const a2 = abs(t);
      const q = a2 / a.n;
      const rest2 = 2n * (a2 - q * a.n);
      const m = rest2 > a.n || (rest2 === a.n && q % 2n === 1n) ? q + 1n : q;
      r = t < 0n ? -m : m;
      break;
    }
  }
  return genormaliseerd(r, schaal);
}

// Bounds the exponent so hostile input like "1e999999999" cannot allocate a huge bigint;
// doubles need at most about 10^±400.
const MAX_EXPONENT = 10000;
const DECIMAAL = /^([+-])?(\d+)(?:[.,](\d+))?(?:[eE]([+-]?\d+))?$/;

export function vanDecimaleTekst(s: string): Getal | null {
  const m = DECIMAAL.exec(s.trim());
  if (!m) return null;
  const [, teken, heel, fractie = '', exp = '0'] = m;
  const e = Number(exp) - fractie.length;
  if (!Number.isSafeInteger(e) || Math.abs(e) > MAX_EXPONENT) return null;
  let t = BigInt(heel + fractie);
  if (teken === '-') t = -t;
  return e >= 0 ? genormaliseerd(t * 10n ** BigInt(e), 1n) : genormaliseerd(t, 10n ** BigInt(-e));
}

const MACHTEN = Array.from({ length: 16 }, (_, k) => 10 ** k);

export function vanJsNumber(x: number): Getal | null {
  if (!Number.isFinite(x)) return null;
  return kortsteDecimaal(x) ?? vanDecimaleTekst(String(x));
}

/**
 * The shortest decimal that round-trips to x, which is what the author meant by 0.1 (and what
 * String(x) writes), without the string: the smallest k for which m / 10^k is exactly x with m
 * a whole number. Only up to 15 significant digits, where that decimal is unique; otherwise null
 * and the caller takes the string route. A test checks both routes agree.
 */
export function kortsteDecimaal(x: number): Getal | null {
  for (let k = 0; k < MACHTEN.length; k++) {
    const macht = MACHTEN[k]!;
    const m = Math.round(x * macht);
    if (Math.abs(m) >= 1e15) return null;
    if (m / macht === x) {
      // reduce while still in doubles: m and 10^k share only factors 2 and 5
      let t = m, n = macht;
      while (n % 2 === 0 && t % 2 === 0) { t /= 2; n /= 2; }
      while (n % 5 === 0 && t % 5 === 0) { t /= 5; n /= 5; }
      return { t: BigInt(t), n: BigInt(n) };
    }
  }
  return null;
}

function bitLengte(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

export function naarJsNumber(a: Getal): number {
  // Correctly rounded (ties to even) straight from the fraction, so terminating and
  // non-terminating values both get the nearest double without decimal-string detours.
  if (a.t === 0n) return 0;
  const p = abs(a.t);
  const q = a.n;
  let e = Math.max(bitLengte(p) - bitLengte(q) - 53, -1074);
  if (e > 1024) return a.t < 0n ? -Infinity : Infinity;
  const deel = (exp: number): [bigint, bigint, bigint] => {
    const teller = exp >= 0 ? p : p << BigInt(-exp);
    const noemer = exp >= 0 ? q << BigInt(exp) : q;
    return [teller / noemer, teller % noemer, noemer];
  };
  let [m, rest, noemer] = deel(e);
  if (m >= 1n << 53n) [m, rest, noemer] = deel(++e);
  else if (m < 1n << 52n && e > -1074) [m, rest, noemer] = deel(--e);
  const dubbel = 2n * rest;
  if (dubbel > noemer || (dubbel === noemer && (m & 1n) === 1n)) m += 1n;
  const waarde = Number(m) * 2 ** e;
  return a.t < 0n ? -waarde : waarde;
}

export function decimalen(a: Getal): number | null {
  let n = a.n;
  let twee = 0;
  let vijf = 0;
  while (n % 2n === 0n) {
    n /= 2n;
    twee++;
  }
  while (n % 5n === 0n) {
    n /= 5n;
    vijf++;
  }
  return n === 1n ? Math.max(twee, vijf) : null;
}

export function naarDecimaleTekst(a: Getal, opts: { komma?: boolean; maxDecimalen?: number } = {}): string {
  let x = a;
  let d = decimalen(x);
  if (d === null) {
    x = afronden(x, opts.maxDecimalen ?? 10, 'rekenkundig');
    d = decimalen(x) ?? 0;
  }
  const schaal = 10n ** BigInt(d);
  const v = (abs(x.t) * schaal) / x.n; // exact: x.n divides 10^d
  const heel = (v / schaal).toString();
  const fractie = d > 0 ? (opts.komma ? ',' : '.') + (v % schaal).toString().padStart(d, '0') : '';
  return (x.t < 0n ? '-' : '') + heel + fractie;
}

export function naarGeheel(a: Getal): number {
  if (!isGeheel(a)) throw new RangeError(`geen geheel getal: ${naarDecimaleTekst(a)}`);
  const x = Number(a.t);
  if (!Number.isSafeInteger(x)) throw new RangeError(`geheel getal te groot: ${a.t}`);
  return x;
}

/**
 * A number read from JSON text with its digits kept (`leesJsonTekst`), so `19.9999999999999999`
 * stays that and is not rounded to the double 20 before exact arithmetic. The brand is a
 * registered symbol, so a value made by one copy of this module (the interpreter) is recognised by
 * another (a compiled module's runtime), and a JSON object `{"decimaal": "5"}` is never a number.
 */
export interface ExactGetal {
  readonly decimaal: string;
  readonly [EXACT]: true;
}

export const EXACT: unique symbol = Symbol.for('regelwerk.exactGetal');

export function exactGetal(decimaal: string): ExactGetal {
  return Object.freeze({ decimaal, [EXACT]: true as const });
}

export function isExactGetal(x: unknown): x is ExactGetal {
  return typeof x === 'object' && x !== null && (x as { [EXACT]?: unknown })[EXACT] === true && typeof (x as { decimaal?: unknown }).decimaal === 'string';
}

/** Beyond this many digits before the comma (or zeros after it), a number reads as `1,5·10^400`. */
const MAX_CIJFERS = 21;
/** Significant digits a shortened number keeps. */
const SIGNIFICANT = 15;

/**
 * A number as a Dutch reader reads it, for every message and explanation: decimal comma (`14,001`,
 * never `14.001`, which reads as fourteen thousand and one), all decimals of an exact decimal, and
 * a huge or tiny number shortened to `1·10^400` / `-2,5·10^-30` instead of hundreds of digits.
 */
export function schrijfDecimaal(a: Getal): string {
  const d = decimalen(a);
  const t = abs(a.t);
  if (t === 0n) return '0';
  // exponent e with 10^e <= |a| < 10^(e+1), from the digit counts of numerator and denominator
  let e = t.toString().length - a.n.toString().length;
  const macht = (k: number): Getal => (k >= 0 ? getal(10n ** BigInt(k)) : getal(1n, 10n ** BigInt(-k)));
  const absA = getal(t, a.n);
  if (vergelijk(absA, macht(e)) < 0) e--;
  const klein = d === null ? e < -10 : -e > MAX_CIJFERS;
  if (e < MAX_CIJFERS && !klein) return naarDecimaleTekst(a, { komma: true });
  // mantissa |a| / 10^e in [1, 10), rounded to SIGNIFICANT digits
  let m = afronden(gedeeldDoor(absA, macht(e)), SIGNIFICANT - 1, 'rekenkundig');
  if (vergelijk(m, getal(10n)) >= 0) {
    e++;
    m = afronden(gedeeldDoor(absA, macht(e)), SIGNIFICANT - 1, 'rekenkundig');
  }
  return `${a.t < 0n ? '-' : ''}${naarDecimaleTekst(m, { komma: true })}·10^${e}`;
}

/**
 * A number of this type as the drafter writes it: `17,5`, `-7,5%`, and amounts: whole euros as
 * `€ 10`, with cents always two decimals (`€ 2,50`, never `€ 2,5`), an exact intermediate amount
 * with every decimal it has (`€ 39371,904`). The one notation for both engines' messages, explanations and test output.
 */
export function schrijfInSoort(a: Getal, soort: string): string {
  if (soort === 'bedrag') {
    const tekst = schrijfDecimaal(a);
    // an amount with no end to its decimals (€ 1 / 3) is written rounded, as any such number
    return `€ ${decimalen(a) === null ? tekst : bedragCijfers(tekst)}`;
  }
  return soort === 'percentage' ? `${schrijfDecimaal(a)}%` : schrijfDecimaal(a);
}

/**
 * The digits of an amount with cents as drafters write them: one decimal gets a second (`2,5` ->
 * `2,50`, never `€ 2,5`); whole euros (`10`), more decimals (`39371,904`) and a shortened number
 * (`1,5·10^21`) stay as they are. `cijfers` are the amount's digits with a decimal comma. The one
 * cents notation: messages, explanations, pasteable examples and the playground's form use it.
 */
export function bedragCijfers(cijfers: string): string {
  return /,\d$/.test(cijfers) ? `${cijfers}0` : cijfers;
}
