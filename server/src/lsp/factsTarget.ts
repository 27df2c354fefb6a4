// Which facts file a new fact goes into, with its current text (open editor first, then disk).
import type { FactsTarget } from './codeActions';
import type { ServerHost } from './host';
import type { OpenDocuments, Project } from './projects';
import { joinUri, relativeUri } from './uri';
import { isCsvFile } from '../core/facts/csvFacts';

/** A closed file's text, read from disk again only when the host's stamp of it has changed. */
export type DiskText = (uri: string) => Promise<string | undefined>;

/**
 * Add Fact's reads of a closed facts file. The quick fixes are asked for each time the cursor rests
 * on an unsourced figure, and reading a 21 MB file (100,000 facts) took 35–90 ms of the server's
 * thread each time. The same text object comes back while the file is unchanged, so its outline is
 * found again at once (factsOutline keeps the last). Holds one file's text: the outline holds it too.
 */
export function diskTextReader(host: Pick<ServerHost, 'readFile' | 'stat'>): DiskText {
  let last: { uri: string; stamp: string; text: string | undefined } | undefined;
  return async (uri) => {
    // Stamped before the read: a write between the two leaves a new stamp, so the next request reads again.
    const stamp = (await host.stat(uri))?.stamp;
    if (stamp !== undefined && last?.uri === uri && last.stamp === stamp) return last.text;
    const text = await host.readFile(uri);
    last = stamp === undefined ? undefined : { uri, stamp, text };
    return text;
  };
}

/** The root's facts.yaml, else the first facts file, else a new file at the first plain facts glob. */
export async function factsTargetFor(project: Project, open: OpenDocuments, readDisk: DiskText): Promise<FactsTarget> {
  const files = project.index.files;
  // A YAML stub goes into a YAML file, never into a CSV sheet.
  const existing = files.find((f) => relativeUri(project.root, f) === 'facts.yaml') ?? files.find((f) => !isCsvFile(f));
  const plain = project.config.facts.find((g) => !/[*?{[]/.test(g)) ?? 'facts.yaml';
  const uri = existing ?? joinUri(project.root, plain);
  return { uri, text: open.text(uri) ?? (await readDisk(uri)) };
}
