/** A source map as esbuild writes it (version 3); only `mappings` is rewritten. */
export interface RawSourceMap {
  version: number;
  sources: string[];
  names: string[];
  mappings: string;
  sourcesContent?: string[];
  file?: string;
}

/** Escapes every non-ASCII character of `code` and moves `map`'s generated columns to match; throws on a non-ASCII character after a backslash. */
export function asciiBundle<M extends RawSourceMap | undefined>(file: string, code: string, map: M): { code: string; map: M };
