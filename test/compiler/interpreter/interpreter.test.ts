// The reference interpreter: default logic, exact arithmetic, dates, input validation.
import { describe, expect, it } from 'vitest';
import { laad } from '../../../language/index.js';
import { evalueer } from '../../../compiler/interpreter/interpreter.js';
import { stdlibLader } from '../../../compiler/node/modules.js';
import { RegelwerkConflict, RegelwerkInvoerFout, RegelwerkLeeg, RegelwerkRekenFout } from '../../../runtime/fouten.js';

function regeling(bron: string) {
  const r = laad(`regeling T\n  bron "test"\n${bron}`, 't.regel', stdlibLader);
  expect(r.diagnosen.filter((d) => d.ernst === 'fout')).toEqual([]);
  return r.gecontroleerd;
}

const UITZONDERINGEN = regeling(`
invoer a: getal
uitvoer b: getal
regel b is 1
  uitzondering "groot" indien a is groter dan 10 dan 2 bron "lid 2"
  uitzondering "heel groot" indien a is groter dan 100 dan 3 bron "lid 3"
  uitzondering "ook groot" indien a is groter dan 10 dan 2 bron "lid 4"
`);

describe('standaardlogica', () => {
  it('de basisregel geldt als geen uitzondering van toepassing is', () => {
    expect(evalueer(UITZONDERINGEN, { a: 5 }, { peildatum: '2026-01-01' }).uitvoer).toEqual({ b: 1 });
  });
  it('een uitzondering gaat voor de basisregel, en de uitleg noemt haar en haar bron', () => {
    const r = evalueer(UITZONDERINGEN, { a: 50 }, { peildatum: '2026-01-01' });
    expect(r.uitvoer).toEqual({ b: 2 });
    expect(r.uitleg.uitvoer.b!.besluit).toEqual({ soort: 'uitzondering', naam: 'groot', bron: 'lid 2' });
    expect(r.uitleg.uitvoer.b!.gebruikt).toContainEqual({ soort: 'invoer', naam: 'a', waarde: 50 });
  });
  it('twee uitzonderingen met verschillende uitkomst zijn een conflict dat beide noemt', () => {
    const f = () => evalueer(UITZONDERINGEN, { a: 500 }, { peildatum: '2026-01-01' });
    expect(f).toThrow(RegelwerkConflict);
    expect(f).toThrow(/'groot' \(bron: lid 2\).*'heel groot' \(bron: lid 3\)/);
  });
  it('een regel zonder toepasselijke definitie is een leeg-fout die de regel noemt', () => {
    const g = regeling('invoer a: getal\nuitvoer b: getal\nregel b is 1 indien a is groter dan 0 bron "art. 1"\n');
    expect(() => evalueer(g, { a: 0 }, { peildatum: '2026-01-01' })).toThrow(RegelwerkLeeg);
    expect(() => evalueer(g, { a: 0 }, { peildatum: '2026-01-01' })).toThrow(/regel 'b'/);
  });
});

describe('rekenen', () => {
  it('geen binaire drijvende komma: 0,1 + 0,2 is precies 0,3', () => {
    const g = regeling('invoer a: getal\ninvoer b: getal\nuitvoer c: ja/nee\nregel c is a + b is 0,3\n');
    expect(evalueer(g, { a: 0.1, b: 0.2 }, { peildatum: '2026-01-01' }).uitvoer).toEqual({ c: true });
  });
  it('bedragen worden alleen afgerond waar de regeling dat zegt', () => {
    const g = regeling('invoer a: bedrag\nuitvoer b: bedrag\nregel b is 7,5% van a afgerond op centen naar beneden\n');
    expect(evalueer(g, { a: 1000.01 }, { peildatum: '2026-01-01' }).uitvoer).toEqual({ b: 75 });
    const zonder = regeling('invoer a: bedrag\nuitvoer b: bedrag\nregel b is 7,5% van a\n');
    expect(() => evalueer(zonder, { a: 1000.01 }, { peildatum: '2026-01-01' })).toThrow(/niet afgerond op centen/);
  });
  it('deling door nul is een rekenfout, geen Infinity', () => {
    const g = regeling('invoer a: getal\nuitvoer b: getal\nregel b is 1 / a\n');
    expect(() => evalueer(g, { a: 0 }, { peildatum: '2026-01-01' })).toThrow(RegelwerkRekenFout);
  });
  it('een rekenfout noemt de binnenste regel waarin zij ontstond', () => {
    const g = regeling('invoer a: getal\nuitvoer b: getal\nregel b is 10 + deel\nregel deel: getal is 1 / a\n');
    expect(() => evalueer(g, { a: 0 }, { peildatum: '2026-01-01' })).toThrow("in regel 'deel': deling door nul");
  });
});

