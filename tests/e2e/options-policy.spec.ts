/**
 * Organisation policy through the browser's managed storage, end to end: Chromium on Linux reads
 * /etc/chromium/policies/managed/*.json, with extension policy under "3rdparty" → "extensions" → id.
 *
 * To touch nothing else on the machine, the test copies the built extension to a directory of its own
 * (an unpacked extension's id comes from its path, so the copy has an id no other run uses), launches
 * once to learn the id, writes a policy file with a unique name for that id only, relaunches, checks,
 * and removes the file and the copy. Needs write access to /etc/chromium (the test machines run as
 * root); skipped otherwise.
 */
import { randomUUID } from 'node:crypto';
import { accessSync, constants, existsSync } from 'node:fs';
import { cp, mkdir, readdir, rm, rmdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, test as base, expect, type Page } from '@playwright/test';
import { startSiteServer } from '../../scripts/serve-sites.mjs';
import { EXTENSION_DIR, launchWithExtension, serviceWorkerOf } from './extension';
import { AXE_TAGS } from './options-helpers';

const POLICY_DIR = '/etc/chromium/policies/managed';

function canWritePolicies(): boolean {
  if (process.platform !== 'linux') return false;
  let dir = POLICY_DIR;
  while (!existsSync(dir)) dir = path.dirname(dir);
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

interface PolicyRun {
  context: BrowserContext;
  extensionId: string;
  options: (section: string) => Promise<Page>;
}

/** Launches a private copy of the extension under `policy`; cleans everything up afterwards. */
async function withPolicy(
  policy: Record<string, unknown>,
  body: (run: PolicyRun) => Promise<void>,
): Promise<void> {
  const unique = randomUUID().slice(0, 8);
  const copy = path.join(os.tmpdir(), `ep-policy-${unique}`, 'extension');
  const policyFile = path.join(POLICY_DIR, `equity-prompts-e2e-${unique}.json`);
  const created: string[] = [];
  await cp(EXTENSION_DIR, copy, { recursive: true });
  try {
    const first = await launchWithExtension(copy);
    const extensionId = new URL((await serviceWorkerOf(first)).url()).host;
    await first.close();

    for (let dir = POLICY_DIR; !existsSync(dir); dir = path.dirname(dir)) created.unshift(dir);
    await mkdir(POLICY_DIR, { recursive: true });
    await writeFile(
      policyFile,
      JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }, null, 2),
    );

    const context = await launchWithExtension(copy);
    try {
      const worker = await serviceWorkerOf(context);
      await worker.evaluate(async () => {
        const ready = (globalThis as { __epReady?: Promise<unknown> }).__epReady;
        if (ready) await ready;
      });
      await body({
        context,
        extensionId,
        options: async (section) => {
          const page = await context.newPage();
          await page.goto(`chrome-extension://${extensionId}/options.html#${section}`);
          await page.getByText('Loading…').waitFor({ state: 'detached' });
          return page;
        },
      });
    } finally {
      await context.close();
    }
  } finally {
    await rm(policyFile, { force: true });
    // Remove the policy directories only if this test created them and they are empty again.
    for (const dir of [...created].reverse()) {
      if ((await readdir(dir).catch(() => ['?'])).length === 0) await rmdir(dir).catch(() => undefined);
    }
    await rm(path.dirname(copy), { recursive: true, force: true });
  }
}

const test = base.extend<Record<never, never>, { sites: string }>({
  sites: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
    async ({}, use) => {
      const server = await startSiteServer({ port: 0 });
      await use(server.origin);
      await server.close();
    },
    { scope: 'worker' },
  ],
});

test.skip(!canWritePolicies(), `needs write access to ${POLICY_DIR} (run as root on Linux)`);

const POLICY = {
  adviceOnly: true,
  language: 'cy',
  retentionDays: 90,
  sites: [{ name: 'EMIS Web (organisation)', origin: 'https://emis.example.nhs.uk/appointments' }],
  disabledRules: ['bsl-telephone-online'],
  vocabulary: [{ category: 'no-digital-access', keyword: 'DIGEX', code: 'LOC001' }],
};

