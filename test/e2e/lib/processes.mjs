// Child processes the run owns, killed as whole process groups on exit, even on failure or a signal.
import { spawn } from 'node:child_process';

const groups = new Set();

function killGroup(pid, signal = 'SIGTERM') {
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
}

const cleanups = [];

/** Registers work to do when the run ends, however it ends (e.g. removing a temp dir). */
export function onCleanup(fn) {
  cleanups.push(fn);
}

export function killAll() {
  for (const pid of groups) killGroup(pid, 'SIGKILL');
  groups.clear();
  for (const fn of cleanups.splice(0)) {
    try {
      fn();
    } catch {
      /* best effort */
    }
  }
}
process.on('exit', killAll);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    killAll();
    process.exit(130);
  });
}

/** Starts a command in its own process group; returns the child and a stop() that ends the group. */
export function startGroup(cmd, args, options) {
  const child = spawn(cmd, args, { ...options, detached: true });
  groups.add(child.pid);
  const exited = new Promise((res) => child.once('exit', (code, signal) => res({ code, signal })));
  return {
    child,
    exited,
    async stop() {
      killGroup(child.pid, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
      killGroup(child.pid, 'SIGKILL'); // grandchildren that ignored SIGTERM
      groups.delete(child.pid);
    },
  };
}

/** Runs a command to completion, with output captured; rejects with the output on failure/timeout. */
export function run(cmd, args, { timeoutMs = 300000, ...options } = {}) {
  return new Promise((resolvePromise, reject) => {
    const { child, exited, stop } = startGroup(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`${cmd} ${args.join(' ')} timed out after ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      groups.delete(child.pid);
      if (code === 0) resolvePromise(output);
      else reject(new Error(`${cmd} ${args.join(' ')} exited ${code ?? signal}:\n${output}`));
    });
  });
}
