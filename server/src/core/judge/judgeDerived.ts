// Derived checks (issue 13 pt 2): a growth, multiple, difference or share that no fact states is
// computed from facts of the same entity and metric (a multiple of a valuation from two metrics),
// with each fact's [low, high] and tolerance carried through the arithmetic (deriveArithmetic),
// and compared with the claim's own precision interval as any figure is (compare.agrees).
import type { CitationKey, Claim, Derivation, DerivedForm, Fact, Metric, OperandRole, Span, TimeRef, Unit } from '../types';
import { isChangeNoun, namesAChange, VALENCE } from '../extract/hedges';
import { PRIOR_YEAR } from '../extract/attachTime';
import { monthsOf } from '../extract/periods';
import { agrees, claimAgreesWith, convertValue, factInterval, type Interval } from './compare';
import { claimStance, comparedKind, kindFits } from './claimFactKind';
import { clauseOf } from './clauseOf';
import { deriveInterval, FORMULA_SHAPE } from './deriveArithmetic';
import { comparedBefore, type DerivedReading, FROM_LEVEL, readDerived, type Step, type TimeMention } from './deriveReading';
import { formatInNoteStyle } from './formatInNoteStyle';
import { foldForMatch, hasPhrase, uncoveredHits } from './findPhrase';
import type { JudgeContext } from './judgeClaim';
import type { WordHit } from './judgeMemo';
import { matchFacts } from './matchFacts';
import { elliptical, gapToAName, unitNamedBy } from './resolveMetric';
import type { Qualified } from './qualifier';
import { humanPeriod } from './periods';
import { inFiscalCalendar, claimPeriod, earlierDates, factRange, latestOfItsLength, periodDays, selectFacts, statedBy, WEEK_MS } from './selectFacts';
import { compatibleUnits, familyOf, isRatioUnit, priceOfOne } from './unitMemo';
import { isCurrency } from '../units';
import { pluralNoun } from '../extract/unitNouns';
import { respectiveRun, runClauseStart, saysRespectively } from './respectively';
import { yearsAgo, yearsEarlier } from '../extract/time';
import { capitalise, claimPhrase, compactMoney, factValue, metricName, shortDate, shortFact, subjectOf, timeLabel, timeText, verdictMessage } from './wording';
import { CHANGE_TO_LEVEL, SHARE_AFTER_AMOUNT } from './sentenceCues';
import type { Verdict } from './verdict';

/** The ids of the facts a derivation may use (the ones a claim cites), when restricted. */
type Only = ReadonlySet<string>;

/** Facts of one subject and metric, read in the claim's sentence. */
interface Series {
  metric: Metric;
  entities: string[];
  facts: Fact[];
  fye?: string;
  /** A part the facts give no segment for, whose whole's facts decide only a change they agree with ("Norvia's Peruvian volumes"). */
  part?: Qualified;
}

interface Operands {
  a: Fact;
  b: Fact;
  roles: [OperandRole, OperandRole];
}

interface Computed extends Operands {
  /** With the facts' tolerances. */
  range: Interval;
  /** From the facts' own values. */
  exact: Interval;
}

const NAMES: Record<DerivedForm, string> = { growth: 'growth', multiple: 'multiple', difference: 'change', share: 'share' };
const LESS = /^\s*(?:less|lower|fewer|below)\b/;

/** The entity's facts of a metric as the sentence reads them, found with the figure read as a level in `unit`. */
function seriesFor(claim: Claim, ctx: JudgeContext, unit: Unit, only?: Only): Series | null {
  const level: Claim = unit === claim.unit ? claim : { ...claim, unit };
  const match = matchFacts(level, ctx.note, ctx.index, ctx.memo);
  const group = match.groups[0];
  if (!match.metric || match.combined || match.unclearOwner || !group || group.facts.length === 0) return null;
  const fye = fiscalEndOf(ctx, group.entities);
  const facts = only ? group.facts.filter((f) => only.has(f.id)) : group.facts;
  if (facts.length === 0) return null;
  return { metric: match.metric, entities: group.entities, facts, ...(fye ? { fye } : {}), ...(match.part ? { part: match.part } : {}) };
}

/**
 * "Players won £4.3 billion in prizes, 53% of sales", "market value reached $84 billion, or 14 times
 * its 2024 revenue": the facts of the metric named nearest before a share or a multiple, of its
 * whole's (denominator's) unit and entities, when that is another metric than the whole's.
 */
function partMetric(claim: Claim, of: WordHit, whole: Series, ctx: JudgeContext, only?: Only): Fact[] | undefined {
  const unit = whole.facts[0]!.unit;
  const named = ctx.memo.sentence(claim.sentence).words.filter((h) => h.end <= claim.offset.start && h.metric.id !== of.metric.id && compatibleUnits(unit, h.metric.unit)).at(-1);
  const facts = named ? wholeOf(whole, named.metric.id, unit, ctx, only) : [];
  return facts.length > 0 ? facts : undefined;
}

/** The same entities' facts of another metric (a share's whole, a multiple's denominator): no counterparty, no segment. */
function wholeOf(series: Series, metricId: string, unit: Unit, ctx: JudgeContext, only?: Only): Fact[] {
  const same = (f: Fact): boolean => f.entities.length === series.entities.length && f.entities.every((e) => series.entities.includes(e));
  return ctx.memo.factsAbout(metricId, series.entities).filter((f) => same(f) && !f.counterparty && !f.segment && compatibleUnits(unit, f.unit) && (!only || only.has(f.id)));
}

/**
 * The units to read the figure's level in: those of the metric words in the sentence, nearest the
 * figure first (percent and multiples left out), each followed by the units its facts are in.
 */
function levelUnits(claim: Claim, ctx: JudgeContext): Unit[] {
  const dist = (h: WordHit): number => (h.end <= claim.offset.start ? claim.offset.start - h.end : h.start - claim.offset.end);
  // A word inside a longer metric phrase is no mention of its own ("restaurant" in "restaurant-level margin").
  const levelWords = (span: Span): WordHit[] => uncoveredHits(ctx.memo.sentence(span).words).filter((h) => !isRatioUnit(h.metric.unit));
  const hits = levelWords(claim.sentence);
  // A change in a table cell: its header's, its row label's, else the headers' left of it ("| Q3 revenue (€m) | YoY |").
  const table = hits.length === 0 ? ctx.memo.table(claim.offset.start) : null;
  if (table) for (const cell of [table.header, table.label, table.before]) if (cell) hits.push(...levelWords(cell));
  // An elliptical change compares with what the sentence said before it: "delivered 4.1 million tonnes of pulp in 2025,
  // 3% more than a year earlier, at an average price of $640" is of the deliveries, not the price after it.
  const back = elliptical(claim, clauseOf(claim));
  const after = (h: WordHit): number => (back && h.start >= claim.offset.end ? 1 : 0);
  const metrics = [...new Set(hits.sort((a, b) => after(a) - after(b) || dist(a) - dist(b)).map((h) => h.metric))];
  return [...new Set(metrics.flatMap((m) => [m.unit, ...ctx.memo.factUnits(m.id)]))];
}

// ---------------------------------------------------------------- times

const MONTHS_PER: Record<Step, number> = { years: 12, halves: 6, quarters: 3, months: 1, periods: 3 };

/** A period string moved back `months` months, in its own notation ("FY2025-Q4" → "FY2024-Q4"); null when the step does not fit it. */
export function shiftIso(iso: string, months: number): string | null {
  const m = /^(FY)?(\d{4})(?:(-?)([QH])([1-4]))?$/i.exec(iso);
  if (m) {
    const per = m[4] ? (m[4].toUpperCase() === 'Q' ? 3 : 6) : 12;
    if (months % per !== 0) return null;
    const parts = 12 / per;
    const index = Number(m[2]) * parts + (m[5] ? Number(m[5]) - 1 : 0) - months / per;
    const year = Math.floor(index / parts);
    return `${m[1] ?? ''}${year}${m[4] ? `${m[3]}${m[4]}${(index % parts) + 1}` : ''}`;
  }
  const month = (y: string, m: string): string => {
    const index = Number(y) * 12 + Number(m) - 1 - months;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  };
  const mm = /^(\d{4})-(\d{2})$/.exec(iso);
  if (mm) return month(mm[1]!, mm[2]!);
  // Months from one to another ("2025-01/2025-09": the first nine months), both ends moved.
  const span = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/.exec(iso);
  return span ? `${month(span[1]!, span[2]!)}/${month(span[3]!, span[4]!)}` : null;
}

const periodRef = (iso: string, fiscal: boolean): TimeRef => ({ text: iso, iso, from: null, to: null, ...(fiscal ? { fiscal: true } : {}) });

const DAY_MS = 86_400_000;
const MONTH_MS = (365.25 / 12) * DAY_MS;
/** An ISO day: "2025-09-07". */
const DAY = /^\d{4}-\d\d-\d\d$/;

/**
 * The year's figure a level's date closes, stated by `date`: net debt at the end of September 2026,
 * "or 4.2 times EBITDA", over the year to September 2026 (published in November), not the year before.
 */
function yearEndingAt(facts: Fact[], day: string, date: string, fye?: string): Fact | undefined {
  let best: Fact | undefined;
  for (const f of facts) {
    if (f.asOfDate > date || f.period === undefined || periodDays(f, fye) < 360) continue;
    const r = factRange(f, fye);
    // (Its last month holds the day: a balance at the year's end, or a few days after.)
    if (!r || r.to.slice(0, 7) !== day.slice(0, 7)) continue;
    if (!best || f.asOfDate > best.asOfDate) best = f;
  }
  return best;
}

