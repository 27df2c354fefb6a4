// The VS Code end-to-end suite: the real .vsix in a real VS Code (code-server) driven through its
// UI in headless Chromium. Each step asserts what a user would see and saves a screenshot.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startCodeServer } from './lib/codeServer.mjs';
import { ROOT } from './lib/env.mjs';
import * as wb from './lib/workbench.mjs';
import { FACTS, NOTE, makeWorkspace, positionOf, readFacts } from './lib/workspace.mjs';

const T = wb.T;
const WRONG = { amazon: '$5 billion', capex: '$200 billion' };
// Claims the engine must not call contradicted at the note's date (supported or unsourced ones).
const NOT_CONTRADICTED = ['100,000 H100 equivalents', '$18 billion', 'north of $4 billion', '$8 billion to $10 billion', '4% to 6%'];

class StepFailure extends Error {}
const fail = (msg) => {
  throw new StepFailure(msg);
};

/** Polls the Problems panel until `predicate(reading)` holds or the timeout ends; returns the last reading. */
async function waitForProblems(page, predicate, timeout = T.lsp) {
  const end = Date.now() + timeout;
  for (;;) {
    const reading = await wb.readProblems(page);
    if (predicate(reading) || Date.now() > end) return reading;
    await page.waitForTimeout(250);
  }
}

const inNote = (m) => m.file === 'anthropic-compute.md';
const inFacts = (m) => m.file === 'facts.yaml';
const isCode = (m, code) => m.source === 'claimcheck' && m.code === code;
const at = (m, pos) => m.line === pos.line && m.column === pos.column;
const contradictedAt = (r, pos) => r.markers.find((m) => inNote(m) && at(m, pos) && isCode(m, 'contradicted'));
const panelDump = (r) => `Problems panel showed:\n${r.text || '(nothing)'}${r.complete ? '' : '\n(the panel did not render every row)'}`;

/** Node ids of language server processes started from this profile's extensions dir. */
function serverProcesses(extensionsDir) {
  const found = [];
  for (const pid of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    let cmd = '';
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    } catch {
      continue;
    }
    if (cmd.includes(extensionsDir) && /dist\/server\.js/.test(cmd)) found.push(`${pid}: ${cmd.trim()}`);
  }
  return found;
}

/** An output channel's log files (one per extension host session) under a code-server logs dir ("1-Claimcheck Trace.log"). */
function channelLogs(dir, channel) {
  if (!existsSync(dir)) return [];
  const name = new RegExp(`(^|/)(\\d+-)?${channel}\\.log$`);
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((rel) => name.test(rel))
    .map((rel) => join(dir, rel));
}

/**
 * Runs the suite. mode 'node': the extension in the Node extension host; 'web': the same .vsix
 * forced into the web worker extension host (remote.extensionKind = web).
 */
/** The status item's text, whitespace-normalised. */
async function statusText(page) {
  const item = page.locator('.statusbar-item[id*="claimcheck" i]').first();
  if (!(await item.isVisible().catch(() => false))) return '(no Claimcheck status item)';
  return (await item.innerText()).replace(/\s+/g, ' ').trim();
}

/** Polls the status item until `predicate(text)` holds or the timeout ends; returns the last text. */
async function waitForStatus(page, predicate, timeout = T.lsp) {
  const end = Date.now() + timeout;
  for (;;) {
    const text = await statusText(page);
    if (predicate(text) || Date.now() > end) return text;
    await page.waitForTimeout(200);
  }
}

/** Changes a setting as the Settings editor does: in the settings file on disk, which VS Code watches. */
function setSetting(file, key, value) {
  mkdirSync(dirname(file), { recursive: true });
  const settings = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  settings[key] = value;
  writeFileSync(file, JSON.stringify(settings, null, 2));
}

