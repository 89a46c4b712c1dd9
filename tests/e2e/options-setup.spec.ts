/**
 * Options page, "Set up this page": the picker injected into the live demo GP form (click, keyboard,
 * Escape), robust selectors, what the extension reads with them, confirming the page's own slot-type
 * labels, and the saved SiteProfile in use by the prompts.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './extension';
import { AXE_TAGS, openSection } from './options-helpers';

interface StoredSettings {
  sites: Array<{ id: string; profileId?: string }>;
  profiles: Array<{
    id: string;
    name: string;
    needs: Array<{ label: string; selector: string }>;
    channel?: { selector: string; mapping: Array<{ label: string; channel: string }> };
    confirm?: { selector: string };
  }>;
}

test('pick the needs region, the slot type and the confirm button on the live page, confirm the labels, save', async ({
  page,
  sites,
  openExtensionPage,
  readStorage,
}) => {
  await page.goto(`${sites}/gp-form/?patient=p3`);
  const options = await openSection(openExtensionPage, 'sites', 'Booking systems');
  await options.getByRole('button', { name: 'Set up pages of Demo booking systems (127.0.0.1)' }).click();
  const setup = options.locator('#page-setup');
  await expect(setup.getByRole('heading', { name: 'Set up Demo booking systems (127.0.0.1)' })).toBeFocused();
  await expect(setup.getByLabel('Booking tab to use')).toContainText('Riverside Surgery');

  // 1. Needs region, by mouse: the picker outlines and takes the click; the page does not see it.
  await setup.getByRole('button', { name: 'Pick a region on the page' }).click();
  const picker = page.locator('equity-prompts-picker');
  await expect(picker.getByRole('dialog', { name: 'Equity Prompts setup' })).toContainText('alerts or needs');
  await page.locator('ul.alerts').hover();
  await page.locator('ul.alerts').click();
  await expect(picker).toHaveCount(0);
  await expect(setup.getByLabel('Name', { exact: true }).first()).toHaveValue('Alerts');
  const regionSelector = setup.getByLabel('Selector', { exact: true }).first();
  await expect(regionSelector).toHaveValue(/^(ul\.alerts|ul\[aria-labelledby="alerts-heading"\])$/);
  await expect(options.getByTestId('setup-reading')).toContainText(
    'Interpreter needed (spoken language) (Polish) from “Interpreter needed - Polish”',
  );

  // 2. Slot type, by keyboard: Tab to the first likely control, Enter to choose.
  await setup.getByRole('button', { name: 'Pick on the page' }).first().click();
  await expect(picker).toHaveCount(1);
  await page.keyboard.press('Tab');
  await expect(picker.getByRole('status')).toContainText('select “Appointment type”');
  await page.keyboard.press('Enter');
  await expect(setup.getByLabel('Selector of the slot-type control')).toHaveValue('#appointment-type');
  await expect(setup.getByLabel('Name', { exact: true }).nth(1)).toHaveValue('Appointment type');
  // The page's own labels are listed with their meaning, not yet confirmed.
  const labels = setup.getByRole('table', { name: 'This booking system’s slot types' });
  await expect(labels.getByRole('row')).toHaveCount(5);
  await expect(labels.getByRole('combobox', { name: 'Meaning of “Telephone”' })).toHaveValue('telephone');
  await expect(labels.getByRole('checkbox', { name: /Confirm “Telephone”/ })).not.toBeChecked();

  // 3. Confirm button; the booking form is not submitted by the pick.
  await setup.getByRole('button', { name: 'Pick on the page' }).nth(1).click();
  await expect(picker).toHaveCount(1);
  await page.locator('#book').click();
  await expect(setup.getByLabel('Selector of the confirm button')).toHaveValue('#book');
  expect(await page.evaluate(() => (window as unknown as { __demoBookings: number }).__demoBookings)).toBe(0);
  await expect(options.getByTestId('setup-reading')).toContainText(
    'Confirm button: found “Book appointment”',
  );

  // 4. Escape cancels a pick and leaves the page as it was.
  await setup.getByRole('button', { name: 'Pick on the page' }).nth(2).click();
  await expect(picker).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(picker).toHaveCount(0);
  await expect(options.getByTestId('setup-activity')).toHaveText('Picking cancelled.');

  // Confirm two labels (one corrected by hand), save.
  await labels.getByRole('checkbox', { name: /Confirm “Telephone”/ }).check();
  await labels.getByRole('combobox', { name: 'Meaning of “Online”' }).selectOption('online');
  await setup.getByLabel('Name of this setup').fill('Riverside appointments');
  expect(
    await new AxeBuilder({ page: options })
      .withTags(AXE_TAGS)
      .analyze()
      .then((r) => r.violations.map((v) => v.id)),
  ).toEqual([]);
  await setup.getByRole('button', { name: 'Save setup' }).click();
  await expect(options.getByRole('status').first()).toHaveText(
    'Setup of Demo booking systems (127.0.0.1) saved',
  );

  const stored = (await readStorage<StoredSettings>('settings'))!;
  const profile = stored.profiles.find((p) => p.id === 'site-demo-sites');
  expect(profile).toMatchObject({
    name: 'Riverside appointments',
    needs: [{ label: 'Alerts' }],
    channel: {
      selector: '#appointment-type',
      mapping: [
        { label: 'Telephone', channel: 'telephone' },
        { label: 'Online', channel: 'online' },
      ],
    },
    confirm: { selector: '#book' },
  });
  expect(stored.sites[0]?.profileId).toBe('site-demo-sites');

  // The prompts use the saved setup.
  await page.bringToFront();
  await page.reload();
  await page.selectOption('#appointment-type', 'TC');
  await expect(page.locator('equity-prompts-panel').getByRole('article').first()).toContainText(
    'Interpreter needed - Polish',
  );
});

test('selectors stay editable by hand; an invalid one is shown beside its field and not saved', async ({
  page,
  sites,
  openExtensionPage,
  readStorage,
}) => {
  await page.goto(`${sites}/gp-form/?patient=p4`);
  const before = await readStorage('settings');
  const options = await openSection(openExtensionPage, 'sites', 'Booking systems');
  await options.getByRole('button', { name: 'Set up pages of Demo booking systems (127.0.0.1)' }).click();
  const setup = options.locator('#page-setup');
  const selector = setup.getByLabel('Selector of the slot-type control');
  await selector.fill('select[name=');
  await expect(selector).toHaveAttribute('aria-invalid', 'true');
  await expect(setup.locator('#f-setup-channel-selector-error')).toContainText('is not a valid CSS selector');
  await setup.getByRole('button', { name: 'Save setup' }).click();
  await expect(options.getByRole('alert')).toContainText('The setup cannot be saved yet');
  expect(await readStorage('settings')).toEqual(before);

  await selector.fill('select[name="slotType"]');
  await expect(selector).not.toHaveAttribute('aria-invalid');
  await setup.getByRole('button', { name: 'Check what the extension reads' }).click();
  await expect(options.getByTestId('setup-reading')).toContainText(
    'Slot type: Face-to-face (the page shows “Face to face”)',
  );
});
