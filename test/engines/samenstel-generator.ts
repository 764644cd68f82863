// The generator of samenstel.test.ts: random well-typed policies in which the constructs of the
// calendar and the law's structure (tijdsduur, jaar/maand/dag van, de datum met, P op D on a local
// dated table and on the stdlib's minimumuurloon, parameters as exact arithmetic, exceptions to
// exceptions, reeks, unit words as names, eis on a list, functions in table cells) are composed
// with each other and with the older ones in every position; and inputs, peildatums and
// parameters given as with --parameter that hit month ends, 29 February and the edges of the tables.
import fc from 'fast-check';

/** Expressions of one policy by type and depth. */
interface Taal {
  /** a `datum` */
  readonly datum: (d: number) => fc.Arbitrary<string>;
  /** a whole number (a `geheel getal`, or arithmetic on them): usable as a count of days or months */
  readonly geheel: (d: number) => fc.Arbitrary<string>;
  /** any `getal` */
  readonly getal: (d: number) => fc.Arbitrary<string>;
  readonly janee: (d: number) => fc.Arbitrary<string>;
}

const EENHEID = ['dagen', 'weken', 'maanden', 'jaren', 'dag', 'maand'] as const;
const IN = ['hele jaren', 'hele maanden', 'hele weken', 'dagen'] as const;

/** The names an expression may read: a rule's inputs, or a function's parameters. */
interface Namen {
  readonly datum: readonly string[];
  /** whole numbers that stay small (a bound of a range, a count of months) */
  readonly klein: readonly string[];
  /** whole numbers of any size (a year) */
  readonly geheel: readonly string[];
  readonly getal: readonly string[];
  readonly janee: readonly string[];
  /** numbers that may be a fraction where a whole one belongs (the bound of a range) */
  readonly breuk: readonly string[];
  /** a `lijst van geheel getal` that is read, or none */
  readonly lijst: string | null;
  /** `h(...)` may be called (not in h's own body) */
  readonly h: boolean;
}

/**
 * What a rule reads: `l` a list input under an `eis`, `c` a record input with the fields `jaar`,
 * `maand` and `dag`, `lj` a list of records with a field `jaar` under an `eis` on the list soort.
 */
const REGEL: Namen = {
  datum: ['a', 'b', 'peildatum', 'c.dag'], klein: ['n', 'c.maand', '(aantal l)', '(aantal lj)'], geheel: ['c.jaar', '(som van lj.jaar)'],
  getal: ['x', 'deel', 'tarief', '(som van l)', '(som van lj.uren)'], breuk: ['x'], janee: ['p', 'q', 'r', '(niet p)'], lijst: 'l', h: true,
};

/** What the body of `h(jaar, dag, week)` reads: its parameters, unit words all three. */
const FUNCTIE: Namen = {
  datum: ['dag', 'peildatum'], klein: ['(jaar - 2024)'], geheel: ['jaar'], getal: ['deel', 'tarief'], breuk: ['deel'], janee: ['week', '(niet week)'], lijst: null, h: false,
};

/**
 * The expression generator over `namen`. `deel` and `tarief` are the policy's constant and dated
 * parameters, `maandnummer`, `leeftijd`, `eersteVan` and `h` its functions (with unit words as
 * parameter names).
 */
