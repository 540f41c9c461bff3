/**
 * Fuzzing budget. CI runs every property with a fixed seed and FUZZ_RUNS runs (default 60), so a
 * failure reproduces; `npm run test:fuzz` raises the runs (FUZZ_RUNS, default 2,000 there) and
 * FUZZ_SEED picks another seed. The budget actually used is recorded in docs/performance.md.
 */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261126);
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 60);
/** Room per property test: generous, it is a hang detector, not a speed assertion. */
export const FUZZ_TIMEOUT_MS = Math.max(60_000, FUZZ_RUNS * 200);

export const fuzzParameters = { seed: FUZZ_SEED, numRuns: FUZZ_RUNS };
