// The language services (compiler/diensten/) on real policies and small documents: what the LSP
// server and the playground both show. Each test names the feature it holds to.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  Werkruimte, aanvulling, acties, definitie, diagnosen, documentSymbolen, hernoem, opmaak, toelichting, verwijzingen, vouwbereiken,
} from '../../../compiler/index.js';

const ROOT = join(import.meta.dirname, '../../..');
const KETEN = readFileSync(join(ROOT, 'policies/ketenbepaling.regel'), 'utf8');
const KOP = 'regeling T\n  bron "t"\n\n';

function werkruimte(bestanden: Record<string, string>): Werkruimte {
  const w = new Werkruimte();
  for (const [f, t] of Object.entries(bestanden)) w.zet(f, t, 1);
  return w;
}

/** The offset of the `n`th (from 0) occurrence of `stuk` in `tekst`, plus `extra`. */
function op(tekst: string, stuk: string, n = 0, extra = 0): number {
  let i = -1;
  for (let k = 0; k <= n; k++) i = tekst.indexOf(stuk, i + 1);
  if (i < 0) throw new Error(`'${stuk}' niet gevonden`);
  return i + extra;
}

describe('completion', () => {
  it('offers the fields of the record after `(laatste van contracten).`, and nothing else', () => {
    const tekst = `${KETEN}\nregel probeer is (laatste van contracten).\n`;
    const w = werkruimte({ 'k.regel': tekst });
    const a = aanvulling(w, 'k.regel', tekst.length - 1);
    expect(a.items.map((x) => x.label)).toEqual(['begin', 'einde', 'seizoenswerk']);
    expect(a.items.every((x) => x.kind === 'veld')).toBe(true);
  });

  it('offers fields after a call and after a nested field, partly typed', () => {
    const tekst = `${KOP}soort Adres is gegevens { straat: tekst, postcode: tekst }\nsoort P is gegevens { adres: Adres, loon: bedrag }\ninvoer p: P\nfunctie f(x: P): P is x\nuitvoer u: tekst\nregel u is f(p).adres.po\n`;
    const w = werkruimte({ 't.regel': tekst });
    expect(aanvulling(w, 't.regel', tekst.length - 1).items.map((x) => x.label)).toEqual(['straat', 'postcode']);
    const tweede = tekst.replace('f(p).adres.po', 'f(p).');
    w.zet('t.regel', tweede, 2);
    expect(aanvulling(w, 't.regel', tweede.length - 1).items.map((x) => x.label)).toEqual(['adres', 'loon']);
  });

  it('offers the local name of a binder being typed, the declarations, keywords and phrases', () => {
    const tekst = `${KETEN}\nregel probeer is aantal (elke c in contracten waarvoor c)\n`;
    const w = werkruimte({ 'k.regel': tekst });
    const labels = aanvulling(w, 'k.regel', tekst.length - 2).items.map((x) => x.label);
    expect(labels[0]).toBe('c');
    expect(labels).toContain('contracten');
    expect(labels).toContain('is ten minste');
    expect(labels).toContain('als');
  });
});

