// The writer for a run's --format, made alike on the main thread and in a worker (which prints a
// note's items itself and replies with them: see packedNote.ts).
import { githubWriter } from './githubOutput';
import { jsonWriter } from './jsonOutput';
import type { OutputWriter } from './outputWriter';
import { sarifWriter } from './sarifOutput';
import { textWriter } from './textOutput';

export interface OutputSpec {
  format: 'text' | 'json' | 'sarif' | 'github';
  color: boolean;
  quiet: boolean;
  version: string;
}

export function outputWriter(spec: OutputSpec): OutputWriter {
  switch (spec.format) {
    case 'json':
      return jsonWriter();
    case 'sarif':
      return sarifWriter(spec.version);
    case 'github':
      return githubWriter({ quiet: spec.quiet });
    case 'text':
      return textWriter({ color: spec.color, quiet: spec.quiet });
  }
}