export async function runVscodeSuite({ mode, vsix, extensionId, workDir, shotsDir, steps, hoverShot }) {
  mkdirSync(shotsDir, { recursive: true });
  const ws = makeWorkspace(join(workDir, 'workspace'));
  const noteFile = join(ws, NOTE);
  const factsFile = join(ws, FACTS);
  const noteText = readFileSync(noteFile, 'utf8');
  const factsText = readFileSync(factsFile, 'utf8');
  const facts = readFacts(factsFile);
  const pos = Object.fromEntries(Object.entries(WRONG).map(([k, v]) => [k, positionOf(noteText, v)]));
  const results = [];
  const timings = {};
  const t0 = Date.now();

  const extraSettings = mode === 'web' ? { 'remote.extensionKind': { [extensionId]: ['web'] } } : {};
  const cs = await startCodeServer({ dir: workDir, vsix, workspace: ws, extraSettings });
  timings.codeServer = Date.now() - t0;
  let browser;
  try {
    if (mode === 'web') {
      // Without the browser build in the .vsix every step would only time out: say why at once.
      const installed = join(cs.extensionsDir, cs.extensionId);
      const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
      const missing = [pkg.browser ? null : 'package.json "browser"', ...[pkg.browser, 'dist/browser/server.js'].filter((f) => f && !existsSync(join(installed, f)))].filter(Boolean);
      if (missing.length) {
        results.push({ name: `vscode[${mode}] the .vsix holds the web extension`, ok: false, error: `expected the web extension in the installed .vsix; missing: ${missing.join(', ')} (package.json needs "browser": "./dist/browser/client.js" and .vscodeignore needs !dist/browser/*.js)` });
        return { results, timings };
      }
    }
    browser = await wb.launchBrowser();
    const { page, consoleLines } = await wb.openWorkbench(browser, cs.url);
    timings.workbench = Date.now() - t0;

    const step = async (id, name, fn) => {
      if (steps && !steps.includes(id)) return;
      const s0 = Date.now();
      let error;
      try {
        await page.keyboard.press('Escape'); // start from a quiet workbench: no menu or widget left open
        await fn();
      } catch (e) {
        error = e instanceof StepFailure ? e.message : `${e.stack || e}`;
      }
      const shot = join(shotsDir, `${String(id).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
      await page.screenshot({ path: shot }).catch(() => {});
      results.push({ name: `vscode[${mode}] ${id}. ${name}`, ok: !error, error, ms: Date.now() - s0, shot });
    };

    await step(0, 'open the note', async () => {
      await wb.openFile(page, NOTE);
    });

    await step(1, 'problems panel lists the contradicted findings', async () => {
      await wb.showProblems(page);
      const r = await waitForProblems(page, (r) => r.complete && Object.values(pos).every((p) => contradictedAt(r, p)));
      if (!r.complete) fail(`expected the Problems panel to render every problem of the note. ${panelDump(r)}`);
      for (const [what, p] of Object.entries(pos)) {
        const m = contradictedAt(r, p);
        if (!m) fail(`expected a claimcheck(contradicted) problem on ${WRONG[what]} at [Ln ${p.line}, Col ${p.column}] of ${NOTE}. ${panelDump(r)}`);
        if (m.severity !== 'error') fail(`expected the contradicted problem on ${WRONG[what]} to be an error, it shows as ${m.severity}. ${panelDump(r)}`);
      }
      for (const claim of NOT_CONTRADICTED) {
        const p = positionOf(noteText, claim);
        if (contradictedAt(r, p)) fail(`expected no contradicted problem on the claim "${claim}" at [Ln ${p.line}, Col ${p.column}]. ${panelDump(r)}`);
      }
      const foreign = r.markers.filter((m) => inNote(m) && (m.source !== 'claimcheck' || !m.code));
      if (foreign.length) fail(`expected every problem of the note to come from claimcheck (with a code). ${panelDump(r)}`);
      if (mode === 'node' && serverProcesses(cs.extensionsDir).length === 0) fail('expected the Node language server process (dist/server.js) to run in the Node extension host; none found');
      if (mode === 'web' && serverProcesses(cs.extensionsDir).length > 0) fail(`expected no Node server process in web worker mode, found:\n${serverProcesses(cs.extensionsDir).join('\n')}`);
    });

    await step(2, 'hover shows the verdict and the sources', async () => {
      // Hover once the note has been checked (its finding is in the Problems panel).
      const r = await waitForProblems(page, (r) => !!contradictedAt(r, pos.amazon));
      if (!contradictedAt(r, pos.amazon)) fail(`expected the note to be checked before hovering. ${panelDump(r)}`);
      await wb.focusEditor(page);
      await wb.goTo(page, pos.amazon.line, pos.amazon.column + 1);
      // Wait for a link to one of Amazon's sources: the problem's part of the hover has a link of its own (its code's page).
      const sources = facts.filter((f) => f.url && f.entities.includes('amazon')).map((f) => f.url);
      const hover = await wb.hoverOver(page, WRONG.amazon, { until: /contradicted/i, withLinks: sources });
      const where = `Hover showed:\n${hover.text}\nLinks: ${JSON.stringify(hover.links)}`;
      if (!/contradicted/i.test(hover.text)) fail(`expected the verdict "contradicted" in the hover of ${WRONG.amazon}. ${where}`);
      const sourced = hover.links
        .map((l) => ({ link: l, fact: facts.find((f) => f.url && (l.href === f.url || l.title === f.url)) }))
        .filter((x) => x.fact);
      if (sourced.length === 0) fail(`expected the hover to link at least one source URL of ${FACTS}. ${where}`);
      for (const { link, fact } of sourced) {
        if (link.text !== fact.title) fail(`expected the link to ${fact.url} to read "${fact.title}" (its source title), it reads "${link.text}". ${where}`);
        if (!fact.entities.includes('amazon')) fail(`expected only Amazon's facts in the hover of Amazon's ${WRONG.amazon}, found ${fact.id}. ${where}`);
      }
      if (hoverShot) await saveHoverShot(page, pos.amazon, hoverShot);
    });

    await step(6, 'status bar shows the note counts', async () => {
      await wb.focusEditor(page);
      const item = page.locator('.statusbar-item[id*="claimcheck" i]').first();
      await item.waitFor({ state: 'visible', timeout: T.lsp }).catch(() => {});
      const items = await page.evaluate(() =>
        [...document.querySelectorAll('.statusbar-item')].map((e) => `${e.id} | ${e.getAttribute('aria-label')} | ${e.innerText.trim()}`),
      );
      const mine = items.filter((s) => /claimcheck/i.test(s.split(' | ')[0]));
      if (mine.length === 0) fail(`expected a Claimcheck status bar item; the status bar shows:\n${items.join('\n')}`);
      const r = await wb.readProblems(page);
      const mine_ = r.markers.filter((m) => inNote(m) && m.source === 'claimcheck');
      const count = (pred) => mine_.filter(pred).length;
      // What the item must count, read off the Problems panel: errors, outdated, unsourced.
      const expected = {
        '✗': count((m) => m.severity === 'error'),
        '⚠': count((m) => isCode(m, 'outdated')),
        '?': count((m) => isCode(m, 'unsourced')),
      };
      const label = await item.getAttribute('aria-label');
      const text = (await item.innerText()).replace(/\s+/g, ' ').trim();
      for (const [sym, n] of Object.entries(expected)) {
        const shows = new RegExp(`(^|\\s)\\${sym} ${n}(\\s|$)`).test(text);
        if (n > 0 ? !shows : text.includes(sym))
          fail(`expected the status item to show ${n > 0 ? `"${sym} ${n}"` : `no "${sym}"`} (counted in the Problems panel), it shows "${text}" (aria-label "${label}"). ${panelDump(r)}`);
      }
      const contradicted = count((m) => isCode(m, 'contradicted'));
      if (contradicted === 0) fail(`expected contradicted findings in the note. ${panelDump(r)}`);
    });

    await step(5, 'a broken facts file shows its problem; fixing it clears it', async () => {
      const ids = facts.map((f) => f.id);
      const lines = factsText.split('\n');
      const secondIdLine = lines.findIndex((l) => l.includes(`- id: ${ids[1]}`)) + 1;
      const original = lines[secondIdLine - 1];
      const indent = /^\s*/.exec(original)[0];
      await wb.openFile(page, FACTS);
      const rewrite = async (text) => {
        await wb.goTo(page, secondIdLine, original.length + 1);
        await page.keyboard.press('Shift+Home');
        await page.keyboard.type(text.trimStart());
        await page.keyboard.press('Control+s');
      };
      await rewrite(`${indent}- id: ${ids[0]}`);
      await waitForDisk(factsFile, (t) => t.includes(`- id: ${ids[0]}\n`) && !t.includes(`- id: ${ids[1]}\n`), `${FACTS} saved with a duplicate id`);
      // The facts file is checked as it is typed: wait for the state after the whole edit.
      const duplicateProblem = (r) => r.markers.find((m) => inFacts(m) && m.source === 'claimcheck' && m.line === secondIdLine && /duplicate/i.test(m.message));
      let r = await waitForProblems(page, (r) => !!duplicateProblem(r));
      if (!duplicateProblem(r)) fail(`expected a claimcheck problem saying the id ${ids[0]} is a duplicate on ${FACTS} line ${secondIdLine}. ${panelDump(r)}`);
      for (const [what, p] of Object.entries(pos)) {
        if (!contradictedAt(r, p)) fail(`expected the note to keep its contradicted finding on ${WRONG[what]} while ${FACTS} is broken. ${panelDump(r)}`);
      }
      await page.screenshot({ path: join(shotsDir, '05a-facts-broken.png') });
      await rewrite(original);
      await waitForDisk(factsFile, (t) => t === factsText, `${FACTS} restored`);
      r = await waitForProblems(page, (r) => !r.markers.some(inFacts) && Object.values(pos).every((p) => contradictedAt(r, p)));
      if (r.markers.some(inFacts)) fail(`expected no problem on ${FACTS} after fixing it. ${panelDump(r)}`);
      for (const [what, p] of Object.entries(pos)) {
        if (!contradictedAt(r, p)) fail(`expected the contradicted finding on ${WRONG[what]} after fixing ${FACTS}. ${panelDump(r)}`);
      }
    });

    await step(3, 'quick fix rewrites the figure and cites the fact', async () => {
      await wb.openFile(page, NOTE);
      await wb.goTo(page, pos.capex.line, pos.capex.column + 1);
      const widget = await wb.openQuickFixMenu(page);
      const wanted = widget.locator('.monaco-list-row', { hasText: `Replace ${WRONG.capex} with` }).first();
      await widget.locator('.monaco-list-row').first().waitFor({ state: 'visible', timeout: T.ui }); // the menu opens with its actions computed
      const titles = await widget.locator('.monaco-list-row').allInnerTexts();
      if (!(await wanted.isVisible())) fail(`expected a quick fix "Replace ${WRONG.capex} with …" after Ctrl+.; the menu shows:\n${titles.join('\n')}`);
      const title = (await wanted.getAttribute('aria-label')).trim();
      const m = /with the sourced (.+?)(?: and cite (\[@[^\]]+\]))?$/.exec(title);
      if (!m) fail(`expected the quick fix title to name the sourced value and the citation, it is: ${title}`);
      const replacement = m[2] ? `${m[1]} ${m[2]}` : m[1];
      await page.screenshot({ path: join(shotsDir, '03a-quick-fix-menu.png') });
      // Arrow to the action as a keyboard user does (the menu blocks pointer events while it opens).
      const focusedTitle = () => widget.locator('.monaco-list-row.focused').first().getAttribute('aria-label');
      for (let i = 0; i < titles.length && (await focusedTitle()) !== title; i++) await page.keyboard.press('ArrowDown');
      if ((await focusedTitle()) !== title) fail(`expected to reach the quick fix "${title}" with the arrow keys; the focused entry is "${await focusedTitle()}"`);
      await page.keyboard.press('Enter');
      await widget.waitFor({ state: 'hidden', timeout: T.ui });
      // The figure and the citation are checked apart: once re-checked, an inlay hint
      // ("✓ source title") is drawn between them. The saved file is compared whole below.
      const parts = m[2] ? [m[1], m[2]] : [m[1]];
      await page
        .waitForFunction(
          (ps) => {
            const text = document.querySelector('.editor-group-container.active .view-lines')?.textContent.replace(/\u00a0/g, ' ') ?? '';
            return ps.every((p) => text.includes(p));
          },
          parts,
          { timeout: T.ui },
        )
        .catch(() => {});
      const shownText = await wb.visibleEditorText(page);
      const flat = shownText.replace(/\n/g, '');
      if (!parts.every((p) => flat.includes(p)))
        fail(`expected the editor to show "${replacement}" after the quick fix "${title}"; it shows:\n${shownText}`);
      if (!m[2]) fail(`expected the quick fix to append a citation [@fact-id]; its title: ${title}`);
      await page.keyboard.press('Control+s');
      const expectedText = noteText.replace(WRONG.capex, replacement);
      await waitForDisk(noteFile, (t) => t === expectedText, `${NOTE} saved after the quick fix, with "${WRONG.capex}" replaced by "${replacement}"`);
      const r = await waitForProblems(page, (r) => !contradictedAt(r, pos.capex) && !!contradictedAt(r, pos.amazon));
      if (contradictedAt(r, pos.capex)) fail(`expected the contradicted problem at [Ln ${pos.capex.line}, Col ${pos.capex.column}] to go away after the quick fix. ${panelDump(r)}`);
      if (!contradictedAt(r, pos.amazon)) fail(`expected the other contradicted problem (${WRONG.amazon}) to remain. ${panelDump(r)}`);
    });

    await step(4, 'typing [@ offers the fact ids', async () => {
      await wb.openFile(page, NOTE);
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.keyboard.type("Amazon's latest tranche [@");
      const labels = async () => (await page.locator('.suggest-widget.visible .monaco-list-row .label-name').allInnerTexts()).map((s) => s.trim());
      const ids = new Set(facts.map((f) => f.id));
      // The widget may open first with a stale or partial list (the web host answers later): wait
      // until it shows only fact ids, then read it.
      await page
        .waitForFunction(
          (known) => {
            const shown = [...document.querySelectorAll('.suggest-widget.visible .monaco-list-row .label-name')].map((e) => e.textContent.trim());
            return shown.length > 0 && shown.every((l) => known.includes(l));
          },
          [...ids],
          { timeout: T.lsp },
        )
        .catch(() => {});
      const offered = await labels();
      if (offered.length === 0) fail(`expected the suggestion list to open after typing "[@"; the editor shows:\n${await wb.visibleEditorText(page)}`);
      const strangers = offered.filter((l) => !ids.has(l));
      if (strangers.length) fail(`expected only fact ids of ${FACTS} in the suggestions, found: ${strangers.join(', ')} (all: ${offered.join(', ')})`);
      await page.screenshot({ path: join(shotsDir, '04a-completion-list.png') });
      // An id with '-' in it: each separator re-asks the server, so the list keeps narrowing.
      const typed = 'amazon-anthropic-2024-1';
      const expected = [...ids].filter((id) => id.startsWith(typed)).sort();
      if (expected.length === 0) fail(`the test expects a fact id starting with "${typed}" in ${FACTS}`);
      await page.keyboard.type(typed);
      await page
        .waitForFunction(
          ([t, n]) => {
            const shown = [...document.querySelectorAll('.suggest-widget.visible .monaco-list-row .label-name')].map((e) => e.textContent.trim());
            return shown.length === n && shown.every((l) => l.startsWith(t));
          },
          [typed, expected.length],
          { timeout: T.ui },
        )
        .catch(() => {});
      const narrowed = (await labels()).sort();
      if (JSON.stringify(narrowed) !== JSON.stringify(expected)) fail(`expected the suggestions after typing "${typed}" to be exactly ${expected.join(', ')}; the list shows: ${narrowed.join(', ')}`);
      const focused = (await page.locator('.suggest-widget.visible .monaco-list-row.focused .label-name').allInnerTexts()).map((s) => s.trim());
      await page.keyboard.press('Enter');
      await page.locator('.suggest-widget.visible').waitFor({ state: 'hidden', timeout: T.ui });
      // The re-check that follows draws inlay hints on the lines above, which can push the typed
      // line below the viewport: End keeps the cursor on its line and reveals it, as a user looks.
      await page.keyboard.press('End');
      await page
        .waitForFunction(
          (want) => (document.querySelector('.editor-group-container.active .view-lines')?.textContent.replace(/\u00a0/g, ' ') ?? '').includes(want),
          `[@${focused[0]}`,
          { timeout: T.ui },
        )
        .catch(() => {});
      const text = await wb.visibleEditorText(page);
      if (!text.includes(`[@${focused[0]}`)) fail(`expected the editor to show "[@${focused[0]}" after accepting the suggestion; it shows:\n${text}`);
    });

    await step(7, 'status item follows the active editor and the enable setting', async () => {
      // Workspace settings: VS Code watches the workspace's .vscode/settings.json as it watches every workspace file.
      const settingsFile = join(ws, '.vscode', 'settings.json');
      const counts = /^Claimcheck (✗|⚠|\?|✓) \d/;
      await wb.openFile(page, NOTE);
      let text = await waitForStatus(page, (t) => counts.test(t));
      if (!counts.test(text)) fail(`expected the status item to show the note's counts ("Claimcheck ✗ 2 ? 5"), it shows "${text}"`);
      const noteCounts = text;
      await wb.openFile(page, FACTS);
      text = await waitForStatus(page, (t) => /^Claimcheck: \d+ facts?/.test(t));
      if (!/^Claimcheck: \d+ facts?/.test(text)) fail(`expected "Claimcheck: N facts" on ${FACTS}, the status item shows "${text}"`);
      await wb.openFile(page, NOTE);
      text = await waitForStatus(page, (t) => t === noteCounts);
      if (text !== noteCounts) fail(`expected the note's counts "${noteCounts}" again after switching back from ${FACTS}, the status item shows "${text}"`);
      setSetting(settingsFile, 'claimcheck.enable', false);
      text = await waitForStatus(page, (t) => t === 'Claimcheck: off');
      if (text !== 'Claimcheck: off') fail(`expected "Claimcheck: off" after turning claimcheck.enable off, the status item shows "${text}"`);
      let r = await waitForProblems(page, (r) => !r.markers.some(inNote));
      if (r.markers.some(inNote)) fail(`expected no problems for the note with claimcheck.enable off. ${panelDump(r)}`);
      await page.screenshot({ path: join(shotsDir, '07a-disabled.png') });
      setSetting(settingsFile, 'claimcheck.enable', true);
      text = await waitForStatus(page, (t) => t === noteCounts);
      if (text !== noteCounts) fail(`expected the note's counts "${noteCounts}" after turning claimcheck.enable on again, the status item shows "${text}"`);
      // (The capex figure was fixed by the quick fix step; Amazon's stays wrong.)
      r = await waitForProblems(page, (r) => !!contradictedAt(r, pos.amazon));
      if (!contradictedAt(r, pos.amazon)) fail(`expected the contradicted problem on ${WRONG.amazon} back after re-enabling. ${panelDump(r)}`);
    });

    await step(8, 'a YAML error in the facts file: one problem, the note keeps its errors', async () => {
      // Delete one "}" of an entity no wrong figure depends on: only that entity (and its facts) drop out.
      const entityLine = factsText.split('\n').find((l) => /^\s+xai: \{.*\}\s*$/.test(l));
      if (!entityLine) fail(`the test expects an entity line "xai: { ... }" in ${FACTS}`);
      const broken = factsText.replace(entityLine, entityLine.replace(/\}\s*$/, ''));
      const brokenLine = factsText.split('\n').indexOf(entityLine) + 1;
      await wb.openFile(page, NOTE);
      writeFileSync(factsFile, broken);
      const inFactsErrors = (r) => r.markers.filter((m) => inFacts(m) && m.source === 'claimcheck' && m.severity === 'error');
      let r = await waitForProblems(page, (r) => inFactsErrors(r).length > 0 && !!contradictedAt(r, pos.amazon));
      const errs = inFactsErrors(r);
      if (errs.length !== 1) fail(`expected exactly one error on ${FACTS} for one deleted "}", found ${errs.length}. ${panelDump(r)}`);
      if (errs[0].line !== brokenLine) fail(`expected the error on ${FACTS} line ${brokenLine} (where the "}" is missing), it is on line ${errs[0].line}. ${panelDump(r)}`);
      const kept = contradictedAt(r, pos.amazon);
      if (!kept || kept.severity !== 'error') fail(`expected the note to keep its red contradicted error on ${WRONG.amazon} (facts outside the broken entity) while ${FACTS} has a YAML error. ${panelDump(r)}`);
      // Facts that dropped out are counted ("N not loaded"); while the facts file is open in the
      // editor the notes keep the facts from before the error instead, and the item says so.
      const flagged = /not loaded|facts errors/;
      const text = await waitForStatus(page, (t) => flagged.test(t));
      if (!flagged.test(text)) fail(`expected the status item to flag the facts file's error ("N not loaded" or "facts errors"), it shows "${text}"`);
      await page.screenshot({ path: join(shotsDir, '08a-facts-yaml-error.png') });
      writeFileSync(factsFile, factsText);
      r = await waitForProblems(page, (r) => inFactsErrors(r).length === 0);
      if (inFactsErrors(r).length) fail(`expected no error on ${FACTS} once the "}" is back. ${panelDump(r)}`);
    });

    await step(11, 'the Claimcheck view in the Explorer leads from an entity to a fact and to the note that uses it', async () => {
      const fact = 'xai-colossus-gpus-2024-09';
      const claim = '100,000 H100 equivalents';
      const claimAt = positionOf(noteText, claim);
      const factLine = factsText.split('\n').findIndex((l) => l.includes(`- id: ${fact}`)) + 1;
      if (factLine === 0) fail(`the test expects the fact ${fact} in ${FACTS}`);
      await wb.openFile(page, NOTE);
      const header = page.locator('.sidebar .pane-header', { has: page.locator('h3.title', { hasText: /^claimcheck$/i }) }).first();
      await header.waitFor({ state: 'visible', timeout: T.ui }).catch(() => {});
      if (!(await header.isVisible())) {
        const headers = await page.locator('.sidebar .pane-header h3.title').allInnerTexts();
        fail(`expected a "Claimcheck" view in the Explorer of a set-up workspace; the sidebar shows: ${headers.join(', ')}`);
      }
      // Views below the file tree start collapsed: open it as a user does, by its header, and
      // fold the file tree away so the view has room (restored at the end of the step).
      const titled = (re) => page.locator('.pane-header', { has: page.locator('h3.title', { hasText: re }) });
      const folders = page.locator('.sidebar').locator(titled(/^workspace$/i)).first();
      if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
      if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
      await page.locator('.sidebar .pane-header[aria-expanded="true"]', { has: page.locator('h3.title', { hasText: /^claimcheck$/i }) }).first().waitFor({ timeout: T.ui });
      const pane = page.locator('.sidebar .pane', { has: titled(/^claimcheck$/i) }).first();
      try {
        const exact = (label) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
        const row = (label) => pane.locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: exact(label) }) }).first();
        const rowsShown = async () => (await pane.locator('.monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()).join('\n');
        const expand = async (label) => {
          const r = row(label);
          await r.waitFor({ state: 'visible', timeout: T.lsp }).catch(() => {});
          if (!(await r.isVisible())) fail(`expected "${label}" in the Claimcheck view; it shows:\n${await rowsShown()}`);
          if ((await r.getAttribute('aria-expanded')) !== 'true') await r.locator('.monaco-tl-twistie').click();
          await pane.locator('.monaco-list-row[aria-expanded="true"]', { has: page.locator('.label-name', { hasText: exact(label) }) }).first().waitFor({ timeout: T.ui });
        };
        await expand('xAI');
        await expand('gpu_count');
        // The fact reads as its value, dated, with how many notes use it.
        const factRow = row('100,000 GPU');
        await factRow.waitFor({ state: 'visible', timeout: T.ui });
        const factText = (await factRow.innerText()).replace(/\s+/g, ' ');
        if (!/2024-09-02/.test(factText) || !/1 note/.test(factText)) fail(`expected the fact row to show its date and "1 note", it reads "${factText}"`);
        // A click on the fact opens its entry in the facts file.
        await factRow.click();
        await page.waitForSelector(`.tabs-container .tab.active[aria-label^="${FACTS}"]`, { timeout: T.ui }).catch(() => {});
        const selection = page.locator('.statusbar-item[id="status.editor.selection"]');
        const waitForSelection = async (re) => {
          let text = await selection.innerText().catch(() => '');
          for (const until = Date.now() + T.ui; !re.test(text) && Date.now() < until; text = await selection.innerText().catch(() => '')) await page.waitForTimeout(100);
          return text;
        };
        let active = await page.locator('.tabs-container .tab.active').first().getAttribute('aria-label');
        if (!active?.startsWith(FACTS)) fail(`expected ${FACTS} to open on a click on the fact, the active tab is "${active}"`);
        let at = await waitForSelection(new RegExp(`Ln ${factLine},`));
        if (!new RegExp(`Ln ${factLine},`).test(at)) fail(`expected the cursor on the fact's line ${factLine} of ${FACTS}, the editor says "${at}"`);
        // Under the fact, the note that matched it; a click opens the claim, selected.
        await expand('100,000 GPU');
        const useLabel = `${NOTE}:${claimAt.line}`;
        const useRow = row(useLabel);
        await useRow.waitFor({ state: 'visible', timeout: T.ui }).catch(() => {});
        if (!(await useRow.isVisible())) fail(`expected "${useLabel}" under the fact; the view shows:\n${await rowsShown()}`);
        const useText = (await useRow.innerText()).replace(/\s+/g, ' ');
        if (!useText.includes(claim) || !/supported/.test(useText)) fail(`expected the note row to show "${claim}" and its verdict "supported", it reads "${useText}"`);
        await page.screenshot({ path: join(shotsDir, '11a-facts-view.png') });
        await useRow.click();
        await page.waitForSelector('.tabs-container .tab.active[aria-label^="anthropic-compute.md"]', { timeout: T.ui }).catch(() => {});
        active = await page.locator('.tabs-container .tab.active').first().getAttribute('aria-label');
        if (!active?.startsWith('anthropic-compute.md')) fail(`expected ${NOTE} to open on a click on its row, the active tab is "${active}"`);
        const selected = new RegExp(`Ln ${claimAt.line}, Col ${claimAt.column + claim.length} \\(${claim.length} selected\\)`);
        at = await waitForSelection(selected);
        if (!selected.test(at)) fail(`expected "${claim}" selected at line ${claimAt.line} of ${NOTE}, the editor says "${at}"`);
        // A note saved outside the editor that matches the same fact: the view follows, then follows its deletion.
        const extra = join(ws, 'notes', 'colossus.md');
        const factShows = async (re) => {
          let text = '';
          for (const until = Date.now() + T.lsp; Date.now() < until; await page.waitForTimeout(200)) {
            text = (await factRow.innerText().catch(() => '')).replace(/\s+/g, ' ');
            if (re.test(text)) return text;
          }
          return text;
        };
        writeFileSync(extra, '---\ndate: 2024-10-01\n---\n# Colossus\n\nxAI reached 100,000 H100 equivalents in September.\n');
        let shows = await factShows(/2 notes/);
        if (!/2 notes/.test(shows)) fail(`expected the fact row to count 2 notes once notes/colossus.md matches it, it reads "${shows}"`);
        const extraRow = row('notes/colossus.md:6');
        await extraRow.waitFor({ state: 'visible', timeout: T.ui }).catch(() => {});
        if (!(await extraRow.isVisible())) fail(`expected "notes/colossus.md:6" under the fact; the view shows:\n${await rowsShown()}`);
        unlinkSync(extra);
        shows = await factShows(/1 note$/);
        if (!/1 note$/.test(shows)) fail(`expected the fact row back to 1 note once notes/colossus.md is deleted, it reads "${shows}"`);
      } finally {
        if ((await folders.getAttribute('aria-expanded')) !== 'true') await folders.click();
        await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: T.ui });
      }
    });

    await step(9, 'Developer: Reload Window logs no failed request, and the note is checked again', async () => {
      await wb.openFile(page, NOTE);
      await wb.goTo(page, pos.amazon.line, pos.amazon.column + 1); // the cursor on a finding: VS Code asks for code actions
      const consoleBefore = consoleLines.length;
      await wb.runCommand(page, 'Developer: Reload Window');
      await page.waitForSelector('.monaco-workbench', { timeout: T.workbench });
      await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: T.workbench });
      await wb.openFile(page, NOTE);
      await wb.goTo(page, pos.amazon.line, pos.amazon.column + 1);
      await wb.showProblems(page);
      const r = await waitForProblems(page, (r) => !!contradictedAt(r, pos.amazon));
      if (!contradictedAt(r, pos.amazon)) fail(`expected the note checked again after the reload (${WRONG.amazon} contradicted). ${panelDump(r)}`);
      // The node host writes the extension's output channel to disk; the web worker's stays in the browser, whose console we read.
      const failed = /Starting server failed|Request \S+ failed/;
      const logs = mode === 'node' ? channelLogs(join(workDir, 'user-data', 'logs'), 'Claimcheck') : [];
      if (mode === 'node' && logs.length < 2) fail(`expected a Claimcheck log before and after the reload under user-data/logs, found: ${logs.join(', ') || 'none'}`);
      const bad = [
        ...logs.flatMap((file) => readFileSync(file, 'utf8').split('\n').filter((l) => failed.test(l)).map((l) => `${file}: ${l}`)),
        ...consoleLines.slice(consoleBefore).filter((l) => failed.test(l)),
      ];
      if (bad.length) fail(`expected no failed request logged around the window reload, found:\n${bad.join('\n')}`);
    });

    if (mode === 'node')
      // The node host writes output channels to disk (the web worker's stay in the browser).
      await step(10, 'claimcheck.trace.server verbose traces the messages into "Claimcheck Trace"', async () => {
        const settingsFile = join(ws, '.vscode', 'settings.json');
        const logsDir = join(workDir, 'user-data', 'logs');
        const traced = () => channelLogs(logsDir, 'Claimcheck Trace').some((f) => /Sending request 'textDocument\/\w+/.test(readFileSync(f, 'utf8')));
        if (traced()) fail('expected no trace before claimcheck.trace.server is set');
        setSetting(settingsFile, 'claimcheck.trace.server', 'verbose');
        await wb.openFile(page, NOTE);
        const end = Date.now() + T.lsp;
        for (let line = 1; !traced() && Date.now() < end; line = (line % 5) + 1) {
          await wb.goTo(page, pos.amazon.line, pos.amazon.column + line); // moving the cursor asks for code actions
          await page.waitForTimeout(500);
        }
        setSetting(settingsFile, 'claimcheck.trace.server', 'off');
        if (!traced()) fail(`expected "Sending request 'textDocument/…'" lines in the Claimcheck Trace channel with claimcheck.trace.server = verbose; logs: ${channelLogs(logsDir, 'Claimcheck Trace').join(', ') || 'none'}`);
      });

    writeFileSync(join(shotsDir, 'console.log'), consoleLines.join('\n'));
  } finally {
    if (browser) await browser.close().catch(() => {});
    await cs.stop();
    copyFileSync(cs.log, join(shotsDir, 'code-server.log'));
  }
  timings.total = Date.now() - t0;
  return { results, timings };
}