function taal(namen: Namen, breuken: boolean): Taal {
  const datum: fc.Arbitrary<string>[] = [];
  const geheel: fc.Arbitrary<string>[] = [];
  const getal: fc.Arbitrary<string>[] = [];
  const janee: fc.Arbitrary<string>[] = [];
  for (let d = 0; d <= 3; d++) {
    const datumBlad = fc.constantFrom(...namen.datum, '2024-02-29', '2025-01-31', '2026-12-31');
    const geheelBlad = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...namen.klein, ...namen.geheel) },
      { weight: 2, arbitrary: fc.constantFrom('0', '1', '2', '12', '29', '31', '-1') },
    );
    if (d === 0) {
      datum.push(datumBlad);
      geheel.push(geheelBlad);
      // a constant like 1 / 3 (no fast path for the policy then) in any position of a number
      getal.push(fc.oneof(
        { weight: 3, arbitrary: geheelBlad },
        { weight: 2, arbitrary: fc.constantFrom(...namen.getal, '0,5') },
        ...(breuken ? [{ weight: 1, arbitrary: fc.constantFrom('(1 / 3)', '(2 / 7)') }] : []),
      ));
      janee.push(fc.constantFrom(...namen.janee));
      continue;
    }
    const D = datum[d - 1]!;
    const G = geheel[d - 1]!;
    const N = getal[d - 1]!;
    const B = janee[d - 1]!;
    const G0 = geheel[0]!;
    datum.push(fc.oneof(
      { weight: 3, arbitrary: datumBlad },
      { weight: 2, arbitrary: fc.tuple(D, fc.constantFrom('+', '-'), G0, fc.constantFrom(...EENHEID)).map(([x, op, n, e]) => `(${x} ${op} ${n} ${e})`) },
      // mostly a date that exists; a month end or 29 February in another month or year does not
      { weight: 1, arbitrary: fc.tuple(fc.oneof(D.map((x) => `jaar van ${x}`), fc.constantFrom(...namen.geheel, '2024')), fc.oneof(D.map((x) => `maand van ${x}`), fc.constantFrom(...namen.klein, '1', '2', '12')), fc.oneof({ weight: 3, arbitrary: D.map((x) => `dag van ${x}`) }, { weight: 3, arbitrary: fc.constantFrom('1', '28') }, { weight: 1, arbitrary: fc.constantFrom(...namen.klein, ...namen.breuk, '29', '31') }))
        .map(([j, m, dg]) => `(de datum met jaar ${j}, maand ${m} en dag ${dg})`) },
      // a real date built from the parts of two dates: impossible on 31 April, 29 February 2025
      { weight: 1, arbitrary: fc.tuple(D, D).map(([x, y]) => `(de datum met jaar jaar van ${x}, maand maand van ${y} en dag dag van ${x})`) },
      // a date taken apart and built again, perhaps some years later: 29 February comes back, or does not exist
      { weight: 2, arbitrary: fc.tuple(D, fc.constantFrom('', '', ' + 4', ' + 1', ' - n')).map(([x, k]) => `(de datum met jaar (jaar van ${x}${k}), maand maand van ${x} en dag dag van ${x})`) },
      { weight: 1, arbitrary: fc.oneof(D.map((x) => `jaar van ${x}`), fc.constantFrom(...namen.geheel), G).map((j) => `eersteVan(${j})`) },
      { weight: 1, arbitrary: fc.tuple(B, D, D).map(([c, x, y]) => `(als ${c} dan ${x} anders ${y})`) },
    ));
    const tijdsduur = fc.tuple(D, D, fc.constantFrom(...IN)).map(([x, y, e]) => `(tijdsduur van ${x} tot ${y} in ${e})`);
    // a bound of a range: a few dozen elements at most, so a sum over it stays quick (the months
    // between dates of the inputs, not between a built date in year 31 and one in 2024)
    const D0 = datum[0]!;
    const K = fc.oneof(
      fc.constantFrom(...namen.klein, ...namen.breuk, '0', '1', '12', '-1'),
      fc.tuple(fc.constantFrom('maand', 'dag'), D).map(([w, x]) => `(${w} van ${x})`),
      fc.tuple(D0, D0).map(([x, y]) => `(tijdsduur van ${x} tot ${y} in hele maanden)`),
    );
    geheel.push(fc.oneof(
      { weight: 3, arbitrary: geheelBlad },
      { weight: 3, arbitrary: tijdsduur },
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom('jaar', 'maand', 'dag'), D).map(([w, x]) => `(${w} van ${x})`) },
      { weight: 1, arbitrary: fc.tuple(G, fc.constantFrom('+', '-'), G).map(([x, op, y]) => `(${x} ${op} ${y})`) },
      { weight: 1, arbitrary: fc.tuple(K, K).map(([x, y]) => `(aantal (reeks van ${x} tot en met ${y}))`) },
      { weight: 1, arbitrary: fc.tuple(D, D).map(([x, y]) => `leeftijd(${x}, ${y})`) },
      { weight: 1, arbitrary: fc.tuple(B, G, G).map(([c, x, y]) => `(als ${c} dan ${x} anders ${y})`) },
    ));
    getal.push(fc.oneof(
      { weight: 3, arbitrary: geheel[d]! },
      { weight: 1, arbitrary: fc.constantFrom(...namen.getal) },
      ...(breuken ? [{ weight: 1, arbitrary: fc.constantFrom('(1 / 3)', '(2 / 7)') }] : []),
      { weight: 2, arbitrary: D.map((x) => `(tarief op ${x})`) },
      { weight: 1, arbitrary: fc.tuple(K, K).map(([x, y]) => `(som van (reeks van ${x} tot en met ${y}))`) },
      // unit words as bound variables
      { weight: 1, arbitrary: K.map((x) => `(som van (elk jaar in reeks van 1 tot en met ${x} geeft jaar * deel))`) },
      { weight: 1, arbitrary: fc.tuple(G, G).map(([x, y]) => `maandnummer(${x}, ${y})`) },
      ...(namen.h ? [{ weight: 1, arbitrary: fc.tuple(G, D, B).map(([j, x, c]) => `h(${j}, ${x}, ${c})`) }] : []),
      { weight: 2, arbitrary: fc.tuple(N, fc.constantFrom('+', '-', '*'), N).map(([x, op, y]) => `(${x} ${op} ${y})`) },
      { weight: 1, arbitrary: fc.tuple(B, N, N).map(([c, x, y]) => `(als ${c} dan ${x} anders ${y})`) },
    ));
    janee.push(fc.oneof(
      { weight: 2, arbitrary: janee[0]! },
      { weight: 2, arbitrary: fc.tuple(D, fc.constantFrom('is na', 'is voor', 'is', 'is ten minste'), D).map(([x, op, y]) => `(${x} ${op} ${y})`) },
      { weight: 2, arbitrary: fc.tuple(N, fc.constantFrom('is groter dan', 'is ten hoogste', 'is', 'is niet'), N).map(([x, op, y]) => `(${x} ${op} ${y})`) },
      { weight: 2, arbitrary: fc.tuple(G, fc.constantFrom('is een van', 'is geen van'), fc.array(G, { minLength: 1, maxLength: 3 })).map(([x, op, ys]) => `(${x} ${op} (${ys.join(', ')}))`) },
      { weight: 1, arbitrary: fc.tuple(K, K, G).map(([x, y, z]) => `(er is een w in reeks van ${x} tot en met ${y} waarvoor w is ${z})`) },
      ...(namen.lijst === null ? [] : [
        { weight: 1, arbitrary: G.map((x) => `(voor alle jaar in ${namen.lijst} geldt jaar is ten minste ${x})`) },
        { weight: 1, arbitrary: fc.tuple(D, N).map(([x, y]) => `(er is een jaar in lj waarvoor jaar.jaar is jaar van ${x} en jaar.uren is groter dan ${y})`) },
      ]),
      // durations of one kind compared: days with days, months with months
      { weight: 1, arbitrary: fc.tuple(D, D, G0).map(([x, y, n]) => `((${y} - ${x}) is groter dan ${n} weken)`) },
      { weight: 1, arbitrary: fc.tuple(G0, G0).map(([x, y]) => `((${x} maanden + 1 jaar) is ten minste ${y} maanden)`) },
      { weight: 2, arbitrary: fc.tuple(B, fc.constantFrom('en', 'of'), B).map(([x, op, y]) => `(${x} ${op} ${y})`) },
    ));
  }
  return { datum: (d) => datum[d]!, geheel: (d) => geheel[d]!, getal: (d) => getal[d]!, janee: (d) => janee[d]! };
}

