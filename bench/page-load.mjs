/**
 * Page load with and without the extension acting on the page, on each demo site. One Chromium with
 * the demo build loads each page in one tab from the watched origin (http://127.0.0.1, granted: the
 * loader runs) and in another tab from an origin it has no access to (http://localhost, same server:
 * the extension does nothing there), back to back in alternating order; the figure is the ratio of
 * the medians of loadEventEnd, with the median of the paired ratios beside it. Comparing two separate
 * browsers (one with, one without the extension) was tried and dropped: which browser went first moved the ratio by up to 30 % either way, far more than the
 * extension. The same pairs in a Chromium without the extension give the control ratio, which shows
 * how much the two origins differ by themselves (it should be close to 1).
 */
import { median, openBench } from './browser.mjs';

export const LOAD_PAGES = [
  ['GP form', '/gp-form/?patient=p3'],
  ['SPA', '/spa/?view=patient&id=p4'],
  ['Iframe form', '/iframe/?patient=p5'],
];

const loadEventEnd = (page) =>
  page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);

async function pairedRatios(withExtension, pairs) {
  const bench = await openBench({ withExtension });
  try {
    // One tab per origin, so each navigation stays within its site and keeps its renderer process
    // (alternating origins in one tab starts a new process every time, which swamps the figure).
    const watchedTab = bench.context.pages()[0] ?? (await bench.context.newPage());
    const unwatchedTab = await bench.context.newPage();
    const watched = bench.origin;
    const unwatched = bench.origin.replace('127.0.0.1', 'localhost');
    const out = {};
    for (const [name, path] of LOAD_PAGES) {
      // Warm the cache for both origins (and the extension's service worker).
      await watchedTab.goto(`${watched}${path}`);
      await unwatchedTab.goto(`${unwatched}${path}`);
      const ratios = [];
      const times = { watched: [], unwatched: [] };
      for (let i = 0; i < pairs; i++) {
        const order = i % 2 === 0 ? ['watched', 'unwatched'] : ['unwatched', 'watched'];
        const pair = {};
        for (const which of order) {
          const tab = which === 'watched' ? watchedTab : unwatchedTab;
          await tab.bringToFront();
          await tab.goto(`${which === 'watched' ? watched : unwatched}${path}`, { waitUntil: 'load' });
          pair[which] = await loadEventEnd(tab);
          times[which].push(pair[which]);
        }
        ratios.push(pair.watched / pair.unwatched);
      }
      out[name] = {
        // The ratio of the medians (the figure asked for); the median of the paired ratios beside it:
        // when the two disagree, the difference is within the noise.
        ratio: median(times.watched) / median(times.unwatched),
        pairedRatio: median(ratios),
        watchedMs: median(times.watched),
        unwatchedMs: median(times.unwatched),
      };
    }
    return out;
  } finally {
    await bench.close();
  }
}

export async function pageLoad({ pairs = 40 } = {}) {
  const withExt = await pairedRatios(true, pairs);
  const control = await pairedRatios(false, pairs);
  return LOAD_PAGES.map(([name]) => ({
    page: name,
    pairs,
    ratio: withExt[name].ratio,
    pairedRatio: withExt[name].pairedRatio,
    withMs: withExt[name].watchedMs,
    withoutMs: withExt[name].unwatchedMs,
    controlRatio: control[name].ratio,
  }));
}

/** Navigation start to the first prompt card, on the GP form opened with a telephone slot chosen. */
export async function firstPrompt({ runs = 10 } = {}) {
  const bench = await openBench({ withExtension: true });
  try {
    const page = bench.context.pages()[0] ?? (await bench.context.newPage());
    const url = `${bench.origin}/gp-form/?patient=p3&slotType=TC`;
    await page.goto(url);
    const samples = [];
    for (let i = 0; i < runs; i++) {
      await page.goto(url, { waitUntil: 'load' });
      const at = await page.waitForFunction(
        () =>
          document.querySelector('equity-prompts-panel')?.shadowRoot?.querySelector('article')
            ? performance.now()
            : false,
        null,
        { polling: 'raf', timeout: 10_000 },
      );
      samples.push(await at.jsonValue());
    }
    return { runs, medianMs: median(samples), loadMs: median([await loadEventEnd(page)]) };
  } finally {
    await bench.close();
  }
}
