/**
 * The auditor's log page on the built extension: events from a real prompt appear (live), details,
 * filters, summaries, the equity report, CSV and JSON exports, Verify integrity catching a hand-edited
 * chunk, clearing with a recorded reason, retention, keyboard use and axe.
 */

import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { eventFilter, verifyExport } from '../../lib/log';
import { expect, test } from './extension';
import { buildLog, nodeDigest, practiceEvents, seedStorage } from './log-seed';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const grid = (page: Page) => page.getByRole('grid', { name: 'Log events' });
const countLine = (page: Page) => page.locator('#event-count');

test('events from a prompt appear in the viewer as they happen, with every field in the details', async ({
  page,
  sites,
  context,
  extensionId,
}) => {
  const log = await context.newPage();
  await log.goto(`chrome-extension://${extensionId}/log.html`);
  await expect(log.getByText('The log is empty.')).toBeVisible();

  await page.bringToFront();
  await page.goto(`${sites}/gp-form/?patient=p3`);
  await page.selectOption('#appointment-type', 'TC');
  const card = page.locator('equity-prompts-panel').getByRole('article').first();
  await expect(card).toBeVisible();
  await card
    .getByRole('button', { name: /face-to-face/i })
    .first()
    .click();
  await expect(page.locator('#appointment-type')).toHaveValue('F2F');
  await page.click('#book');
  await expect(page.locator('#booking-status')).toContainText('Booked');

  // The open log page picks the new events up from storage.onChanged.
  await log.bringToFront();
  await expect(grid(log)).toContainText('Booking', { timeout: 10_000 });
  await expect(grid(log)).toContainText('Prompt shown');
  await expect(grid(log)).toContainText('Prompt accepted');
  await expect(grid(log)).toContainText('telephone → face-to-face');
  await expect(log.locator('.figure', { hasText: 'Prompt accepted' })).toContainText('1');
  // Three cards were shown: the in-person interpreter card as the form opened on Face to face, the
  // telephone warning (accepted), and the in-person card again after the switch (booked with it open).
  await expect(log.locator('.rates')).toContainText('Of 3 prompts shown: 33.3% accepted');
  const equity = log.getByRole('table', { name: /Bookings by need group/ });
  const interpreterRow = equity.getByRole('row', { name: /Interpreter needed/ });
  await expect(interpreterRow.getByRole('cell').first()).toHaveText('1'); // bookings
  await expect(interpreterRow.getByRole('cell').nth(1)).toHaveText('1'); // face-to-face
  expect(await axeViolations(log)).toEqual([]);

  // Keyboard only: Tab from the filters lands on the grid's one tab stop; Enter opens the details.
  await log.getByRole('button', { name: 'Clear filters' }).focus();
  await log.keyboard.press('Tab');
  const focused = log.locator(':focus');
  await expect(focused).toHaveAttribute('role', 'gridcell');
  await log.keyboard.press('Control+End');
  // Newest first: the next booking's in-person card (the form still shows Face to face), then the booking.
  await log.keyboard.press('Control+Home');
  await log.keyboard.press('ArrowDown');
  await expect(focused).toHaveText(/^#\d+$/);
  await log.keyboard.press('Enter');
  const dialog = log.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading')).toContainText('Booking');
  await expect(dialog).toContainText(/Hash\s*[0-9a-f]{64}/);
  await expect(dialog).toContainText(/Previous hash\s*[0-9a-f]{64}/);
  await expect(dialog).toContainText('Booking (hook instance)');
  await expect(dialog).not.toContainText('Patient reference'); // not enabled: not stored, not shown
  expect(await axeViolations(log)).toEqual([]);
  await log.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(log.locator(':focus')).toHaveAttribute('role', 'gridcell');
  await log.keyboard.press('ArrowDown');
  await log.keyboard.press('ArrowRight');
  await expect(log.locator(':focus')).toHaveAttribute('id', 'log-grid-r2-c1');
});

test('filters, summaries, chart table and equity report follow the seeded log', async ({
  page,
  serviceWorker,
  extensionId,
}) => {
  const events = practiceEvents(1200, { days: 20 });
  await seedStorage(serviceWorker, await buildLog(events));
  await page.goto(`chrome-extension://${extensionId}/log.html`);
  await expect(countLine(page)).toHaveText('Showing all 1,200 events');
  const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);

  const expectCount = async (filter: Parameters<typeof eventFilter>[0]) => {
    const n = events.filter(eventFilter({ ...filter, timeZone })).length;
    await expect(countLine(page)).toHaveText(`Showing ${n.toLocaleString('en-GB')} of 1,200 events`);
    return n;
  };
  await page.getByLabel('Outcome', { exact: true }).selectOption('overridden');
  const overridden = await expectCount({ kind: 'overridden' });
  await expect(page.locator('.figure', { hasText: 'Prompt overridden' })).toContainText(String(overridden));
  await page.getByLabel('Need', { exact: true }).selectOption('bsl-interpreter');
  await expectCount({ kind: 'overridden', need: 'bsl-interpreter' });
  await page.getByLabel('Site', { exact: true }).selectOption('branch-surgery');
  await expectCount({ kind: 'overridden', need: 'bsl-interpreter', siteId: 'branch-surgery' });
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Channel', { exact: true }).selectOption('any-remote');
  await page.getByLabel('Rule', { exact: true }).selectOption('interpreter-remote');
  await expectCount({ channel: 'any-remote', ruleId: 'interpreter-remote' });
  await page.getByRole('button', { name: 'Clear filters' }).click();
  const day = (offset: number) =>
    new Date(Date.now() - offset * 86_400_000).toLocaleDateString('en-CA', { timeZone });
  await page.getByLabel('From date', { exact: true }).fill(day(15));
  await page.getByLabel('To date', { exact: true }).fill(day(10));
  await expectCount({ from: day(15), to: day(10) });
  await page.getByLabel('Outcome', { exact: true }).selectOption('booking');
  const bookings = await expectCount({ from: day(15), to: day(10), type: 'booking' });
  await expect(
    page.getByRole('table', { name: /Bookings by need group/ }).getByRole('row', { name: /All bookings/ }),
  ).toContainText(bookings.toLocaleString('en-GB'));

  // The chart is an SVG image with a text alternative and a table of the same figures.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('img', { name: /Prompt outcomes per day/ })).toBeVisible();
  await page.getByText("Show the chart's figures as a table").click();
  const chartTable = page.getByRole('table', { name: /Prompt outcomes and bookings per day/ });
  await expect(chartTable).toBeVisible();
  const accepted = events.filter((e) => e.type === 'flag' && e.kind === 'accepted').length;
  const sum = await chartTable
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.reduce((n, row) => n + Number(row.querySelectorAll('td')[1]!.textContent!.replace(/,/g, '')), 0),
    );
  expect(sum).toBe(accepted);
  expect(await axeViolations(page)).toEqual([]);
});