// ---- the fixed part: parameters, types, inputs, functions ----

/** Constant expressions for a parameter: exact, with finitely many decimals or not (`1 / 3`). */
const EINDIG = ['1', '2,5', '1 / 4', '(3 + 1) / 2', '10 - 3 * 2', '-1 / 8', '12,5% van 4'];
const ONEINDIG = ['1 / 3', '2 / 7', '(1 + 1) / 3'];
/** Where rows of the local dated table begin and end: month ends, 29 February, near the peildatums. */
const RIJDATA = ['2023-06-01', '2024-01-01', '2024-02-29', '2024-07-01', '2025-01-31', '2025-03-01', '2025-12-31', '2026-01-01', '2026-02-28', '2026-07-01'];

/** `parameter tarief` with 1 to 4 rows at random dates, some with a `tot`, and `parameter deel`. */
function parameters(eindig: boolean): fc.Arbitrary<string[]> {
  const waarde = fc.constantFrom(...EINDIG, ...(eindig ? [] : ONEINDIG));
  return fc.tuple(
    // a first row before every peildatum; a `tot` in one row of five
    fc.tuple(fc.constantFrom(0, 1), fc.uniqueArray(fc.nat({ max: RIJDATA.length - 1 }), { maxLength: 3 }))
      .map(([eerste, xs]) => [...new Set([eerste, ...xs])].sort((a, b) => a - b)),
    fc.array(fc.tuple(waarde, fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat() })), { minLength: 4, maxLength: 4 }),
    waarde,
  ).map(([rijen, waarden, deel]) => [
    'parameter tarief: getal',
    '  bron "tarieventabel"',
    ...rijen.map((r, i) => {
      const [w, tot] = waarden[i]!;
      // a `tot` on or after its own vanaf and before the next row's: a gap until that row
      const eind = i + 1 < rijen.length ? rijen[i + 1]! - 1 : RIJDATA.length - 1;
      const t = tot === null || eind < r ? '' : ` tot ${RIJDATA[r + (tot % (eind - r + 1))]}`;
      return `  vanaf ${RIJDATA[r]}${t} is ${w}`;
    }),
    `parameter deel: getal is ${deel}`,
    '  bron "een deel"',
  ]);
}

