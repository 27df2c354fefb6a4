/** A seeded PRNG (mulberry32): the same seed, the same sequence in [0, 1). */
export function prng(seed: number): () => number;
/** The bench corpus generated from the example note (see corpus.mjs). */
export function generateCorpus(example: string, options?: { notes?: number; targetBytes?: number; seed?: number }): string[];
