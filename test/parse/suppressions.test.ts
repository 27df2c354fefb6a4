import { describe, expect, it } from 'vitest';
import { parseNote } from '../../server/src/core/parse/parseNote';

const sup = (text: string) => parseNote(text).suppressions;

describe('suppression comments', () => {
  it('disable-next-line covers the line after the comment', () => {
    expect(sup('a\n<!-- claimcheck-disable-next-line -->\nIt has 5 GPUs.')).toEqual([{ fromLine: 2, toLine: 2, codes: [] }]);
  });

  it('reads codes', () => {
    expect(sup('<!-- claimcheck-disable-next-line contradicted outdated -->\nx')).toEqual([{ fromLine: 1, toLine: 1, codes: ['contradicted', 'outdated'] }]);
  });

  it('disable runs to enable, or to the end of the note', () => {
    expect(sup('<!-- claimcheck-disable -->\na\nb\n<!-- claimcheck-enable -->\nc')).toEqual([{ fromLine: 0, toLine: 3, codes: [] }]);
    expect(sup('a\n<!-- claimcheck-disable unsourced -->\nb\nc')).toEqual([{ fromLine: 1, toLine: 3, codes: ['unsourced'] }]);
  });

  it('enable with codes closes only the regions opened with those codes', () => {
    const text = '<!-- claimcheck-disable unsourced -->\n\n<!-- claimcheck-disable outdated -->\n\n<!-- claimcheck-enable outdated -->\nx\ny';
    expect(sup(text)).toEqual([
      { fromLine: 0, toLine: 6, codes: ['unsourced'] },
      { fromLine: 2, toLine: 4, codes: ['outdated'] },
    ]);
  });

  it('reads inline comments and comments inside an HTML block', () => {
    expect(sup('It has 5 GPUs. <!-- claimcheck-disable-line -->')).toEqual([{ fromLine: 0, toLine: 0, codes: [] }]);
    expect(sup('<div>\n<!-- claimcheck-disable-next-line -->\n</div>\nx')).toEqual([{ fromLine: 2, toLine: 2, codes: [] }]);
  });

  it('ignores comments in code and other comments', () => {
    expect(sup('`<!-- claimcheck-disable -->`\n\n```\n<!-- claimcheck-disable -->\n```\n\n<!-- a comment -->')).toEqual([]);
  });

  it('counts lines across CRLF', () => {
    expect(sup('a\r\n\r\n<!-- claimcheck-disable-next-line -->\r\nb')).toEqual([{ fromLine: 3, toLine: 3, codes: [] }]);
  });
});
