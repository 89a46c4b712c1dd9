/**
 * The receptionist's prompt on the server-rendered GP booking form, in real Chromium with the built
 * extension: prompts appear, change and go with the page; suggestions change only the slot type.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './extension';

const panel = (page: import('@playwright/test').Page) => page.locator('equity-prompts-panel');

test('no needs: choosing telephone raises no prompt and the page is untouched', async ({ page, sites }) => {
  await page.goto(`${sites}/gp-form/?patient=p1`);
  await page.selectOption('#appointment-type', 'TC');
  await page.waitForTimeout(400);
  await expect(panel(page)).toHaveCount(0);
});

test('negated needs raise nothing', async ({ page, sites }) => {
  await page.goto(`${sites}/gp-form/?patient=p2`);
  await page.selectOption('#appointment-type', 'TC');
  await page.waitForTimeout(400);
  await expect(panel(page).getByRole('article')).toHaveCount(0);
});

test('interpreter need + telephone: prompt with evidence; face-to-face fix is applied and can be undone', async ({
  page,
  sites,
}) => {
  await page.goto(`${sites}/gp-form/?patient=p3`);
  await expect(panel(page).getByRole('article')).toHaveCount(0);
  await page.selectOption('#appointment-type', 'TC');
  const card = panel(page).getByRole('article').first();
  await expect(card).toContainText(/interpreter/i);
  await expect(card).toContainText('Interpreter needed - Polish');
  await expect(card).toContainText(/Telephone/);
  await card
    .getByRole('button', { name: /face-to-face/i })
    .first()
    .click();
  await expect(page.locator('#appointment-type')).toHaveValue('F2F');
  await expect(card).toContainText(/Changed/);
  await card.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('#appointment-type')).toHaveValue('TC');
});

test('a need written only under "Registration notes" raises a prompt', async ({ page, sites }) => {
  await page.goto(`${sites}/gp-form/?patient=p5`);
  await page.selectOption('#appointment-type', 'VC');
  const card = panel(page).getByRole('article').first();
  await expect(card).toContainText(/digital|internet/i);
  await expect(card).toContainText('no internet at home');
  await expect(card).toContainText(/Video/);
});

test('the prompt card passes axe (WCAG 2.2 AA) and never takes focus', async ({ page, sites }) => {
  await page.goto(`${sites}/gp-form/?patient=p4`);
  await page.locator('#appointment-type').focus();
  await page.keyboard.press('ArrowDown'); // choose Telephone from the keyboard
  await expect(panel(page).getByRole('article').first()).toBeVisible();
  await expect(page.locator('#appointment-type')).toBeFocused();
  const results = await new AxeBuilder({ page })
    .include('equity-prompts-panel')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});
