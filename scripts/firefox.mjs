/**
 * Debian's Firefox ESR with the release extension installed, driven over WebDriver BiDi by
 * puppeteer-core (no browser download). Used by the Firefox test tier (tests/firefox) and by
 * `npm run demo -- --browser firefox`. Firefox facts this relies on:
 * - an extension page opens at moz-extension://<uuid>/, where the uuid is fixed per profile by the
 *   pref `extensions.webextensions.uuids`;
 * - WebDriver may navigate to extension pages only with `--remote-allow-system-access`, and such a
 *   navigation never reports its load, so `openExtensionPage` waits for the document instead;
 * - `extensions.webextOptionalPermissionPrompts: false` grants `permissions.request()` without the
 *   dialog a headless browser cannot show, so "Add and allow access" runs for real;
 * - `storage.managed` is read from policies.json or from `<HOME>/.mozilla/managed-storage/<id>.json`:
 *   each browser gets its own HOME, so a caller can place an organisation policy there.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { firefoxPath } from './browser-paths.mjs';

export const RELEASE_DIR = path.resolve('.output/firefox-mv3');
export const GECKO_ID = 'equity-prompts@example.nhs.uk';
export const EXTENSION_UUID = '5e0f6c2a-7d1b-4e39-9a2f-0c4b8d6e1f37';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/**
 * @typedef {object} FirefoxOptions
 * @property {Record<string, unknown>} [managedPolicy] written as the extension's managed storage
 * @property {Record<string, unknown>} [prefs] extra Firefox preferences
 * @property {boolean} [headless] default true
 * @property {string} [extensionDir] default the release build
 */

/** @param {FirefoxOptions} [options] */
export async function launchFirefox(options = {}) {
  const extensionDir = options.extensionDir ?? RELEASE_DIR;
  const manifestFile = path.join(extensionDir, 'manifest.json');
  if (!existsSync(manifestFile)) {
    throw new Error(`No Firefox build in ${extensionDir}: run "npx wxt build -b firefox" first.`);
  }
  if (JSON.parse(readFileSync(manifestFile, 'utf8')).browser_specific_settings?.gecko?.id !== GECKO_ID) {
    throw new Error(`${manifestFile} is not the Firefox build of this extension (gecko id ${GECKO_ID}).`);
  }
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error('Firefox not found: run "node scripts/ensure-browsers.mjs".');
  const home = mkdtempSync(path.join(tmpdir(), 'ep-firefox-home-'));
  const downloads = path.join(home, 'Downloads');
  mkdirSync(downloads);
  if (options.managedPolicy) {
    const dir = path.join(home, '.mozilla', 'managed-storage');
    mkdirSync(dir, { recursive: true });
    const manifest = {
      name: GECKO_ID,
      description: 'Organisation policy',
      type: 'storage',
      data: options.managedPolicy,
    };
    writeFileSync(path.join(dir, `${GECKO_ID}.json`), JSON.stringify(manifest));
  }
  const headless = options.headless ?? true;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    args: ['--remote-allow-system-access'],
    env: { ...process.env, HOME: home, ...(headless ? { MOZ_HEADLESS: '1' } : {}) },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'extensions.webextOptionalPermissionPrompts': false,
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/json,text/csv',
      ...options.prefs,
    },
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    rmSync(home, { recursive: true, force: true });
    throw error;
  }

  /**
   * Opens an extension page (e.g. "options.html#sites") in a new tab and waits for its document.
   * @param {string} pagePath
   */
  async function openExtensionPage(pagePath) {
    const page = await browser.newPage();
    // The navigation loads the page but never reports it (see above): wait for the document instead.
    await page.goto(`${EXTENSION_ORIGIN}/${pagePath}`, { timeout: 1500 }).catch(() => undefined);
    await page.waitForFunction(
      (origin) => location.origin === origin && document.readyState === 'complete',
      { timeout: 10_000 },
      EXTENSION_ORIGIN,
    );
    return page;
  }

  let helperPage;
  /**
   * Runs `browser.*` code (the source of an async function) in an extension page kept for it.
   * @template T
   * @param {string} fn
   * @returns {Promise<T>}
   */
  async function inExtension(fn) {
    helperPage ??= await openExtensionPage('popup.html');
    return /** @type {Promise<T>} */ (helperPage.evaluate(`(${fn})()`));
  }

  return {
    browser,
    downloads,
    openExtensionPage,
    inExtension,
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Events in the log, read from extension storage the way the log page reads it (for inExtension). */
export const LOGGED_EVENTS = `async () => {
  const all = await browser.storage.local.get(null);
  return Object.entries(all)
    .filter(([key]) => key.startsWith('log:chunk:'))
    .flatMap(([, body]) => (Array.isArray(body) ? body : (body.records ?? [])).map((r) => r.event));
}`;

/** Text of the prompt panel's cards in a page or frame: one entry per card, its heading. */
export function promptTitles(where) {
  return where.evaluate(() =>
    Array.from(
      document.querySelector('equity-prompts-panel')?.shadowRoot?.querySelectorAll('article h2') ?? [],
      (h) => (h.textContent ?? '').trim(),
    ),
  );
}

/**
 * What a practice manager does first: open the options page, type the booking system's address and
 * press "Add and allow access". Resolves with the options page once the site shows as allowed and the
 * background has registered the booking pages' loader (pages opened before that need a reload).
 */
export async function addBookingSystem(firefox, address, name) {
  const options = await firefox.openExtensionPage('options.html#sites');
  await (await options.waitForSelector('#site-address')).type(address);
  await (await options.waitForSelector('#site-name')).type(name);
  const add = await options.waitForFunction(() =>
    Array.from(document.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'Add and allow access',
    ),
  );
  await add.asElement().click();
  await options.waitForFunction(
    (siteName) =>
      Array.from(document.querySelectorAll('tr')).some(
        (row) =>
          row.textContent?.includes(siteName) && row.querySelector('.badge.ok')?.textContent === 'Allowed',
      ),
    { timeout: 10_000 },
    name,
  );
  await options.waitForFunction(
    async () =>
      (await browser.scripting.getRegisteredContentScripts()).some((s) => (s.matches ?? []).length > 0),
    { timeout: 10_000, polling: 200 },
  );
  return options;
}
