// `regelwerk run` reads its cases as a stream (compiler/node/stroom.ts): the splitter gives back
// exactly the cases of a JSON array, of NDJSON and of one object, however the text is cut into
// chunks and whatever the strings hold (brackets, commas, quotes, escapes, line breaks); the CLI
// answers NDJSON with NDJSON and a list with the same JSON array as before, one bad case of a stream
// is that case's error; and numbers a double holds exactly reach the fast path as numbers. With
// leesMee (run's compiled engine) an NDJSON line that is one object is taken whole: the same cases.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GevalSplitser, alsJsGetallen, type GevalTekst } from '../../../compiler/node/stroom.js';
import { leesJsonTekst } from '../../../runtime/json.js';
import { isExactGetal } from '../../../runtime/getal.js';
import { ROOT, regelwerk, tijdelijkeMap } from './cli-hulp.js';
import { gecompileerd } from '../../opzet/mappen.js';
import { laadBestand } from '../../../compiler/node/modules.js';
import type { GecompileerdeModule } from '../../../runtime/module.js';

const waarde: fc.Arbitrary<unknown> = fc.letrec((t) => ({
  w: fc.oneof({ depthSize: 'small' }, fc.string({ unit: fc.constantFrom('a', '[', ']', '{', '}', ',', '"', '\\', '\n', 'é', ' ') }), fc.integer(), fc.boolean(), fc.constant(null), t('o'), fc.array(t('w'), { maxLength: 3 })),
  o: fc.dictionary(fc.string({ maxLength: 4 }), t('w'), { maxKeys: 3 }),
})).o;

function splits(tekst: string, sneden: number[]): { vorm: string | null; gevallen: unknown[] } {
  const s = new GevalSplitser(1 << 20);
  const uit: unknown[] = [];
  let van = 0;
  for (const snede of [...sneden.map((x) => x % (tekst.length + 1))].sort((a, b) => a - b)) {
    for (const g of s.voeg(tekst.slice(van, snede))) uit.push(JSON.parse(g.tekst));
    van = snede;
  }
  for (const g of s.voeg(tekst.slice(van))) uit.push(JSON.parse(g.tekst));
  for (const g of s.einde()) uit.push(JSON.parse(g.tekst));
  return { vorm: s.vorm, gevallen: uit };
}

describe('de splitser', () => {
  it('geeft elk geval van een lijst, van NDJSON en van één object terug, hoe de tekst ook in stukken komt', () => {
    fc.assert(fc.property(fc.array(waarde, { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 5 }), fc.boolean(), (gevallen, sneden, mooi) => {
      const lijst = splits(mooi ? JSON.stringify(gevallen, null, 2) : JSON.stringify(gevallen), sneden);
      expect(lijst).toEqual({ vorm: 'lijst', gevallen });
      if (gevallen.length >= 2) expect(splits(`${gevallen.map((g) => JSON.stringify(g)).join('\n')}\n`, sneden)).toEqual({ vorm: 'regels', gevallen });
      if (gevallen.length >= 1) expect(splits(`\n ${JSON.stringify(gevallen[0], null, mooi ? 2 : 0)}\n`, sneden)).toEqual({ vorm: 'object', gevallen: [gevallen[0]] });
    }));
  });
});

/** The cases of `tekst` cut at `sneden`, as the splitter gives them (with leesMee: NDJSON lines taken whole). */
function gevallenVan(tekst: string, sneden: number[], leesMee: boolean): GevalTekst[] {
  const s = new GevalSplitser(1 << 20);
  s.leesMee = leesMee;
  const uit: GevalTekst[] = [];
  let van = 0;
  for (const snede of [...sneden.map((x) => x % (tekst.length + 1))].sort((a, b) => a - b)) {
    uit.push(...s.voeg(tekst.slice(van, snede)));
    van = snede;
  }
  uit.push(...s.voeg(tekst.slice(van)), ...s.einde());
  return uit;
}

describe('de splitser met leesMee', () => {
  it('neemt een NDJSON-regel of lijstregel die één object is in één keer, met dezelfde tekst, hetzelfde nummer en dezelfde plek', () => {
    const regelArb = fc.oneof(
      waarde.map((w) => JSON.stringify(w)),
      waarde.map((w) => JSON.stringify(w, null, 2)), // an object over several lines
      fc.tuple(waarde, waarde).map(([a, b]) => `${JSON.stringify(a)} ${JSON.stringify(b)}`), // two on one line
      fc.constantFrom('{"a":1', '{"a": [1, 2}', '{}', '  {"b":"}"}  \r', '{"c":"\\n{"}\t'),
    );
    let heel = 0;
    fc.assert(fc.property(fc.array(regelArb, { minLength: 2, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 4 }), fc.constantFrom('\n', '\r\n', '\n\n'),
      fc.constantFrom('ndjson', 'lijst', 'lijst met witruimte'), (regels, sneden, nl, vorm) => {
      // NDJSON, or a list written one element per line (the comma after it, or white space and then the comma)
      const tekst = vorm === 'ndjson' ? `${regels.join(nl)}${nl}` : `[${nl}${regels.join(vorm === 'lijst' ? `,${nl}` : ` \t,${nl}`)}${nl}]${nl}`;
      let traag: GevalTekst[] | string;
      let snel: GevalTekst[] | string;
      try { traag = gevallenVan(tekst, sneden, false); } catch (x) { traag = String(x); }
      try { snel = gevallenVan(tekst, sneden, true); } catch (x) { snel = String(x); }
      if (typeof snel !== 'string') {
        for (const g of snel) {
          if (g.waarde === undefined) continue;
          heel++;
          expect(g.waarde).toEqual(JSON.parse(g.tekst));
        }
        snel = snel.map(({ waarde: _, ...g }) => g);
      }
      expect(snel).toEqual(traag);
    }), { numRuns: 300 });
    expect(heel).toBeGreaterThan(100);
  });
});