const KOP = [
  'soort Jaren is lijst van geheel getal',
  '  eis voor alle v in Jaren geldt v is ten minste 0 melding "een jaar is niet negatief"',
  'soort Periode is gegevens { jaar: geheel getal, maand: geheel getal, dag: datum }',
  'invoer a: datum',
  'invoer b: datum',
  'invoer n: geheel getal',
  'invoer x: getal',
  'invoer p: ja/nee',
  'invoer q: ja/nee',
  'invoer r: ja/nee',
  'invoer l: Jaren',
  '  eis aantal l is ten hoogste 3 melding "ten hoogste drie jaren"',
  'invoer c: Periode',
  'soort Loonjaar is gegevens { jaar: geheel getal, uren: getal }',
  'soort Loonjaren is lijst van Loonjaar',
  '  eis voor alle a in Loonjaren geldt aantal (elke b in Loonjaren waarvoor b.jaar = a.jaar) = 1',
  '    melding "een jaar staat er twee keer in"',
  'invoer lj: Loonjaren',
  'functie maandnummer(jaar: getal, maand: getal): getal is jaar * 12 + maand',
  '  bron "telling van maanden"',
  'functie leeftijd(geboren: datum, dag: datum): geheel getal is tijdsduur van geboren tot dag in hele jaren',
  '  bron "BW 1:2"',
  'functie eersteVan(jaar: getal): datum is de datum met jaar jaar, maand 1 en dag 1',
];

/**
 * An exception tree: labels u0..u(n-1), each with a parent among the earlier ones of depth < 3 or
 * none, written in a random order; "u1" is on "u0".
 */
function uitzonderingen(t: Taal): fc.Arbitrary<string[]> {
  const voorwaarde = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('p', 'q', 'r', 'niet p', 'p en q', 'q en niet r', 'p en r', 'ja') },
    { weight: 2, arbitrary: t.janee(1) },
  );
  const waarde = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('1', '2', '3', '4') }, { weight: 1, arbitrary: t.getal(1) });
  return fc.integer({ min: 2, max: 5 }).chain((n) => fc.tuple(
    // a root in one case of three: more exceptions to exceptions than siblings that conflict
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 2 }).map((k) => k === 0), voorwaarde, waarde, fc.boolean()), { minLength: n, maxLength: n }),
    fc.array(fc.double({ noNaN: true }), { minLength: n, maxLength: n }),
  )).map(([xs, sleutels]) => {
    const ouders: (number | null)[] = [];
    const voorwaarden: string[] = [];
    const diepte = (i: number): number => (ouders[i] === null ? 1 : 1 + diepte(ouders[i]!));
    xs.forEach(([o, zonder, c, , zoalsOuder], i) => {
      const kandidaten = ouders.map((_, j) => j).filter((j) => diepte(j) < 3);
      // "u1" is an exception to "u0" that applies with it, so every tree overrides on some inputs
      const ouder = i === 1 ? 0 : zonder || kandidaten.length === 0 ? null : kandidaten[o % kandidaten.length]!;
      ouders.push(ouder);
      // half of the other exceptions to an exception apply with their parent, which they then override
      voorwaarden.push(ouder !== null && (zoalsOuder || i === 1) ? voorwaarden[ouder]! : c);
    });
    const volgorde = sleutels.map((k, i) => [k, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => i);
    return volgorde.map((i) => {
      const ouder = ouders[i];
      return `  uitzondering "u${i}"${ouder === null ? '' : ` op "u${ouder}"`} indien ${voorwaarden[i]} dan ${xs[i]![3]}`;
    });
  });
}

