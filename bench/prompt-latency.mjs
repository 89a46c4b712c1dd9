/**
 * Time from a slot-type change to the prompt being shown, measured inside the page: the clock starts
 * just before the change event is dispatched and stops when a prompt card appears in the panel's
 * (open) shadow root, seen by a MutationObserver. Alternates Telephone (prompt) and Face to face (none).
 */
import { median, openBench, percentile } from './browser.mjs';

export async function promptLatency({ runs = 40 } = {}) {
  const bench = await openBench();
  try {
    const page = bench.context.pages()[0] ?? (await bench.context.newPage());
    await page.goto(`${bench.origin}/gp-form/?patient=p3`);
    // First prompt mounts the panel; measure the steady state after that.
    await page.selectOption('#appointment-type', 'TC');
    await page.locator('equity-prompts-panel').getByRole('article').first().waitFor();
    const samples = [];
    for (let i = 0; i < runs; i++) {
      await page.selectOption('#appointment-type', 'F2F');
      await page.locator('equity-prompts-panel').getByRole('article').first().waitFor({ state: 'detached' });
      const ms = await page.evaluate(
        () =>
          new Promise((resolve, reject) => {
            const root = document.querySelector('equity-prompts-panel')?.shadowRoot;
            if (!root) return reject(new Error('no panel'));
            const select = document.getElementById('appointment-type');
            const observer = new MutationObserver(() => {
              if (root.querySelector('article')) {
                observer.disconnect();
                resolve(performance.now() - started);
              }
            });
            observer.observe(root, { childList: true, subtree: true });
            const started = performance.now();
            select.value = 'TC';
            select.dispatchEvent(new Event('change', { bubbles: true }));
            setTimeout(() => reject(new Error('prompt did not appear within 2 s')), 2000);
          }),
      );
      samples.push(ms);
    }
    return { runs, medianMs: median(samples), p95Ms: percentile(samples, 95) };
  } finally {
    await bench.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await promptLatency());
}
