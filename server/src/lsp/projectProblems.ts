// Config and facts-file problems as diagnostics on those files; a file fixed since the last
// load has its diagnostics cleared.
import type { Connection, Diagnostic } from 'vscode-languageserver';
import { problemToDiagnostic } from './diagnostics';
import type { Project } from './projects';
import { uriKey } from './uri';

export type ProjectProblemPublisher = (project: Project) => void;

export function projectProblemPublisher(connection: Pick<Connection, 'sendDiagnostics'>, enabled: () => boolean): ProjectProblemPublisher {
  /** Files that got problem diagnostics, per project root key. */
  const published = new Map<string, Set<string>>();
  return (project) => {
    const key = uriKey(project.root);
    const byFile = new Map<string, Diagnostic[]>();
    for (const problem of [...project.configProblems, ...project.factsProblems]) {
      const list = byFile.get(problem.file) ?? [];
      list.push(problemToDiagnostic(problem));
      byFile.set(problem.file, list);
    }
    for (const uri of published.get(key) ?? []) if (!byFile.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    for (const [uri, diagnostics] of byFile) void connection.sendDiagnostics({ uri, diagnostics: enabled() ? diagnostics : [] });
    published.set(key, new Set(byFile.keys()));
  };
}
