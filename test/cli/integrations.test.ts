import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCliArgs } from '../../server/src/cli/args';
import { normaliseOptionalValues } from '../../server/src/cli/gateArgs';
import { ROOT } from './cliHarness';

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as { bin: Record<string, string>; scripts: Record<string, string> };

/** What the CLI makes of a command line (after the binary's name). */
function parsed(commandLine: string[]) {
  return parseCliArgs(normaliseOptionalValues(commandLine, ROOT), '2026-11-25');
}

describe('pre-commit hooks', () => {
  const hooks = parse(read('.pre-commit-hooks.yaml')) as { id: string; entry: string; language: string; types?: string[]; files?: string; pass_filenames?: boolean }[];

  it('run the package\'s own binary with options it accepts', () => {
    expect(hooks.map((h) => h.id)).toEqual(['claimcheck', 'claimcheck-fix', 'claimcheck-facts']);
    for (const hook of hooks) {
      const [binary, ...args] = hook.entry.split(' ');
      expect(Object.keys(pkg.bin)).toContain(binary);
      expect(hook.language).toBe('node');
      // pre-commit appends the staged files unless pass_filenames is false.
      const files = hook.pass_filenames === false ? [] : ['notes/a.md'];
      expect(() => parsed([...args, ...files])).not.toThrow();
    }
    expect(parsed(hooks[1]!.entry.split(' ').slice(1).concat('notes/a.md')).gate.fix).toBe(true);
    expect(parsed(hooks[2]!.entry.split(' ').slice(1)).gate.changed).toEqual({ ref: 'HEAD' });
    expect(pkg.scripts.prepack).toMatch(/build/);
  });

  it('the facts hook fires on YAML and CSV facts files only', () => {
    const files = new RegExp(hooks[2]!.files!);
    for (const yes of ['facts.yaml', 'facts/figures.csv', 'research/facts/2025/q1.yaml', 'energy.facts.yaml']) expect(files.test(yes)).toBe(true);
    for (const no of ['notes/facts.md', 'data/figures.csv', 'facts.json']) expect(files.test(no)).toBe(false);
  });
});

describe('GitHub Actions workflow', () => {
  const text = read('docs/github-actions.yml');
  const workflow = parse(text) as {
    permissions: Record<string, string>;
    jobs: { check: { steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] } };
  };

  it('is the one the README shows', () => {
    expect(read('README.md')).toContain('```yaml\n' + text + '```');
  });

  it('annotates with --format github and uploads SARIF to code scanning', () => {
    const steps = workflow.jobs.check.steps;
    const runs = steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toMatch(/args=\(check \. --shard "\$SHARD" --format github\)/);
    expect(runs).toMatch(/claimcheck check \. --shard "\$SHARD" --format sarif > claimcheck\.sarif/);
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.with?.sarif_file).toBe('claimcheck.sarif');
    expect(workflow.permissions['security-events']).toBe('write');
    // The command lines it builds parse.
    expect(parsed(['check', '.', '--shard', '1/1', '--format', 'github', '--changed=abc123', '--baseline', '.claimcheck-baseline.json']).gate).toMatchObject({
      shard: { index: 1, count: 1 },
      changed: { ref: 'abc123' },
      baseline: '.claimcheck-baseline.json',
    });
  });
});

describe('optional option values', () => {
  it('take the next word only when it looks like the value', () => {
    expect(normaliseOptionalValues(['check', '--baseline', 'notes'], ROOT)).toEqual(['check', '--baseline=', 'notes']);
    expect(normaliseOptionalValues(['check', '--baseline', 'gate.json', 'notes'], ROOT)).toEqual(['check', '--baseline=gate.json', 'notes']);
    expect(normaliseOptionalValues(['check', '--changed', 'origin/main', 'examples'], ROOT)).toEqual(['check', '--changed=origin/main', 'examples']);
    expect(normaliseOptionalValues(['check', '--changed', 'examples'], ROOT)).toEqual(['check', '--changed=', 'examples']);
    expect(normaliseOptionalValues(['check', '--changed', 'notes/**/*.md'], ROOT)).toEqual(['check', '--changed=', 'notes/**/*.md']);
    expect(normaliseOptionalValues(['check', 'a.md', '--write-baseline'], ROOT)).toEqual(['check', 'a.md', '--write-baseline=']);
    expect(parsed(['check', 'examples', '--write-baseline']).gate.writeBaseline).toBe('.claimcheck-baseline.json');
    expect(parsed(['check', '--changed']).paths).toEqual(['.']);
  });
});
