// The data contract of the pure core. Everything here is plain data (JSON-serialisable), so the
// CLI can print it as is.

/** 0-based line and UTF-16 character, as LSP counts. */
export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
/** Half-open UTF-16 offsets into the source text. */
export interface Span {
  start: number;
  end: number;
}

export type Bound = 'eq' | 'gt' | 'gte' | 'lt' | 'lte';

export type ClaimKind =
  | 'money' // generic currency amount
  | 'valuation'
  | 'revenue' // revenue, annualized revenue, run-rate, ARR
  | 'funding' // investment, round, raise, commitment
  | 'capex'
  | 'hardware' // GPUs, H100 equivalents, TPUs, chips, accelerators
  | 'percent'
  | 'bps'
  | 'growth' // doubling every N months, up 35% year over year, tripled
  | 'multiple' // 40x revenue, 3x
  | 'power' // MW, GW (watts)
  | 'energy' // MWh, GWh (watt-hours)
  | 'users'
  | 'people' // employees, staff, people
  | 'duration' // 90 days, a 12-year lease
  | 'count'; // any other counted noun

/**
 * Units: ISO 4217 code for money ('USD', 'EUR', 'GBP', 'JPY', 'INR', 'CNY'...), 'percent', 'bps',
 * 'x' (multiples), 'W', 'Wh', 'GPU', 'H100e', 'TPU', 'chip', 'accelerator', 'users', 'people',
 * 'days' | 'weeks' | 'months' | 'quarters' | 'years' (durations), or the counted noun, singular
 * and lower case ('customer', 'data center'), or 'count' when there is no noun.
 */
export type Unit = string;

/** A time the claim's sentence attaches to it, resolved against the note's reference date. */
export interface TimeRef {
  /** The words in the note ("in September", "by late 2025", "Q1 2025", "last"). */
  text: string;
  /** Where those words are in the note (offsets), when they are words of the note. */
  span?: Span;
  /**
   * ISO-like period: "2025", "2025-Q1", "2025-H2", "2024-09", "2024-09-02", "FY2025";
   * null for purely relative words ("last", "latest", "current") with no period.
   */
  iso: string | null;
  /** The first and last day the period covers, YYYY-MM-DD (null when iso is null). */
  from: string | null;
  to: string | null;
  /** "by late 2025", "by 2027": the figure is the one reached at the end of the period. */
  by?: boolean;
  /** "last", "latest", "current", "now", "most recent": the latest figure as of the reference date. */
  latest?: boolean;
  /** Fiscal-year wording ("FY2025", "fiscal 2025"). */
  fiscal?: boolean;
  /** "at the end of the third quarter", "end of 2025": the last month of a longer period, the level it closed at. */
  endOf?: boolean;
  /**
   * A quarter or half said without its year ("the fiscal fourth quarter", "Q3", "FQ4"): `iso` is
   * the latest calendar one begun by `asOf`; an entity's fiscal calendar picks its own latest one.
   */
  yearless?: { ord: number; quarter: boolean; asOf: string };
}

export interface Claim {
  /** Index of the claim in its note, in document order. */
  index: number;
  /** The exact source substring (span per issue #3: sign, currency, number, scale, unit noun). */
  text: string;
  range: Range;
  offset: Span;
  kind: ClaimKind;
  /** Single value in base units, or null for a range. */
  value: number | null;
  /** Range ends in base units, or null for a single value. */
  low: number | null;
  high: number | null;
  unit: Unit;
  bound: Bound;
  approx: boolean;
  /** Absolute half-width the stated digits imply, in base units ("$18 billion" -> 0.5e9). */
  precision: number;
  time: TimeRef | null;
  /** The unit noun as written ("H100 equivalents", "monthly users"), when there is one. */
  noun?: string;
  /**
   * A count bought or sold ("sold 2,000 acres", "sold 71.5 million hectolitres"): read as a change
   * in what is held; the judge reads it as the period's level (this kind and value) when the metric's facts are per period (sales).
   */
  traded?: { kind: ClaimKind; value: number };
  /** The sentence the claim stands in (offsets) and its text, for matching. */
  sentence: Span;
  sentenceText: string;
  /** The prose block (paragraph, heading, list item, table cell...) the claim stands in. */
  block: Span;
  /** In a list: the sentence the list hangs from ("Management's fiscal 2027 outlook calls for:"), which may give its items a period and a plan's stance. */
  lead?: string;
  /**
   * For a claim in a table cell (top level, in a block quote or a list item): its row, its column's
   * header cell and the row's first cell (its label, when the claim is in another), from the markdown tree;
   * `before`: the header cells left of its column, after the first ("| Segment | Q3 revenue (€m) | YoY |":
   * "Q3 revenue (€m)" for the YoY column), where a change column's metric is named; `corner`: the
   * first column's header ("Segment", "Region"), which says what the row labels are.
   */
  table?: { row: Span; header: Span | null; label?: Span; before?: Span; corner?: Span };
}

