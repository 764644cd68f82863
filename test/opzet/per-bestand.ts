// Before every test file (vitest `setupFiles`): fast-check draws from the run's one seed
// (globaal.ts), so every property without a seed of its own repeats with REGELWERK_SEED. A failing
// property prints that seed and the path of its counterexample (fast-check's own report).
import fc from 'fast-check';
import { toetsSeed } from './mappen.js';

fc.configureGlobal({ seed: toetsSeed() });