/** The newest figure for `time` (null: the latest stated) among `facts`, as of `date`. */
function pick(facts: Fact[], time: TimeRef | null, date: string, fye?: string): Fact | undefined {
  return selectFacts(facts, time, date, fye)[0];
}

/** Of the facts stated by `date` that `keep` takes, the one stated last. */
function newestStated(facts: Fact[], date: string, keep: (f: Fact) => boolean): Fact | undefined {
  return statedBy(facts, date).filter(keep).sort((x, y) => y.asOfDate.localeCompare(x.asOfDate))[0];
}

/** The figure `months` before `later`: for its period moved back, or stated about that long before it. */
function before(facts: Fact[], later: Fact, laterTime: TimeRef | null, months: number, date: string, fye?: string): Fact | undefined {
  const iso = later.period ?? laterTime?.iso ?? null;
  if (iso) {
    const shifted = shiftIso(iso, months);
    if (!shifted) return undefined;
    // A fact of exactly that period first: September's month, not the third quarter that ends with it.
    const exact = later.period ? newestStated(facts, date, (f) => f.period === shifted) : undefined;
    return exact ?? pick(facts, periodRef(shifted, /^FY/i.test(shifted) || !!laterTime?.fiscal), date, fye);
  }
  // Figures as of a date (no period): the one stated closest to that long before, within two months.
  const target = Date.parse(later.asOfDate) - (months / 12) * 365.25 * DAY_MS;
  const near = statedBy(facts, date)
    .filter((f) => f !== later && Math.abs(Date.parse(f.asOfDate) - target) <= 62 * DAY_MS)
    .sort((x, y) => Math.abs(Date.parse(x.asOfDate) - target) - Math.abs(Date.parse(y.asOfDate) - target));
  return near[0];
}

/** The latest figure of the same length as `earlier` and after it ("doubled since 2023": the latest full year). */
function latestAfter(facts: Fact[], earlier: Fact, date: string, fye?: string): Fact | undefined {
  if (earlier.period === undefined) {
    const latest = pick(facts, null, date, fye);
    return latest && latest.asOfDate > earlier.asOfDate ? latest : undefined;
  }
  const from = factRange(earlier, fye)?.to ?? '';
  return latestOfLength(facts, earlier, date, fye, (f) => (factRange(f, fye)?.from ?? '') > from);
}

/**
 * The latest figure of the same length as `later` that ends before it begins ("rose to £9.8bn from
 * £9.1bn": the year before); for a figure as of a date ("5,480 screens, down from 5,610"), the
 * latest one stated as of an earlier date.
 */
function latestBefore(facts: Fact[], later: Fact, date: string, fye?: string): Fact | undefined {
  if (later.period === undefined) {
    return newestStated(facts, date, (f) => f.period === undefined && f.asOfDate < later.asOfDate);
  }
  const from = factRange(later, fye)?.from ?? '';
  return latestOfLength(facts, later, date, fye, (f) => (factRange(f, fye)?.to ?? '') < from);
}

/** The outlook a later one revised: of its kind and period, the latest stated before it. */
function revisedFrom(facts: Fact[], later: Fact): Fact | undefined {
  return facts
    .filter((f) => f.kind === later.kind && f.period === later.period && f.asOfDate < later.asOfDate)
    .sort((x, y) => y.asOfDate.localeCompare(x.asOfDate))[0];
}

/** The latest figure of the same length as `later`, `years` before it (within a week: 52-week calendars). */
function yearsBefore(facts: Fact[], later: Fact, years: number, date: string, fye?: string): Fact | undefined {
  // A figure as of a date: the one stated about that long before.
  if (later.period === undefined) return before(facts, later, null, 12 * years, date, fye);
  const end = new Date(factRange(later, fye)?.to ?? '');
  end.setUTCFullYear(end.getUTCFullYear() - years);
  return latestOfLength(facts, later, date, fye, (f) => Math.abs(Date.parse(factRange(f, fye)?.to ?? '') - end.getTime()) <= WEEK_MS);
}

