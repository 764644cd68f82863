// The kind of a duration in the checker (language/checker/duursoort.ts): comparing a duration in
// months with one in days is RW2023 exactly where runtime/duur.ts fails, and a non-whole constant
// times a duration is RW2013.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { laad } from '../../language/index.js';
import { evalueer } from '../../compiler/interpreter/interpreter.js';
import { OnvergelijkbareDuur, type Duur, vergelijkDuur } from '../../runtime/duur.js';

const KOP = 'regeling T\n  bron "test"\n';

function codes(bron: string): string[] {
  return laad(KOP + bron, 't.regel').diagnosen.map((d) => d.code);
}

/** A constant duration of one kind as text, with its exact months and days (the reference). */
interface Zijde { readonly tekst: string; readonly duur: Duur }

function zijde(kind: 'maanden' | 'dagen'): fc.Arbitrary<Zijde> {
  const eenheden = kind === 'maanden' ? [['maanden', 1], ['jaren', 12]] as const : [['dagen', 1], ['weken', 7]] as const;
  const maak = (n: number): Duur => (kind === 'maanden' ? { maanden: n, dagen: 0 } : { maanden: 0, dagen: n });
  const term = fc.tuple(fc.integer({ min: -3, max: 3 }), fc.constantFrom(...eenheden)).map(([k, [w, f]]): Zijde => ({
    tekst: `${k} ${w}`, duur: maak(k * f + 0),
  }));
  const deel = (z: Duur): number => (kind === 'maanden' ? z.maanden : z.dagen);
  return fc.oneof(
    term,
    fc.tuple(term, term, fc.constantFrom('+', '-')).map(([a, b, op]): Zijde => ({
      tekst: `(${a.tekst} ${op} ${b.tekst})`, duur: maak(op === '+' ? deel(a.duur) + deel(b.duur) : deel(a.duur) - deel(b.duur)),
    })),
    fc.tuple(term, fc.integer({ min: -2, max: 2 })).map(([a, k]): Zijde => ({ tekst: `(${a.tekst} * ${k})`, duur: maak(deel(a.duur) * k + 0) })),
    term.map((a): Zijde => ({ tekst: `-(${a.tekst})`, duur: maak(-deel(a.duur) + 0) })),
  );
}

function faalt(a: Duur, b: Duur): boolean {
  try {
    vergelijkDuur(a, b);
    return false;
  } catch (x) {
    if (x instanceof OnvergelijkbareDuur) return true;
    throw x;
  }
}

describe('de soort van een duur', () => {
  it('RW2023 precies waar de vergelijking van een duur in maanden met een in dagen faalt (vaste duren)', () => {
    fc.assert(fc.property(zijde('maanden'), zijde('dagen'), fc.boolean(), (m, d, om) => {
      const [l, r] = om ? [d, m] : [m, d];
      const geladen = laad(`${KOP}uitvoer c: ja/nee\n  bron "t"\nregel c is ${l.tekst} is groter dan ${r.tekst}\n  bron "t"\n`, 't.regel');
      const gemeld = geladen.diagnosen.some((x) => x.code === 'RW2023');
      expect(gemeld).toBe(faalt(l.duur, r.duur));
      if (!gemeld) {
        expect(geladen.ok).toBe(true);
        evalueer(geladen.gecontroleerd, {}, { peildatum: '2026-01-01' }); // the evaluation agrees: no error
      }
    }));
  });

  it('een duur in maanden tegen een in dagen uit invoer, regels, parameters en datum - datum', () => {
    const basis = 'invoer n: geheel getal\ninvoer d: datum\ninvoer e: datum\nparameter termijn: duur is 3 maanden\n';
    expect(codes(`${basis}uitvoer c: ja/nee\nregel c is n maanden is groter dan 30 dagen\n`)).toContain('RW2023');
    expect(codes(`${basis}uitvoer c: ja/nee\nregel c is d - e is kleiner dan termijn\n`)).toContain('RW2023');
    expect(codes(`${basis}regel lang: duur is termijn + n maanden\nuitvoer c: ja/nee\nregel c is lang is ten minste 2 weken\n`)).toContain('RW2023');
    expect(codes(`${basis}uitvoer c: duur\nregel c is maximum van (termijn, 30 dagen)\n`)).toContain('RW2023');
    const tabel = (cel: string): string[] => codes(`${basis}regel lang: duur is n maanden\nuitvoer c: getal\nregel c: getal is tabel eerste\n  | lang | c |\n  | ${cel} | 1 |\n  | - | 2 |\n`);
    expect(tabel('ten minste 30 dagen')).toContain('RW2023');
    expect(tabel('ten minste 2 maanden')).not.toContain('RW2023');
    // what works: the same kind, a zero, opposite fixed signs, dates, an input duur of unknown kind, a mixed sum
    expect(codes(`${basis}uitvoer c: ja/nee\nregel c is n maanden is groter dan termijn\n`)).not.toContain('RW2023');
    expect(codes(`${basis}uitvoer c: ja/nee\nregel c is n maanden is groter dan 0 dagen\n`)).not.toContain('RW2023');
    expect(codes(`${basis}uitvoer c: ja/nee\nregel c is -1 maand is kleiner dan 30 dagen\n`)).not.toContain('RW2023');
    expect(codes(`${basis}uitvoer c: ja/nee\nregel c is d + termijn is na e + 30 dagen\n`)).not.toContain('RW2023');
    expect(codes(`${basis}invoer x: duur\nuitvoer c: ja/nee\nregel c is x is groter dan termijn\n`)).not.toContain('RW2023');
    expect(codes(`${basis}uitvoer c: ja/nee\nregel c is (als n is 0 dan 0 dagen anders termijn) is groter dan 30 dagen\n`)).not.toContain('RW2023');
  });

  it('een lange keten van duren (zo diep als lang) geeft RW2023, geen RW0006', () => {
    const keten = Array.from({ length: 10_000 }, () => '1 dag').join(' + ');
    const c = codes(`invoer n: geheel getal\nuitvoer c: ja/nee\nregel c is ${keten} is kleiner dan n maanden\n`);
    expect(c).toContain('RW2023');
    expect(c).not.toContain('RW0006');
  });

  it('de melding noemt beide kanten en stelt datums of tijdsduur voor', () => {
    const d = laad(`${KOP}invoer n: geheel getal\nuitvoer c: ja/nee\nregel c is n maanden is groter dan 30 dagen\n`, 't.regel').diagnosen.find((x) => x.code === 'RW2023')!;
    expect(d.melding).toContain('`n maanden`');
    expect(d.melding).toContain('`30 dagen`');
    expect(d.suggestie).toContain('tijdsduur van A tot B in dagen');
  });

  it('een niet-gehele vaste factor van een duur is RW2013; een gehele of berekende niet', () => {
    const basis = 'invoer d: datum\ninvoer n: getal\nuitvoer e: datum\n';
    expect(codes(`${basis}regel e is d + 1 maand * 10,5\n`)).toContain('RW2013');
    expect(codes(`${basis}regel e is d + (1 / 2) * 1 maand\n`)).toContain('RW2013');
    expect(codes(`${basis}regel e is d + 1 maand * 10\n`)).not.toContain('RW2013');
    expect(codes(`${basis}regel e is d + 1 maand * (21 / 2 * 2)\n`)).not.toContain('RW2013');
    expect(codes(`${basis}regel e is d + 1 maand * n\n`)).not.toContain('RW2013');
  });
});
