// Most of a note is plain prose: paragraphs and ATX headings with no markdown syntax inside them.
// Such a run of lines (see segments.ts) reads the same without the parser: a paragraph's masked
// text is its source, a heading's is its source with the `#` prefix blanked. Runs that cannot hold
// a claim, a citation or HTML are dropped unread. Lists, quotes, tables, footnote definitions and
// code blocks of simple shapes are read by containerRuns.ts. Everything else still goes to remark,
// and the rules only accept text whose parse is certain, so the result is the parser's
// (test/parse/plainRuns.test.ts and containerRuns.test.ts compare both on varied text).
import { CLAIM_CANDIDATE } from '../extract/extractClaims';
import type { ProseBlock } from './prose';
import { BLOCKER, leadOf, maskSectionNumber } from './prose';
import { proseEnd, readContainerRun, readFence, readList } from './containerRuns';
import { BLOCK_START, CODE_OR_HTML, INLINE_SYNTAX, inlineContext, type InlineContext, maskLinks } from './plainInline';
import { splitSegments } from './segments';

export interface PlainRuns {
  /** Prose blocks of the runs read here, in order. */
  blocks: ProseBlock[];
  /** The text with every run read here blanked (newlines kept), for the parser; null when nothing is left to parse. */
  rest: string | null;
}

const BLANK = /^[ \t]*$/;
const BLANK_LINES = /^[ \t\n]*$/;
const FENCE = /```|~~~/;
const INDENTED_CODE = /^(?: {4}| {0,3}\t)/m;
const FRONT_MATTER = /^\uFEFF?---/;
const HEADING = /^(#{1,6}) +(?=\S)/;

/** The runs of `text` read without a parser, and the text left for it. */
export function readPlainRuns(text: string): PlainRuns {
  const runs = splitSegments(text, { frontMatter: false }).segments;
  // Text that opens with "---" may parse as front matter up to a later "---": the parser reads it all.
  if (FRONT_MATTER.test(text)) return { blocks: [], rest: text };
  // A definition anywhere in the text may turn a bracketed label elsewhere into a link; an open
  // fence or HTML block may take in the footnote stand-ins.
  const context = withClosedFences(text, runs, inlineContext(text));
  const code = INDENTED_CODE.test(text);
  const blocks: ProseBlock[] = [];
  let rest = '';
  let at = 0;
  let parsed = 0;
  for (const run of runs) {
    const short = code && tooShortToBlank(text, run.start);
    // Blank lines (a segment's leading ones) hold nothing and parse as nothing: kept as they are.
    const keep = short && BLANK_LINES.test(text.slice(run.start, run.end));
    const read = keep ? [] : short ? null : (readRun(text, run.start, run.end, context) ?? readContainerRun(text, run.start, run.end, context) ?? readLeadAndList(text, run.start, run.end, context));
    if (!read) {
      parsed++;
      continue;
    }
    for (const b of read) blocks.push(b);
    rest += text.slice(at, run.start) + (keep ? text.slice(run.start, run.end) : blank(text, run.start, run.end, code));
    at = run.end;
  }
  if (parsed === 0) return { blocks, rest: null };
  return { blocks, rest: at === 0 ? text : rest + text.slice(at) };
}

/**
 * The context, knowing the runs: a run that is a whole closed fence (readFence) takes in none of
 * the footnote stand-ins after the text, so only code or HTML openings elsewhere keep them out.
 */
function withClosedFences(text: string, runs: readonly { start: number; end: number }[], context: InlineContext): InlineContext {
  if (context.footnotes) return context;
  let open = '';
  let at = 0;
  for (const run of runs) {
    const first = text.charCodeAt(run.start);
    if ((first !== 96 /* ` */ && first !== 126) /* ~ */ || readFence(text, run.start, run.end) === null) continue;
    open += text.slice(at, run.start) + '\n';
    at = run.end;
  }
  return at === 0 ? context : { ...context, footnotes: !CODE_OR_HTML.test(open + text.slice(at)) };
}

/**
 * The run's text as spaces, newlines kept (offsets stay put; blank lines end every open block).
 * When the text has indented code its first line is a thematic break: the run ended code before
 * it, and remark reads a line after indented code and blank lines as if it might continue it
 * ("2. x" is text then, not a list).
 */
