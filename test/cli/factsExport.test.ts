import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleWorkspace, runBuiltCli } from './cliHarness';
import { gateWorkspace } from './gateWorkspace';

function claimsJson(dir: string, args: string[]): { text: string; code: string; facts: { id: string }[] }[] {
  return JSON.parse(runBuiltCli(['check', ...args, '--format', 'json'], dir).stdout);
}

describe('claimcheck facts export', () => {
  it('turns the shipped YAML facts into CSV sheets that judge the note exactly as before', () => {
    const dir = exampleWorkspace();
    const before = claimsJson(dir, ['notes']);
    const facts = runBuiltCli(['facts', 'export', 'facts.yaml', '--format', 'csv'], dir);
    expect(facts.status).toBe(0);
    expect(facts.stdout.split('\r\n')[0]).toMatch(/^id,entity,metric,.*,unit,as_of,.*source_url,source_title,source_published,source_quote$/);
    const entities = runBuiltCli(['facts', 'export', 'facts.yaml', '--format', 'csv', '--section', 'entities'], dir);
    const metrics = runBuiltCli(['facts', 'export', 'facts.yaml', '--format', 'csv', '--section', 'metrics'], dir);
    mkdirSync(path.join(dir, 'sheets'));
    writeFileSync(path.join(dir, 'sheets/facts.csv'), facts.stdout);
    writeFileSync(path.join(dir, 'sheets/entities.csv'), entities.stdout);
    writeFileSync(path.join(dir, 'sheets/metrics.csv'), metrics.stdout);
    const after = claimsJson(dir, ['notes', '--facts', 'sheets/*.csv']);
    const verdicts = (entries: typeof before) => entries.map((e) => [e.text, e.code, e.facts.map((f) => f.id)]);
    expect(verdicts(after)).toEqual(verdicts(before));

    // And back: the CSV sheets as one YAML file judge the same.
    const yaml = runBuiltCli(['facts', 'export', 'sheets/*.csv', '--format', 'yaml'], dir);
    expect(yaml.status).toBe(0);
    writeFileSync(path.join(dir, 'again.yaml'), yaml.stdout);
    expect(verdicts(claimsJson(dir, ['notes', '--facts', 'again.yaml']))).toEqual(verdicts(before));
  });

  it('exports the workspace facts (YAML and CSV together) by default, and refuses facts with errors', () => {
    const dir = gateWorkspace();
    const run = runBuiltCli(['facts', 'export'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('vesta: { name: Vesta Rail, aliases: [ Vesta ] }');
    expect(run.stdout).toContain('  - id: orinoco-revenue-2025\n    entity: orinoco\n');
    expect(run.stdout).toContain('      title: Orinoco results, 2025\n');
    writeFileSync(path.join(dir, 'facts/broken.csv'), 'id,entity,metric,value,unit,as_of\nx,nobody,revenue,1,USD,2025\n');
    const broken = runBuiltCli(['facts', 'export'], dir);
    expect(broken.status).toBe(2);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toMatch(/facts\/broken\.csv:2:3 +error +unknown-entity/);
    expect(broken.stderr).toMatch(/nothing exported/);
  });
});
