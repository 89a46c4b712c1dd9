/**
 * Where Firefox differs from Chrome, tried in Firefox rather than assumed:
 * - storage.managed: Firefox refuses to read it without a policy, and reads an organisation's policy
 *   from policies.json or a managed-storage manifest (no managed_schema);
 * - a background that stops when idle (an event page) and must wake for every booking page;
 * - storage.session, which only the background uses.
 * The frameIds path (Firefox has no documentIds) is covered by the iframe test beside this file.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  addBookingSystem,
  clickInPanel,
  expect,
  GECKO_ID,
  LOGGED_EVENTS,
  launchFirefox,
  promptTitles,
  readPanel,
  test,
} from './firefox';

const POLICY = {
  adviceOnly: true,
  language: 'cy',
  retentionDays: 90,
  disabledRules: ['bsl-telephone-online'],
};

async function policyLines(firefox: Awaited<ReturnType<typeof launchFirefox>>): Promise<string> {
  const options = await firefox.openExtensionPage('options.html#policy');
  await options.waitForFunction(
    () => document.querySelector('[data-testid="policy-lines"], [data-testid="policy-none"]'),
    { timeout: 10_000 },
  );
  const text = await options.evaluate(
    () =>
      document.querySelector('[data-testid="policy-lines"], [data-testid="policy-none"]')?.textContent ?? '',
  );
  await options.close();
  return text;
}

test('without any policy Firefox refuses managed storage; the options page says so and all else works', async ({
  firefox,
  sites,
}) => {
  const managed = await firefox.inExtension<string>(
    `async () => browser.storage.managed.get(null).then(() => 'read', (e) => 'refused: ' + e.message)`,
  );
  expect(managed).toMatch(/^refused: .*[Mm]anaged storage manifest not found/);
  expect(await policyLines(firefox)).toBe(
    'No organisation policy is set on this computer (this browser has no policy for extensions).',
  );
  await addBookingSystem(firefox, sites, 'Demo booking systems');
});

test.describe('an organisation policy in a managed-storage manifest', () => {
  test.use({ firefoxOptions: { managedPolicy: POLICY } });

  test('is read, shown as set by the organisation, and reaches the prompt (Welsh, advice only)', async ({
    firefox,
    sites,
  }) => {
    const lines = await policyLines(firefox);
    expect(lines).toContain('Advice only: on');
    expect(lines).toContain('Rules switched off: bsl-telephone-online');

    await (await addBookingSystem(firefox, sites, 'Demo booking systems')).close();
    const page = await firefox.browser.newPage();
    await page.goto(`${sites}/gp-form/?patient=p3`);
    await page.select('#appointment-type', 'TC');
    await expect.poll(() => readPanel(firefox, page).then((p) => p.text)).toContain('Rhybudd');
    expect(await readPanel(firefox, page).then((p) => p.text)).toContain('Cyngor yn unig');
  });
});

// Firefox on Linux reads /etc/firefox/policies/policies.json (what docs/organisation-policy.md tells IT
// teams to deploy). Only when this run may write it and no one else's policy is there.
const POLICIES_DIR = '/etc/firefox/policies';
const POLICIES_FILE = path.join(POLICIES_DIR, 'policies.json');
const canWritePolicies = process.getuid?.() === 0 && !existsSync(POLICIES_FILE);

test('an organisation policy in policies.json, as IT deploys it', async ({ sites }) => {
  test.skip(!canWritePolicies, `needs root and no existing ${POLICIES_FILE}`);
  const createdDir = !existsSync(POLICIES_DIR);
  mkdirSync(POLICIES_DIR, { recursive: true });
  writeFileSync(
    POLICIES_FILE,
    JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: POLICY } } } }),
  );
  const firefox = await launchFirefox();
  try {
    const managed = await firefox.inExtension<Record<string, unknown>>(
      `async () => browser.storage.managed.get(null)`,
    );
    expect(managed).toMatchObject({ adviceOnly: true, language: 'cy', retentionDays: 90 });
    expect(await policyLines(firefox)).toContain('Advice only: on');
    await addBookingSystem(firefox, sites, 'Demo booking systems');
  } finally {
    await firefox.close();
    rmSync(POLICIES_FILE, { force: true });
    if (createdDir) rmSync(POLICIES_DIR, { recursive: true, force: true });
  }
});

test.describe('a background that stops when idle', () => {
  // Firefox stops an idle event page after 30 s; one second makes it stop between every step here.
  test.use({ firefoxOptions: { prefs: { 'extensions.background.idle.timeout': 1000 } } });

  test('wakes for the booking page: prompt, fix and logged decision, with the background stopped between', async ({
    firefox,
    sites,
  }) => {
    // Nothing of the extension's own left open, as at a receptionist's desk.
    await (await addBookingSystem(firefox, sites, 'Demo booking systems')).close();
    // The background counts its starts in storage.session (platform/session-state.ts).
    const starts = () =>
      firefox.inExtension<number>(
        `async () => (await browser.storage.session.get('background:starts'))['background:starts']`,
      );
    const idle = () => new Promise((resolve) => setTimeout(resolve, 3000));
    await idle();
    const before = await starts();

    const page = await firefox.browser.newPage();
    await page.goto(`${sites}/gp-form/?patient=p3`);
    await page.select('#appointment-type', 'TC');
    await expect
      .poll(() => promptTitles(firefox, page))
      .toEqual(expect.arrayContaining([expect.stringMatching(/^Interpreter needed/)]));
    const woken = await starts();
    expect(woken, 'the booking page woke the stopped background').toBeGreaterThan(before);

    await idle();
    await clickInPanel(firefox, page, /Switch to a face-to-face slot/);
    await expect
      .poll(() => page.$eval('#appointment-type', (e) => (e as HTMLSelectElement).value))
      .toBe('F2F');
    await expect
      .poll(
        async () => (await firefox.inExtension<Array<{ kind?: string }>>(LOGGED_EVENTS)).map((e) => e.kind),
        {
          timeout: 15_000,
        },
      )
      .toEqual(expect.arrayContaining(['displayed', 'accepted']));
    expect(await starts(), 'the decision woke it again').toBeGreaterThan(woken);
  });
});

test('open options pages stay quiet: Firefox reports unchanged writes, so nothing is rewritten on read', async ({
  firefox,
  sites,
}) => {
  // Two managers' tabs (or one left open twice) used to ping-pong settingsWarnings through the
  // background hundreds of times a second, delaying every booking page's first prompt by seconds.
  await firefox.openExtensionPage('options.html#rules');
  await addBookingSystem(firefox, sites, 'Demo booking systems');
  const page = await firefox.browser.newPage();
  await page.goto(`${sites}/gp-form/?patient=p3`);
  await page.select('#appointment-type', 'TC');
  await expect
    .poll(() => promptTitles(firefox, page))
    .toEqual(expect.arrayContaining([expect.stringMatching(/^Interpreter needed/)]));
  const writes = await firefox.inExtension<Record<string, number>>(`async () => {
    const seen = {};
    const count = (changes, area) => {
      for (const key of Object.keys(changes)) seen[area + ':' + key] = (seen[area + ':' + key] ?? 0) + 1;
    };
    browser.storage.onChanged.addListener(count);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    browser.storage.onChanged.removeListener(count);
    return seen;
  }`);
  expect(writes).toEqual({});
});

test('a script in the booking page has no storage.session in Firefox: only the background keeps tab state', async ({
  firefox,
  sites,
}) => {
  await addBookingSystem(firefox, sites, 'Demo booking systems');
  const page = await firefox.browser.newPage();
  await page.goto(`${sites}/gp-form/?patient=p3`);
  await page.select('#appointment-type', 'TC');
  await expect.poll(() => promptTitles(firefox, page)).not.toEqual([]);
  // What an extension script in that page can reach (Chrome opens storage.session to content scripts
  // only by setAccessLevel, which Firefox does not have).
  const reach = await firefox.inExtension<{
    session: string;
    setAccessLevel: string;
    background: string[];
  }>(`async () => {
    const tab = (await browser.tabs.query({})).find((t) => t.url?.includes('/gp-form/'));
    const [injected] = await browser.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => typeof browser.storage.session,
    });
    return {
      session: injected.result,
      setAccessLevel: typeof browser.storage.session.setAccessLevel,
      background: Object.keys(await browser.storage.session.get(null)).map((k) => k.split(':')[0]).sort(),
    };
  }`);
  expect(reach.session).toBe('undefined');
  expect(reach.setAccessLevel).toBe('undefined');
  // The background still keeps the booking's hookInstance and the frame's status there.
  expect(reach.background).toEqual(expect.arrayContaining(['hook', 'status']));
});
