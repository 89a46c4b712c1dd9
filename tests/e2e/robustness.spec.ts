/**
 * A badly behaved host page (its scripts throw, it mutates the DOM hundreds of times a second, its
 * alerts hold markup-looking text) does not break the prompt, and page text is only shown as text.
 * Keyboard-only use of the prompt, forced-colours mode and 200% zoom.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './extension';

const cards = (page: Page) => page.locator('equity-prompts-panel').getByRole('article');

test('hostile page: prompts still work, markup in alerts stays text, the page still books', async ({
  page,
  sites,
}) => {
  await page.goto(`${sites}/hostile/`);
  await page.selectOption('#slot', 'TC');
  await expect(
    cards(page)
      .filter({ hasText: /interpreter/i })
      .first(),
  ).toBeVisible();
  await expect(
    cards(page)
      .filter({ hasText: /BSL|sign language/i })
      .first(),
  ).toContainText('<img src=x');
  // Nothing from the page was turned into elements inside our shadow root.
  const injected = await page.evaluate(() => {
    const host = document.querySelector('equity-prompts-panel');
    return host?.shadowRoot?.querySelectorAll('img, script').length ?? -1;
  });
  expect(injected).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await cards(page)
    .filter({ hasText: /interpreter/i })
    .first()
    .getByRole('button', { name: /face-to-face/i })
    .first()
    .click();
  await expect(page.locator('#slot')).toHaveValue('F2F');
  await page.click('#book');
  await expect(page.locator('#status')).toHaveText('Booked: F2F');
});

test('keyboard only: reach the prompt with Tab, apply the fix with Enter, undo it', async ({
  page,
  sites,
}) => {
  await page.goto(`${sites}/gp-form/?patient=p3`);
  await page.locator('#appointment-type').focus();
  await page.keyboard.press('ArrowDown'); // Telephone
  await expect(cards(page).first()).toBeVisible();
  // Tab onwards until focus reaches the recommended suggestion inside the panel.
  const recommended = cards(page)
    .first()
    .getByRole('button', { name: /face-to-face/i })
    .first();
  for (let i = 0; i < 40 && !(await recommended.evaluate((el) => el.matches(':focus'))); i++)
    await page.keyboard.press('Tab');
  await expect(recommended).toBeFocused();
  // Focus is visible: the focus ring is drawn.
  expect(await recommended.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.locator('#appointment-type')).toHaveValue('F2F');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // Undo
  await expect(page.locator('#appointment-type')).toHaveValue('TC');
});

test('forced-colours mode and 200% zoom: the prompt stays readable, operable and axe-clean', async ({
  page,
  sites,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.setViewportSize({ width: 640, height: 480 }); // a 1280x960 screen at 200% zoom
  await page.goto(`${sites}/gp-form/?patient=p3`);
  await page.selectOption('#appointment-type', 'TC');
  const card = cards(page).first();
  await expect(card).toBeVisible();
  const box = await page.locator('equity-prompts-panel').locator('.frame').boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(640);
  // Collapsing gets it out of the way of the booking form.
  await page.locator('equity-prompts-panel').getByRole('button', { name: 'Hide prompts' }).click();
  await expect(cards(page)).toHaveCount(0);
  await page.locator('equity-prompts-panel').getByRole('button', { name: 'Show prompts' }).click();
  await expect(cards(page).first()).toBeVisible();
  const results = await new AxeBuilder({ page })
    .include('equity-prompts-panel')
    .withTags(['wcag2a', 'wcag2aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('the docked panel moves aside rather than cover the slot-type control', async ({ page, sites }) => {
  await page.goto(`${sites}/gp-form/?patient=p3`);
  // A layout where the slot-type control sits in the bottom-right corner, where the panel docks.
  await page.addStyleTag({
    content: '#appointment-type { position: fixed; right: 24px; bottom: 40px; width: 200px; }',
  });
  await page.selectOption('#appointment-type', 'TC');
  await expect(cards(page).first()).toBeVisible();
  const control = (await page.locator('#appointment-type').boundingBox())!;
  await expect
    .poll(async () => {
      const panel = (await page.locator('equity-prompts-panel').locator('.frame').boundingBox())!;
      return panel.x + panel.width <= control.x || panel.x >= control.x + control.width;
    })
    .toBe(true);
});
