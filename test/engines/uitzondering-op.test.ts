// `uitzondering "b" op "a"`: random policies whose exceptions form trees of depth 1–3, written in
// a random order, with conditions on a few ja/nee inputs so that several exceptions apply at once.
// An independent model (who applies, who is overridden by an applicable exception to it, which of
// the rest decide) gives the value, the conflict or the empty rule and the exceptions overridden;
// the interpreter must follow it, the exact code gives the same outcome and explanation byte for
// byte, the text explanation the same words, and the fast path the same outputs or declines.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { laad } from '../../language/index.js';
import type { Gecontroleerd } from '../../language/checker.js';
import { evalueer } from '../../compiler/interpreter/interpreter.js';
import { uitlegAlsTekst } from '../../compiler/interpreter/uitleg-tekst.js';
import type { Uitleg } from '../../runtime/uitleg.js';
import type { GecompileerdeModule } from '../../runtime/runtime.js';
import { beideGelijk, vang } from './beide-engines.js';
import { gecompileerd, toetsSeed } from '../opzet/mappen.js';

const INVOER = ['b0', 'b1', 'b2', 'b3', 'b4'] as const;

/** One exception as drawn: its parent (an index, or null), its condition's inputs (negated or not), its value. */
interface Uitz {
  readonly ouder: number | null;
  readonly toets: readonly { readonly b: number; readonly niet: boolean }[];
  /** A constant, or n plus a constant (an expression the fast path and the engines compute). */
  readonly waarde: { readonly plusN: boolean; readonly c: number };
}
interface Beleid {
  readonly uitz: readonly Uitz[];
  /** The order in which the exceptions are written: a permutation of their indices. */
  readonly volgorde: readonly number[];
  readonly metIndien: boolean;
}

/** The depth of exception i in its tree (1 for one without a parent). */
function diepte(us: readonly Uitz[], i: number): number {
  const o = us[i]!.ouder;
  return o === null ? 1 : 1 + diepte(us, o);
}

const uitzArb = (n: number): fc.Arbitrary<Uitz[]> =>
  fc.array(fc.tuple(fc.nat(), fc.array(fc.record({ b: fc.nat({ max: INVOER.length - 1 }), niet: fc.boolean() }), { minLength: 1, maxLength: 2 }), fc.record({ plusN: fc.boolean(), c: fc.integer({ min: 0, max: 3 }) }), fc.boolean()), { minLength: n, maxLength: n })
    .map((xs) => {
      const us: Uitz[] = [];
      xs.forEach(([o, toets, waarde, zonder], i) => {
        // a parent among the earlier exceptions whose depth is below 3: trees of depth 1–3
        const kandidaten = us.map((_, j) => j).filter((j) => diepte(us, j) < 3);
        const ouder = zonder || kandidaten.length === 0 || i === 0 ? null : kandidaten[o % kandidaten.length]!;
        us.push({ ouder, toets, waarde });
      });
      return us;
    });

const beleidArb: fc.Arbitrary<Beleid> = fc.integer({ min: 2, max: 7 }).chain((n) =>
  fc.record({
    uitz: uitzArb(n),
    volgorde: fc.array(fc.double({ noNaN: true }), { minLength: n, maxLength: n }).map((k) => k.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => i)),
    metIndien: fc.boolean(),
  }));

const label = (i: number): string => `u${i}`;

function alsRegel(b: Beleid): string {
  const regels = b.volgorde.map((i) => {
    const u = b.uitz[i]!;
    const c = u.toets.map((t) => (t.niet ? `niet ${INVOER[t.b]}` : INVOER[t.b])).join(' en ');
    const w = u.waarde.plusN ? `n + ${u.waarde.c}` : `${u.waarde.c}`;
    return `  uitzondering "${label(i)}"${u.ouder !== null ? ` op "${label(u.ouder)}"` : ''} indien ${c} dan ${w}\n`;
  });
  return `regeling Boom\n  bron "test"\n\n${INVOER.map((x) => `invoer ${x}: ja/nee\n`).join('')}invoer n: getal\n\nuitvoer x: getal\n\n`
    + `regel x: getal is n * 10${b.metIndien ? ' indien b0 en b1' : ''}\n${regels.join('')}`;
}

type Model = { kind: 'waarde'; waarde: number; besluit: string | null; over: string[] } | { kind: 'conflict'; a: string; b: string } | { kind: 'leeg' };

/** The independent reading of the tree, on the exceptions in the order they are written. */
function model(b: Beleid, invoer: Record<string, boolean | number>): Model {
  const us = b.uitz;
  const geldt = us.map((u) => u.toets.every((t) => (invoer[INVOER[t.b]!] as boolean) !== t.niet));
  const isVoorouder = (a: number, k: number): boolean => {
    for (let o = us[k]!.ouder; o !== null; o = us[o]!.ouder) if (o === a) return true;
    return false;
  };
  const beslissers = b.volgorde.filter((i) => geldt[i] && !us.some((_, k) => geldt[k] && isVoorouder(i, k)));
  const n = invoer.n as number;
  const w = (i: number): number => (us[i]!.waarde.plusN ? n : 0) + us[i]!.waarde.c;
  const eerste = beslissers[0];
  if (eerste !== undefined) {
    const anders = beslissers.find((i) => w(i) !== w(eerste));
    if (anders !== undefined) return { kind: 'conflict', a: label(eerste), b: label(anders) };
    const over = b.volgorde.filter((j) => geldt[j] && isVoorouder(j, eerste)).map(label);
    return { kind: 'waarde', waarde: w(eerste), besluit: label(eerste), over };
  }
  if (b.metIndien && !(invoer.b0 && invoer.b1)) return { kind: 'leeg' };
  return { kind: 'waarde', waarde: n * 10, besluit: null, over: [] };
}