test('CSV (filtered, formula-safe) and JSON (whole chain) exports download and check out', async ({
  page,
  serviceWorker,
  extensionId,
}) => {
  const events = practiceEvents(1200, { days: 20, firstComment: '=HYPERLINK("http://evil.example","x")' });
  await seedStorage(serviceWorker, await buildLog(events));
  await page.goto(`chrome-extension://${extensionId}/log.html`);
  await expect(countLine(page)).toHaveText('Showing all 1,200 events');

  await page.getByLabel('Outcome', { exact: true }).selectOption('overridden');
  const overridden = events.filter((e) => e.type === 'flag' && e.kind === 'overridden');
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: /as CSV/ }).click();
  const csvFile = await csvDownload;
  expect(csvFile.suggestedFilename()).toMatch(/^equity-prompts-log-filtered-.*\.csv$/);
  const csv = await readFile((await csvFile.path())!, 'utf8');
  const lines = csv.split('\r\n');
  expect(lines[0]).toMatch(/^seq,time,type,kind,site,/);
  // header, rows, the head trailer, '' after the last CRLF
  expect(lines.length).toBe(overridden.length + 3);
  expect(lines.slice(1, -2).every((line) => line.split(',')[3] === 'overridden')).toBe(true);
  expect(lines.at(-2)).toMatch(
    new RegExp(
      `^# log head: record #1200 hash [0-9a-f]{64} \\(${overridden.length} of 1200 records in this file\\),*$`,
    ),
  );
  expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
  await expect(page.getByRole('status').filter({ hasText: 'Exported' })).toContainText(
    `Exported ${overridden.length} events`,
  );

  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: /whole log as JSON/ }).click();
  const jsonFile = await jsonDownload;
  const json = await readFile((await jsonFile.path())!, 'utf8');
  expect(JSON.parse(json)).toMatchObject({
    format: 'equity-prompts-log',
    version: 2,
    head: { seq: 1200 },
    count: 1200,
  });
  expect(await verifyExport(json, nodeDigest)).toMatchObject({ ok: true, count: 1200 });
});

