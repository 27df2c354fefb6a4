// String helpers for URIs ('file:///w/notes/a.md', 'vscode-vfs://github/o/r/a.md'). No node
// 'path' or 'url': the same code runs in the browser server.

/** A key that compares equal for two spellings of one URI (percent-encoding, drive letter case). */
export function uriKey(uri: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(uri);
  } catch {
    decoded = uri;
  }
  return decoded.replace(/^file:\/\/\/([A-Za-z]):/, (_m, d: string) => `file:///${d.toLowerCase()}:`).replace(/\/+$/, '');
}

export function joinUri(base: string, rel: string): string {
  const b = base.replace(/\/+$/, '');
  const encoded = rel
    .replace(/^\.\//, '')
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
  return `${b}/${encoded}`;
}

export function dirnameUri(uri: string): string {
  const i = uri.lastIndexOf('/');
  return i > uri.indexOf('//') + 1 ? uri.slice(0, i) : uri;
}

export function basenameUri(uri: string): string {
  const key = uriKey(uri);
  return key.slice(key.lastIndexOf('/') + 1);
}

/** The '/'-separated path of `uri` under `root`, decoded, or undefined when outside. */
export function relativeUri(root: string, uri: string): string | undefined {
  const r = uriKey(root);
  const u = uriKey(uri);
  if (u === r) return '';
  return u.startsWith(r + '/') ? u.slice(r.length + 1) : undefined;
}
