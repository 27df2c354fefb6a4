// The one seeded PRNG (mulberry32, bench/corpus.mjs) for generated test inputs: the same seed, the same inputs.
export { prng } from '../bench/corpus.mjs';