test('Verify integrity: intact, then a hand-edited stored chunk is caught at the edited record', async ({
  page,
  serviceWorker,
  extensionId,
}) => {
  await seedStorage(serviceWorker, await buildLog(practiceEvents(1200, { days: 20 })));
  await page.goto(`chrome-extension://${extensionId}/log.html`);
  await expect(countLine(page)).toHaveText('Showing all 1,200 events');
  await page.getByRole('button', { name: 'Verify integrity' }).click();
  const verdict = page.locator('.verdict');
  await expect(verdict).toContainText('Log intact: 1,200 events checked');

  // Someone edits a record in storage by hand: chunk 1 holds records 501-1000; the 11th is #511.
  await serviceWorker.evaluate(async () => {
    const key = 'log:chunk:000001';
    const body = (await chrome.storage.local.get(key))[key] as {
      records: Array<{ seq: number; event: { siteId?: string } }>;
    };
    body.records[10]!.event.siteId = 'somewhere-else';
    await chrome.storage.local.set({ [key]: body });
  });
  await page.getByRole('button', { name: 'Verify integrity' }).click();
  await expect(verdict).toContainText('Log altered: first broken record #511 (changed after it was written)');
  await expect(verdict).toContainText('Record 511 in chunk 1 was changed after it was written');
  // The viewer shows the edited record as it now reads (it reloads when storage changes).
  await page.getByLabel('Site', { exact: true }).selectOption('somewhere-else');
  await expect(countLine(page)).toHaveText('Showing 1 of 1,200 events');
  expect(await axeViolations(page)).toEqual([]);
});

test('Clear log asks for confirmation and a reason; the clearing is the first record of the new log', async ({
  page,
  serviceWorker,
  extensionId,
  readStorage,
}) => {
  await seedStorage(serviceWorker, await buildLog(practiceEvents(700, { days: 5 })));
  await page.goto(`chrome-extension://${extensionId}/log.html`);
  await expect(countLine(page)).toHaveText('Showing all 700 events');

  await page.getByRole('button', { name: 'Clear the log…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Clear the log?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel(/Reason for clearing/)).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  // No reason: nothing happens but an explanation.
  await dialog.getByRole('button', { name: 'Clear the log' }).click();
  await expect(dialog).toContainText('Give a reason for clearing the log.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Clear the log…' })).toBeFocused();
  await expect(countLine(page)).toHaveText('Showing all 700 events');

  await page.getByRole('button', { name: 'Clear the log…' }).click();
  await dialog.getByLabel(/Reason for clearing/).fill('End of the 2025 audit period; exported to the DPO');
  await dialog.getByRole('button', { name: 'Clear the log' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Log cleared: 700 event(s) removed.')).toBeVisible();
  await expect(countLine(page)).toHaveText('Showing all 1 event');
  await expect(grid(page)).toContainText('Audit: log cleared');
  await grid(page).getByRole('gridcell').first().click();
  await expect(page.getByRole('dialog')).toContainText('End of the 2025 audit period; exported to the DPO');
  await expect(page.getByRole('dialog')).toContainText('Removed 700 event(s)');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Verify integrity' }).click();
  await expect(page.locator('.verdict')).toContainText('Log intact: 1 event checked');
  // The page never wrote: the background did (its meta counts the clear's record).
  expect(await readStorage<{ lastSeq: number }>('log:meta')).toMatchObject({ lastSeq: 701 });
});

test('Apply retention drops whole chunks older than the setting and logs it', async ({
  page,
  serviceWorker,
  extensionId,
}) => {
  const old = practiceEvents(1000, {
    start: new Date(Date.now() - 500 * 86_400_000),
    days: 30,
    prefix: 'old',
  });
  const recent = practiceEvents(20, { days: 2, prefix: 'new', seed: 9 });
  await seedStorage(serviceWorker, await buildLog([...old, ...recent]));
  await page.goto(`chrome-extension://${extensionId}/log.html`);
  await expect(countLine(page)).toHaveText('Showing all 1,020 events');
  await expect(page.getByText('Events are kept for 365 days')).toBeVisible();
  await page.getByRole('button', { name: 'Apply retention now' }).click();
  await expect(
    page.getByText(/Retention applied: 1,000 event\(s\) older than 365 days were dropped/),
  ).toBeVisible();
  await expect(countLine(page)).toHaveText('Showing all 21 events');
  await page.getByLabel('Outcome', { exact: true }).selectOption('audit');
  await expect(grid(page)).toContainText('Audit: retention');
  await page.getByRole('button', { name: 'Verify integrity' }).click();
  await expect(page.locator('.verdict')).toContainText('Log intact: 21 events checked');
  await page.getByRole('button', { name: 'Apply retention now' }).click();
  await expect(page.getByText(/Nothing to drop/)).toBeVisible();
});

test('the popup opens the flag log in a tab', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const opened = context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Flag log' }).click();
  const log = await opened;
  await log.waitForLoadState();
  expect(log.url()).toBe(`chrome-extension://${extensionId}/log.html`);
  await expect(log.getByRole('heading', { level: 1 })).toHaveText('Flag log');
});
