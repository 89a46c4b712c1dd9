/**
 * The main job: build the extension (demo variant), start the demo booking systems and open Chromium
 * with the extension on them. With a display it opens a browser window to try by hand; without one
 * (or with --headless) it walks a receptionist's booking on each demo site, saves screenshots of what
 * the receptionist sees into demo-output/, and prints where they are and what happened.
 * `--browser firefox` does the same in Debian's Firefox ESR (scripts/demo-firefox.mjs).
 */

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath, QUIET_CHROMIUM_ARGS } from './browser-paths.mjs';
import { printDemoReport } from './demo-report.mjs';
import { startSiteServer } from './serve-sites.mjs';
import { step } from './step.mjs';

const browserArg = process.argv.indexOf('--browser');
if (browserArg >= 0 && process.argv[browserArg + 1] === 'firefox') {
  await import('./demo-firefox.mjs');
  process.exit(0);
}
if (browserArg >= 0 && !['chromium', 'chrome'].includes(process.argv[browserArg + 1])) {
  console.error('--browser takes "chromium" (the default) or "firefox".');
  process.exit(2);
}

const extensionDir = path.resolve('.output/chrome-mv3-demo');
const outDir = path.resolve('demo-output');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

step('node', ['scripts/ensure-browsers.mjs', 'chromium']);
console.log('Building the extension (demo variant: may reach the local demo sites on 127.0.0.1) ...');
step('npx', ['wxt', 'build'], { EP_DEMO: '1' });

const server = await startSiteServer({ port: headless ? 0 : 4173 });
const context = await chromium.launchPersistentContext('', {
  executablePath: chromiumPath(),
  headless,
  viewport: { width: 1280, height: 860 },
  args: [
    ...QUIET_CHROMIUM_ARGS,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
await worker.evaluate(async () => {
  await globalThis.__epReady;
});
const extensionId = new URL(worker.url()).host;

if (!headless) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.origin}/`);
  console.log(`\nDemo booking systems: ${server.origin}/`);
  console.log(`Extension loaded (id ${extensionId}). Close the browser window or press Ctrl+C to stop.`);
  await new Promise((resolve) => context.on('close', resolve));
  await server.close();
  process.exit(0);
}

mkdirSync(outDir, { recursive: true });
const shots = [];
const panelCards = (page) => page.locator('equity-prompts-panel').getByRole('article');

async function shoot(page, name, caption) {
  const file = path.join(outDir, `${String(shots.length + 1).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  shots.push({ file, caption });
}

async function describePrompts(page) {
  const cards = panelCards(page);
  const count = await cards.count();
  const summaries = [];
  for (let i = 0; i < count; i++) summaries.push(await cards.nth(i).locator('h2').innerText());
  return summaries;
}

const page = context.pages()[0] ?? (await context.newPage());
const walkthroughs = [];

// (a) Server-rendered GP form: patient with a Polish interpreter need, receptionist picks Telephone.
await page.goto(`${server.origin}/gp-form/?patient=p3`);
await page.selectOption('#appointment-type', 'TC');
await panelCards(page).first().waitFor();
walkthroughs.push({
  site: 'GP form (Riverside Surgery)',
  patient: 'p3',
  prompts: await describePrompts(page),
});
await shoot(page, 'gp-form-prompt', 'GP form: interpreter need, telephone slot chosen');
await panelCards(page)
  .first()
  .getByRole('button', { name: /face-to-face/i })
  .first()
  .click();
await page.waitForTimeout(300);
walkthroughs.at(-1).after =
  `Appointment type is now "${await page.locator('#appointment-type option:checked').innerText()}"`;
await shoot(page, 'gp-form-applied', 'GP form: face-to-face applied, with undo');
await page.click('#book');

// (b) Single-page app: BSL + easy read + learning disability, a telephone slot card.
await page.goto(`${server.origin}/spa/?view=patient&id=p4`);
await page.locator('.slot-card[data-mode="phone"]').first().click();
await panelCards(page).first().waitFor();
walkthroughs.push({
  site: 'Single-page app (Northgate Health Centre)',
  patient: 'p4',
  prompts: await describePrompts(page),
});
await shoot(page, 'spa-prompt', 'SPA: BSL and learning disability, telephone slot card chosen');

// (c) Booking form in an iframe; the need is only in the free-text notes.
await page.goto(`${server.origin}/iframe/?patient=p5`);
const frame = page.frameLocator('iframe');
await frame.locator('input[name="consultation"][value="video"]').check();
await frame.locator('equity-prompts-panel').getByRole('article').first().waitFor();
walkthroughs.push({ site: 'Iframe form (Valley Medical Practice)', patient: 'p5', prompts: [] });
const frameCards = frame.locator('equity-prompts-panel').getByRole('article');
for (let i = 0; i < (await frameCards.count()); i++)
  walkthroughs.at(-1).prompts.push(await frameCards.nth(i).locator('h2').innerText());
await shoot(page, 'iframe-prompt', 'Iframe form: no digital access from the notes, video chosen');

const logged = await worker.evaluate(async () => {
  const all = await chrome.storage.local.get(null);
  const events = [];
  for (const [key, body] of Object.entries(all)) {
    if (!key.startsWith('log:chunk:')) continue;
    for (const record of Array.isArray(body) ? body : (body.records ?? [])) events.push(record.event);
  }
  return events;
});

printDemoReport('Chromium', walkthroughs, logged, shots, outDir);
await context.close();
await server.close();
