// `✓ <source title>` after supported claims, the sourced value after contradicted ones.
import { InlayHint, MarkupKind } from 'vscode-languageserver';
import type { CheckResult } from '../core/check';
import type { Range } from '../core/types';
import { escapeMarkdown, markdownLink } from './escape';
import { rangesIntersect } from './ranges';

const MAX_TITLE = 48;

function short(title: string): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  return clean.length > MAX_TITLE ? `${clean.slice(0, MAX_TITLE - 1)}…` : clean;
}

export function inlayHints(result: CheckResult, range: Range): InlayHint[] {
  const hints: InlayHint[] = [];
  for (const finding of result.findings) {
    if (!rangesIntersect(finding.claim.range, range)) continue;
    const fact = finding.facts[0];
    if (finding.code === 'supported' && fact) {
      const title = fact.source.title || fact.id;
      hints.push({
        position: finding.claim.range.end,
        label: `✓ ${short(title)}`,
        paddingLeft: true,
        tooltip: { kind: MarkupKind.Markdown, value: `Supported by ${markdownLink(fact.source.title ?? fact.id, fact.source.url)} (as of ${escapeMarkdown(fact.asOf)})` },
      });
    } else if (finding.code === 'contradicted' && finding.suggestion) {
      hints.push({
        position: finding.claim.range.end,
        label: `≠ ${finding.suggestion}`,
        paddingLeft: true,
        tooltip: { kind: MarkupKind.Markdown, value: `Sourced value: ${escapeMarkdown(finding.suggestion)}` },
      });
    }
  }
  return hints;
}
