// Renders images/icon.svg (drawn by hand for Claimcheck) to images/icon.png, 128×128 with a
// transparent background, in headless Chromium through playwright-core (both already used by the
// e2e tests). Run once after editing the SVG: node scripts/make-icon.mjs; the PNG is committed.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('images/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.screenshot({ path: 'images/icon.png', omitBackground: true, clip: { x: 0, y: 0, width: 128, height: 128 } });
} finally {
  await browser.close();
}
