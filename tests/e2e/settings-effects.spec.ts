/**
 * Manager settings as the receptionist meets them: advice-only mode and Welsh. And fail-safe: when
 * the extension is reloaded under an open booking page, its UI goes away and the page keeps working.
 */
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './extension';

const cards = (page: Page) => page.locator('equity-prompts-panel').getByRole('article');

async function changeSettings(worker: Worker, patch: Record<string, unknown>) {
  await worker.evaluate(async (p) => {
    const { settings } = (await chrome.storage.local.get('settings')) as {
      settings: Record<string, unknown>;
    };
    await chrome.storage.local.set({ settings: { ...settings, ...p } });
  }, patch);
}

test('advice-only mode: no page-changing buttons, and it says so', async ({ page, sites, serviceWorker }) => {
  await changeSettings(serviceWorker, { adviceOnly: true });
  await page.goto(`${sites}/gp-form/?patient=p3`);
  await page.selectOption('#appointment-type', 'TC');
  const card = cards(page).first();
  await expect(card).toContainText(/Advice only/);
  await expect(card.getByRole('button', { name: /face-to-face/i })).toHaveCount(0);
  // A suggestion that only records (e.g. "Interpreter booked") stays available.
  await expect(card.getByRole('button', { name: /interpreter booked/i })).toHaveCount(1);
});

test('Welsh: the panel and the default rules speak Welsh', async ({ page, sites, serviceWorker }) => {
  await changeSettings(serviceWorker, { language: 'cy' });
  await page.goto(`${sites}/gp-form/?patient=p3`);
  await page.selectOption('#appointment-type', 'TC');
  await expect(page.locator('equity-prompts-panel')).toContainText('Awgrymiadau tegwch');
  await expect(cards(page).first()).toContainText('Rhybudd');
});

test('extension reloaded mid-booking: the prompt goes away cleanly and the page still books', async ({
  page,
  sites,
  serviceWorker,
}) => {
  await page.goto(`${sites}/gp-form/?patient=p3`);
  await page.selectOption('#appointment-type', 'TC');
  await expect(cards(page).first()).toBeVisible();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await serviceWorker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  await expect(page.locator('equity-prompts-panel')).toHaveCount(0, { timeout: 10_000 });
  await page.selectOption('#appointment-type', 'VC');
  await page.click('#book');
  await expect(page.locator('#booking-status')).toContainText('Booked: Video');
  expect(errors).toEqual([]);
});
