// What a keystroke publishes is built from what the last one built: a finding moved by an edit
// above it keeps its diagnostic while its lines stay (diagnostics.ts), and the stdio encoder keeps
// each diagnostic's bytes (messageEncoder.ts). Both must give exactly what a fresh build gives:
// random edits on varied notes, the diagnostics and the encoded message compared after each with
// those of a cold check in a fresh process's state (JSON of freshly built diagnostics). A publish is
// written in ASCII (non-ASCII characters escaped): the same JSON value, not the same bytes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateVariedCorpus, variedLongNote } from '../../bench/variedCorpus.mjs';
import { checkNote, checkNoteSteps, SegmentCache } from '../../server/src/core/check';
import { defaultConfig } from '../../server/src/core/config/loadConfig';
import { loadFacts } from '../../server/src/core/facts/loadFacts';
import { findingToDiagnostic, noteDiagnostics, problemToDiagnostic } from '../../server/src/lsp/diagnostics';
import { asciiJsonBytes, encodeMessage } from '../../server/src/lsp/messageEncoder';
import type { CheckResult } from '../../server/src/core/check';

const ROOT = path.resolve(__dirname, '../..');
const { index } = loadFacts([{ file: 'file:///w/facts.yaml', text: readFileSync(path.join(ROOT, 'examples/facts.yaml'), 'utf8') }]);
const today = '2026-11-25';

/** The diagnostics built from nothing kept: what noteDiagnostics must equal. */
function freshDiagnostics(result: CheckResult) {
  return [...result.note.problems.map(problemToDiagnostic), ...result.findings.flatMap((f) => findingToDiagnostic(f) ?? [])];
}

const isAscii = (bytes: Buffer) => bytes.every((b) => b < 0x80);

/** What the client reads: a publish is ASCII JSON of the same value; any other message is JSON.stringify's bytes. */
function expectEncoded(bytes: Buffer, msg: { method?: string }) {
  if (msg.method !== 'textDocument/publishDiagnostics') {
    expect(bytes.equals(Buffer.from(JSON.stringify(msg), 'utf8'))).toBe(true);
    return;
  }
  expect(isAscii(bytes)).toBe(true);
  expect(JSON.stringify(JSON.parse(bytes.toString('utf8')))).toBe(JSON.stringify(msg));
}

const publish = (version: number, diagnostics: unknown[]) => ({
  jsonrpc: '2.0',
  method: 'textDocument/publishDiagnostics',
  params: { uri: 'file:///w/notes/a%20b.md', version, diagnostics },
});

// Notes of every shape the bench corpus has (tables, lists, quotes, footnotes, code, front matter).
const notes = generateVariedCorpus({ notes: 12, targetBytes: 0, seed: 41 });
const FRAGMENTS = ['x', ' ', '\n', '\n\n', '$4 billion ', '12%', '| a | $3B |\n', '- ', '> ', '```\n', '[@anthropic-valuation-2025-03]', '—', '😀', ''];
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 6 }), insert: fc.constantFrom(...FRAGMENTS) });

