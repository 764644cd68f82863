// The generator of regeling-aanroep.test.ts: random pairs of a called policy (a few inputs, one
// with a range and sometimes an `eis`, a keuze, one that may be leeg; outputs that divide, that
// may be empty or in conflict, a dated parameter, sometimes a validity start) and a caller that
// calls it with arguments computed from its own inputs, at its peildatum or `op` a date input;
// and inputs that make the call fail in every way often.
import fc from 'fast-check';

export interface Paar {
  /** The called policy, `ander.regel` beside the caller. */
  readonly ander: string;
  readonly beller: string;
}

export const invoerArb = fc.record({
  p: fc.constantFrom(0, 1, 2, 10, 60, 150, -3, 0.5),
  q: fc.boolean(),
  d: fc.constantFrom('2023-12-31', '2024-06-30', '2025-07-01', '2026-02-01'),
});

export const PEILDATA = ['2024-03-01', '2025-08-01'];

/** The choices that make a pair. */
export const keuzesArb = fc.record({
  bereik: fc.boolean(),
  eis: fc.boolean(),
  geldig: fc.boolean(),
  u: fc.constantFrom('x * f', '10 / x', 'x + (als o is leeg dan 0 anders o)'),
  indien: fc.boolean(),
  hoog: fc.boolean(),
  conflict: fc.boolean(),
  w: fc.constantFrom('x > 5 of j', 'k is laag', 'o is leeg'),
  argX: fc.constantFrom('p', 'p - 50', 'p * 2'),
  argK: fc.constantFrom('laag', 'hoog', 'als q dan hoog anders laag'),
  metO: fc.boolean(),
  op: fc.boolean(),
});
export type Keuzes = typeof keuzesArb extends fc.Arbitrary<infer K> ? K : never;

export const paarArb: fc.Arbitrary<Paar> = keuzesArb.map((k) => paarVan(k));

/** The pair of these choices. */
export function paarVan(k: Keuzes): Paar {
  return {
  ander: [
    'regeling Ander',
    '  bron "de aangeroepen regeling"',
    ...(k.geldig ? ['  geldig vanaf 2024-06-01'] : []),
    `invoer x: getal${k.bereik ? ' ten minste 0' : ''}`,
    ...(k.eis ? ['  eis x < 100 melding "x is te groot"'] : []),
    'invoer k: keuze laag, hoog',
    'invoer j: ja/nee',
    'invoer o: getal of leeg',
    'uitvoer u: getal',
    '  bron "art. u"',
    'uitvoer w: ja/nee',
    'parameter f: getal',
    '  vanaf 2024-01-01 is 2',
    '  vanaf 2025-07-01 is 3',
    `regel u is ${k.u}${k.indien ? ' indien j of k is hoog' : ''}`,
    ...(k.hoog ? ['  uitzondering "hoog" indien k is hoog dan x * f'] : []),
    ...(k.conflict ? ['  uitzondering "j" indien j dan x + 1'] : []),
    `regel w is ${k.w}`,
    '',
  ].join('\n'),
  beller: [
    'regeling Beller',
    '  bron "de aanroeper"',
    'gebruik regeling ander',
    'invoer p: getal',
    'invoer q: ja/nee',
    'invoer d: datum',
    'uitvoer r: getal',
    'uitvoer s: ja/nee',
    `regel c is ander(x: ${k.argX}, k: ${k.argK}, j: q${k.metO ? ', o: p' : ''})${k.op ? ' op d' : ''}`,
    'regel r is c.u + 1',
    'regel s is ander(k: laag, j: nee, x: p).w',
    '',
  ].join('\n'),
};
}
