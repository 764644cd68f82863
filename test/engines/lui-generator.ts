// The generator of lui.test.ts: random policies with an expression that can fail in every
// position evaluated only when needed, and random inputs that make those expressions fail often.
import fc from 'fast-check';

/**
 * The inputs every generated policy declares, and the rule `vol`, leeg unless `e`. The inputs
 * take few values: `b` is 0 in a fifth of the cases, `l` is empty in a fifth and short otherwise,
 * `n` often lies outside it, so `10 / b`, `l[n]`, `eerste van l` and `vol` fail often.
 */
const KOP = `regeling Lui
  bron "test"
invoer a: getal
invoer b: getal
invoer n: geheel getal
invoer l: lijst van getal
invoer j: ja/nee
invoer e: ja/nee
uitvoer u1: getal
uitvoer u2: ja/nee
uitvoer u3: getal
regel vol: getal is a indien e
`;

export const invoerArb = fc.record({
  a: fc.constantFrom(0, 1, 2, 10, 0.5, -1),
  b: fc.constantFrom(0, 1, 2, 10, 0.5),
  n: fc.constantFrom(0, 1, 2, 3, 4),
  l: fc.oneof({ arbitrary: fc.constant([]), weight: 1 }, { arbitrary: fc.array(fc.constantFrom(0, 1, 2, 10), { minLength: 1, maxLength: 4 }), weight: 4 }),
  j: fc.boolean(),
  e: fc.boolean(),
});

/** Expressions of one policy: getal and ja/nee, by depth. */
interface Taal {
  readonly getal: (diepte: number) => fc.Arbitrary<string>;
  /** A getal that is no literal, for the left of a comparison (two constants compared would be a type error in generated code before gelijkheid). */
  readonly onderwerp: (diepte: number) => fc.Arbitrary<string>;
  readonly janee: (diepte: number) => fc.Arbitrary<string>;
}

/**
 * The expression generator. Without `deling` no division is drawn (a policy with a division has
 * no fast path, so half of the policies go without, for the fast path to be compared too).
 */
function taal(deling: boolean): Taal {
  // a date that does not exist fails too: month n = 0, day a = 0, -1 or 0,5, and 29 February 2025 (n = 2)
  const faalt = fc.constantFrom('l[n]', '(eerste van l)', '(laatste van l)', '(minimum van l)', 'vol', ...(deling ? ['(10 / b)', '(a / b)'] : []),
    '(jaar van de datum met jaar 2026, maand 1 en dag a)',
    '(tijdsduur van de datum met jaar 2024, maand 2 en dag 29 tot de datum met jaar 2025, maand n en dag 29 in hele maanden)');
  const lees = fc.constantFrom('a', 'b', 'n', '(aantal l)', '(som van l)');
  const literal = fc.constantFrom('0', '1', '2', '10', '0,5');
  const getal: fc.Arbitrary<string>[] = [];
  const onderwerp: fc.Arbitrary<string>[] = [];
  const janee: fc.Arbitrary<string>[] = [];
  const opties = (d: number): fc.Arbitrary<string> => fc.array(getal[d]!, { minLength: 1, maxLength: 4 }).map((xs) => xs.join(', '));
  for (let d = 0; d <= 3; d++) {
    const blad = fc.oneof({ arbitrary: lees, weight: 3 }, { arbitrary: faalt, weight: 1 });
    if (d === 0) {
      onderwerp.push(blad);
      getal.push(fc.oneof(blad, literal));
      janee.push(fc.oneof(
        fc.constantFrom('j', 'e', '(niet j)'),
        fc.tuple(blad, fc.oneof(blad, literal)).map(([x, y]) => `(${x} is ${y})`),
      ));
      continue;
    }
    const g = getal[d - 1]!;
    const o = onderwerp[d - 1]!;
    const b = janee[d - 1]!;
    const samengesteld = fc.oneof(
      fc.tuple(g, fc.constantFrom('+', '-'), g).map(([x, op, y]) => `(${x} ${op} ${y})`),
      fc.tuple(b, g, g).map(([c, x, y]) => `(als ${c} dan ${x} anders ${y})`),
    );
    onderwerp.push(fc.oneof({ arbitrary: blad, weight: 2 }, { arbitrary: samengesteld, weight: 1 }));
    getal.push(fc.oneof({ arbitrary: blad, weight: 2 }, { arbitrary: literal, weight: 1 }, { arbitrary: samengesteld, weight: 1 }));
    janee.push(fc.oneof(
      { arbitrary: janee[0]!, weight: 1 },
      { arbitrary: fc.tuple(o, fc.constantFrom('is', 'is niet', 'is groter dan', 'is ten hoogste'), g).map(([x, op, y]) => `(${x} ${op} ${y})`), weight: 1 },
      { arbitrary: fc.tuple(o, fc.constantFrom('is een van', 'is geen van'), opties(d - 1)).map(([x, op, y]) => `(${x} ${op} (${y}))`), weight: 3 },
      { arbitrary: fc.tuple(b, fc.constantFrom('en', 'of'), b).map(([x, op, y]) => `(${x} ${op} ${y})`), weight: 2 },
      { arbitrary: fc.tuple(b, b, b).map(([c, x, y]) => `(als ${c} dan ${x} anders ${y})`), weight: 1 },
    ));
  }
  return { getal: (d) => getal[d]!, onderwerp: (d) => onderwerp[d]!, janee: (d) => janee[d]! };
}

