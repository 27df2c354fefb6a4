// A part of an entity named after it: "Calder Credit Opportunities" (a fund of Calder), "Google
// Cloud", "Tesla China". The figure such a name owns is the part's, which facts of the whole do
// not decide.
import type { Claim, FactIndex, Span } from '../types';
import type { JudgeMemo } from './judgeMemo';
import type { Mention } from './resolveEntities';
import { foldForMatch } from './findPhrase';
import { mayName, metricTokensOf } from './sentenceNames';

/** Capitalised words after a name that are still the entity itself or a person's title, not a part. */
const NOT_PARTS: ReadonlySet<string> = new Set(
  (
    'inc incorporated corp corporation ltd limited plc llc lp co company companies group holdings holding gmbh ' +
    'chief executive president chairman chairwoman chair founder cofounder co-founder director head vice senior spokesman spokeswoman spokesperson'
  ).split(' '),
);

/** Capitalised words right after a name: "Calder| Credit Opportunities". A word needs a lower-case letter ("AUM", "Q3", "CEO" are none). */
const WORD = /^[ \t]+(\p{Lu}\p{Ll}[\p{L}\p{N}&-]*)(?=[\s,.;:!?)'\u2019|]|$)/u;

/** A capitalised word after another word: what a part named after its entity needs. */
const AFTER_A_WORD = /[\p{L}\p{N}][ \t]+\p{Lu}\p{Ll}/u;

/** The part named right after a mention of its entity, or '' (a suffix, a title, a time, a metric word, or more of the entity's own name). */
function partAfter(mention: Mention, text: string, index: FactIndex): string {
  const metricTokens = metricTokensOf(index);
  const words: string[] = [];
  for (let at = mention.end, w = WORD.exec(text.slice(at, at + 40)); w; w = WORD.exec(text.slice(at, at + 40))) {
    const start = at + w[0].length - w[1]!.length;
    const lower = w[1]!.toLowerCase();
    if (NOT_PARTS.has(lower) || !mayName(lower) || metricTokens.has(lower)) break;
    words.push(w[1]!);
    at = start + w[1]!.length;
  }
  if (words.length === 0) return '';
  // "Meta Platforms" when only "Meta" is an alias: still the entity's own name.
  const written = foldForMatch(`${text.slice(mention.start, mention.end)} ${words.join(' ')}`);
  const entity = index.entities.get(mention.entity);
  const names = entity ? [entity.name, ...entity.aliases] : [];
  return names.some((n) => foldForMatch(n).replace(/\s+/g, ' ').startsWith(written)) ? '' : words.join(' ');
}

/**
 * The part a figure's owner names after itself: in a table, the row's first cell ("| Calder Credit
 * Opportunities | $38 billion |"); in prose, the owner's mention nearest before the figure in its
 * sentence ("Google Cloud revenue rose to $12 billion").
 */
export function namedPart(claim: Claim, owners: readonly string[], memo: JudgeMemo, text: string, index: FactIndex): string {
  if (owners.length === 0) return '';
  const table = memo.table(claim.offset.start);
  let within: Span;
  let mentions: readonly Mention[];
  if (table) {
    if (!table.label) return '';
    within = table.label;
    // The row is the block the judge read the owner from: its mentions are known already.
    mentions = memo.blockMentions(table.row);
  } else {
    // The owner often leads the sentence, outside the figure's clause ("Arvik Land Systems, the
    // vehicle division, expects $4 billion").
    within = { start: claim.sentence.start, end: claim.offset.start };
    // Most sentences have no capitalised word after another word before the figure: no mention to read.
    if (!AFTER_A_WORD.test(text.slice(within.start, within.end))) return '';
    mentions = memo.sentence(claim.sentence).mentions;
  }
  let nearest: Mention | undefined;
  for (const m of mentions) if (owners.includes(m.entity) && m.start >= within.start && m.end <= within.end) nearest = m;
  return nearest ? partAfter(nearest, text, index) : '';
}