describe('hover, definition and references', () => {
  it('hover gives kind, type, place and bron as plain text', () => {
    const w = werkruimte({ 'k.regel': KETEN });
    const u = toelichting(w, 'k.regel', op(KETEN, 'invoer contracten', 0, 8))!;
    expect(u.kop).toBe('contracten — invoer');
    expect(u.type).toBe('lijst van Contract');
    expect(u.regels[0]).toMatch(/^Gedefinieerd op regel 73, kolom 8$/);
    expect(u.regels.join('\n')).toContain('Velden: begin (datum), einde (datum), seizoenswerk (ja/nee)');
  });

  it('keeps markup in a bron as the drafter wrote it', () => {
    const tekst = `${KOP}invoer a: getal\n  bron "**vet** <b>x</b> [link](https://e.nl)"\nuitvoer b: getal\n  bron "b"\nregel b is a\n  bron "r"\n`;
    const w = werkruimte({ 't.regel': tekst });
    expect(toelichting(w, 't.regel', op(tekst, 'is a', 0, 3))!.regels).toContain('Bron: **vet** <b>x</b> [link](https://e.nl)');
  });

  it('goes to the definition and finds the references across two policies that use each other', () => {
    const a = `regeling A\n  bron "a"\n\ngebruik b\n\nparameter tariefA: percentage is 10%\n  bron "a"\n\ninvoer x: bedrag\n  bron "a"\n\nuitvoer y: bedrag\n  bron "a"\n\nregel y is tariefB van x afgerond op centen\n  bron "a"\n`;
    const b = `regeling B\n  bron "b"\n\ngebruik a\n\nparameter tariefB: percentage is 20%\n  bron "b"\n\ninvoer x: bedrag\n  bron "b"\n\nuitvoer z: bedrag\n  bron "b"\n\nregel z is tariefA van x + tariefB van x afgerond op centen\n  bron "b"\n`;
    const w = werkruimte({ 'map/a.regel': a, 'map/b.regel': b });
    expect(diagnosen(w, 'map/a.regel').fouten).toBe(0);
    expect(diagnosen(w, 'map/b.regel').fouten).toBe(0);
    const d = definitie(w, 'map/a.regel', op(a, 'tariefB'))!;
    expect(d.bestand).toBe('map/b.regel');
    expect(b.slice(d.bereik.offset, d.bereik.eind)).toBe('tariefB');
    const refs = verwijzingen(w, 'map/b.regel', op(b, 'parameter tariefB', 0, 10));
    expect(refs.map((r) => `${r.bestand}:${r.bereik.regel}`).sort()).toEqual(['map/a.regel:15', 'map/b.regel:15', 'map/b.regel:6']);
  });

  it('checks again the documents that use a changed one, and only those', () => {
    const a = `regeling A\n  bron "a"\n\ngebruik b\n\ninvoer x: bedrag\n  bron "a"\n\nuitvoer y: bedrag\n  bron "a"\n\nregel y is tariefB van x afgerond op centen\n  bron "a"\n`;
    const b = `regeling B\n  bron "b"\n\nparameter tariefB: percentage is 20%\n  bron "b"\n`;
    const w = werkruimte({ 'a.regel': a, 'b.regel': b, 'k.regel': KETEN });
    expect(diagnosen(w, 'a.regel').fouten).toBe(0);
    const keten = w.bekijk('k.regel');
    w.zet('b.regel', b.replace('tariefB', 'tariefC'), 2);
    expect(diagnosen(w, 'a.regel').diagnosen.map((d) => d.code)).toContain('RW1001');
    expect(w.bekijk('k.regel')).toBe(keten);
  });

  it('goes to a parameter of a stdlib module', () => {
    const tekst = `${KOP}gebruik minimumloon\n\ninvoer uren: getal\n  bron "t"\n\nuitvoer loon: bedrag\n  bron "t"\n\nregel loon is minimumuurloon * uren afgerond op centen\n  bron "t"\n`;
    const w = werkruimte({ 't.regel': tekst });
    const d = definitie(w, 't.regel', op(tekst, 'minimumuurloon'))!;
    expect(d.bestand).toBe('stdlib/minimumloon.regel');
    expect(toelichting(w, 't.regel', op(tekst, 'minimumuurloon'))!.regels[0]).toContain('van stdlib/minimumloon.regel');
  });
});

