// A note whose workspace folder is not set up, or that lies outside every workspace folder, belongs
// to the nearest folder at or above it that holds a `.claimcheck.yaml` or a facts file where the
// defaults look (`facts.yaml`, `facts/`): a workspace opened on a subfolder of a project still checks.
// The walk reads through the host (a few stats per folder) and is remembered per folder.
import { DEFAULT_FACTS_GLOBS } from '../core/config/defaultFacts';
import type { ServerHost } from './host';
import { CONFIG_FILE } from './projects';
import { dirnameUri, joinUri, uriKey } from './uri';

/** Whether `dir` itself holds a `.claimcheck.yaml` or a facts file at a default place. */
export async function holdsProject(dir: string, host: ServerHost): Promise<boolean> {
  try {
    if (await host.stat(joinUri(dir, CONFIG_FILE))) return true;
    const exists = new Map<string, Promise<unknown>>();
    for (const glob of DEFAULT_FACTS_GLOBS) {
      const [head, ...rest] = glob.split('/');
      if (!exists.has(head!)) exists.set(head!, host.stat(joinUri(dir, head!)));
      if (!(await exists.get(head!))) continue;
      // `facts/**/*.yaml`: look inside `facts/` only, never through the whole folder.
      if (rest.length === 0 || (await host.findFiles(joinUri(dir, head!), [rest.join('/')], [])).length > 0) return true;
    }
  } catch {
    // An unreadable folder holds nothing we can use.
  }
  return false;
}

/** Whether a change to `uri` can move a project root found by walking up (a config or facts file came or went). */
export function mayMoveProjectRoot(uri: string): boolean {
  const segments = uriKey(uri).split('/');
  const heads = new Set([CONFIG_FILE, ...DEFAULT_FACTS_GLOBS.map((g) => g.split('/')[0]!)]);
  return segments.some((s) => heads.has(s));
}

export class ProjectsAbove {
  /** The walk per folder key, pending or done. */
  private readonly walks = new Map<string, Promise<string | undefined>>();
  /** Finished walks: the project root, or null when there is none above. Kept until a new walk answers. */
  private readonly found = new Map<string, string | null>();

  constructor(private readonly host: ServerHost) {}

  /** What the last finished walk from `dir` found: a root, null for none, undefined when not walked yet. */
  known(dir: string): string | null | undefined {
    return this.found.get(uriKey(dir));
  }

  /** The nearest folder at or above `dir` that holds a project. */
  find(dir: string): Promise<string | undefined> {
    const key = uriKey(dir);
    let walk = this.walks.get(key);
    if (!walk) {
      const started = this.walk(dir);
      walk = started;
      this.walks.set(key, started);
      // Registered before any caller awaits, so `known` answers by the time `find` resolves.
      void started.then((root) => {
        if (this.walks.get(key) === started) this.found.set(key, root ?? null);
      });
    }
    return walk;
  }

  /** Walk again on the next `find`; until then `known` keeps its answers. */
  invalidate(): void {
    this.walks.clear();
  }

  private async walk(dir: string): Promise<string | undefined> {
    if (await holdsProject(dir, this.host)) return dir;
    const parent = dirnameUri(dir);
    return parent === dir ? undefined : this.find(parent);
  }
}
