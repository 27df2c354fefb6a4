// Playwright helpers for the VS Code workbench (1.100) as served by code-server.
// Every wait is for a concrete selector or state, bounded by a timeout; nothing is retried.
import { CHROMIUM, loadPlaywright } from './env.mjs';

export const T = { workbench: 90000, ui: 15000, lsp: 30000 };

export async function launchBrowser() {
  const { chromium } = loadPlaywright();
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

export async function openWorkbench(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  const consoleLines = [];
  page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench', { timeout: T.workbench });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: T.workbench });
  return { page, consoleLines };
}

/** Rows of the Explorer tree whose label is exactly `name`. */
function explorerRow(page, name) {
  return page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`);
}

/** Opens a workspace file by clicking through the Explorer (quick open races with indexing). */
export async function openFile(page, relPath) {
  const parts = relPath.split('/');
  for (const folder of parts.slice(0, -1)) {
    const row = explorerRow(page, folder).first();
    await row.waitFor({ timeout: T.ui });
    if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
  }
  const name = parts[parts.length - 1];
  await explorerRow(page, name).first().dblclick({ timeout: T.ui });
  await page.waitForSelector(`.tabs-container .tab.active[aria-label^="${name}"]`, { timeout: T.ui });
  await page.waitForSelector('.editor-group-container.active .monaco-editor .view-lines', { timeout: T.ui });
  await focusEditor(page);
}

/** Focuses the (single) editor group with Ctrl+1, as a keyboard user does; the cursor stays put. */
export async function focusEditor(page) {
  await page.keyboard.press('Control+1');
  await page.waitForSelector('.editor-group-container.active .monaco-editor.focused', { timeout: T.ui });
}

/** Runs a command from the command palette by its exact label. */
export async function runCommand(page, label) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ timeout: T.ui });
  await input.fill('>' + label);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ timeout: T.ui });
  await input.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: T.ui });
}

/** Moves the cursor to a 1-based line and column with Go to Line (Ctrl+G); the line is revealed. */
export async function goTo(page, line, column) {
  await page.keyboard.press('Control+g');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ timeout: T.ui });
  await input.fill(`:${line}:${column}`);
  await input.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: T.ui });
  await page.waitForFunction(
    ([l, c]) => {
      const el = document.querySelector('.statusbar-item[id="status.editor.selection"]');
      return !!el && el.textContent.includes(`Ln ${l}, Col ${c}`);
    },
    [line, column],
    { timeout: T.ui },
  );
}

// ---------------------------------------------------------------- Problems panel

export async function showProblems(page) {
  if (!(await page.locator('.markers-panel').isVisible())) await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.markers-panel', { state: 'visible', timeout: T.ui });
}

/**
 * Everything the Problems panel shows, in list order: files (level 1), their markers (level 2:
 * severity, message, source, code, [Ln, Col]) and the markers' related locations (level 3).
 * `complete` is false when the virtualised tree did not render every marker of a file.
 */
export async function readProblems(page) {
  await showProblems(page);
  return page.evaluate(() => {
    const txt = (el, sel) => el.querySelector(sel)?.textContent.trim() ?? '';
    const rows = [...document.querySelectorAll('.markers-panel .monaco-list-row')]
      .map((el) => ({ el, index: Number(el.getAttribute('data-index')) }))
      .sort((a, b) => a.index - b.index);
    const result = { files: [], markers: [], lines: [], complete: true };
    let file = null;
    let marker = null;
    for (const { el } of rows) {
      const level = el.getAttribute('aria-level');
      if (level === '1') {
        const name = txt(el, '.label-name');
        file = { name, folder: txt(el, '.label-description'), markers: Number(el.querySelector('.monaco-count-badge')?.textContent ?? 0), seen: 0 };
        result.files.push(file);
        result.lines.push(`${name} ${file.folder} (${file.markers})`);
      } else if (level === '2') {
        const pos = /\[Ln (\d+), Col (\d+)\]/.exec(txt(el, '.marker-line'));
        const icon = el.querySelector('.marker-icon');
        marker = {
          file: file?.name ?? '?',
          severity: ['error', 'warning', 'info'].find((s) => icon?.classList.contains(s)) ?? 'other',
          message: txt(el, '.marker-message').replace(/\s+/g, ' '),
          source: txt(el, '.marker-source'),
          code: txt(el, '.marker-code'),
          line: pos ? Number(pos[1]) : null,
          column: pos ? Number(pos[2]) : null,
          related: [],
        };
        if (file) file.seen++;
        result.markers.push(marker);
        result.lines.push(`    ${marker.severity}: ${marker.message}  ${marker.source}(${marker.code}) [Ln ${marker.line}, Col ${marker.column}]`);
      } else if (level === '3' && marker) {
        const rel = `${txt(el, '.related-info-resource')} ${txt(el, '.marker-line')}: ${txt(el, '.marker-description')}`;
        marker.related.push(rel);
        result.lines.push(`        ${rel}`);
      }
    }
    result.complete = result.files.every((f) => f.seen === f.markers);
    result.text = result.lines.join('\n');
    return result;
  });
}

// ---------------------------------------------------------------- editor text and hovers

/**
 * The on-screen box of the first two characters of the first rendered occurrence of `needle` in
 * the active editor. The text may be split over token spans and wrapped over view lines (a
 * wrapped line keeps its trailing space, so the view lines concatenate to the model line).
 */
export async function textBox(page, needle) {
  return page.evaluate((needle) => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor .view-lines');
    if (!editor) return null;
    const lines = [...editor.querySelectorAll('.view-line')].sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
    const nodes = [];
    let text = '';
    for (const line of lines) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n, start: text.length });
        text += n.data.replace(/\u00a0/g, ' ');
      }
    }
    const at = text.indexOf(needle);
    if (at < 0) return null;
    const locate = (offset) => {
      const hit = nodes.findLast((x) => x.start <= offset);
      return [hit.node, Math.min(offset - hit.start, hit.node.length)];
    };
    const range = document.createRange();
    range.setStart(...locate(at));
    range.setEnd(...locate(at + Math.min(2, needle.length)));
    const r = range.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, needle);
}

/** Text of the active editor's rendered lines (visible part only), whitespace-normalised. */
export async function visibleEditorText(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.editor-group-container.active .monaco-editor .view-line')]
      .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
      .map((l) => l.textContent.replace(/\u00a0/g, ' '))
      .join('\n'),
  );
}

/** How many times Ctrl+. is pressed while VS Code says it has no code actions where the cursor just went. */
const QUICK_FIX_TRIES = 3;

/**
 * Opens the quick-fix menu at the cursor (Ctrl+.) and gives its widget. Pressed right after the
 * cursor moved, VS Code may answer "No code actions available" (seen once in CI, and reported
 * against other language servers for a click then Ctrl+. in quick succession); then it is pressed
 * again, as a user would, and the retry is logged.
 */
export async function openQuickFixMenu(page) {
  const widget = page.locator('.action-widget');
  const none = page.locator('.monaco-editor-overlaymessage', { hasText: 'No code actions available' });
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+.');
    // Whichever shows first; the other's wait ends at its timeout, its failure swallowed.
    const outcome = await Promise.race([
      widget.waitFor({ state: 'visible', timeout: T.lsp }).then(() => 'menu', () => 'timeout'),
      none.first().waitFor({ state: 'visible', timeout: T.lsp }).then(() => 'none', () => 'timeout'),
    ]);
    if (outcome === 'menu') return widget;
    if (outcome === 'timeout') throw new Error(`no quick-fix menu (.action-widget) within ${T.lsp} ms of Ctrl+.`);
    if (attempt === QUICK_FIX_TRIES) throw new Error(`Ctrl+. showed "No code actions available" ${QUICK_FIX_TRIES} times at the cursor`);
    console.log(`[e2e] Ctrl+. showed "No code actions available" (try ${attempt}); pressing it again`);
    await page.keyboard.press('Escape');
    await none.first().waitFor({ state: 'hidden', timeout: T.ui }).catch(() => {});
  }
}

const HOVER_TRIES = 3;

/**
 * Hovers the mouse over `needle` in the active editor and returns the hover's text and links,
 * once the hover's text matches `until` (and, with `withLinks`, it holds a web link): a hover
 * fills in as its providers answer.
 */
/**
 * `withLinks`: true waits for any http link, or a list of URLs waits for a link to one of them (a
 * source's). VS Code shows the problem's part of a hover, with its code's documentation link,
 * before the language server's part arrives: "any link" can be that one alone (seen once in CI).
 */
export async function hoverOver(page, needle, { until, withLinks = false }) {
  const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden) .monaco-hover-content');
  // The word is found again on each try: right after a resize or a reveal the editor may still be
  // laying out, and a mouse moved to where the word was shows no hover (seen once in CI).
  for (let attempt = 1; ; attempt++) {
    const box = await textBox(page, needle);
    if (!box) throw new Error(`"${needle}" is not rendered in the active editor; visible text:\n${await visibleEditorText(page)}`);
    await page.mouse.move(box.x, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
    const shown = await hover.first().waitFor({ state: 'visible', timeout: T.ui / HOVER_TRIES }).then(() => true, (error) => {
      if (attempt === HOVER_TRIES) throw error;
      return false;
    });
    if (shown) break;
    await page.mouse.move(5, 5);
  }
  await page
    .waitForFunction(
      ([re, flags, withLinks]) => {
        const el = document.querySelector('.monaco-editor .monaco-hover:not(.hidden) .monaco-hover-content');
        const hrefs = el ? [...el.querySelectorAll('a')].flatMap((a) => [a.getAttribute('data-href') || a.getAttribute('href') || '', a.getAttribute('title') || '']) : [];
        const linked = Array.isArray(withLinks) ? hrefs.some((h) => withLinks.includes(h)) : !withLinks || hrefs.some((h) => h.startsWith('http'));
        return !!el && new RegExp(re, flags).test(el.innerText) && linked;
      },
      [until.source, until.flags, withLinks],
      { timeout: T.lsp },
    )
    .catch(() => {}); // the caller asserts on what the hover shows and reports it
  return page.evaluate(() => {
    const el = document.querySelector('.monaco-editor .monaco-hover:not(.hidden) .monaco-hover-content');
    const links = [...el.querySelectorAll('a')].map((a) => ({
      text: a.innerText.trim(),
      href: a.getAttribute('data-href') || a.getAttribute('href') || '',
      title: a.getAttribute('title') || '',
    }));
    return { text: el.innerText, links };
  });
}