const BELEIDEN = fc.sample(beleidArb, { numRuns: 8, seed: toetsSeed() });
let geladen: { b: Beleid; g: Gecontroleerd; module: GecompileerdeModule; snel: boolean }[];

beforeAll(async () => {
  const gs = BELEIDEN.map((b) => {
    const res = laad(alsRegel(b), 'boom.regel');
    expect(res.diagnosen.filter((d) => d.ernst === 'fout'), alsRegel(b)).toEqual([]);
    return res.gecontroleerd;
  });
  const ms = await gecompileerd('uitzondering-op', gs.map((g) => ({ g, bestand: 'boom.regel' })));
  geladen = BELEIDEN.map((b, i) => ({ b, g: gs[i]!, module: ms[i]!.module, snel: !ms[i]!.ts.includes('Geen snelle evaluatie') }));
}, 120_000);

const invoerArb = fc.record({ b0: fc.boolean(), b1: fc.boolean(), b2: fc.boolean(), b3: fc.boolean(), b4: fc.boolean(), n: fc.integer({ min: -3, max: 3 }) });

describe('uitzondering "b" op "a"', () => {
  it('beslist zoals het model, in de interpreter, de exacte code en het snelle pad gelijk', () => {
    const teller = { overschreven: 0, conflict: 0, meerdere: 0, snel: 0 };
    for (const { b, g, module, snel } of geladen) {
      expect(snel, alsRegel(b)).toBe(true);
      fc.assert(
        fc.property(invoerArb, (invoer) => {
          const m = model(b, invoer);
          const a = vang(() => evalueer(g, invoer, { peildatum: '2026-01-01' }));
          if (m.kind === 'conflict') {
            teller.conflict++;
            expect(a).toMatchObject({ ok: false, soort: 'conflict' });
            expect((a as { melding: string }).melding).toMatch(new RegExp(`^conflict in regel 'x': uitzondering '${m.a}' geeft .* en uitzondering '${m.b}' geeft `));
          } else if (m.kind === 'leeg') {
            expect(a).toMatchObject({ ok: false, soort: 'leeg' });
          } else {
            expect(a).toMatchObject({ ok: true, uitvoer: { x: m.waarde } });
            const besluit = (a as { uitleg: Uitleg }).uitleg.uitvoer.x!.besluit;
            if (m.besluit === null) expect(besluit).toEqual({ soort: 'basis' });
            else {
              expect(besluit).toEqual({ soort: 'uitzondering', naam: m.besluit, bron: null, ...(m.over.length > 0 ? { overschrijft: m.over } : {}) });
              const tekst = uitlegAlsTekst((a as { uitleg: Uitleg }).uitleg, g);
              expect(tekst).toContain(`[uitzondering '${m.besluit}'${m.over.length > 0 ? ` (gaat voor ${m.over.map((o) => `'${o}'`).join(', ')})` : ''}]`);
              if (m.over.length > 0) teller.overschreven++;
            }
          }
          if (b.uitz.filter((u) => u.toets.every((t) => (invoer[INVOER[t.b]!] as boolean) !== t.niet)).length >= 2) teller.meerdere++;
          beideGelijk(g, module, invoer, { peildatum: '2026-01-01' });
          // the text explanation of the compiled module's tree is the interpreter's, word for word
          const c = vang(() => module.evalueerMetUitleg(invoer, { peildatum: '2026-01-01' }));
          if (a.ok && c.ok) expect(uitlegAlsTekst(c.uitleg as Uitleg, g)).toBe(uitlegAlsTekst(a.uitleg as Uitleg, g));
          const s = module.evalueerSnel(invoer, { peildatum: '2026-01-01' });
          // whole numbers only: the fast path declines a conflict or an empty rule, and answers every other input
          expect(s === undefined, JSON.stringify(invoer)).toBe(m.kind !== 'waarde');
          if (s === undefined) return;
          teller.snel++;
          expect(a.ok).toBe(true);
          expect(s).toEqual((a as { uitvoer: unknown }).uitvoer);
        }),
        { numRuns: 60 },
      );
    }
    // several exceptions applied at once, one overrode another, conflicts were drawn, and the fast path answered
    expect(teller.meerdere).toBeGreaterThan(50);
    expect(teller.overschreven).toBeGreaterThan(10);
    expect(teller.conflict).toBeGreaterThan(5);
    expect(teller.snel).toBeGreaterThan(100);
  });
});
