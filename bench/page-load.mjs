/**
 * Page load with and without the extension on each demo site. Two browsers run side by side, one
 * with the demo build and one without, and loads alternate between them, so drift in the machine's
 * load hits both alike. Each sample is the navigation's loadEventEnd; the figure is the median.
 *
 * Also: how long after navigation start the first prompt shows on a page that raises one at once
 * (the booking script starts after the page's load event, by design).
 */
import { median, openBench } from './browser.mjs';

export const LOAD_PAGES = [
  ['GP form', '/gp-form/?patient=p3'],
  ['SPA', '/spa/?view=patient&id=p4'],
  ['Iframe form', '/iframe/?patient=p5'],
];

const loadEventEnd = (page) =>
  page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);

export async function pageLoad({ runs = 20 } = {}) {
  const withExt = await openBench({ withExtension: true });
  const without = await openBench({ withExtension: false });
  try {
    const pageWith = withExt.context.pages()[0] ?? (await withExt.context.newPage());
    const pageWithout = without.context.pages()[0] ?? (await without.context.newPage());
    const rows = [];
    for (const [name, path] of LOAD_PAGES) {
      // Warm both caches and the extension's service worker.
      await pageWith.goto(`${withExt.origin}${path}`);
      await pageWithout.goto(`${without.origin}${path}`);
      const a = [];
      const b = [];
      for (let i = 0; i < runs; i++) {
        // Alternate which goes first, too.
        const order = i % 2 === 0 ? ['with', 'without'] : ['without', 'with'];
        for (const which of order) {
          if (which === 'with') {
            await pageWith.goto(`${withExt.origin}${path}`, { waitUntil: 'load' });
            a.push(await loadEventEnd(pageWith));
          } else {
            await pageWithout.goto(`${without.origin}${path}`, { waitUntil: 'load' });
            b.push(await loadEventEnd(pageWithout));
          }
        }
      }
      rows.push({ page: name, withMs: median(a), withoutMs: median(b), ratio: median(a) / median(b), runs });
    }
    return rows;
  } finally {
    await withExt.close();
    await without.close();
  }
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
