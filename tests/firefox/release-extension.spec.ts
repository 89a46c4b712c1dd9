/**
 * The release Firefox build, used as a practice manager and a receptionist would, in Debian's Firefox
 * ESR: install, add the demo booking system with "Add and allow access", the prompt on each demo
 * site, "Switch to face-to-face" and Undo, the log page, settings export and import, the popup.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import {
  addBookingSystem,
  clickInPanel,
  expect,
  findByName,
  LOGGED_EVENTS,
  promptTitles,
  readPanel,
  test,
} from './firefox';

interface LoggedEvent {
  type: string;
  kind?: string;
  ruleId?: string;
}

const selectedValue = (page: Page | Frame, selector: string) =>
  page.$eval(selector, (element) => (element as HTMLSelectElement).value);

test('the release build asks for no host at install; "Add and allow access" grants the demo site', async ({
  firefox,
  sites,
}) => {
  const before = await firefox.inExtension<{ origins: string[]; scripts: unknown[] }>(`async () => ({
    origins: (await browser.permissions.getAll()).origins,
    scripts: await browser.scripting.getRegisteredContentScripts(),
  })`);
  expect(before).toEqual({ origins: [], scripts: [] });

  const options = await addBookingSystem(firefox, `${sites}/gp-form/?patient=p3`, 'Riverside Surgery (demo)');
  const row = await options.evaluate(
    () =>
      Array.from(document.querySelectorAll('tr'))
        .find((r) => r.textContent?.includes('Riverside Surgery (demo)'))
        ?.textContent?.replace(/\s+/g, ' ') ?? '',
  );
  expect(row).toContain('http://127.0.0.1/*');
  expect(row).toContain('Allowed');
  expect(row).not.toContain('Not allowed');

  const after = await firefox.inExtension<{ origins: string[]; matches: string[][] }>(`async () => ({
    origins: (await browser.permissions.getAll()).origins,
    matches: (await browser.scripting.getRegisteredContentScripts()).map((s) => s.matches),
  })`);
  expect(after.origins).toEqual(['http://127.0.0.1/*']);
  expect(after.matches).toEqual([['http://127.0.0.1/*']]);
});

test('GP form: the prompt, "Switch to face-to-face" changes the page, Undo restores it, the log shows it', async ({
  firefox,
  sites,
}) => {
  await addBookingSystem(firefox, sites, 'Demo booking systems');
  const page = await firefox.browser.newPage();
  await page.goto(`${sites}/gp-form/?patient=p3`);
  // Listen as the booking system itself would.
  await page.evaluate(() => {
    const w = window as unknown as { __changes: string[] };
    w.__changes = [];
    document.getElementById('appointment-type')?.addEventListener('change', (e) => {
      w.__changes.push((e.target as HTMLSelectElement).value);
    });
  });
  await page.select('#appointment-type', 'TC');
  await expect
    .poll(() => promptTitles(firefox, page))
    .toEqual(expect.arrayContaining([expect.stringMatching(/^Interpreter needed/)]));
  expect(await readPanel(firefox, page).then((p) => p.text)).toContain('Interpreter needed - Polish');

  await clickInPanel(firefox, page, /Switch to a face-to-face slot/);
  await expect.poll(() => selectedValue(page, '#appointment-type')).toBe('F2F');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __changes: string[] }).__changes))
    .toEqual(['TC', 'F2F']);
  // The decision reaches the log, and the auditor's log page lists it.
  await expect
    .poll(async () => (await firefox.inExtension<LoggedEvent[]>(LOGGED_EVENTS)).map((e) => e.kind ?? e.type))
    .toEqual(expect.arrayContaining(['displayed', 'accepted']));
  await clickInPanel(firefox, page, /^Undo$/);
  await expect.poll(() => selectedValue(page, '#appointment-type')).toBe('TC');
  // Back on a telephone slot, the prompt stands again.
  await expect
    .poll(() => promptTitles(firefox, page))
    .toEqual(expect.arrayContaining([expect.stringMatching(/^Interpreter needed/)]));

  const log = await firefox.openExtensionPage('log.html');
  await log.waitForFunction(
    () => {
      const grid = document.querySelector('[role="grid"]');
      return grid?.textContent?.includes('Prompt accepted') && grid.textContent.includes('Prompt shown');
    },
    { timeout: 15_000 },
  );
});

test('single-page app: a telephone slot card for a BSL user raises the prompt', async ({
  firefox,
  sites,
}) => {
  await addBookingSystem(firefox, sites, 'Demo booking systems');
  const page = await firefox.browser.newPage();
  await page.goto(`${sites}/spa/?view=patient&id=p4`);
  const slot = await page.waitForSelector('.slot-card[data-mode="phone"]');
  await slot?.click();
  await expect
    .poll(() => promptTitles(firefox, page))
    .toEqual(expect.arrayContaining([expect.stringMatching(/BSL/)]));
});

test('booking form in an iframe: the prompt appears inside the frame (frameIds, not documentIds)', async ({
  firefox,
  sites,
}) => {
  await addBookingSystem(firefox, sites, 'Demo booking systems');
  const page = await firefox.browser.newPage();
  await page.goto(`${sites}/iframe/?patient=p5`);
  const frameHandle = await page.waitForSelector('iframe');
  const frame = (await frameHandle?.contentFrame()) as Frame;
  const video = await frame.waitForSelector('input[name="consultation"][value="video"]');
  await video?.click();
  await expect.poll(() => promptTitles(firefox, frame)).not.toEqual([]);
  expect((await promptTitles(firefox, frame)).join(' ')).toMatch(/digital|online|video/i);
  // Only the frame asked for the booking script: the top page has no panel of its own.
  expect(await promptTitles(firefox, page)).toEqual([]);
});

test('settings export and import through the options page', async ({ firefox }) => {
  const options = await firefox.openExtensionPage('options.html#transfer');
  await (await findByName(options, 'button', 'Export settings')).click();
  // The download is written in pieces: read it once it is whole JSON.
  const readExport = () => {
    const name = readdirSync(firefox.downloads).find((f) => /^equity-prompts-settings-.*\.json$/.test(f));
    try {
      return name ? JSON.parse(readFileSync(path.join(firefox.downloads, name), 'utf8')) : undefined;
    } catch {
      return undefined;
    }
  };
  await expect.poll(readExport).toBeDefined();
  const file = readExport();
  expect(file).toMatchObject({ format: 'equity-prompts-settings', version: 1 });
  // A fresh install exports the defaults: every rule, no site yet.
  expect(file.settings.sites).toEqual([]);
  expect(file.settings.rules.length).toBeGreaterThan(5);

  file.settings.adviceOnly = true;
  file.settings.privacy.retentionDays = 90;
  const edited = path.join(firefox.downloads, 'practice.json');
  writeFileSync(edited, JSON.stringify(file, null, 2));
  const input = (await findByName(options, 'input', 'Settings file')) as unknown as {
    uploadFile(...paths: string[]): Promise<void>;
  };
  await input.uploadFile(edited);
  await options.waitForFunction(
    () => document.querySelector('[data-testid="import-preview"]')?.textContent?.includes('practice.json'),
    { timeout: 10_000 },
  );
  await (await findByName(options, 'button', 'Apply these settings')).click();
  await expect
    .poll(() =>
      firefox.inExtension<{ adviceOnly: boolean; privacy: { retentionDays: number } }>(
        `async () => (await browser.storage.local.get('settings')).settings`,
      ),
    )
    .toEqual(file.settings);
  expect(file.settings).toMatchObject({ adviceOnly: true, privacy: { retentionDays: 90 } });
});

test('the popup reads out what the extension read on the booking tab', async ({ firefox, sites }) => {
  await addBookingSystem(firefox, sites, 'Demo booking systems');
  const page = await firefox.browser.newPage();
  await page.goto(`${sites}/gp-form/?patient=p3`);
  await page.select('#appointment-type', 'TC');
  await expect.poll(() => promptTitles(firefox, page)).not.toEqual([]);
  const tabId = await firefox.inExtension<number>(`async () =>
    (await browser.tabs.query({})).find((t) => t.url?.startsWith(${JSON.stringify(`${sites}/gp-form/`)}))?.id`);
  const popup = await firefox.openExtensionPage(`popup.html?tabId=${tabId}`);
  const text = () => popup.evaluate(() => document.querySelector('main')?.textContent ?? '');
  await expect.poll(text).toContain('Interpreter needed - Polish');
  expect(await text()).toMatch(/Telephone/);
  expect(await text()).toContain('Demo booking systems');
});
