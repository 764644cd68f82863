// `eis` over a whole list: on a list input (`invoer loonjaren: lijst van Loonjaar` + `eis`) and on
// a list soort (`soort Loonjaren is lijst van Loonjaar` + `eis`, the list called by the soort's
// name). Random lists, some with a calendar year twice: the interpreter reports it at the list's
// path as an independent check predicts, the compiled module gives the same outcome byte for
// byte, and the fast path gives the same outputs or declines.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { laad } from '../../language/index.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { evalueer } from '../../compiler/interpreter/interpreter.js';
import { stdlibLader } from '../../compiler/node/modules.js';
import type { GecompileerdeModule } from '../../runtime/runtime.js';
import { beideGelijk, vang } from './beide-engines.js';
import { regelingGecompileerd } from '../opzet/mappen.js';

const REGELING = `regeling EisLijst
  bron "test"

soort Loonjaar is gegevens { kalenderjaar: geheel getal, uren: getal }
  eis uren is ten minste 0 melding "negatieve uren"

soort Loonjaren is lijst van Loonjaar
  eis voor alle a in Loonjaren geldt aantal (elke b in Loonjaren waarvoor b.kalenderjaar = a.kalenderjaar) = 1 melding "een kalenderjaar staat er twee keer in"

soort Werknemer is gegevens { naam: tekst, loonjaren: Loonjaren }

invoer loonjaren: lijst van Loonjaar
  eis voor alle a in loonjaren geldt aantal (elke b in loonjaren waarvoor b.kalenderjaar = a.kalenderjaar) = 1 melding "geen kalenderjaar twee keer"

invoer werknemers: lijst van Werknemer

uitvoer totaal: getal

regel totaal is som van (elke a in loonjaren geeft a.uren) + som van (elke w in werknemers geeft som van (elke a in w.loonjaren geeft a.uren))
`;

interface Jaar { kalenderjaar: number; uren: number }
const jaar = fc.record({ kalenderjaar: fc.integer({ min: 2020, max: 2026 }), uren: fc.integer({ min: -1, max: 40 }) });
const jaren = fc.array(jaar, { maxLength: 4 });
const werknemers = fc.array(fc.record({ naam: fc.constantFrom('a', 'b'), loonjaren: jaren }), { maxLength: 3 });

const dubbel = (js: readonly Jaar[]): boolean => new Set(js.map((j) => j.kalenderjaar)).size !== js.length;

/** The independent reading: the first problem in the order inputs are checked, or null. */
function verwacht(l: readonly Jaar[], ws: readonly { loonjaren: readonly Jaar[] }[]): string | null {
  // record eisen first (each input's elements, then the soort list's eis), then the inputs' eisen
  const negatief = l.findIndex((j) => j.uren < 0);
  if (negatief >= 0) return `ongeldige invoer bij 'loonjaren[${negatief}]': negatieve uren`;
  for (let i = 0; i < ws.length; i++) {
    const n = ws[i]!.loonjaren.findIndex((j) => j.uren < 0);
    if (n >= 0) return `ongeldige invoer bij 'werknemers[${i}].loonjaren[${n}]': negatieve uren`;
    if (dubbel(ws[i]!.loonjaren)) return `ongeldige invoer bij 'werknemers[${i}].loonjaren': een kalenderjaar staat er twee keer in`;
  }
  if (dubbel(l)) return "ongeldige invoer bij 'loonjaren': geen kalenderjaar twee keer";
  return null;
}

let g: Gecontroleerd;
let module: GecompileerdeModule;

beforeAll(async () => {
  ({ g, module } = await regelingGecompileerd('eis-lijst', REGELING, 'eis-lijst.regel'));
}, 120_000);

describe('eis over een hele lijst', () => {
  it('meldt een kalenderjaar dat twee keer voorkomt bij het pad van de lijst, in alle engines gelijk', () => {
    let fouten = 0;
    let goed = 0;
    let snelGeantwoord = 0;
    fc.assert(
      fc.property(jaren, werknemers, (l, ws) => {
        const invoer = { loonjaren: l, werknemers: ws };
        const uitkomst = vang(() => evalueer(g, invoer, { peildatum: '2026-01-01' }));
        const fout = verwacht(l, ws);
        if (fout === null) {
          goed++;
          const totaal = [...l, ...ws.flatMap((w) => w.loonjaren)].reduce((s, j) => s + j.uren, 0);
          expect(uitkomst).toMatchObject({ ok: true, uitvoer: { totaal } });
        } else {
          fouten++;
          expect(uitkomst).toMatchObject({ ok: false, soort: 'invoer', melding: fout });
        }
        beideGelijk(g, module, invoer, { peildatum: '2026-01-01' });
        const s = module.evalueerSnel(invoer, { peildatum: '2026-01-01' });
        if (s === undefined) return;
        snelGeantwoord++;
        expect(uitkomst.ok).toBe(true);
        expect(s).toEqual((uitkomst as { uitvoer: unknown }).uitvoer);
      }),
      { numRuns: 300 },
    );
    expect(fouten).toBeGreaterThan(30);
    expect(goed).toBeGreaterThan(30);
    expect(snelGeantwoord).toBeGreaterThan(10);
  });
});

describe('de checker bij een eis op een lijstsoort', () => {
  const fouten = (tekst: string): string[] => laad(`regeling T\n  bron "t"\n${tekst}`, 't.regel', stdlibLader).diagnosen.filter((d) => d.ernst === 'fout').map((d) => `${d.code} ${d.melding}`);

  it('controleert de voorwaarde, met de lijst onder de naam van de soort', () => {
    const soort = 'soort Jaren is lijst van geheel getal\n';
    const rest = 'invoer j: Jaren\nuitvoer n: getal\nregel n is aantal j\n';
    expect(fouten(`${soort}  eis aantal Jaren is ten minste 1\n${rest}`)).toEqual([]);
    expect(fouten(`${soort}  eis aantal Jaren\n${rest}`)).toEqual([expect.stringMatching(/^RW20\d\d /)]);
    expect(fouten(`${soort}  eis aantal reeks2 is ten minste 1\n${rest}`)).toEqual([expect.stringMatching(/^RW1\d\d\d .*'reeks2'/)]);
  });

  it('meldt een eis op een soort die geen gegevens en geen lijst is (RW1018), in plaats van haar te negeren', () => {
    expect(fouten('soort Uren is getal\n  eis Uren is ten minste 0\ninvoer u: Uren\nuitvoer n: getal\nregel n is u\n'))
      .toEqual(["RW1018 een eis op soort 'Uren' kan niet: die soort is geen gegevens en geen lijst"]);
  });
});
