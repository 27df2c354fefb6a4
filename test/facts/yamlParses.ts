// The `yaml` library with every text its parseDocument reads counted by length, for `vi.mock('yaml', ...)`:
// a test can then say the whole facts file was not parsed (the precise reader takes tens of seconds at 100,000 facts).
import type * as Yaml from 'yaml';

export function countingParses(yaml: typeof Yaml, parsed: { lengths: number[] }): typeof Yaml {
  return {
    ...yaml,
    parseDocument: ((...args: Parameters<typeof yaml.parseDocument>) => {
      parsed.lengths.push(String(args[0]).length);
      return yaml.parseDocument(...args);
    }) as typeof yaml.parseDocument,
  };
}
