// A small glob matcher (**, *, ?, {a,b}, [abc]) over '/'-separated relative paths. The server's
// shared logic runs in a browser too, so it cannot lean on node glob libraries.

const cache = new Map<string, RegExp>();

function translate(glob: string): string {
  let out = '';
  let i = 0;
  let braces = 0;
  while (i < glob.length) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const next = glob[i + 2];
        if (atStart && next === '/') {
          out += '(?:[^/]*/)*'; // "**/" : zero or more directories
          i += 3;
          continue;
        }
        if (atStart && next === undefined) {
          out += '.*';
          i += 2;
          continue;
        }
        out += '[^/]*';
        i += 2;
        continue;
      }
      out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close > i + 1) {
        let body = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
        if (body.startsWith('!')) body = '^' + body.slice(1);
        out += `[${body}]`;
        i = close + 1;
        continue;
      }
      out += '\\[';
    } else out += c.replace(/[.+^$()|\\\]/]/g, (m) => '\\' + m);
    i++;
  }
  return out;
}

export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (!re) {
    const cleaned = glob.replace(/^\.\//, '').replace(/^\/+/, '');
    re = new RegExp(`^${translate(cleaned)}$`);
    cache.set(glob, re);
  }
  return re;
}

/** Whether a relative path ('notes/a.md') matches any of the globs. */
export function matchesAny(relPath: string, globs: readonly string[]): boolean {
  return globs.some((g) => globToRegExp(g).test(relPath));
}

/** Whether nothing under directory `relDir` can match `excludes` being a "dir/**" style pattern. */
export function directoryExcluded(relDir: string, excludes: readonly string[]): boolean {
  return matchesAny(`${relDir}/\u0000`, excludes);
}
