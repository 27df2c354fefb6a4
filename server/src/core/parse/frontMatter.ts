import type { Yaml } from 'mdast';
import { parseDocument } from 'yaml';
import type { FrontMatter, Problem } from '../types';
import { normalizeDate } from './dates';
import type { LineIndex } from './lineIndex';

export interface FrontMatterResult {
  frontMatter: FrontMatter;
  problems: Problem[];
}

const EMPTY: FrontMatter = { enabled: true, data: {} };

/**
 * The YAML node the parser makes of front matter of the plain shape ("---" lines exactly, no CR,
 * no BOM), the first `end` characters of `text` (segments.ts frontMatterEnd); null for any other
 * shape, which goes to the parser (test/parse/frontMatter.test.ts compares both).
 */
export function plainYamlNode(text: string, end: number): Yaml | null {
  if (!text.startsWith('---\n')) return null;
  const head = text.slice(0, end);
  if (head.includes('\r')) return null;
  const close = head.endsWith('\n---\n') ? end - 4 : head.endsWith('\n---') && end === text.length ? end - 3 : -1;
  if (close < 4) return null;
  const value = close === 4 ? '' : text.slice(4, close - 1);
  let lines = 1;
  for (let i = 0; i < close; i++) if (text.charCodeAt(i) === 10) lines++;
  return { type: 'yaml', value, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: lines, column: 4, offset: close + 3 } } };
}

/** Reads the YAML front matter node (if any); bad YAML or a bad `date` is a problem, never a throw. */
export function readFrontMatter(node: Yaml | undefined, text: string, lines: LineIndex): FrontMatterResult {
  if (!node?.position || node.position.start.offset === undefined) return { frontMatter: { ...EMPTY, data: {} }, problems: [] };
  const nodeStart = node.position.start.offset;
  const nodeEnd = node.position.end.offset ?? nodeStart;
  // The YAML body starts after the opening fence's line ending.
  const firstBreak = text.indexOf('\n', nodeStart);
  const bodyStart = firstBreak < 0 || firstBreak > nodeEnd ? nodeStart : firstBreak + 1;
  const problems: Problem[] = [];
  const problem = (message: string, start: number, end: number): void => {
    const s = Math.max(nodeStart, Math.min(start, nodeEnd));
    const e = Math.max(s, Math.min(end, nodeEnd));
    problems.push({ code: 'front-matter', message, severity: 'warning', range: lines.range(s, e), offset: { start: s, end: e } });
  };

  let data: Record<string, unknown> = {};
  const simple = readSimpleYaml(node.value);
  if (simple) data = simple;
  else {
    try {
      const doc = parseDocument(node.value, { prettyErrors: false, uniqueKeys: false });
      if (doc.errors.length > 0) {
        for (const err of doc.errors) {
          problem(`Malformed front matter: ${firstLine(err.message)}`, bodyStart + err.pos[0], bodyStart + err.pos[1]);
        }
        return { frontMatter: { ...EMPTY, data: {} }, problems };
      }
      const js: unknown = doc.toJS();
      if (js !== null && js !== undefined) {
        if (typeof js !== 'object' || Array.isArray(js)) {
          problem('Front matter is not a mapping of keys to values; it is ignored.', nodeStart, nodeEnd);
          return { frontMatter: { ...EMPTY, data: {} }, problems };
        }
        data = js as Record<string, unknown>;
      }
    } catch (err) {
      problem(`Malformed front matter: ${firstLine(String(err))}`, nodeStart, nodeEnd);
      return { frontMatter: { ...EMPTY, data: {} }, problems };
    }
  }

  const frontMatter: FrontMatter = { enabled: data['claimcheck'] !== false, data: {} };
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key !== 'date' && key !== 'facts' && key !== 'claimcheck') rest[key] = value;
  }
  frontMatter.data = rest;

  if (data['date'] !== undefined && data['date'] !== null) {
    const date = normalizeDate(data['date']);
    if (date) frontMatter.date = date;
    else {
      const at = keyOffset(node.value, 'date');
      problem(
        `Front matter date ${JSON.stringify(String(data['date']))} is not a date (YYYY-MM-DD); the reference date falls back to the configured date or today.`,
        at < 0 ? nodeStart : bodyStart + at,
        at < 0 ? nodeEnd : lineEnd(text, bodyStart + at),
      );
    }
  }
  const facts = data['facts'];
  if (typeof facts === 'string') frontMatter.facts = [facts];
  else if (Array.isArray(facts) && facts.every((f) => typeof f === 'string')) frontMatter.facts = facts as string[];
  else if (facts !== undefined && facts !== null) {
    const at = keyOffset(node.value, 'facts');
    problem('Front matter `facts` must be a glob or a list of globs; it is ignored.', at < 0 ? nodeStart : bodyStart + at, at < 0 ? nodeEnd : lineEnd(text, bodyStart + at));
  }
  const cc = data['claimcheck'];
  if (cc !== undefined && cc !== null && typeof cc !== 'boolean') {
    const at = keyOffset(node.value, 'claimcheck');
    problem('Front matter `claimcheck` must be true or false; it is ignored.', at < 0 ? nodeStart : bodyStart + at, at < 0 ? nodeEnd : lineEnd(text, bodyStart + at));
  }
  return { frontMatter, problems };
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return i < 0 ? s : s.slice(0, i);
}

