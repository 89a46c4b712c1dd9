/**
 * Options page, rules and vocabulary: edit a rule's summary (live preview, then the changed prompt on
 * the demo GP form), validation beside the fields with nothing saved, switching rules off, reordering
 * from the keyboard, restoring the defaults, and the local vocabulary.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './extension';
import { openSection } from './options-helpers';

interface StoredRule {
  id: string;
  version: number;
  enabled: boolean;
  name: string;
  prompt: { summary: string };
}
interface StoredSettings {
  rules: StoredRule[];
  vocabulary: { entries: Array<{ category: string; keyword: string; code?: string }> };
}

const RULE = 'Interpreter needed: telephone or online slot';
const preview = (options: Page) => options.getByTestId('rule-preview').getByRole('article');

test('edit a rule’s summary: the preview follows, and the receptionist sees the new prompt', async ({
  page,
  sites,
  openExtensionPage,
  readStorage,
}) => {
  const options = await openSection(openExtensionPage, 'rules', 'Rules');
  await options.getByRole('button', { name: `Edit ${RULE}` }).click();
  await expect(options.getByRole('heading', { name: `Edit rule: ${RULE}` })).toBeFocused();
  await expect(preview(options)).toContainText('Interpreter needed (Polish): telephone slot selected');

  const summary = options.getByLabel('Summary (one sentence)');
  await summary.fill('Book a {language} interpreter and a face-to-face slot');
  await expect(preview(options)).toContainText('Book a Polish interpreter and a face-to-face slot');
  await expect(options.locator('#f-rule-prompt-summary-hint')).toContainText('53 of 139 characters');

  await options.getByRole('button', { name: 'Save rule' }).click();
  await expect(options.getByRole('status').first()).toHaveText(`Rule “${RULE}” saved`);
  await expect(options.getByRole('button', { name: `Edit ${RULE}` })).toBeFocused();
  const rule = (await readStorage<StoredSettings>('settings'))?.rules.find((r) => r.name === RULE);
  // Saving an edit moves the rule one version on from the shipped one (version 2 in rule set v2).
  expect(rule).toMatchObject({
    version: 3,
    prompt: { summary: 'Book a {language} interpreter and a face-to-face slot' },
  });

  await page.goto(`${sites}/gp-form/?patient=p3`);
  await page.selectOption('#appointment-type', 'TC');
  const card = page.locator('equity-prompts-panel').getByRole('article').first();
  await expect(card.getByRole('heading')).toHaveText('Book a Polish interpreter and a face-to-face slot');
});

test('problems show beside their fields as the manager types, and a rule with problems is not saved', async ({
  page,
  openExtensionPage,
  readStorage,
}) => {
  void page;
  const before = await readStorage('settings');
  const options = await openSection(openExtensionPage, 'rules', 'Rules');
  await options.getByRole('button', { name: `Edit ${RULE}` }).click();

  const summary = options.getByLabel('Summary (one sentence)');
  await summary.fill('');
  await expect(summary).toHaveAttribute('aria-invalid', 'true');
  await expect(options.locator('#f-rule-prompt-summary-error')).toHaveText('Error: Summary cannot be empty');
  await summary.fill(`Too long ${'x'.repeat(140)}`);
  await expect(options.locator('#f-rule-prompt-summary-error')).toHaveText(
    'Error: Summary must be under 140 characters',
  );
  await summary.fill('Uses {patient}');
  await expect(options.locator('#f-rule-prompt-summary-error')).toContainText(
    'unknown placeholder {patient}',
  );

  const channels = options.getByRole('group', { name: '…and the slot type is one of these' });
  await channels.getByRole('checkbox', { name: 'Telephone', exact: true }).uncheck();
  await channels.getByRole('checkbox', { name: 'Online' }).uncheck();
  await expect(options.locator('#f-rule-when-channels-error')).toHaveText(
    'Error: Choose at least one appointment type',
  );

  await options.getByRole('button', { name: 'Save rule' }).click();
  const alert = options.getByRole('alert');
  await expect(alert).toContainText('This rule cannot be saved yet');
  await expect(alert.getByRole('listitem')).toHaveCount(2);
  // Each problem links to its field.
  await alert.getByRole('link', { name: /unknown placeholder/ }).click();
  await expect(summary).toBeFocused();
  expect(await readStorage('settings')).toEqual(before);

  await options.getByRole('button', { name: 'Cancel' }).click();
  await expect(options.getByRole('button', { name: `Edit ${RULE}` })).toBeFocused();
  expect(await readStorage('settings')).toEqual(before);
});

test('switch a rule off, reorder with the keyboard, restore the defaults', async ({
  page,
  sites,
  openExtensionPage,
  readStorage,
}) => {
  const options = await openSection(openExtensionPage, 'rules', 'Rules');
  const ids = async () => (await readStorage<StoredSettings>('settings'))!.rules.map((r) => r.id);
  const original = await ids();

  await options.getByRole('checkbox', { name: RULE }).uncheck();
  await expect(options.getByRole('status').first()).toHaveText(`${RULE}: off`);
  expect((await readStorage<StoredSettings>('settings'))!.rules.find((r) => r.name === RULE)?.enabled).toBe(
    false,
  );
  await page.goto(`${sites}/gp-form/?patient=p3`);
  await page.selectOption('#appointment-type', 'TC');
  await page.waitForTimeout(500);
  await expect(page.locator('equity-prompts-panel').getByRole('article')).toHaveCount(0);

  await options.bringToFront();
  const down = options.getByRole('button', { name: `Move ${RULE} down` });
  await down.focus();
  await options.keyboard.press('Enter');
  await expect(options.getByRole('status').first()).toHaveText(`${RULE} moved down to position 2`);
  await expect(down).toBeFocused();
  await options.keyboard.press('Enter');
  await expect(options.getByRole('status').first()).toHaveText(`${RULE} moved down to position 3`);
  const moved = await ids();
  expect(moved.indexOf('interpreter-telephone-online')).toBe(2);
  expect([...moved].sort()).toEqual([...original].sort());

  await options.getByRole('button', { name: 'Restore default rules' }).click();
  await options.getByRole('button', { name: 'Restore default rules' }).click();
  await expect(options.getByRole('status').first()).toHaveText('Default rules restored');
  expect(await ids()).toEqual(original);
  expect((await readStorage<StoredSettings>('settings'))!.rules.every((r) => r.enabled)).toBe(true);
});

test('add a rule: it must have a unique id and its own needs; it appears in the list', async ({
  page,
  openExtensionPage,
  readStorage,
}) => {
  void page;
  const options = await openSection(openExtensionPage, 'rules', 'Rules');
  await options.getByRole('button', { name: 'Add a rule' }).click();
  await expect(options.getByRole('heading', { name: 'New rule' })).toBeFocused();
  const id = options.getByLabel('Rule id (used in the log; cannot be changed later)');
  await id.fill('no-digital-access');
  await expect(options.locator('#f-rule-id-error')).toHaveText(
    'Error: Rule id "no-digital-access" is already used by another rule',
  );
  await id.fill('practice-easy-read-video');
  await options.getByLabel('Name', { exact: true }).fill('Easy read by video');
  const needs = options.getByRole('group', { name: 'The patient has any of these needs' });
  await needs.getByRole('checkbox', { name: /Interpreter needed/ }).uncheck();
  await expect(options.locator('#f-rule-when-needsAny-error')).toHaveText(
    'Error: Choose at least one need (in "any of" or "all of")',
  );
  await needs.getByRole('checkbox', { name: 'Easy read' }).check();
  await expect(preview(options)).toContainText('Easy read needed: consider a face-to-face slot');
  await options.getByRole('button', { name: 'Add rule' }).click();
  await expect(options.getByRole('status').first()).toHaveText('Rule “Easy read by video” added');
  await expect(options.getByRole('checkbox', { name: 'Easy read by video' })).toBeChecked();
  const stored = (await readStorage<StoredSettings>('settings'))!.rules.at(-1);
  expect(stored).toMatchObject({ id: 'practice-easy-read-video', version: 1, enabled: true });
});

test('local vocabulary: add a practice word, try it on sample text, save it', async ({
  page,
  openExtensionPage,
  readStorage,
}) => {
  void page;
  const options = await openSection(openExtensionPage, 'vocabulary', 'Vocabulary');
  await options.getByRole('button', { name: 'Add a word' }).click();
  await options.getByLabel('Word or phrase').fill('***');
  await options.getByRole('button', { name: 'Save vocabulary' }).click();
  await expect(options.getByRole('alert')).toContainText('The vocabulary cannot be saved yet');
  expect((await readStorage<StoredSettings>('settings'))!.vocabulary.entries).toEqual([]);

  await options.getByLabel('Word or phrase').fill('DIGEX');
  await options.getByLabel('Code (optional)').fill('LOC001');
  await options.getByLabel('Sample alert or note text').fill('Alert: DIGEX');
  await expect(options.getByTestId('vocab-found')).toContainText('No digital access');
  await options.getByRole('button', { name: 'Save vocabulary' }).click();
  await expect(options.getByRole('status').first()).toHaveText('Vocabulary saved');
  expect((await readStorage<StoredSettings>('settings'))!.vocabulary.entries).toEqual([
    { category: 'no-digital-access', keyword: 'DIGEX', code: 'LOC001' },
  ]);
});
