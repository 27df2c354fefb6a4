// One YAML error in a facts file costs only the node it is in: one problem at the error, the
// rest of the file loads, and facts about an entity inside the broken node are not reported again.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { parseYamlRecovering } from '../../server/src/core/facts/yamlDocument';

const FACTS = readFileSync('examples/facts.yaml', 'utf8');
const whole = loadFacts([{ file: 'file:///w/facts.yaml', text: FACTS }], { today: '2026-12-01' });
const load = (text: string) => loadFacts([{ file: 'file:///w/facts.yaml', text }], { today: '2026-12-01' });
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;
const errors = (r: ReturnType<typeof load>) => r.problems.filter((p) => p.severity === 'error');

describe('facts file recovery by node', () => {
  it('a deleted } in one entity: one problem on that line, every fact not about it still loads', () => {
    const broken = FACTS.replace('anthropic: { name: Anthropic, aliases: [ Anthropic PBC, Claude developer ] }', 'anthropic: { name: Anthropic, aliases: [ Anthropic PBC, Claude developer ] ');
    const r = load(broken);
    expect(errors(r)).toHaveLength(1);
    expect(errors(r)[0]).toMatchObject({ code: 'yaml-syntax', range: { start: { line: lineOf(broken, 'anthropic: {') } } });
    expect(errors(r)[0].message).toContain('Entity `anthropic` is left out');
    expect(r.index.entities.has('anthropic')).toBe(false);
    expect(r.index.entities.size).toBe(whole.index.entities.size - 1);
    const aboutAnthropic = whole.index.facts.filter((f) => f.entities.includes('anthropic') || f.counterparty === 'anthropic');
    expect(r.index.facts.map((f) => f.id).sort()).toEqual(whole.index.facts.filter((f) => !aboutAnthropic.includes(f)).map((f) => f.id).sort());
    expect(r.problems.some((p) => p.code === 'unknown-entity')).toBe(false);
  });

  it('a broken fact loses only that fact', () => {
    for (const broken of [
      FACTS.replace('quote: successfully bringing', 'quote: "successfully bringing'),
      FACTS.replace('    metric: gpu_count\n    value: 200000', '    metric: gpu_count\n   value: 200000'),
      FACTS.replace('    unit: GPU\n    as_of: 2024-09-02', '\tunit: GPU\n    as_of: 2024-09-02'),
    ]) {
      const r = load(broken);
      expect(errors(r), broken.slice(0, 0)).toHaveLength(1);
      expect(errors(r)[0].message).toMatch(/Fact `xai-colossus-gpus-\S+` is left out/);
      expect(r.index.facts).toHaveLength(whole.index.facts.length - 1);
    }
  });

  it('a key missing its colon gives one problem and is read as the key', () => {
    const broken = FACTS.replace('\nfacts:\n', '\nfacts\n');
    const r = load(broken);
    expect(errors(r)).toEqual([expect.objectContaining({ code: 'yaml-syntax', message: 'YAML: `facts` needs a colon: `facts:`', range: expect.objectContaining({ start: { line: lineOf(broken, '\nfacts\n') + 1, character: 0 } }) })]);
    expect(r.index.facts).toHaveLength(whole.index.facts.length);
  });

  it('a line typed at the left margin costs that line alone: every entity and fact still loads', () => {
    // A new entity typed a line too far left, between two entities; a flow list started at the top.
    for (const [broken, needle] of [
      [FACTS.replace('  xai: {', '{ id: mistral, name: Mistral AI\n  xai: {'), '{ id: mistral'],
      [FACTS.replace('entities:\n', '[Anthropic, xAI\nentities:\n'), '[Anthropic'],
    ] as const) {
      const r = load(broken);
      expect(errors(r)).toEqual([
        expect.objectContaining({
          code: 'yaml-syntax',
          range: { start: { line: lineOf(broken, needle), character: 0 }, end: { line: lineOf(broken, needle), character: broken.split('\n')[lineOf(broken, needle)]!.length } },
          message: expect.stringMatching(/^YAML: Flow (map|sequence) .*\. The line is outside every section and is left out until it is fixed \(indent it under its section\)\.$/),
        }),
      ]);
      expect(r.index.entities.size).toBe(whole.index.entities.size);
      expect(r.index.facts.map((f) => f.id)).toEqual(whole.index.facts.map((f) => f.id));
    }
  });

  it('keeps every line in place and leaves a valid file alone', () => {
    const ok = parseYamlRecovering('f', FACTS);
    expect(ok.broken).toEqual([]);
    expect(ok.source.text).toBe(FACTS);
    const broken = FACTS.replace('xai: { name: xAI, aliases: [ Colossus, Memphis supercluster ] }', 'xai: { name: xAI, aliases: [ Colossus, Memphis supercluster }');
    const rec = parseYamlRecovering('f', broken);
    expect(rec.broken).toEqual([expect.objectContaining({ section: 'entities', key: 'xai' })]);
    expect(rec.source.text.split('\n').map((l) => l.length)).toEqual(broken.split('\n').map((l) => l.length));
  });

  it('binary junk stays bounded', () => {
    const junk = Array.from({ length: 40 }, (_, i) => `${'{['.repeat(i % 5)}: - "x\n`).join('');
    const r = load(junk);
    expect(r.problems.length).toBeLessThanOrEqual(75);
  });
});

describe('paths in facts messages', () => {
  it('are workspace-relative', async () => {
    const { relativePaths } = await import('../../server/src/lsp/projects');
    expect(relativePaths('Duplicate fact id `x`: already defined at file:///w/facts/a%20b.yaml:12.', 'file:///w')).toBe(
      'Duplicate fact id `x`: already defined at facts/a b.yaml:12.',
    );
    expect(relativePaths('see file:///elsewhere/f.yaml:3', 'file:///w')).toBe('see file:///elsewhere/f.yaml:3');
  });
});
