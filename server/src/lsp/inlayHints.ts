// The sourced value after checked claims: "✓ $61.5B" after a supported figure, "≠ $255B" after a
// contradicted one. Values only, never titles: a hint sits inside the prose and must stay short.
import { InlayHint, MarkupKind } from 'vscode-languageserver';
import type { CheckResult } from '../core/check';
import type { Finding, Range } from '../core/types';
import { escapeMarkdown, markdownLink } from './escape';
import { compactValue, formatValue } from './format';
import { rangesIntersect } from './ranges';

/** The sourced value a finding was judged against: the one fact's, or the sum of several. */
function sourcedValue(finding: Finding): string | undefined {
  // A derived figure's facts are operands, not addends: the hint is the derived value.
  if (finding.derivation) return finding.suggestion ?? finding.derivation.formula.split(' = ').at(-1);
  const facts = finding.facts;
  if (facts.length === 1) return compactValue(facts[0]);
  if (facts.length > 1 && facts.every((f) => f.value !== null && f.unit === facts[0].unit)) {
    return compactValue({ value: facts.reduce((sum, f) => sum + (f.value ?? 0), 0), low: null, high: null, unit: facts[0].unit });
  }
  return finding.suggestion;
}

export function inlayHints(result: CheckResult, range: Range): InlayHint[] {
  const hints: InlayHint[] = [];
  for (const finding of result.findings) {
    if (!rangesIntersect(finding.claim.range, range)) continue;
    if (finding.code !== 'supported' && finding.code !== 'contradicted') continue;
    const value = sourcedValue(finding);
    if (!value) continue;
    const sources = finding.facts
      .map((f) => `${markdownLink(f.source.title ?? f.id, f.source.url)}: ${escapeMarkdown(formatValue(f))} (as of ${escapeMarkdown(f.asOf)})`)
      .join('  \n');
    hints.push({
      position: finding.claim.range.end,
      label: `${finding.code === 'supported' ? '✓' : '≠'} ${value}`,
      paddingLeft: true,
      tooltip: {
        kind: MarkupKind.Markdown,
        value: `${finding.derivation ? `Derived: ${escapeMarkdown(finding.derivation.formula)}  \n` : ''}${finding.code === 'supported' ? 'Supported by' : 'Sourced value from'}  \n${sources}`,
      },
    });
  }
  return hints;
}
