/**
 * Options page accessibility: axe (WCAG 2.2 AA) on every section and on the states with most content
 * (rule editor with errors and preview, import errors, confirmations), and keyboard-only use.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './extension';
import { AXE_TAGS, openSection } from './options-helpers';

const SECTIONS = [
  ['sites', 'Booking systems'],
  ['rules', 'Rules'],
  ['vocabulary', 'Vocabulary'],
  ['privacy', 'Privacy and display'],
  ['transfer', 'Import and export'],
  ['policy', 'Organisation policy'],
  ['problems', 'Problems'],
] as const;

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('every section passes axe', async ({ page, openExtensionPage, writeStorage }) => {
  void page;
  await writeStorage({
    errorLog: [
      {
        time: '2025-03-01T09:00:00.000Z',
        where: 'watcher',
        message: 'Example error',
        page: 'https://example.nhs.uk/',
      },
    ],
  });
  const options = await openSection(openExtensionPage, 'sites', 'Booking systems');
  for (const [id, title] of SECTIONS) {
    await options
      .getByRole('navigation')
      .getByRole('link', { name: new RegExp(`^${title}`) })
      .click();
    await expect(options.getByRole('heading', { level: 2, name: title, exact: true })).toBeFocused();
    expect(await axe(options), id).toEqual([]);
  }
});

test('the rule editor (with errors and the live preview) and the vocabulary editor pass axe', async ({
  page,
  openExtensionPage,
}) => {
  void page;
  const options = await openSection(openExtensionPage, 'rules', 'Rules');
  await options
    .getByRole('button', { name: /^Edit / })
    .first()
    .click();
  await expect(options.getByTestId('rule-preview').getByRole('article')).toBeVisible();
  await options.getByText('Welsh text (optional)').click();
  await options.getByLabel('Summary (one sentence)').fill('');
  await options.getByRole('button', { name: 'Save rule' }).click();
  await expect(options.getByRole('alert')).toBeVisible();
  expect(await axe(options)).toEqual([]);

  await options.getByRole('navigation').getByRole('link', { name: 'Vocabulary' }).click();
  await options.getByRole('button', { name: 'Add a word' }).click();
  await options.getByRole('button', { name: 'Save vocabulary' }).click();
  await expect(options.getByRole('alert')).toBeVisible();
  expect(await axe(options)).toEqual([]);
});

test('import errors, import preview and confirmations pass axe', async ({
  page,
  openExtensionPage,
  readStorage,
}) => {
  void page;
  const options = await openSection(openExtensionPage, 'transfer', 'Import and export');
  await options
    .getByLabel('Settings file')
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
  await expect(options.getByRole('alert')).toBeVisible();
  expect(await axe(options)).toEqual([]);
  const file = {
    format: 'equity-prompts-settings',
    version: 1,
    exportedAt: new Date().toISOString(),
    settings: await readStorage('settings'),
  };
  await options.getByLabel('Settings file').setInputFiles({
    name: 'good.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(options.getByTestId('import-preview')).toBeVisible();
  expect(await axe(options)).toEqual([]);

  await options.getByRole('navigation').getByRole('link', { name: 'Booking systems' }).click();
  await options
    .getByRole('button', { name: /^Remove / })
    .first()
    .click();
  await expect(options.getByRole('button', { name: 'Remove', exact: true })).toBeFocused();
  expect(await axe(options)).toEqual([]);
  await options.keyboard.press('Tab');
  await options.keyboard.press('Enter'); // Cancel
  await expect(options.getByRole('button', { name: /^Remove / }).first()).toBeFocused();
});

test('keyboard only: skip link, section navigation, switching a rule off, all with visible focus', async ({
  page,
  openExtensionPage,
  readStorage,
}) => {
  void page;
  const options = await openSection(openExtensionPage, 'sites', 'Booking systems');
  await options.keyboard.press('Tab');
  const skip = options.getByRole('link', { name: 'Skip to settings' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();

  // Tab into the navigation and open "Rules" with Enter.
  await options.keyboard.press('Tab'); // Booking systems
  await options.keyboard.press('Tab'); // Rules
  const rulesLink = options.getByRole('navigation').getByRole('link', { name: 'Rules' });
  await expect(rulesLink).toBeFocused();
  const outline = await rulesLink.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await options.keyboard.press('Enter');
  await expect(options.getByRole('heading', { level: 2, name: 'Rules' })).toBeFocused();
  await expect(rulesLink).toHaveAttribute('aria-current', 'page');

  // Tab to the first rule's checkbox and switch it off with Space.
  const first = options
    .getByRole('listitem')
    .filter({ has: options.getByRole('checkbox') })
    .first()
    .getByRole('checkbox');
  for (let i = 0; i < 10 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
    await options.keyboard.press('Tab');
  }
  await expect(first).toBeFocused();
  await options.keyboard.press('Space');
  await expect(first).not.toBeChecked();
  await expect(options.getByRole('status').first()).toContainText(': off');
  const rules = (await readStorage<{ rules: Array<{ enabled: boolean }> }>('settings'))!.rules;
  expect(rules[0]?.enabled).toBe(false);
});
