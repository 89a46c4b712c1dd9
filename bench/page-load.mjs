/**
 * Page load with and without the extension on each demo site: median of N loads of the navigation's
 * loadEventEnd, and the ratio with/without.
 */
import { median, openBench } from './browser.mjs';

export const LOAD_PAGES = [
  ['GP form', '/gp-form/?patient=p3'],
  ['SPA', '/spa/?view=patient&id=p4'],
  ['Iframe form', '/iframe/?patient=p5'],
];

async function loadTimes(withExtension, runs) {
  const bench = await openBench({ withExtension });
  try {
    const page = bench.context.pages()[0] ?? (await bench.context.newPage());
    const out = {};
    for (const [name, path] of LOAD_PAGES) {
      const samples = [];
      await page.goto(`${bench.origin}${path}`); // warm the cache and the extension
      for (let i = 0; i < runs; i++) {
        await page.goto(`${bench.origin}${path}`, { waitUntil: 'load' });
        samples.push(await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd));
      }
      out[name] = median(samples);
    }
    return out;
  } finally {
    await bench.close();
  }
}

export async function pageLoad({ runs = 10 } = {}) {
  const without = await loadTimes(false, runs);
  const withExt = await loadTimes(true, runs);
  return LOAD_PAGES.map(([name]) => ({
    page: name,
    withoutMs: without[name],
    withMs: withExt[name],
    ratio: withExt[name] / without[name],
  }));
}
