/**
 * Options page, booking systems: adding a site asks the browser for host access with the real
 * permissions API inside the click; the already granted demo origin (127.0.0.1) can be removed and
 * added back end to end, and the prompt then appears on the demo GP form.
 *
 * Not testable headless: the browser's permission dialog itself. Headless Chromium opens it invisibly
 * and leaves permissions.request() pending (no flag answers it), so "the manager allows" and "the
 * manager refuses" for a new origin are checked only up to the pending request.
 */
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './extension';
import type { ExtensionChrome, PermissionRequest } from './options-helpers';

const registeredMatches = (worker: Worker) =>
  worker.evaluate(async () =>
    (
      await (
        globalThis as unknown as { chrome: ExtensionChrome }
      ).chrome.scripting.getRegisteredContentScripts()
    ).flatMap((s) => s.matches ?? []),
  );

interface StoredSettings {
  sites: Array<{ id: string; name: string; origin: string; enabled: boolean }>;
}

async function openSites(openExtensionPage: (p: string) => Promise<Page>) {
  const options = await openExtensionPage('options.html#sites');
  await expect(options.getByRole('heading', { name: 'Watched booking systems' })).toBeVisible();
  return options;
}

test('adding a new booking system asks the browser for access to its host, inside the click', async ({
  page,
  openExtensionPage,
  serviceWorker,
  readStorage,
}) => {
  void page; // waits for the background to be ready
  const options = await openSites(openExtensionPage);
  // Watch the real API being called (the spy passes the call on unchanged).
  await options.evaluate(() => {
    const permissions = (globalThis as unknown as { chrome: ExtensionChrome }).chrome.permissions;
    const calls: unknown[] = [];
    (globalThis as { __requests?: unknown[] }).__requests = calls;
    const real = permissions.request.bind(permissions);
    permissions.request = (request: PermissionRequest) => {
      calls.push({ request, userActivation: navigator.userActivation.isActive });
      return real(request);
    };
  });
  await options
    .getByLabel('Address of the booking system')
    .fill('https://booking.example.nhs.uk/appointments?clinic=2');
  await options.getByLabel('Name (optional)').fill('Accurx demo');
  await options.getByRole('button', { name: 'Add and allow access' }).click();

  await expect(options.getByTestId('site-progress')).toHaveText(
    'Asking the browser for access to https://booking.example.nhs.uk/*. Answer its dialog to continue.',
  );
  const calls = await options.evaluate(() => (globalThis as { __requests?: unknown[] }).__requests);
  expect(calls).toEqual([
    { request: { origins: ['https://booking.example.nhs.uk/*'] }, userActivation: true },
  ]);
  // The dialog is open (invisible headless): nothing granted, nothing saved until the manager answers.
  expect(
    await serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: ExtensionChrome }).chrome.permissions.contains({
        origins: ['https://booking.example.nhs.uk/*'],
      }),
    ),
  ).toBe(false);
  await expect(options.getByRole('button', { name: 'Add and allow access' })).toBeDisabled();
  const stored = await readStorage<StoredSettings>('settings');
  expect(stored?.sites.map((s) => s.origin)).toEqual(['http://127.0.0.1/*']);
});

test('a site without access shows "Not allowed" and "Grant access" asks the browser again', async ({
  page,
  openExtensionPage,
  readStorage,
  writeStorage,
}) => {
  void page;
  const settings = (await readStorage<StoredSettings>('settings'))!;
  settings.sites.push({
    id: 'emis',
    name: 'EMIS Web',
    origin: 'https://emis.example.nhs.uk/*',
    enabled: true,
    addedAt: '2025-01-01T00:00:00.000Z',
  } as StoredSettings['sites'][number]);
  await writeStorage({ settings });
  const options = await openSites(openExtensionPage);
  const row = options.getByRole('row', { name: /EMIS Web/ });
  await expect(row).toContainText('Not allowed');
  await expect(options.getByRole('row', { name: /Demo booking systems/ })).toContainText('Allowed');
  await row.getByRole('button', { name: 'Grant access to EMIS Web' }).click();
  await expect(options.getByTestId('site-progress')).toHaveText(
    'Asking the browser for access to https://emis.example.nhs.uk/*.',
  );
});

