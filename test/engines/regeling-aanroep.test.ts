// One policy calling another (`gebruik regeling`) in every engine: random pairs of a called
// policy and a caller (regeling-generator.ts) on inputs that make the call fail in every way (a
// range, an `eis`, a division, an empty rule, a conflict, a date outside a table or before the
// policy's validity) give the same outputs, errors and explanations, byte for byte, in the
// interpreter and the compiled code (which embeds the called policy); the fast path declines or
// agrees. And the fixed cases: the wording of each error, the explanation's nesting, `op D`, and
// that an overridden parameter of the caller does not reach the called policy.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { laad, tekstenLader } from '../../language/index.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { evalueer } from '../../compiler/interpreter/interpreter.js';
import { uitlegAlsTekst } from '../../compiler/interpreter/uitleg-tekst.js';
import type { Uitleg } from '../../runtime/uitleg.js';
import type { GecompileerdeModule } from '../../runtime/runtime.js';
import { beideGelijk, vang } from './beide-engines.js';
import { gecompileerd } from '../opzet/mappen.js';
import { analyseer } from '../../compiler/analysis/analyse.js';
import { type Paar, PEILDATA, invoerArb, paarArb, paarVan } from './regeling-generator.js';

function controleer(p: Paar): Gecontroleerd {
  const r = laad(p.beller, 'map/beller.regel', undefined, tekstenLader({ ander: p.ander, 'ander-x': p.ander }));
  const fouten = r.diagnosen.filter((d) => d.ernst === 'fout');
  if (fouten.length > 0) throw new Error(`${p.beller}\n${p.ander}\n${fouten.map((d) => `${d.bestand}:${d.plek.regel}: ${d.code} ${d.melding}`).join('\n')}`);
  return r.gecontroleerd;
}

/** A pair both of whose policies have a fast path (no division), so the fast path is compared too. */
const SNEL: Paar = paarVan({ bereik: true, eis: true, geldig: true, u: 'x * f', indien: false, hoog: true, conflict: false, w: 'k is laag', argX: 'p', argK: 'als q dan hoog anders laag', metO: true, op: true });
const ANDER = `regeling Ander
  bron "de aangeroepen regeling"
  geldig vanaf 2024-06-01
invoer x: getal ten minste 0
  eis x < 100 melding "x is te groot"
invoer k: keuze laag, hoog
invoer j: ja/nee
invoer o: getal of leeg
uitvoer u: getal
  bron "art. u"
uitvoer w: ja/nee
parameter f: getal
  vanaf 2024-01-01 is 2
  vanaf 2025-07-01 is 3
regel u is 10 / x indien j of k is hoog
  uitzondering "hoog" indien k is hoog dan x * f
  uitzondering "j" indien j dan x + 1
regel w is o is leeg
`;
const BELLER = `regeling Beller
  bron "de aanroeper"
gebruik regeling ander
invoer p: getal
invoer q: ja/nee
invoer d: datum
uitvoer r: getal
uitvoer s: ja/nee
parameter f: getal
  vanaf 2020-01-01 is 7
regel c is ander(x: p, k: als q dan hoog anders laag, j: p > 3) op d
regel r is c.u + f - 7
regel s is ander(k: hoog, j: nee, x: p).w
`;

/** Texts and names that must not reach generated code unescaped: a bron that ends a comment or a string, names with hyphens. */
const VIJANDIG = {
  ander: 'regeling Ander\n  bron "*/ \u2028 `${globalThis.process.exit(3)}` \\" x"\ninvoer a-b: getal\nuitvoer c-d: getal\nregel c-d is a-b * 2\n',
  beller: 'regeling Beller\n  bron "test"\ngebruik regeling ander-x\ninvoer p: getal\nuitvoer r: getal\nregel r is ander-x(a-b: p).c-d + 1\n',
};

const PAREN = Number(process.env.REGELWERK_RUNS ?? 0) > 1000 ? 30 : 8;
let paren: { p: Paar; g: Gecontroleerd; module: GecompileerdeModule }[] = [];
let vast: { g: Gecontroleerd; module: GecompileerdeModule };
let vijandig: { g: Gecontroleerd; module: GecompileerdeModule };

