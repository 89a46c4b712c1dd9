/**
 * Options page, import and export: the exported file is the versioned envelope; a good file shows what
 * it will change and applies only on confirmation; a bad file lists every problem with its path and
 * changes nothing. Also privacy and display settings, and the error log.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './extension';
import { openSection } from './options-helpers';

interface StoredSettings {
  rules: Array<{ id: string; name: string; enabled: boolean; prompt: { summary: string } }>;
  privacy: { patientReference: string; retentionDays: number };
  adviceOnly: boolean;
  language: string;
}

const asFile = (name: string, value: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value, null, 2)),
});

test('export, edit the file, import it: the changes are listed and applied only when confirmed', async ({
  page,
  openExtensionPage,
  readStorage,
}) => {
  void page;
  const options = await openSection(openExtensionPage, 'transfer', 'Import and export');
  const downloading = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export settings' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^equity-prompts-settings-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(file).toMatchObject({
    format: 'equity-prompts-settings',
    version: 1,
    exportedAt: expect.any(String),
  });
  expect(file.settings).toEqual(await readStorage('settings'));

  file.settings.adviceOnly = true;
  file.settings.privacy.retentionDays = 90;
  file.settings.rules[0].enabled = false;
  await options.getByLabel('Settings file').setInputFiles(asFile('practice.json', file));
  const preview = options.getByTestId('import-preview');
  await expect(preview.getByRole('heading')).toHaveText('practice.json is a valid settings file');
  await expect(preview.getByRole('heading')).toBeFocused();
  await expect(preview.getByRole('listitem')).toHaveText([
    `Rules: 1 turned off (${file.settings.rules[0].name})`,
    'Privacy: retention 365 → 90 days',
    'Advice only: off → on',
  ]);
  // Nothing is applied before the manager confirms.
  expect((await readStorage<StoredSettings>('settings'))?.adviceOnly).toBe(false);

  await preview.getByRole('button', { name: 'Apply these settings' }).click();
  await expect(options.getByRole('status').first()).toHaveText('Settings imported from practice.json');
  await expect(options.getByTestId('import-preview')).toHaveCount(0);
  const stored = await readStorage<StoredSettings>('settings');
  expect(stored).toMatchObject({ adviceOnly: true, privacy: { retentionDays: 90 } });
  expect(stored?.rules[0]?.enabled).toBe(false);
});

test('a bad file is refused with every problem and its path; nothing changes', async ({
  page,
  openExtensionPage,
  readStorage,
}) => {
  void page;
  const before = await readStorage('settings');
  const options = await openSection(openExtensionPage, 'transfer', 'Import and export');
  const settings = structuredClone(before) as StoredSettings & Record<string, unknown>;
  settings.rules[1]!.prompt.summary = 'x'.repeat(150);
  settings.privacy.retentionDays = 0;
  settings.language = 'fr';
  settings.colour = 'blue';
  const bad = {
    format: 'equity-prompts-settings',
    version: 1,
    exportedAt: new Date().toISOString(),
    settings,
  };
  await options.getByLabel('Settings file').setInputFiles(asFile('broken.json', bad));

  const alert = options.getByRole('alert');
  await expect(alert).toContainText('broken.json cannot be imported: nothing has been changed. 4 problems:');
  await expect(alert.getByRole('listitem')).toHaveText([
    'settings.rules[1].prompt.summary: Summary must be under 140 characters',
    'settings.privacy.retentionDays: Retention must be at least 1 day',
    'settings.language: Language must be "en" or "cy"',
    'settings.colour: Unknown field',
  ]);
  await expect(options.getByRole('button', { name: 'Apply these settings' })).toHaveCount(0);
  expect(await readStorage('settings')).toEqual(before);

  // Not JSON at all, and JSON that is not a settings file.
  await options.getByRole('button', { name: 'Choose another file' }).click();
  await expect(options.getByLabel('Settings file')).toBeFocused();
  await options.getByLabel('Settings file').setInputFiles(asFile('notes.json', '{ "half": '));
  await expect(options.getByRole('alert')).toContainText('(file): The file is not valid JSON');
  await options.getByLabel('Settings file').setInputFiles(asFile('other.json', { hello: 'world' }));
  await expect(options.getByRole('alert').getByRole('listitem').first()).toHaveText(
    'format: Missing: this is not an Equity Prompts settings file (expected "format": "equity-prompts-settings")',
  );
  expect(await readStorage('settings')).toEqual(before);
});

test('privacy and display: retention is checked beside the field; saved values reach the prompt', async ({
  page,
  sites,
  openExtensionPage,
  readStorage,
}) => {
  const options = await openSection(openExtensionPage, 'privacy', 'Privacy and display');
  const retention = options.getByLabel('Keep the log for (days)');
  await retention.fill('0');
  await expect(retention).toHaveAttribute('aria-invalid', 'true');
  await expect(options.locator('#retention-days-error')).toHaveText(
    'Error: Retention must be at least 1 day',
  );
  await options.getByRole('button', { name: 'Save privacy and display settings' }).click();
  await expect(options.getByRole('alert')).toContainText('Retention must be at least 1 day');
  expect((await readStorage<StoredSettings>('settings'))?.privacy.retentionDays).toBe(365);

  await retention.fill('730');
  // The pseudonymous reference option was removed (issue 14 part 5): the page says none is kept.
  await expect(options.getByTestId('no-patient-reference')).toContainText(
    'The log holds no patient reference',
  );
  await options.getByRole('checkbox', { name: 'Advice only' }).check();
  await options.getByLabel('Language of the receptionist’s prompts').selectOption('cy');
  await options.getByRole('button', { name: 'Save privacy and display settings' }).click();
  await expect(options.getByRole('status').first()).toHaveText('Privacy and display settings saved');
  expect(await readStorage<StoredSettings>('settings')).toMatchObject({
    privacy: { patientReference: 'off', retentionDays: 730 },
    adviceOnly: true,
    language: 'cy',
  });

  await page.goto(`${sites}/gp-form/?patient=p3`);
  await page.selectOption('#appointment-type', 'TC');
  const card = page.locator('equity-prompts-panel').getByRole('article').first();
  await expect(card).toContainText('Rhybudd'); // Welsh "Warning"
  await expect(card).toContainText('Cyngor yn unig'); // advice only: no page-changing buttons
});

test('the error log lists caught errors and can be cleared', async ({
  page,
  openExtensionPage,
  writeStorage,
  readStorage,
}) => {
  void page;
  await writeStorage({
    errorLog: [
      {
        time: '2025-03-01T09:00:00.000Z',
        where: 'watcher',
        message: 'TypeError: x is undefined',
        page: 'https://emis.example.nhs.uk/book',
      },
    ],
  });
  const options = await openSection(openExtensionPage, 'problems', 'Problems');
  await expect(options.getByRole('link', { name: 'Problems (1)' })).toBeVisible();
  await expect(options.getByRole('row', { name: /watcher/ })).toContainText('TypeError: x is undefined');
  await options.getByRole('button', { name: 'Clear the error log' }).click();
  await options.getByRole('button', { name: 'Clear the error log' }).click();
  await expect(options.getByTestId('errors-empty')).toBeVisible();
  await expect(options.getByRole('status').first()).toHaveText('Error log cleared');
  expect(await readStorage('errorLog')).toEqual([]);
});

test('a file with 250 problems lists the first 100 and counts the rest; nothing changes', async ({
  page,
  openExtensionPage,
  readStorage,
}) => {
  void page;
  const before = await readStorage('settings');
  const options = await openSection(openExtensionPage, 'transfer', 'Import and export');
  const settings = structuredClone(before) as StoredSettings & Record<string, unknown>;
  for (let i = 0; i < 250; i++) settings[`typo${i}`] = i;
  const bad = {
    format: 'equity-prompts-settings',
    version: 1,
    exportedAt: new Date().toISOString(),
    settings,
  };
  await options.getByLabel('Settings file').setInputFiles(asFile('many.json', bad));

  const alert = options.getByRole('alert');
  await expect(alert).toContainText(
    'many.json cannot be imported: nothing has been changed. 250 problems; the first 100 are listed:',
  );
  await expect(alert.getByRole('listitem')).toHaveCount(100);
  await expect(alert.getByRole('listitem').first()).toHaveText('settings.typo0: Unknown field');
  await expect(options.getByTestId('import-more')).toHaveText(
    '… and 150 more problems not listed. Fix these first, then import the file again to see the rest.',
  );
  expect(await readStorage('settings')).toEqual(before);
});