export interface FrontMatter {
  /** The note's reference date, YYYY-MM-DD, from front matter `date`, if valid. */
  date?: string;
  /** `claimcheck: false` in front matter turns checking off for the note. */
  enabled: boolean;
  /** Front matter `facts:` (extra facts globs for this note). */
  facts?: string[];
  /** Every other front matter key, as parsed. */
  data: Record<string, unknown>;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A problem about an input (malformed front matter, a bad facts file, a bad config). */
export interface Problem {
  code: string;
  message: string;
  severity: Severity;
  range: Range;
  offset?: Span;
}

/** A `[@id]` or `[@a; @b]` pandoc citation in a note. */
export interface Citation {
  /** The whole bracket, e.g. "[@a; @b]". */
  range: Range;
  offset: Span;
  keys: CitationKey[];
  /** Index of the claim this citation binds to (the nearest claim before it in the same sentence). */
  claimIndex: number | null;
}
export interface CitationKey {
  id: string;
  range: Range;
  offset: Span;
}

/** markdownlint-style suppression read from HTML comments. */
export interface Suppression {
  /** 0-based lines the suppression covers. */
  fromLine: number;
  toLine: number;
  /** Finding codes suppressed; empty = all. */
  codes: string[];
}

export interface ParsedNote {
  text: string;
  frontMatter: FrontMatter;
  claims: Claim[];
  citations: Citation[];
  suppressions: Suppression[];
  problems: Problem[];
  /** The reference date used to resolve relative time (YYYY-MM-DD). */
  referenceDate: string;
  /** The note's headings (ATX and setext), in order: a paragraph that names no entity is about the one its heading names. */
  headings?: Span[];
  /** For a part of a note judged alone (check.ts): what the headings before it named. */
  section?: SectionContext;
}

/**
 * The entities the last heading before a part of a note named, for the part's paragraphs that name
 * none; `used` is set when the judge read them, so a cached result of the part is reused only
 * while they stay the same.
 */
export interface SectionContext {
  /** The headings before the part still open there (each under the one before it), with what each names. */
  headings: readonly SectionHeading[];
  used: boolean;
}

/** A heading's level (1 for "#") and the entities it names (none, one or more). */
export interface SectionHeading {
  level: number;
  names: readonly string[];
  /** The one period it names ("## 2024", "## Q3 2025 results"), if it names one. */
  period?: TimeRef;
}

// ---------------------------------------------------------------- facts

export type FactKind = 'actual' | 'guidance' | 'forecast';

export interface Source {
  url?: string;
  title?: string;
  published?: string;
  quote?: string;
}

export interface Entity {
  id: string;
  name: string;
  aliases: string[];
  /** Last day of the fiscal year, MM-DD ("01-31", "06-30"); fiscal years are calendar years without it. */
  fiscalYearEnd?: string;
  /** Where the entity is defined. */
  location?: Location;
}

export interface Metric {
  id: string;
  unit: Unit;
  words: string[];
  builtin: boolean;
  location?: Location;
}

/** A place in a file: uri or path as the host named it, plus range. */
export interface Location {
  file: string;
  range: Range;
}

export interface Fact {
  id: string;
  entities: string[];
  metric: string;
  basis?: string;
  /** A part of the entity's figure (a business segment, product line, region); none = the whole. */
  segment?: string;
  counterparty?: string;
  /** Single value or [low, high] range, base units. */
  value: number | null;
  low: number | null;
  high: number | null;
  unit: Unit;
  /** YYYY, YYYY-MM or YYYY-MM-DD as written. */
  asOf: string;
  /** First day of as_of (YYYY-MM-DD), for ordering and comparison. */
  asOfDate: string;
  /** Period the figure is about ("2025", "FY2025", "2025-Q4", "2025-12"). */
  period?: string;
  kind: FactKind;
  /** Absolute tolerance in base units (facts' own or the config default applied). */
  tolerance?: number;
  source: Source;
  location: Location;
}

export interface FactIndex {
  entities: Map<string, Entity>;
  metrics: Map<string, Metric>;
  facts: Fact[];
  byId: Map<string, Fact>;
  /** Files that were read (for status: "28 facts from 1 file"). */
  files: string[];
  /**
   * An index read back from a snapshot (facts/factsSnapshot.ts) builds a fact only when it is
   * asked for: judging a note reads facts through this, and `facts` and `byId` build them all.
   * Not plain data: such an index stays in the process that read it.
   */
  onDemand?: FactsOnDemand;
}

/** The lookups judging needs, answered without building every fact. */
export interface FactsOnDemand {
  count: number;
  /** Every id `byId` holds, each once (fewer than `count` when ids repeat). */
  ids(): readonly string[];
  /** The fact at a position of `facts`. */
  fact(position: number): Fact;
  /** Positions of the facts naming each entity, ascending (factLookups' positionsByEntity). */
  byEntity(): ReadonlyMap<string, readonly number[]>;
  /** factLookups' positionsByCounterparty. */
  byCounterparty(): ReadonlyMap<string, readonly number[]>;
  /** The position `byId` gives for the id. */
  positionOfId(id: string): number | undefined;
  /** The distinct units of the metric's facts, in facts-file order. */
  unitsOf(metric: string): readonly Unit[];
}

export interface FactFileProblem extends Problem {
  file: string;
}

// ---------------------------------------------------------------- findings

/** Codes of findings about one claim. */
export type ClaimFindingCode =
  | 'supported'
  | 'contradicted'
  | 'outdated'
  | 'unsourced'
  | 'citation-mismatch'
  | 'unknown-citation'
  | 'inconsistent';

/**
 * Codes about a whole note, reported as a note problem of that code. `not-checked`: the note (or
 * part of it) could not be checked completely; always an error, so the gate fails closed.
 */
export type NoteFindingCode = 'not-checked';

export type FindingCode = ClaimFindingCode | NoteFindingCode;

export interface FactRef {
  id: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: Unit;
  asOf: string;
  period?: string;
  kind: FactKind;
  entities: string[];
  metric: string;
  /** The fact's segment, when it is a part of the entity's figure. */
  segment?: string;
  source: Source;
  location: Location;
}

/** How a derived figure was computed from facts of one entity and metric (or two metrics). */
export type DerivedForm = 'growth' | 'multiple' | 'difference' | 'share';

/** The role a fact plays in a derivation: the later and earlier value, the part and the whole, the numerator and denominator. */
export type OperandRole = 'later' | 'earlier' | 'part' | 'whole' | 'numerator' | 'denominator';

export interface Derivation {
  form: DerivedForm;
  /** The arithmetic with the sourced values, compact, the result to three significant digits: "$39.3B / $22.1B − 1 = 77.8%". */
  formula: string;
  /** The derived figure from the facts' values (no tolerance), in the claim's unit. */
  value: number;
  /** What the facts allow with their ranges and tolerances carried through the arithmetic, in the claim's unit. */
  low: number;
  high: number;
  unit: Unit;
  /** The facts, in the formula's order. */
  operands: { role: OperandRole; fact: string }[];
}

export interface Finding {
  code: ClaimFindingCode;
  /** 'none' for supported. */
  severity: Severity | 'none';
  message: string;
  claim: Claim;
  /** Facts the claim was judged against (for a sum, every addend). */
  facts: FactRef[];
  /** Resolved entity ids and metric id, when known. */
  entities: string[];
  metric?: string;
  /** The sourced value written in the note's own style ("$61.5 billion"), for quick fixes. */
  suggestion?: string;
  /** The fact ids a quick fix should cite. */
  cite?: string[];
  /** For unknown-citation / citation-mismatch: the citation key involved. */
  citation?: CitationKey;
  /** Which kind of fact the claim was compared with: guidance (an outlook, a plan) or actual results. */
  comparedKind?: FactKind;
  /** A growth, multiple, difference or share no fact states, computed from `facts`. */
  derivation?: Derivation;
  /** The word that narrows the metric to a part no fact of the whole decides ("advertising" revenue): a new fact's segment. */
  part?: string;
  /** A measure the note names that no metric's words name ("gross profit", "profit before tax"): a new metric's name and word. */
  measure?: string;
  /** For inconsistent: the other statements it disagrees with (in this note or others). */
  related?: RelatedStatement[];
}

/**
 * A figure no fact decides, keyed by what it is about, so statements of the same entity, metric,
 * kind and time can be compared across notes (core/consistency).
 */
export interface Statement {
  /** entity | metric | kind of fact | time | measure: statements with equal keys are compared. */
  key: string;
  /** Entity id (from the facts files, else made from the name the sentence gives) and its name. */
  entity: string;
  entityName: string;
  metric: string;
  /** How messages name the metric (wording.metricName). */
  metricName: string;
  /** The word that narrows the metric to a part ("oncology" revenue), when the sentence has one. */
  part?: string;
  /** The claim, with its time anchored as the judge read it. */
  claim: Claim;
}

/** Another note's (or this note's) statement that an `inconsistent` finding points to. */
export interface RelatedStatement {
  /** The note as the host names it (a path for the CLI, a URI for the server). */
  note: string;
  /** The note as shown to people ("notes/q1.md"). */
  label: string;
  range: Range;
  /** The figure as the note states it, with its time ("$61.5 billion in March 2025"). */
  says: string;
}

// ---------------------------------------------------------------- config

export type SeveritySetting = Severity | 'off';

/** `.claimcheck.yaml`, with defaults applied. */
export interface Config {
  /** Facts file globs, relative to the workspace root. Default ['facts.yaml', 'facts/**\/*.yaml']. */
  facts: string[];
  /** Severity per finding code (defaults: contradicted error, outdated warning, unsourced
   *  information, citation-mismatch error, unknown-citation error). */
  severity: Record<Exclude<ClaimFindingCode, 'supported'>, SeveritySetting>;
  /** Default relative tolerance for facts without their own (0.0 = exact within precision). */
  tolerance: number;
  /** Claim kinds checked; null = all. */
  kinds: ClaimKind[] | null;
  /** Reference date override (YYYY-MM-DD) for notes without front matter `date`. */
  referenceDate?: string;
  /** Notes larger than this (bytes) are skipped with one information diagnostic. Default 2 MB. */
  maxNoteBytes: number;
  /** Per-note work budget; past it the note is `not-checked`. */
  budget: WorkBudget;
  /** Globs of notes to check (workspace check, CLI directories). Default ['**\/*.md']. */
  notes: string[];
  /** Globs to ignore. Default ['**\/node_modules/**', '**\/.git/**']. */
  ignore: string[];
}

/** Most work one note may cost: past either count the note is reported `not-checked`. */
export interface WorkBudget {
  /** Claims extracted and judged. Default 20,000. */
  claims: number;
  /** Number tokens (runs of digits) in the note, counted before parsing. Default 50,000. */
  numbers: number;
  /** Emphasis markers (`*`, `_`, `~`) in one paragraph, counted before parsing. Default 4,000. */
  markers: number;
  /** Block quotes and list items nested on one line, counted before parsing. Default 100. */
  nesting: number;
}
