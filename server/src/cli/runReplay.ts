// `claimcheck check --cache`, whole runs: a run whose every input is unchanged (each note's path and
// text, the result cache's fingerprint — tool version, effective config, facts files' paths and
// contents, --as-of, today —, the config's problems, the arguments, the working folder, colour)
// prints what the same run printed last time, from one file, instead of loading the facts, reading
// a cached result per note, relating them again and formatting the report anew (the facts files'
// problems follow from the fingerprint and the working folder, so a replay needs no facts loaded). Anything else, or any
// change, runs normally through the per-note cache (resultCache.ts), and records the run for next
// time. Runs with side effects or outside inputs (--fix, baselines, --changed) are never replayed.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { GateOptions } from './gateArgs';

/** Bumped when what a recorded run holds changes, so older recordings are never read. */
const RUN_FORMAT = 1;

/** Recordings kept per cache folder, the newest: a run's output can be large (20 MB for 2,000 notes), and only an unchanged run replays. */
export const KEPT_RUNS = 8;

const RECORDING = /^run-[0-9a-f]{64}\.json$/;

/** Gate options that only select or judge the checked notes: a run with them is still a function of its inputs. */
const PURE_GATE_OPTIONS = new Set<keyof GateOptions>(['shard', 'minSourced']);

/** Whether the run may be replayed: no gate step that writes files or reads anything but the notes, facts and config. */
export function isReplayable(gate: GateOptions): boolean {
  return Object.entries(gate).every(([name, value]) => PURE_GATE_OPTIONS.has(name as keyof GateOptions) || value === undefined || value === false);
}

/** What a recorded run printed: stdout, and each stderr text with the stdout length it followed. */
interface Recorded {
  format: number;
  code: number;
  stdoutBytes: number;
  stderr: { at: number; text: string }[];
}

export interface RunIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export class RunReplay {
  private readonly base: string;

  /**
   * `inputs`: everything the run's output depends on besides the notes (JSON-serialisable);
   * `notes`: each note's path and text, in order.
   */
  constructor(dir: string, inputs: unknown, notes: readonly { file: string; text: string }[]) {
    const hash = createHash('sha256').update(JSON.stringify({ format: RUN_FORMAT, inputs }));
    for (const { file, text } of notes) hash.update('\0').update(file).update('\0').update(String(text.length)).update('\0').update(text);
    this.base = path.join(dir, `run-${hash.digest('hex')}`);
  }

  /** Prints the recorded run and returns its exit code; undefined when there is none (or it is unreadable). */
  replay(io: RunIo): number | undefined {
    let recorded: Recorded;
    let stdout: Buffer;
    try {
      recorded = JSON.parse(readFileSync(`${this.base}.json`, 'utf8')) as Recorded;
      stdout = readFileSync(`${this.base}.out`);
    } catch {
      return undefined;
    }
    if (recorded.format !== RUN_FORMAT || stdout.length !== recorded.stdoutBytes) return undefined;
    try {
      // Used again: the newest for pruning.
      const now = new Date();
      utimesSync(`${this.base}.json`, now, now);
    } catch {
      // Removed meanwhile: this replay still stands.
    }
    let at = 0;
    for (const { at: until, text } of recorded.stderr) {
      if (until > at) io.stdout(stdout.toString('utf8', at, until));
      at = Math.max(at, until);
      io.stderr(text);
    }
    if (at < stdout.length) io.stdout(stdout.toString('utf8', at));
    return recorded.code;
  }

  /**
   * Runs `run` with an io that also records what it prints (stdout straight to a temp file, so a
   * large report is not held twice), and keeps the recording once the run returns. A run that
   * throws or exits early leaves no recording.
   */
  record(io: RunIo, run: (io: RunIo) => number): number {
    const temp = `${this.base}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    let fd: number;
    try {
      fd = openSync(temp, 'w');
    } catch {
      return run(io); // a cache that cannot be written costs speed, never a result
    }
    const cleanup = (): void => rmSync(temp, { force: true });
    process.once('exit', cleanup);
    let stdoutBytes = 0;
    let writable = true;
    const stderr: Recorded['stderr'] = [];
    const recording: RunIo = {
      stdout: (text) => {
        io.stdout(text);
        if (!writable) return;
        const bytes = Buffer.from(text, 'utf8');
        try {
          for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
          stdoutBytes += bytes.length;
        } catch {
          writable = false;
        }
      },
      stderr: (text) => {
        io.stderr(text);
        stderr.push({ at: stdoutBytes, text });
      },
    };
    const metaTemp = `${temp}.json`;
    try {
      let code: number;
      try {
        code = run(recording);
      } finally {
        closeSync(fd);
      }
      try {
        if (writable) {
          renameSync(temp, `${this.base}.out`);
          const meta: Recorded = { format: RUN_FORMAT, code, stdoutBytes, stderr };
          writeFileSync(metaTemp, JSON.stringify(meta));
          renameSync(metaTemp, `${this.base}.json`);
          pruneRecordings(path.dirname(this.base));
        }
      } catch {
        // Not recorded: the next run checks again.
      }
      return code;
    } finally {
      cleanup();
      rmSync(metaTemp, { force: true });
      process.removeListener('exit', cleanup);
    }
  }
}

/** Removes all but the KEPT_RUNS newest recordings (by when they were written or last replayed) from `dir`. */
function pruneRecordings(dir: string): void {
  const recordings = readdirSync(dir)
    .filter((name) => RECORDING.test(name))
    .map((name) => {
      try {
        return { name, at: statSync(path.join(dir, name)).mtimeMs };
      } catch {
        return undefined; // removed meanwhile by another run
      }
    })
    .filter((r) => r !== undefined)
    .sort((a, b) => b.at - a.at || (a.name < b.name ? -1 : 1));
  for (const { name } of recordings.slice(KEPT_RUNS)) {
    const base = path.join(dir, name.slice(0, -'.json'.length));
    rmSync(`${base}.json`, { force: true });
    rmSync(`${base}.out`, { force: true });
  }
}