/**
 * The README's picture: the hover of the contradicted claim, whole. VS Code caps a hover at a
 * quarter of the editor's height, so the shot is taken in a tall window without the panel.
 */
async function saveHoverShot(page, position, file) {
  const viewport = page.viewportSize();
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+j'); // hide the panel: a wider editor, a wider hover
  await page.locator('.markers-panel').waitFor({ state: 'hidden', timeout: T.ui });
  await page.setViewportSize({ width: 1300, height: 4400 });
  await wb.focusEditor(page);
  await wb.goTo(page, position.line, position.column + 1);
  const hover = await wb.hoverOver(page, WRONG.amazon, { until: /contradicted/i, withLinks: true });
  if (!/contradicted/i.test(hover.text)) fail(`expected the hover for the README screenshot to show the verdict; it shows:\n${hover.text}`);
  const box = await page.locator('.monaco-editor .monaco-hover:not(.hidden)').first().boundingBox();
  const claim = await wb.textBox(page, WRONG.amazon);
  const editor = await page.locator('.editor-group-container.active .monaco-editor').first().boundingBox();
  const x = Math.max(0, Math.min(box.x, claim.x, editor.x) - 4);
  const y = Math.max(0, Math.min(box.y, claim.y) - 30);
  const right = Math.min(1300, Math.max(box.x + box.width, claim.x + claim.width) + 40);
  const bottom = Math.max(box.y + box.height, claim.y + claim.height) + 30;
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  await page.screenshot({ path: file, animations: 'disabled', clip: { x, y, width: right - x, height: bottom - y } });
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await page.setViewportSize(viewport);
  await page.keyboard.press('Control+j');
  await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: T.ui });
}

