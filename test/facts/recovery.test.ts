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
      // A bracket typed before the id: the fact is named by its id, not `[xai-...`.
      FACTS.replace('  - id: xai-colossus-gpus-2025-10', '  - id: [xai-colossus-gpus-2025-10'),
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
    const strayLines: [string, string, RegExp][] = [
      // A new entity typed a line too far left, between two entities; a flow list started at the top.
      [FACTS.replace('  xai: {', '{ id: mistral, name: Mistral AI\n  xai: {'), '{ id: mistral', /^YAML: Flow (map|sequence) .*\. The line is outside every section and is left out until it is fixed \(indent it under its section\)\.$/],
      [FACTS.replace('entities:\n', '[Anthropic, xAI\nentities:\n'), '[Anthropic', /^YAML: Flow sequence must end with a \]\. The line is outside every section/],
      // A new section's key on its way, before a section and at the end.
      [FACTS.replace('\nmetrics:\n', '\nsources\nmetrics:\n'), 'sources', /^YAML: `sources` needs a colon: `sources:`\. The line is left out until it is fixed\.$/],
      [`${FACTS}notes\n`, 'notes', /^YAML: `notes` needs a colon: `notes:`\./],
      // A fact typed without its indent at the end.
      [`${FACTS}- id: mistral-valuation\n`, '- id: mistral', /^YAML: a line at the left margin must be a section key, such as `facts:`\. The line is outside every section/],
    ];
    for (const [broken, needle, message] of strayLines) {
      const r = load(broken);
      const line = lineOf(broken, `\n${needle}`) + 1;
      expect(errors(r), needle).toEqual([
        expect.objectContaining({ code: 'yaml-syntax', range: { start: { line, character: 0 }, end: { line, character: broken.split('\n')[line]!.length } }, message: expect.stringMatching(message) }),
      ]);
      expect(r.index.entities.size).toBe(whole.index.entities.size);
      expect(r.index.facts.map((f) => f.id)).toEqual(whole.index.facts.map((f) => f.id));
    }
    // Not stray: a key whose value the plain reader leaves to others is valid YAML (an unknown section, no syntax error).
    // So is a flow collection as a key (YAML's complex key), rare as it is.
    for (const valid of [`${FACTS}notes: |\n`, `${FACTS}[draft]: true\n`]) {
      const r = load(valid);
      expect(r.problems.map((p) => p.code), valid.slice(FACTS.length)).toEqual(['schema']);
      expect(r.index.facts).toHaveLength(whole.index.facts.length);
    }
  });

  it('a tab before the first entity costs that entity, not the whole section', () => {
    const broken = FACTS.replace('entities:\n', 'entities:\n\tmistral: { name: Mistral AI }\n');
    const r = load(broken);
    expect(errors(r)).toEqual([expect.objectContaining({ code: 'yaml-syntax', message: 'YAML: Tabs are not allowed as indentation. Entity `mistral` is left out until it is fixed.', range: expect.objectContaining({ start: { line: lineOf(broken, '\tmistral'), character: 0 } }) })]);
    expect([...r.index.entities.keys()]).toEqual([...whole.index.entities.keys()]);
    expect(r.index.facts.map((f) => f.id)).toEqual(whole.index.facts.map((f) => f.id));
  });

  it('a list written at the left margin is no stray line: a broken item there costs that item', () => {
    const [head, list] = FACTS.split('\nfacts:\n') as [string, string];
    const atMargin = `${head}\nfacts:\n${list.replace(/^ {2}/gm, '')}`;
    expect(atMargin).toContain('\n- id: xai-colossus-gpus-2025-10\n  entity: xai\n');
    const clean = load(atMargin);
    expect(clean.problems).toEqual([]);
    expect(clean.index.facts.map((f) => f.id)).toEqual(whole.index.facts.map((f) => f.id));
    for (const broken of [atMargin.replace('- id: xai-colossus-gpus-2025-10\n', '- id: [xai-colossus-gpus-2025-10\n'), atMargin.replace('- id: xai-colossus-gpus-2024-09\n', '- id: [xai-colossus-gpus-2024-09\n')]) {
      const r = load(broken);
      expect(errors(r)).toEqual([expect.objectContaining({ code: 'yaml-syntax', message: expect.stringMatching(/Fact `\S+` is left out until it is fixed\.$/) })]);
      expect(r.index.facts).toHaveLength(whole.index.facts.length - 1);
    }
  });

  it('an entity pasted twice costs the second, as the precise reader says, and the first stays', () => {
    const line = '  xai: { name: xAI, aliases: [ Colossus, Memphis supercluster ] }';
    const broken = FACTS.replace('  spacex:', `${line.replace('xAI, aliases', 'xAI Corp, aliases')}\n  spacex:`);
    const r = load(broken);
    const second = lineOf(broken, '  spacex:') - 1;
    expect(errors(r)).toEqual([
      expect.objectContaining({ code: 'yaml-syntax', message: 'YAML: Map keys must be unique. Entity `xai` is left out until it is fixed.', range: { start: { line: second, character: 2 }, end: { line: second, character: 5 } } }),
    ]);
    expect(parseYamlRecovering('file:///w/facts.yaml', broken).problems.map((p) => [p.message, p.range.start])).toEqual(errors(r).map((p) => [p.message, p.range.start]));
    expect(r.index.entities.get('xai')?.name).toBe('xAI');
    expect(r.index.facts.map((f) => f.id)).toEqual(whole.index.facts.map((f) => f.id));
  });

  it('a word typed where an entity goes is a key missing its colon, on both readers', () => {
    const broken = FACTS.replace('  xai: {', '  mistral\n  xai: {');
    const r = load(broken);
    const line = lineOf(broken, '  mistral\n');
    expect(errors(r)).toEqual([
      expect.objectContaining({ code: 'yaml-syntax', message: 'YAML: `mistral` needs a colon: `mistral:`. Entity `mistral` is left out until it is fixed.', range: { start: { line, character: 2 }, end: { line, character: 9 } } }),
    ]);
    expect(parseYamlRecovering('file:///w/facts.yaml', broken).problems.map((p) => [p.message, p.range])).toEqual(errors(r).map((p) => [p.message, p.range]));
    expect(r.index.entities.size).toBe(whole.index.entities.size);
    expect(r.index.facts).toHaveLength(whole.index.facts.length);
  });

  it('an entry without a key yet is named by its kind: its section is not left out', () => {
    const broken = FACTS.replace('  - id: xai-colossus-gpus-2025-10', '  - { id\n  - id: xai-colossus-gpus-2025-10');
    const r = load(broken);
    expect(errors(r)).toEqual([expect.objectContaining({ code: 'yaml-syntax', message: expect.stringMatching(/^YAML: .*\. This fact is left out until it is fixed\.$/) })]);
    expect(r.index.facts).toHaveLength(whole.index.facts.length);
    const precise = parseYamlRecovering('file:///w/facts.yaml', broken);
    expect(precise.problems.map((p) => p.message)).toEqual([expect.stringMatching(/This fact is left out until it is fixed\.$/)]);
    expect(precise.broken).toEqual([expect.objectContaining({ section: 'facts', whole: false, key: undefined })]);
  });

  it('an entry typed in the other kind of section costs that entry, and the message says where it goes', () => {
    const cases: [string, string, string][] = [
      // A fact among the entities (a mapping), and an entity among the facts (a list): not the fact above it too.
      [FACTS.replace('\nmetrics:\n', '\n  - id: mistral-valuation-2025\n    entity: mistral\n    value: 11.7e9\nmetrics:\n'), '  - id: mistral-valuation-2025', 'YAML: a list item among the entries of `entities`, which is a mapping (`id: ...`). It is left out until it is fixed; a fact goes under `facts:`.'],
      [FACTS.replace('  - id: xai-colossus-gpus-2025-10', '  mistral: { name: Mistral AI }\n  - id: xai-colossus-gpus-2025-10'), '  mistral: { name: Mistral AI }', 'YAML: an entry with a key among the items of `facts`, which is a list (`- id: ...`). It is left out until it is fixed; an entity goes under `entities:`, a metric under `metrics:`.'],
    ];
    for (const [broken, typed, message] of cases) {
      const r = load(broken);
      const line = lineOf(broken, typed);
      expect(errors(r)).toEqual([expect.objectContaining({ code: 'yaml-syntax', message, range: { start: { line, character: 2 }, end: { line, character: typed.length } } })]);
      expect([...r.index.entities.keys()]).toEqual([...whole.index.entities.keys()]);
      expect(r.index.facts.map((f) => f.id)).toEqual(whole.index.facts.map((f) => f.id));
    }
    // A field a line too far left is still its fact's: that fact is left out, not the field alone.
    const dedented = load(FACTS.replace('    value: 200000', '  value: 200000'));
    expect(errors(dedented)).toEqual([expect.objectContaining({ code: 'yaml-syntax', message: expect.stringMatching(/Fact `xai-colossus-gpus-2025-10` is left out until it is fixed\.$/) })]);
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
