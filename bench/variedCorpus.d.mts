/** Deterministic varied notes (see variedCorpus.mjs). */
export function generateVariedCorpus(options?: { notes?: number; targetBytes?: number; seed?: number }): string[];
/** One long varied note of about `bytes`. */
export function variedLongNote(bytes: number, seed?: number): string;
