// The server never freezes on a slow note: while a pathological 700 KB note is being checked,
// a hover on another note is answered, before the slow note's check ends (its status; the first
// look at its top may be published before). Order, not wall-clock time, is asserted.
import { describe, expect, it } from 'vitest';
import { variedLongNote } from '../../bench/variedCorpus.mjs';
import { EXAMPLE_NOTE_REL, exampleNote, rangeOf, useServer } from './lspClient';

/** ~700 KB: varied prose, tables and lists, with pathological blocks (deep quotes, bracket and emphasis runs, long lines) among them. */
function slowNote(): string {
  const body = variedLongNote(640_000, 11);
  const hostile = [
    `${'>'.repeat(400)} Deeply quoted: $5 billion.`,
    '['.repeat(4000) + ' $3 billion ' + ']'.repeat(4000),
    '*a '.repeat(800) + 'b' + ' a*'.repeat(800),
    `${'Revenue was $1 billion and 40% higher. '.repeat(600)}`,
    `| A | B |\n|---|---|\n${Array.from({ length: 400 }, (_, i) => `| Row ${i} | $${i + 1} million |`).join('\n')}`,
  ];
  const sections = body.split('\n## ');
  return sections.map((s, i) => (i % 40 === 20 ? `${s}\n\n${hostile[(i / 40) | 0 % hostile.length] ?? hostile[0]}\n` : s)).join('\n## ');
}

describe('a slow note does not hold up other requests', () => {
  const server = useServer({ 'notes/slow.md': '' }, { debounceMs: 0 });

  it('answers a hover on note B while note A (700 KB, pathological) is still being checked', async () => {
    const { client, ws } = server;
    const b = ws.uri(EXAMPLE_NOTE_REL);
    const bText = exampleNote();
    await client.open(b, bText);
    await client.diagnosticsFor(b, 1); // the project is loaded

    const a = ws.uri('notes/slow.md');
    const aText = slowNote();
    expect(aText.length).toBeGreaterThan(650_000);
    const events: string[] = [];
    const before = client.diagnostics.length;
    // A's whole check ends with its status (the first look at its top may be published before).
    const aDiagnostics = client.until(() => client.statuses.find((s) => s.note?.uri === a && s.note.version === 1), 'A checked').then(() => events.push('A diagnostics'));
    await client.open(a, aText);
    // Let A's check start (its first segments), then ask about B.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri: b },
      position: rangeOf(bText, '$200 billion').start,
    });
    events.push('B hover');
    expect(hover?.contents.value).toContain('200');
    await aDiagnostics;
    expect(events).toEqual(['B hover', 'A diagnostics']);
    // At most the first look and the whole note; the last is the whole note's.
    const published = client.diagnostics.slice(before).filter((p) => p.uri === a);
    expect(published.length).toBeGreaterThanOrEqual(1);
    expect(published.length).toBeLessThanOrEqual(2);
    expect(published.at(-1)!.diagnostics.length).toBeGreaterThanOrEqual(published[0]!.diagnostics.length);
  }, 120_000);
});
