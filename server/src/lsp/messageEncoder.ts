// The JSON-RPC encoder of the stdio transport. A note's diagnostics are published whole after every
// keystroke (LSP has no partial publish): on a long note ~2,000 of them, 0.8 MB of JSON. Most are
// the same objects as the last time (diagnostics.ts keeps a finding's diagnostic while its segment
// stays on its lines), so each one's JSON is kept too, and a publish copies the bytes: the runs the
// last list of the note shares at its start and end in one copy each, the rest one by one.
// A publish is written in ASCII, every other character as a JSON \u escape: the same value
// (test/lsp/publishReuse.test.ts), and the client's decoding of all-ASCII bytes takes V8's one-byte
// path: 2.7 ms instead of 6 for 0.8 MB on every keystroke (one em dash per message was enough to
// make the whole list two-byte). Diagnostics are never mutated once built, which is what makes
// kept bytes safe.
import { asciiJson } from '../core/asciiJson';

const PUBLISH = 'textDocument/publishDiagnostics';
const kept = new WeakMap<object, Buffer>();

/** JSON text as ASCII bytes (core/asciiJson.ts). */
export const asciiJsonBytes = (json: string): Buffer => Buffer.from(asciiJson(json), 'latin1');

/** A diagnostic's JSON as ASCII bytes, built once per diagnostic object. */
function diagnosticBytes(d: unknown): Buffer {
  if (d === null || typeof d !== 'object') return asciiJsonBytes(JSON.stringify(d) ?? 'null');
  let b = kept.get(d);
  if (b === undefined) kept.set(d, (b = asciiJsonBytes(JSON.stringify(d))));
  return b;
}

interface PublishMessage {
  method: string;
  params: { diagnostics: unknown[] };
}

const isPublish = (msg: unknown): msg is PublishMessage => {
  const m = msg as Partial<PublishMessage> | null;
  return m?.method === PUBLISH && typeof m.params === 'object' && m.params !== null && Array.isArray(m.params.diagnostics);
};

const COMMA = 0x2c;

/** A note's last published list: its diagnostics and where each one's bytes start in `body`. */
interface LastList {
  diagnostics: unknown[];
  /** The diagnostics' bytes, comma-separated (what goes between the list's brackets): a view into the message sent. */
  body: Buffer;
  starts: Int32Array;
}

// The last list published for each of the last few notes. A keystroke changes the diagnostics
// around the edit and keeps the same objects before and after it: those two runs are copied from
// the last list's bytes whole, not diagnostic by diagnostic (~2,000 copies a keystroke on a long note).
const lastLists = new Map<string, LastList>();
const KEPT_LISTS = 4;

/** Where the bytes of the last list's `i`th diagnostic end (before the comma that follows it). */
const endOf = (last: LastList, i: number): number => (i + 1 < last.starts.length ? last.starts[i + 1]! - 1 : last.body.length);

/** The message as JSON: a publish in ASCII (each diagnostic's bytes built once), any other as `Buffer.from(JSON.stringify(msg))` gives it. */
export function encodeMessage(msg: unknown): Buffer {
  if (!isPublish(msg)) return Buffer.from(JSON.stringify(msg), 'utf8');
  const { diagnostics } = msg.params;
  const uri = (msg.params as { uri?: unknown }).uri;
  const key = typeof uri === 'string' ? uri : undefined;
  const last = key === undefined ? undefined : lastLists.get(key);
  // The message with no diagnostics, and theirs put in the place of the empty list: the key
  // `"diagnostics":[]` (quotes unescaped) can occur only as the key itself, never inside a string.
  const shell = JSON.stringify({ ...msg, params: { ...msg.params, diagnostics: [] } });
  const at = shell.lastIndexOf('"diagnostics":[]') + '"diagnostics":['.length;
  const head = asciiJsonBytes(shell.slice(0, at));
  const tail = asciiJsonBytes(shell.slice(at));

  // The runs of the same objects as the last list's, at its start and its end.
  const n = diagnostics.length;
  let same = 0;
  let sameEnd = 0;
  if (last) {
    const old = last.diagnostics;
    const most = Math.min(n, old.length);
    while (same < most && diagnostics[same] === old[same]) same++;
    while (sameEnd < most - same && diagnostics[n - 1 - sameEnd] === old[old.length - 1 - sameEnd]) sameEnd++;
  }
  const firstEnd = last && same > 0 ? endOf(last, same - 1) : 0;
  const lastStart = last && sameEnd > 0 ? last.starts[last.starts.length - sameEnd]! : 0;
  const parts: Buffer[] = [];
  for (let i = same; i < n - sameEnd; i++) parts.push(diagnosticBytes(diagnostics[i]));
  let size = head.length + tail.length + Math.max(0, n - 1) + firstEnd - Math.max(0, same - 1);
  if (last && sameEnd > 0) size += last.body.length - lastStart - (sameEnd - 1);
  for (const p of parts) size += p.length;

  const out = Buffer.allocUnsafe(size);
  const starts = new Int32Array(n);
  let offset = head.copy(out, 0);
  const bodyStart = offset;
  if (last && same > 0) {
    offset += last.body.copy(out, offset, 0, firstEnd);
    for (let i = 0; i < same; i++) starts[i] = last.starts[i]!;
  }
  for (let k = 0; k < parts.length; k++) {
    const i = same + k;
    if (i > 0) out[offset++] = COMMA;
    starts[i] = offset - bodyStart;
    offset += parts[k]!.copy(out, offset);
  }
  if (last && sameEnd > 0) {
    if (n - sameEnd > 0) out[offset++] = COMMA;
    const shift = offset - bodyStart - lastStart;
    offset += last.body.copy(out, offset, lastStart);
    const from = last.starts.length - sameEnd;
    for (let k = 0; k < sameEnd; k++) starts[n - sameEnd + k] = last.starts[from + k]! + shift;
  }
  tail.copy(out, offset);
  // A copy of the list: the caller's array is theirs to change, and the bytes are of these objects.
  if (key !== undefined) keepList(key, { diagnostics: diagnostics.slice(), body: out.subarray(bodyStart, offset), starts });
  return out;
}

/** Keeps a note's list as its last (the note published longest ago is let go); an empty list (a closed note) keeps nothing. */
function keepList(key: string, list: LastList): void {
  lastLists.delete(key);
  if (list.diagnostics.length === 0) return;
  lastLists.set(key, list);
  if (lastLists.size > KEPT_LISTS) lastLists.delete(lastLists.keys().next().value!);
}

/** A vscode-jsonrpc content type encoder (StreamMessageWriter's `contentTypeEncoder`), UTF-8 only as the default one is in practice. */
export const cachingJsonEncoder = {
  name: 'application/json',
  encode: (msg: unknown): Promise<Uint8Array> => {
    try {
      return Promise.resolve(encodeMessage(msg));
    } catch (err) {
      return Promise.reject(err);
    }
  },
};
