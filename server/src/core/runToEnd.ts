// A stepwise computation (a generator that pauses between units of work) run through at once, by a
// host that has nothing to do between its steps (the CLI, a test).

/** Runs `steps` to the end and gives what it returns. */
export function runToEnd<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
