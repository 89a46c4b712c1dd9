/**
 * Long tasks (over 50 ms) on a page with 5,000 slot cards under continuous DOM mutation, with and
 * without the extension, while a receptionist picks a telephone slot and the prompt shows.
 */
import { openBench } from './browser.mjs';

async function countLongTasks(withExtension, seconds) {
  const bench = await openBench({ withExtension });
  try {
    const page = bench.context.pages()[0] ?? (await bench.context.newPage());
    await page.goto(`${bench.origin}/big-grid/`);
    await page.evaluate(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    await page.waitForTimeout(500);
    await page.locator('.slot-card[data-mode="phone"]').nth(100).click();
    if (withExtension)
      await page.locator('equity-prompts-panel').getByRole('article').first().waitFor({ timeout: 5000 });
    await page.locator('.slot-card[data-mode="video"]').nth(1000).click();
    await page.waitForTimeout(seconds * 1000);
    return await page.evaluate(() => window.__longTasks);
  } finally {
    await bench.close();
  }
}

export async function longTasks({ seconds = 5 } = {}) {
  const without = await countLongTasks(false, seconds);
  const withExt = await countLongTasks(true, seconds);
  return {
    seconds,
    withoutExtension: without.length,
    withExtension: withExt.length,
    attributable: Math.max(0, withExt.length - without.length),
    longestWithMs: withExt.length ? Math.max(...withExt) : 0,
  };
}
