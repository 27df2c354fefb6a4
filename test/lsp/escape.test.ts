// Facts-file text shown in hovers cannot become markup, HTML or a command link.
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, inlineCode, markdownLink, safeLinkTarget } from '../../server/src/lsp/escape';
import { globToRegExp, matchesAny } from '../../server/src/lsp/glob';

describe('escaping', () => {
  it('backslash-escapes markup and HTML', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)> **bold** [x](command:foo)')).toBe(
      '\\<img src\\=x onerror\\=alert\\(1\\)\\> \\*\\*bold\\*\\* \\[x\\]\\(command\\:foo\\)',
    );
  });

  it('links only http(s) URLs and encodes what could end the destination', () => {
    expect(safeLinkTarget('command:workbench.action.quit')).toBeUndefined();
    expect(safeLinkTarget('javascript:alert(1)')).toBeUndefined();
    expect(safeLinkTarget('https://x.test/a)b')).toBe('https://x.test/a%29b');
    expect(markdownLink('A <b>title</b>', 'command:x')).toBe('A \\<b\\>title\\<\\/b\\>'.replace('\\/', '/'));
    expect(markdownLink('T', 'https://x.test/')).toBe('[T](https://x.test/)');
  });

  it('fences inline code longer than any backtick run inside', () => {
    expect(inlineCode('a`b')).toBe('``a`b``');
  });
});

describe('globs', () => {
  it('matches the default facts and notes globs', () => {
    expect(matchesAny('facts.yaml', ['facts.yaml', 'facts/**/*.yaml'])).toBe(true);
    expect(matchesAny('facts/a/b.yaml', ['facts/**/*.yaml'])).toBe(true);
    expect(matchesAny('facts/b.yaml', ['facts/**/*.yaml'])).toBe(true);
    expect(matchesAny('notes/facts.yaml', ['facts.yaml'])).toBe(false);
    expect(matchesAny('a.md', ['**/*.md'])).toBe(true);
    expect(matchesAny('x/node_modules/y/a.md', ['**/node_modules/**'])).toBe(true);
    expect(globToRegExp('*.{md,markdown}').test('a.markdown')).toBe(true);
  });
});
