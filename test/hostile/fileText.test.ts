// A facts file is read as bytes and decoded on first use (FileText): a `check --cache` run that
// reads the facts back from their snapshot only hashes it. What cannot be decoded must still be
// found when the file is read, with the reason readNoteFile gives, and the fingerprint must not
// depend on whether the text was built.
import { mkdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileText, readNoteFile, readNoteFileOffThread } from '../../server/src/node/readTextFile';
import { ResultCache } from '../../server/src/cli/resultCache';
import { defaultConfig } from '../../server/src/core/config/loadConfig';
import { CONTRADICTED, FACTS, cli, json, scratch } from './harness';

const FRONT = '---\ndate: 2025-03-01\n---\n';

/** Byte sequences around UTF-8's edges: overlong forms, surrogates, past U+10FFFF, cut short, NUL, marks. */
const EDGES = [
  [0xc0, 0x80], [0xc1, 0xbf], [0xc2, 0x80], [0xe0, 0x80, 0x80], [0xe0, 0xa0, 0x80], [0xed, 0x9f, 0xbf], [0xed, 0xa0, 0x80],
  [0xef, 0xbf, 0xbf], [0xf0, 0x8f, 0xbf, 0xbf], [0xf0, 0x90, 0x80, 0x80], [0xf4, 0x8f, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80],
  [0xf5, 0x80, 0x80, 0x80], [0xff], [0x80], [0xe2, 0x82], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xff, 0xfe, 0, 0], [0],
];

const bytesLike = fc
  .array(fc.oneof(fc.constantFrom(...EDGES), fc.uint8Array({ maxLength: 4 }).map((b) => [...b]), fc.constantFrom([0x41], [0x20], [0xc3, 0xa9])), { maxLength: 12 })
  .map((parts) => Uint8Array.from(parts.flat()));

/** One folder for the thousands of inputs below. */
const shared = scratch();

function readBoth(bytes: Uint8Array, dir = shared) {
  const file = path.join(dir, 'f.yaml');
  writeFileSync(file, bytes);
  return { lazy: readFileText(file, 1 << 20), eager: readNoteFile(file, 1 << 20) };
}

