import type { Range } from '../core/types';

/** 1-based lines and columns (UTF-16 code units, as VS Code counts); end column is exclusive. */
export interface CliLocation {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function toCliLocation(file: string, range: Range): CliLocation {
  return {
    file,
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}
