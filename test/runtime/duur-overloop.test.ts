// A duration whose months or days leave the safe integers is an overflow, named with its exact
// value: `12 × 9007199254740991` months is 108086391056891892, not "moet een geheel getal zijn:
// 108086391056891890" (a whole number, printed as the double it rounded to). The generator draws
// parts near 2^53 and compares every operation with bigint arithmetic; the CLI test runs the same
// overflow through both engines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { duur, maalDuur, minDuur, negatiefDuur, plusDuur, duurVanJson, type Duur } from '../../runtime/duur.js';
import { regelwerk, tijdelijkeMap } from '../compiler/node/cli-hulp.js';
import { laad } from '../../language/index.js';
import { EENHEDEN } from '../../runtime/duur.js';

const GROOTSTE = 9007199254740991n;

/** Safe integers, often close to ±2^53 where sums and products overflow. */
const deel = fc.oneof(
  fc.bigInt({ min: -GROOTSTE, max: GROOTSTE }),
  fc.bigInt({ min: GROOTSTE - 1000n, max: GROOTSTE }),
  fc.bigInt({ min: -GROOTSTE, max: -GROOTSTE + 1000n }),
  fc.bigInt({ min: -100n, max: 100n }),
  fc.constantFrom(750599937895083n, 750599937895082n, 1286742750677285n, 1286742750677284n), // ⌈2^53 / 12⌉, ⌈2^53 / 7⌉ and one less
).map(Number);
const duurArb = fc.record({ maanden: deel, dagen: deel });

/** The expected duration from exact parts, or the message of its overflow (months are checked first). */
function verwacht(maanden: bigint, dagen: bigint): Duur | string {
  for (const [x, wat] of [[maanden, 'maanden'], [dagen, 'dagen']] as const) {
    if (x > GROOTSTE || x < -GROOTSTE) return `een duur van ${x} ${wat} is te groot (ten hoogste ${GROOTSTE} ${wat})`;
  }
  return { maanden: Number(maanden) + 0, dagen: Number(dagen) + 0 };
}

function uitkomst(f: () => Duur): Duur | string {
  try {
    return f();
  } catch (x) {
    if (!(x instanceof RangeError)) throw x;
    return x.message;
  }
}

const B = (x: number): bigint => BigInt(x);

describe('overloop van een duur', () => {
  it('som, verschil, product, tegengestelde en eenheden: exact, of een overloop met het exacte getal', () => {
    fc.assert(
      fc.property(duurArb, duurArb, deel, (a, b, k) => {
        expect(uitkomst(() => plusDuur(a, b))).toEqual(verwacht(B(a.maanden) + B(b.maanden), B(a.dagen) + B(b.dagen)));
        expect(uitkomst(() => minDuur(a, b))).toEqual(verwacht(B(a.maanden) - B(b.maanden), B(a.dagen) - B(b.dagen)));
        expect(uitkomst(() => maalDuur(a, k))).toEqual(verwacht(B(a.maanden) * B(k), B(a.dagen) * B(k)));
        expect(uitkomst(() => negatiefDuur(a))).toEqual(verwacht(-B(a.maanden), -B(a.dagen)));
        expect(uitkomst(() => duur({ jaren: k, weken: a.dagen }))).toEqual(verwacht(B(k) * 12n, B(a.dagen) * 7n));
      }),
    );
  });

  it('het voorbeeld uit de issue, en geen getal is een geheel-getalfout', () => {
    expect(uitkomst(() => duur({ jaren: 9007199254740991 }))).toBe('een duur van 108086391056891892 maanden is te groot (ten hoogste 9007199254740991 maanden)');
    expect(uitkomst(() => duur({ dagen: 1.5 }))).toBe('dagen moet een geheel getal zijn: 1,5');
    expect(uitkomst(() => maalDuur({ maanden: 1, dagen: 0 }, NaN))).toBe('de factor van een duur moet een geheel getal zijn: NaN');
    expect(duurVanJson({ jaren: 9007199254740991 })).toBe('een duur van 108086391056891892 maanden is te groot (ten hoogste 9007199254740991 maanden)');
  });
});

