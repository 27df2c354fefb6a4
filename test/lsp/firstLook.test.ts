// Opening a long note shows its top before its whole check ends (NoteChecker's first look): with
// the first look due at once (firstLookMs 0), the note's first publish is a part of the whole
// note's, which follows with the status; a short note, and a note after an edit, publish only whole
// results. Order and content are asserted, not times.
import { describe, expect, it } from 'vitest';
import { variedLongNote } from '../../bench/variedCorpus.mjs';
import { useServer } from './lspClient';

describe('the first look at a long note', () => {
  const server = useServer({ 'notes/long.md': '', 'notes/short.md': '' }, { debounceMs: 0, firstLookMs: 0 });

  it('publishes the top of a long note first, then the whole note, each of the first diagnostics among the whole’s', async () => {
    const { client, ws } = server;
    const uri = ws.uri('notes/long.md');
    const text = variedLongNote(60_000, 5);
    const before = client.diagnostics.length;
    await client.open(uri, text);
    await client.until(() => client.statuses.find((s) => s.note?.uri === uri && s.note.version === 1), 'the whole check');
    const published = client.diagnostics.slice(before).filter((p) => p.uri === uri);
    expect(published.every((p) => p.version === 1)).toBe(true);
    expect(published.length).toBeGreaterThanOrEqual(2);
    const [first, whole] = [published[0]!.diagnostics, published.at(-1)!.diagnostics];
    // After the first look only whole results (the workspace index may ask for the note once more).
    for (const p of published.slice(1)) expect(p.diagnostics.length).toBe(whole.length);
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(whole.length);
    const all = new Set(whole.map((d) => JSON.stringify(d)));
    for (const d of first) expect(all.has(JSON.stringify(d)), JSON.stringify(d)).toBe(true);
    // The top of the note: what the first look shows starts where the whole note's does.
    expect(first[0]).toEqual(whole[0]);

    // Edited, the note keeps what it shows until the new whole result: no first look.
    const mark = client.diagnostics.length;
    await client.change(uri, 2, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'x' }]);
    await client.until(() => client.statuses.find((s) => s.note?.uri === uri && s.note.version === 2), 'the edit checked');
    // (The workspace index may publish the note again when its build ends: the same whole diagnostics.)
    const edited = client.diagnostics.slice(mark).filter((p) => p.uri === uri && p.version === 2);
    expect(edited.length).toBeGreaterThanOrEqual(1);
    for (const p of edited) expect(p.diagnostics.length).toBe(edited.at(-1)!.diagnostics.length);
    expect(edited[0]!.diagnostics.length).toBeGreaterThan(first.length);
  }, 120_000);

  it('publishes a short note once', async () => {
    const { client, ws } = server;
    const uri = ws.uri('notes/short.md');
    const before = client.diagnostics.length;
    await client.open(uri, variedLongNote(8_000, 6));
    await client.until(() => client.statuses.find((s) => s.note?.uri === uri && s.note.version === 1), 'the whole check');
    expect(client.diagnostics.slice(before).filter((p) => p.uri === uri).map((p) => p.version)).toEqual([1]);
  });
});
