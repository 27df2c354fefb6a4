// The injection grammar colours `[@fact-id]` citations and money/percent figures in markdown
// prose, and leaves code alone. Tokenized with vscode-textmate + vscode-oniguruma against a
// stub of the markdown grammar (and VS Code's real one when a local copy exists).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const INJECTION = path.join(ROOT, 'syntaxes/claimcheck.injection.tmLanguage.json');
const STUB = path.join(ROOT, 'test/syntax/fixtures/markdown-stub.tmLanguage.json');
const REAL_MARKDOWN = '/root/.cache/claimcheck-e2e/node_modules/code-server/lib/vscode/extensions/markdown-basics/syntaxes/markdown.tmLanguage.json';

let onigReady: Promise<void> | undefined;
function onig() {
  onigReady ??= oniguruma.loadWASM(readFileSync(path.join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm')).buffer as ArrayBuffer);
  return onigReady.then(() => ({
    createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
    createOnigString: (s: string) => new oniguruma.OnigString(s),
  }));
}

async function loadMarkdown(markdownFile: string): Promise<IGrammar> {
  const injection = JSON.parse(readFileSync(INJECTION, 'utf8')) as { scopeName: string };
  const registry = new Registry({
    onigLib: onig(),
    loadGrammar: async (scope) => {
      if (scope === 'text.html.markdown') return parseRawGrammar(readFileSync(markdownFile, 'utf8'), markdownFile);
      if (scope === injection.scopeName) return parseRawGrammar(readFileSync(INJECTION, 'utf8'), INJECTION);
      return null;
    },
    getInjections: (scope) => (scope === 'text.html.markdown' ? [injection.scopeName] : undefined),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  if (!grammar) throw new Error('markdown grammar did not load');
  return grammar;
}

interface Tok {
  text: string;
  scopes: string[];
}

function tokenize(grammar: IGrammar, text: string): Tok[][] {
  let state = INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t, i) => ({ text: line.slice(t.startIndex, r.tokens[i + 1]?.startIndex ?? line.length), scopes: t.scopes }));
  });
}

/** The texts of the tokens on `line` that carry `scope`. */
function withScope(line: Tok[], scope: string): string[] {
  return line.filter((t) => t.scopes.includes(scope)).map((t) => t.text);
}

const grammars: [string, string][] = [['markdown stub', STUB]];
if (existsSync(REAL_MARKDOWN)) grammars.push(["VS Code's markdown grammar", REAL_MARKDOWN]);

describe.each(grammars)('claimcheck injection into %s', (_name, file) => {
  let grammar: IGrammar;
  beforeAll(async () => {
    grammar = await loadMarkdown(file);
  });

  it('scopes a single citation key and its punctuation', () => {
    const [line] = tokenize(grammar, 'Valued at $61.5 billion [@anthropic-valuation-2025-03] in March.');
    expect(withScope(line, 'entity.name.tag.citation-key.claimcheck')).toEqual(['anthropic-valuation-2025-03']);
    expect(withScope(line, 'punctuation.definition.citation.begin.claimcheck')).toEqual(['[']);
    expect(withScope(line, 'punctuation.definition.citation-key.claimcheck')).toEqual(['@']);
    expect(withScope(line, 'punctuation.definition.citation.end.claimcheck')).toEqual([']']);
    expect(withScope(line, 'meta.citation.claimcheck').join('')).toBe('[@anthropic-valuation-2025-03]');
  });

  it('scopes every key of a multi-key citation and the separators', () => {
    const [line] = tokenize(grammar, 'Combined capex [@microsoft-capex-fy2025; @alphabet-capex-2025-feb;@amazon-capex-2025-feb].');
    expect(withScope(line, 'entity.name.tag.citation-key.claimcheck')).toEqual([
      'microsoft-capex-fy2025',
      'alphabet-capex-2025-feb',
      'amazon-capex-2025-feb',
    ]);
    expect(withScope(line, 'punctuation.separator.citation.claimcheck')).toEqual([';', ';']);
  });

  it('scopes money and percent figures in prose', () => {
    const [line] = tokenize(grammar, 'A $5 billion commitment, US$1.25bn earlier, €80M in Europe, 4% to 6.5 percent exposure.');
    expect(withScope(line, 'constant.numeric.money.claimcheck')).toEqual(['$5 billion', 'US$1.25bn', '€80M']);
    expect(withScope(line, 'constant.numeric.percent.claimcheck')).toEqual(['4%', '6.5 percent']);
  });

  it('leaves inline code, fenced code, links and plain numbers alone', () => {
    const lines = tokenize(
      grammar,
      ['Run `cost = $5 billion [@x]` and see [a link](https://x.test/@y).', '', '```', 'price: $5 billion [@fact] 35%', '```', '', 'In 2025 they had 100,000 GPUs.'].join('\n'),
    );
    const all = lines.flat();
    expect(all.filter((t) => t.scopes.some((s) => s.endsWith('.claimcheck')))).toEqual([]);
  });

  it('does not take a markdown link with an @ label for a citation', () => {
    const [line] = tokenize(grammar, 'See [@handle](https://example.com) for details.');
    expect(withScope(line, 'entity.name.tag.citation-key.claimcheck')).toEqual([]);
  });
});