describe('rename', () => {
  it('renames a name and all its uses, locals by their scope', () => {
    const w = werkruimte({ 'k.regel': KETEN });
    const r = hernoem(w, 'k.regel', op(KETEN, 'invoer contracten', 0, 8), 'werkcontracten');
    expect(r.kind).toBe('ok');
    if (r.kind !== 'ok') return;
    const wijzigingen = [...r.wijzigingen.get('k.regel')!].sort((x, y) => y.bereik.offset - x.bereik.offset);
    let na = KETEN;
    for (const x of wijzigingen) na = na.slice(0, x.bereik.offset) + x.tekst + na.slice(x.bereik.eind);
    const w2 = werkruimte({ 'k.regel': na });
    expect(diagnosen(w2, 'k.regel', false)).toMatchObject({ fouten: 0, waarschuwingen: 0 });
    expect(na.match(/\bcontracten\b/g)!.length).toBe(KETEN.match(/\bcontracten\b/g)!.length - wijzigingen.length);
  });

  it('refuses a name that would clash, a keyword, and no name', () => {
    const w = werkruimte({ 'k.regel': KETEN });
    const plek = op(KETEN, 'invoer contracten', 0, 8);
    expect(hernoem(w, 'k.regel', plek, 'maximumAantal')).toMatchObject({ kind: 'geweigerd', melding: expect.stringContaining("'maximumAantal' bestaat al") });
    expect(hernoem(w, 'k.regel', plek, 'peildatum')).toMatchObject({ kind: 'geweigerd', melding: expect.stringContaining('sleutelwoord') });
    expect(hernoem(w, 'k.regel', plek, '3x')).toMatchObject({ kind: 'geweigerd', melding: expect.stringContaining('geen naam') });
    const veld = op(KETEN, 'c.einde', 0, 3);
    expect(hernoem(w, 'k.regel', veld, 'eind')).toMatchObject({ kind: 'geweigerd', melding: expect.stringContaining("'einde' is een veld") });
  });
});

describe('diagnostics and quick fixes', () => {
  it('shows the static analysis: an overlapping row in a tabel uniek is RW4010', () => {
    const tekst = `${KOP}invoer a: getal\n  bron "t"\nuitvoer x: getal\n  bron "t"\nregel x: getal is tabel uniek\n  | a | x |\n  | ten minste 0 | 1 |\n  | ten hoogste 5 | 2 |\n  | kleiner dan 0 | 3 |\n  bron "t"\n`;
    const w = werkruimte({ 't.regel': tekst });
    expect(diagnosen(w, 't.regel').diagnosen.map((d) => d.code)).toContain('RW4010');
    expect(diagnosen(w, 't.regel', false).diagnosen.map((d) => d.code)).not.toContain('RW4010');
  });

  it('offers the literal of RW0008, the name of "bedoelde u", and `afgerond op centen` for RW2024; each removes its diagnostic', () => {
    const tekst = `${KOP}parameter p: percentage is 39.5%\n  bron "t"\ninvoer inkomen: bedrag\n  bron "t"\nuitvoer b: bedrag\n  bron "t"\nregel b is inkomn * p\n  bron "t"\n`;
    const w = werkruimte({ 't.regel': tekst });
    const toepassen = (t: string, offset: number): string => {
      const [a] = acties(w, 't.regel', offset, offset);
      expect(a).toBeDefined();
      return t.slice(0, a!.wijziging.bereik.offset) + a!.wijziging.tekst + t.slice(a!.wijziging.bereik.eind);
    };
    let t = toepassen(tekst, op(tekst, '39.5%'));
    expect(t).toContain('is 39,5%');
    w.zet('t.regel', t, 2);
    t = toepassen(t, op(t, 'inkomn'));
    expect(t).toContain('regel b is inkomen * p');
    w.zet('t.regel', t, 3);
    expect(diagnosen(w, 't.regel', false).diagnosen.map((d) => d.code)).toEqual(['RW2024']);
    t = toepassen(t, op(t, 'inkomen * p'));
    expect(t).toContain('regel b is inkomen * p afgerond op centen rekenkundig');
    w.zet('t.regel', t, 4);
    expect(diagnosen(w, 't.regel', false).diagnosen).toEqual([]);
  });
});