test('an address that cannot be watched is refused beside the field, and nothing is asked or saved', async ({
  page,
  openExtensionPage,
  readStorage,
}) => {
  void page;
  const options = await openSites(openExtensionPage);
  const before = await readStorage('settings');
  const field = options.getByLabel('Address of the booking system');
  for (const [input, message] of [
    ['ftp://files.example.nhs.uk', 'Only web addresses starting with https:// or http:// can be watched'],
    ['https://*/*', /A pattern must name a host/],
    ['http://127.0.0.1:9999/other', /already in the list as “Demo booking systems \(127\.0\.0\.1\)”/],
  ] as const) {
    await field.fill(input);
    await options.getByRole('button', { name: 'Add and allow access' }).click();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(options.locator('#site-address-error')).toHaveText(
      typeof message === 'string' ? `Error: ${message}` : new RegExp(message.source),
    );
  }
  await expect(options.getByTestId('site-progress')).toHaveCount(0);
  expect(await readStorage('settings')).toEqual(before);
});

test('the granted demo origin: remove it (prompts stop), add it back by address (prompts return)', async ({
  page,
  sites,
  openExtensionPage,
  serviceWorker,
  readStorage,
}) => {
  expect(await registeredMatches(serviceWorker)).toEqual(['http://127.0.0.1/*']);
  const options = await openSites(openExtensionPage);

  await options.getByRole('button', { name: 'Remove Demo booking systems (127.0.0.1)' }).click();
  await options.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(options.getByTestId('site-progress')).toHaveText('Removed Demo booking systems (127.0.0.1).');
  await expect(options.getByText('No booking systems yet. Add one above.')).toBeVisible();
  await expect.poll(() => registeredMatches(serviceWorker)).toEqual([]);
  expect((await readStorage<StoredSettings>('settings'))?.sites).toEqual([]);

  await page.goto(`${sites}/gp-form/?patient=p3`);
  await page.selectOption('#appointment-type', 'TC');
  await page.waitForTimeout(500);
  await expect(page.locator('equity-prompts-panel')).toHaveCount(0);

  await options.bringToFront();
  await options.getByLabel('Address of the booking system').fill(`${sites}/gp-form/?patient=p3`);
  await options.getByLabel('Name (optional)').fill('Riverside Surgery (demo)');
  await options.getByRole('button', { name: 'Add and allow access' }).click();
  await expect(options.getByTestId('site-progress')).toContainText(
    'Added http://127.0.0.1/*. Access is allowed: prompts will appear on its booking pages',
  );
  await expect(options.getByRole('row', { name: /Riverside Surgery \(demo\)/ })).toContainText('Allowed');
  const stored = await readStorage<StoredSettings>('settings');
  expect(stored?.sites).toMatchObject([
    { id: '127-0-0-1', name: 'Riverside Surgery (demo)', origin: 'http://127.0.0.1/*', enabled: true },
  ]);
  await expect.poll(() => registeredMatches(serviceWorker)).toEqual(['http://127.0.0.1/*']);

  await page.bringToFront();
  await page.goto(`${sites}/gp-form/?patient=p3`);
  await page.selectOption('#appointment-type', 'TC');
  await expect(page.locator('equity-prompts-panel').getByRole('article').first()).toContainText(
    'Interpreter needed - Polish',
  );
});

test('switching "Watching" off stops the prompts on that site', async ({
  page,
  sites,
  openExtensionPage,
  serviceWorker,
}) => {
  const options = await openSites(openExtensionPage);
  await options.getByRole('checkbox', { name: 'Watch Demo booking systems (127.0.0.1)' }).uncheck();
  await expect(options.getByRole('status').first()).toHaveText(
    'Demo booking systems (127.0.0.1): not watching',
  );
  await expect.poll(() => registeredMatches(serviceWorker)).toEqual([]);
  await page.goto(`${sites}/gp-form/?patient=p3`);
  await page.selectOption('#appointment-type', 'TC');
  await page.waitForTimeout(500);
  await expect(page.locator('equity-prompts-panel')).toHaveCount(0);
});

test('options.html?add=<address> opens with the address filled in (a link from a booking page)', async ({
  page,
  openExtensionPage,
}) => {
  void page;
  const options = await openExtensionPage(
    'options.html?add=https%3A%2F%2Femis.example.nhs.uk%2Fappointments#sites',
  );
  await expect(options.getByLabel('Address of the booking system')).toHaveValue(
    'https://emis.example.nhs.uk/appointments',
  );
});
