// The language service facade (as vscode-markdown-languageservice's): every feature is a function
// of a document (by URI), a position or range, and a cancellation token. It answers from the
// note checker's cached results; the LSP wiring lives in features.ts.
import type {
  CancellationToken,
  CodeAction,
  CompletionList,
  Diagnostic,
  Hover,
  InlayHint,
  Location,
  Position,
  Range,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../core/check';
import { codeActions, stubEdit, type FactsTarget } from './codeActions';
import { factById } from '../core/facts/factLookups';
import { completeCitation } from './completion';
import { diskTextReader, factsTargetFor } from './factsTarget';
import { outlineOffThread } from './factsOutline';
import type { ServerHost } from './host';
import { hoverAt } from './hover';
import { inlayHints } from './inlayHints';
import { definitionAt, factAt, referencesInNote } from './navigation';
import type { NoteChecker } from './noteChecker';
import type { OpenDocumentIndex } from './openDocuments';
import { forEachProjectNote, type ClosedNoteUses } from './projectNotes';
import type { WorkspaceIndex } from './workspaceIndex';
import type { ProjectStore } from './projectStore';
import { affectsProject, factsNotLoaded, isFactsFile, isNote, type Project } from './projects';
import type { FactStubRefusal, FactStubResult, FactsTreeEntityResult, FactsTreeResult, StatusParams } from './protocol';
import { entityTreeOf, factsTreeOf, type CheckedNote } from './factsTree';
import { containsPosition, rangesIntersect } from './ranges';
import { checksProject, isSetUp, type Settings } from './settings';
import { noteStatus, type StatusReporter } from './status';
import { relativeUri, uriKey } from './uri';

export interface ClaimService {
  hover(uri: string, position: Position, token: CancellationToken): Promise<Hover | null>;
  codeActions(uri: string, range: Range, context: { diagnostics: readonly Diagnostic[]; only?: readonly string[] }, token: CancellationToken): Promise<CodeAction[]>;
  completion(uri: string, position: Position, token: CancellationToken): Promise<CompletionList | null>;
  definition(uri: string, position: Position, token: CancellationToken): Promise<Location[] | null>;
  /** From a fact's entry in a facts file, or a citation key in a note. */
  references(uri: string, position: Position, includeDeclaration: boolean, token: CancellationToken): Promise<Location[] | null>;
  inlayHints(uri: string, range: Range, token: CancellationToken): Promise<InlayHint[] | null>;
  /** A fact stub for the figure in `range`, with the edit adding it to the facts file and citing it. */
  factStub(uri: string, range: Range, token: CancellationToken): Promise<FactStubResult | FactStubRefusal | null>;
  /** The status of the project holding `uri` (the first folder's when none), with the note's counts. */
  projectInfo(uri: string | undefined): Promise<StatusParams>;
  /** Every set-up project's entities, each with how many facts it has. */
  factsTree(): Promise<FactsTreeResult>;
  /** One entity's facts by metric, with the notes that use each fact; null when cancelled. */
  factsTreeEntity(root: string, entity: string, token: CancellationToken): Promise<FactsTreeEntityResult | null>;
}

/** What a hover says when facts did not load: its verdict may change once they do. */
export function factsNotice(project: Project): string | undefined {
  const notLoaded = factsNotLoaded(project);
  const errors = project.factsProblems.filter((p) => p.severity === 'error');
  if (notLoaded === 0 && errors.length === 0) return undefined;
  const files = [...new Set(errors.map((p) => relativeUri(project.root, p.file) ?? p.file))].join(', ');
  const what = notLoaded > 0 ? `${notLoaded} ${notLoaded === 1 ? 'fact' : 'facts'} did not load` : 'The facts file has errors';
  return `${what} (see the problems in ${files || 'the facts file'}); this verdict may change once they are fixed.`;
}

export interface ClaimServiceOptions {
  host: ServerHost;
  documents: OpenDocumentIndex;
  projects: ProjectStore;
  checker: NoteChecker;
  status: StatusReporter;
  settings: () => Settings;
  /** Closed notes' uses across passes (references, the facts tree), while their text and project are unchanged; the workspace index and Check Workspace fill it too. */
  closedNotes: ClosedNoteUses;
  /** Facts texts this long or longer have Add Fact's outline found off this thread (ServerOptions). */
  outlineWorkerMinChars?: () => number;
  /** The workspace index, whose build the features across notes wait for (projectNotes). */
  index?: WorkspaceIndex;
}

interface NoteContext {
  doc: TextDocument;
  project: Project;
  result: CheckResult;
}

export function createClaimService(options: ClaimServiceOptions): ClaimService {
  const { host, documents, projects, checker, status, settings, closedNotes, index } = options;
  const readFactsFromDisk = diskTextReader(host);
  /** Where Add Fact writes, with the outline of a large facts file found off this thread. */
  async function addFactTarget(project: Project): Promise<FactsTarget> {
    const target = await factsTargetFor(project, documents, readFactsFromDisk);
    await outlineOffThread(target.text, project.middleEntries?.get(target.uri), host.middleEntries?.bind(host), options.outlineWorkerMinChars?.() ?? Infinity);
    return target;
  }

  /** The open note at `uri` with its project; undefined when not a note (or Claimcheck is off). */
  /** `shown`: for what only shows (a hover, a hint), the project as it is now, not after a reload under way. */
  async function openNote(uri: string, token?: CancellationToken, evenIfNotSetUp = false, shown = false): Promise<Omit<NoteContext, 'result'> | undefined> {
    if (!settings().enable) return undefined;
    if (!documents.get(uri)) return undefined;
    const project = shown ? await projects.nowOf(uri) : await projects.of(uri);
    if (token?.isCancellationRequested) return undefined;
    // Not set up (no facts file, no config): quiet, except for an explicit Add Fact.
    if (!evenIfNotSetUp && !checksProject(settings(), project)) return undefined;
    const doc = documents.get(uri);
    if (!doc || !isNote(project, doc) || affectsProject(project, uri)) return undefined;
    return { doc, project };
  }

  /** The open note with its current check result (computed now when the debounced check has not run yet). */
  async function noteContext(uri: string, token?: CancellationToken, evenIfNotSetUp = false, shown = false): Promise<NoteContext | undefined> {
    const note = await openNote(uri, token, evenIfNotSetUp, shown);
    if (!note) return undefined;
    // Cooperative: while this note's check runs, other requests and notes are served.
    const result = await checker.resultAsync(note.doc, note.project, token);
    return result && { ...note, result: checker.related(uri, note.project, result) };
  }

  /** The fact id under the cursor: an entry in a facts file, or a citation key in a note. */
  async function factIdAt(uri: string, position: Position, project: Project, token: CancellationToken): Promise<string | undefined> {
    if (isFactsFile(project, uri)) return factAt(project.index, uri, position, (a, b) => uriKey(a) === uriKey(b))?.id;
    const ctx = await noteContext(uri, token);
    let id: string | undefined;
    for (const c of ctx?.result.note.citations ?? []) {
      for (const k of c.keys) if (containsPosition(k.range, position)) id = k.id;
    }
    return id;
  }

  /** The projects the facts view lists: set up and checked, in workspace folders or found above notes. */
  async function factsTreeProjects(): Promise<Project[]> {
    const roots = new Map<string, string>();
    for (const root of projects.folders) roots.set(uriKey(root), root);
    for (const p of projects.loaded()) roots.set(uriKey(p.root), p.root);
    const listed: Project[] = [];
    for (const root of roots.values()) {
      const project = await projects.get(root);
      if (isSetUp(project) && checksProject(settings(), project)) listed.push(project);
    }
    return listed;
  }

  return {
    async hover(uri, position, token) {
      const ctx = await noteContext(uri, token, false, true);
      if (!ctx || token.isCancellationRequested) return null;
      return hoverAt(ctx.result, ctx.project.index, position, factsNotice(ctx.project));
    },

    async codeActions(uri, range, context, token) {
      const ctx = await noteContext(uri, token);
      if (!ctx || token.isCancellationRequested) return [];
      const needsStub = ctx.result.findings.some((f) => (f.code === 'unsourced' || f.code === 'inconsistent') && rangesIntersect(f.claim.range, range));
      const factsTarget = needsStub ? await addFactTarget(ctx.project) : undefined;
      if (token.isCancellationRequested) return [];
      const doc = documents.get(uri);
      // Edited while the facts file was read: the edits would apply to the wrong text.
      if (!doc || doc.version !== ctx.doc.version) return [];
      return codeActions({
        uri: doc.uri,
        version: doc.version,
        text: doc.getText(),
        result: ctx.result,
        index: ctx.project.index,
        range,
        diagnostics: context.diagnostics,
        only: context.only,
        factsTarget,
      });
    },

    async completion(uri, position, token) {
      // Asked at every id separator typed anywhere: the line and the facts suffice, no check needed.
      const ctx = await openNote(uri, token);
      if (!ctx || token.isCancellationRequested) return null;
      const linePrefix = ctx.doc.getText({ start: { line: position.line, character: 0 }, end: position });
      return completeCitation(linePrefix, position, ctx.project.index) ?? null;
    },

    async definition(uri, position, token) {
      const ctx = await noteContext(uri, token);
      if (!ctx || token.isCancellationRequested) return null;
      return definitionAt(ctx.result, ctx.project.index, position);
    },

    async references(uri, position, includeDeclaration, token) {
      if (!settings().enable) return null;
      const project = await projects.of(uri);
      if (!checksProject(settings(), project)) return null;
      const factId = await factIdAt(uri, position, project, token);
      if (!factId || token.isCancellationRequested) return null;
      const fact = factById(project.index, factId);
      const locations: Location[] = includeDeclaration && fact ? [{ uri: fact.location.file, range: fact.location.range }] : [];
      // Open notes as edited; the rest of the workspace from disk.
      const done = await forEachProjectNote({ host, documents, projects, checker, index }, project, token, (noteUri, result) => {
        locations.push(...referencesInNote(noteUri, result, factId));
      }, closedNotes);
      if (!done) return null;
      return locations;
    },

    async inlayHints(uri, range, token) {
      if (!settings().inlayHints.enable) return [];
      const ctx = await noteContext(uri, token, false, true);
      if (!ctx || token.isCancellationRequested) return null;
      return inlayHints(ctx.result, range);
    },

    async factStub(uri, range, token) {
      const ctx = await noteContext(uri, token, true);
      if (!ctx) return null;
      const claim = ctx.result.note.claims.find((c) => rangesIntersect(c.range, range));
      if (!claim) return null;
      const finding = ctx.result.findings.find((f) => f.claim.index === claim.index) ?? { claim, entities: [], metric: undefined };
      const target = await addFactTarget(ctx.project);
      const made = stubEdit(
        { uri: ctx.doc.uri, version: ctx.doc.version, result: ctx.result, index: ctx.project.index, factsTarget: target },
        { code: 'unsourced', severity: 'information', message: '', facts: [], ...finding },
      );
      if (made) return { factsUri: target.uri, factId: made.stub.id, edit: made.edit };
      const name = relativeUri(ctx.project.root, target.uri) ?? target.uri;
      return { refused: `${name} is not valid YAML or has no \`facts:\` list a fact can join; fix its problems first.` };
    },

    async projectInfo(uri) {
      const root = uri ? await projects.resolveRoot(uri) : projects.folders[0];
      if (!root) return status.of(undefined);
      const project = await projects.get(root);
      const doc = uri ? documents.get(uri) : undefined;
      const note =
        doc && checksProject(settings(), project) && isNote(project, doc) && !affectsProject(project, doc.uri) ? noteStatus(doc.uri, checker.related(doc.uri, project, checker.resultFor(doc, project)), doc.version) : undefined;
      return status.of(project, note);
    },

    async factsTree() {
      if (!settings().enable) return { projects: [] };
      const result: FactsTreeResult = { projects: [] };
      for (const project of await factsTreeProjects()) result.projects.push(factsTreeOf(project));
      return result;
    },

    async factsTreeEntity(root, entity, token) {
      if (!settings().enable) return { metrics: [] };
      const project = (await factsTreeProjects()).find((p) => uriKey(p.root) === uriKey(root));
      if (!project) return { metrics: [] };
      const notes: CheckedNote[] = [];
      const done = await forEachProjectNote({ host, documents, projects, checker, index }, project, token, (uri, checked) => notes.push({ uri, result: checked }), closedNotes);
      return done ? { metrics: entityTreeOf(project, entity, notes) } : null;
    },
  };
}
