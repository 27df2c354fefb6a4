// The JSON-RPC encoder of the stdio transport. A note's diagnostics are published whole after every
// keystroke (LSP has no partial publish): on a long note ~2,000 of them, 0.8 MB of JSON. Most are
// the same objects as the last time (diagnostics.ts keeps a finding's diagnostic while its segment
// stays on its lines), so each one's JSON is kept too, as UTF-8, and a publish copies the bytes.
// The bytes are exactly those of JSON.stringify (test/lsp/messageEncoder.test.ts). Diagnostics are
// never mutated once built, which is what makes kept bytes safe.
const PUBLISH = 'textDocument/publishDiagnostics';
const utf8 = new WeakMap<object, Buffer>();

/** A diagnostic's JSON as UTF-8, built once per diagnostic object. */
function diagnosticBytes(d: unknown): Buffer {
  if (d === null || typeof d !== 'object') return Buffer.from(JSON.stringify(d) ?? 'null', 'utf8');
  let b = utf8.get(d);
  if (b === undefined) utf8.set(d, (b = Buffer.from(JSON.stringify(d), 'utf8')));
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

/** The message as `Buffer.from(JSON.stringify(msg))` gives it, each diagnostic's bytes built once. */
export function encodeMessage(msg: unknown): Buffer {
  if (!isPublish(msg)) return Buffer.from(JSON.stringify(msg), 'utf8');
  const { diagnostics } = msg.params;
  // The message with no diagnostics, and theirs put in the place of the empty list: the key
  // `"diagnostics":[]` (quotes unescaped) can occur only as the key itself, never inside a string.
  const shell = JSON.stringify({ ...msg, params: { ...msg.params, diagnostics: [] } });
  const at = shell.lastIndexOf('"diagnostics":[]') + '"diagnostics":['.length;
  const head = Buffer.from(shell.slice(0, at), 'utf8');
  const tail = Buffer.from(shell.slice(at), 'utf8');
  const parts = diagnostics.map(diagnosticBytes);
  let size = head.length + tail.length + Math.max(0, parts.length - 1);
  for (const p of parts) size += p.length;
  const out = Buffer.allocUnsafe(size);
  let offset = head.copy(out, 0);
  parts.forEach((p, i) => {
    if (i > 0) out[offset++] = COMMA;
    offset += p.copy(out, offset);
  });
  tail.copy(out, offset);
  return out;
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