function blank(text: string, start: number, end: number, code: boolean): string {
  const spaces = (s: string): string => ' '.repeat(s.length);
  return code ? '***' + text.slice(start + 3, end).replace(/[^\n]+/g, spaces) : text.slice(start, end).replace(/[^\n]+/g, spaces);
}

/** A run whose first line is too short to blank as a thematic break stays the parser's. */
const tooShortToBlank = (text: string, start: number): boolean => {
  for (let i = start; i < start + 3; i++) if (i >= text.length || text.charCodeAt(i) === 10) return true;
  return false;
};

/** The first line of a list after blank lines. */
const LIST_AFTER_BLANK = /\n[ \t]*\n(?=(?:[-+*]|\d{1,9}[.)]) )/;

/**
 * A run the segmenter kept whole because its paragraph leads in the list after it ("Management
 * raised its 2026 outlook on October 28:" then "- Revenue: about $4.45 billion"): the paragraph as
 * readRun reads it, the list as readList does, its items given the paragraph's lead-in.
 */
function readLeadAndList(text: string, start: number, end: number, context: InlineContext): ProseBlock[] | null {
  const gap = LIST_AFTER_BLANK.exec(text.slice(start, end));
  if (!gap) return null;
  const listStart = start + gap.index + gap[0].length;
  const first = readRun(text, start, listStart, context);
  if (!first || first.length !== 1 || first[0]!.type !== 'paragraph') return null;
  const lead = leadOf(text.slice(first[0]!.start, first[0]!.end));
  if (lead === undefined) return null;
  const list = readList(text, listStart, end, context, lead);
  return list && [first[0]!, ...list];
}

/** The run's prose blocks, or null when the run needs the parser. */
function readRun(text: string, start: number, runEnd: number, context: InlineContext): ProseBlock[] | null {
  const whole = text.slice(start, runEnd);
  // Nothing in it can become a claim, a citation or a suppression comment: nothing to read.
  // (Code blocks excepted: an unclosed fence, or indented code, also decides how what follows parses.)
  if (!whole.includes('[') && !whole.includes('<') && !FENCE.test(whole) && !INDENTED_CODE.test(whole) && !CLAIM_CANDIDATE.test(whole)) return [];
  // Indented code after the prose holds none: read up to it.
  const end = proseEnd(text, start, runEnd);
  if (end < 0) return null;
  let run = end === runEnd ? whole : text.slice(start, end);
  const brackets = run.includes('[');
  if (brackets && context.definitions) return null;
  // Links masked as the parser's tree masks them: "[" and "]" become spaces, "(destination)" blockers.
  if (run.charCodeAt(0) <= 32 || run.includes(BLOCKER)) return null;
  const masked = brackets ? maskLinks(run, context) : run;
  if (INLINE_SYNTAX.test(masked)) return null;
  run = masked;
  const blocks: ProseBlock[] = [];
  let para = -1;
  let paraEnd = -1;
  let ended = false;
  const endParagraph = (): void => {
    if (para >= 0) blocks.push({ start: para, end: paraEnd, text: run.slice(para - start, paraEnd - start), type: 'paragraph' });
    para = -1;
  };
  for (let pos = start; pos < end; ) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 || nl >= end ? end : nl;
    const next = lineEnd + 1;
    const line = run.slice(pos - start, lineEnd - start);
    const rawLine = text.slice(pos, lineEnd);
    if (BLANK.test(line)) {
      // A blank line ends the paragraph; only blank lines may follow in a run read here.
      endParagraph();
      ended = true;
      pos = next;
      continue;
    }
    if (ended || line.charCodeAt(line.length - 1) === 32) return null;
    const heading = HEADING.exec(rawLine);
    if (heading) {
      if (rawLine.endsWith('#')) return null;
      endParagraph();
      const prefix = heading[0].length;
      blocks.push({ start: pos, end: lineEnd, text: maskSectionNumber(' '.repeat(prefix) + line.slice(prefix)), type: 'heading' });
    } else {
      if (BLOCK_START.test(line)) return null;
      if (para < 0) {
        // An indented line after a heading opens code, not a paragraph.
        if (text.charCodeAt(pos) === 32) return null;
        para = pos;
      }
      paraEnd = lineEnd;
    }
    pos = next;
  }
  endParagraph();
  return blocks;
}
