import { FINDING_CODES, findingHelpUri } from '../core/findingCodes';
import type { Range, Severity } from '../core/types';
import { cleanMessage } from '../core/quote';
import { writeReport, type OutputWriter } from './outputWriter';
import type { CheckReport, ReportItem } from './report';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';
const LEVEL: Record<Severity | 'none', SarifLevel> = { error: 'error', warning: 'warning', information: 'note', hint: 'note', none: 'none' };

export interface SarifRule {
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

export function findingRule(code: keyof typeof FINDING_CODES): SarifRule {
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

export function inputRule(code: string, severity: Severity): SarifRule {
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

const region = (range: Range) => ({
  startLine: range.start.line + 1,
  startColumn: range.start.character + 1,
  endLine: range.end.line + 1,
  endColumn: range.end.character + 1,
});

// A result's rule index depends on the input-problem codes met before it: it is held as this
// (a JSON number cannot be it, and a key inside a string has its quote escaped) and set when printed.
const NO_INDEX = -1;
const HELD_INDEX = `"ruleIndex": ${NO_INDEX}`;
/** Results are items of `runs[0].results`: four levels deep in the log's two-space indentation. */
const NESTING_OPEN = '[\n  [\n    [\n      [\n'.length;
const NESTING_CLOSE = '\n      ]\n    ]\n  ]\n]'.length;

/** One SARIF result for a report item, with its rule's index in the log's rules. */
export function sarifResultObject(item: ReportItem, ruleIndex: number) {
  return {
    ruleId: item.code,
    ruleIndex,
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
  };
}

function sarifResult(item: ReportItem): string {
  const result = sarifResultObject(item, NO_INDEX);
  // Nested four arrays deep, JSON.stringify indents it as the log does (no second pass to re-indent).
  const text = JSON.stringify([[[[result]]]], null, 2);
  return text.slice(NESTING_OPEN, text.length - NESTING_CLOSE);
}

/** SARIF 2.1.0, one rule per finding code (plus one per input-problem code met), for code scanning. */
export function sarifWriter(version: string): OutputWriter {
  const rules: SarifRule[] = (Object.keys(FINDING_CODES) as (keyof typeof FINDING_CODES)[])
    .filter((c) => c !== 'supported')
    .map(findingRule);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  let first = true;
  let head = '';
  let tail = '';
  return {
    format: { sorted: true, item: sarifResult },
    measure(note) {
      for (const item of note.items) {
        if (ruleIndex.has(item.code)) continue;
        ruleIndex.set(item.code, rules.length);
        rules.push(inputRule(item.code, item.severity as Severity));
      }
    },
    note(note) {
      if (head === '') [head, tail] = frame(rules, version);
      let out = '';
      for (const item of note.items) {
        out += (first ? head + '[\n' : ',\n') + item.text.replace(HELD_INDEX, `"ruleIndex": ${ruleIndex.get(item.code)!}`);
        first = false;
      }
      return out;
    },
    tail() {
      if (head === '') [head, tail] = frame(rules, version);
      return first ? `${head}[]${tail}` : `\n      ]${tail}`;
    },
  };
}

/** The log around its results: the text before the results array, and after it. */
function frame(rules: SarifRule[], version: string): [string, string] {
  const MARK = 'claimcheck-results';
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'claimcheck', version, informationUri: README_BASE, rules } },
        columnKind: 'utf16CodeUnits',
        results: MARK,
      },
    ],
  };
  const [head, tail] = (JSON.stringify(log, null, 2) + '\n').split(JSON.stringify(MARK));
  return [head!, tail!];
}

export function formatSarif(report: CheckReport, version: string): string {
  let out = '';
  writeReport(report, sarifWriter(version), (text) => (out += text));
  return out;
}

const README_BASE = findingHelpUri('').replace(/#$/, '');