describe('outline, folding and formatting', () => {
  it('one symbol per declaration, and a folding range for each over more than one line', () => {
    const w = werkruimte({ 'k.regel': KETEN });
    const symbolen = documentSymbolen(w, 'k.regel');
    expect(symbolen[0]).toMatchObject({ naam: 'Ketenbepaling', aard: 'regeling' });
    expect(symbolen.find((s) => s.naam === 'contracten')).toMatchObject({ aard: 'invoer', naamBereik: { regel: 73, kolom: 8 } });
    const vouw = vouwbereiken(w, 'k.regel');
    expect(vouw.length).toBeGreaterThan(10);
    for (const v of vouw) expect(v.tot).toBeGreaterThan(v.van);
  });

  it('formats as one edit, none for a formatted file, and refuses a syntax error', () => {
    const w = werkruimte({ 'k.regel': KETEN, 't.regel': `${KOP}invoer   a: getal\n  bron "t"\n`, 'f.regel': `${KOP}invoer a:\n` });
    expect(opmaak(w, 'k.regel')).toEqual({ kind: 'ok', wijzigingen: [] });
    expect(opmaak(w, 't.regel')).toMatchObject({ kind: 'ok', wijzigingen: [{ tekst: `${KOP}invoer a: getal\n  bron "t"\n` }] });
    expect(opmaak(w, 'f.regel')).toMatchObject({ kind: 'fout' });
  });
});

describe('hover on a field', () => {
  it('names the field, the type of what it is a field of, and its own type', () => {
    const tekst = `${KETEN}\nregel probeer is (laatste van contracten).einde\n`;
    const w = werkruimte({ 'k.regel': tekst });
    expect(toelichting(w, 'k.regel', tekst.lastIndexOf('einde') + 1)).toMatchObject({ kop: 'einde — veld van Contract', type: 'datum' });
  });
});

describe('gebruik regeling in the editor', () => {
  const JEUGD = readFileSync(join(ROOT, 'policies/minimumjeugdloon.regel'), 'utf8');
  const BELLER = `${KOP}gebruik regeling minimumjeugdloon\ninvoer l: geheel getal ten minste 0\n  bron "t"\nuitvoer u: bedrag of leeg\n  bron "t"\nregel u is minimumjeugdloon(leeftijd: l, bbl: nee).uurloon\n  bron "t"\n`;

  it('finds a used policy among the open documents, or through the host, and completes its outputs', () => {
    // open beside it: no RW1019, and its unsaved text counts
    const w = werkruimte({ 'beller.regel': BELLER, 'minimumjeugdloon.regel': JEUGD });
    expect(diagnosen(w, 'beller.regel', false).diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
    // not open: the host's loader (the LSP reads the folder, the playground its shipped policies)
    const alleen = new Werkruimte({ regelingen: { lees: (naam) => (naam === 'minimumjeugdloon' ? { tekst: JEUGD, bestandsnaam: 'minimumjeugdloon.regel' } : null), namen: () => ['minimumjeugdloon'] } });
    alleen.zet('beller.regel', BELLER, 1);
    expect(diagnosen(alleen, 'beller.regel', false).diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
    const zonder = werkruimte({ 'beller.regel': BELLER });
    expect(diagnosen(zonder, 'beller.regel', false).diagnosen.map((d) => d.code)).toContain('RW1019');
    // completion after the call offers the used policy's outputs
    const tekst = BELLER.replace('.uurloon\n', '.\n');
    alleen.zet('beller.regel', tekst, 2);
    expect(aanvulling(alleen, 'beller.regel', op(tekst, 'bbl: nee).', 0, 'bbl: nee).'.length)).items.map((x) => x.label).sort()).toEqual(['percentage', 'rechtOpMinimumloon', 'uurloon']);
  });
});

describe('rename of a name that is both an input and an output', () => {
  it('is refused with the reason: a use could mean either, and both are keys of the JSON contract', () => {
    const tekst = `${KOP}invoer w: getal\nuitvoer w: getal\nregel w is w + 1\n`;
    const w = werkruimte({ 't.regel': tekst });
    const r = hernoem(w, 't.regel', op(tekst, 'w', 0), 'v');
    expect(r.kind).toBe('geweigerd');
    expect(r.kind === 'geweigerd' ? r.melding : '').toContain('zowel een invoer als een uitvoer');
  });
});
