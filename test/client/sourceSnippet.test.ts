// After Add Fact the cursor lands on the stub's empty source as tab stops; unfilled, the snippet
// leaves exactly the stub's text, so the fact stays valid.
import { describe, expect, it } from 'vitest';
import { idOffset, sourceSnippet } from '../../client/src/sourceSnippet';
import { shouldRecommendYaml } from '../../client/src/shouldRecommendYaml';

const FACTS = [
  'facts:',
  '  - id: old-fact',
  '    entity: acme',
  '    source:',
  '      url:',
  '      title:',
  '      published:',
  '      quote:',
  '  - id: openai-valuation-2025-03',
  '    entity: openai',
  '    kind: actual',
  '    source:',
  '      url:',
  '      title:',
  '      published:',
  '      quote:',
  '',
].join('\n');

describe('source snippet', () => {
  it("finds the new fact's own empty source block, not an earlier one", () => {
    const s = sourceSnippet(FACTS, 'openai-valuation-2025-03')!;
    expect(FACTS.slice(0, s.start).split('\n').length - 1).toBe(12);
    expect(FACTS.slice(s.start, s.end)).toBe('url:\n      title:\n      published:\n      quote:');
    expect(s.snippet).toBe('url: ${1}\ntitle: ${2}\npublished: ${3}\nquote: ${4}');
  });

  it('leaves a filled source alone and falls back to the id line', () => {
    const filled = FACTS.replace(/(openai-valuation-2025-03[\s\S]*?)url:/, '$1url: https://example.com');
    expect(sourceSnippet(filled, 'openai-valuation-2025-03')).toBeUndefined();
    expect(filled.slice(idOffset(filled, 'openai-valuation-2025-03'))).toMatch(/^id: openai-valuation-2025-03/);
    expect(sourceSnippet(FACTS, 'no-such-fact')).toBeUndefined();
  });
});

describe('YAML extension recommendation', () => {
  it('recommends once, only for a facts file, only without the extension', () => {
    expect(shouldRecommendYaml({ isFactsFile: true, yamlInstalled: false, askedBefore: false })).toBe(true);
    expect(shouldRecommendYaml({ isFactsFile: true, yamlInstalled: false, askedBefore: true })).toBe(false);
    expect(shouldRecommendYaml({ isFactsFile: true, yamlInstalled: true, askedBefore: false })).toBe(false);
    expect(shouldRecommendYaml({ isFactsFile: false, yamlInstalled: false, askedBefore: false })).toBe(false);
  });
});

describe('status asks', () => {
  it('drops a late reply for an editor that is no longer active, and one overtaken by a newer ask', async () => {
    const { LatestAsk, askLatest } = await import('../../client/src/latestAsk');
    const latest = new LatestAsk();
    let active = 'note.md';
    const shown: string[] = [];
    const resolvers = new Map<string, (v: string) => void>();
    const fetch = (key: string) => new Promise<string>((resolve) => resolvers.set(key, resolve));
    const first = askLatest(latest, 'note.md', () => active, fetch, (r) => shown.push(r));
    active = 'facts.yaml';
    const second = askLatest(latest, 'facts.yaml', () => active, fetch, (r) => shown.push(r));
    resolvers.get('facts.yaml')!('28 facts');
    resolvers.get('note.md')!('✗ 2 ? 5'); // late: the user left the note
    await Promise.all([first, second]);
    expect(shown).toEqual(['28 facts']);
    const third = askLatest(latest, 'facts.yaml', () => active, fetch, (r) => shown.push(r));
    latest.supersede(); // a pushed status for the active editor arrived first
    resolvers.get('facts.yaml')!('stale');
    await third;
    expect(shown).toEqual(['28 facts']);
  });
});
