// Issue 11 pt 1: the gate fails closed. A note Claimcheck could not check completely is a
// `not-checked` error (exit 1), never a warning that passes; encodings and CR-only endings are read.
import { describe, expect, it } from 'vitest';
import { CONTRADICTED, FACTS, cli, json, scratch } from './harness';
import { deepNesting } from './inputs.mjs';

const FRONT = '---\ndate: 2025-03-01\n---\n';

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  if (endian === 'le') return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return be;
}

describe('the gate fails closed', () => {
  it('a note whose parser overflows is a not-checked error and exits 1, never 0', () => {
    // 20,000 nested quotes on one line overflowed remark's stack (issue 11). The nesting budget
    // stops such a note before parsing; lifted, the parser's failure itself must fail closed.
    const note = `${FRONT}${CONTRADICTED}\n\n${deepNesting(20000, 'quote')}`;
    for (const config of ['', 'budget: { nesting: 1000000 }\n']) {
      const dir = scratch({ 'facts.yaml': FACTS, 'deep.md': note, '.claimcheck.yaml': config });
      const run = cli(['check', 'deep.md', '--format', 'json'], dir);
      expect(run.status).toBe(1);
      const entries = json(run);
      // Either the note is checked block by block (the contradicted figure counts) or it is not-checked.
      const failing = entries.filter((e) => e.severity === 'error').map((e) => e.code);
      expect(failing.some((c) => c === 'contradicted' || c === 'not-checked')).toBe(true);
      expect(entries.some((e) => e.code === 'internal' || (e.code === 'not-checked' && e.severity !== 'error'))).toBe(false);
    }
  });

  it('--max-warnings cannot let an unreadable note pass', () => {
    const dir = scratch({ 'facts.yaml': FACTS, 'x.md': Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]) });
    const run = cli(['check', 'x.md', '--max-warnings', '100'], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/x\.md:1:1 +error +not-checked +Not checked: .*UTF-32/);
  });

  it('a note over the work budget is not-checked with the reason, and the budget is configurable', () => {
    const numbers = Array.from({ length: 60 }, (_, i) => `${i + 1} units`).join(', ');
    const dir = scratch({ 'facts.yaml': FACTS, 'many.md': `${FRONT}${CONTRADICTED} ${numbers}.\n`, '.claimcheck.yaml': 'budget: { numbers: 50 }\n' });
    const run = cli(['check', 'many.md'], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/not-checked +Not checked: the note has 6\d numbers, over the work budget of 50 \(budget\.numbers in \.claimcheck\.yaml\)/);
    // Claims budget: counted after extraction.
    const claims = scratch({ 'facts.yaml': FACTS, 'many.md': `${FRONT}${CONTRADICTED} ${numbers}.\n`, '.claimcheck.yaml': 'budget: { claims: 10 }\n' });
    const second = cli(['check', 'many.md'], claims);
    expect(second.status).toBe(1);
    expect(second.stdout).toMatch(/not-checked +Not checked: the note has \d+ claims, over the work budget of 10/);
    // Within the default budget the same note is checked and the contradicted figure found.
    const fine = scratch({ 'facts.yaml': FACTS, 'many.md': `${FRONT}${CONTRADICTED} ${numbers}.\n` });
    const third = cli(['check', 'many.md', '--format', 'json'], fine);
    expect(third.status).toBe(1);
    expect(json(third).map((e) => e.code)).toContain('contradicted');
    expect(json(third).map((e) => e.code)).not.toContain('not-checked');
  });

  it('a bad budget in .claimcheck.yaml is a located config error', () => {
    const dir = scratch({ 'facts.yaml': FACTS, 'a.md': `${FRONT}${CONTRADICTED}\n`, '.claimcheck.yaml': 'budget: { claims: lots }\n' });
    const run = cli(['check', 'a.md'], dir);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/\.claimcheck\.yaml:1:\d+ +error +schema +.*`budget\.claims` is a whole number/);
  });
});