describe('a facts file decoded on first use', () => {
  it('is read or refused exactly as readNoteFile reads or refuses it, for any bytes', () => {
    fc.assert(
      fc.property(bytesLike, (bytes) => {
        const { lazy, eager } = readBoth(bytes);
        if (eager.kind === 'text') {
          expect(lazy.kind).toBe('text');
          if (lazy.kind !== 'text') return;
          // The bytes as read are what a hash reads, and they are the text in UTF-8.
          expect(Buffer.from(lazy.text.utf8()).equals(Buffer.from(eager.text, 'utf8'))).toBe(true);
          expect(lazy.text.text).toBe(eager.text);
        } else {
          expect(lazy).toEqual(eager);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('holds a UTF-8 file as its bytes until the text is asked for, then as the text', () => {
    const bytes = Buffer.from(`\ufeff${FACTS}café €\n`, 'utf8');
    const { lazy } = readBoth(bytes);
    if (lazy.kind !== 'text') throw new Error(lazy.kind);
    const before = lazy.text.utf8();
    expect(Buffer.from(before).equals(bytes)).toBe(true);
    expect(lazy.text.text).toBe(`\ufeff${FACTS}café €\n`);
    // Bytes dropped, the same UTF-8 from the text.
    expect(lazy.text.utf8()).not.toBe(before);
    expect(Buffer.from(lazy.text.utf8()).equals(bytes)).toBe(true);
  });

  it('gives the cache one fingerprint whether or not the text was built', () => {
    const dir = scratch({ 'a.yaml': FACTS, 'b.yaml': Buffer.from(`\ufeff${FACTS}`, 'utf16le') });
    const read = (name: string) => {
      const r = readFileText(path.join(dir, name), 1 << 20);
      if (r.kind !== 'text') throw new Error(r.kind);
      return r.text;
    };
    const fingerprint = (decode: boolean) => {
      const facts = [read('a.yaml'), read('b.yaml')];
      if (decode) for (const f of facts) void f.text;
      return new ResultCache(path.join(dir, 'cache'), { version: '1', config: defaultConfig, facts, today: '2026-01-15' }).fingerprint;
    };
    expect(fingerprint(true)).toBe(fingerprint(false));
    // And a changed byte is a new one.
    const before = fingerprint(false);
    writeFileSync(path.join(dir, 'a.yaml'), FACTS.replace('240e6', '250e6'));
    expect(fingerprint(false)).not.toBe(before);
  });
});

describe('a large file read off the server’s thread (libuv’s threads read, this one decodes)', () => {
  it('is read or refused exactly as readNoteFile reads or refuses it, for any bytes', async () => {
    const file = path.join(shared, 'off.yaml');
    await fc.assert(
      fc.asyncProperty(bytesLike, async (bytes) => {
        writeFileSync(file, bytes);
        expect(await readNoteFileOffThread(file, 1 << 20, 0)).toEqual(readNoteFile(file, 1 << 20));
      }),
      { numRuns: 400 },
    );
  });

  it('refuses what readNoteFile refuses: a file over the limit, a directory, a named pipe, a missing file', async () => {
    const dir = scratch({ 'big.yaml': FACTS });
    mkdirSync(path.join(dir, 'folder.yaml'));
    const cases = ['big.yaml', 'folder.yaml', 'missing.yaml'];
    if (spawnSync('mkfifo', [path.join(dir, 'pipe.yaml')]).status === 0) cases.push('pipe.yaml');
    for (const name of cases) {
      const file = path.join(dir, name);
      const limit = FACTS.length - 1;
      const eager = readNoteFile(file, limit);
      expect(eager.kind, name).not.toBe('text');
      expect(await readNoteFileOffThread(file, limit, 0), name).toEqual(eager);
    }
    // Within the limit, and below the size read off the thread: the same text.
    expect(await readNoteFileOffThread(path.join(dir, 'big.yaml'), 1 << 20, 1 << 20)).toEqual(readNoteFile(path.join(dir, 'big.yaml'), 1 << 20));
  });
});

describe('the CLI reads facts files in every encoding it reads notes in', () => {
  const note = `${FRONT}${CONTRADICTED}\n`;
  for (const [name, bytes] of [
    ['UTF-8 with a byte-order mark', Buffer.from(`\ufeff${FACTS}`, 'utf8')],
    ['UTF-16 LE with a byte-order mark', Buffer.from(`\ufeff${FACTS}`, 'utf16le')],
  ] as const) {
    for (const cache of [[], ['--cache']]) {
      it(`${name}${cache.length ? ', with --cache (twice)' : ''}: the figure is contradicted`, () => {
        const dir = scratch({ 'facts.yaml': bytes, 'n.md': note });
        for (let run = 0; run < (cache.length ? 2 : 1); run++) {
          // The second run reads the facts back from the snapshot the first wrote.
          if (run === 1) writeFileSync(path.join(dir, 'n.md'), `${note}\nTidewater had 1,800 employees in 2024.\n`);
          const result = cli(['check', 'n.md', '--format', 'json', ...cache], dir);
          expect(result.status).toBe(1);
          expect(json(result).filter((e) => e.code === 'contradicted')).toHaveLength(1);
        }
      });
    }
  }

  for (const cache of [[], ['--cache']]) {
    it(`refuses a facts file that is not UTF-8, saying where${cache.length ? ', with --cache' : ''}`, () => {
      const bad = Buffer.concat([Buffer.from(FACTS.slice(0, 40)), Buffer.from([0xe9, 0x20]), Buffer.from(FACTS.slice(40))]);
      const dir = scratch({ 'facts.yaml': bad, 'n.md': `${FRONT}${CONTRADICTED}\n` });
      const result = cli(['check', 'n.md', ...cache], dir);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`cannot read '${path.join(dir, 'facts.yaml').split(path.sep).join('/')}': it is not valid UTF-8 (first bad byte at offset 40)`);
    });
  }
});
