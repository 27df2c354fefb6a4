// The server's workspace index: an edit in one open note updates the `inconsistent` finding of
// another open note, and a change on disk (the watchers) updates it too. A team workspace with a
// .claimcheck.yaml and no facts file. Expected findings written from the README's rules first.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { applyEdits, editsFor, rangeOf, TestClient } from './lspClient';

const A = '---\ndate: 2025-05-01\n---\n# Deals\n\nHalden Bio raised $40 million in March 2025, led by Nordvik.\n';
const B = '---\ndate: 2025-05-02\n---\n# Pipeline\n\nHalden Bio raised $45 million in March 2025.\n\nCorvel had 350 employees in 2024.\n';
const C = '---\ndate: 2025-05-03\n---\nCorvel had 300 employees in 2024.\n';

describe('inconsistent across open notes and notes on disk', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-team-lsp-'));
  const uri = (rel: string) => pathToFileURL(path.join(dir, rel)).href;
  let client: TestClient;
  const inconsistent = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'inconsistent');

  beforeAll(async () => {
    mkdirSync(path.join(dir, 'notes'));
    writeFileSync(path.join(dir, '.claimcheck.yaml'), 'severity:\n  unsourced: off\n');
    writeFileSync(path.join(dir, 'notes/a.md'), A);
    writeFileSync(path.join(dir, 'notes/b.md'), B);
    writeFileSync(path.join(dir, 'notes/c.md'), C);
    client = await TestClient.start(dir);
  });
  afterAll(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The latest diagnostics of `rel` that satisfy `ok`. */
  const until = (rel: string, ok: (ds: Diagnostic[]) => boolean, what: string) =>
    client.until(() => {
      const latest = client.latest(uri(rel));
      return latest && ok(latest.diagnostics) ? latest.diagnostics : undefined;
    }, what);

  it('shows each open note what the other notes say, from the editor and from disk, with links', async () => {
    await client.open(uri('notes/a.md'), A);
    await client.open(uri('notes/b.md'), B);
    const b = await until('notes/b.md', (ds) => inconsistent(ds).length === 2, 'b.md: two inconsistent figures');
    const [round, staff] = inconsistent(b);
    expect(round!.range).toEqual(rangeOf(B, '$45 million'));
    expect(round!.severity).toBe(2); // warning
    expect(round!.message).toBe("Halden Bio's investment: $45 million in March 2025 — notes/a.md:6 says $40 million for March 2025; no fact decides between them");
    expect(round!.relatedInformation).toEqual([{ location: { uri: uri('notes/a.md'), range: rangeOf(A, '$40 million') }, message: 'notes/a.md:6 says $40 million for March 2025' }]);
    // c.md is not open: the index read it from disk.
    expect(staff!.message).toContain('notes/c.md:4 says 300 employees for 2024');
    const a = await until('notes/a.md', (ds) => inconsistent(ds).length === 1, 'a.md: one inconsistent figure');
    expect(a[0]!.range).toEqual(rangeOf(A, '$40 million'));

    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uri('notes/b.md') }, position: rangeOf(B, '$45 million').start });
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain('Inconsistent');
    // Escaped markdown: renders as "notes/a.md:6 says $40 million for March 2025", linked to that line.
    expect(value).toContain(`[notes/a\\.md\\:6](${uri('notes/a.md')}#L6) says **\\$40 million for March 2025**`);
  });

  it('an edit in one note republishes the other: agreeing clears it, disagreeing again brings it back', async () => {
    const agreed = A.replace('$40 million', '$45 million');
    const before = client.diagnostics.length;
    await client.change(uri('notes/a.md'), 2, [{ text: agreed }]);
    // b.md was not edited: its diagnostics are published again, for the same version, without the finding.
    const b = await client.until(() => {
      const latest = client.latest(uri('notes/b.md'), before);
      return latest && inconsistent(latest.diagnostics).length === 1 ? latest : undefined;
    }, 'b.md republished after a.md agreed');
    expect(b.version).toBe(1);
    expect(inconsistent(b.diagnostics)[0]!.range).toEqual(rangeOf(B, '350 employees'));
    await until('notes/a.md', (ds) => inconsistent(ds).length === 0, 'a.md clean');

    await client.change(uri('notes/a.md'), 3, [{ text: A.replace('$40 million', '$52 million') }]);
    const again = await until('notes/b.md', (ds) => inconsistent(ds).length === 2, 'b.md inconsistent again');
    expect(inconsistent(again)[0]!.message).toContain('notes/a.md:6 says $52 million for March 2025');
  });

  it('the quick fixes on an inconsistent figure: add a fact, or disable the check on that line (which takes it out of the comparison)', async () => {
    const b = client.latest(uri('notes/b.md'))!.diagnostics;
    const round = inconsistent(b).find((d) => String(d.message).includes('$45 million'))!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri('notes/b.md') }, range: round.range, context: { diagnostics: [round] } });
    const titles = actions.map((a) => a.title);
    expect(titles).toContain('Disable inconsistent for the next line');
    expect(titles.some((t) => t.startsWith('Add a fact for $45 million to facts.yaml'))).toBe(true);
    // Disabling it in a.md (a figure quoted on purpose) clears b.md's finding about a.md.
    const aRound = inconsistent(client.latest(uri('notes/a.md'))!.diagnostics)[0]!;
    const aActions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri('notes/a.md') }, range: aRound.range, context: { diagnostics: [aRound] } });
    const disable = aActions.find((a) => a.title === 'Disable inconsistent for the next line')!;
    const aText = applyEdits(A.replace('$40 million', '$52 million'), editsFor(disable.edit!, uri('notes/a.md')));
    expect(aText).toContain('<!-- claimcheck-disable-next-line inconsistent -->');
    await client.change(uri('notes/a.md'), 4, [{ text: aText }]);
    await until('notes/b.md', (ds) => inconsistent(ds).length === 1 && String(inconsistent(ds)[0]!.message).includes('employees'), 'b.md without the round finding');
    await client.change(uri('notes/a.md'), 5, [{ text: A.replace('$40 million', '$52 million') }]);
    await until('notes/b.md', (ds) => inconsistent(ds).length === 2, 'b.md with both findings again');
  });

  it('a note changed on disk (watchers) updates the open notes; so does a new one', async () => {
    const registration = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    expect(registration.registerOptions.watchers.map((w: { globPattern: string }) => w.globPattern)).toContain('**/*.md');
    writeFileSync(path.join(dir, 'notes/c.md'), C.replace('300 employees', '350 employees'));
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('notes/c.md'), type: 2 }] });
    await until('notes/b.md', (ds) => inconsistent(ds).length === 1 && !inconsistent(ds)[0]!.message.toString().includes('employees'), 'b.md without the staff finding');

    writeFileSync(path.join(dir, 'notes/d.md'), '---\ndate: 2025-05-04\n---\nCorvel had 500 employees in 2024.\n');
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('notes/d.md'), type: 1 }] });
    const b = await until('notes/b.md', (ds) => inconsistent(ds).some((d) => String(d.message).includes('notes/d.md:4 says 500 employees')), 'b.md sees d.md');
    expect(inconsistent(b)).toHaveLength(2);

    rmSync(path.join(dir, 'notes/d.md'));
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('notes/d.md'), type: 3 }] });
    await until('notes/b.md', (ds) => inconsistent(ds).length === 1, 'b.md after d.md was deleted');
  });
});
