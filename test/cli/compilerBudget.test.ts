import { describe, expect, it } from 'vitest';
import { COMPILER_BUDGET, compilerFlags } from '../../server/src/node/compilerBudget';

describe('the compiler budget the CLI and the server set for V8', () => {
  const ours = Object.entries(COMPILER_BUDGET).map(([name, value]) => `--${name}=${value}`);

  it('sets every flag the user did not set', () => {
    expect(compilerFlags([], '')).toEqual(ours);
    expect(compilerFlags(['--enable-source-maps', '--max-old-space-size=4096'], '--trace-warnings')).toEqual(ours);
    // Flags whose names start the same are other choices.
    expect(compilerFlags(['--max-inlined-bytecode-size=200', '--interrupt-budget-for-feedback-allocation=100'], '')).toEqual(ours);
  });

  it("leaves the user's own value of a flag alone, given on the command line or in NODE_OPTIONS, with - or _", () => {
    const inlining = '--max-inlined-bytecode-size-cumulative';
    const others = ours.filter((f) => !f.startsWith(`${inlining}=`));
    expect(others).toHaveLength(ours.length - 1);
    expect(compilerFlags([`${inlining}=920`], '')).toEqual(others);
    expect(compilerFlags(['--max_inlined_bytecode_size_cumulative=2000'], '')).toEqual(others);
    expect(compilerFlags([], `--enable-source-maps ${inlining}=50`)).toEqual(others);
    expect(compilerFlags(['--interrupt-budget=1000'], '--max_inlined_bytecode_size_cumulative=50')).toEqual([]);
  });
});
