// The tree of a rule's exceptions: `uitzondering "b" op "a"` makes "b" an exception to "a", so
// when both apply "b" decides. One computation of who is (transitively) an exception to whom,
// read by the checker (a missing parent, a cycle), the analysis (no conflict between an exception
// and its ancestor), the interpreter and both code generators (who overrides whom).
import type { Uitzondering } from './ast.js';

/** Whether any exception of the rule names a parent: only then the tree changes how the rule is decided. */
export function heeftBoom(us: readonly Uitzondering[]): boolean {
  return us.some((u) => u.ouder !== null);
}

/**
 * For each exception, the indices of the exceptions it is (transitively) an exception to, in
 * declaration order. A parent label names every exception with that label; an exception is never
 * its own ancestor here, even in a cycle (the checker reports that, RW2022).
 */
export function voorouders(us: readonly Uitzondering[]): number[][] {
  return us.map((_, i) => {
    const gezien = new Set<number>();
    const rij = [i];
    while (rij.length > 0) {
      const ouder = us[rij.pop()!]!.ouder;
      if (ouder === null) continue;
      us.forEach((v, j) => {
        if (v.label === ouder && !gezien.has(j)) {
          gezien.add(j);
          rij.push(j);
        }
      });
    }
    gezien.delete(i);
    return [...gezien].sort((a, b) => a - b);
  });
}

/** For each exception, the indices of the exceptions (transitively) to it: the inverse of voorouders. */
export function nakomelingen(us: readonly Uitzondering[]): number[][] {
  const vo = voorouders(us);
  return us.map((_, i) => vo.flatMap((v, j) => (v.includes(i) ? [j] : [])));
}

/** Whether exception i is (transitively) an exception to j, or j to i: such a pair never conflicts. */
export function verwant(vo: readonly (readonly number[])[], i: number, j: number): boolean {
  return vo[i]!.includes(j) || vo[j]!.includes(i);
}
