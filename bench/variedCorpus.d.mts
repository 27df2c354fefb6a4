/** Deterministic varied notes (see variedCorpus.mjs). */
export function generateVariedCorpus(options?: { notes?: number; targetBytes?: number; seed?: number }): string[];
/** One long varied note of about `bytes`. */
export function variedLongNote(bytes: number, seed?: number): string;
/** The `.claimcheck.yaml` beside the corpus: undated notes are judged as of one fixed day. */
export const VARIED_CORPUS_CONFIG: string;