function keyOffset(yaml: string, key: string): number {
  const m = new RegExp(`^${key}\\s*:`, 'm').exec(yaml);
  return m ? m.index : -1;
}

function lineEnd(text: string, from: number): number {
  const m = /\r?\n|\r/g;
  m.lastIndex = from;
  const hit = m.exec(text);
  return hit ? hit.index : text.length;
}

// Front matter is parsed for every note on every keystroke; most of it is a few `key: value`
// lines, which this reads exactly as the YAML 1.2 core schema would. Anything else (lists,
// maps, quotes with escapes, anchors, comments, odd numbers) goes to the yaml package.
const SIMPLE_LINE = /^([A-Za-z_][\w-]*):(?:[ \t]+(.*))?$/;
const PLAIN = /^[^-?:,[\]{}#&*!|>'"%@`\s](?:[^#:]|:(?!\s)|(?<!\s)#)*$/;

export function readSimpleYaml(yaml: string): Record<string, unknown> | null {
  const data: Record<string, unknown> = {};
  for (const raw of yaml.split(/\r?\n/)) {
    if (raw.trim() === '') continue;
    const m = SIMPLE_LINE.exec(raw);
    if (!m) return null;
    const key = m[1]!;
    if (Object.prototype.hasOwnProperty.call(data, key)) return null;
    const v = trimBlanks(m[2] ?? '');
    if (v === '' || v === '~' || v === 'null' || v === 'Null' || v === 'NULL') data[key] = null;
    else if (v === 'true' || v === 'True' || v === 'TRUE') data[key] = true;
    else if (v === 'false' || v === 'False' || v === 'FALSE') data[key] = false;
    else if (/^"[^"\\]*"$/.test(v) || /^'[^']*'$/.test(v)) data[key] = v.slice(1, -1);
    else if (v.charCodeAt(0) === 91 /* [ */) {
      const list = readFlowWords(v);
      if (!list) return null;
      data[key] = list;
    } else if (/^[-+]?\d+$/.test(v)) data[key] = Number(v);
    else if (/^[-+.]?\d/.test(v) && !/^\d{4}-\d{2}-\d{2}$/.test(v)) return null;
    else if (PLAIN.test(v)) data[key] = v;
    else return null;
  }
  return data;
}

// An item of a one-line flow list (`tags: [pricing power, hiring]`) that the core schema reads as
// this very string: a letter, then letters, digits, `_`, `-` and single spaces; no null or boolean.
const FLOW_WORD = /^[A-Za-z](?:[A-Za-z0-9_-]| (?=[A-Za-z0-9_-]))*$/;
const NOT_STRING = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/** `[a, b c, d-e]` as the strings the yaml package reads, `[]` as []; null (decline) for any other list. */
function readFlowWords(v: string): string[] | null {
  if (v.charCodeAt(v.length - 1) !== 93 /* ] */) return null;
  const inner = v.slice(1, -1);
  if (trimBlanks(inner) === '') return [];
  const items: string[] = [];
  for (const part of inner.split(',')) {
    let from = 0;
    while (from < part.length && (part.charCodeAt(from) === 32 || part.charCodeAt(from) === 9)) from++;
    const item = trimBlanks(part.slice(from));
    if (!FLOW_WORD.test(item) || NOT_STRING.has(item)) return null;
    items.push(item);
  }
  return items;
}

/** Strips trailing spaces and tabs (a loop: a regex would be quadratic on long blank runs). */
function trimBlanks(s: string): string {
  let end = s.length;
  while (end > 0 && (s.charCodeAt(end - 1) === 32 || s.charCodeAt(end - 1) === 9)) end--;
  return s.slice(0, end);
}
