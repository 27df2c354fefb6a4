// Which facts file a new fact goes into, with its current text (open editor first, then disk).
import type { FactsTarget } from './codeActions';
import type { ServerHost } from './host';
import type { OpenDocuments, Project } from './projects';
import { joinUri, relativeUri } from './uri';
import { isCsvFile } from '../core/facts/csvFacts';

/** The root's facts.yaml, else the first facts file, else a new file at the first plain facts glob. */
export async function factsTargetFor(project: Project, open: OpenDocuments, host: ServerHost): Promise<FactsTarget> {
  const files = project.index.files;
  // A YAML stub goes into a YAML file, never into a CSV sheet.
  const existing = files.find((f) => relativeUri(project.root, f) === 'facts.yaml') ?? files.find((f) => !isCsvFile(f));
  const plain = project.config.facts.find((g) => !/[*?{[]/.test(g)) ?? 'facts.yaml';
  const uri = existing ?? joinUri(project.root, plain);
  return { uri, text: open.text(uri) ?? (await host.readFile(uri)) };
}