async function waitForDisk(file, predicate, what, timeout = T.ui) {
  const end = Date.now() + timeout;
  let text = '';
  for (;;) {
    text = readFileSync(file, 'utf8');
    if (predicate(text)) return text;
    if (Date.now() > end) fail(`expected ${what}; the file on disk reads:\n${text.slice(0, 4000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const SOFTWARE_README = [
  '# fastqueue',
  '',
  'Requires Node.js 20+. It is 3x faster than v1, weighs 120 KB, and the hosted plan costs $5 per month.',
  '',
  'Version 2.4 cut p99 latency by 40% for 1,200 users.',
  '',
].join('\n');
const FUNDING_NOTE = ['# Funding notes', '', 'In March 2025, OpenAI was valued at $300 billion.', ''].join('\n');
// One sentence over two lines: the first grows a citation, and the figure on the second must not wrap out of reach.
const REVENUE_NOTE = ['# Revenue', '', 'In 2024, OpenAI had revenue of $3.7 billion,', 'and its enterprise revenue was $1 billion.', ''].join('\n');

/**
 * Selects `figure` in a note and chooses Add Fact From Selection in the editor's context menu, as a
 * user does; returns once facts.yaml is the active tab (failing with what the menu showed).
 */
async function addFactFromSelection(page, file, noteText, figure) {
  await wb.openFile(page, file);
  const p = positionOf(noteText, figure);
  await wb.goTo(page, p.line, p.column);
  for (let i = 0; i < figure.length; i++) await page.keyboard.press('Shift+ArrowRight');
  const box = await wb.textBox(page, figure);
  if (!box) fail(`expected "${figure}" on screen`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
  const entry = page.locator('.context-view .action-item', { hasText: 'Claimcheck: Add Fact From Selection' }).first();
  await entry.waitFor({ state: 'visible', timeout: T.ui }).catch(() => {});
  if (!(await entry.isVisible())) {
    const items = await page.locator('.context-view .action-label').allInnerTexts();
    fail(`expected "Claimcheck: Add Fact From Selection" in the editor's context menu; it shows:\n${items.join('\n')}`);
  }
  // The menu ignores the pointer while it opens: click once it has settled, else choose it with the keyboard.
  await page.waitForTimeout(400);
  await entry.click();
  await page.waitForTimeout(300);
  const menu = page.locator('.context-view .monaco-menu').first();
  if (await menu.isVisible().catch(() => false)) {
    await entry.hover();
    await page.keyboard.press('Enter');
  }
  await page.waitForSelector('.tabs-container .tab.active[aria-label^="facts.yaml"]', { timeout: T.lsp }).catch(() => {});
  const active = await page.locator('.tabs-container .tab.active').first().getAttribute('aria-label');
  if (!active?.startsWith('facts.yaml')) fail(`expected facts.yaml to open at the new fact for ${figure}, the active tab is "${active}"`);
}

/**
 * A new user's path in a folder Claimcheck knows nothing about: an unrelated README stays clean
 * and the status says "not set up"; Add Fact From Selection (context menu) on a figure creates the
 * facts file, opens it at the stub with the cursor on `url`, and the claim is supported.
 */
export async function runEmptyFolderSuite({ mode, vsix, extensionId, workDir, shotsDir }) {
  mkdirSync(shotsDir, { recursive: true });
  const ws = join(workDir, 'workspace');
  mkdirSync(join(ws, 'notes'), { recursive: true });
  writeFileSync(join(ws, 'README.md'), SOFTWARE_README);
  writeFileSync(join(ws, 'notes', 'funding.md'), FUNDING_NOTE);
  const results = [];
  const extraSettings = mode === 'web' ? { 'remote.extensionKind': { [extensionId]: ['web'] } } : {};
  const cs = await startCodeServer({ dir: workDir, vsix, workspace: ws, extraSettings });
  let browser;
  try {
    browser = await wb.launchBrowser();
    const { page } = await wb.openWorkbench(browser, cs.url);
    const step = async (id, name, fn) => {
      let error;
      try {
        await page.keyboard.press('Escape');
        await fn();
      } catch (e) {
        error = e instanceof StepFailure ? e.message : `${e.stack || e}`;
      }
      const shot = join(shotsDir, `e${id}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
      await page.screenshot({ path: shot }).catch(() => {});
      results.push({ name: `vscode[${mode}] empty folder ${id}. ${name}`, ok: !error, error, shot });
    };

    await step(1, 'an unrelated README stays free of diagnostics; status says not set up', async () => {
      await wb.openFile(page, 'README.md');
      const text = await waitForStatus(page, (t) => t === 'Claimcheck: not set up');
      if (text !== 'Claimcheck: not set up') fail(`expected the status item "Claimcheck: not set up" in a folder with no facts file, it shows "${text}"`);
      await page.waitForTimeout(1500); // a check would have published by now
      const r = await wb.readProblems(page);
      const mine = r.markers.filter((m) => m.source === 'claimcheck');
      if (mine.length) fail(`expected no Claimcheck problems in a folder that is not set up. ${panelDump(r)}`);
      if (existsSync(join(ws, 'facts.yaml'))) fail('expected nothing written to the folder before the user chose to');
      const views = await page.locator('.sidebar .pane-header h3.title').allInnerTexts();
      if (views.some((t) => /^claimcheck$/i.test(t.trim()))) fail(`expected no Claimcheck view in the Explorer of a folder that is not set up; the sidebar shows: ${views.join(', ')}`);
    });

    await step(2, 'Add Fact From Selection ends with the claim supported and the facts file open at the stub', async () => {
      await addFactFromSelection(page, 'notes/funding.md', FUNDING_NOTE, '$300 billion');
      const shown = await wb.visibleEditorText(page);
      for (const line of ['openai: { name: OpenAI }', '- id: openai-valuation-2025-03', 'value: 300e9', 'kind: actual', 'url:']) {
        if (!shown.includes(line)) fail(`expected the facts file to show "${line}"; it shows:\n${shown}`);
      }
      const urlLine = shown.split('\n').findIndex((l) => /^\s+url:/.test(l)) + 1;
      // The snippet lands just after the tab opens: wait for the cursor to reach it.
      const atUrl = new RegExp(`Ln ${urlLine},`);
      const selectionItem = page.locator('.statusbar-item[id="status.editor.selection"]');
      let selection = await selectionItem.innerText();
      for (const until = Date.now() + T.ui; !atUrl.test(selection) && Date.now() < until; selection = await selectionItem.innerText()) await page.waitForTimeout(100);
      if (!atUrl.test(selection)) fail(`expected the cursor on the url line (${urlLine}) of the stub, the editor says "${selection}"`);
      await page.screenshot({ path: join(shotsDir, 'e2a-stub-open.png') });
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+s');
      await wb.openFile(page, 'notes/funding.md');
      await page.keyboard.press('Control+s');
      const r = await waitForProblems(page, (r) => !r.markers.some((m) => m.file === 'funding.md') && r.markers.some((m) => m.file === 'facts.yaml'));
      const inNoteNow = r.markers.filter((m) => m.file === 'funding.md');
      if (inNoteNow.length) fail(`expected the note free of problems once the fact exists. ${panelDump(r)}`);
      const inFactsNow = r.markers.filter((m) => m.file === 'facts.yaml');
      if (inFactsNow.length !== 1 || inFactsNow[0].code !== 'missing-source' || inFactsNow[0].severity !== 'warning')
        fail(`expected exactly one problem on facts.yaml: the missing-source warning. ${panelDump(r)}`);
      await wb.focusEditor(page);
      const hover = await wb.hoverOver(page, '$300 billion', { until: /supported/i });
      if (!/Supported/.test(hover.text)) fail(`expected the hover of $300 billion to say "Supported"; it shows:\n${hover.text}`);
      if (!/Source missing/i.test(hover.text)) fail(`expected the hover to mark the missing source; it shows:\n${hover.text}`);
      const status = await waitForStatus(page, (t) => t === 'Claimcheck ✓ 1');
      if (status !== 'Claimcheck ✓ 1') fail(`expected the status item "Claimcheck ✓ 1", it shows "${status}"`);
    });

    await step(3, 'Add Fact on a whole and then on its part ends with the note clean, the part\u2019s fact carrying its segment', async () => {
      writeFileSync(join(ws, 'notes', 'revenue.md'), REVENUE_NOTE);
      const inRevenue = (r) => r.markers.filter((m) => m.file === 'revenue.md');
      // Both figures are unsourced to begin with; the whole's fact comes first.
      await wb.openFile(page, 'notes/revenue.md');
      let r = await waitForProblems(page, (r) => inRevenue(r).length === 2);
      if (!inRevenue(r).every((m) => m.code === 'unsourced')) fail(`expected both figures of revenue.md unsourced. ${panelDump(r)}`);
      await addFactFromSelection(page, 'notes/revenue.md', REVENUE_NOTE, '$3.7 billion');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+s');
      await wb.openFile(page, 'notes/revenue.md');
      await page.keyboard.press('Control+s');
      // With the whole on file, the enterprise revenue is a part the facts do not give, never contradicted by the whole.
      const isPart = (m) => m.code === 'unsourced' && /enterprise revenue .* a part/.test(m.message);
      r = await waitForProblems(page, (r) => inRevenue(r).length === 1 && isPart(inRevenue(r)[0]));
      if (inRevenue(r).length !== 1 || !isPart(inRevenue(r)[0])) fail(`expected only the part left, unsourced and named as a part. ${panelDump(r)}`);
      // The note as saved with the first citation (a read while the editor writes it can see it half written).
      const cited = await waitForDisk(join(ws, 'notes', 'revenue.md'), (t) => /\[@openai-[\w-]+\]/.test(t) && t.includes('$1 billion'), 'revenue.md saved with the first citation');
      await addFactFromSelection(page, 'notes/revenue.md', cited, '$1 billion');
      const shown = await wb.visibleEditorText(page);
      if (!shown.includes('segment: enterprise')) fail(`expected the part's new fact to carry "segment: enterprise"; facts.yaml shows:\n${shown}`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+s');
      await wb.openFile(page, 'notes/revenue.md');
      await page.keyboard.press('Control+s');
      r = await waitForProblems(page, (r) => inRevenue(r).length === 0 && r.markers.filter((m) => m.file === 'facts.yaml').length === 3);
      if (inRevenue(r).length) fail(`expected revenue.md free of problems once both facts exist. ${panelDump(r)}`);
      const factsProblems = r.markers.filter((m) => m.file === 'facts.yaml');
      if (factsProblems.length !== 3 || !factsProblems.every((m) => m.code === 'missing-source')) fail(`expected only the three stubs' missing-source warnings on facts.yaml. ${panelDump(r)}`);
      await waitForDisk(join(ws, 'notes', 'revenue.md'), (t) => (t.match(/\[@openai-[a-z-]*revenue[\w-]*\]/g) ?? []).length === 2, 'revenue.md saved with both citations');
    });
  } finally {
    if (browser) await browser.close().catch(() => {});
    await cs.stop();
  }
  return { results };
}
