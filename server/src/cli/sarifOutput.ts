import { FINDING_CODES, findingHelpUri } from '../core/findingCodes';
import type { Range, Severity } from '../core/types';
import { cleanMessage } from '../core/quote';
import { reportItems, type CheckReport } from './report';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';
const LEVEL: Record<Severity | 'none', SarifLevel> = { error: 'error', warning: 'warning', information: 'note', hint: 'note', none: 'none' };

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
}

function camel(code: string): string {
  return code.replace(/(^|-)([a-z])/g, (_, _dash, c: string) => c.toUpperCase());
}

function findingRule(code: keyof typeof FINDING_CODES): SarifRule {
  const info = FINDING_CODES[code];
  return {
    id: code,
    name: camel(code),
    shortDescription: { text: info.summary },
    fullDescription: { text: `${info.summary} ${info.help}` },
    help: { text: info.help, markdown: info.help },
    helpUri: findingHelpUri(code),
    defaultConfiguration: { level: LEVEL[info.defaultSeverity] },
  };
}

function inputRule(code: string, severity: Severity): SarifRule {
  const text = code === 'skipped' ? 'The note was not checked (too large, or turned off).' : `A problem in an input file (${code}).`;
  return {
    id: code,
    name: camel(code),
    shortDescription: { text },
    fullDescription: { text },
    help: { text, markdown: text },
    helpUri: findingHelpUri('facts-file-problems'),
    defaultConfiguration: { level: LEVEL[severity] },
  };
}

/** SARIF 2.1.0, one rule per finding code (plus one per input-problem code met), for code scanning. */
export function formatSarif(report: CheckReport, version: string): string {
  const items = reportItems(report);
  const rules: SarifRule[] = (Object.keys(FINDING_CODES) as (keyof typeof FINDING_CODES)[])
    .filter((c) => c !== 'supported')
    .map(findingRule);
  for (const item of items) {
    if (!rules.some((r) => r.id === item.code)) rules.push(inputRule(item.code, item.severity));
  }
  const region = (range: Range) => ({
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  });
  const results = items.map((item) => ({
    ruleId: item.code,
    ruleIndex: rules.findIndex((r) => r.id === item.code),
    level: LEVEL[item.severity],
    message: { text: item.message },
    // A derived figure's arithmetic and the facts it used, for reviewers reading the scan.
    ...(item.finding?.derivation ? { properties: { derivation: item.finding.derivation } } : {}),
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(item.file), uriBaseId: '%SRCROOT%' },
          region: region(item.range),
        },
      },
    ],
    // inconsistent: the other statements, which code scanning links to.
    ...(item.finding?.related
      ? {
          relatedLocations: item.finding.related.map((r, id) => ({
            id,
            physicalLocation: { artifactLocation: { uri: encodeURI(r.label), uriBaseId: '%SRCROOT%' }, region: region(r.range) },
            message: { text: cleanMessage(r.says) },
          })),
        }
      : {}),
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'claimcheck', version, informationUri: README_BASE, rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

const README_BASE = findingHelpUri('').replace(/#$/, '');
