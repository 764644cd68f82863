// `uitzondering "b" op "a"` before anything runs: the parser keeps the parent label, the checker
// reports a parent that does not exist (RW2021) and a cycle (RW2022) where the label is written,
// the formatter keeps `op`, and the analysis sees no conflict between an exception and its
// (transitive) parent, still finds one between unrelated exceptions that both decide, and still
// reports one that can never apply.
import { describe, expect, it } from 'vitest';
import { laad } from '../../language/index.js';
import { formatteer } from '../../language/opmaak.js';
import { analyseer } from '../../compiler/analysis/analyse.js';
import { evalueer } from '../../compiler/interpreter/interpreter.js';

const KOP = 'regeling T\n  bron "test"\ninvoer a: ja/nee\ninvoer b: ja/nee\ninvoer c: ja/nee\nuitvoer x: getal\nregel x: getal is 0\n';

const laadT = (uitz: string): ReturnType<typeof laad> => laad(KOP + uitz, 't.regel');

describe('uitzondering op een uitzondering', () => {
  it('de parser bewaart het label van de ouder, en alleen bij een uitzondering met label', () => {
    const r = laadT('  uitzondering "a" indien a dan 1\n  uitzondering "b" op "a" indien b dan 2\n');
    expect(r.diagnosen.filter((x) => x.ernst === 'fout')).toEqual([]);
    const d = r.gecontroleerd.regels.get('x')!.decl;
    expect(d.uitzonderingen.map((u) => [u.label, u.ouder])).toEqual([['a', null], ['b', 'a']]);
    expect(d.uitzonderingen[1]!.ouderPlek).toMatchObject({ regel: 9, kolom: 23 });
    expect(laadT('  uitzondering "a" indien a dan 1\n  uitzondering op "a" indien b dan 2\n').diagnosen.map((x) => x.code)).toContain('RW0002');
  });

  it('RW2021: een ouder die de regel niet heeft, gemeld bij het label, met de bestaande labels', () => {
    const r = laadT('  uitzondering "jong" indien a dan 1\n  uitzondering "stage" op "Jong" indien b dan 2\n');
    const d = r.diagnosen.filter((x) => x.code === 'RW2021');
    expect(d).toHaveLength(1);
    expect(d[0]!.melding).toBe("uitzondering 'stage' is een uitzondering op 'Jong', maar regel 'x' heeft geen uitzondering 'Jong'");
    expect(d[0]!.suggestie).toBe("noem een uitzondering van deze regel: 'jong'");
    expect(d[0]!.plek).toMatchObject({ regel: 9, kolom: 27 });
  });

  it('RW2022: een kring van één, twee of drie uitzonderingen, één melding per kring', () => {
    const zelf = laadT('  uitzondering "a" op "a" indien a dan 1\n').diagnosen.filter((x) => x.code === 'RW2022');
    expect(zelf.map((x) => x.melding)).toEqual(["de uitzonderingen 'a' van regel 'x' zijn via 'op' een uitzondering op zichzelf"]);
    const twee = laadT('  uitzondering "a" op "b" indien a dan 1\n  uitzondering "b" op "a" indien b dan 2\n').diagnosen.filter((x) => x.code === 'RW2022');
    expect(twee.map((x) => x.melding)).toEqual(["de uitzonderingen 'a', 'b' van regel 'x' zijn via 'op' een uitzondering op zichzelf"]);
    const drie = laadT('  uitzondering "a" op "c" indien a dan 1\n  uitzondering "b" op "a" indien b dan 2\n  uitzondering "c" op "b" indien c dan 3\n  uitzondering "d" op "c" indien c dan 3\n');
    // d hangs under the cycle but is not on it
    expect(drie.diagnosen.filter((x) => x.code === 'RW2022').map((x) => x.melding)).toEqual(["de uitzonderingen 'a', 'b', 'c' van regel 'x' zijn via 'op' een uitzondering op zichzelf"]);
    // a tree is no cycle
    expect(laadT('  uitzondering "a" indien a dan 1\n  uitzondering "b" op "a" indien b dan 2\n  uitzondering "c" op "b" indien c dan 3\n').diagnosen.filter((x) => x.ernst === 'fout')).toEqual([]);
  });

  it('de opmaak houdt op "..." en verandert de betekenis niet', () => {
    const tekst = `${KOP}  uitzondering "a" indien a dan 1\n  uitzondering   "b"  op   "a" indien b dan 2\n`;
    const r = formatteer(tekst, 't.regel');
    expect(r.ok).toBe(true);
    expect(r.ok && r.tekst).toContain('  uitzondering "b" op "a" indien b dan 2\n');
  });

  it('de analyse meldt geen conflict tussen een uitzondering en haar (verre) ouder, wel tussen losse die beide beslissen', () => {
    const r = laadT('  uitzondering "a" indien a dan 1\n  uitzondering "b" op "a" indien b dan 2\n  uitzondering "c" op "b" indien c dan 3\n');
    const a = analyseer(r.gecontroleerd, { peildatum: '2026-01-01', runs: 200 });
    expect(a.diagnosen.filter((d) => d.code === 'RW4003')).toEqual([]);
    // a and c are unrelated to d: a conflict, shown with an input where both decide
    const los = laadT('  uitzondering "a" indien a dan 1\n  uitzondering "b" op "a" indien b dan 2\n  uitzondering "d" indien a dan 4\n');
    const al = analyseer(los.gecontroleerd, { peildatum: '2026-01-01', runs: 200 });
    const conflicten = al.diagnosen.filter((d) => d.code === 'RW4003');
    expect(conflicten.map((d) => d.melding)).toEqual([
      expect.stringContaining("uitzonderingen 'a' en 'd' van regel 'x' kunnen samen gelden"),
      expect.stringContaining("uitzonderingen 'b' en 'd' van regel 'x' kunnen samen gelden"),
    ]);
    for (const d of conflicten) expect(() => evalueer(los.gecontroleerd, al.tegenvoorbeelden.get(d)!, { peildatum: '2026-01-01' })).toThrow(/conflict in regel 'x'/);
  });

  it('de analyse zoekt een conflict alleen waar geen uitzondering erop het overneemt', () => {
    // whenever a applies, b (an exception to a) applies too and agrees with d: no conflict at all
    const nooit = laadT('  uitzondering "a" indien a dan 1\n  uitzondering "b" op "a" indien a dan 4\n  uitzondering "d" indien a dan 4\n');
    const an = analyseer(nooit.gecontroleerd, { peildatum: '2026-01-01', runs: 200 });
    expect(an.diagnosen.filter((x) => x.code === 'RW4003')).toEqual([]);
    // a and d conflict only where b does not apply: the input shown is one of those
    const r = laadT('  uitzondering "a" indien a dan 1\n  uitzondering "b" op "a" indien a en b dan 4\n  uitzondering "d" indien a dan 4\n');
    const a = analyseer(r.gecontroleerd, { peildatum: '2026-01-01', runs: 200 });
    const d = a.diagnosen.find((x) => x.code === 'RW4003');
    expect(d?.melding).toContain("uitzonderingen 'a' en 'd'");
    const invoer = a.tegenvoorbeelden.get(d!)!;
    expect(invoer).toMatchObject({ a: true, b: false });
    expect(() => evalueer(r.gecontroleerd, invoer, { peildatum: '2026-01-01' })).toThrow(/conflict in regel 'x'/);
  });

  it('de analyse meldt een uitzondering op een uitzondering die nooit geldt (RW4001)', () => {
    const r = laadT('  uitzondering "a" indien a dan 1\n  uitzondering "b" op "a" indien b en niet b dan 2\n');
    const a = analyseer(r.gecontroleerd, { peildatum: '2026-01-01', runs: 200 });
    expect(a.diagnosen.filter((d) => d.code === 'RW4001').map((d) => d.melding)).toEqual([expect.stringContaining("uitzondering 'b' van regel 'x' is nooit van toepassing")]);
  });
});
