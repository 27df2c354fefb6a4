// js-yaml that declines a text starting with PRECISE, for `vi.mock('js-yaml', ...)`: the plain
// reader declines it too (a document marker), so the precise reader reads the whole file, and a
// test can compare the fast readings with it. The prefix is two lines: the precise reading's lines
// are two further down.
import type * as JsYaml from 'js-yaml';

export const PRECISE = '---\n# read by the precise reader\n';

export function decliningJsYaml(jsYaml: typeof JsYaml): typeof JsYaml {
  return {
    ...jsYaml,
    load: ((text: string, options?: JsYaml.LoadOptions) => {
      if (text.startsWith(PRECISE)) throw new Error('declined for the test');
      return jsYaml.load(text, options);
    }) as typeof jsYaml.load,
  };
}
