/**
 * The prompt on a late-rendering single-page app with controlled inputs and a slot grid, and on a
 * booking form inside a same-origin iframe whose needs are only in free-text notes.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './extension';

const cards = (page: Page) => page.locator('equity-prompts-panel').getByRole('article');

test('SPA: late render, telephone slot card raises the BSL prompt; the fix clicks the nearest face-to-face card', async ({
  page,
  sites,
}) => {
  await page.goto(`${sites}/spa/?view=patient&id=p4`);
  await page.locator('.slot-grid').waitFor();
  await page.locator('.slot-card[data-mode="phone"]').first().click();
  const card = cards(page)
    .filter({ hasText: /BSL|sign language/i })
    .first();
  await expect(card).toBeVisible();
  await card
    .getByRole('button', { name: /face-to-face/i })
    .first()
    .click();
  // The app itself now shows a face-to-face slot as chosen (its state changed, not just our DOM).
  await expect(page.locator('.slot-card[aria-pressed="true"]')).toHaveAttribute(
    'data-mode',
    /in-person|f2f|face/i,
  );
  await expect(card).toContainText(/Changed/);
});

test('SPA: the controlled radio group is changed the way a user would, and the app keeps it', async ({
  page,
  sites,
}) => {
  await page.goto(`${sites}/spa/?view=patient&id=p3`);
  await page.locator('#mode-group').waitFor();
  await page.locator('input[name="mode"][value="phone"]').check();
  const card = cards(page)
    .filter({ hasText: /interpreter/i })
    .first();
  await expect(card).toBeVisible();
  await card
    .getByRole('button', { name: /face-to-face/i })
    .first()
    .click();
  await expect(page.locator('input[name="mode"][value="in-person"]')).toBeChecked();
  // The app re-renders from its own state every clock tick: the choice must survive it.
  await page.waitForTimeout(2300);
  await expect(page.locator('input[name="mode"][value="in-person"]')).toBeChecked();
  await expect(
    cards(page)
      .filter({ hasText: /interpreter/i })
      .getByRole('button', { name: /face-to-face/i }),
  ).toHaveCount(0);
});

test('SPA: route change to another patient without reload clears and re-raises prompts', async ({
  page,
  sites,
}) => {
  await page.goto(`${sites}/spa/?view=patient&id=p3`);
  await page.locator('#mode-group').waitFor();
  await page.locator('input[name="mode"][value="phone"]').check();
  await expect(cards(page).first()).toBeVisible();
  await page.locator('a[href="?view=list"]').first().click();
  await expect(cards(page)).toHaveCount(0);
  await page.locator('.patient-link', { hasText: /Arthur/ }).click();
  await page.locator('#mode-group').waitFor();
  await page.locator('input[name="mode"][value="phone"]').check();
  await page.waitForTimeout(400);
  await expect(cards(page)).toHaveCount(0);
});

test('iframe: a need written only in the notes box raises a prompt inside the frame', async ({
  page,
  sites,
}) => {
  await page.goto(`${sites}/iframe/?patient=p5`);
  const frame = page.frameLocator('iframe#booking-frame');
  await frame.locator('input[name="consultation"][value="video"]').check();
  const card = frame.locator('equity-prompts-panel').getByRole('article').first();
  await expect(card).toContainText(/digital/i);
  await expect(card).toContainText(/internet/i);
  await frame.locator('input[name="consultation"][value="face-to-face"]').check();
  await expect(frame.locator('equity-prompts-panel').getByRole('article')).toHaveCount(0);
});
