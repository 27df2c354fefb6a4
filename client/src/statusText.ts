// What the status bar item says: pure, so it is tested without VS Code. The item is never
// silent: facts loaded, no facts file, facts file broken, note skipped and why.
import type { StatusParams } from '../../server/src/lsp/protocol';

export const SHOW_PROBLEMS = 'workbench.actions.view.problems';
export const CREATE_FACTS_FILE = 'claimcheck.createFactsFile';
export const OPEN_FACTS_FILE = 'claimcheck.openFactsFile';

export interface StatusView {
  text: string;
  /** Markdown, built only from numbers and file names we escape. */
  tooltip: string;
  command: string;
  /** Background to draw attention: 'error' | 'warning' | undefined. */
  level?: 'error' | 'warning';
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function fileName(uri: string): string {
  let name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    name = decodeURIComponent(name);
  } catch {
    /* keep as is */
  }
  return name.replace(/[\\`*_[\]<>()#|]/g, (c) => `\\${c}`);
}

function factsLine(s: StatusParams): string {
  if (s.factsFiles.length === 0) return 'No facts file found (looked for the `facts` globs of `.claimcheck.yaml`, default `facts.yaml`, `facts/**/*.yaml`).';
  const files = s.factsFiles.map(fileName).join(', ');
  const problems = s.factsProblems > 0 ? `, ${plural(s.factsProblems, 'problem')} in the facts file` : '';
  return `${plural(s.factsCount, 'fact')} from ${files}${problems}.`;
}

/** The status for the active editor: `status.note` is the active note's, when it is one. */
export function statusView(status: StatusParams | undefined): StatusView {
  if (!status) return { text: '$(sync~spin) Claimcheck', tooltip: 'Claimcheck is starting…', command: SHOW_PROBLEMS };
  const lines: string[] = [];
  if (!status.enabled) {
    return { text: 'Claimcheck: off', tooltip: 'Claimcheck is disabled by the setting `claimcheck.enable`.', command: SHOW_PROBLEMS };
  }
  lines.push(factsLine(status));
  if (status.configProblems > 0) lines.push(`\`.claimcheck.yaml\` has ${plural(status.configProblems, 'problem')}; defaults are used where it is wrong.`);
  const note = status.note;
  if (note?.skipped) {
    lines.unshift(note.skipped.replace(/[\\`*_[\]<>()#|]/g, (c) => `\\${c}`));
    const text = note.skippedCode === 'too-large' ? 'Claimcheck: skipped (too large)' : 'Claimcheck: off for this note';
    return { text, tooltip: lines.join('\n\n'), command: SHOW_PROBLEMS, level: note.skippedCode === 'too-large' ? 'warning' : undefined };
  }
  if (status.factsFiles.length === 0) {
    lines.push('Click to create a starter `facts.yaml`.');
    return { text: '$(warning) Claimcheck: no facts file', tooltip: lines.join('\n\n'), command: CREATE_FACTS_FILE, level: 'warning' };
  }
  if (status.factsProblems > 0 && status.factsCount === 0) {
    lines.push('Click to open the facts file.');
    return { text: '$(error) Claimcheck: facts file broken', tooltip: lines.join('\n\n'), command: OPEN_FACTS_FILE, level: 'error' };
  }
  const suffix = status.factsProblems > 0 ? '  · facts file has problems' : status.configProblems > 0 ? '  · config has problems' : '';
  const level = status.factsProblems > 0 || status.configProblems > 0 ? 'warning' : undefined;
  if (!note) return { text: `Claimcheck: ${plural(status.factsCount, 'fact')}${suffix}`, tooltip: lines.join('\n\n'), command: SHOW_PROBLEMS, level };
  const c = note.counts;
  const errors = c.contradicted + c['citation-mismatch'] + c['unknown-citation'];
  const parts: string[] = [];
  // Older servers send no `not-checked` count.
  if ((c['not-checked'] ?? 0) > 0) parts.push('✗ not checked');
  if (errors > 0) parts.push(`✗ ${errors}`);
  if (c.outdated > 0) parts.push(`⚠ ${c.outdated}`);
  if (c.unsourced > 0) parts.push(`? ${c.unsourced}`);
  const text = parts.length > 0 ? parts.join('  ') : `✓ ${c.supported}`;
  lines.unshift(
    [
      `${plural(c.supported, 'supported claim')}`,
      `${c.contradicted} contradicted`,
      `${c.outdated} outdated`,
      `${c.unsourced} unsourced`,
      `${c['citation-mismatch'] + c['unknown-citation']} citation problems`,
    ].join(' · '),
  );
  lines.push('Click to open the Problems view.');
  return { text: `${text}${suffix}`, tooltip: lines.join('\n\n'), command: SHOW_PROBLEMS, level };
}