describe('encodings', () => {
  const text = `${FRONT}Intro line.\n\nOur note: ${CONTRADICTED}\n`;
  const expectedColumn = 'Our note: '.length + CONTRADICTED.indexOf('$310') + 1;

  for (const [name, bytes] of [
    ['UTF-8', Buffer.from(text, 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['UTF-16 LE with BOM', utf16(text, 'le')],
    ['UTF-16 BE with BOM', utf16(text, 'be')],
  ] as const) {
    it(`reads ${name}: the contradicted figure at the same line and UTF-16 column`, () => {
      const dir = scratch({ 'facts.yaml': FACTS, 'n.md': bytes });
      const run = cli(['check', 'n.md', '--format', 'json'], dir);
      expect(run.status).toBe(1);
      const contradicted = json(run).filter((e) => e.code === 'contradicted');
      expect(contradicted).toHaveLength(1);
      expect(contradicted[0]).toMatchObject({ line: 6, column: expectedColumn, text: '$310 million' });
    });
  }

  it('columns count UTF-16 code units after astral characters, in a UTF-16 note too', () => {
    const astral = `${FRONT}😀😀 ${CONTRADICTED}\n`;
    const dir = scratch({ 'facts.yaml': FACTS, 'n.md': utf16(astral, 'le') });
    const entry = json(cli(['check', 'n.md', '--format', 'json'], dir)).find((e) => e.code === 'contradicted');
    expect(entry?.column).toBe(5 + CONTRADICTED.indexOf('$310') + 1);
  });

  for (const [name, bytes, reason] of [
    ['UTF-32 LE', Buffer.from([0xff, 0xfe, 0, 0, 0x24, 0, 0, 0]), /UTF-32/],
    ['UTF-32 BE', Buffer.from([0, 0, 0xfe, 0xff, 0, 0, 0, 0x24]), /UTF-32/],
    ['invalid UTF-8', Buffer.concat([Buffer.from(`${CONTRADICTED} caf`), Buffer.from([0xe9, 0x20, 0x41])]), new RegExp(`not valid UTF-8 \\(first bad byte at offset ${Buffer.byteLength(CONTRADICTED) + 4}\\)`)],
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /looks binary/],
    ['UTF-16 without BOM', Buffer.from(CONTRADICTED, 'utf16le'), /UTF-16 without a byte-order mark/],
  ] as const) {
    it(`rejects ${name} with a clear not-checked error`, () => {
      const dir = scratch({ 'facts.yaml': FACTS, 'bad.md': bytes, 'good.md': `${FRONT}${CONTRADICTED}\n` });
      const run = cli(['check', 'bad.md', 'good.md', '--format', 'json'], dir);
      expect(run.status).toBe(1);
      const bad = json(run).filter((e) => e.code === 'not-checked');
      expect(bad).toHaveLength(1);
      expect(bad[0]!.severity).toBe('error');
      expect(bad[0]!.message).toMatch(reason);
      // The other note is still checked.
      expect(json(run).filter((e) => e.code === 'contradicted')).toHaveLength(1);
    });
  }

  it('claims reads UTF-16 too, and exits 2 on an undecodable note', () => {
    const dir = scratch({ 'n.md': utf16(`${CONTRADICTED}\n`, 'be'), 'bad.md': Buffer.from([0xc3, 0x28]) });
    const good = cli(['claims', 'n.md'], dir);
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('n.md:1:33  revenue  $310 million');
    const bad = cli(['claims', 'bad.md'], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/bad\.md:1:1 +error +not-checked/);
  });
});

describe('CR-only line endings', () => {
  it('keep the front matter, lines and columns', () => {
    // Front matter date 2023-01-01: the 2024 fact is after it, so no fact yet → unsourced, not contradicted.
    const lf = `---\ndate: 2023-01-01\n---\n\n# Bakeries\n\nSome text.\n${CONTRADICTED}\n`;
    const cr = lf.replace(/\n/g, '\r');
    const dir = scratch({ 'facts.yaml': FACTS, 'lf.md': lf, 'cr.md': cr });
    const a = json(cli(['check', 'lf.md', '--format', 'json'], dir));
    const b = json(cli(['check', 'cr.md', '--format', 'json'], dir));
    const strip = (entries: ReturnType<typeof json>) => entries.map(({ code, line, column, text }) => ({ code, line, column, text }));
    expect(strip(b)).toEqual(strip(a));
    expect(b.some((e) => e.code === 'front-matter')).toBe(false);
    expect(b.find((e) => e.text === '$310 million')).toMatchObject({ line: 8, column: CONTRADICTED.indexOf('$310') + 1 });
    // With a later date the same CR note is judged against the fact, so the front matter was read.
    const later = cr.replace('2023-01-01', '2025-03-01');
    const dir2 = scratch({ 'facts.yaml': FACTS, 'cr.md': later });
    expect(cli(['check', 'cr.md'], dir2).status).toBe(1);
  });

  it('in facts files and configs too', () => {
    const dir = scratch({ 'data/f.yaml': FACTS.replace(/\n/g, '\r'), '.claimcheck.yaml': 'facts: [data/f.yaml]\rtolerance: 0\r', 'a.md': `${FRONT}${CONTRADICTED}\n` });
    const run = cli(['check', 'a.md'], dir);
    expect(run.stdout).toContain('contradicted');
    expect(run.status).toBe(1);
  });
});
