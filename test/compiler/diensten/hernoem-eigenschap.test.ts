// Rename as a property over every policy and the stdlib module: any name written anywhere (a
// declaration, a use, a local name, an example's assignment, an `invoer bereik`), renamed to a
// fresh name (a record's field excepted: refused), gives a policy that checks exactly as before (same codes at the same places, no new
// error) with the old name gone from every place the references listed and the new one there.
// A missed use would be RW1001; a wrong edit a syntax error or another meaning.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Werkruimte, definitie, diagnosen, hernoem, toelichting, tweeVoorEen, verwijzingen } from '../../../compiler/index.js';
import { namenIndex } from '../../../compiler/diensten/namen.js';

const ROOT = join(import.meta.dirname, '../../..');
const BESTANDEN = [...readdirSync(join(ROOT, 'policies')).filter((f) => f.endsWith('.regel')).map((f) => `policies/${f}`), 'stdlib/minimumloon.regel'];
const TEKSTEN = new Map(BESTANDEN.map((f) => [f, readFileSync(join(ROOT, f), 'utf8')]));

function codes(w: Werkruimte, f: string): string[] {
  return diagnosen(w, f, false).diagnosen.map((d) => d.code).sort();
}

describe('rename, on every policy', () => {
  it('renaming any written name to a fresh one keeps the policy checking as before', () => {
    const voor = new Map(BESTANDEN.map((f) => {
      const w = new Werkruimte();
      w.zet(f, TEKSTEN.get(f)!);
      return [f, { w, codes: codes(w, f), plekken: namenIndex(w.bekijk(f)!).voorkomens.filter((v) => v.symbool.bestand === f) }] as const;
    }));
    fc.assert(fc.property(fc.constantFrom(...BESTANDEN), fc.nat(), (f, n) => {
      const { w, codes: oud, plekken } = voor.get(f)!;
      const v = plekken[n % plekken.length]!;
      const tekst = TEKSTEN.get(f)!;
      const r = hernoem(w, f, v.offset, 'hernoemdeNaam');
      // a record's field (named in its soort's own eisen) is refused: it is a key of the JSON contract;
      // so is a name that is both an input and an output (crisisregeling's `werknemers`)
      expect(r.kind, `${f}: '${v.symbool.naam}' op ${v.offset}`).toBe(v.symbool.veld || tweeVoorEen(w, f, v.symbool.naam) ? 'geweigerd' : 'ok');
      if (r.kind !== 'ok') return;
      const lijst = [...(r.wijzigingen.get(f) ?? [])].sort((a, b) => b.bereik.offset - a.bereik.offset);
      expect(lijst.length).toBe(verwijzingen(w, f, v.offset).filter((l) => l.bestand === f).length);
      let na = tekst;
      for (const x of lijst) {
        expect(na.slice(x.bereik.offset, x.bereik.eind)).toBe(v.symbool.naam);
        na = na.slice(0, x.bereik.offset) + x.tekst + na.slice(x.bereik.eind);
      }
      const w2 = new Werkruimte();
      w2.zet(f, na);
      expect(codes(w2, f), `${f}: '${v.symbool.naam}' hernoemd`).toEqual(oud);
    }), { numRuns: 30 });
  });

  it('every written name goes to a declaration of that name, whose references include it, and has a hover', () => {
    const w = new Werkruimte();
    for (const [f, t] of TEKSTEN) w.zet(f, t);
    fc.assert(fc.property(fc.constantFrom(...BESTANDEN), fc.nat(), (f, n) => {
      const plekken = namenIndex(w.bekijk(f)!).voorkomens;
      const v = plekken[n % plekken.length]!;
      const d = definitie(w, f, v.offset)!;
      expect(d, `${f}: '${v.symbool.naam}' op ${v.offset}`).not.toBeNull();
      expect((w.tekst(d.bestand) ?? '').slice(d.bereik.offset, d.bereik.eind)).toBe(v.symbool.naam);
      expect(verwijzingen(w, d.bestand, d.bereik.offset).some((l) => l.bestand === f && l.bereik.offset === v.offset)).toBe(true);
      expect(toelichting(w, f, v.offset)?.kop).toMatch(new RegExp(`^${v.symbool.naam} — `));
    }), { numRuns: 200 });
  });
});
