// What the status bar item says: pure, so it is tested without VS Code. The item is never
// silent (starting, off, not set up, facts loaded, facts broken, note skipped) and labelled, so
// its counts are not mistaken for VS Code's own. Colour only for errors in the facts.
import { DEFAULT_FACTS_GLOBS } from '../../server/src/core/config/defaultFacts';
import { coverageText } from '../../server/src/core/coverage';
import { countsByMark, FINDING_CODE_LIST, type FindingMark } from '../../server/src/core/findingCodes';
import type { StatusParams } from '../../server/src/lsp/protocol';

export const SHOW_PROBLEMS = 'workbench.actions.view.problems';
export const CREATE_FACTS_FILE = 'claimcheck.createFactsFile';
export const CREATE_CONFIG_FILE = 'claimcheck.createConfigFile';
export const OPEN_FACTS_FILE = 'claimcheck.openFactsFile';
export const SET_UP = 'claimcheck.setUp';

export interface StatusView {
  text: string;
  /** Markdown, built only from numbers and file names we escape. */
  tooltip: string;
  command: string;
  /** Error background, for facts that did not load (never for a note's own findings). */
  level?: 'error';
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const escape = (s: string) => s.replace(/[\\`*_[\]<>()#|]/g, (c) => `\\${c}`);

function fileName(uri: string): string {
  let name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    name = decodeURIComponent(name);
  } catch {
    /* keep as is */
  }
  return escape(name);
}

/** The facts line of the tooltip, and the warning part of the text when facts did not load. */
function factsLine(s: StatusParams): string {
  if (s.factsFiles.length === 0) return `No facts file found (looked for the \`facts\` globs of \`.claimcheck.yaml\`, default ${DEFAULT_FACTS_GLOBS.map((g) => `\`${g}\``).join(', ')}).`;
  const files = s.factsFiles.map(fileName).join(', ');
  const problems = s.factsProblems > 0 ? `; ${plural(s.factsProblems, 'problem')} in the facts (${plural(s.factsErrors, 'error')})` : '';
  const missing = s.factsNotLoaded > 0 ? `; **${plural(s.factsNotLoaded, 'fact')} did not load**, so claims about them read as unsourced` : '';
  const kept = s.factsKept ? ' Notes are judged against the facts as they were before these errors, until they are fixed or the file is closed.' : '';
  return `${plural(s.factsCount, 'fact')} loaded from ${files}${problems}${missing}.${kept}`;
}

/** "✗ 2  ? 5" from a note's counts; "✓ 4" when nothing is wrong. */
export function countsText(counts: Parameters<typeof countsByMark>[0]): string {
  const byMark = countsByMark(counts);
  const parts = (['✗', '⚠', '?'] as FindingMark[]).filter((m) => byMark[m] > 0).map((m) => `${m} ${byMark[m]}`);
  return parts.length > 0 ? parts.join(' ') : `✓ ${byMark['✓']}`;
}

/** The status for the active editor: `status.note` is the active note's, when it is one. */
export function statusView(status: StatusParams | undefined): StatusView {
  if (!status) return { text: '$(sync~spin) Claimcheck', tooltip: 'Claimcheck is starting…', command: SHOW_PROBLEMS };
  if (!status.enabled) {
    return { text: 'Claimcheck: off', tooltip: 'Claimcheck is turned off by the setting `claimcheck.enable`.', command: SHOW_PROBLEMS };
  }
  if (!status.setUp && !status.checkWithoutFacts) {
    return {
      text: 'Claimcheck: not set up',
      tooltip:
        'This workspace has no facts file and no `.claimcheck.yaml`, so Claimcheck checks nothing here.\n\nClick to set it up (nothing is written until you choose), or turn on `claimcheck.checkWithoutFacts` to see unsourced claims everywhere.',
      command: SET_UP,
    };
  }
  const lines: string[] = [factsLine(status)];
  if (status.configProblems > 0) lines.push(`\`.claimcheck.yaml\` has ${plural(status.configProblems, 'problem')}; defaults are used where it is wrong.`);
  const broken = status.factsErrors > 0 || status.factsNotLoaded > 0;
  const factsSuffix = !broken ? '' : status.factsNotLoaded > 0 ? ` · $(error) ${status.factsNotLoaded} not loaded` : ' · $(error) facts errors';
  const level = broken ? ('error' as const) : undefined;
  const note = status.note;
  if (note?.skipped) {
    lines.unshift(escape(note.skipped));
    const text = note.skippedCode === 'too-large' ? 'Claimcheck: skipped (too large)' : 'Claimcheck: off for this note';
    return { text, tooltip: lines.join('\n\n'), command: SHOW_PROBLEMS };
  }
  if (status.factsFiles.length === 0) {
    lines.push('Click to create a starter `facts.yaml`.');
    return { text: 'Claimcheck: no facts file', tooltip: lines.join('\n\n'), command: CREATE_FACTS_FILE };
  }
  if (broken && status.factsCount === 0) {
    lines.push('Click to open the facts file.');
    return { text: '$(error) Claimcheck: facts not loaded', tooltip: lines.join('\n\n'), command: OPEN_FACTS_FILE, level };
  }
  if (!note) {
    lines.push(broken ? 'Click to open the facts file.' : 'Click to open the Problems view.');
    return { text: `Claimcheck: ${plural(status.factsCount, 'fact')}${factsSuffix}`, tooltip: lines.join('\n\n'), command: broken ? OPEN_FACTS_FILE : SHOW_PROBLEMS, level };
  }
  const byMark = countsByMark(note.counts);
  lines.unshift(
    [
      `${byMark['✓']} supported`,
      `${byMark['✗']} wrong (contradicted or bad citation)`,
      `${byMark['⚠']} ${FINDING_CODE_LIST.filter((c) => c.mark === '⚠').map((c) => c.label).join(' or ')}`,
      `${byMark['?']} unsourced`,
    ].join(' · '),
  );
  if (note.coverage) lines.splice(1, 0, `Coverage: ${note.coverage.figures === 0 ? 'no figures in this note' : coverageText(note.coverage)}.`);
  lines.push('Click to open the Problems view.');
  return { text: `Claimcheck ${countsText(note.counts)}${factsSuffix}`, tooltip: lines.join('\n\n'), command: SHOW_PROBLEMS, level };
}
