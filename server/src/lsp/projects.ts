// A project is one workspace root with its config (.claimcheck.yaml) and facts index. Loading
// reads through the host, prefers the text of open editors, and never throws: every problem
// becomes a FactFileProblem the server shows as a diagnostic.
import { defaultConfig, loadConfig } from '../core/config/loadConfig';
import { countFactEntriesIn } from '../core/facts/countFactEntries';
import { factCount } from '../core/facts/factLookups';
import type { MiddleEntriesByFile } from '../core/facts/middleEntries';
import type { Config, FactFileProblem, FactIndex } from '../core/types';
import { loadFactsHere } from './factsHere';
import { SLOW_READ } from '../core/facts/loadFacts';
import type { ServerHost } from './host';
import { matchesAny } from './glob';
import { joinUri, relativeUri, uriKey } from './uri';

export const CONFIG_FILE = '.claimcheck.yaml';

export interface Project {
  root: string;
  configUri: string;
  configExists: boolean;
  config: Config;
  configProblems: FactFileProblem[];
  index: FactIndex;
  factsProblems: FactFileProblem[];
  /** `id:` entries written in the facts files, loaded or not (to say how many did not load). */
  factEntries: number;
  /** Bumped on every reload, so cached check results know they are stale. */
  generation: number;
  /**
   * Add Fact's outline of each large facts file, as the host's worker found it while loading the
   * file: kept with the project, so it goes when a reload or a closed folder replaces the project.
   */
  middleEntries?: MiddleEntriesByFile;
}

export function emptyIndex(): FactIndex {
  return { entities: new Map(), metrics: new Map(), facts: [], byId: new Map(), files: [] };
}

function crashProblem(file: string, what: string, error: unknown): FactFileProblem {
  const message = `Claimcheck could not read this ${what}: ${error instanceof Error ? error.message : String(error)}`;
  const zero = { line: 0, character: 0 };
  return { file, code: 'internal-error', message, severity: 'error', range: { start: zero, end: zero } };
}

let generations = 0;

/** The editor's open documents, whose unsaved text wins over the disk. */
export interface OpenDocuments {
  text(uri: string): string | undefined;
  uris(): string[];
}

/** What a load read: when a reload reads the same, its result is the same project. */
interface LoadInputs {
  configText: string | undefined;
  today: string;
  files: { file: string; text: string }[];
  unreadable: string[];
}
const inputsOf = new WeakMap<Project, LoadInputs>();

function sameInputs(a: LoadInputs, b: LoadInputs): boolean {
  return (
    a.configText === b.configText &&
    a.today === b.today &&
    a.unreadable.join('\n') === b.unreadable.join('\n') &&
    a.files.length === b.files.length &&
    a.files.every((f, i) => f.file === b.files[i]!.file && f.text === b.files[i]!.text)
  );
}

/** Marks `project` as standing for what `from` read (a project that keeps older facts while its file is mid-edit). */
export function sameInputsAs(project: Project, from: Project): void {
  const inputs = inputsOf.get(from);
  if (inputs) inputsOf.set(project, inputs);
}

/** Where and how a project's facts load (ServerOptions): on this thread unless they reach `workerMinChars`. */
export interface HowToLoad {
  workerMinChars?: number;
  /** Facts this long or longer load on the host's worker when the plain reader cannot read them whole. */
  slowReadWorkerMinChars?: number;
  /** A file this long or longer, loaded here, has Add Fact's outline found as it loads. */
  outlineMinChars?: number;
  /** Whether a newer load of the root began. */
  superseded?: () => boolean;
}

/**
 * Loads the project at `root`. When `previous` was loaded from exactly the same config, facts
 * texts and date (opening a facts file, saving it, undoing an edit), it is returned as it is:
 * reloading 100,000 facts costs a second. A load on this thread stops between two of its pieces
 * once `superseded()` and gives `previous`.
 */
