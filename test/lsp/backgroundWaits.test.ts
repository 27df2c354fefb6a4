// Background work waits while the user types (NoteChecker.checkInBackground): Check Workspace's
// closed notes, and those Find References reads, are checked only after the typing stops, while the
// keystrokes are answered, and a cancel stops the wait. A water utility's staffing notes beside the example project's (no fact
// about the utility); expected findings written from the README's rules first: the draft's and
// q1's headcounts for the same year differ, so both are `inconsistent`; q2 and q3 state nothing
// another note contradicts.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { rangeOf, useServer } from './lspClient';

const DRAFT = '---\ndate: 2025-06-02\n---\n# Staffing\n\nOrrin Water had 300 employees in 2024.\n';
const FILES = {
  '.claimcheck.yaml': 'severity:\n  unsourced: off\n',
  'notes/q1.md': '---\ndate: 2025-04-01\n---\nOrrin Water had 340 employees in 2024.\n',
  'notes/q2.md': '---\ndate: 2025-04-15\n---\nThe Brell reservoir held 41 billion litres in May 2025.\n',
  'notes/q3.md': '---\ndate: 2025-05-01\n---\nOrrin Water laid 12 km of new mains in 2024.\n',
};
const inconsistent = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'inconsistent');

interface Summary {
  notes: number;
  cancelled: boolean;
}

/** Opens the draft, then types `keys` characters at the end of its line, each answered before the next. */
async function openAndType(server: ReturnType<typeof useServer>, keys: string, from = 1): Promise<number> {
  const { client, ws } = server;
  const uri = ws.uri('notes/draft.md');
  if (from === 1) {
    await client.open(uri, DRAFT);
    await client.diagnosticsFor(uri, 1);
  }
  const line = DRAFT.split('\n').findIndex((l) => l.startsWith('Orrin'));
  let version = from;
  for (const key of keys) {
    version++;
    const character = DRAFT.split('\n')[line]!.length + version - 2;
    await client.change(uri, version, [{ range: { start: { line, character }, end: { line, character } }, text: key }]);
    await client.diagnosticsFor(uri, version);
  }
  return version;
}

describe('Check Workspace while the user types', () => {
  // A quiet time no test outlasts: the closed notes cannot be checked while it runs.
  const server = useServer(FILES, { backgroundQuietMs: 60_000 });

  it('answers every keystroke, checks no closed note meanwhile, and a cancel ends the wait', async () => {
    const { client, ws } = server;
    const version = await openAndType(server, ' ');
    const published = client.diagnostics.length;
    const result = client.request<Summary>('workspace/executeCommand', { command: 'claimcheck.checkWorkspace', arguments: [] });
    // It waits for the workspace index, which reads the closed notes once the typing pauses.
    const waiting = await client.until(() => client.progress.find((p) => p.value?.kind === 'report' && p.value.message), 'the wait for the index reported');
    await openAndType(server, 'ok.', version);
    expect(client.diagnostics.slice(published).filter((p) => p.uri !== ws.uri('notes/draft.md'))).toEqual([]);
    await client.conn.sendNotification('window/workDoneProgress/cancel', { token: waiting.token });
    const summary = await result;
    expect(summary.cancelled).toBe(true);
    expect(summary.notes).toBe(0);
    expect(client.progress.some((p) => p.token === waiting.token && p.value?.kind === 'end')).toBe(true);
  });
});

describe('Check Workspace after the typing stops', () => {
  const server = useServer(FILES, { backgroundQuietMs: 300 });

  it('goes on once the user pauses: every closed note is published, and the draft sees q1', async () => {
    const { client, ws } = server;
    await openAndType(server, ' ');
    const summary = await client.request<Summary>('workspace/executeCommand', { command: 'claimcheck.checkWorkspace', arguments: [] });
    // The notes on disk: q1–q3 and the example project's.
    expect(summary).toMatchObject({ notes: 4, cancelled: false });
    const q1 = await client.diagnosticsFor(ws.uri('notes/q1.md'));
    expect(inconsistent(q1).map((d) => d.message)).toEqual([expect.stringContaining('300')]);
    for (const rel of ['notes/q2.md', 'notes/q3.md']) expect(await client.diagnosticsFor(ws.uri(rel))).toEqual([]);
    const draft = await client.until(() => {
      const latest = client.latest(ws.uri('notes/draft.md'));
      return latest && inconsistent(latest.diagnostics).length === 1 ? latest.diagnostics : undefined;
    }, 'the draft inconsistent with q1');
    expect(inconsistent(draft)[0]!.message).toContain('340');
  });
});

// Find References reads the closed notes too. A fact about the utility's staff, cited by the draft
// and two closed notes; each states the fact's figure for its date, so every citation is supported
// and Find References on the draft's citation lists all three notes.
const STAFF_FACTS = `entities:
  orrin-water: { name: Orrin Water }
facts:
  - id: orrin-staff-2024
    entity: orrin-water
    metric: employees
    value: 340
    unit: people
    as_of: 2024-12-31
    source: { url: https://example.com/orrin-annual-report-2024, title: Orrin Water annual report 2024 }
`;
const CITING = '---\ndate: 2025-06-02\n---\n# Staffing\n\nOrrin Water had 340 employees at the end of 2024 [@orrin-staff-2024].\n';

