/** Shared set-up for benchmarks: the demo build in Debian's Chromium, and the demo sites. */
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath, QUIET_CHROMIUM_ARGS } from '../scripts/browser-paths.mjs';
import { startSiteServer } from '../scripts/serve-sites.mjs';

export async function openBench({ withExtension = true } = {}) {
  const extensionDir = path.resolve('.output/chrome-mv3-demo');
  const server = await startSiteServer({ port: 0 });
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    args: withExtension
      ? [
          ...QUIET_CHROMIUM_ARGS,
          `--disable-extensions-except=${extensionDir}`,
          `--load-extension=${extensionDir}`,
        ]
      : QUIET_CHROMIUM_ARGS,
  });
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await worker.evaluate(async () => {
      await globalThis.__epReady;
    });
  }
  return {
    context,
    origin: server.origin,
    async close() {
      await context.close();
      await server.close();
    },
  };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
