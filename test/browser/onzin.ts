// Een lap onzin voor de controle tijdens het typen: de toets (een paar honderd regels) en de browserbenchmark (10.000 regels) delen hem.

/** `n` lines of nonsense: every seventh an unfinished rule, the rest stray symbols and keywords. */
export function onzin(n: number): string {
  const regels: string[] = [];
  for (let i = 0; i < n; i++) regels.push(i % 7 === 0 ? `regel r${i} is (((${i} + ja * "x` : `@@ ${i} ?? onzin } ] ) als dan anders €€ ${'x'.repeat(i % 40)}`);
  return regels.join('\n');
}