test('managed policy values override local ones, show as locked, and reach the receptionist’s prompt', async ({
  sites,
}) => {
  await withPolicy(POLICY, async ({ context, options }) => {
    const worker = await serviceWorkerOf(context);
    const managed = await worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { managed: { get(k: null): Promise<unknown> } } } }
      ).chrome.storage.managed.get(null),
    );
    expect(managed).toMatchObject({ adviceOnly: true, language: 'cy', retentionDays: 90 });

    const privacy = await options('privacy');
    await expect(privacy.getByText(/Some settings are set by your organisation/)).toBeVisible();
    const advice = privacy.getByRole('checkbox', { name: 'Advice only' });
    await expect(advice).toBeChecked();
    await expect(advice).toBeDisabled();
    await expect(privacy.getByLabel('Language of the receptionist’s prompts')).toHaveValue('cy');
    await expect(privacy.getByLabel('Language of the receptionist’s prompts')).toBeDisabled();
    await expect(privacy.getByLabel('Keep the log for (days)')).toHaveValue('90');
    // Three locked fields, plus the banner that explains the mark.
    await expect(privacy.getByText('Set by your organisation')).toHaveCount(4);
    // No patient reference option any more (issue 14 part 5): the page says none is kept.
    await expect(privacy.getByTestId('no-patient-reference')).toContainText(
      'The log holds no patient reference',
    );
    expect(
      (await new AxeBuilder({ page: privacy }).withTags(AXE_TAGS).analyze()).violations.map((v) => v.id),
    ).toEqual([]);

    const siteList = await options('sites');
    const orgRow = siteList.getByRole('row', { name: /EMIS Web \(organisation\)/ });
    await expect(orgRow).toContainText('Set by your organisation');
    await expect(orgRow).toContainText('https://emis.example.nhs.uk/*');
    await expect(orgRow.getByRole('button', { name: /^Remove/ })).toHaveCount(0);
    await expect(
      orgRow.getByRole('button', { name: 'Grant access to EMIS Web (organisation)' }),
    ).toBeVisible();

    const rules = await options('rules');
    const bsl = rules.locator('li[data-rule="bsl-telephone-online"]');
    await expect(bsl.getByRole('checkbox')).not.toBeChecked();
    await expect(bsl.getByRole('checkbox')).toBeDisabled();
    await expect(bsl).toContainText('Set by your organisation');

    const policyPage = await options('policy');
    await expect(policyPage.getByTestId('policy-lines')).toContainText('Advice only: on');
    await expect(policyPage.getByTestId('policy-lines')).toContainText(
      'Rules switched off: bsl-telephone-online',
    );

    // The booking page gets the effective settings: Welsh, advice only.
    const booking = await context.newPage();
    await booking.goto(`${sites}/gp-form/?patient=p3`);
    await booking.selectOption('#appointment-type', 'TC');
    const card = booking.locator('equity-prompts-panel').getByRole('article').first();
    await expect(card).toContainText('Rhybudd');
    await expect(card).toContainText('Cyngor yn unig');
  });
});

test('lockSettings makes the whole options page read-only', async () => {
  await withPolicy({ lockSettings: true, retentionDays: 30 }, async ({ options }) => {
    const privacy = await options('privacy');
    await expect(privacy.getByText(/Your organisation manages these settings/)).toBeVisible();
    await expect(privacy.getByRole('button', { name: 'Save privacy and display settings' })).toBeDisabled();
    await expect(privacy.getByRole('checkbox', { name: 'Advice only' })).toBeDisabled();
    const rules = await options('rules');
    await expect(rules.getByRole('button', { name: 'Add a rule' })).toBeDisabled();
    await expect(rules.getByRole('checkbox').first()).toBeDisabled();
    const transfer = await options('transfer');
    await expect(transfer.getByLabel('Settings file')).toBeDisabled();
    await expect(transfer.getByRole('button', { name: 'Export settings' })).toBeEnabled();
  });
});
