/**
 * What the extension costs a booking page (hazard H4, "host page broken or slowed"): nothing of ours
 * runs before the page's load event, in the page or in its frames; a patient without recorded needs
 * (most bookings) never brings the panel or its code onto the page; the prompt still arrives once
 * the page has loaded. The figures themselves
 * are measured by `npm run bench`, not here.
 */
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './extension';

const MARKER = 'data-equity-prompts';

/** In the page's own world: was any frame marked by the booking script when `load` fired? */
async function recordStateAtLoad(page: Page) {
  await page.addInitScript((marker) => {
    if (window !== window.top) return;
    addEventListener('load', () => {
      const frames = [document, ...Array.from(document.querySelectorAll('iframe'), (f) => f.contentDocument)];
      (globalThis as { __atLoad?: unknown }).__atLoad = {
        marked: frames.some((d) => d?.documentElement.hasAttribute(marker)),
        panel: document.querySelector('equity-prompts-panel') !== null,
      };
    });
  }, MARKER);
}

/** Asks, in the extension's own world of the tab showing `url`, whether the panel's code is there. */
async function panelCodeLoaded(serviceWorker: Worker, url: string): Promise<boolean> {
  return serviceWorker.evaluate(async (pageUrl) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === pageUrl);
    if (tab?.id === undefined) throw new Error(`no tab shows ${pageUrl}`);
    const [result] = await chrome.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => Boolean((globalThis as Record<symbol, unknown>)[Symbol.for('equity-prompts.panel')]),
    });
    return result?.result === true;
  }, url);
}

const stateAtLoad = (page: Page) => page.evaluate(() => (globalThis as { __atLoad?: unknown }).__atLoad);

test('the booking script starts after the page has loaded, and the prompt still comes', async ({
  page,
  sites,
  serviceWorker,
}) => {
  await recordStateAtLoad(page);
  await page.goto(`${sites}/gp-form/?patient=p3&slotType=TC`);
  await expect(page.locator('equity-prompts-panel').getByRole('article').first()).toContainText(
    /interpreter/i,
  );
  expect(await stateAtLoad(page)).toEqual({ marked: false, panel: false });
  expect(await panelCodeLoaded(serviceWorker, page.url())).toBe(true);
});

test('in a same-origin frame too, nothing of ours runs before the top page has loaded', async ({
  page,
  sites,
}) => {
  await recordStateAtLoad(page);
  await page.goto(`${sites}/iframe/?patient=p5`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('html')).toHaveAttribute(MARKER, 'active');
  expect(await stateAtLoad(page)).toEqual({ marked: false, panel: false });
});

test('a patient without recorded needs: no panel and none of its code on the page', async ({
  page,
  sites,
  serviceWorker,
}) => {
  await page.goto(`${sites}/gp-form/?patient=p1&slotType=TC`);
  await expect(page.locator('html')).toHaveAttribute(MARKER, 'active');
  await page.selectOption('#appointment-type', 'VC');
  await page.waitForTimeout(500);
  await expect(page.locator('equity-prompts-panel')).toHaveCount(0);
  // The panel's code was never injected: the bridge it would fill is empty in the extension's world.
  expect(await panelCodeLoaded(serviceWorker, page.url())).toBe(false);
});