/** "(previously 23–25 million carats)", "(was $4.1 billion)": the figure a revised one replaced, in brackets right after it. */
const REVISED_FROM_ASIDE = /\(\s*(?:previously|was|prior|before)\s*:?\s*$/i;
const revisedFromAside = (claim: Claim): boolean => REVISED_FROM_ASIDE.test(claim.sentenceText.slice(Math.max(0, claim.offset.start - claim.sentence.start - 16), claim.offset.start - claim.sentence.start));

/** "$4 billion a year earlier" where nothing says earlier than when: no fact can be chosen, so never red. */
function earlierThanUnstated(claim: Claim, ctx: JudgeContext, v: Verdict): Verdict {
  const subject = v.metric ? subjectOf(ctx.index, v.entities, v.metric) : '';
  const body = `${timeText(claim.time!)} than a period neither its sentence nor its paragraph states`;
  const { suggestion: _s, cite: _c, ...rest } = v;
  return { ...rest, code: 'unsourced', facts: [], message: subject ? verdictMessage(subject, claim, body) : `${claimPhrase(claim)} — ${body}` };
}

/** Facts with a period as long as `like`'s (within three days) that `where` keeps, latest period first, then latest stated. */
function latestOfLength(facts: Fact[], like: Fact, date: string, fye: string | undefined, where: (f: Fact) => boolean): Fact | undefined {
  const len = periodDays(like, fye);
  return statedBy(facts, date)
    .filter((f) => f.period !== undefined && Math.abs(periodDays(f, fye) - len) <= 3 && where(f))
    .sort((x, y) => (factRange(y, fye)!.to > factRange(x, fye)!.to ? 1 : factRange(y, fye)!.to < factRange(x, fye)!.to ? -1 : y.asOfDate.localeCompare(x.asOfDate)))[0];
}

/** The fiscal year end of a single entity's figures (a sum of several has none). */
export function fiscalEndOf(ctx: JudgeContext, entities: string[]): string | undefined {
  return entities.length === 1 ? ctx.index.entities.get(entities[0]!)?.fiscalYearEnd : undefined;
}

/** The other claims of the claim's sentence: its neighbours in document order (never a scan of the note). */
function sentenceClaims(claim: Claim, ctx: JudgeContext): Claim[] {
  const all = ctx.note.claims;
  const same = (i: number): boolean => all[i] !== undefined && all[i]!.sentence.start === claim.sentence.start;
  if (!same(claim.index)) return all.filter((c) => c.sentence.start === claim.sentence.start && c.index !== claim.index);
  let from = claim.index;
  let to = claim.index;
  while (same(from - 1)) from--;
  while (same(to + 1)) to++;
  return all.slice(from, to + 1).filter((c) => c.index !== claim.index);
}


/**
 * Between a level and the change that reached it, written after the level: "revenue was $2.31
 * billion, up 7.9%", "£1.2bn (up 8%)", "sales of $5 billion were down 3%", a share with its whole:
 * "41.3% of the vote, 3.1 points more".
 */
const LEVEL_THEN_CHANGE = /^(?:\s+of\s+(?:the\s+)?[a-z]+)?\s*(?:,\s*|\(\s*|\s(?:was|were|is|are)\s+)(?:(?:up|down)\s+(?:by\s+)?|an?\s+(\p{L}+)\s+of\s+)?$/iu;
const levelThenChange = (between: string): boolean => {
  const m = LEVEL_THEN_CHANGE.exec(between);
  return !!m && (m[1] === undefined || isChangeNoun(m[1].toLowerCase()));
};

/** Between two changes of one level on two bases: " on a constant-currency basis and ", " organically and ". */
const COORDINATED_CHANGE = /^[^,;.]{0,40}\band\s+$/;

/** Between the level a change reached and the one it started from: "to 86.1% from 88.9%", "to €2.05bn, up from". */
const TO_THEN_FROM = /^\s*,?\s*(?:(?:up|down)\s+)?from\s+(?:the\s+)?(?:about\s+|roughly\s+|around\s+)?$/i;

/**
 * The level a change reached: the figure right after it ("EBITDA grew 16%, to €1.31 billion"), or
 * right before it, the change written after the level ("revenue was $2.31 billion, up 7.9%"), or
 * before the one it started from ("improved to 86.1% from 88.9%, a gain of 2.8 points").
 */
function reachedFigure(claim: Claim, ctx: JudgeContext, times: readonly TimeMention[], base: Claim | undefined): Claim | undefined {
  const others = sentenceClaims(claim, ctx);
  if (others.length === 0) return undefined;
  const next = others.find((c) => c.offset.start >= claim.offset.end);
  let previous = others.filter((c) => c.offset.end <= claim.offset.start).at(-1);
  // "improved to 86.1% from 88.9%, a gain of 2.8 points": the level is the figure before the one it started from.
  if (previous && base?.offset.start === previous.offset.start) {
    const start = previous;
    const reachedFirst = others.filter((c) => c.offset.end <= start.offset.start).at(-1);
    return reachedFirst && reachedFirst.value !== null && TO_THEN_FROM.test(ctx.note.text.slice(reachedFirst.offset.end, start.offset.start)) && compatibleUnits(reachedFirst.unit, start.unit) ? reachedFirst : undefined;
  }
  // "EBITDA came to €2.9 billion and net profit to €1.05 billion, up 4% and down 2% respectively":
  // the k-th change reached the k-th level before the run, not the figure right before it.
  if (saysRespectively(claim.sentenceText.slice(claim.offset.end - claim.sentence.start))) return respectiveLevel(claim, others);
  // "reached $3.21 trillion, up 9% on a constant-currency basis and 7.7% as reported": the same change on another basis reached the same level.
  if (previous && previous.kind === 'growth' && previous.unit === claim.unit && COORDINATED_CHANGE.test(ctx.note.text.slice(previous.offset.end, claim.offset.start))) {
    return reachedFigure(previous, ctx, times, baseFigure(previous, ctx));
  }
  const level =
    next && CHANGE_TO_LEVEL.test(ctx.note.text.slice(claim.offset.end, next.offset.start)) ? next
    : previous && levelThenChange(wordsBetween(ctx.note.text, previous.offset.end, claim.offset.start, previous.time?.span ? [previous.time.span] : times.map((t) => t.span))) ? previous
    : undefined;
  if (!level || level.value === null) return undefined;
  // A level, in the unit the change is between: "contracted 150 basis points to 18.4%" reached a percent.
  return compatibleUnits(levelUnit(claim.unit), level.unit) || !isRatioUnit(level.unit) ? level : undefined;
}

/** The amount a share is set right after ("$2.31 billion (about 10.6% of revenue)"), when there is one. */
function amountBefore(claim: Claim, ctx: JudgeContext): Claim | undefined {
  const amount = sentenceClaims(claim, ctx).filter((c) => c.offset.end <= claim.offset.start).at(-1);
  if (!amount || isRatioUnit(amount.unit)) return undefined;
  // (The amount's own time may stand between: "$2.33 billion in Q3 2026, or 38.1% of revenue".)
  const text = ctx.note.text;
  const time = amount.time?.span;
  const gap = time && time.start >= amount.offset.end && time.end <= claim.offset.start ? text.slice(amount.offset.end, time.start) + text.slice(time.end, claim.offset.start) : text.slice(amount.offset.end, claim.offset.start);
  return SHARE_AFTER_AMOUNT.test(gap) ? amount : undefined;
}

/**
 * The level of the k-th change of a run "respectively" ends: the k-th of as many levels right
 * before the run, else of the levels it reached after "respectively, to" ("rose 12% and 16%,
 * respectively, to 612 and 186,400").
 */
function respectiveLevel(claim: Claim, others: Claim[]): Claim | undefined {
  const all = [...others, claim].sort((a, b) => a.offset.start - b.offset.start);
  const pair = respectiveRun(claim.sentenceText, claim.sentence.start, all.map((c) => c.offset), claim.offset);
  if (!pair) return undefined;
  // (Levels of the run's own clause: "…, versus £4.61 a year ago; ticket prices and spend per head rose 3.3% and 7.6%, respectively" reached none.)
  const from = runClauseStart(claim.sentenceText, claim.sentence.start, pair.run[0]!.start);
  const before = all.filter((c) => c.offset.start >= from && c.offset.end <= pair.run[0]!.start).slice(-pair.run.length);
  const last = pair.run.at(-1)!;
  const after = all.filter((c) => c.offset.start >= last.end).slice(0, pair.run.length);
  const reached = after.length === pair.run.length && after.every((c) => respectiveRun(c.sentenceText, c.sentence.start, all.map((x) => x.offset), c.offset)?.list === pair.run[0]!.start);
  const levels = before.length === pair.run.length ? before : reached ? after : [];
  const level = levels.length === pair.run.length && levels.every((c) => !isRatioUnit(c.unit)) ? levels[pair.k] : undefined;
  return level && level.value !== null ? level : undefined;
}

/** The note's text from `start` to `end`, without the times named there (`spans`, in order): "$2.31 billion for the quarter, up". */
function wordsBetween(text: string, start: number, end: number, spans: readonly Span[]): string {
  let out = '';
  let at = start;
  for (const t of spans) {
    if (t.start < at || t.end > end) continue;
    out += text.slice(at, t.start);
    at = t.end;
  }
  return out + text.slice(at, end);
}

/** "up 40% from $2.1 billion": the level the change starts from, a figure of the same sentence after "from". */
export function baseFigure(claim: Claim, ctx: JudgeContext): Claim | undefined {
  const others = sentenceClaims(claim, ctx);
  // After the change, only the level it reached may stand between it and its start ("rose 9.5% to $5.87 billion from $5.36 billion"):
  // "…, while livestock revenue rose to $3.25 billion from $3.18 billion" starts another clause's level.
  const between = (c: Claim): Claim[] => others.filter((x) => x.offset.start >= claim.offset.end && x.offset.end <= c.offset.start);
  const chained = (c: Claim): boolean => {
    const gap = between(c);
    return gap.length === 0 || (gap.length === 1 && CHANGE_TO_LEVEL.test(ctx.note.text.slice(claim.offset.end, gap[0]!.offset.start)));
  };
  return others.find(
    // (A percent is the level a change in points starts from: "improved to 86.1% from 88.9%, a gain of 2.8 points".)
    (c) => c.value !== null && (!isRatioUnit(c.unit) || (claim.unit === 'bps' && c.unit === 'percent')) &&
      FROM_LEVEL.test(ctx.note.text.slice(Math.max(claim.sentence.start, c.offset.start - 40), c.offset.start)) &&
      (c.offset.start < claim.offset.start || chained(c)),
  );
}

/**
 * "rose to 88.4% from 85.1%", "61.2 TWh, up 3.9% from 58.9 TWh": the figure after a level, in its
 * unit, that the level changed from.
 */
export function startedFrom(claim: Claim, ctx: JudgeContext): Claim | undefined {
  return sentenceClaims(claim, ctx).find(
    (c) => c.offset.start >= claim.offset.end && c.value !== null && compatibleUnits(claim.unit, c.unit) &&
      FROM_LEVEL.test(ctx.note.text.slice(Math.max(claim.offset.end, c.offset.start - 40), c.offset.start)),
  );
}

/**
 * The time a change ends at: one in its own clause, else the nearest before it ("48.3 million
 * passengers in 2024, 9.5% more than in 2023, and 3.6 million in December": 2024), else the first after.
 */
function endTimeOf(claim: Claim, clause: Span, ends: TimeMention[], nextFigure: number): TimeRef | null {
  const own = ends.filter((t) => t.span.start >= clause.start && t.span.end <= clause.end).at(-1);
  // Never past another figure: "up 4% from a year earlier, and the company bought $1.1 billion … in the first nine months".
  // A table row's time ("| Oct 2026 | 10.58 | +2.1% |") when the headers name none.
  return (own ?? ends.filter((t) => t.span.end <= claim.offset.start).at(-1) ?? ends.find((t) => t.span.start >= claim.offset.end && t.span.start < nextFigure))?.ref ?? (claim.table && claim.time?.iso ? claim.time : null);
}

/** Whether a figure in `unit` may be a fact's: of its unit family, a price of one, or a count the metric's words name ("1,412 wildfires"). */
const unitFits = (unit: Unit, f: Fact, metric: Metric): boolean => compatibleUnits(unit, f.unit) || priceOfOne(unit, f.unit) || unitNamedBy(unit, metric);

/** Whether a figure of the note agrees with a fact its unit fits, within the tolerance. */
const agreesWith = (figure: { claim: Claim; tolerance: number }, f: Fact, metric: Metric): boolean =>
  unitFits(figure.claim.unit, f, metric) && claimAgreesWith(figure.claim, f, figure.tolerance);

/** The later and earlier figure of a change between two times the sentence names or implies. */
function overTime(
  claim: Claim, reading: DerivedReading, series: Series, pools: { later: Fact[]; earlier: Fact[] }, date: string,
  base?: { claim: Claim; tolerance: number }, reached?: { claim: Claim; tolerance: number }, nextFigure = Infinity, nextChange = Infinity,
): Operands | null {
  const { fye } = series;
  const starts = reading.times.filter((t) => t.start && t.span.start < nextChange);
  const clause = clauseOf(claim);
  const endTime = endTimeOf(claim, clause, reading.times.filter((t) => !t.start), nextFigure);
  // "grew 0.6% from the previous quarter, and was 2.6% larger than a year earlier": each change's own clause's start first.
  // A start with no period ("from a year earlier" in a sentence that states none) dates nothing: the step, if any, decides.
  const started = (starts.find((t) => t.span.start >= clause.start && t.span.end <= clause.end) ?? starts[0])?.ref ?? null;
  const startTime = started?.iso ? started : null;
  let later: Fact | undefined;
  let earlier: Fact | undefined;
  // A time with no anchor ("for the quarter") is the level's, not the change's: it names no other period.
  if (!reading.step && reached && reading.times.every((t) => t.ref.iso === null)) {
    // The newest figure the level reached agrees with, and the one a year before it, as results are reported.
    later = [...statedBy(pools.later, date)].sort((x, y) => y.asOfDate.localeCompare(x.asOfDate)).find((f) => agreesWith(reached, f, series.metric));
    // "41.3% of the vote, 3.1 points more than four years earlier": as many years before as its own time says.
    earlier = later && yearsBefore(pools.earlier, later, (!claim.time?.iso && yearsEarlier(claim.time)) || 1, date, fye);
  } else if (reading.times.length === 0 && !reading.step && base) {
    // The newest earlier figure the stated base agrees with, and the latest figure after it.
    earlier = [...statedBy(pools.earlier, date)].sort((x, y) => y.asOfDate.localeCompare(x.asOfDate)).find((f) => agreesWith(base, f, series.metric));
    later = earlier && latestAfter(pools.later, earlier, date, fye);
  } else if (startTime) {
    // A quarter is never compared with a year: "grew 30% in the second quarter" from "2024" (months and days are points in time).
    const [endMonths, startMonths] = [endTime?.iso ? monthsOf(endTime.iso) : null, startTime.iso ? monthsOf(startTime.iso) : null];
    if (endMonths && startMonths && endMonths >= 3 && startMonths >= 3 && endMonths !== startMonths) return null;
    earlier = pick(pools.earlier, startTime, date, fye);
    later = earlier && (endTime ? pick(pools.later, endTime, date, fye) : latestAfter(pools.later, earlier, date, fye));
    // Figures as of a day ("£2.31 billion on 7 September, 17% higher than a year earlier"): the one stated closest to that day.
    const days = !earlier && endTime?.iso && DAY.test(endTime.iso) && DAY.test(startTime.iso!) ? Date.parse(endTime.iso) - Date.parse(startTime.iso!) : 0;
    if (days > 0) {
      later = pick(pools.later, endTime, date, fye);
      earlier = later && later.period === undefined ? before(pools.earlier, later, null, Math.round(days / MONTH_MS), date, fye) : undefined;
    }
  } else {
    // "quarter over quarter" steps back a quarter; "year over year", and a period named with no
    // comparison word ("tripled in 2025", "grew 20% in Q2 2025"), a year, as results are reported.
    later = pick(pools.later, endTime, date, fye);
    // "sequentially": the period before, as long as the figure's own when its clause or table row states it (a month's month), else a quarter.
    const own = endTime?.iso ? monthsOf(endTime.iso) : later?.period ? monthsOf(later.period) : null;
    const stated = claim.table !== undefined || reading.times.some((t) => !t.start && t.span.start >= clause.start && t.span.end <= clause.end);
    const months = reading.step === 'periods' && own && stated ? own : reading.step ? MONTHS_PER[reading.step] : endTime?.iso && own !== null ? 12 : null;
    if (months === null) return null;
    earlier = later && before(pools.earlier, later, endTime, months, date, fye);
  }
  if (!later || !earlier || later === earlier) return null;
  return { a: later, b: earlier, roles: ['later', 'earlier'] };
}

// ---------------------------------------------------------------- the operands of each form

interface Plan {
  series: Series;
  /** Operands as of a date (the reference date, or an earlier one for `outdated`). */
  operands(date: string): Operands | null;
  /** Every fact that may be an operand, for the dates at which the result could differ. */
  facts: Fact[];
  /** What the result is about, for the message ("Q4 FY2025 and Q4 FY2024 revenue"). */
  about(o: Operands): string;
  /** For a change, the level it reached ("₹41,200 crore, up 6.7%"), if the sentence names one. */
  level?: Claim;
}

function factPeriod(f: Fact): string {
  return f.period ? humanPeriod(f.period) : shortDate(f.asOf);
}

function planFor(claim: Claim, reading: DerivedReading, ctx: JudgeContext, only?: Only, skipUnits?: ReadonlySet<Unit>): Plan | null {
  const stance = claimStance(claim, ctx.memo.sentence(claim.sentence).folded, clauseOf(claim));
  const running = (s: Series): boolean => {
    const p = claimPeriod(claim.time, s.fye);
    return p !== null && p.to >= ctx.note.referenceDate;
  };
  // (A result of a period not over may be a plan for that whole period, never a longer period's plan
  // stated in it: "Revenue rose 7.9% in the fourth quarter" is no change of the next year's guidance.)
  const wholePeriod = (s: Series, f: Fact): boolean => {
    const p = claimPeriod(claim.time, s.fye);
    const r = factRange(f, s.fye);
    return p !== null && r !== null && p.from === r.from && p.to === r.to;
  };
  const fits = (s: Series, facts: Fact[]): Fact[] => facts.filter((f) => kindFits(stance, running(s), f) && (stance !== 'plain' || f.kind === 'actual' || wholePeriod(s, f)));
  // An earlier figure is a result by then, whatever the claim plans: actual figures first.
  const earlierPool = (facts: Fact[], fallback: Fact[]): Fact[] => {
    const actual = facts.filter((f) => f.kind === 'actual');
    return actual.length > 0 ? actual : fallback;
  };
  const label = (s: Series): string => metricName(s.metric);

  if (reading.form === 'share' || (reading.form === 'multiple' && reading.of)) {
    const of = reading.of!;
    const units = [...new Set([of.metric.unit, ...ctx.memo.factUnits(of.metric.id)])];
    const series = units.map((u) => seriesFor(claim, ctx, u, only)).find((x) => x !== null);
    if (!series) return null;
    const segment = series.facts[0]?.segment;
    // "82.4% of Kapuluan's mobile revenue": a segment named in the whole is the whole's, the part unnamed.
    if (reading.form === 'share' && segment && hasPhrase(foldForMatch(ctx.note.text.slice(claim.offset.end, of.end)), segment)) return null;
    if (reading.form === 'share') {
      // A part is a segment's figure of the whole's metric, or of another metric the sentence names
      // before the share ("Players won £4.3 billion in prizes, 53% of sales"); else there is no part to divide.
      const other = segment || series.metric.id !== of.metric.id ? undefined : partMetric(claim, of, series, ctx, only);
      // ("Marketing expense was 38.1% of revenue": the figure read in the whole's unit is the part's own metric.)
      const partSeries = !segment && series.metric.id !== of.metric.id;
      if (!other && !partSeries && (!segment || series.metric.id !== of.metric.id)) return null;
      const ofAnother = other !== undefined || partSeries;
      const whole = fits(series, other ? series.facts : wholeOf(series, of.metric.id, series.facts[0]!.unit, ctx, only));
      const parts = fits(series, other ?? series.facts);
      // The share's own time first ("41% now, compared with 36% in fiscal 2023": the 41% is now's, the 36% fiscal 2023's).
      const own = claim.time?.iso ? claim.time : claim.time?.latest ? null : undefined;
      // A share set right after its amount is that amount's, of its time: "Charter costs climbed to $2.31 billion
      // (about 10.6% of revenue) as the line renewed charters signed at 2024's rates" is no share of 2024.
      const amount = own === undefined && ofAnother ? amountBefore(claim, ctx) : undefined;
      // (Not a later figure's own time: "34% of revenue, against 32% for full-year 2025" is no share of 2025.)
      const laterTimes = new Set(sentenceClaims(claim, ctx).flatMap((c) => (c.offset.start >= claim.offset.end && c.time?.span ? [c.time.span.start] : [])));
      const time = own !== undefined ? own : amount ? (amount.time?.iso ? amount.time : null) : (reading.times.filter((t) => !t.start && !laterTimes.has(t.span.start)).at(-1)?.ref ?? null);
      return {
        series,
        facts: [...parts, ...whole],
        operands(date) {
          const part = pick(parts, time, date, series.fye);
          const w = part && pick(whole, part.period ? periodRef(part.period, /^FY/i.test(part.period)) : time, part.period ? date : part.asOfDate, series.fye);
          return part && w ? { a: part, b: w, roles: ['part', 'whole'] } : null;
        },
        about: (o) => (ofAnother ? `${metricName(ctx.index.metrics.get(o.a.metric)!)} and ${metricName(ctx.index.metrics.get(o.b.metric)!)}` : `${segment} ${label(series)} and total ${label(series)}`) + ` for ${factPeriod(o.a)}`,
      };
    }
    // "market value reached $84 billion, or 14 times its 2024 revenue": the metric named before it, when the
    // figure's own reading found the denominator's.
    const before = series.metric.id === of.metric.id ? partMetric(claim, of, series, ctx, only) : undefined;
    if (series.metric.id !== of.metric.id || before) {
      // "valued at 25x its annualized revenue": the figure the sentence binds, over the named metric.
      const nums = fits(series, before ?? series.facts);
      // "20x revenue" is a multiple of a year's revenue: a quarter's figure only when no longer one is sourced.
      const all = earlierPool(wholeOf(series, of.metric.id, series.facts[0]!.unit, ctx, only), []);
      const annual = all.filter((f) => f.period === undefined || periodDays(f, series.fye) >= 360);
      const dens = annual.length > 0 ? annual : all;
      const denTime = reading.times.find((t) => t.span.start >= claim.offset.end && t.span.end <= of.end)?.ref ?? null;
      // (Not another figure's time: "Quorra earned $1.2 billion in 2024, so its market value is 70 times trailing earnings".)
      const othersTimes = new Set(sentenceClaims(claim, ctx).flatMap((c) => (c.time?.span ? [c.time.span.start] : [])));
      // (A figure the sentence gives no time of its own is the latest's: "…, or 6.4 times EBITDA, after the group refinanced its 2026 maturities".)
      const numTime = !claim.time ? null : (reading.times.filter((t) => !t.start && !(t.span.start >= claim.offset.end && t.span.end <= of.end) && !othersTimes.has(t.span.start)).at(-1)?.ref ?? null);
      return {
        series,
        facts: [...nums, ...dens],
        operands(date) {
          const n = pick(nums, numTime, date, series.fye);
          // (A level's date may come before the year's figure is out: "net debt ended the year at €12.4 billion, or 6.4 times EBITDA" takes that year's, stated by the note's date.)
          const d = n && ((denTime ? undefined : yearEndingAt(dens, n.asOfDate, date, series.fye)) ?? pick(dens, denTime, denTime ? date : n.asOfDate < date ? n.asOfDate : date, series.fye) ?? (denTime ? undefined : pick(dens, null, date, series.fye)));
          return n && d ? { a: n, b: d, roles: ['numerator', 'denominator'] } : null;
        },
        about: (o) => `${metricName(ctx.index.metrics.get(o.a.metric)!)} (${factPeriod(o.a)}) and ${metricName(of.metric)} (${factPeriod(o.b)})`,
      };
    }
    // "12 times its 2025 revenue" with no other metric named: a multiple of what is unclear.
    return null;
  }
  // A change of one metric between two times: the level's own unit for a difference, else the sentence's metric words,
  // the unit of the level it reached first ("₹41,200 crore, up 6.7%" beside dollar facts of the same revenue).
  const stated = baseFigure(claim, ctx);
  const reached = reachedFigure(claim, ctx, reading.times, stated);
  const difference = reading.form === 'difference';
  const units = difference ? [levelUnit(claim.unit)] : reachedUnitFirst(levelUnits(claim, ctx), reached);
  for (const unit of units) {
    if (skipUnits?.has(unit)) continue;
    // Else, in the reached level's unit, the facts that level is judged by (a count of cases finds its metric by its unit alone).
    const series = seriesFor(claim, ctx, unit, only) ?? (!difference && unit === reached?.unit ? seriesFor(soldInPeriod(reached, ctx) ?? reached, ctx, unit, only) : null);
    if (series && (reading.form !== 'difference' || compatibleUnits(levelUnit(claim.unit), series.facts[0]!.unit))) return changePlan(claim, reading, series, ctx, fits, earlierPool, reached, stated);
  }
  return null;
}

/**
 * The units to read a change's level in, the unit of the level the change reached first ("12.4
 * million cases, down 4%" is of the cases, though only "net sales" is a metric word of the sentence).
 */
function reachedUnitFirst(units: Unit[], level: Claim | undefined): Unit[] {
  return level && level.unit !== 'count' ? [level.unit, ...units.filter((u) => u !== level.unit)] : units;
}

/** The unit of the levels a difference is between: basis points are between percents ("up 310 basis points"). */
const levelUnit = (unit: Unit): Unit => (unit === 'bps' ? 'percent' : unit);

/** A value in `from` as one in `to`: a percent in basis points is a hundred of them. */
function inUnit(value: number, from: Unit, to: Unit): number {
  return from === 'percent' && to === 'bps' ? value * 100 : convertValue(value, from, to);
}

function changePlan(
  claim: Claim, reading: DerivedReading, series: Series, ctx: JudgeContext, fits: (s: Series, f: Fact[]) => Fact[], earlierPool: (f: Fact[], fallback: Fact[]) => Fact[],
  level: Claim | undefined, stated: Claim | undefined,
): Plan {
  const later = fits(series, series.facts);
  const pools = { later, earlier: earlierPool(series.facts, later) };
  const base = stated && { claim: stated, tolerance: ctx.tolerance };
  const reached = level && { claim: level, tolerance: ctx.tolerance };
  // The first figure after the change other than the level it reached: a time past it is that figure's.
  const after = sentenceClaims(claim, ctx).filter((c) => c.offset.start >= claim.offset.end && c !== level);
  const next = after[0]?.offset.start ?? Infinity;
  // "fell 12% to 4.2 million tonnes in 2024, 38% below the 2019 baseline": a start past the next change is that change's.
  const nextChange = after.find((c) => c.kind === 'growth')?.offset.start ?? Infinity;
  return {
    series,
    facts: series.facts,
    operands: (date) => overTime(claim, reading, series, pools, date, base, reached, next, nextChange),
    about: (o) => `${metricName(series.metric)} for ${factPeriod(o.a)} and ${factPeriod(o.b)}`,
    ...(level ? { level } : {}),
  };
}

// ---------------------------------------------------------------- arithmetic and wording

const SCALES = [1e12, 1e9, 1e6, 1e3];
/** The most a value's rounding may be, relative to it: a round "2e9" is not ±25%. */
const MAX_ROUNDING = 0.005;

/**
 * Half a unit in the last decimal of a value as a source writes it, in thousands, millions,
 * billions or trillions ("71.5e6" is 71.5 million: 50,000; "94.1": 0.05), at most 0.5% of it. A
 * whole number of them ("120e6", "5e9") may be exact, and is taken as exact.
 */
export function writtenHalfUnit(v: number): number {
  const a = Math.abs(v);
  if (!Number.isFinite(a) || a === 0) return 0;
  const scale = SCALES.find((s) => a >= s) ?? 1;
  const digits = String(Number((a / scale).toPrecision(12)));
  const dot = digits.indexOf('.');
  if (dot < 0) return 0;
  return Math.min(MAX_ROUNDING * a, 0.5 * 10 ** -(digits.length - dot - 1) * scale);
}

/**
 * An operand of a derivation: the fact's interval, and without a tolerance, as precise
 * as its value is written. "71.5 million" over "70.6 million" is a growth of 1.13–1.42%, not exactly
 * 1.27%: the source rounded both, and "1.2%" computed from its unrounded figures is no error.
 */
function operandInterval(fact: Fact, tolerance: number): Interval | null {
  const i = factInterval(fact, tolerance);
  // A tolerance (the fact's own, or the config's) already says how precise it is.
  if (!i || fact.tolerance) return i;
  const [low, high] = [fact.value ?? fact.low, fact.value ?? fact.high];
  return low === null || high === null ? i : { low: i.low - writtenHalfUnit(low), high: i.high + writtenHalfUnit(high) };
}

function compute(form: DerivedForm, claim: Claim, o: Operands, tolerance: number): Computed | null {
  if (!compatibleUnits(o.a.unit, o.b.unit)) return null;
  const unit = form === 'difference' ? claim.unit : o.a.unit;
  const conv = (i: Interval | null, f: Fact): Interval | null => i && { low: inUnit(i.low, f.unit, unit), high: inUnit(i.high, f.unit, unit) };
  // The facts' own values, without any tolerance: what the derived figure is, as opposed to what it may be.
  const own = (f: Fact): Interval | null => {
    const low = f.value ?? f.low;
    const high = f.value ?? f.high;
    return low === null || high === null ? null : conv({ low, high }, f);
  };
  const [a, b, a0, b0] = [conv(operandInterval(o.a, tolerance), o.a), conv(operandInterval(o.b, tolerance), o.b), own(o.a), own(o.b)];
  if (!a || !b || !a0 || !b0) return null;
  const range = deriveInterval(form, a, b);
  const exact = deriveInterval(form, a0, b0);
  return range && exact ? { ...o, range, exact } : null;
}

/** A fact's value in its own unit, compact ("$39.3B", "1.2 GW"): written like a figure of that unit in the sentence, when there is one. */
function operandText(claim: Claim, fact: Fact, ctx: JudgeContext): string {
  const styled = sentenceClaims(claim, ctx).find((c) => (familyOf(c.unit) === familyOf(fact.unit) || priceOfOne(c.unit, fact.unit)) && /\d/.test(c.text));
  // No figure to copy: a counted noun in the plural ("450,000 vehicles"), anything else as its unit ("$112 per kWh" is no count).
  const counted = (familyOf(fact.unit).startsWith('noun:') && !isCurrency(fact.unit.split('/')[0]!)) || ['GPU', 'TPU', 'chip', 'accelerator'].includes(fact.unit);
  const style: Claim = styled ?? { ...claim, text: '', unit: fact.unit, noun: counted ? pluralNoun(fact.unit) : undefined, value: 1, low: null };
  const low = fact.value ?? fact.low ?? 0;
  const high = fact.value ?? fact.high ?? low;
  return compactMoney(formatInNoteStyle({ ...style, value: 1, low: null }, low, high));
}

const mid = (i: Interval): number => (i.low + i.high) / 2;
const three = (v: number): number => Number(v.toPrecision(3));

/**
 * The derived value written as the claim writes numbers ("doubled": as "2.08x"), to three significant
 * digits, with its sign: a formula's result is arithmetic ("… − 1 = -1.87%" for "fell 5%").
 */
function resultText(claim: Claim, v: number): string {
  if (!/\d/.test(claim.text) && claim.unit === 'x') return `${three(v)}x`;
  const style: Claim = { ...claim, value: 1, low: null, ...(/\d/.test(claim.text) ? {} : { text: '' }) };
  return compactMoney(formatInNoteStyle(style, three(v)));
}

function derivationOf(form: DerivedForm, claim: Claim, c: Computed, ctx: JudgeContext): Derivation {
  const { op, tail } = FORMULA_SHAPE[form];
  const v = mid(c.exact);
  const formula = `${operandText(claim, c.a, ctx)} ${op} ${operandText(claim, c.b, ctx)}${tail} = ${resultText(claim, v)}`;
  return {
    form,
    formula,
    value: v,
    low: c.range.low,
    high: c.range.high,
    unit: claim.unit,
    operands: [
      { role: c.roles[0], fact: c.a.id },
      { role: c.roles[1], fact: c.b.id },
    ],
  };
}

/**
 * The derived value for a quick fix, rounded to the claim's own precision ("93%" → "78%"), when
 * the claim writes digits and the value keeps its direction ("fell 9%" is never fixed to a rise).
 */
function suggestionOf(claim: Claim, v: number, negate: boolean): string | undefined {
  const shown = negate ? -v : v;
  const stated = claim.value ?? claim.low ?? 0;
  if (!/\d/.test(claim.text) || (stated !== 0 && Math.sign(shown) !== Math.sign(stated) && shown !== 0)) return undefined;
  const step = 2 * Math.abs(claim.precision || 0);
  const rounded = step > 0 ? Number((Math.round(shown / step) * step).toPrecision(12)) : three(shown);
  return formatInNoteStyle(claim, rounded);
}

/**
 * The verdict on a claim read as derived, or null when the facts do not give both operands (the
 * figure then stays `unsourced`). Supported when the derived interval agrees with the claim's;
 * outdated when it agreed with the facts known at an earlier date; contradicted otherwise.
 */
export function judgeDerived(claim: Claim, reading: DerivedReading, ctx: JudgeContext, only?: Only): Verdict | null {
  const plan = planFor(claim, reading, ctx, only);
  if (!plan) return null;
  const verdict = judgeByPlan(claim, reading, plan, ctx);
  // (A part's change the whole's facts do not give: no red against the whole.)
  if ((verdict.code === 'contradicted' || verdict.code === 'outdated') && plan.series.part) return partChange(claim, plan.series, plan.series.part, ctx);
  if (verdict.code === 'supported' || reading.form !== 'growth' || reading.of) return verdict;
  // A metric reported in two currencies grows by two rates ("revenue grew 6.7%" in rupees, 4.1% in
  // dollars): a change that names no level of its own agrees when either currency's facts give it.
  const unit = plan.series.facts[0]!.unit;
  const currencies = ctx.memo.factUnits(plan.series.metric.id).filter(isCurrency);
  if (!isCurrency(unit) || currencies.length < 2 || plan.level) return verdict;
  const also: string[] = [];
  const tried = new Set([unit]);
  for (let other = planFor(claim, reading, ctx, only, tried); other; other = planFor(claim, reading, ctx, only, tried)) {
    const u = other.series.facts[0]!.unit;
    // A plan in a unit already tried (its facts in another unit than the one asked for) ends the search.
    if (tried.has(u)) break;
    tried.add(u);
    if (other.series.metric.id !== plan.series.metric.id || !isCurrency(u)) continue;
    const v = judgeByPlan(claim, reading, other, ctx);
    if (v.code === 'supported') return v;
    if (v.derivation) also.push(`in ${u}, ${v.derivation.formula}`);
  }
  // The red names every currency's rate it was set against.
  return verdict.code === 'contradicted' && also.length > 0 ? { ...verdict, message: `${verdict.message} (${also.join('; ')})` } : verdict;
}

/** The verdict on a derived figure by one plan of the facts to derive it from. */
function judgeByPlan(stated: Claim, reading: DerivedReading, plan: Plan, ctx: JudgeContext): Verdict {
  const { form } = reading;
  // (Said in the entity's fiscal calendar, as judgeOne says it: "5.5% in Q1 FY2027".)
  const claim = inFiscalCalendar(stated, plan.series.fye, ctx.note.referenceDate);
  const R = ctx.referenceDate;
  const now = plan.operands(R);
  const c = now && compute(form, claim, now, ctx.tolerance);
  if (!c) {
    const { series } = plan;
    const subject = subjectOf(ctx.index, series.entities, series.metric.id);
    return {
      code: 'unsourced', claim, facts: [], entities: series.entities, metric: series.metric.id,
      message: verdictMessage(
        subject, claim,
        reading.times.length === 0 && !reading.step && !baseFigure(claim, ctx)
          ? `a ${NAMES[form]} with no time to compare with (name the period, or "since 2023", "year over year")`
          : `no facts yet for both figures the ${NAMES[form]} is derived from`,
      ),
    };
  }
  // "$2 billion less than a year earlier": the change is −$2 billion.
  const negate = form === 'difference' && (claim.value ?? 0) > 0 && LESS.test(ctx.note.text.slice(claim.offset.end, claim.offset.end + 20).toLowerCase());
  let signed: Claim = negate ? { ...claim, value: -(claim.value ?? 0) } : claim;
  // "The combined ratio improved to 86.1% from 88.9%, a gain of 2.8 points": better or worse says
  // nothing of up or down (a lower ratio of costs is better), so either direction of the size agrees.
  const flipped: Claim = { ...signed, value: signed.value === null ? null : -signed.value };
  if (VALENCE.test(claim.sentenceText) && !agrees(signed, c.range, claim.unit) && agrees(flipped, c.range, claim.unit)) signed = flipped;
  const { series } = plan;
  // A share's part is named after the whole ("(cloud)"); a change of a part is that part's ("fashion revenue").
  const segment = c.a.segment && c.a.segment === c.b.segment ? c.a.segment : undefined;
  const subject =
    form === 'share' && c.a.segment ? `${subjectOf(ctx.index, series.entities, series.metric.id)} (${c.a.segment})`
    // Of another metric: the part's or the numerator's ("prizes" as a share of ticket sales, "market cap" as a multiple of revenue).
    : (form === 'share' || form === 'multiple') && c.a.metric !== c.b.metric ? subjectOf(ctx.index, series.entities, c.a.metric)
    : subjectOf(ctx.index, series.entities, series.metric.id, undefined, undefined, segment);
  const derivation = derivationOf(form, claim, c, ctx);
  const name = NAMES[form];
  const base = {
    claim,
    entities: series.entities,
    metric: series.metric.id,
    comparedKind: comparedKind('plain', [c.a]),
    derivation,
    suggestion: suggestionOf(claim, derivation.value, negate),
    // Citing both facts binds the figure to them: it is then derived from exactly those (judgeCitedDerived).
    cite: [c.a.id, c.b.id],
  };
  const shown = `${plan.about(c)}: ${derivation.formula}`;
  if (agrees(signed, c.range, claim.unit)) {
    return { ...base, code: 'supported', facts: [c.a, c.b], message: verdictMessage(subject, claim, `matches the ${name} derived from ${shown}`) };
  }
  const newest = [c.a.asOfDate, c.b.asOfDate].sort().at(-1)!;
  for (const date of earlierDates(plan.facts, newest)) {
    const then = plan.operands(date);
    const t = then && compute(form, claim, then, ctx.tolerance);
    if (t && agrees(signed, t.range, claim.unit)) {
      const body = `that was the ${name} derived in ${shortDate([t.a.asOfDate, t.b.asOfDate].sort().at(-1)!)} (${derivationOf(form, claim, t, ctx).formula}); the latest facts give ${shown}`;
      const used = [c.a, c.b, ...[t.a, t.b].filter((f) => f !== c.a && f !== c.b)];
      return { ...base, code: 'outdated', facts: used, message: verdictMessage(subject, claim, body) };
    }
  }
  return { ...base, code: 'contradicted', facts: [c.a, c.b], message: verdictMessage(subject, claim, `the ${name} derived from ${shown}`) };
}

const changeMetrics = new WeakMap<Metric, boolean>();

/** Whether a metric's facts are changes: its id or words say so ("revenue_growth", "headcount increase"). */
function statesChanges(metric: Metric | undefined): boolean {
  if (!metric) return false;
  let changes = changeMetrics.get(metric);
  if (changes === undefined) changeMetrics.set(metric, (changes = namesAChange(metric.id) || metric.words.some(namesAChange)));
  return changes;
}

/** Whether `change` is a metric of changes none of whose words holds a word of `level` ("pay rise" and "members", not "revenue growth" and "revenue"). */
function changeMetricApart(change: Metric | undefined, level: Metric | undefined): boolean {
  if (!change || !level || !statesChanges(change)) return false;
  const words = new Set(change.words.flatMap((w) => foldForMatch(w).split(/\s+/)));
  return !level.words.some((w) => foldForMatch(w).split(/\s+/).some((x) => words.has(x)));
}

/**
 * The verdict on one claim, derived when its sentence reads it as a growth, multiple, difference
 * or share and no fact states it: a stated fact always wins, except for a difference, whose level
 * facts would only misjudge it ("$2 billion more than a year earlier" is no revenue of $2 billion).
 */
export function judgeWithDerivation(claim: Claim, ctx: JudgeContext, stated: (claim: Claim, ctx: JudgeContext) => Verdict): Verdict {
  const sales = soldInPeriod(claim, ctx) ?? flowOfItsMetric(claim, ctx);
  if (sales) return { ...stated(sales, ctx), claim };
  // "35% more than Daon's": a gap to another's figure, no change to derive (stated says so).
  if (gapToAName(claim)) return stated(claim, ctx);
  const reading = readDerived(claim, ctx.memo, ctx.note.text, ctx.note.referenceDate);
  if (!reading) {
    const v = stated(claim, ctx);
    // "…, against $1.1 billion a year earlier" with no period stated: earlier than the figure it is compared with.
    if (!claim.time?.iso && yearsEarlier(claim.time) !== null) return judgeEarlierLevel(claim, ctx, v) ?? earlierThanUnstated(claim, ctx, v);
    // "…, compared with 64.1% a year ago": a year before the figure it is compared with.
    if (claim.time?.iso && yearsAgo(claim.time) !== null) return judgeEarlierLevel(claim, ctx, v) ?? v;
    // ("- 2026 production: 22–24 million carats (previously 23–25 million carats)": the outlook revised from, of the item's year.)
    if (claim.time?.iso) return v.code === 'contradicted' || v.code === 'outdated' ? (startInChangePeriod(claim, ctx, v) ?? (revisedFromAside(claim) ? judgeEarlierLevel(claim, ctx, v) : null) ?? v) : v;
    if (v.code === 'contradicted' || v.code === 'outdated') return judgeBase(claim, ctx, v) ?? judgeEarlierLevel(claim, ctx, v) ?? v;
    // "expects $1.0-1.06 billion, down from $1.1 billion": the figure revised from is no support of the outlook it was revised to, whatever the rounding.
    return v.code === 'supported' ? (judgeEarlierLevel(claim, ctx, v) ?? v) : v;
  }
  const stating = reading.form === 'difference' ? null : stated(claim, ctx);
  // A change ("9% more than in 2023", "rose 2%") is compared directly only with a metric of changes
  // ("revenue growth"), never with a level that happens to be in percent (a load factor, a share).
  const direct = stating && claim.kind === 'growth' && stating.metric && !statesChanges(ctx.index.metrics.get(stating.metric)) ? null : stating;
  if (direct && direct.code !== 'unsourced') return direct;
  // A facts metric of organic changes itself ("organic growth") says what is missing: "No guidance yet for its organic growth".
  if (direct?.metric && ctx.index.metrics.get(direct.metric)?.words.some((w) => /\borganic\b/i.test(w))) return direct;
  if (reading.form !== 'share' && !reading.of && organicChange(claim, ctx)) {
    // Whose change of what: the level the sentence names, as a derivation would read it.
    const series = levelUnits(claim, ctx).map((u) => seriesFor(claim, ctx, u)).find((x) => x !== null);
    const subject = series ? `${capitalise(subjectOf(ctx.index, series.entities, series.metric.id))}: ` : '';
    return {
      code: 'unsourced', claim, facts: [], entities: series?.entities ?? [], ...(series ? { metric: series.metric.id } : {}),
      message: `${subject}${claimPhrase(claim)} — an organic change (at constant currency, without acquisitions or disposals), which reported figures do not give`,
    };
  }
  // "| Latin America | $1.93bn | +19% |" in a table by segment: the change of the part its column's level is.
  const rowPart = claim.table ? changeOfAPart(claim, ctx, 1) : null;
  if (rowPart) return rowPart;
  const derived = judgeDerived(claim, reading, ctx);
  // "Members accepted a pay rise of 14%" (a metric `pay rise`): the figure is that change metric's
  // value, never a change of another level the sentence names; "revenue growth" may still be derived from revenue.
  if (derived && direct && derived.metric !== direct.metric && changeMetricApart(ctx.index.metrics.get(direct.metric!), ctx.index.metrics.get(derived.metric ?? ''))) return direct;
  if (derived) return derived;
  if (direct && (direct.metric || direct.code !== 'unsourced')) return direct;
  // "| US | $1.46bn | +6% |" in a table by segment: a change of a part, which the whole's facts do not give.
  // (Table cells only: each level unit costs a match, and prose changes of parts are told by their words.)
  const ofAPart = claim.table ? changeOfAPart(claim, ctx) : null;
  if (ofAPart) return ofAPart;
  if (direct) return direct;
  const m = matchFacts(claim, ctx.note, ctx.index, ctx.memo);
  const subject = m.metric && m.ranked.length > 0 ? `${capitalise(subjectOf(ctx.index, m.ranked.slice(0, 1), m.metric.id))}: ` : '';
  return {
    code: 'unsourced', claim, facts: [], entities: m.ranked, ...(m.metric ? { metric: m.metric.id } : {}),
    message: `${subject}${claimPhrase(claim)} — a change from an earlier time; no facts give both figures to derive it from`,
  };
}

/** A change whose level, read in the level's unit (the nearest `first` of them), is a part the facts give no segment for. */
function changeOfAPart(claim: Claim, ctx: JudgeContext, first?: number): Verdict | null {
  if (claim.kind !== 'growth') return null;
  for (const unit of levelUnits(claim, ctx).slice(0, first)) {
    const m = matchFacts({ ...claim, unit }, ctx.note, ctx.index, ctx.memo);
    if (!m.part || !m.metric || m.ranked.length === 0) continue;
    return partChange(claim, { metric: m.metric, entities: m.ranked.slice(0, 1) }, m.part, ctx);
  }
  return null;
}

/** A change of a part the facts give no segment for: unsourced, with the segment a fact for it would have. */
function partChange(claim: Claim, of: Pick<Series, 'metric' | 'entities'>, part: Qualified, ctx: JudgeContext): Verdict {
  const subject = subjectOf(ctx.index, of.entities.slice(0, 1), of.metric.id);
  return {
    code: 'unsourced', claim, facts: [], entities: of.entities.slice(0, 1), metric: of.metric.id,
    message: verdictMessage(subject, claim, `a change of its ${part.phrase}, a part; the facts give the whole only (facts for the part have \`segment: ${part.part}\`)`),
  };
}

/** Words that make a change organic: not the change of the reported figures. */
const ORGANIC = /\b(?:organic(?:ally)?|underlying|pro forma|like for like|constant (?:currenc(?:y|ies)|exchange rates?)|(?:at|in) cer|(?:currency|fx) neutral|ex fx|local currenc(?:y|ies)|excluding (?:the (?:impact|effects?) of )?(?:currency|currencies|fx|foreign exchange|acquisitions|divestitures))\b/;

/**
 * "an organic increase of 5.4%", "grew 2.1% at constant currency", "On an underlying basis, revenue
 * grew 2.1%": the change without currency moves, acquisitions or disposals, which the reported
 * figures on file never give. Read in the figure's clause and in a sentence-opening phrase before it
 * ("Revenue grew 5.7%, or 2.1% organically": only the 2.1% is organic).
 */
function organicChange(claim: Claim, ctx: JudgeContext): boolean {
  // "| Division | Sales | CER growth |": a column of organic changes.
  const header = claim.table?.header;
  const headed = header ? foldForMatch(ctx.note.text.slice(header.start, header.end)) : '';
  if (ORGANIC.test(headed) || /\bcer\b/.test(headed)) return true;
  const folded = ctx.memo.sentence(claim.sentence).folded;
  const base = claim.sentence.start;
  const clause = clauseOf(claim);
  if (ORGANIC.test(folded.slice(clause.start - base, clause.end - base))) return true;
  const comma = folded.indexOf(',');
  return comma >= 0 && comma < clause.start - base && !/\d/.test(folded.slice(0, comma)) && ORGANIC.test(folded.slice(0, comma));
}

/**
 * "Brauhaus sold 71.5 million hectolitres of beer in 2024": a count sold or bought is a change in
 * what is held ("sold 2,000 acres"), unless the metric's facts are per period: then it is that
 * period's sales (or purchases), a level. The claim as a level, or null.
 */
function soldInPeriod(claim: Claim, ctx: JudgeContext): Claim | null {
  if (!claim.traded) return null;
  const { traded: _, ...rest } = claim;
  const level: Claim = { ...rest, kind: claim.traded.kind, value: claim.traded.value };
  const match = matchFacts(level, ctx.note, ctx.index, ctx.memo);
  const group = match.groups[0];
  if (!group || group.facts.length === 0) return null;
  // Or the metric's words say the verb ("copies sold"): its facts are those sales, to date.
  return group.facts.every((f) => f.period !== undefined) || (match.metric && namesVerbBefore(claim, match.metric)) ? level : null;
}

/** Whether a word of the metric is the verb right before the figure ("sold 8.5 million copies" of `copies sold`). */
function namesVerbBefore(claim: Claim, metric: Metric): boolean {
  const at = claim.offset.start - claim.sentence.start;
  const verb = VERB_BEFORE.exec(claim.sentenceText.slice(Math.max(0, at - 30), at))?.[1];
  return !!verb && metric.words.some((w) => foldForMatch(w).split(' ').includes(verb));
}

/** The verb right before a count, past a hedge: "opened 48 stores", "hired about 2,000". */
const VERB_BEFORE = /(\p{Ll}+)\s+(?:(?:about|around|roughly|some|nearly|almost|over|another|a\s+further)\s+)?$/u;

/** Words of a metric that is itself what was added: "net new ARR", "net adds", "new subscribers". */
const ADDITIONS = /\b(?:new|adds|additions)\b/i;

/**
 * "Brightmart opened 48 stores in the quarter", with a metric whose word is "opened" (openings per
 * period): the verb that made the count a change names the metric, whose facts are those counts;
 * so does an addition of a metric that is what was added ("after adding $221 million of net new ARR").
 */
function flowOfItsMetric(claim: Claim, ctx: JudgeContext): Claim | null {
  if (claim.kind !== 'growth' || familyOf(claim.unit) === 'percent' || claim.value === null) return null;
  const money = isCurrency(claim.unit);
  // "will cut 4,000 jobs" of a `job_cuts` metric whose word is "cut": the count itself, whatever the verb's direction.
  const level: Claim = { ...claim, kind: money ? 'money' : 'count', value: Math.abs(claim.value) };
  const metric = matchFacts(level, ctx.note, ctx.index, ctx.memo).metric;
  if (!metric) return null;
  const added = claim.value > 0 && metric.words.some((w) => ADDITIONS.test(w));
  return added || (!money && namesVerbBefore(claim, metric)) ? level : null;
}

/**
 * "Revenue was up 40% from $2.1 billion": the figure after "from" is the level the change started
 * at, not the latest one. When the sentence's change is derived from an earlier fact, that fact
 * decides the base figure.
 */
function judgeBase(claim: Claim, ctx: JudgeContext, v: Verdict): Verdict | null {
  const change = sentenceClaims(claim, ctx).find((c) => c.kind === 'growth' || familyOf(c.unit) === 'multiple');
  if (!change || baseFigure(change, ctx)?.index !== claim.index) return null;
  const reading = readDerived(change, ctx.memo, ctx.note.text, ctx.note.referenceDate);
  const derived = reading ? judgeDerived(change, reading, ctx) : null;
  const id = derived?.derivation?.operands.find((o) => o.role === 'earlier')?.fact;
  const earlier = id ? derived!.facts.find((f) => f.id === id) : undefined;
  // (A figure of another measure after "from" is no start of this change: "3% more than a year earlier, at $640 per tonne, down from $705".)
  const metric = ctx.index.metrics.get(earlier?.metric ?? '');
  if (!earlier || !derived || !metric || !unitFits(claim.unit, earlier, metric)) return null;
  const subject = subjectOf(ctx.index, derived.entities, derived.metric ?? earlier.metric);
  const cited = { facts: [earlier], suggestion: factValue(claim, earlier), cite: [earlier.id] };
  // With no time, the base chose the earlier fact; with one ("in 2025, down 15% from 1,655"), the time did, and the base must agree.
  const chosenByTime = reading!.times.length > 0 || reading!.step !== null;
  if (chosenByTime && !claimAgreesWith(claim, earlier, ctx.tolerance)) {
    return { ...v, ...cited, code: 'contradicted', message: verdictMessage(subject, claim, `the earlier sourced figure the change starts from is ${shortFact(claim, earlier)}`) };
  }
  const body = `matches the earlier sourced figure the change starts from, ${shortFact(claim, earlier)}`;
  return { ...v, ...cited, code: 'supported', message: verdictMessage(subject, claim, body) };
}

/**
 * "Revenue rose to £342.6 million from £309.0 million in FY2026": a period after the level a change
 * started from may be the whole change's (the level reached has no time of its own). When the level
 * reached agrees with that period's fact and the start agrees with the period before's, it is read
 * so: `supported`. Else the start keeps the period as its own (null: the plain verdict stands).
 */
function startInChangePeriod(claim: Claim, ctx: JudgeContext, v: Verdict): Verdict | null {
  const at = claim.offset.start - claim.sentence.start;
  if (!FROM_LEVEL.test(claim.sentenceText.slice(Math.max(0, at - 40), at))) return null;
  const later = sentenceClaims(claim, ctx).filter((c) => c.offset.end <= claim.offset.start && c.kind !== 'growth' && compatibleUnits(c.unit, claim.unit)).at(-1);
  if (!later || later.time !== null) return null;
  const match = matchFacts(claim, ctx.note, ctx.index, ctx.memo);
  const group = match.groups[0];
  if (!match.metric || match.combined || !group) return null;
  const fye = fiscalEndOf(ctx, group.entities);
  const laterFact = selectFacts(group.facts, claim.time, ctx.note.referenceDate, fye).find((f) => claimAgreesWith(later, f, ctx.tolerance));
  const earlier = laterFact && latestBefore(group.facts, laterFact, ctx.note.referenceDate, fye);
  if (!earlier || !claimAgreesWith(claim, earlier, ctx.tolerance)) return null;
  const subject = subjectOf(ctx.index, group.entities, match.metric.id, group.counterparty, undefined, group.facts[0]?.segment);
  const body = `matches the earlier sourced figure it is compared with, ${shortFact(claim, earlier)}, ${timeLabel(claim.time)} being the change's period`;
  return { ...v, code: 'supported', facts: [earlier], message: verdictMessage(subject, claim, body), suggestion: factValue(claim, earlier), cite: [earlier.id] };
}

/** "(prior year: £1.1bn)": the level a figure before it is compared with, labelled in parentheses. */
const PRIOR_LABEL = new RegExp(`\\(\\s*${PRIOR_YEAR}\\s*:\\s*$`, 'i');

/**
 * "Premiums rose to £9.8bn from £9.1bn", "…, up from £9.1bn", "£1.32bn (prior year: £1.1bn)",
 * "EBIT of $1.1 billion compared with $2.3 billion in the prior-year period": with
 * no change stated and no time of its own, the level after "from" is the period before the one of
 * the figure it is compared with. The fact for that earlier period, of the same length, decides it
 * (neither the latest fact, which made it `outdated`, nor a later one, which made it red).
 */
function judgeEarlierLevel(claim: Claim, ctx: JudgeContext, v: Verdict): Verdict | null {
  const at = claim.offset.start - claim.sentence.start;
  const before = claim.sentenceText.slice(Math.max(0, at - 40), at);
  // "58.2 million tonnes, against 62.9 million tonnes a year earlier": its own time says it is the
  // earlier level; so does "compared with 64.1% a year ago", a year before the figure compared with, not before today.
  const compared = comparedBefore(before);
  const years = claim.time?.iso ? (compared ? yearsAgo(claim.time) : null) : yearsEarlier(claim.time);
  if (years === null && !compared && !PRIOR_LABEL.test(before)) return null;
  // "a dividend of $0.60 per share, up from $0.55": the plain figure compared with a per-item one is one of those.
  const later = sentenceClaims(claim, ctx).filter((c) => c.offset.end <= claim.offset.start && c.kind !== 'growth' && (compatibleUnits(c.unit, claim.unit) || priceOfOne(claim.unit, c.unit))).at(-1);
  if (!later) return null;
  const match = matchFacts(claim, ctx.note, ctx.index, ctx.memo);
  const group = match.groups[0];
  if (!match.metric || match.combined || !group) return null;
  const fye = fiscalEndOf(ctx, group.entities);
  // ("RPO rose to $7.42 billion at year-end from $6.38 billion": the entity's year end, October's.)
  const laterAt = inFiscalCalendar(later, fye, ctx.note.referenceDate);
  // The level compared is a result: "the margin improved to 12.3% from 11.6%" is not the year's 12–12.5% outlook, which it also fits;
  // unless it is a plan ("revised its 2026 guidance:" then "- NIM: 5.7–5.9% (previously 5.6–5.8%)").
  const pick = (facts: Fact[]): Fact | undefined => selectFacts(facts, laterAt.time, ctx.note.referenceDate, fye).find((f) => claimAgreesWith(later, f, ctx.tolerance));
  const actual = group.facts.filter((f) => f.kind === 'actual');
  const plans = claimStance(later, ctx.memo.sentence(later.sentence).folded, clauseOf(later)) === 'plain' ? [] : group.facts.filter((f) => f.kind !== 'actual');
  // (A level with no time of a year whose later facts are all quarters is that year's: "rose to $3.25 billion from $3.18 billion" in May.)
  const latestActual = later.time === null ? selectFacts(actual, null, ctx.note.referenceDate, fye)[0] : undefined;
  const ofItsLength = latestActual && actual.find((f) => claimAgreesWith(later, f, ctx.tolerance) && latestOfItsLength(f, latestActual, actual, fye));
  const agreed = pick(plans) ?? pick(actual) ?? pick(group.facts) ?? ofItsLength;
  // "rose to 89.4% from 85.1%" where the 89.4% is wrong: it is still of the period its latest fact is for (when it names none).
  const laterFact = agreed ?? (later.time === null && years === null ? selectFacts(actual, null, ctx.note.referenceDate, fye)[0] : undefined);
  if (!laterFact || (laterFact.period !== undefined && !factRange(laterFact, fye))) return null;
  // "the net loss widened to $214 million from $176 million": the level a loss is compared with is one too.
  const level = (later.value ?? 0) < 0 && (claim.value ?? 0) > 0 && isCurrency(claim.unit) ? { ...claim, value: -claim.value! } : claim;
  const earlier =
    years !== null ? yearsBefore(group.facts, laterFact, years, ctx.note.referenceDate, fye)
    // "raised its guidance to $38.35 to $38.85 from $37.50 to $38.30": the outlook for the same period stated before.
    : laterFact.kind !== 'actual' ? revisedFrom(group.facts, laterFact)
    : latestBefore(group.facts, laterFact, ctx.note.referenceDate, fye);
  // (Against a level that agrees with no fact, only a base that agrees says which period it was: else the plain verdict stands.)
  if (!agreed && (!earlier || !claimAgreesWith(level, earlier, ctx.tolerance))) return null;
  const subject = subjectOf(ctx.index, group.entities, match.metric.id, group.counterparty, undefined, group.facts[0]?.segment);
  if (!earlier) {
    const when = years === null ? 'the period' : years === 1 ? 'a year' : `${years} years`;
    const body = years === null && laterFact.kind !== 'actual'
      ? `the outlook it was revised from; no earlier ${laterFact.kind} for ${factPeriod(laterFact)} is sourced`
      : `the level it is compared with; no fact yet for ${when} before ${factPeriod(laterFact)}`;
    return { ...v, code: 'unsourced', facts: [], message: verdictMessage(subject, claim, body) };
  }
  if (claimAgreesWith(level, earlier, ctx.tolerance)) {
    const body = `matches the earlier sourced figure it is compared with, ${shortFact(level, earlier)}`;
    return { ...v, code: 'supported', facts: [earlier], message: verdictMessage(subject, claim, body), suggestion: factValue(level, earlier), cite: [earlier.id] };
  }
  const body = `the earlier sourced figure it is compared with is ${shortFact(level, earlier)}`;
  return { ...v, code: 'contradicted', facts: [earlier], message: verdictMessage(subject, claim, body), suggestion: factValue(level, earlier), cite: [earlier.id] };
}

/**
 * A derived figure that cites the facts it is computed from ("grew 25% [@rev-2024; @rev-2023]"):
 * derived from those facts only; `citation-mismatch` when they give another value. Null when the
 * cited facts state the claim's own unit (a plain citation) or the sentence reads no derivation.
 */
export function judgeCitedDerived(claim: Claim, cited: { key: CitationKey; fact: Fact }[], ctx: JudgeContext): Verdict | null {
  // Facts of another unit than the claim's are operands; two of its own unit are a difference's.
  const operands = cited.every((c) => !compatibleUnits(claim.unit, c.fact.unit));
  if (!operands && cited.length !== 2) return null;
  const reading = readDerived(claim, ctx.memo, ctx.note.text, ctx.note.referenceDate);
  if (!reading || (!operands && reading.form !== 'difference')) return null;
  const only = new Set(cited.map((c) => c.fact.id));
  const v = judgeDerived(claim, reading, ctx, only);
  if (!v?.derivation || v.derivation.operands.some((o) => !only.has(o.fact))) return null;
  const cite = cited.map((c) => c.fact.id);
  if (v.code === 'supported') return { ...v, message: v.message.replace('matches the ', 'matches the cited facts: '), cite };
  return { ...v, code: 'citation-mismatch', citation: cited[0]!.key, message: v.message.replace(/ — (?:that was|the) .*$/, ` — the cited facts give ${v.derivation.formula}`), cite };
}
