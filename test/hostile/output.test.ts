// Issue 11 pt 6 and pt 7: clean output (no control characters from note or facts text reach a
// terminal, JSON and SARIF stay valid, messages are capped) and facts-file sanity.
import { describe, expect, it } from 'vitest';
import { CONTRADICTED, FACTS, cli, json, scratch } from './harness';

const FRONT = '---\ndate: 2025-03-01\n---\n';
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('clean output', () => {
  // An entity name and a fact id with ESC/BEL (YAML escapes in double quotes), and a note with them too.
  const hostileFacts = `entities:
  evil: { name: "Evil\\e[31mCorp\\a", aliases: [Evilcorp] }
facts:
  - id: evil-rev
    entity: evil
    metric: revenue
    value: 5e9
    unit: USD
    as_of: 2024-12
    source: { url: "https://example.org/\\e[2J", title: "Title \\e[2J\\u009b" }
`;
  const note = `${FRONT}Evilcorp\u001b[5m had revenue of $7 billion in 2024.\u0007 And [@no-such\u001b[31m] too.\n`;

  it('text output escapes ESC, BEL and C1 controls from note and facts text', () => {
    const dir = scratch({ 'facts.yaml': hostileFacts, 'n.md': note });
    const run = cli(['check', 'n.md'], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('contradicted');
    expect(run.stdout).toContain('\\x1b');
    for (const line of run.stdout.split('\n')) expect(line).not.toMatch(CONTROL);
    const claims = cli(['claims', 'n.md'], dir);
    for (const line of claims.stdout.split('\n')) expect(line).not.toMatch(CONTROL);
  });

  it('JSON and SARIF stay valid and carry no raw control characters', () => {
    const dir = scratch({ 'facts.yaml': hostileFacts, 'n.md': note });
    const entries = json(cli(['check', 'n.md', '--format', 'json'], dir));
    expect(entries.some((e) => e.code === 'contradicted')).toBe(true);
    for (const e of entries) expect(e.message).not.toMatch(CONTROL);
    const sarif = JSON.parse(cli(['check', 'n.md', '--format', 'sarif'], dir).stdout);
    expect(sarif.version).toBe('2.1.0');
    for (const r of sarif.runs[0].results) expect(r.message.text).not.toMatch(CONTROL);
  });

  it('usage errors escape and cut what the user typed', () => {
    const dir = scratch({ 'facts.yaml': FACTS });
    const run = cli(['check', `\u001b]0;pwned\u0007${'y'.repeat(500)}.md`], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^claimcheck: no such file or directory: '\\x1b\]0;pwned\\x07y+…'\n$/);
    expect(run.stderr.length).toBeLessThan(200);
  });

  it('a huge YAML token gives a short message, not a huge output line', () => {
    const huge = 'x'.repeat(2_000_000);
    const facts = `${FACTS}  - id: ${huge}\n    entity: ${huge}\n    metric: revenue\n    value: 1\n    unit: ${huge}\n    as_of: 2024\n    source: { url: "https://example.org" }\n`;
    const dir = scratch({ 'facts.yaml': facts, 'n.md': `${FRONT}${CONTRADICTED}\n` });
    for (const format of ['text', 'json', 'sarif']) {
      const run = cli(['check', 'n.md', '--format', format], dir);
      expect(run.status).toBe(2);
      expect(run.stdout.length).toBeLessThan(50_000);
      expect(run.stdout).toContain('unknown-entity');
    }
    const text = cli(['check', 'n.md'], dir).stdout;
    const line = text.split('\n').find((l) => l.includes('unknown-entity'))!;
    expect(line).toMatch(/Unknown entity `x{70,80}…`/);
  });
});

describe('facts-file sanity', () => {
  it('two entities sharing an alias or a name is a duplicate-alias error naming both; the first keeps it', () => {
    const facts = FACTS.replace(
      'tidewater: { name: Tidewater Shipping, aliases: [Tidewater] }',
      'tidewater: { name: Tidewater Shipping, aliases: [Tidewater, "crumbly"] }\n  copy: { name: "Crumbly  Bakeries" }',
    );
    const dir = scratch({ 'facts.yaml': facts, 'n.md': `${FRONT}${CONTRADICTED}\n` });
    const run = cli(['check', 'n.md'], dir);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/facts\.yaml:3:\d+ +error +duplicate-alias +Entity `tidewater` and entity `crumbly` \(.*facts\.yaml:2\) are both called "crumbly"/);
    expect(run.stdout).toMatch(/facts\.yaml:4:\d+ +error +duplicate-alias +Entity `copy` and entity `crumbly`/);
    // The mention still resolves to the first entity, so the contradicted figure is not lost.
    expect(run.stdout).toMatch(/n\.md:4:\d+ +error +contradicted +Crumbly Bakeries/);
  });

  it('--as-of is validated like any date', () => {
    const dir = scratch({ 'facts.yaml': FACTS, 'n.md': `${FRONT}${CONTRADICTED}\n` });
    for (const bad of ['2025-02-30', '2025-13-01', '2024-02-30', '\u001b[31m']) {
      const run = cli(['check', 'n.md', '--as-of', bad], dir);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('--as-of must be a date like 2026-06-30');
      expect(run.stderr).not.toMatch(CONTROL);
    }
    expect(cli(['check', 'n.md', '--as-of', '2028-02-29'], dir).status).toBe(1);
  });

  it('non-finite figures are rejected with the right message', () => {
    const facts = `${FACTS}  - id: big\n    entity: crumbly\n    metric: revenue\n    value: 1e400\n    unit: USD\n    as_of: 2024\n    source: { url: "https://example.org" }\n  - id: nan\n    entity: crumbly\n    metric: revenue\n    range: [.nan, 5]\n    unit: USD\n    as_of: 2024\n    source: { url: "https://example.org" }\n`;
    const dir = scratch({ 'facts.yaml': facts, 'n.md': `${FRONT}${CONTRADICTED}\n` });
    const run = cli(['check', 'n.md'], dir);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/error +schema +Fact `big`, field `value`: `1e400` is too large/);
    expect(run.stdout).not.toContain('written unquoted');
    expect(run.stdout).toMatch(/Fact `nan`.*`\.nan` is not a number/);
  });
});
