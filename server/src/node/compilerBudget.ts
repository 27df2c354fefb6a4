// How much work V8's optimizing compiler (TurboFan) takes on. Its defaults suit long-lived pages.
// A check is a batch of seconds: profiling one (2,000 varied notes, 1 job) found a third of its
// CPU compiling, on V8's background threads, which share the cores with the check; and each
// --jobs worker, an isolate of its own, compiles everything again. Inlining less into each
// function and optimizing only functions 4x as hot cut that background CPU by half (5.6 -> 3.0 s
// a run) with no measurable cost to the check's own thread; the server's typing latency is
// unchanged (CONTRIBUTING.md, the ninth pass). Node entries only. The flags are process-wide:
// worker threads started after them inherit them.
import { setFlagsFromString } from 'node:v8';

/** Each V8 flag and the value we set, defaults in the comments (V8 11.3, Node 20). */
export const COMPILER_BUDGET = {
  // Bytecode inlined into one optimized function, in all (920).
  'max-inlined-bytecode-size-cumulative': 100,
  // Bytecode run between checks of whether a function is hot enough to optimize (67,584).
  'interrupt-budget': 270_336,
} as const;

/** The flags to set: every one the user did not set themselves (node flags or NODE_OPTIONS, `_` or `-`). */
export function compilerFlags(execArgv: readonly string[], nodeOptions: string): string[] {
  const given = [...execArgv, ...nodeOptions.split(/\s+/)].map((arg) => arg.replace(/_/g, '-').replace(/=.*/, ''));
  return Object.entries(COMPILER_BUDGET)
    .filter(([name]) => !given.includes(`--${name}`))
    .map(([name, value]) => `--${name}=${value}`);
}

/** Sets the budget for every compile after this call: first thing in an entry point. */
export function limitCompiling(): void {
  for (const flag of compilerFlags(process.execArgv, process.env.NODE_OPTIONS ?? '')) setFlagsFromString(flag);
}
