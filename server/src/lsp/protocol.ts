// Custom messages between the Claimcheck server and its clients. Plain names and data only (no
// LSP library imports), so the VS Code client, a browser client and tests share them.
import type { Coverage } from '../core/coverage';
import { zeroCounts } from '../core/findingCodes';
import type { FactKind, FindingCode, Range } from '../core/types';

/** Where each finding code is explained (the README's "Finding codes" section). */
export const FINDING_DOCS_BASE = 'https://github.com/claimcheck/claimcheck';

export const findingDocsUrl = (code: string): string => `${FINDING_DOCS_BASE}#${code}`;

export const DIAGNOSTIC_SOURCE = 'claimcheck';

export const Commands = {
  checkWorkspace: 'claimcheck.checkWorkspace',
} as const;

/** Server → client, after every check and every facts/config reload: what Claimcheck knows. */
export const StatusNotification = 'claimcheck/status';

export type FindingCounts = Record<FindingCode, number>;

export interface NoteStatus {
  uri: string;
  version?: number;
  counts: FindingCounts;
  /** The share of the note's figures a fact backs (absent when the note was skipped). */
  coverage?: Coverage;
  /** Why the note was not checked ("Claimcheck skipped this note: it is 3.1 MB, ..."). */
  skipped?: string;
  skippedCode?: 'too-large' | 'disabled';
}

export interface StatusParams {
  /** `claimcheck.enable` setting. */
  enabled: boolean;
  /** The workspace has a facts file or `.claimcheck.yaml` (else Claimcheck stays quiet in it). */
  setUp: boolean;
  /** `claimcheck.checkWithoutFacts` setting: check even when not set up. */
  checkWithoutFacts: boolean;
  /** Workspace root the status is about. */
  root?: string;
  factsCount: number;
  /** URIs of the facts files that were read. */
  factsFiles: string[];
  factsProblems: number;
  /** Of those, the errors (a missing source is only a warning). */
  factsErrors: number;
  /** Fact entries in the facts files that did not load (errors in them or around them). */
  factsNotLoaded: number;
  /** The notes keep the facts from before an open facts file's new errors, until they are fixed or the file is closed. */
  factsKept?: boolean;
  /** URI of `.claimcheck.yaml` when there is one. */
  configFile?: string;
  configProblems: number;
  /** Present when the status follows the check of one note. */
  note?: NoteStatus;
}

/** Client → server: a fact stub for the claim in (or at) a range, to add to the facts file. */
export const FactStubRequest = 'claimcheck/factStub';
export interface FactStubParams {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
export interface FactStubResult {
  /** The facts file the stub goes into (created when missing). */
  factsUri: string;
  factId: string;
  /** A WorkspaceEdit (LSP JSON) adding the stub and citing it after the claim. */
  edit: unknown;
}
/** The answer when there is a figure but the facts file cannot take a stub (not valid YAML, an odd shape): why. */
export interface FactStubRefusal {
  refused: string;
}

/** Client → server: the facts files and config of the workspace that holds a document. */
export const ProjectInfoRequest = 'claimcheck/projectInfo';
export interface ProjectInfoParams {
  uri?: string;
}
export type ProjectInfoResult = StatusParams;

/**
 * Server → client, browser build only: a web worker has no file system, so the server reads
 * facts, config and notes through the client (vscode.workspace.fs). A missing or unreadable
 * file is null (an empty list for a directory), never an error.
 */
export const FsRequests = {
  /** {@link FsParams} → the file's UTF-8 text, or null. */
  readFile: 'claimcheck/fs/readFile',
  /** {@link FsParams} → `{ size }` in bytes, or null. */
  stat: 'claimcheck/fs/stat',
  /** {@link FsParams} → the directory's {@link DirectoryEntry}s. */
  readDirectory: 'claimcheck/fs/readDirectory',
} as const;
export interface FsParams {
  uri: string;
}
export type DirectoryEntry = [name: string, type: 'file' | 'directory' | 'other'];

/** Result of `claimcheck.checkWorkspace`. */
export interface WorkspaceCheckResult {
  notes: number;
  counts: FindingCounts;
  /** Diagnostics published, by severity (what the Problems view shows). */
  severities: { error: number; warning: number; information: number; hint: number };
  skipped: number;
  /** The figures of every note checked, and how many a fact backs. */
  coverage: Coverage;
  /** Notes with figures, and how many of them have every figure sourced. */
  notesWithFigures: number;
  fullySourced: number;
  /** Workspace folders left out: no facts file and no `.claimcheck.yaml`. */
  notSetUp: number;
  cancelled: boolean;
}

/**
 * Client → server: the workspace check as a request, so the client can cancel it
 * ($/cancelRequest) and follow its progress (`workDoneToken`); other clients use the command.
 */
export const WorkspaceCheckRequest = 'claimcheck/checkWorkspace';
export interface WorkspaceCheckParams {
  workDoneToken?: string | number;
}

/** A client command the "add a fact" quick fix runs after its edit: say so, offer to open the stub. */
export const FACT_ADDED_COMMAND = 'claimcheck.factAdded';

export function emptyCounts(): FindingCounts {
  return zeroCounts();
}

/**
 * Client → server: the entities of every set-up project, each with how many facts it has (the
 * Explorer's Claimcheck view). An entity's facts are asked for when it is expanded
 * (FactsTreeEntityRequest): 100,000 facts with their sources and uses are tens of MB.
 */
export const FactsTreeRequest = 'claimcheck/factsTree';
export interface FactsTreeResult {
  projects: FactsTreeProject[];
}
export interface FactsTreeProject {
  root: string;
  /** The root folder's name. */
  name: string;
  entities: FactsTreeEntity[];
}
export interface FactsTreeEntity {
  id: string;
  name: string;
  /** How many facts are listed under it (its own and those naming it as counterparty). */
  factCount: number;
}

/** Client → server: one entity's metrics, each fact with the notes that cite it or were judged against it. */
export const FactsTreeEntityRequest = 'claimcheck/factsTreeEntity';
export interface FactsTreeEntityParams {
  /** The project's root, as FactsTreeProject gave it. */
  root: string;
  entity: string;
}
/** Null when cancelled; no metrics when the entity or its project is gone. */
export interface FactsTreeEntityResult {
  metrics: FactsTreeMetric[];
}
export interface FactsTreeMetric {
  id: string;
  /** Oldest first: the metric's timeline. */
  facts: FactsTreeFact[];
}
export interface FactsTreeFact {
  id: string;
  /** The value in words ("$61.5 billion", "100,000 GPU"). */
  value: string;
  asOf: string;
  period?: string;
  kind: FactKind;
  /** The other entities of a fact about several, and its counterparty, by name. */
  with: string[];
  source: { url?: string; title?: string; published?: string; quote?: string };
  /** Where the fact is written (its entry in the facts file). */
  uri: string;
  range: Range;
  uses: FactUse[];
}
export interface FactUse {
  uri: string;
  /** The note's path under the project root. */
  note: string;
  /** The claim (or, for a citation bound to no claim, the citation key). */
  range: Range;
  text: string;
  /** `cites`: a [@id] names the fact; `matches`: the claim was judged against it. */
  how: 'cites' | 'matches';
  /** The claim's verdict, or `cited` for a citation that binds to no claim. */
  verdict: string;
}
