/**
 * Ask and record (AIS "identify"): off by default; turned on by the manager, a page showing no
 * recorded needs offers "ask the patient"; the answer is logged with the booking (no patient
 * identifier), not offered again for that patient, and the log page shows the share of bookings
 * where needs are known.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './extension';
import { AXE_TAGS, openSection } from './options-helpers';

const panel = (page: Page) => page.locator('equity-prompts-panel');

async function bookings(worker: Worker): Promise<Array<Record<string, unknown>>> {
  return worker.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    const out: Array<Record<string, unknown>> = [];
    for (const key of Object.keys(all).filter((k) => /^log:chunk:/.test(k))) {
      const body = all[key] as { records?: Array<{ event: unknown }> } | Array<{ event: unknown }>;
      for (const r of Array.isArray(body) ? body : (body.records ?? [])) {
        const e = r.event as Record<string, unknown>;
        if (e.type === 'booking') out.push(e);
      }
    }
    return out as never;
  });
}

test('off by default: a page with no needs shows nothing', async ({ page, sites }) => {
  await page.goto(`${sites}/gp-form/?patient=p1`);
  await page.selectOption('#appointment-type', 'TC');
  await page.waitForTimeout(500);
  await expect(panel(page)).toHaveCount(0);
});

test('turned on: ask the patient, logged with the booking, once per patient, shown in the report', async ({
  page,
  sites,
  serviceWorker,
  openExtensionPage,
}) => {
  const options = await openSection(openExtensionPage, 'rules', 'Rules');
  await options.getByLabel('Ask the patient when a booking page shows no communication needs').check();
  await expect(options.getByRole('status')).toContainText('Ask the patient: on');
  await options.close();

  await page.goto(`${sites}/gp-form/?patient=p1`);
  const card = panel(page).getByRole('region', { name: 'No communication needs recorded: ask the patient' });
  await expect(card).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('equity-prompts-panel').withTags(AXE_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);

  // Keyboard: choose a need and record it.
  await card.getByLabel('A need').focus();
  await card.getByLabel('A need').selectOption('easy-read');
  await card.getByRole('button', { name: 'Record this need' }).press('Enter');
  await expect(card).toContainText('Recorded:');
  await page.click('#book');
  await expect(page.locator('#booking-status')).toContainText('Booked');
  await expect.poll(async () => (await bookings(serviceWorker)).length).toBe(1);
  const [booked] = await bookings(serviceWorker);
  expect(booked?.needsAsked).toEqual({ answer: 'need', need: 'easy-read' });
  expect(JSON.stringify(booked)).not.toContain('p1');

  // The same patient again: not asked again this year.
  await page.goto(`${sites}/gp-form/?patient=p1`);
  await page.selectOption('#appointment-type', 'TC');
  await page.waitForTimeout(500);
  await expect(panel(page).getByRole('region', { name: /ask the patient/ })).toHaveCount(0);

  const log = await openExtensionPage('log.html');
  await expect(log.getByTestId('needs-known')).toContainText('Needs known for 100% of bookings');
});
