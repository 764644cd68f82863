// The TypeScript that both generators write the same way (compiler/codegen/ts-code.ts): the type
// of the JSON contract is valid TypeScript for every Regelwerk type, also the ones no shipped
// policy has (an empty keuze once gave `x: ;` on the exact path and `never` on the fast path),
// and a key or field read means the field of that name, whatever characters the name holds.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ts } from 'ts-morph';
import { laad } from '../../../language/index.js';
import { Codegen } from '../../../compiler/codegen/codegen.js';
import { eigenschap, jsonType, keuzeType, sleutel } from '../../../compiler/codegen/ts-code.js';
import type { Type } from '../../../runtime/typen.js';

/** Syntax errors of a TypeScript text (no type check: the types only have to be written right). */
function syntaxfouten(code: string): string[] {
  const { diagnostics = [] } = ts.transpileModule(code, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } });
  return diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/** Names as a policy could never write them too: quotes, comment ends, line separators, __proto__. */
const naam = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
  fc.constantFrom('__proto__', 'constructor', 'a-b', '*/', '\u2028', '${x}', '"', 'ijs-één', ''),
);

const typeArb: fc.Arbitrary<Type> = fc.letrec<{ type: Type }>((tie) => ({
  type: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom<Type>({ soort: 'ja/nee' }, { soort: 'getal' }, { soort: 'bedrag' }, { soort: 'percentage' }, { soort: 'datum' }, { soort: 'duur' }, { soort: 'tekst' }),
    fc.array(naam, { maxLength: 3 }).map((waarden): Type => ({ soort: 'keuze', waarden })),
    fc.uniqueArray(fc.record({ naam, type: tie('type') }), { selector: (v) => v.naam, minLength: 1, maxLength: 3 }).map((velden): Type => ({ soort: 'gegevens', velden })),
    tie('type').map((element): Type => ({ soort: 'lijst', element })),
    tie('type').filter((t) => t.soort !== 'leegbaar').map((t): Type => ({ soort: 'leegbaar', type: t })),
  ),
})).type;

describe('ts-code: the TypeScript both generators share', () => {
  it('an empty keuze is the type never, in the JSON contract and in internal values', () => {
    const leeg: Type = { soort: 'keuze', waarden: [] };
    expect(keuzeType([])).toBe('never');
    expect(jsonType(leeg)).toBe('never');
    expect(jsonType({ soort: 'gegevens', velden: [{ naam: 'k', type: leeg }] })).toBe('{ k: never }');
    const g = laad('regeling T\n  bron "t"\ninvoer a: getal\nuitvoer b: getal\nregel b is a\n', 't.regel').gecontroleerd;
    expect(new Codegen(g).tsType({ soort: 'lijst', element: leeg })).toBe('readonly (never)[]');
  });

  it('the type of the JSON contract and of internal values is valid TypeScript for every type', () => {
    const g = laad('regeling T\n  bron "t"\ninvoer a: getal\nuitvoer b: getal\nregel b is a\n', 't.regel').gecontroleerd;
    fc.assert(fc.property(typeArb, (t) => {
      const code = `import type * as rt from '@regelwerk/runtime';\nexport type J = ${jsonType(t)};\nexport interface I { ${sleutel('v')}: ${jsonType(t)} }\nexport type W = ${new Codegen(g).tsType(t)};\n`;
      expect(syntaxfouten(code), code).toEqual([]);
    }), { numRuns: 150 });
  });

  it('a key in an object literal and a field read mean the field of that name, for any name', () => {
    fc.assert(fc.property(naam, fc.integer(), (n, x) => {
      const object = new Function(`return { ${sleutel(n)}: ${x} };`)() as Record<string, unknown>;
      expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
      expect(Object.keys(object)).toEqual([n]);
      expect(Object.getOwnPropertyDescriptor(object, n)?.value).toBe(x);
      // A read of `__proto__` finds the prototype, whatever the syntax: the lexer refuses names
      // starting with _ (RW0007), so no field read has that name.
      if (n !== '__proto__') expect(new Function('o', `return ${eigenschap('o', n)};`)(object)).toBe(x);
    }));
  });

  it('a key is valid TypeScript in an interface and in an object literal, for any name', () => {
    fc.assert(fc.property(fc.uniqueArray(naam, { minLength: 1, maxLength: 4 }), (namen) => {
      const code = `interface I { ${namen.map((n) => `${sleutel(n)}: number`).join('; ')} }\nexport const i: I = { ${namen.map((n) => `${sleutel(n)}: 1`).join(', ')} };\n`;
      expect(syntaxfouten(code), code).toEqual([]);
    }), { numRuns: 50 });
  });
});