describe('een te grote duur als constante', () => {
  it('RW2013 precies als de maanden of dagen van de constante buiten 2^53 - 1 vallen, met het exacte aantal', () => {
    const eenheid = fc.constantFrom(...EENHEDEN);
    // around the bound of each unit: ⌊(2^53 - 1) / factor⌋ + d
    fc.assert(
      fc.property(eenheid, fc.integer({ min: -3, max: 3 }), fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.boolean(), (e, d, willekeurig, rand) => {
        const factor = BigInt(e.maanden || e.dagen);
        const n = rand ? GROOTSTE / factor + BigInt(d) : willekeurig;
        const tekst = `regeling D\n  bron "t"\ninvoer k: getal\nuitvoer w: duur\nregel w: duur is ${n} ${e.meervoud} * k\n`;
        const r = laad(tekst, 'd.regel');
        const fouten = r.diagnosen.filter((x) => x.code === 'RW2013');
        const waarde = n * factor;
        const wat = e.maanden ? 'maanden' : 'dagen';
        if (waarde > GROOTSTE) expect(fouten.map((x) => x.melding)).toEqual([`${n} ${e.meervoud}: een duur van ${waarde} ${wat} is te groot (ten hoogste ${GROOTSTE} ${wat})`]);
        else expect(fouten).toEqual([]);
      }),
    );
  });
});

describe('overloop van een duur in beide engines', () => {
  const tmp = tijdelijkeMap('regelwerk-duur-overloop-');
  let vorig: string | undefined;
  beforeAll(() => {
    vorig = process.env.XDG_CACHE_HOME;
    process.env.XDG_CACHE_HOME = `${tmp.map()}/cache`;
  });
  afterAll(() => {
    if (vorig === undefined) delete process.env.XDG_CACHE_HOME;
    else process.env.XDG_CACHE_HOME = vorig;
  });

  it('k jaren en een duur maal m geven in beide engines dezelfde rekenfout met het exacte aantal maanden', async () => {
    const policy = tmp.bestand('overloop.regel', 'regeling Overloop\n  bron "test"\ninvoer k: getal\ninvoer m: getal\nuitvoer w: duur\nuitvoer v: duur\nregel w: duur is k jaren\nregel v: duur is 2 maanden * m\n');
    const invoer = tmp.bestand('invoer.json', JSON.stringify([{ k: 900719925474099, m: 1 }, { k: 3, m: 4503599627370496 }, { k: 3, m: 3 }]));
    const uit: { err: string; out: unknown }[] = [];
    for (const engine of ['interpreter', 'compiled']) {
      const r = await regelwerk('run', policy, '--invoer', invoer, '--engine', engine);
      expect(r.code, r.err).toBe(3);
      uit.push({ err: r.err, out: JSON.parse(r.out) });
    }
    expect(uit[0]!.err).toBe(
      "geval 1: in regel 'w': rekenfout: een duur van 10808639105689188 maanden is te groot (ten hoogste 9007199254740991 maanden)\n" +
      "geval 2: in regel 'v': rekenfout: een duur van 9007199254740992 maanden is te groot (ten hoogste 9007199254740991 maanden)\n",
    );
    expect((uit[0]!.out as unknown[])[2]).toEqual({ w: { maanden: 36 }, v: { maanden: 6 } });
    expect(uit[1]).toEqual(uit[0]);
  });

  it('de grootste constanten die passen rekenen in beide engines gelijk (de gecompileerde module berekent ze bij het laden)', async () => {
    const policy = tmp.bestand('grens.regel', 'regeling Grens\n  bron "test"\ninvoer k: getal\nuitvoer j: duur\nuitvoer w: duur\nuitvoer d: duur\nregel j: duur is 750599937895082 jaren * k\nregel w: duur is 1286742750677284 weken * k\nregel d: duur is 9007199254740991 dagen * k\n');
    const invoer = tmp.bestand('grens.json', JSON.stringify([{ k: 1 }, { k: -1 }, { k: 2 }]));
    const uit: unknown[] = [];
    for (const engine of ['interpreter', 'compiled']) {
      const r = await regelwerk('run', policy, '--invoer', invoer, '--engine', engine);
      expect(r.code, r.err).toBe(3); // k = 2 overflows
      uit.push({ out: JSON.parse(r.out), err: r.err });
    }
    expect((uit[0] as { out: unknown[] }).out.slice(0, 2)).toEqual([
      { j: { maanden: 9007199254740984 }, w: { dagen: 9007199254740988 }, d: { dagen: 9007199254740991 } },
      { j: { maanden: -9007199254740984 }, w: { dagen: -9007199254740988 }, d: { dagen: -9007199254740991 } },
    ]);
    expect(uit[1]).toEqual(uit[0]);
  });
});
