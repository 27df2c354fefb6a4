import { describe, expect, it } from 'vitest';
import { parseNote } from '../../server/src/core/parse/parseNote';

const cites = (text: string) => parseNote(text, { today: '2025-02-14' }).citations.map((c) => ({ keys: c.keys.map((k) => k.id), claim: c.claimIndex }));

describe('pandoc citations', () => {
  it('binds [@id] to the nearest claim before it in the sentence', () => {
    expect(cites('Revenue was $5 billion and capex $2 billion [@capex-2024].')).toEqual([{ keys: ['capex-2024'], claim: 1 }]);
  });

  it('reads several keys, prefixes and locators', () => {
    expect(cites('It had 5,000 GPUs [see @a, p. 3; -@b; @c:d.2025].')).toEqual([{ keys: ['a', 'b', 'c:d.2025'], claim: 0 }]);
  });

  it('binds a citation right after the sentence end to that sentence', () => {
    expect(cites('It raised $5 billion.[@raise] Then it grew.')).toEqual([{ keys: ['raise'], claim: 0 }]);
    expect(cites('It raised $5 billion. [@raise] Then it grew.')).toEqual([{ keys: ['raise'], claim: 0 }]);
  });

  it('leaves a citation with no claim before it unbound', () => {
    expect(cites('As argued [@smith], compute matters. It has 5 GPUs.')).toEqual([{ keys: ['smith'], claim: null }]);
  });

  it('reads a citation that a link definition turned into a link reference', () => {
    expect(cites('It had 5 GPUs [@gpus].\n\n[@gpus]: https://example.com/9')).toEqual([{ keys: ['gpus'], claim: 0 }]);
  });

  it('does not take numbers in citation keys for claims', () => {
    const note = parseNote('Valuation was $61.5 billion [@anthropic-valuation-2025-03].', { today: '2025-02-14' });
    expect(note.claims.map((c) => c.text)).toEqual(['$61.5 billion']);
    expect(note.claims[0]!.time).toBeNull();
  });

  it('ignores e-mail addresses, footnotes, plain brackets and code', () => {
    expect(cites('Write to team@example.com [or ops@example.com] about [^1] and `[@code]`.\n\n```\n[@fenced]\n```\n\n[^1]: Note.')).toEqual([]);
  });

  it('locates each key', () => {
    const text = 'It has 5 GPUs [@a; @bb].';
    const [c] = parseNote(text).citations;
    expect(text.slice(c!.offset.start, c!.offset.end)).toBe('[@a; @bb]');
    expect(c!.keys.map((k) => [text.slice(k.offset.start, k.offset.end), k.range.start.character])).toEqual([
      ['a', 16],
      ['bb', 20],
    ]);
  });
});