describe('diagnostics reused across keystrokes', () => {
  it('equal freshly built ones, and encode to JSON of the same value, after every random edit', () => {
    let compared = 0;
    let reused = 0;
    fc.assert(
      fc.property(fc.nat({ max: notes.length - 1 }), fc.array(edit, { minLength: 10, maxLength: 30 }), (which, steps) => {
        const cache = new SegmentCache();
        let text = notes[which]!;
        // Run by run, with a cache, as the server checks an open note; the fresh check chunks as the CLI does.
        let last = new Set(noteDiagnostics(checkNote(text, index, defaultConfig, { today, cache, chunkMean: 1 })));
        steps.forEach((e, version) => {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
          const result = checkNote(text, index, defaultConfig, { today, cache, chunkMean: 1 });
          const kept = noteDiagnostics(result);
          const fresh = freshDiagnostics(checkNote(text, index, defaultConfig, { today }));
          expect(JSON.stringify(kept)).toBe(JSON.stringify(fresh));
          const msg = publish(version, kept);
          expectEncoded(encodeMessage(msg), msg);
          reused += kept.filter((d) => last.has(d)).length;
          last = new Set(kept);
          compared++;
        });
      }),
      { numRuns: 25, seed: 77 },
    );
    expect(compared).toBeGreaterThan(250);
    // The point of it: most diagnostics of a note survive a keystroke as the same objects.
    expect(reused).toBeGreaterThan(compared * 5);
  }, 300_000);

  it('keeps a diagnostic below an edit that stays on its lines, and rebuilds it when its lines move', () => {
    // Enough paragraphs that the first and the last are in different chunks (segments.ts).
    const filler = Array.from({ length: 16 }, (_, i) => `Plant ${i + 1} of the region ran ${40 + i} turbines in 2024.`);
    const text = ['# Grid', 'The Harlow wind farm delivers 450 MW.', ...filler, 'Northwind Health added 1,200 nurses last year.'].join('\n\n') + '\n';
    const cache = new SegmentCache();
    const before = noteDiagnostics(checkNote(text, index, defaultConfig, { today, cache }));
    const nurses = before.find((d) => String(d.message).includes('1,200'))!;
    expect(nurses.range.start.line).toBe(36);
    const sameLines = noteDiagnostics(checkNote(text.replace('Harlow', 'Harlowe'), index, defaultConfig, { today, cache }));
    expect(sameLines.find((d) => String(d.message).includes('1,200'))).toBe(nurses);
    const moved = noteDiagnostics(checkNote(text.replace('Harlow', 'Har\nlow'), index, defaultConfig, { today, cache }));
    const again = moved.find((d) => String(d.message).includes('1,200'))!;
    expect(again).not.toBe(nurses);
    expect(again.range.start.line).toBe(37);
  });
});

describe('a note problem across keystrokes', () => {
  it('keeps its diagnostic while it says the same at the same place, and builds a new one when it changes', () => {
    const text = '---\ndate: [2025\n---\n# Costs\n\nAcme spent $4 million on compute in 2025.\n';
    const cache = new SegmentCache();
    const first = noteDiagnostics(checkNote(text, index, defaultConfig, { today, cache }));
    expect(first[0]!.code).toBe('front-matter');
    const typed = noteDiagnostics(checkNote(text.replace('compute', 'computing'), index, defaultConfig, { today, cache }));
    expect(typed[0]).toBe(first[0]);
    const elsewhere = noteDiagnostics(checkNote(text.replace('date: [2025', 'date: [2025, 1'), index, defaultConfig, { today, cache }));
    expect(elsewhere[0]!.code).toBe('front-matter');
    expect(elsewhere[0]).not.toBe(first[0]);
    expect(elsewhere[0]!.range).not.toEqual(first[0]!.range);
  });
});

describe('checking run by run (the server’s open notes)', () => {
  it('gives what checking in chunks gives, on every note of a varied corpus', () => {
    const shown = (r: CheckResult) => JSON.stringify([r.note.claims, r.note.citations, r.note.suppressions, r.note.problems, r.findings, r.statements, r.skipped]);
    for (const text of [...notes, ...generateVariedCorpus({ notes: 30, targetBytes: 0, seed: 5 })]) {
      expect(shown(checkNote(text, index, defaultConfig, { today, chunkMean: 1 }))).toBe(shown(checkNote(text, index, defaultConfig, { today })));
    }
  });
});

describe('the stdio message encoder', () => {
  it('writes every message as JSON of its value: a publish in ASCII, any other exactly as JSON.stringify does', () => {
    const d = { range: { start: { line: 0, character: 1 }, end: { line: 0, character: 4 } }, message: 'é 😀 \ud800 "q" \\ </script>', code: 'unsourced', data: { claim: { text: '$3B', value: 3e9 } } };
    const messages = [
      { jsonrpc: '2.0', id: 1, result: { capabilities: { hoverProvider: true } } },
      { jsonrpc: '2.0', id: 2, error: { code: -32603, message: 'boom' } },
      { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'hi' } },
      publish(1, []),
      publish(2, [d, d, { ...d, relatedInformation: [] }]),
      // A URI that spells the key itself, and no version (a closed note's diagnostics).
      { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///w/"diagnostics":[].md', diagnostics: [d] } },
      { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { diagnostics: [d], uri: 'file:///w/%22diagnostics%22:[].md' } },
    ];
    for (const msg of messages) {
      expectEncoded(encodeMessage(msg), msg);
      expectEncoded(encodeMessage(msg), msg); // again, from what it kept
    }
  });
});