/** A decision table over calendar headers, with cells that call functions and test with the new constructs. */
function tabel(t: Taal): fc.Arbitrary<string[]> {
  const G = t.geheel(1);
  const D = t.datum(1);
  const kolom = fc.oneof(
    fc.tuple(fc.constant('getal' as const), fc.oneof(fc.constantFrom('(jaar van a)', '(maand van b)', '(tijdsduur van a tot b in hele maanden)', 'leeftijd(a, peildatum)', 'n', '(dag van c.dag)'), G, t.getal(1))),
    fc.tuple(fc.constant('datum' as const), fc.oneof(fc.constantFrom('a', 'eersteVan(n + 2024)', '(b + 1 maand)', '(de datum met jaar c.jaar, maand c.maand en dag 1)'), D)),
  );
  const cel = (soort: 'getal' | 'datum'): fc.Arbitrary<string> => {
    const w = soort === 'getal' ? fc.oneof({ weight: 3, arbitrary: G }, { weight: 1, arbitrary: t.getal(1) }) : D;
    return fc.oneof(
      { weight: 2, arbitrary: fc.constant('-') },
      { weight: 1, arbitrary: w },
      { weight: 1, arbitrary: w.map((x) => `niet ${x}`) },
      { weight: 1, arbitrary: fc.array(w, { minLength: 1, maxLength: 3 }).map((xs) => `een van ${xs.join(', ')}`) },
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom('ten minste', 'kleiner dan', 'na', 'voor'), w).map(([op, x]) => `${op} ${x}`) },
      { weight: 1, arbitrary: fc.tuple(w, w).map(([x, y]) => `${x} tot en met ${y}`) },
    );
  };
  const uit = fc.oneof(t.getal(1), fc.tuple(t.geheel(0), t.geheel(0)).map(([x, y]) => `maandnummer(${x}, ${y})`), t.datum(0).map((x) => `leeftijd(a, ${x})`),
    fc.tuple(t.geheel(0), t.datum(0), t.janee(0)).map(([j, x, c]) => `h(${j}, ${x}, ${c})`));
  return fc.tuple(fc.uniqueArray(kolom, { minLength: 1, maxLength: 2, selector: ([, k]) => k }), fc.constantFrom('eerste', 'eerste', 'uniek'), fc.boolean())
    .chain(([koppen, beleid, vangnet]) => fc.array(fc.tuple(fc.tuple(...koppen.map(([s]) => cel(s))), uit, fc.boolean()), { minLength: 1, maxLength: 4 })
      .map((rijen) => [
        `regel t: getal is tabel ${beleid}`,
        `  | ${koppen.map(([, k]) => k).join(' | ')} | t | bron |`,
        ...rijen.map(([cellen, w, bron], i) => `  | ${cellen.join(' | ')} | ${w} | ${bron ? `"rij ${i + 1}"` : '-'} |`),
        ...(vangnet ? [`  | ${koppen.map(() => '-').join(' | ')} | 0 | - |`] : []),
      ]));
}

/** A duration: in days from two dates, in months, or both (a duration of each kind, or mixed, is an output like any). */
function duurArb(t: Taal): fc.Arbitrary<string> {
  const G = t.geheel(0);
  const enkel = fc.oneof(
    fc.tuple(t.datum(1), t.datum(1), G).map(([x, y, n]) => `(${y} - ${x}) + ${n} weken`),
    fc.tuple(G, G).map(([m, n]) => `${m} maanden + ${n} dagen`),
    G.map((n) => `(${n} jaren)`),
  );
  return fc.oneof(enkel, fc.tuple(t.janee(1), enkel, enkel).map(([c, x, y]) => `als ${c} dan ${x} anders ${y}`));
}