export async function loadProject(root: string, host: ServerHost, open: OpenDocuments, previous?: Project, how: HowToLoad = {}): Promise<Project> {
  const { workerMinChars = Infinity, slowReadWorkerMinChars = Infinity, outlineMinChars = Infinity, superseded } = how;
  const openText = (uri: string) => open.text(uri);
  const configUri = joinUri(root, CONFIG_FILE);
  const configText = openText(configUri) ?? (await host.readFile(configUri));
  let config: Config = defaultConfig;
  let configProblems: FactFileProblem[] = [];
  try {
    const loaded = loadConfig(configText, configUri);
    config = loaded.config;
    configProblems = loaded.problems;
  } catch (error) {
    configProblems = [crashProblem(configUri, 'config file; defaults are used', error)];
  }

  let factUris: string[] = [];
  try {
    factUris = await host.findFiles(root, config.facts, config.ignore);
  } catch {
    factUris = [];
  }
  const known = new Set(factUris.map(uriKey));
  // A facts file open in an editor but not yet saved to disk still counts.
  for (const uri of open.uris()) {
    const rel = relativeUri(root, uri);
    if (rel !== undefined && matchesAny(rel, config.facts) && !known.has(uriKey(uri))) factUris.push(uri);
  }
  factUris.sort();
  const files: { file: string; text: string }[] = [];
  const unreadable: FactFileProblem[] = [];
  for (const uri of factUris) {
    const open = openText(uri);
    const read = open !== undefined ? { text: open } : host.readText ? await host.readText(uri) : await host.readFile(uri).then((text) => (text === undefined ? undefined : { text }));
    if (read && 'error' in read) unreadable.push(unreadableProblem(uri, read.error));
    else if (read) files.push({ file: uri, text: read.text });
  }
  const inputs: LoadInputs = { configText, today: host.today(), files, unreadable: unreadable.map((p) => p.message) };
  const before = previous && inputsOf.get(previous);
  if (previous && before && sameInputs(before, inputs)) return previous;
  let index = emptyIndex();
  let factsProblems: FactFileProblem[] = [];
  let middleEntries: MiddleEntriesByFile | undefined;
  let factEntries: number | undefined;
  try {
    const options = { defaultTolerance: config.tolerance, today: inputs.today };
    // Facts load here, a piece at a time, so a hover that comes in meanwhile waits for one piece, not
    // the whole load. On the host's worker (host.loadFacts): from workerMinChars, if set; and large
    // facts the plain reader cannot read whole (a syntax error mid-edit): the slower readers do not pause.
    const chars = files.reduce((n, f) => n + f.text.length, 0);
    const offThread = host.loadFacts?.bind(host);
    const here = { stale: previous && superseded, outlineMinChars, stopBeforeSlowRead: !!offThread && chars >= slowReadWorkerMinChars };
    const tried = offThread && chars >= workerMinChars ? await offThread(files, options) : await loadFactsHere(files, options, here);
    const loaded = tried === SLOW_READ ? await offThread!(files, options) : tried;
    // Typing in a facts file starts a reload at each pause: one under way gives way to the newest.
    if (!loaded) return previous!;
    index = loaded.index;
    middleEntries = loaded.middleEntries;
    factEntries = loaded.factEntries;
    factsProblems = loaded.problems.map((p) => ({ ...p, message: relativePaths(p.message, root) }));
  } catch (error) {
    index = { ...emptyIndex(), files: files.map((f) => f.file) };
    factsProblems = files.map((f) => crashProblem(f.file, 'facts file', error));
  }
  factsProblems.push(...unreadable);
  const project: Project = {
    root,
    // Counted where the facts loaded (a worker counts them as it loads: ~40 ms at 100,000 facts).
    factEntries: factEntries ?? countFactEntriesIn(files),
    configUri,
    configExists: configText !== undefined,
    config,
    configProblems,
    index,
    factsProblems,
    generation: ++generations,
    ...(middleEntries?.size ? { middleEntries } : {}),
  };
  inputsOf.set(project, inputs);
  return project;
}

/** Messages name files by their path in the workspace, not by URI ("facts.yaml:12", not "file:///…/facts.yaml:12"). */
export function relativePaths(message: string, root: string): string {
  return message.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s`'"),]+/gi, (match) => {
    const trailing = /[.,;:]*$/.exec(match)![0];
    const uri = match.slice(0, match.length - trailing.length);
    const suffix = /:\d+$/.exec(uri)?.[0] ?? '';
    const rel = relativeUri(root, uri.slice(0, uri.length - suffix.length));
    if (rel === undefined) return match;
    try {
      return decodeURIComponent(rel) + suffix + trailing;
    } catch {
      return rel + suffix + trailing;
    }
  });
}

export function factsNotLoaded(project: Pick<Project, 'factEntries' | 'index'>): number {
  return Math.max(0, project.factEntries - factCount(project.index));
}

/** Whether a change to `uri` means the project must be reloaded. */
export function affectsProject(project: Pick<Project, 'root' | 'config'>, uri: string): boolean {
  const rel = relativeUri(project.root, uri);
  if (rel === undefined) return false;
  return rel === CONFIG_FILE || matchesAny(rel, project.config.facts);
}

export function isFactsFile(project: Pick<Project, 'root' | 'config'>, uri: string): boolean {
  const rel = relativeUri(project.root, uri);
  return rel !== undefined && matchesAny(rel, project.config.facts);
}

/** Whether a document is a note to check: any markdown, or a file the config's `notes` globs take. */
export function isNote(project: Pick<Project, 'root' | 'config'>, doc: { uri: string; languageId: string }): boolean {
  if (doc.languageId === 'markdown') return true;
  if (isFactsFile(project, doc.uri)) return false;
  const rel = relativeUri(project.root, doc.uri);
  return rel !== undefined && rel !== CONFIG_FILE && matchesAny(rel, project.config.notes) && !matchesAny(rel, project.config.ignore);
}

function unreadableProblem(file: string, reason: string): FactFileProblem {
  const zero = { line: 0, character: 0 };
  return { file, code: 'unreadable', message: `Claimcheck cannot read this facts file: ${reason}`, severity: 'error', range: { start: zero, end: zero } };
}
