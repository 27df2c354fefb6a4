// Quick fixes and the fix-all source action, built from the findings' payload.
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { CheckResult } from '../core/check';
import type { Finding } from '../core/types';
// The fix edits live in the core, shared with `claimcheck check --fix`.
import { citationText, fixAllEdits as coreFixAllEdits, isAutoFixable as isFixable, isCited, replacementEdit as coreReplacementEdit, type NoteEdit } from '../core/fix/fixEdits';
import { factStubFor, stubInsertions, type FactStub } from './factStub';
import { factsOutline } from './factsOutline';
import { FACT_ADDED_COMMAND } from './protocol';
import { rangesIntersect } from './ranges';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.claimcheck`;
export { citationText };

const textEdit = ({ range, newText }: NoteEdit): TextEdit => ({ range, newText });

export function replacementEdit(result: CheckResult, finding: Finding): TextEdit | undefined {
  const edit = coreReplacementEdit(result, finding);
  return edit && textEdit(edit);
}

/** The fix-all edits as LSP TextEdits (the core's, without their offsets). */
export function fixAllEdits(result: CheckResult): TextEdit[] {
  return coreFixAllEdits(result).map(textEdit);
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function diagnosticsFor(finding: Finding, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.code === finding.code && (sameRange(d.range, finding.claim.range) || (finding.citation && sameRange(d.range, finding.citation.range))));
}

export interface FactsTarget {
  uri: string;
  /** Current text, undefined when the file does not exist yet. */
  text: string | undefined;
}

export interface CodeActionInput {
  uri: string;
  version: number;
  text: string;
  result: CheckResult;
  index: import('../core/types').FactIndex;
  range: Range;
  diagnostics: readonly Diagnostic[];
  only?: readonly string[];
  factsTarget?: FactsTarget;
}

function wants(only: readonly string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

export function stubEdit(input: Pick<CodeActionInput, 'uri' | 'version' | 'result' | 'index' | 'factsTarget'>, finding: Finding): { edit: WorkspaceEdit; stub: FactStub } | undefined {
  const target = input.factsTarget;
  if (!target) return undefined;
  const stub = factStubFor(finding, input.result.note.referenceDate, input.index);
  const insertions = stubInsertions(target.text, stub);
  if (!insertions) return undefined;
  // The outline stubInsertions just used: its line index is counted once per facts text, not per request.
  const { position } = factsOutline(target.text ?? '');
  const factsEdits: TextEdit[] = insertions.map((insertion) => ({
    range: { start: position(insertion.offset), end: position(insertion.end ?? insertion.offset) },
    newText: insertion.text,
  }));
  const noteEdit: TextEdit = { range: { start: finding.claim.range.end, end: finding.claim.range.end }, newText: ` ${citationText([stub.id])}` };
  const documentChanges: WorkspaceEdit['documentChanges'] = [];
  if (target.text === undefined) documentChanges.push({ kind: 'create', uri: target.uri, options: { ignoreIfExists: true } });
  documentChanges.push({ textDocument: { uri: target.uri, version: null }, edits: factsEdits });
  documentChanges.push({ textDocument: { uri: input.uri, version: input.version }, edits: [noteEdit] });
  return { edit: { documentChanges }, stub };
}

function disableEdit(input: CodeActionInput, finding: Finding): TextEdit {
  const line = (finding.citation && finding.code.endsWith('citation') ? finding.citation.range : finding.claim.range).start.line;
  const lineText = input.text.split(/\r?\n/, line + 1)[line] ?? '';
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
  const eol = input.text.includes('\r\n') ? '\r\n' : '\n';
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- claimcheck-disable-next-line ${finding.code} -->${eol}` };
}

function noteEditOf(input: CodeActionInput, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [{ textDocument: { uri: input.uri, version: input.version }, edits }] };
}

export function codeActions(input: CodeActionInput): CodeAction[] {
  const actions: CodeAction[] = [];
  const { result } = input;
  if (wants(input.only, CodeActionKind.QuickFix)) {
    for (const finding of result.findings) {
      const findingRange = finding.citation && finding.code.endsWith('citation') ? finding.citation.range : finding.claim.range;
      if (!rangesIntersect(findingRange, input.range)) continue;
      const diagnostics = diagnosticsFor(finding, input.diagnostics);
      const quick = (title: string, edit: WorkspaceEdit, preferred = false): CodeAction => ({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: diagnostics.length > 0 ? diagnostics : undefined,
        isPreferred: preferred || undefined,
        edit,
      });
      const replace = replacementEdit(result, finding);
      if (replace && (isFixable(finding) || finding.code === 'citation-mismatch')) {
        const cited = replace.newText !== finding.suggestion ? ` and cite ${citationText(finding.cite ?? [])}` : '';
        actions.push(quick(`Replace ${finding.claim.text} with the ${finding.derivation ? 'derived' : 'sourced'} ${finding.suggestion}${cited}`, noteEditOf(input, [replace]), true));
      }
      if (finding.code === 'supported' && finding.cite && finding.cite.length > 0 && !isCited(result, finding)) {
        const text = citationText(finding.cite);
        actions.push(quick(`Cite the supporting fact: append ${text}`, noteEditOf(input, [{ range: { start: finding.claim.range.end, end: finding.claim.range.end }, newText: ` ${text}` }]), true));
      }
      // An inconsistent figure is unsourced too: a sourced fact settles which statement is right.
      if (finding.code === 'unsourced' || finding.code === 'inconsistent') {
        const stub = stubEdit(input, finding);
        if (stub && input.factsTarget) {
          const name = input.factsTarget.uri.slice(input.factsTarget.uri.lastIndexOf('/') + 1);
          const action = quick(`Add a fact for ${finding.claim.text} to ${decodeURIComponent(name)} and cite it [@${stub.stub.id}]`, stub.edit);
          // After the edit, the client says where the fact went and offers to open it there.
          action.command = { title: 'Show the added fact', command: FACT_ADDED_COMMAND, arguments: [input.factsTarget.uri, stub.stub.id] };
          actions.push(action);
        }
      }
      if (finding.code !== 'supported') {
        actions.push(quick(`Disable ${finding.code} for the next line`, noteEditOf(input, [disableEdit(input, finding)])));
      }
    }
  }
  if (wants(input.only, FIX_ALL_KIND)) {
    const fixAll = fixAllEdits(result);
    if (fixAll.length > 0) {
      actions.push({
        title: `Fix all contradicted/outdated figures in this file (${fixAll.length})`,
        kind: FIX_ALL_KIND,
        edit: noteEditOf(input, fixAll),
      });
    }
  }
  return actions;
}
