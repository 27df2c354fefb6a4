import type { Yaml } from 'mdast';
import { extractSentenceClaims } from '../extract/extractClaims';
import { notCheckedProblem } from '../findingCodes';
import type { Citation, Claim, ParsedNote, Problem, Span } from '../types';
import { findCitations, type RawCitation } from './citations';
import { isoDay, normalizeDate } from './dates';
import { readFrontMatter } from './frontMatter';
import { createLineIndex } from './lineIndex';
import { parseMarkdown } from './markdown';
import { BLOCKER, collectProse } from './prose';
import { splitSentences } from './sentences';
import { readSuppressions } from './suppressions';

const BLOCKER_RUN = new RegExp(BLOCKER, 'g');
const LONE_CR = /\r(?!\n)/g;

export interface ParseNoteOptions {
  /** Reference date for notes without front matter `date` (config `referenceDate`). */
  referenceDate?: string;
  /** Today's date (YYYY-MM-DD); defaults to the clock. */
  today?: string;
}

/**
 * Parses a markdown note once and returns its claims, citations, suppressions and problems.
 * Never throws: whatever goes wrong becomes a Problem.
 */
export function parseNote(text: string, options: ParseNoteOptions = {}): ParsedNote {
  const source = typeof text === 'string' ? text : String(text ?? '');
  const lines = createLineIndex(source);
  const fallbackDate = normalizeDate(options.referenceDate) ?? normalizeDate(options.today) ?? isoDay(new Date());
  try {
    // A lone CR ends a line (CommonMark, and the line index); the parser and the front matter
    // reader see it as LF. Same length, so every offset still points into the note's own text.
    if (!source.includes('\r')) return parse(source, lines, fallbackDate);
    const parsed = parse(source.replace(LONE_CR, '\n'), lines, fallbackDate);
    for (const claim of parsed.claims) claim.text = source.slice(claim.offset.start, claim.offset.end);
    return { ...parsed, text: source };
  } catch (err) {
    // A parser overflow or a bug must not take the editor or the CLI down with it, nor let the
    // note pass the gate unchecked: it is a `not-checked` error.
    const end = lines.position(source.length);
    const problem: Problem = notCheckedProblem(`Claimcheck could not read this note (${err instanceof Error ? err.message : String(err)}).`, {
      start: { line: 0, character: 0 },
      end,
    });
    return {
      text: source,
      frontMatter: { enabled: true, data: {} },
      claims: [],
      citations: [],
      suppressions: [],
      problems: [problem],
      referenceDate: fallbackDate,
    };
  }
}

function parse(source: string, lines: ReturnType<typeof createLineIndex>, fallbackDate: string): ParsedNote {
  const root = parseMarkdown(source);
  const yamlNode = root.children.find((n): n is Yaml => n.type === 'yaml');
  const { frontMatter, problems } = readFrontMatter(yamlNode, source, lines);
  const referenceDate = frontMatter.date ?? fallbackDate;
  const { blocks, html } = collectProse(root, source);

  const claims: Claim[] = [];
  const citations: Citation[] = [];
  for (const block of blocks) {
    const { citations: raw, masked } = findCitations(block.text, block.start);
    const blockSpan: Span = { start: block.start, end: block.end };
    const sentences = splitSentences(masked);
    const table = block.row ? { row: block.row, header: block.headerStart !== undefined && block.headerEnd !== undefined ? { start: block.headerStart, end: block.headerEnd } : null } : undefined;
    const firstClaimOfBlock = claims.length;
    const sentenceClaims: { sentence: Span; first: number; last: number }[] = [];
    for (const s of sentences) {
      const first = claims.length;
      const raw = masked.slice(s.start, s.end);
      const sentenceText = raw.includes(BLOCKER) ? raw.replace(BLOCKER_RUN, ' ') : raw;
      const sentence: Span = { start: block.start + s.start, end: block.start + s.end };
      for (const c of extractSentenceClaims(raw, sentence.start, referenceDate, block.type === 'tableCell' ? block : undefined)) {
        claims.push({
          index: claims.length,
          text: source.slice(c.offset.start, c.offset.end),
          range: lines.range(c.offset.start, c.offset.end),
          offset: c.offset,
          kind: c.kind,
          value: c.value,
          low: c.low,
          high: c.high,
          unit: c.unit,
          bound: c.bound,
          approx: c.approx,
          precision: c.precision,
          time: c.time,
          ...(c.noun !== undefined ? { noun: c.noun } : {}),
          sentence,
          sentenceText,
          block: blockSpan,
          ...(table ? { table } : {}),
        });
      }
      sentenceClaims.push({ sentence, first, last: claims.length - 1 });
    }
    for (const r of raw) citations.push(bindCitation(r, sentenceClaims, claims, firstClaimOfBlock, lines));
  }

  const lastLine = lines.position(source.length).line;
  return {
    text: source,
    frontMatter,
    claims,
    citations,
    suppressions: readSuppressions(html, lines, lastLine),
    problems,
    referenceDate,
  };
}

/**
 * A citation binds to the nearest claim before it in its sentence; a citation that opens a
 * sentence ("... $5 billion. [@x]") binds to the last claim of the sentence before, in the block.
 */
function bindCitation(
  raw: RawCitation,
  sentences: { sentence: Span; first: number; last: number }[],
  claims: Claim[],
  firstOfBlock: number,
  lines: ReturnType<typeof createLineIndex>,
): Citation {
  let claimIndex: number | null = null;
  const at = raw.offset.start;
  let lo = 0;
  let hi = sentences.length - 1;
  let i = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!.sentence;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else {
      i = mid;
      break;
    }
  }
  if (i >= 0) {
    const s = sentences[i]!;
    claimIndex = lastClaimEndingBy(claims, s.first, s.last, at);
    if (claimIndex === null && s.sentence.start === at && i > 0) {
      const prev = sentences[i - 1]!;
      if (prev.last >= prev.first && prev.last >= firstOfBlock) claimIndex = prev.last;
    }
  } else {
    // Between sentences (the citation itself ended a sentence): the last claim before it.
    claimIndex = lastClaimEndingBy(claims, firstOfBlock, claims.length - 1, at);
  }
  return {
    range: lines.range(raw.offset.start, raw.offset.end),
    offset: raw.offset,
    keys: raw.keys.map((k) => ({ id: k.id, range: lines.range(k.offset.start, k.offset.end), offset: k.offset })),
    claimIndex,
  };
}

/** The last claim in [first, last] (document order) that ends at or before `at`, by bisection. */
function lastClaimEndingBy(claims: Claim[], first: number, last: number, at: number): number | null {
  let lo = first;
  let hi = last;
  let found: number | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (claims[mid]!.offset.end <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
