import type { Suppression } from '../types';
import type { LineIndex } from './lineIndex';
import type { HtmlChunk } from './prose';

const COMMENT = /<!--\s*claimcheck-(disable-next-line|disable-line|disable|enable)\b([^>]*?)\s*-->/g;

/**
 * markdownlint-style suppression comments. `disable` without `enable` runs to the end of the
 * note; `enable` with codes ends only the regions opened with one of those codes, `enable`
 * without codes ends all of them.
 */
export function readSuppressions(html: readonly HtmlChunk[], lines: LineIndex, lastLine: number): Suppression[] {
  const out: Suppression[] = [];
  const open: { fromLine: number; codes: string[] }[] = [];
  const chunks = [...html].sort((a, b) => a.start - b.start);
  for (const chunk of chunks) {
    if (!chunk.value.includes('claimcheck-')) continue;
    COMMENT.lastIndex = 0;
    for (let m = COMMENT.exec(chunk.value); m; m = COMMENT.exec(chunk.value)) {
      const codes = m[2]!.split(/[\s,]+/).filter((c) => c.length > 0);
      const startLine = lines.position(chunk.start + m.index).line;
      const endLine = lines.position(chunk.start + m.index + m[0].length).line;
      switch (m[1]) {
        case 'disable-next-line':
          out.push({ fromLine: endLine + 1, toLine: endLine + 1, codes });
          break;
        case 'disable-line':
          out.push({ fromLine: startLine, toLine: endLine, codes });
          break;
        case 'disable':
          open.push({ fromLine: startLine, codes });
          break;
        case 'enable':
          for (let i = open.length - 1; i >= 0; i--) {
            const region = open[i]!;
            if (codes.length === 0 || region.codes.some((c) => codes.includes(c))) {
              out.push({ fromLine: region.fromLine, toLine: startLine, codes: region.codes });
              open.splice(i, 1);
            }
          }
          break;
      }
    }
  }
  for (const region of open) out.push({ fromLine: region.fromLine, toLine: lastLine, codes: region.codes });
  return out.sort((a, b) => a.fromLine - b.fromLine);
}