describe('datums', () => {
  const g = regeling('invoer d: datum\ninvoer n: getal\nuitvoer e: datum\nregel e is d + n maanden\n');
  const plus = (d: string, n: number) => evalueer(g, { d, n }, { peildatum: '2026-01-01' }).uitvoer.e;
  it('31 januari + 1 maand is de laatste dag van februari', () => {
    expect(plus('2025-01-31', 1)).toBe('2025-02-28');
    expect(plus('2024-01-31', 1)).toBe('2024-02-29');
  });
  it('29 februari + 12 maanden is 28 februari', () => {
    expect(plus('2024-02-29', 12)).toBe('2025-02-28');
    expect(plus('2024-02-29', 48)).toBe('2028-02-29');
  });
});

describe('invoervalidatie', () => {
  const g = regeling(`
soort C is gegevens { begin: datum, einde: datum }
  eis einde is ten minste begin melding "einde voor begin"
invoer soort_: keuze a, b
invoer cs: lijst van C
  eis aantal cs > 0 melding "geen contracten"
uitvoer n: getal
regel n is als soort_ is a dan aantal cs anders 0
`);
  const fout = (invoer: unknown): RegelwerkInvoerFout => {
    try {
      evalueer(g, invoer, { peildatum: '2026-01-01' });
    } catch (x) {
      if (x instanceof RegelwerkInvoerFout) return x;
      throw x;
    }
    throw new Error('geen fout');
  };
  const goed = { begin: '2025-01-01', einde: '2025-02-01' };
  it('een onmogelijke datum noemt het veldpad', () => {
    const f = fout({ soort_: 'a', cs: [goed, { begin: '2025-02-30', einde: '2025-03-01' }] });
    expect(f.pad).toBe('cs[1].begin');
    expect(f.message).toContain('"2025-02-30" is geen bestaande datum');
  });
  it('een ontbrekend veld, een verkeerd type en een onbekende keuze', () => {
    expect(fout({ soort_: 'a' }).pad).toBe('cs');
    expect(fout({ soort_: 'a', cs: [{ begin: '2025-01-01' }] }).pad).toBe('cs[0].einde');
    expect(fout({ soort_: 'c', cs: [goed] }).message).toContain('kies uit "a", "b"');
    expect(fout({ soort_: 'a', cs: 'geen lijst' }).message).toContain('verwacht een lijst');
  });
  it('eisen op soorten en invoer', () => {
    expect(fout({ soort_: 'a', cs: [{ begin: '2025-02-01', einde: '2025-01-01' }] })).toMatchObject({ pad: 'cs[0]', reden: 'einde voor begin' });
    expect(fout({ soort_: 'a', cs: [] })).toMatchObject({ pad: 'cs', reden: 'geen contracten' });
  });
  it('een peildatum voor de eerste rij van een tabel noemt de tabel en de datum', () => {
    const m = regeling('gebruik minimumloon\ninvoer u: getal\nuitvoer l: bedrag\nregel l is u * minimumuurloon\n');
    expect(() => evalueer(m, { u: 1 }, { peildatum: '2020-01-01' })).toThrow(/minimumuurloon.*2020-01-01/);
    const r = evalueer(m, { u: 10 }, { peildatum: '2025-03-01' });
    expect(r.uitvoer.l).toBe(140.6);
    expect(r.uitleg.uitvoer.l!.gebruikt).toContainEqual(expect.objectContaining({ soort: 'parameter', naam: 'minimumuurloon', vanaf: '2025-01-01' }));
  });
  it('een parameter kan voor één evaluatie overschreven worden', () => {
    const m = regeling('gebruik minimumloon\ninvoer u: getal\nuitvoer l: bedrag\nregel l is u * minimumuurloon\n');
    expect(evalueer(m, { u: 10 }, { peildatum: '2025-03-01', parameters: { minimumuurloon: 20 } }).uitvoer.l).toBe(200);
  });
});
