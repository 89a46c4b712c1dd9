/**
 * The demo in Debian's Firefox ESR (`npm run demo -- --browser firefox`): builds the release Firefox
 * extension, installs it, adds the demo booking systems as a practice manager would ("Add and allow
 * access" in the options page), then walks the same receptionist's bookings as the Chromium demo and
 * saves the same screenshots, taken in Firefox, into demo-output/firefox/.
 */

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { printDemoReport } from './demo-report.mjs';
import { addBookingSystem, clickInPanel, LOGGED_EVENTS, launchFirefox, promptTitles } from './firefox.mjs';
import { startSiteServer } from './serve-sites.mjs';
import { step } from './step.mjs';

const outDir = path.resolve('demo-output', 'firefox');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

step('node', ['scripts/ensure-browsers.mjs', 'firefox']);
console.log('Building the release Firefox extension (asks for no host at install) ...');
step('npx', ['wxt', 'build', '-b', 'firefox'], { EP_DEMO: '' });

const server = await startSiteServer({ port: headless ? 0 : 4173 });
const firefox = await launchFirefox({ headless });
const options = await addBookingSystem(firefox, `${server.origin}/`, 'Demo booking systems (127.0.0.1)');
console.log(
  `Added the demo booking systems (${server.origin}) in the options page with "Add and allow access".`,
);

if (!headless) {
  await options.close();
  const page = await firefox.browser.newPage();
  await page.goto(`${server.origin}/`);
  console.log(`\nDemo booking systems: ${server.origin}/`);
  console.log('Extension installed in Firefox. Close the browser window or press Ctrl+C to stop.');
  await new Promise((resolve) => firefox.browser.on('disconnected', resolve));
  await server.close();
  process.exit(0);
}
await options.close();

mkdirSync(outDir, { recursive: true });
const shots = [];
async function shoot(page, name, caption) {
  const file = path.join(outDir, `${String(shots.length + 1).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  shots.push({ file, caption });
}
/** The cards' headings once the panel shows some (read from the extension's side: the root is closed). */
async function waitForPrompts(where) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const titles = await promptTitles(firefox, where);
    if (titles.length > 0 || Date.now() > deadline) return titles;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const page = await firefox.browser.newPage();
await page.setViewport({ width: 1280, height: 860 });
const walkthroughs = [];

// (a) Server-rendered GP form: patient with a Polish interpreter need, receptionist picks Telephone.
await page.goto(`${server.origin}/gp-form/?patient=p3`);
await page.select('#appointment-type', 'TC');
walkthroughs.push({
  site: 'GP form (Riverside Surgery)',
  patient: 'p3',
  prompts: await waitForPrompts(page),
});
await shoot(page, 'gp-form-prompt', 'GP form: interpreter need, telephone slot chosen');
await clickInPanel(firefox, page, /face-to-face/i);
await page.waitForFunction(() => document.querySelector('#appointment-type')?.value === 'F2F');
walkthroughs.at(-1).after = `Appointment type is now "${await page.$eval(
  '#appointment-type',
  (select) => select.selectedOptions[0]?.textContent ?? '',
)}"`;
await shoot(page, 'gp-form-applied', 'GP form: face-to-face applied, with undo');
await (await page.waitForSelector('#book')).click();

// (b) Single-page app: BSL + easy read + learning disability, a telephone slot card.
await page.goto(`${server.origin}/spa/?view=patient&id=p4`);
await (await page.waitForSelector('.slot-card[data-mode="phone"]')).click();
walkthroughs.push({
  site: 'Single-page app (Northgate Health Centre)',
  patient: 'p4',
  prompts: await waitForPrompts(page),
});
await shoot(page, 'spa-prompt', 'SPA: BSL and learning disability, telephone slot card chosen');

// (c) Booking form in an iframe; the need is only in the free-text notes.
await page.goto(`${server.origin}/iframe/?patient=p5`);
const frame = await (await page.waitForSelector('iframe')).contentFrame();
await (await frame.waitForSelector('input[name="consultation"][value="video"]')).click();
walkthroughs.push({
  site: 'Iframe form (Valley Medical Practice)',
  patient: 'p5',
  prompts: await waitForPrompts(frame),
});
await shoot(page, 'iframe-prompt', 'Iframe form: no digital access from the notes, video chosen');

await new Promise((resolve) => setTimeout(resolve, 1000)); // let the last events reach the log
const logged = await firefox.inExtension(LOGGED_EVENTS);

printDemoReport('Firefox', walkthroughs, logged, shots, outDir);
await firefox.close();
await server.close();