describe('regelwerk run als stroom', () => {
  const tmp = tijdelijkeMap('rw-stroom-');
  const REGELING = 'regeling D\n  bron "t"\ninvoer x: getal\nuitvoer y: getal\nregel y is 12 / x\n';

  it('NDJSON in, NDJSON uit; een lijst geeft dezelfde uitkomsten als JSON-lijst; een kapot geval is alleen zijn eigen fout', async () => {
    const regeling = tmp.bestand('d.regel', REGELING);
    const gevallen = [{ x: 1 }, { x: 0 }, { x: 'drie' }, { x: 6 }];
    const ndjson = tmp.bestand('g.ndjson', `${gevallen.map((g) => JSON.stringify(g)).join('\n')}\n{"x": 4,\n`);
    const r = await regelwerk('run', regeling, '--invoer', ndjson, '--engine', 'compiled');
    expect(r.code).toBe(2);
    const regels = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(regels).toHaveLength(5);
    expect(regels[0]).toEqual({ y: 12 });
    expect(regels[1]).toMatchObject({ fout: { soort: 'reken' } });
    expect(regels[2]).toMatchObject({ fout: { soort: 'invoer', pad: 'x' } });
    expect(regels[3]).toEqual({ y: 2 });
    expect(regels[4]).toMatchObject({ fout: { soort: 'invoer' } });
    expect(r.err).toMatch(/^geval 5: ongeldige invoer: .* is geen geldige JSON: .*\(regel 6, kolom 1\)$/m);
    // a list: the same answers, as the JSON array `JSON.stringify(lijst, null, 2)` writes
    const lijst = tmp.bestand('g.json', JSON.stringify(gevallen));
    const l = await regelwerk('run', regeling, '--invoer', lijst, '--engine', 'compiled');
    expect(l.out).toBe(`${JSON.stringify(JSON.parse(l.out), null, 2)}\n`);
    expect((JSON.parse(l.out) as unknown[]).slice(0, 4)).toEqual(regels.slice(0, 4));
    const leeg = await regelwerk('run', regeling, '--invoer', tmp.bestand('leeg.json', ' [ ] '));
    expect([leeg.code, leeg.out]).toEqual([0, '[]\n']);
    const open = await regelwerk('run', regeling, '--invoer', tmp.bestand('open.json', '[{"x": 1}, {"x": 2}'));
    expect(open.code).toBe(2);
    expect(open.err).toContain("zonder ']'");
  });

  it('de getallen van een geval van de opdrachtregel bereiken het snelle pad; wat een double niet precies houdt niet', async () => {
    const g = laadBestand(join(ROOT, 'policies/crisisregeling-personeelsbehoud.regel')).gecontroleerd;
    const module: GecompileerdeModule = (await gecompileerd('stroom', [{ g }]))[0]!.module;
    const voorbeelden = readFileSync(join(ROOT, 'policies/voorbeelden/crisisregeling-personeelsbehoud.json'), 'utf8');
    const gevallen = leesJsonTekst(voorbeelden) as unknown[];
    let snel = 0;
    for (const g of gevallen) {
      // exactly as read: the fast path does not take the exact reader's number objects
      expect(module.evalueerSnel(g, { peildatum: '2026-01-01' })).toBeUndefined();
      const uit = module.evalueerSnel(alsJsGetallen(g), { peildatum: '2026-01-01' });
      if (uit !== undefined) { snel++; expect(uit).toEqual(module.evalueerExact(g, { peildatum: '2026-01-01' })); }
    }
    expect(snel).toBe(gevallen.length);
    const lang = leesJsonTekst('{"a": 19.99999999999999999, "b": 0.1, "c": -0}') as Record<string, unknown>;
    const omgezet = alsJsGetallen(lang) as Record<string, unknown>;
    expect(isExactGetal(omgezet.a)).toBe(true);
    expect(omgezet.b).toBe(0.1);
    expect(isExactGetal(omgezet.c)).toBe(true);
    const proto = alsJsGetallen(leesJsonTekst('{"__proto__": {"x": 1}}')) as object;
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
    expect(Object.keys(proto)).toEqual(['__proto__']);
  });
});
