// An unexpected error while checking one note (a bug) fails that note closed and the run goes on.
import { describe, expect, it, vi } from 'vitest';
import { CONTRADICTED, FACTS, cli, json, scratch } from './harness';

vi.mock('../../server/src/core/check', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../server/src/core/check')>();
  return {
    ...real,
    checkNote: (text: string, ...rest: Parameters<typeof real.checkNote> extends [string, ...infer R] ? R : never) => {
      if (text.includes('TRIGGER-BUG')) throw new Error('simulated bug');
      return real.checkNote(text, ...rest);
    },
  };
});

describe('an unexpected error on one note', () => {
  it('is a not-checked error for that note; the others are still checked; exit 1', () => {
    const front = '---\ndate: 2025-03-01\n---\n';
    const dir = scratch({ 'facts.yaml': FACTS, 'a.md': `${front}Fine text. TRIGGER-BUG\n`, 'b.md': `${front}${CONTRADICTED}\n` });
    const run = cli(['check', 'a.md', 'b.md', '--format', 'json'], dir);
    expect(run.status).toBe(1);
    const entries = json(run);
    expect(entries.find((e) => e.code === 'not-checked')).toMatchObject({ severity: 'error', message: expect.stringContaining('simulated bug') });
    expect(entries.filter((e) => e.code === 'contradicted')).toHaveLength(1);
  });
});
