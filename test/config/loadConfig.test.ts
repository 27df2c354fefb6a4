import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig, loadConfig } from '../../server/src/core/config/loadConfig';
import type { Config } from '../../server/src/core/types';

const root = join(__dirname, '..', '..');
const fixture = (name: string) => readFileSync(join(root, 'test/fixtures/config', name), 'utf8');
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;

const expectedDefaults: Config = {
  facts: ['facts.yaml', 'facts/**/*.yaml', 'facts/**/*.csv'],
  severity: {
    contradicted: 'error',
    outdated: 'warning',
    unsourced: 'information',
    'citation-mismatch': 'error',
    'unknown-citation': 'error',
    inconsistent: 'warning',
  },
  tolerance: 0,
  kinds: null,
  maxNoteBytes: 2097152,
  budget: { claims: 20000, numbers: 50000, markers: 4000, nesting: 100 },
  notes: ['**/*.md'],
  ignore: ['**/node_modules/**', '**/.git/**'],
};

describe('loadConfig', () => {
  it('uses the defaults when there is no config file', () => {
    const { config, problems } = loadConfig(undefined, '.claimcheck.yaml');
    expect(config).toEqual(expectedDefaults);
    expect(defaultConfig).toEqual(expectedDefaults);
    expect(problems).toEqual([]);
  });

  it('uses the defaults for an empty file', () => {
    expect(loadConfig('', 'c.yaml')).toEqual({ config: expectedDefaults, problems: [] });
    expect(loadConfig('# nothing yet\n', 'c.yaml')).toEqual({ config: expectedDefaults, problems: [] });
  });

  it('returns a copy the caller may change without changing the defaults', () => {
    const { config } = loadConfig(undefined, 'c.yaml');
    config.facts.push('more.yaml');
    config.severity.unsourced = 'off';
    expect(defaultConfig.facts).toEqual(['facts.yaml', 'facts/**/*.yaml', 'facts/**/*.csv']);
    expect(defaultConfig.severity.unsourced).toBe('information');
  });

  it('applies every key', () => {
    const { config, problems } = loadConfig(fixture('full.claimcheck.yaml'), 'full.claimcheck.yaml');
    expect(problems).toEqual([]);
    expect(config).toEqual({
      facts: ['data/facts.yaml', 'data/more/**/*.yaml'],
      severity: { ...expectedDefaults.severity, unsourced: 'off', outdated: 'hint' },
      tolerance: 0.025,
      kinds: ['valuation', 'capex'],
      referenceDate: '2025-02-14',
      maxNoteBytes: 1048576,
      budget: { claims: 500, numbers: 50000, markers: 4000, nesting: 100 },
      notes: ['docs/**/*.md'],
      ignore: ['**/drafts/**'],
    });
  });

  it('accepts a fraction as tolerance', () => {
    expect(loadConfig('tolerance: 0.05\n', 'c.yaml').config.tolerance).toBe(0.05);
  });

  it('reports each bad value where it is and keeps the default for it only', () => {
    const text = fixture('bad.claimcheck.yaml');
    const { config, problems } = loadConfig(text, 'bad.claimcheck.yaml');
    const at = (needle: string) => problems.filter((p) => p.range.start.line === lineOf(text, needle));

    expect(at('unsourced: quiet')[0]!.message).toContain('error, warning, information, hint or off');
    expect(at('supported: error')[0]!.message).toContain('unknown field `supported`');
    expect(at('tolerance: 5')[0]!.message).toContain('"5%"');
    expect(at('rumours')[0]!.message).toContain('Claim kinds are');
    expect(at('referenceDate')[0]!.code).toBe('invalid-date');
    expect(at('maxNoteBytes')[0]!.message).toContain('whole number of bytes');
    expect(at('colour: red')[0]!.message).toContain('unknown field `colour`');
    expect(problems.every((p) => p.file === 'bad.claimcheck.yaml' && p.severity === 'error')).toBe(true);
    expect(problems).toHaveLength(7);
    const lines = problems.map((p) => p.range.start.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));

    // Good keys apply; the bad ones fall back to their defaults.
    expect(config.facts).toEqual(['data/facts.yaml']);
    expect(config.severity).toEqual({ ...expectedDefaults.severity, contradicted: 'warning' });
    expect(config.tolerance).toBe(0);
    expect(config.kinds).toBeNull();
    expect(config.referenceDate).toBeUndefined();
    expect(config.maxNoteBytes).toBe(expectedDefaults.maxNoteBytes);
  });

  it('reports a YAML syntax error on its line and keeps what parsed', () => {
    const text = fixture('syntax.claimcheck.yaml');
    const { config, problems } = loadConfig(text, 'syntax.claimcheck.yaml');
    const syntax = problems.filter((p) => p.code === 'yaml-syntax');
    expect(syntax.length).toBeGreaterThan(0);
    // The parser notices the unclosed `[` where the next key starts.
    expect(syntax[0]!.range.start.line).toBe(1);
    expect(syntax[0]!.severity).toBe('error');
    // What the parser recovered still applies.
    expect(config.facts).toEqual(['a.yaml']);
    expect(config.severity.unsourced).toBe('off');
  });

  it('reports a config that is not a mapping and uses the defaults', () => {
    const { config, problems } = loadConfig(fixture('list.claimcheck.yaml'), 'list.claimcheck.yaml');
    expect(problems.map((p) => p.code)).toEqual(['schema']);
    expect(problems[0]!.message).toContain('mapping');
    expect(config).toEqual(expectedDefaults);
  });

  it('never throws', () => {
    const junk = String.fromCharCode(...Array.from({ length: 3000 }, (_, i) => (i * 104729) % 256));
    for (const text of [junk, '[', 'a: *b', '42', 'severity: [1, 2]\nfacts: {}\n', 'kinds: null\n']) {
      const { config } = loadConfig(text, 'c.yaml');
      expect(Object.keys(config).sort()).toEqual(Object.keys(expectedDefaults).sort());
    }
    expect(loadConfig('kinds: null\n', 'c.yaml').problems).toEqual([]);
  });
});
