/**
 * An install made before default rule set version 2: the stored version 1 settings (a real v1 object,
 * tests/fixtures/settings) come up with the new defaults, and the Rules section tells the manager what
 * changed until dismissed. In English and in Welsh, keyboard only, axe clean.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './extension';
import { AXE_TAGS, openSection } from './options-helpers';

const v1Managed = () =>
  JSON.parse(readFileSync('tests/fixtures/settings/v1-managed-install.json', 'utf8')) as Record<
    string,
    unknown
  >;

test('a version 1 install is told what the default rules update did, and can dismiss it', async ({
  page,
  openExtensionPage,
  writeStorage,
  readStorage,
}) => {
  void page;
  await writeStorage({ settings: { ...v1Managed(), language: 'en' } });
  const options = await openSection(openExtensionPage, 'rules', 'Rules');

  const notice = options.getByRole('region', { name: 'Default rules updated to version 2' });
  await expect(notice).toContainText('13 rules refreshed, 6 added; your 1 edited rule kept.');
  await expect(notice).toContainText('1 rule you had deleted was not brought back.');
  // The names on request.
  await notice.getByText('Which rules').click();
  await expect(notice.getByRole('definition').nth(2)).toHaveText(/Hearing/);
  // The new information cards are in the list, the deleted rule is not.
  await expect(options.locator('[data-rule="interpreter-in-person"]')).toBeVisible();
  await expect(options.locator('[data-rule="longer-appointment"]')).toHaveCount(0);
  await expect(options.locator('[data-rule="practice-carers-list"]')).toBeVisible();

  const axe = await new AxeBuilder({ page: options }).withTags(AXE_TAGS).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // Keyboard: reach the dismiss button and press it.
  await notice.getByRole('button', { name: 'Dismiss this message' }).focus();
  await options.keyboard.press('Enter');
  await expect(notice).toHaveCount(0);
  const saved = await readStorage<{ version: number; rulesUpdate: unknown; rules: Array<{ id: string }> }>(
    'settings',
  );
  expect(saved?.version).toBe(2);
  expect(saved?.rulesUpdate).toBeNull();
  expect(saved?.rules.map((r) => r.id)).toContain('interpreter-in-person');
});

test('the update message follows the Welsh prompt language', async ({
  page,
  openExtensionPage,
  writeStorage,
}) => {
  void page;
  await writeStorage({ settings: v1Managed() }); // the fixture chose Welsh prompts
  const options = await openSection(openExtensionPage, 'rules', 'Rules');
  const notice = options.getByRole('region', { name: 'Diweddarwyd y rheolau diofyn i fersiwn 2' });
  await expect(notice).toContainText('13 rheol wedi’u hadnewyddu, 6 wedi’u hychwanegu');
  await expect(notice).toHaveAttribute('lang', 'cy');
});
