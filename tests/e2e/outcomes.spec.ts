/**
 * What happened is recorded: displayed, accepted, overridden, dismissed and ignored FlagEvents and a
 * BookingEvent, each exactly once per prompt per booking, and none with patient details.
 */
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './extension';

interface StoredRecord {
  event: {
    type: string;
    kind?: string;
    ruleId?: string;
    id: string;
    channel?: string;
    flagged?: boolean;
    needs?: string[];
  };
}

async function loggedEvents(worker: Worker): Promise<StoredRecord['event'][]> {
  return worker.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    const chunks = Object.keys(all)
      .filter((k) => /^log:chunk:/.test(k))
      .sort();
    const out: unknown[] = [];
    for (const key of chunks) {
      const body = all[key] as { records?: Array<{ event: unknown }> } | Array<{ event: unknown }>;
      const records = Array.isArray(body) ? body : (body.records ?? []);
      for (const r of records) out.push(r.event);
    }
    return out as never;
  });
}

async function waitForEvents(worker: Worker, predicate: (events: StoredRecord['event'][]) => boolean) {
  await expect.poll(async () => predicate(await loggedEvents(worker)), { timeout: 8000 }).toBe(true);
  return loggedEvents(worker);
}

const cards = (page: Page) => page.locator('equity-prompts-panel').getByRole('article');

test('accepted then booked: one displayed, one accepted, one booking event; re-render and reload add no duplicates', async ({
  page,
  sites,
  serviceWorker,
}) => {
  await page.goto(`${sites}/gp-form/?patient=p3`);
  await page.selectOption('#appointment-type', 'TC');
  await expect(cards(page).first()).toBeVisible();
  // Churn the page: flip the type away and back, then reload and choose telephone again.
  await page.selectOption('#appointment-type', 'F2F');
  await page.selectOption('#appointment-type', 'TC');
  await page.reload();
  await page.selectOption('#appointment-type', 'TC');
  await expect(cards(page).first()).toBeVisible();
  await cards(page)
    .first()
    .getByRole('button', { name: /face-to-face/i })
    .first()
    .click();
  await expect(page.locator('#appointment-type')).toHaveValue('F2F');
  await page.click('#book');
  await expect(page.locator('#booking-status')).toContainText('Booked');
  const events = await waitForEvents(serviceWorker, (e) => e.some((x) => x.type === 'booking'));
  const flags = events.filter((e) => e.type === 'flag');
  const displayed = flags.filter((e) => e.kind === 'displayed');
  expect(new Set(displayed.map((e) => e.id)).size).toBe(displayed.length);
  expect(displayed.length).toBeGreaterThan(0);
  expect(flags.filter((e) => e.kind === 'accepted')).toHaveLength(1);
  const booking = events.filter((e) => e.type === 'booking');
  expect(booking).toHaveLength(1);
  expect(booking[0]).toMatchObject({ channel: 'face-to-face', flagged: true, needs: ['interpreter'] });
  // No patient details in the log.
  expect(JSON.stringify(events)).not.toMatch(/Zofia|999 000|Przyk/);
});

test('overridden with a reason, dismissed, and ignored outcomes are recorded', async ({
  page,
  sites,
  serviceWorker,
}) => {
  await page.goto(`${sites}/gp-form/?patient=p4`);
  await page.selectOption('#appointment-type', 'TC');
  await expect(cards(page).nth(1)).toBeVisible();
  const count = await cards(page).count();
  const first = cards(page).first();
  await first.getByText(/Keep this slot type/).click();
  await first.getByLabel('Reason').selectOption({ index: 1 });
  await first.getByRole('button', { name: /record reason/i }).click();
  await expect(first).toContainText(/reason recorded/i);
  await cards(page).nth(1).getByRole('button', { name: 'Dismiss' }).click();
  await expect(cards(page)).toHaveCount(count - 1);
  await page.click('#book');
  const events = await waitForEvents(serviceWorker, (e) => e.some((x) => x.type === 'booking'));
  const kinds = events.filter((e) => e.type === 'flag').map((e) => e.kind);
  expect(kinds.filter((k) => k === 'overridden')).toHaveLength(1);
  expect(kinds.filter((k) => k === 'dismissed')).toHaveLength(1);
  expect(kinds.filter((k) => k === 'ignored')).toHaveLength(count - 2);
  expect(events.find((e) => e.type === 'booking')).toMatchObject({ channel: 'telephone', flagged: true });
});