/** `indien` and up to two exceptions, each perhaps failing, on the next lines of a rule. */
function clausules(t: Taal, waarde: fc.Arbitrary<string>): fc.Arbitrary<string[]> {
  return fc.tuple(
    fc.oneof({ arbitrary: fc.constant(null), weight: 2 }, { arbitrary: t.janee(2), weight: 1 }),
    fc.array(fc.tuple(t.janee(2), waarde), { maxLength: 2 }),
  ).map(([indien, uitz]) => [
    ...(indien === null ? [] : [`  indien ${indien}`]),
    ...uitz.map(([c, w], i) => `  uitzondering "u${i + 1}" indien ${c} dan ${w}`),
  ]);
}

/** A decision table over one or two of a, n, b and `eerste van l`, with cells that may fail. */
function tabel(t: Taal): fc.Arbitrary<string[]> {
  const g = t.getal(1);
  const cel = fc.oneof(
    { arbitrary: fc.constant('-'), weight: 2 },
    { arbitrary: g, weight: 2 },
    { arbitrary: g.map((x) => `niet ${x}`), weight: 1 },
    { arbitrary: fc.array(g, { minLength: 1, maxLength: 3 }).map((xs) => `een van ${xs.join(', ')}`), weight: 3 },
    { arbitrary: fc.array(g, { minLength: 1, maxLength: 3 }).map((xs) => `geen van ${xs.join(', ')}`), weight: 1 },
    { arbitrary: g.map((x) => `ten minste ${x}`), weight: 1 },
    { arbitrary: g.map((x) => `kleiner dan ${x}`), weight: 1 },
    { arbitrary: fc.tuple(g, g).map(([x, y]) => `${x} tot en met ${y}`), weight: 1 },
  );
  return fc.tuple(
    fc.uniqueArray(fc.constantFrom('a', 'n', 'b', '(eerste van l)'), { minLength: 1, maxLength: 2 }),
    fc.constantFrom('eerste', 'uniek'),
    fc.constantFrom(true, true, false),
  ).chain(([koppen, beleid, vangnet]) => fc.array(fc.tuple(fc.tuple(...koppen.map(() => cel)), g), { minLength: 1, maxLength: 5 }).map((rijen) => [
    `regel u3: getal is tabel ${beleid}`,
    `  | ${koppen.join(' | ')} | u3 |`,
    ...rijen.map(([cellen, uit]) => `  | ${cellen.join(' | ')} | ${uit} |`),
    ...(vangnet ? [`  | ${koppen.map(() => '-').join(' | ')} | 0 |`] : []),
  ]));
}

/** A policy: u1 a getal, u2 a ja/nee, u3 a decision table, each with its `indien` and exceptions. */
export const regelingArb = (deling: boolean): fc.Arbitrary<string> => {
  const t = taal(deling);
  return fc.tuple(
    t.getal(3), clausules(t, t.getal(2)),
    t.janee(3), clausules(t, t.janee(2)),
    tabel(t), clausules(t, t.getal(1)),
  ).map(([g1, c1, b2, c2, t3, c3]) => [KOP, `regel u1: getal is ${g1}`, ...c1, `regel u2: ja/nee is ${b2}`, ...c2, ...t3, ...c3, ''].join('\n'));
};

// ---- two exceptions that apply together ----

/**
 * A rule type with values written as a drafter writes them: `verschillend` are pairwise unequal
 * literals (two of them make a conflict), `alle` adds expressions over the inputs, equal ones
 * written differently (`7 dagen` and `1 week`) and values that can fail.
 */
interface ConflictSoort { readonly type: string; readonly verschillend: readonly string[]; readonly alle: readonly string[] }

