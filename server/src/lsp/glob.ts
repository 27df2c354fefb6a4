// Glob matching over '/'-separated relative paths. picomatch's posix build has no node
// dependencies, so the same matcher serves the node server and the web-worker one.
import picomatch from 'picomatch/posix';

const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (!re) {
    const cleaned = glob.replace(/^\.\//, '').replace(/^\/+/, '');
    re = picomatch.makeRe(cleaned, { dot: true });
    cache.set(glob, re);
  }
  return re;
}

/** Whether a relative path ('notes/a.md') matches any of the globs. */
export function matchesAny(relPath: string, globs: readonly string[]): boolean {
  return globs.some((g) => globToRegExp(g).test(relPath));
}

/** Whether everything under directory `relDir` is excluded by a "dir/**" style pattern. */
export function directoryExcluded(relDir: string, excludes: readonly string[]): boolean {
  return matchesAny(`${relDir}/x`, excludes.filter((g) => g.endsWith('/**')));
}