describe('ASCII JSON', () => {
  it('escapes each UTF-16 unit past ASCII (a surrogate pair as two), and leaves ASCII as it is', () => {
    const json = JSON.stringify({ m: 'é—😀\u007f\u0080 "q" \ud800', n: 3 });
    expect(asciiJsonBytes(json).toString('latin1')).toBe('{"m":"\\u00e9\\u2014\\ud83d\\ude00\u007f\\u0080 \\"q\\" \\ud800","n":3}');
    expect(JSON.parse(asciiJsonBytes(json).toString('utf8'))).toEqual(JSON.parse(json));
    expect(asciiJsonBytes('{"a":1}').toString('latin1')).toBe('{"a":1}');
  });
});

describe('the stdio message encoder, list after list', () => {
  // Each list is built from the last one of its note (the same objects kept, some replaced,
  // inserted, removed), for more notes than the encoder keeps lists of, interleaved.
  const diagnostic = (i: number) => ({ range: { start: { line: i, character: 0 }, end: { line: i, character: 3 } }, severity: 3, code: 'unsourced', message: `figure ${i} é 😀 "q"` });
  const change = fc.record({ note: fc.nat({ max: 6 }), at: fc.nat(), remove: fc.nat({ max: 4 }), insert: fc.nat({ max: 4 }), keepAll: fc.boolean(), inPlace: fc.boolean() });

  it('writes each publish as JSON of its value, whatever the last list of its note shared with it', () => {
    let made = 0;
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 60 }), (changes) => {
        const lists = new Map<number, unknown[]>();
        changes.forEach((c, version) => {
          const before = lists.get(c.note) ?? [];
          const at = c.at % (before.length + 1);
          // A null now and then: JSON.stringify writes it as it is, as any value in the list.
          const added = Array.from({ length: c.insert }, () => (++made % 7 === 0 ? null : diagnostic(made)));
          // In place: the array last published is changed by its owner afterwards.
          const list = c.keepAll ? before : c.inPlace ? (before.splice(at, c.remove, ...added), before) : [...before.slice(0, at), ...added, ...before.slice(at + c.remove)];
          lists.set(c.note, list);
          const msg = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: `file:///w/${c.note}.md`, version, diagnostics: list } };
          expectEncoded(encodeMessage(msg), msg);
        });
      }),
      { numRuns: 300, seed: 12 },
    );
  });
});

describe('a check under way, as shown before it ends (the first look at a long note)', () => {
  it('shows at each pause exactly the whole check’s findings and diagnostics above the part not reached yet', () => {
    for (const seed of [3, 4]) {
      const text = variedLongNote(40_000, seed);
      const whole = checkNote(text, index, defaultConfig, { today });
      const steps = checkNoteSteps(text, index, defaultConfig, { today });
      let pauses = 0;
      for (let step = steps.next(); !step.done; step = steps.next()) {
        const soFar = step.value.result();
        // Everything shown so far is the whole check's, from its start up to some claim.
        const n = soFar.findings.length;
        expect(JSON.stringify(soFar.findings)).toBe(JSON.stringify(whole.findings.slice(0, n)));
        expect(JSON.stringify(noteDiagnostics(soFar))).toBe(JSON.stringify(noteDiagnostics(whole).slice(0, noteDiagnostics(soFar).length)));
        const reached = soFar.note.claims.length;
        expect(whole.findings.slice(n).every((f) => f.claim.index >= reached || f.claim.index < 0)).toBe(true);
        pauses++;
      }
      expect(pauses).toBeGreaterThan(5);
    }
  });
});
