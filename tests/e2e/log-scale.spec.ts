/**
 * The log page at 100,000 events: first render, filtering, keyboard travel through the virtualised
 * grid, CSV and JSON exports, and Verify integrity. Prints the measured times (one line each,
 * "[log-scale] ...") so they can be reported; the limits asserted are generous ceilings for a
 * 2-core CI machine, not targets.
 */
import { readFile } from 'node:fs/promises';
import { eventFilter, verifyExport } from '../../lib/log';
import { expect, test } from './extension';
import { buildLog, nodeDigest, practiceEvents, seedStorage } from './log-seed';

const N = 100_000;

test('100,000 events: first render, filter, keyboard, exports and verify', async ({
  page,
  serviceWorker,
  extensionId,
}) => {
  test.setTimeout(300_000);
  const events = practiceEvents(N, { days: 120 });
  let t = Date.now();
  const items = await buildLog(events);
  const built = Date.now() - t;
  t = Date.now();
  await seedStorage(serviceWorker, items);
  console.log(
    `[log-scale] chain built in Node: ${built} ms; copied into chrome.storage.local: ${Date.now() - t} ms`,
  );

  // First render: navigation to the grid showing its first (newest) rows, then with all 100,000.
  const start = Date.now();
  await page.goto(`chrome-extension://${extensionId}/log.html`);
  const firstRows = await page.waitForFunction(
    () => (document.querySelector('[role="grid"] [role="gridcell"]') ? performance.now() : false),
    null,
    { polling: 'raf', timeout: 120_000 },
  );
  const firstRowsAt = Date.now() - start;
  const firstRowsInPage = Math.round((await firstRows.jsonValue()) as number);
  console.log(
    `[log-scale] table visible (newest events, while the rest load) at ${N} events: ${firstRowsAt} ms from goto (${firstRowsInPage} ms after navigation start)`,
  );
  const inPage = await page.waitForFunction(
    (rows) => {
      const grid = document.querySelector('[role="grid"]');
      return grid?.getAttribute('aria-rowcount') === rows &&
        grid.querySelector('[role="gridcell"]') &&
        document.querySelector('#filter-outcome') &&
        document.querySelector('.figure')
        ? performance.now()
        : false;
    },
    String(N + 1),
    { polling: 'raf', timeout: 120_000 },
  );
  const firstRender = Date.now() - start;
  const sincePageStart = Math.round((await inPage.jsonValue()) as number);
  console.log(
    `[log-scale] table complete at ${N} events (all rows, filters and figures ready): ${firstRender} ms from goto (${sincePageStart} ms after navigation start)`,
  );
  const grid = page.getByRole('grid', { name: 'Log events' });
  await expect(grid).toBeVisible();
  expect(await grid.locator('[role="row"]').count()).toBeLessThan(60); // virtualised: a window of rows

  // Filter: the count matches summary.ts's eventFilter over the same events.
  const count = page.locator('#event-count');
  const expected = events.filter(eventFilter({ need: 'bsl-interpreter', kind: 'overridden' })).length;
  t = Date.now();
  await page.getByLabel('Need', { exact: true }).selectOption('bsl-interpreter');
  await page.getByLabel('Outcome', { exact: true }).selectOption('overridden');
  await expect(count).toHaveText(`Showing ${expected.toLocaleString('en-GB')} of 100,000 events`);
  console.log(`[log-scale] two filter changes at ${N} events: ${Date.now() - t} ms`);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(count).toHaveText('Showing all 100,000 events');

  // Keyboard: to the last row (oldest, #1) and back through the virtual window.
  await grid.getByRole('gridcell').first().focus();
  await page.keyboard.press('Control+End');
  await expect(page.locator(':focus')).toHaveText('#1');
  await expect(page.locator(':focus').locator('xpath=..')).toHaveAttribute('aria-rowindex', String(N + 1));
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(page.locator(':focus')).toHaveAttribute('role', 'gridcell');
  await page.keyboard.press('Control+Home');
  await expect(page.locator(':focus')).toHaveText(`#${N}`);

  // Scrolling with the mouse wheel keeps a small window of rows rendered.
  await grid.locator('.vgrid-scroll').evaluate((el) => {
    el.scrollTop = el.scrollHeight / 2;
  });
  await expect(grid).toContainText(`#${N / 2}`);
  expect(await grid.locator('[role="row"]').count()).toBeLessThan(60);

  // CSV export of all 100,000 events: click to download.
  t = Date.now();
  const csvDownload = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByRole('button', { name: /Export 100,000 events as CSV/ }).click();
  await expect(page.getByRole('progressbar')).toBeVisible();
  const csvFile = await csvDownload;
  const csvTime = Date.now() - t;
  const csv = await readFile((await csvFile.path())!, 'utf8');
  console.log(`[log-scale] CSV export at ${N} events: ${csvTime} ms (${(csv.length / 1e6).toFixed(1)} MB)`);
  expect(csv.split('\r\n')).toHaveLength(N + 3); // header, rows, head trailer, ''

  t = Date.now();
  const jsonDownload = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByRole('button', { name: /whole log as JSON/ }).click();
  const jsonFile = await jsonDownload;
  const jsonTime = Date.now() - t;
  const json = await readFile((await jsonFile.path())!, 'utf8');
  console.log(
    `[log-scale] JSON export at ${N} events: ${jsonTime} ms (${(json.length / 1e6).toFixed(1)} MB)`,
  );
  expect(await verifyExport(json, nodeDigest)).toMatchObject({ ok: true, count: N });

  t = Date.now();
  await page.getByRole('button', { name: 'Verify integrity' }).click();
  await expect(page.locator('.verdict')).toContainText('Log intact: 100,000 events checked', {
    timeout: 120_000,
  });
  console.log(`[log-scale] Verify integrity (background) at ${N} events: ${Date.now() - t} ms`);
});
