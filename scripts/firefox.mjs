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

/**
 * Runs in a frame's content-script world (Firefox's `openOrClosedShadowRoot` reaches the panel's
 * closed shadow root, which the page's own scripts cannot). Scrolls the button named by `scrollTo`
 * into view, then reports the cards' headings, the panel's text and each button's centre in the top
 * page's coordinates, for a real click there.
 */
function readPanelInFrame(scrollTo) {
  const host = document.querySelector('equity-prompts-panel');
  const root = host ? (host.openOrClosedShadowRoot ?? host.shadowRoot) : null;
  const named = (b) => (b.getAttribute('aria-label') || b.textContent || '').trim();
  if (root && scrollTo) {
    const wanted = new RegExp(scrollTo.source, scrollTo.flags);
    Array.from(root.querySelectorAll('button'))
      .find((b) => wanted.test(named(b)))
      ?.scrollIntoView({ block: 'nearest' });
  }
  let dx = 0;
  let dy = 0;
  try {
    for (let w = window; w !== w.top; w = w.parent) {
      const r = w.frameElement.getBoundingClientRect();
      dx += r.left;
      dy += r.top;
    }
  } catch {
    // a cross-origin parent: coordinates stay frame-relative
  }
  const buttons = root
    ? Array.from(root.querySelectorAll('button'))
        .filter((b) => b.getClientRects().length > 0)
        .map((b) => {
          const r = b.getBoundingClientRect();
          return { name: named(b), x: dx + r.left + r.width / 2, y: dy + r.top + r.height / 2 };
        })
    : [];
  return {
    url: location.href,
    titles: root ? Array.from(root.querySelectorAll('article h2'), (h) => (h.textContent ?? '').trim()) : [],
    text: (root?.querySelector('.panel')?.textContent ?? '').replace(/\s+/g, ' '),
    buttons,
    /** What the page itself sees of the panel's shadow root (null: no panel). */
    pageSeesRoot: host ? host.wrappedJSObject?.shadowRoot != null : null,
  };
}

/**
 * What the prompt panel shows in `where` (a puppeteer page or frame), read from the extension's side.
 * @param {{ inExtension: <T>(fn: string) => Promise<T> }} firefox
 * @param {{ url(): string }} where
 * @param {RegExp} [scrollTo]
 */
export async function readPanel(firefox, where, scrollTo) {
  const url = where.url();
  const arg = scrollTo ? { source: scrollTo.source, flags: scrollTo.flags } : null;
  /** @type {Array<{ url: string; titles: string[]; text: string; buttons: Array<{ name: string; x: number; y: number }>; pageSeesRoot: boolean | null }>} */
  const found = await firefox.inExtension(`async () => {
    const out = [];
    for (const tab of await browser.tabs.query({})) {
      if (tab.id === undefined || !/^https?:/.test(tab.url ?? '')) continue;
      try {
        const results = await browser.scripting.executeScript({
          target: { tabId: tab.id, allFrames: true },
          func: ${readPanelInFrame.toString()},
          args: [${JSON.stringify(arg)}],
        });
        for (const r of results) if (r.result && r.result.url === ${JSON.stringify(url)}) out.push(r.result);
      } catch {
        // a tab we may not script
      }
    }
    return out;
  }`);
  return found[0] ?? { url, titles: [], text: '', buttons: [], pageSeesRoot: null };
}

/** Headings of the prompt cards in a page or frame. */
export async function promptTitles(firefox, where) {
  return (await readPanel(firefox, where)).titles;
}

/**
 * Clicks a button of the prompt panel as a person would (a real pointer click, so isTrusted), in the
 * top page `page`; `where` is the page or frame whose panel holds it.
 */
export async function clickInPanel(firefox, page, name, where = page) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const panel = await readPanel(firefox, where, name);
    const button = panel.buttons.find((b) => name.test(b.name));
    if (button) {
      await page.mouse.click(button.x, button.y);
      return;
    }
    if (Date.now() > deadline)
      throw new Error(`No panel button matching ${name}: ${panel.buttons.map((b) => b.name).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
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
