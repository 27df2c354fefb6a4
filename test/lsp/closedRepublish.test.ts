// Closed notes that a workspace check published are published again when another note changes what
// they are inconsistent with. That means reading and checking each one again from disk: once a
// burst of changes has settled, not once per keystroke. Typing a figure in one note that 23 closed
// notes disagree with re-read and re-checked all 23 on every keystroke. A staff count at regional
// water utilities: each note states another figure for the same year, so every note disagrees with
// every other (expected from the README's rule: two figures disagree when no value fits both).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';

const NOTES = 24;
const staff = (i: number) => 1003 + 37 * i;
const note = (figure: number) => `---\ndate: 2025-03-01\n---\nLakeshore Water had ${figure.toLocaleString('en-US')} employees in 2024.\n`;
const rel = (i: number) => `notes/n${String(i).padStart(2, '0')}.md`;

/** A workspace of `files` (its notes' figures compared, unsourced ones quiet) with a server on it, for the describe block. */
function workspaceWith(files: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-republish-'));
  const ws = { dir, client: undefined as unknown as TestClient, uri: (r: string) => pathToFileURL(path.join(dir, r)).href };
  beforeAll(async () => {
    mkdirSync(path.join(dir, 'notes'));
    writeFileSync(path.join(dir, '.claimcheck.yaml'), 'severity:\n  unsourced: off\n');
    for (const [r, text] of Object.entries(files)) writeFileSync(path.join(dir, r), text);
    ws.client = await TestClient.start(dir);
  });
  afterAll(async () => {
    await ws.client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return ws;
}

describe('closed notes republished after another note changes', () => {
  const ws = workspaceWith(Object.fromEntries(Array.from({ length: NOTES }, (_, i) => [rel(i), note(staff(i))])));
  const { uri } = ws;
  const inconsistent = (ds: Diagnostic[] | undefined) => (ds ?? []).filter((d) => d.code === 'inconsistent');
  const says = (i: number, figure: number) => `notes/n${String(i).padStart(2, '0')}.md:4 says ${figure.toLocaleString('en-US')} employees for 2024`;

  it('are read and checked again once a burst of edits settles, and then show the last figure typed', async () => {
    const client = ws.client;
    await client.request('workspace/executeCommand', { command: 'claimcheck.checkWorkspace', arguments: [] });
    // Every note: one inconsistent figure, the 23 others counted (3 named, "and 20 more").
    for (let i = 0; i < NOTES; i++) {
      await client.until(() => inconsistent(client.latest(uri(rel(i)))?.diagnostics).some((d) => String(d.message).includes('(and 20 more)')), `${rel(i)} disagrees with the 23 others`);
    }
    // Let the workspace check's own republishing settle.
    await new Promise((resolve) => setTimeout(resolve, 1000));

    // The first note opened and its figure retyped, digit by digit: 1,003 → 1,004 → … → 1,009.
    const since = client.diagnostics.length;
    const first = uri(rel(0));
    await client.open(first, note(staff(0)));
    for (let v = 2; v <= 7; v++) {
      await client.change(first, v, [{ text: note(staff(0) + v - 1) }]);
      await client.diagnosticsFor(first, v);
    }
    const typed = staff(0) + 6;
    // Each closed note ends up naming the figure typed last, among its related statements.
    for (let i = 1; i < NOTES; i++) {
      await client.until(
        () => inconsistent(client.latest(uri(rel(i)), since)?.diagnostics).some((d) => d.relatedInformation?.some((r) => r.message === says(0, typed))),
        `${rel(i)} names ${typed.toLocaleString('en-US')} employees`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // Published at most twice each since the typing began (once per settled burst), not once per keystroke.
    for (let i = 1; i < NOTES; i++) {
      const published = client.diagnostics.slice(since).filter((p) => p.uri === uri(rel(i))).length;
      expect(published, rel(i)).toBeLessThanOrEqual(2);
      expect(published, rel(i)).toBeGreaterThanOrEqual(1);
    }
    // And what they show is what a fresh pass says: n05's figure against the 23 others, n00's as typed.
    const n05 = inconsistent(client.latest(uri(rel(5)))!.diagnostics);
    expect(n05).toHaveLength(1);
    expect(n05[0]!.message).toContain('(and 20 more)');
    expect(n05[0]!.relatedInformation).toHaveLength(23);
    expect(n05[0]!.relatedInformation!.map((r) => r.message)).not.toContain(says(0, staff(0)));
  }, 60_000);
});

// Check Workspace reloads the project first. When the facts changed on disk, the workspace index
// reads every note again for the new facts, at the same time. A note published before the index has
// read the others was published again, read and checked again from disk, as each later note changed
// what it disagrees with: the index's build now goes first, and each note is published once, final.
describe('Check Workspace while the workspace index reads the notes', () => {
  const FACTS = 'entities:\n  lakeshore: { name: Lakeshore Water }\nfacts: []\n';
  const ws = workspaceWith({ 'facts.yaml': FACTS, ...Object.fromEntries(Array.from({ length: NOTES }, (_, i) => [rel(i), note(staff(i))])) });
  const { uri, dir } = ws;
  const inconsistent = (ds: Diagnostic[] | undefined) => (ds ?? []).filter((d) => d.code === 'inconsistent');

  it('publishes each closed note once, disagreeing with all the others', async () => {
    const client = ws.client;
    // Another entity in the facts: a new generation, so the index reads every note again.
    writeFileSync(path.join(dir, 'facts.yaml'), FACTS.replace('facts: []', '  harbour: { name: Harbour Power }\nfacts: []'));
    const since = client.diagnostics.length;
    const progressSince = client.progress.length;
    const summary = await client.request<{ notes: number }>('workspace/executeCommand', { command: 'claimcheck.checkWorkspace', arguments: [] });
    expect(summary.notes).toBe(NOTES);
    // Past the republishes' settling time (250 ms, at most 2 s): nothing more comes.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    for (let i = 0; i < NOTES; i++) {
      const publishes = client.diagnostics.slice(since).filter((p) => p.uri === uri(rel(i)));
      expect(publishes.length, rel(i)).toBe(1);
      const shown = inconsistent(publishes[0]!.diagnostics);
      expect(shown, rel(i)).toHaveLength(1);
      expect(shown[0]!.message).toContain('(and 20 more)');
      expect(shown[0]!.relatedInformation).toHaveLength(23);
    }
    // The progress tells the wait for the index, then the notes, its percentage never going back.
    const reports = client.progress.slice(progressSince).filter((p) => p.value?.kind === 'report');
    const firstNote = reports.findIndex((p) => String(p.value.message).endsWith('.md'));
    expect(firstNote).toBeGreaterThan(0);
    expect(reports.slice(0, firstNote).some((p) => String(p.value.message).startsWith('reading notes for the workspace index'))).toBe(true);
    const percentages = reports.map((p) => p.value.percentage as number);
    expect(percentages).toEqual([...percentages].sort((a, b) => a - b));
    expect(reports[firstNote]!.value.percentage).toBe(50);
  }, 60_000);
});

describe('a closed note waiting to be republished when the facts reload', () => {
  const FACTS = 'entities:\n  lakeshore: { name: Lakeshore Water }\nfacts: []\n';
  // The utility's own report, added while the other note's republish waits: 2,000 staff in 2024.
  const REPORTED = `entities:\n  lakeshore: { name: Lakeshore Water }\nfacts:\n  - { id: lakeshore-staff-2024, entity: lakeshore, metric: employees, value: 2000, unit: people, as_of: 2024, source: { url: "https://lakeshore.example/annual-2024" } }\n`;
  const ws = workspaceWith({ 'facts.yaml': FACTS, 'notes/a.md': note(1003), 'notes/b.md': note(1040) });
  const { uri, dir } = ws;

  it('shows the new facts’ verdict, not one checked against the facts before the reload', async () => {
    const client = ws.client;
    await client.request('workspace/executeCommand', { command: 'claimcheck.checkWorkspace', arguments: [] });
    const b = uri('notes/b.md');
    await client.until(() => client.latest(b)?.diagnostics.some((d) => d.code === 'inconsistent'), 'b.md disagrees with a.md');
    await client.open(uri('notes/a.md'), note(1003));
    await client.change(uri('notes/a.md'), 2, [{ text: note(1004) }]);
    await client.diagnosticsFor(uri('notes/a.md'), 2);
    // b.md's republish now waits for the typing to settle; the facts change meanwhile.
    writeFileSync(path.join(dir, 'facts.yaml'), REPORTED);
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('facts.yaml'), type: 2 }] });
    await client.until(() => client.latest(b)?.diagnostics.some((d) => d.code === 'contradicted'), 'b.md contradicted by the reported 2,000');
    // Past the settling time: nothing checked against the old facts comes after it.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(client.latest(b)!.diagnostics.map((d) => d.code)).toEqual(['contradicted']);
  }, 30_000);
});
