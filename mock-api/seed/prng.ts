/**
 * A small deterministic pseudo-random generator (mulberry32): the same seed gives the same data set
 * on every machine, so large generated sets are reproducible in tests and benchmarks.
 */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n) from a generator. */
export const pick = (random: () => number, n: number): number => Math.floor(random() * n);
