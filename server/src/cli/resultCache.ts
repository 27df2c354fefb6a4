// `claimcheck check --cache`: one file per note result, named by a hash of everything the result
// depends on (the note's text, the effective config, every facts file's path and contents, the
// tool's version, --as-of and today's date, which dates undated notes). A changed input is a new
// name, so a stale entry is never read; entries are written to a temp file and renamed (atomic).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CheckResult } from '../core/check';

export const DEFAULT_CACHE_LOCATION = 'node_modules/.cache/claimcheck';

/** Bumped when a cached result's shape changes (4: a note's statements for the consistency pass), so older entries are never read. */
const CACHE_FORMAT = 4;

export interface CacheInputs {
  version: string;
  config: unknown;
  facts: { file: string; text: string }[];
  asOf?: string;
  today: string;
}

export class ResultCache {
  private readonly fingerprint: string;

  constructor(
    readonly dir: string,
    inputs: CacheInputs,
  ) {
    this.fingerprint = createHash('sha256').update(JSON.stringify({ format: CACHE_FORMAT, ...inputs })).digest('hex');
    mkdirSync(dir, { recursive: true });
  }

  private fileFor(text: string): string {
    const key = createHash('sha256').update(this.fingerprint).update('\0').update(text).digest('hex');
    return path.join(this.dir, `${key}.json`);
  }

  get(text: string): CheckResult | undefined {
    try {
      return JSON.parse(readFileSync(this.fileFor(text), 'utf8')) as CheckResult;
    } catch {
      return undefined; // absent, or unreadable: checked anew and rewritten
    }
  }

  set(text: string, result: CheckResult): void {
    const file = this.fileFor(text);
    const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      writeFileSync(temp, JSON.stringify(result));
      renameSync(temp, file);
    } catch {
      // A cache that cannot be written costs speed, never a result.
    }
  }
}