/**
 * A policy: `e` a rule with an exception tree, `g` a number, `w` a ja/nee, `d` a date, `m` an
 * amount from minimumuurloon on dates, `t` a decision table, `k` the four units of tijdsduur, `du`
 * a duration, and a function `h` with a random body. `eindig`: every parameter and constant has
 * finitely many decimals, so the fast path can run.
 */
export const samenstelArb = (eindig: boolean): fc.Arbitrary<string> => {
  const t = taal(REGEL, !eindig);
  const f = taal(FUNCTIE, !eindig);
  return fc.tuple(
    parameters(eindig),
    t.getal(3), t.janee(3), t.datum(2),
    fc.tuple(t.datum(2), t.datum(1), t.geheel(1), t.janee(1)),
    tabel(t),
    fc.option(uitzonderingen(t), { freq: 2 }),
    fc.tuple(t.getal(2), fc.option(fc.oneof(fc.constantFrom('p', 'q', 'niet r'), t.janee(1))), uitzonderingen(t)),
    fc.tuple(...IN.map((e) => fc.tuple(t.datum(1), t.datum(1), fc.constantFrom('+', '-')).map(([x, y, op]) => `${op} tijdsduur van ${x} tot ${y} in ${e}`))),
    f.getal(2),
    duurArb(t),
  ).map(([params, g, w, d, [md1, md2, mg, mc], tab, tabUitz, [basis, indien, uitz], duren, hRomp, duur]) => [
    'regeling Samenstel',
    '  bron "test"',
    'gebruik minimumloon',
    ...params,
    ...KOP,
    `functie h(jaar: geheel getal, dag: datum, week: ja/nee): getal is ${hRomp}`,
    '  bron "een functie met een willekeurige romp"',
    // `e` first: a conflict or an empty rule is seen before another output's error
    'uitvoer e: getal', 'uitvoer g: getal', 'uitvoer w: ja/nee', 'uitvoer d: datum', 'uitvoer m: bedrag', 'uitvoer t: getal', 'uitvoer k: geheel getal', 'uitvoer du: duur',
    // a third in every policy without a fast path, besides those drawn
    `regel g: getal is ${g}${eindig ? '' : ' * (1 / 3)'}`,
    `regel w: ja/nee is ${w}`,
    `regel d: datum is ${d}`,
    `regel m: bedrag is als ${mc} dan minimumuurloon op ${md1} * ${mg} anders minimumuurloon op ${md2} + minimumuurloon`,
    ...tab,
    // in one table of two an exception tree too: it decides before the rows
    ...(tabUitz ?? []),
    // every unit of tijdsduur, each in every policy
    `regel k: geheel getal is 0 ${duren.join(' ')}`,
    `regel du: duur is ${duur}`,
    `regel e: getal is ${basis}${indien === null ? '' : ` indien ${indien}`}`,
    ...uitz,
    '',
  ].join('\n'));
};

