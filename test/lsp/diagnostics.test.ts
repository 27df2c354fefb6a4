// Opening the example note publishes one diagnostic per finding, with codes, exact ranges,
// severities, a link to the code's documentation and the facts as related information, and no data
// (code actions read the server's own result); the status notification counts them.
import { describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { rangeOf, useOpenNote } from './lspClient';

const DOCS = 'https://github.com/claimcheck/claimcheck#';

describe('diagnostics on the example note', () => {
  const note = useOpenNote();
  const { uri, text, ws } = note;

  it('flags exactly the two contradicted figures, as errors, on their exact text', () => {
    const contradicted = note.diagnostics.filter((d) => d.code === 'contradicted');
    expect(contradicted.map((d) => d.range)).toEqual([rangeOf(text, '$5 billion'), rangeOf(text, '$200 billion')]);
    for (const d of contradicted) expect(d.severity).toBe(1);
  });

  it('maps every finding code to its configured severity and documents it', () => {
    const expected: Record<string, number> = { contradicted: 1, outdated: 2, unsourced: 3, 'citation-mismatch': 1, 'unknown-citation': 1 };
    expect(note.diagnostics.length).toBeGreaterThan(2);
    for (const d of note.diagnostics) {
      expect(d.source).toBe('claimcheck');
      expect(expected[String(d.code)]).toBe(d.severity);
      expect(d.codeDescription?.href).toBe(`${DOCS}${d.code}`);
      expect(String(d.message).length).toBeGreaterThan(10);
    }
  });

  it('points contradicted figures at the facts they disagree with, in facts.yaml', () => {
    const capex = note.diagnostics.find((d) => d.code === 'contradicted' && d.range.start.line === rangeOf(text, '$200 billion').start.line)!;
    const related = capex.relatedInformation ?? [];
    expect(related.map((r) => r.message.split(':')[0]).sort()).toEqual(['alphabet-capex-2025-feb', 'amazon-capex-2025-feb', 'microsoft-capex-fy2025']);
    for (const r of related) {
      expect(r.location.uri).toBe(ws.uri('facts.yaml'));
      expect(r.location.range.start.line).toBeGreaterThan(10);
    }
  });

  it('carries no data: the quick fix for a diagnostic comes from the server, as the client sends it back', async () => {
    // A publish carries every diagnostic of the note after every keystroke: nothing in it the server does not read.
    for (const d of note.diagnostics) expect(d.data).toBeUndefined();
    const d = note.diagnostics.find((x) => x.code === 'contradicted' && x.range.start.line === rangeOf(text, '$200 billion').start.line)!;
    const actions = await note.client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const fix = actions.find((a) => a.isPreferred)!;
    expect(fix.title).toMatch(/^Replace \$200 billion with the sourced \$255 billion and cite \[@[\w-]+; @[\w-]+; @[\w-]+\]$/);
    expect(fix.diagnostics).toEqual([d]);
  });

  it('sends a status with the facts loaded and the note counts', async () => {
    const status = await note.client.until(() => note.client.statuses.find((s) => s.note?.uri === uri), 'note status');
    expect(status.factsCount).toBe(28);
    expect(status.factsFiles).toEqual([ws.uri('facts.yaml')]);
    expect(status.factsProblems).toBe(0);
    expect(status.note.counts.contradicted).toBe(2);
    expect(status.note.counts.contradicted + status.note.counts.outdated + status.note.counts.unsourced).toBe(
      note.diagnostics.filter((d) => ['contradicted', 'outdated', 'unsourced'].includes(String(d.code))).length,
    );
  });

  it('clears the diagnostics when the note is closed', async () => {
    const before = note.client.diagnostics.length;
    await note.client.close(uri);
    await note.client.until(() => note.client.diagnostics.slice(before).find((p) => p.uri === uri && p.diagnostics.length === 0), 'cleared diagnostics');
  });
});
