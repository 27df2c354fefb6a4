// Pure ASCII bundles, their source maps kept true. V8 keeps a script's source on the heap for its
// whole life, two bytes a character if any one is not Latin-1 (the CLI's 1.5 MB became 3 MB, in
// every worker too). esbuild escapes strings and templates but leaves regular expression literals
// and comments as written; there \uXXXX is the same character (a surrogate pair is one code point
// under /u), and in a comment it is only text. Each escape lengthens its line by five characters:
// the source map's generated columns after it on that line move with it (a minified bundle is a few
// very long lines, so one escape would otherwise shift every mapping after it).

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** A source map segment's VLQ fields. */
function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = DIGIT.get(c);
    if (digit === undefined) throw new Error(`not a source map VLQ digit: ${c}`);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function encodeSegment(values) {
  let out = '';
  for (const v of values) {
    let rest = v < 0 ? (-v << 1) | 1 : v << 1;
    do {
      const digit = rest & 31;
      rest >>>= 5;
      out += BASE64[rest > 0 ? digit | 32 : digit];
    } while (rest > 0);
  }
  return out;
}

/** Escapes every non-ASCII character of `code` (one UTF-16 unit at a time) and moves `map`'s generated columns to match. */
export function asciiBundle(file, code, map) {
  /** Per generated line, the columns (before escaping) of its escaped characters, ascending. */
  const escapedAt = new Map();
  let line = 0;
  let lineStart = 0;
  const ascii = code.replace(/[^\x00-\x7f]|\n/g, (c, at) => {
    if (c === '\n') {
      line++;
      lineStart = at + 1;
      return c;
    }
    // After a backslash the escape would change meaning (`\’` would become `\\u2019`): write that one as \u2019 in the source.
    if (code[at - 1] === '\\') throw new Error(`${file}: an escaped non-ASCII character at offset ${at}: write it as \\u${c.charCodeAt(0).toString(16)} in the source`);
    if (!escapedAt.has(line)) escapedAt.set(line, []);
    escapedAt.get(line).push(at - lineStart);
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  if (ascii === code || !map) return { code: ascii, map };
  const lines = map.mappings.split(';');
  for (const [n, columns] of escapedAt) {
    if (n >= lines.length || !lines[n]) continue;
    let column = 0;
    let moved = 0;
    let k = 0;
    const segments = lines[n].split(',').map((segment) => {
      const fields = decodeSegment(segment);
      column += fields[0];
      while (k < columns.length && columns[k] < column) k++;
      // Generated columns are relative to the previous segment's on the line.
      const at = column + 5 * k;
      fields[0] = at - moved;
      moved = at;
      return encodeSegment(fields);
    });
    lines[n] = segments.join(',');
  }
  return { code: ascii, map: { ...map, mappings: lines.join(';') } };
}