const CONFLICTSOORTEN: readonly ConflictSoort[] = [
  { type: 'getal', verschillend: ['1', '2', '0,5', '-1'], alle: ['1,0', 'x', '(x + 1)', '(10 / x)', 'l[x]'] },
  { type: 'getal of leeg', verschillend: ['leeg', '1', '2'], alle: ['x', '(als p dan leeg anders x)'] },
  { type: 'bedrag', verschillend: ['€ 1,50', '€ 2', '€ 0', '€ -0,01'], alle: ['(x * € 1)', '€ 1,5', '(€ 10 / x)'] },
  { type: 'percentage', verschillend: ['5%', '10%', '12,5%'], alle: ['(x * 5%)', '5,0%'] },
  { type: 'ja/nee', verschillend: ['ja', 'nee'], alle: ['p', '(niet q)', '(x is een van (1, 10 / x))'] },
  { type: 'tekst', verschillend: ['"a"', '"b"', '"c \\" d"'], alle: ['(als p dan "a" anders "b")'] },
  { type: 'datum', verschillend: ['2026-01-01', '2025-12-31', '2028-02-29'], alle: ['(2026-01-01 + x dagen)', '(2025-12-31 + 1 dag)'] },
  { type: 'duur', verschillend: ['1 dag', '2 maanden', '3 dagen'], alle: ['7 dagen', '1 week', '(x dagen)', '12 maanden', '1 jaar'] },
  { type: 'Kleur', verschillend: ['rood', 'groen', 'blauw'], alle: ['(als q dan rood anders groen)'] },
  { type: 'lijst van getal', verschillend: ['[1, 2]', '[1]', '[]'], alle: ['l', '[x]', '[1, 2,0]'] },
  { type: 'Paar', verschillend: ['{ a: 1, b: ja }', '{ a: 1, b: nee }', '{ a: 2, b: ja }'], alle: ['{ a: x, b: p }', '{ a: 1,0, b: ja }'] },
];

/** Conditions that all hold on ALLES_WAAR, so any two of them apply together there. */
const SAMEN_WAAR = ['p', 'q', '(p of q)', '(x is groter dan 0)', '(x is ten hoogste 1)', '(x is een van (1, 10 / x))', 'ja', '(aantal l is 2)'];
/** Any condition, also one that fails (`10 / x` at x = 0, `l[x]`). */
const VOORWAARDEN = [...SAMEN_WAAR, '(niet p)', '(x is 0)', '((10 / x) is 5)', '(l[x] is 1)', '(x is geen van (2, l[x]))'];

/**
 * The input on which both first exceptions of every conflict policy apply, and on which no
 * condition or value of VOORWAARDEN and CONFLICTSOORTEN fails (every exception's condition is
 * evaluated, and the value of every one that applies).
 */
export const ALLES_WAAR = { p: true, q: true, x: 1, l: [1, 2] };

export const conflictInvoerArb = fc.record({
  p: fc.boolean(),
  q: fc.boolean(),
  x: fc.constantFrom(0, 1, 2),
  l: fc.array(fc.constantFrom(1, 2), { maxLength: 2 }),
});

/**
 * A rule with exceptions "een" and "twee" that both apply on ALLES_WAAR with different values
 * (a conflict naming the two there), perhaps a third one with any condition and value, and a base
 * value; elsewhere the exceptions apply alone, together with equal values, or not at all.
 */
export const conflictArb: fc.Arbitrary<string> = fc.constantFrom(...CONFLICTSOORTEN).chain((s) => fc.tuple(
  fc.uniqueArray(fc.constantFrom(...s.verschillend), { minLength: 2, maxLength: 2 }),
  fc.constantFrom(...SAMEN_WAAR),
  fc.constantFrom(...SAMEN_WAAR),
  fc.option(fc.tuple(fc.constantFrom(...VOORWAARDEN), fc.constantFrom(...s.verschillend, ...s.alle))),
  fc.constantFrom(...s.verschillend, ...s.alle),
  fc.option(fc.constantFrom(...VOORWAARDEN)),
  fc.boolean(),
).map(([[v1, v2], c1, c2, derde, basis, indien, bron]) => [
  'regeling Conflict',
  '  bron "test"',
  'soort Kleur is keuze rood, groen, blauw',
  'soort Paar is gegevens { a: getal, b: ja/nee }',
  'invoer p: ja/nee',
  'invoer q: ja/nee',
  'invoer x: geheel getal',
  'invoer l: lijst van getal',
  `uitvoer r: ${s.type}`,
  `regel r: ${s.type} is ${basis}`,
  ...(indien === null ? [] : [`  indien ${indien}`]),
  `  uitzondering "een" indien ${c1} dan ${v1}`,
  ...(bron ? ['    bron "art. 1"'] : []),
  `  uitzondering "twee" indien ${c2} dan ${v2}`,
  ...(derde === null ? [] : [`  uitzondering "drie" indien ${derde[0]} dan ${derde[1]}`]),
  '',
].join('\n')));
