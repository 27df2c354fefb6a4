// Go to definition (citation or claim → fact entry) and find references (fact → notes).
import type { Location } from 'vscode-languageserver';
import type { CheckResult } from '../core/check';
import type { NoteUses } from './noteUses';
import type { Fact, FactIndex, Position } from '../core/types';
import { containsPosition, rangeSize } from './ranges';
import { factById } from '../core/facts/factLookups';

function factLocation(fact: { location: { file: string; range: Location['range'] } }): Location {
  return { uri: fact.location.file, range: fact.location.range };
}

export function definitionAt(result: CheckResult, index: FactIndex, pos: Position): Location[] | null {
  for (const citation of result.note.citations) {
    for (const key of citation.keys) {
      if (containsPosition(key.range, pos)) {
        const fact = factById(index, key.id);
        return fact ? [factLocation(fact)] : null;
      }
    }
  }
  const finding = result.findings.find((f) => containsPosition(f.claim.range, pos));
  if (!finding || finding.facts.length === 0) return null;
  return finding.facts.filter((f) => f.location?.file).map(factLocation);
}

/** The fact whose entry in the facts file `uri` holds `pos` (the innermost when nested). */
export function factAt(index: FactIndex, uri: string, pos: Position, sameUri: (a: string, b: string) => boolean): Fact | undefined {
  let best: Fact | undefined;
  // Asked once per file, not once per fact: 100,000 facts share a few file names.
  const inFile = new Map<string, boolean>();
  const isInFile = (file: string) => inFile.get(file) ?? inFile.set(file, sameUri(file, uri)).get(file)!;
  for (const fact of index.facts) {
    if (!containsPosition(fact.location.range, pos) || !isInFile(fact.location.file)) continue;
    if (!best || rangeSize(fact.location.range) < rangeSize(best.location.range)) best = fact;
  }
  return best;
}

/** Where a note cites `factId` and which of its claims were judged against that fact. */
export function referencesInNote(uri: string, result: NoteUses, factId: string): Location[] {
  const out: Location[] = [];
  for (const citation of result.note.citations) {
    for (const key of citation.keys) if (key.id === factId) out.push({ uri, range: key.range });
  }
  for (const finding of result.findings) {
    if (finding.code === 'unknown-citation') continue;
    if (finding.facts.some((f) => f.id === factId)) out.push({ uri, range: finding.claim.range });
  }
  return out;
}
