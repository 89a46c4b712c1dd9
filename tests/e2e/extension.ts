/**
 * Playwright fixtures: the built demo extension loaded into Debian's Chromium, the local demo
 * booking systems, and helpers to read extension storage. Every test gets a fresh profile.
 */

import { existsSync } from 'node:fs';
import path from 'node:path';
import { type BrowserContext, test as base, chromium, type Page, type Worker } from '@playwright/test';
import { chromiumPath, QUIET_CHROMIUM_ARGS } from '../../scripts/browser-paths.mjs';
import { startSiteServer } from '../../scripts/serve-sites.mjs';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3-demo');
export const REAL_PAGES_DIR = path.resolve('../shared/real-pages');

export async function launchWithExtension(extensionDir = EXTENSION_DIR): Promise<BrowserContext> {
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run "EP_DEMO=1 npx wxt build" first.`);
  }
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: run "node scripts/ensure-browsers.mjs".');
  return chromium.launchPersistentContext('', {
    executablePath,
    headless: true,
    args: [
      ...QUIET_CHROMIUM_ARGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

interface Fixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  page: Page;
  /** Reads a key from the extension's chrome.storage.local. */
  readStorage: <T = unknown>(key: string) => Promise<T | undefined>;
  /** Writes keys to the extension's chrome.storage.local. */
  writeStorage: (items: Record<string, unknown>) => Promise<void>;
  openExtensionPage: (pagePath: string) => Promise<Page>;
}
interface WorkerFixtures {
  /** Origin of the local demo booking systems, e.g. http://127.0.0.1:41234 */
  sites: string;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  sites: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
    async ({}, use) => {
      const extraRoots: Record<string, string> = existsSync(REAL_PAGES_DIR)
        ? { '/real/': REAL_PAGES_DIR }
        : {};
      const server = await startSiteServer({ port: 0, extraRoots });
      await use(server.origin);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  page: async ({ context, serviceWorker }, use) => {
    // Wait until the background has registered the content scripts for the demo origin.
    await serviceWorker.evaluate(async () => {
      const ready = (globalThis as { __epReady?: Promise<unknown> }).__epReady;
      if (ready) await ready;
    });
    await use(context.pages()[0] ?? (await context.newPage()));
  },
  readStorage: async ({ serviceWorker }, use) => {
    await use(
      async <T>(key: string) =>
        (await serviceWorker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key)) as
          | T
          | undefined,
    );
  },
  writeStorage: async ({ serviceWorker }, use) => {
    await use(async (items) => serviceWorker.evaluate(async (i) => chrome.storage.local.set(i), items));
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (pagePath) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${pagePath}`);
      return page;
    });
  },
});

export const expect = test.expect;
