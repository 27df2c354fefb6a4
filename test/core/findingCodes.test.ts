// Finding codes live in one table (core/findingCodes.ts): severities, the config schema's
// descriptions, hover labels and status counts derive from it. Adding a code is a change to the
// table (and, for the schema, the line this test prints when it is missing).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countsText } from '../../client/src/statusText';
import { STARTER_CONFIG } from '../../client/src/starterConfig';
import { defaultConfig } from '../../server/src/core/config/loadConfig';
import { CONFIGURABLE_CODES, FINDING_CODE_LIST, FINDING_CODES, countsByMark, defaultSeverities, severitySchemaDescription, zeroCounts } from '../../server/src/core/findingCodes';
import { emptyCounts } from '../../server/src/lsp/protocol';

const schema = JSON.parse(readFileSync('schemas/claimcheck.schema.json', 'utf8'));
const diagnosticCodes = CONFIGURABLE_CODES;

describe('the finding-code table', () => {
  it('gives the config its default severities', () => {
    expect(defaultConfig.severity).toEqual(defaultSeverities());
    expect(Object.keys(defaultConfig.severity).sort()).toEqual(diagnosticCodes.map((c) => c.code).sort());
  });

  it('describes each severity key of .claimcheck.yaml in the schema, word for word', () => {
    const props = schema.properties.severity.properties as Record<string, { description: string }>;
    const expected = Object.fromEntries(diagnosticCodes.map((c) => [c.code, severitySchemaDescription(c)]));
    const actual = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, v.description]));
    // On failure: put these descriptions into schemas/claimcheck.schema.json and run `node scripts/gen-validators.mjs`.
    expect(actual).toEqual(expected);
    for (const c of diagnosticCodes) expect(schema.properties.severity.markdownDescription).toContain(`\`${c.code}: ${c.defaultSeverity}\``);
  });

  it('gives every code a label and a status mark, and the status counts every code once', () => {
    for (const c of FINDING_CODE_LIST) {
      expect(FINDING_CODES[c.code]).toBe(c);
      expect(c.label.length).toBeGreaterThan(3);
      expect(['✗', '⚠', '?', '✓']).toContain(c.mark);
    }
    const ones = Object.fromEntries(FINDING_CODE_LIST.map((c) => [c.code, 1])) as ReturnType<typeof zeroCounts>;
    const byMark = countsByMark(ones);
    expect(Object.values(byMark).reduce((a, b) => a + b, 0)).toBe(FINDING_CODE_LIST.length);
    expect(Object.keys(emptyCounts()).sort()).toEqual(FINDING_CODE_LIST.map((c) => c.code).sort());
    expect(countsText(ones)).toContain(`✗ ${byMark['✗']}`);
  });

  it('gives every diagnostic code its row, default and section in the README, and its line in the config defaults', () => {
    const readme = readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf('## Finding codes'));
    for (const c of diagnosticCodes) {
      expect(table).toMatch(new RegExp(`^\\| \\[\`${c.code}\`\\]\\(#${c.code}\\) \\| .+ \\| ${c.defaultSeverity} \\|$`, 'm'));
      expect(table).toContain(`\n### ${c.code}\n`);
      expect(readme).toMatch(new RegExp(`^  ${c.code}: ${c.defaultSeverity}$`, 'm'));
    }
  });

  it('lists every diagnostic code in the starter config', () => {
    for (const c of diagnosticCodes) expect(STARTER_CONFIG).toContain(`#   ${c.code}: ${c.defaultSeverity}`);
  });
});
