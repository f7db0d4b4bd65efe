// How hard the fuzz tests try: a short budget inside `npm test`, a long one
// from `npm run fuzz` (FUZZ_RUNS=…). A failure prints fast-check's seed and
// path; FUZZ_SEED=… replays it.
export const fuzzRuns = Number(process.env.FUZZ_RUNS ?? 60);

export const fuzzParameters = {
  numRuns: fuzzRuns,
  ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}),
};
