// The local names the checker bound (Gecontroleerd.lokaleNamen) are the scopes the language
// services' completion, hover and references use: a name at an offset means the innermost binding
// whose binder contains it (compiler/diensten/namen.ts). For every local name the checker resolved, in every policy,
// the stdlib and generated nests of binders with shadowing names, that rule finds the binding the
// checker used, with the type the checker gave it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { laad } from '../../language/index.js';
import type { Gecontroleerd, LokaleNaam } from '../../language/checker.js';
import { alleExpressies, wortelExpressies } from '../../language/walk.js';
import { schrijfType, zonderLeeg } from '../../runtime/typen.js';
import { ingebouwdeStdlib } from '../../stdlib/index.js';

const ROOT = join(import.meta.dirname, '../..');
const KOP = 'regeling T\n  bron "test"\n';

/** The binding the editor picks for `naam` at `offset`: the smallest binder around it. */
function binnenste(g: Gecontroleerd, naam: string, offset: number): LokaleNaam | undefined {
  return g.lokaleNamen.filter((l) => l.naam === naam && l.binder.offset <= offset && offset <= l.binder.eind)
    .sort((a, b) => (a.binder.eind - a.binder.offset) - (b.binder.eind - b.binder.offset))[0];
}

/** Every reference the checker resolved to a local name, against the editor's choice; returns how many. */
function vergelijk(g: Gecontroleerd): number {
  let n = 0;
  for (const e of wortelExpressies(g.bestand).flatMap((w) => [...alleExpressies(w)])) {
    if (e.kind !== 'Naam' || g.bindingen.get(e)?.kind !== 'lokaal') continue;
    const l = binnenste(g, e.naam, e.plek.offset);
    expect(l, `lokale naam '${e.naam}' op regel ${e.plek.regel}`).toBeDefined();
    // the reference may be narrowed (`x is leeg` tested before): compare without `of leeg`
    expect(schrijfType(zonderLeeg(g.typen.get(e)!)), `type van '${e.naam}' op regel ${e.plek.regel}`).toBe(schrijfType(zonderLeeg(l!.type)));
    n++;
  }
  return n;
}

describe('local names: the checker\'s scopes are the editor\'s', () => {
  it('every policy and stdlib module', () => {
    let n = 0;
    for (const f of readdirSync(join(ROOT, 'policies')).filter((x) => x.endsWith('.regel'))) {
      n += vergelijk(laad(readFileSync(join(ROOT, 'policies', f), 'utf8'), f, ingebouwdeStdlib).gecontroleerd);
    }
    for (const f of readdirSync(join(ROOT, 'stdlib')).filter((x) => x.endsWith('.regel'))) {
      n += vergelijk(laad(readFileSync(join(ROOT, 'stdlib', f), 'utf8'), f, ingebouwdeStdlib).gecontroleerd);
    }
    expect(n).toBeGreaterThan(20);
  });

  it('function parameters, a fold\'s accumulator with the type it grew to, and shadowing', () => {
    const g = laad(`${KOP}invoer xs: lijst van getal\ninvoer ds: lijst van datum\nuitvoer u: lijst van getal\nuitvoer v: ja/nee\n`
      + 'functie dubbel(x: getal): getal is x * 2\n'
      + 'regel u is vouw x in xs met acc beginnend bij []: acc + [dubbel(x)]\n'
      + 'regel v is er is een x in ds waarvoor (er is een x in u waarvoor x is groter dan 2)\n', 't.regel').gecontroleerd;
    const kort = g.lokaleNamen.map((l) => `${l.naam}: ${schrijfType(l.type)} @${l.plek.regel}:${l.plek.kolom}`);
    expect(kort).toEqual(['x: getal @8:17', 'acc: lijst van getal @8:29', 'x: datum @9:22', 'x: getal @9:50', 'x: getal @7:16']);
    expect(vergelijk(g)).toBe(4);
  });

  it('generated nests of binders over shadowing names', () => {
    const NAMEN = ['a', 'b', 'c'] as const;
    type Nest = { readonly vorm: 'een' | 'alle' | 'elk'; readonly naam: string; readonly lijst: string; readonly binnen: Nest | null; readonly gebruik: string };
    const nest: fc.Memo<Nest> = fc.memo((d) => fc.record({
      vorm: fc.constantFrom('een' as const, 'alle' as const, 'elk' as const),
      naam: fc.constantFrom(...NAMEN),
      // a list of numbers or of dates, so a wrong binding has a wrong type
      lijst: fc.constantFrom('xs', 'ds'),
      binnen: d > 1 ? fc.option(nest(d - 1), { nil: null }) : fc.constant(null),
      gebruik: fc.constantFrom(...NAMEN),
    }));
    // innermost, a condition on a bound name (the one used if bound, else this binder's own)
    const tekst = (n: Nest, gebonden: ReadonlySet<string>): string => {
      const binnen = new Set([...gebonden, n.naam]);
      const v = binnen.has(n.gebruik) ? n.gebruik : n.naam;
      const test = n.binnen ? `(${tekst(n.binnen, binnen)})` : `${v} is ${v}`;
      if (n.vorm === 'elk') return `aantal (elke ${n.naam} in ${n.lijst} waarvoor ${test}) is groter dan 0`;
      return n.vorm === 'een' ? `er is een ${n.naam} in ${n.lijst} waarvoor ${test}` : `voor alle ${n.naam} in ${n.lijst} geldt ${test}`;
    };
    fc.assert(fc.property(nest(4), (n) => {
      const r = laad(`${KOP}invoer xs: lijst van getal\ninvoer ds: lijst van datum\nuitvoer v: ja/nee\nregel v is ${tekst(n, new Set())}\n`, 't.regel');
      expect(r.diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
      expect(vergelijk(r.gecontroleerd)).toBeGreaterThan(0);
    }), { numRuns: 100 });
  });
});