/** The constructs a policy text draws, by the phrase that writes it. */
export const CONSTRUCTIES: readonly [string, RegExp][] = [
  ['tijdsduur in hele jaren', /tijdsduur van .* in hele jaren/],
  ['tijdsduur in hele maanden', /tijdsduur van .* in hele maanden/],
  ['tijdsduur in hele weken', /tijdsduur van .* in hele weken/],
  ['tijdsduur in dagen', /tijdsduur van .* in dagen\b/],
  ['jaar van', /\(jaar van /],
  ['maand van', /\(maand van /],
  ['dag van', /\(dag van /],
  ['de datum met', /\(de datum met jaar /],
  ['lokale parameter op een datum', /\(tarief op /],
  ['stdlib-parameter op een datum', /minimumuurloon op /],
  ['parameter als breuk', /parameter deel: getal is .*\//],
  ['breuk als constante in een expressie', /\((?:1 \/ 3|2 \/ 7)\)/],
  ['uitzonderingen op een tabel', /^ {2}\|.*\n {2}uitzondering /m],
  ['parameter als oneindige breuk', /(?:\bis|vanaf .*) \(?[12] (?:\+ 1\) )?\/ [37]\n/],
  ['uitzondering op uitzondering', /uitzondering "u\d" op "u\d"/],
  ['reeks', /reeks van /],
  ['eenheid als gebonden naam', /elk jaar in reeks|voor alle jaar in l|een jaar in lj/],
  ['eenheid als veld van een lijst', /lj\.jaar|jaar\.jaar/],
  ['functie in tabelcel', /^ {2}\|.*(?:maandnummer|leeftijd|eersteVan|h)\(.*\|$/m],
  ['functie met kalender in de romp', /^functie h\(.*(?:tijdsduur|jaar van|maand van|dag van|de datum met|tarief op)/m],
  ['kalender in tabelkop', /^ {2}\| \(?(?:jaar van|maand van|tijdsduur|dag van|leeftijd\(|eersteVan\(|\(?de datum met|\(b \+ 1 maand)/m],
  ['een van met kalender', /(?:een|geen) van [^\n]*(?:tijdsduur|jaar van|maand van|dag van|leeftijd)/],
  ['duren van een soort vergeleken', /is groter dan \S+ weken\)|maanden\)/],
];

// ---- inputs ----

const pad2 = (n: number): string => String(n).padStart(2, '0');
const lengte = (j: number, m: number): number => (m === 2 ? (j % 4 === 0 && (j % 100 !== 0 || j % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);

/**
 * A date in 2024–2027 (or the last day before the stdlib's tables begin): two in three a month
 * end, a 29 February or a day next to one, the rest anywhere.
 */
export const datumArb: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.integer({ min: 2024, max: 2027 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .map(([j, m, d]) => `${j}-${pad2(m)}-${pad2(Math.min(d, lengte(j, m)))}`),
  fc.tuple(fc.integer({ min: 2024, max: 2027 }), fc.integer({ min: 1, max: 12 })).map(([j, m]) => `${j}-${pad2(m)}-${pad2(lengte(j, m))}`),
  fc.constantFrom('2024-02-29', '2024-02-28', '2024-03-01', '2025-02-28', '2025-03-01', '2026-01-31', '2026-03-31', '2027-02-28', '2023-12-31'),
);

/** The evaluation's peildatum: at month ends and 29 February, once the day before the stdlib's tables. */
export const peildatumArb: fc.Arbitrary<string> = fc.constantFrom('2023-12-31', '2024-02-29', '2024-12-31', '2025-01-31', '2025-03-01', '2025-12-31', '2026-01-01', '2026-02-28', '2026-03-31');

/**
 * The options of an evaluation: a peildatum, and in one case of four parameters given as with
 * `--parameter` (they hold on every date, also for `P op D`), now and then one that is no value.
 */
export const optiesArb: fc.Arbitrary<{ peildatum: string; parameters?: Record<string, unknown> }> = fc.tuple(
  peildatumArb,
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.record({ tarief: fc.constantFrom(0, 1.5, 2, 'x'), deel: fc.constantFrom(0.25, 3), minimumuurloon: fc.constantFrom(14, 15.5) }, { requiredKeys: [] }) },
  ),
).map(([peildatum, parameters]) => (parameters === null ? { peildatum } : { peildatum, parameters }));

export const invoerArb = fc.record({
  a: datumArb,
  b: datumArb,
  n: fc.constantFrom(-1, 0, 1, 2, 3, 12, 29, 30),
  x: fc.constantFrom(0, 0.5, 1, 2, -1, 13),
  p: fc.boolean(),
  q: fc.boolean(),
  r: fc.boolean(),
  // a negative year or four of them breaks an `eis` (the input is refused): one in twelve
  l: fc.oneof({ weight: 11, arbitrary: fc.array(fc.constantFrom(0, 1, 2, 2024), { maxLength: 3 }) }, { weight: 1, arbitrary: fc.array(fc.constantFrom(1, -1), { minLength: 1, maxLength: 4 }) }),
  // a year twice breaks the list's `eis`: one in nine
  lj: fc.oneof(
    { weight: 8, arbitrary: fc.uniqueArray(fc.record({ jaar: fc.constantFrom(2024, 2025, 2026), uren: fc.constantFrom(0, 8, 40, 0.5) }), { maxLength: 3, selector: (r) => r.jaar }) },
    { weight: 1, arbitrary: fc.array(fc.record({ jaar: fc.constantFrom(2025), uren: fc.constantFrom(1) }), { minLength: 2, maxLength: 2 }) },
  ),
  // year 0 and month 13 make no date
  c: fc.record({ jaar: fc.constantFrom(2024, 2025, 2026, 2024, 2025, 2026, 0), maand: fc.constantFrom(1, 2, 3, 12, 1, 2, 3, 12, 13), dag: datumArb }),
});
