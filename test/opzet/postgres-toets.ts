// A describe block with its own throw-away PostgreSQL clusters (postgres.ts): started before its
// tests, stopped and removed after them, also when they fail. Without PostgreSQL the block fails
// with the reason and the remedy under CI (CI=true: the tests are part of `npm test`, and .ci/run
// installs it), and elsewhere is skipped with the reason in its name and on stderr, never silently.
import { afterAll, beforeAll, describe } from 'vitest';
import { postgresOntbreekt, startCluster, type Cluster } from './postgres.js';

/** True when this run is CI's (CI set, and not to 'false' or '0'). */
export function onderCi(): boolean {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

/**
 * `describe(naam)` with `aantal` clusters of its own; `inhoud` gets a function that returns them
 * (inside tests and hooks: they start in a beforeAll).
 */
export function beschrijfMetPostgres(naam: string, aantal: number, inhoud: (clusters: () => readonly Cluster[]) => void): void {
  const reden = postgresOntbreekt();
  if (reden !== null && !onderCi()) {
    process.stderr.write(`regelwerk: overgeslagen: ${naam}: ${reden}\n`);
    describe.skip(`${naam} (overgeslagen: ${reden})`, () => inhoud(() => []));
    return;
  }
  describe(naam, () => {
    const clusters: Cluster[] = [];
    beforeAll(async () => {
      if (reden !== null) throw new Error(`CI=true, maar ${reden}`);
      for (let i = 0; i < aantal; i++) clusters.push(await startCluster());
    });
    afterAll(async () => {
      await Promise.all(clusters.map((c) => c.stop()));
    });
    inhoud(() => clusters);
  });
}