beforeAll(async () => {
  const seed = Number(process.env.REGELWERK_SEED);
  const getrokken = [SNEL, ...fc.sample(paarArb, { numRuns: PAREN, seed })];
  const vastePaar = { ander: ANDER, beller: BELLER };
  const alle = [...getrokken, VIJANDIG, vastePaar].map((p) => ({ p, g: controleer(p) }));
  const modules = await gecompileerd('regeling-aanroep', alle.map(({ g }, i) => ({ g, bestand: `beller${i}.regel` })));
  paren = alle.slice(0, -2).map((x, i) => ({ ...x, module: modules[i]!.module }));
  vijandig = { g: alle.at(-2)!.g, module: modules.at(-2)!.module };
  vast = { g: alle.at(-1)!.g, module: modules.at(-1)!.module };
}, 240_000);

describe('een regeling die een andere aanroept, in alle engines', () => {
  it('willekeurige paren: dezelfde uitvoer, fouten en uitleg, byte voor byte', () => {
    const soorten = new Map<string, number>();
    let snelGeantwoord = 0;
    for (const { p, g, module } of paren) {
      // a failure names the pair it was found on
      const metPaar = (f: () => void): void => {
        try {
          f();
        } catch (x) {
          throw new Error(`${p.ander}\n${p.beller}\n${x instanceof Error ? x.message : String(x)}`);
        }
      };
      metPaar(() => fc.assert(
        fc.property(invoerArb, fc.constantFrom(...PEILDATA), (invoer, peildatum) => {
          const opties = { peildatum };
          const a = vang(() => evalueer(g, invoer, opties));
          const sleutel = a.ok ? 'ok' : `${a.soort}${a.melding.startsWith('regeling Ander, aangeroepen door Beller op regel ') ? ' in Ander' : ''}`;
          soorten.set(sleutel, (soorten.get(sleutel) ?? 0) + 1);
          beideGelijk(g, module, invoer, opties);
          const exact = vang(() => ({ uitvoer: module.evalueerExact(invoer, opties), uitleg: null }));
          expect(exact.ok ? exact.uitvoer : exact).toEqual(a.ok ? a.uitvoer : { ok: false, soort: a.soort, melding: a.melding });
          const snel = module.evalueerSnel(invoer, opties);
          if (snel === undefined) return;
          snelGeantwoord++;
          expect(JSON.stringify(snel)).toBe(JSON.stringify(a.ok ? a.uitvoer : undefined));
        }),
        { numRuns: 60 },
      ));
    }
    // every kind of outcome was drawn, errors inside the called policy named as such
    expect(soorten.get('ok') ?? 0).toBeGreaterThan(20);
    expect(soorten.get('reken in Ander') ?? 0).toBeGreaterThan(5);
    // the fast path answered through the used policy's own fast path (at least for SNEL)
    expect(snelGeantwoord).toBeGreaterThan(5);
  });

  it('de vaste regeling: elke fout in de aangeroepen regeling noemt beide en de regel van de aanroep', () => {
    const fout = (invoer: object, peildatum = '2025-08-01'): string => {
      const a = vang(() => evalueer(vast.g, invoer, { peildatum }));
      beideGelijk(vast.g, vast.module, invoer, { peildatum });
      expect(a.ok).toBe(false);
      return (a as { melding: string }).melding;
    };
    const kop = 'regeling Ander, aangeroepen door Beller op regel 11: ';
    expect(fout({ p: -3, q: true, d: '2025-07-01' })).toBe(`${kop}invoer 'x' moet ten minste 0 zijn, maar kreeg -3`);
    expect(fout({ p: 150, q: true, d: '2025-07-01' })).toBe(`${kop}invoer 'x' voldoet niet aan de eis: x is te groot`);
    expect(fout({ p: 0, q: false, d: '2025-07-01' })).toBe(`${kop}regel 'u' heeft geen toepasselijke definitie: de basisregel geldt niet en geen uitzondering is van toepassing`);
    expect(fout({ p: 4, q: true, d: '2025-07-01' })).toBe(`${kop}conflict in regel 'u': uitzondering 'hoog' geeft 12 en uitzondering 'j' geeft 5`);
    expect(fout({ p: 2, q: true, d: '2024-05-31' })).toBe(`${kop}ongeldige invoer bij 'peildatum': regeling 'Ander' geldt pas vanaf 2024-06-01`);
    // the second call, at the caller's peildatum, on its own line
    expect(fout({ p: 0, q: true, d: '2025-07-01' }, '2024-05-01')).toMatch(/^regeling Ander, aangeroepen door Beller op regel 1[13]: ongeldige invoer bij 'peildatum'/);
    const conflict = vang(() => evalueer(vast.g, { p: 4, q: true, d: '2025-07-01' }, { peildatum: '2025-08-01' }));
    expect(conflict).toMatchObject({ soort: 'conflict' });
  });

  it('de uitleg nest de boom van de aangeroepen regeling, met naam, peildatum, bron en invoer', () => {
    const invoer = { p: 4, q: false, d: '2025-07-01' };
    const u = vast.module.evalueerMetUitleg(invoer, { peildatum: '2024-08-01' }).uitleg as Uitleg;
    beideGelijk(vast.g, vast.module, invoer, { peildatum: '2024-08-01' });
    const tekst = uitlegAlsTekst(u, vast.g);
    expect(tekst).toContain([
      '  c = { u: 5, w: ja }   [basisregel]',
      '    invoer p = 4',
      '    invoer q = nee',
      '    invoer d = 2025-07-01',
      '    regeling ander (Ander) — peildatum 2025-07-01',
      '      bron: de aangeroepen regeling',
      '      invoer x = 4',
      '      invoer k = laag',
      '      invoer j = ja',
      '      invoer o = leeg',
      "      u = 5   [uitzondering 'j']",
      '        invoer k = laag',
      '        invoer j = ja',
      '        invoer x = 4',
      '      w = ja   [basisregel]',
      '        invoer o = leeg',
      '  parameter f = 7 (rij vanaf 2020-01-01)',
    ].join('\n'));
    // the second call at the caller's peildatum, where Ander's parameter has its row of that date
    expect(tekst).toContain('  regeling ander (Ander) — peildatum 2024-08-01');
    expect(tekst).toContain('      parameter f = 2 (rij vanaf 2024-01-01)');
  });

  it('op D leest de parameters van de aangeroepen regeling op D; een opgegeven parameter van de aanroeper bereikt haar niet', () => {
    const opD = (d: string): unknown => vang(() => evalueer(vast.g, { p: 4, q: false, d }, { peildatum: '2024-08-01', parameters: { f: 8 } }));
    // k laag, j ja: u = x + 1 (exception 'j'), f of Ander unread; r = c.u + f - 7 with the caller's f overridden
    expect(opD('2025-07-01')).toMatchObject({ ok: true, uitvoer: { r: 6 } });
    const hoog = vang(() => evalueer(vast.g, { p: 4, q: true, d: '2025-07-01' }, { peildatum: '2024-08-01', parameters: { f: 8 } }));
    const hoogVoor = vang(() => evalueer(vast.g, { p: 4, q: true, d: '2025-06-30' }, { peildatum: '2024-08-01', parameters: { f: 8 } }));
    // Ander's own f: 3 from 2025-07-01, 2 before; conflict 'hoog' x * f against 'j' x + 1 = 5
    expect(hoog).toMatchObject({ ok: false, soort: 'conflict' });
    expect((hoog as { melding: string }).melding).toContain("uitzondering 'hoog' geeft 12 en uitzondering 'j' geeft 5");
    expect((hoogVoor as { melding: string }).melding).toContain("uitzondering 'hoog' geeft 8 en uitzondering 'j' geeft 5");
    for (const opties of [{ peildatum: '2024-08-01', parameters: { f: 8 } }]) {
      const a = vang(() => evalueer(vast.g, { p: 4, q: false, d: '2025-07-01' }, opties));
      const b = vang(() => vast.module.evalueerMetUitleg({ p: 4, q: false, d: '2025-07-01' }, opties));
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    }
  });

  it('de statische analyse ziet de aanroep als een waarde van haar type en loopt door', () => {
    for (const { g } of [...paren, vast]) {
      const a = analyseer(g, { peildatum: '2025-08-01', runs: 50 });
      expect(a.diagnosen.every((d) => /^RW[34]\d{3}$/.test(d.code))).toBe(true);
    }
  });

  it('vijandige namen en teksten van de gebruikte regeling komen alleen ontsnapt in de code', () => {
    for (const invoer of [{ p: 2 }, { p: 0.5 }]) beideGelijk(vijandig.g, vijandig.module, invoer, { peildatum: '2026-01-01' });
    expect(vijandig.module.evalueer({ p: 2 }, { peildatum: '2026-01-01' })).toEqual({ r: 5 });
    const u = vijandig.module.evalueerMetUitleg({ p: 2 }, { peildatum: '2026-01-01' }).uitleg as Uitleg;
    expect(JSON.stringify(u)).toContain(JSON.stringify("*/ \u2028 `${globalThis.process.exit(3)}` \" x").slice(1, -1));
  });
});