const CITING_NOTES = {
  'facts/water.yaml': STAFF_FACTS,
  'notes/r1.md': '---\ndate: 2025-03-01\n---\nOrrin Water employed 340 people at the end of 2024 [@orrin-staff-2024].\n',
  'notes/r2.md': '---\ndate: 2025-05-01\n---\nOrrin Water had a staff of 340 in December 2024 [@orrin-staff-2024].\n',
};
const citingNotes = (ws: { uri(rel: string): string }) => ['notes/draft.md', 'notes/r1.md', 'notes/r2.md'].map((rel) => ws.uri(rel)).sort();

/** Find References on the staff fact's citation in the open draft (`text`): the notes it lists, and when it answered (Infinity before). */
function findReferences(server: ReturnType<typeof useServer>, uri: string, text: string) {
  let answeredAt = Infinity;
  const notes = server.client
    .request<{ uri: string }[] | null>('textDocument/references', {
      textDocument: { uri },
      position: rangeOf(text, 'orrin-staff-2024').start,
      context: { includeDeclaration: false },
    })
    .then((locations) => {
      answeredAt = performance.now();
      return [...new Set((locations ?? []).map((l) => l.uri))].sort();
    });
  return { notes, answeredAt: () => answeredAt };
}

/** A keystroke at the start of the draft's heading, answered, then 50 ms of quiet. */
async function typeInHeading(server: ReturnType<typeof useServer>, uri: string, version: number): Promise<void> {
  await server.client.change(uri, version, [{ range: { start: { line: 3, character: 2 }, end: { line: 3, character: 2 } }, text: 'x' }]);
  await server.client.diagnosticsFor(uri, version);
  await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('Find References while the user types', () => {
  // Longer than any gap between two keystrokes below, even on a slow machine.
  const server = useServer(CITING_NOTES, { backgroundQuietMs: 1000 });

  it('answers once the typing pauses, with every note citing the fact', async () => {
    const { client, ws } = server;
    const uri = ws.uri('notes/draft.md');
    await client.open(uri, CITING);
    expect((await client.diagnosticsFor(uri, 1)).filter((d) => d.severity === 1)).toEqual([]);
    const references = findReferences(server, uri, CITING);
    for (let version = 2; version <= 13; version++) await typeInHeading(server, uri, version);
    const lastKey = performance.now();
    expect(await references.notes).toEqual(citingNotes(ws));
    expect(references.answeredAt()).toBeGreaterThan(lastKey);
  });
});

// The workspace index checks every closed note in the background once the project loads; Find
// References reuses what it found for a note whose text is unchanged. A Brell Utilities headcount no
// fact decides, 120 in the draft and 150 in the last note on disk, is `inconsistent` in the draft
// once the index has read that note: from then on Find References needs no closed note checked.
describe('Find References after the workspace index read the notes', () => {
  const server = useServer({ ...CITING_NOTES, 'notes/z-brell.md': '---\ndate: 2025-05-20\n---\nBrell Utilities had 150 employees in 2024.\n' }, { backgroundQuietMs: 300 });

  it('answers at once, even while the user types, with every note citing the fact', async () => {
    const { client, ws } = server;
    const uri = ws.uri('notes/draft.md');
    const text = `${CITING}\nBrell Utilities had 120 employees in 2024.\n`;
    await client.open(uri, text);
    await client.until(() => inconsistent(client.latest(uri)?.diagnostics ?? []).length === 1, 'the draft inconsistent with z-brell.md');
    const references = findReferences(server, uri, text);
    // Keystrokes 50 ms apart (the quiet time is 300 ms): a closed note checked now would wait for them to stop.
    for (let version = 2; references.answeredAt() === Infinity && version < 60; version++) await typeInHeading(server, uri, version);
    const typing = performance.now();
    expect(references.answeredAt()).toBeLessThan(typing);
    expect(await references.notes).toEqual(citingNotes(ws));
  });
});

// Check Workspace's closed notes go the same way. With `inconsistent` off there is no workspace
// index, so only Check Workspace has read the notes on disk before Find References is asked.
describe('Find References after Check Workspace', () => {
  const server = useServer({ ...CITING_NOTES, '.claimcheck.yaml': 'severity:\n  inconsistent: off\n' }, { backgroundQuietMs: 300 });

  it('answers at once, even while the user types, with every note citing the fact', async () => {
    const { client, ws } = server;
    const uri = ws.uri('notes/draft.md');
    await client.open(uri, CITING);
    await client.diagnosticsFor(uri, 1);
    const summary = await client.request<Summary>('workspace/executeCommand', { command: 'claimcheck.checkWorkspace', arguments: [] });
    expect(summary).toMatchObject({ cancelled: false });
    expect(summary.notes).toBeGreaterThanOrEqual(3);
    const references = findReferences(server, uri, CITING);
    for (let version = 2; references.answeredAt() === Infinity && version < 60; version++) await typeInHeading(server, uri, version);
    expect(references.answeredAt()).toBeLessThan(performance.now());
    expect(await references.notes).toEqual(citingNotes(ws));
  });
});
