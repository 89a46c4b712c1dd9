/**
 * Tamper evidence and privacy as a person sees them (issue 14 parts 4 and 5): the log page shows the
 * head and checks an exported file on its own; an organisation's policy keys the log and forbids
 * clearing it; a comment with an NHS number is screened and the receptionist is told.
 *
 * The policy test launches a private copy of the extension under a Chromium managed policy, the way
 * tests/e2e/options-policy.spec.ts does (see there for why), and cleans up after itself.
 */
import { randomUUID } from 'node:crypto';
import { accessSync, constants, existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { EXTENSION_DIR, expect, launchWithExtension, serviceWorkerOf, test } from './extension';
import { buildLog, practiceEvents, seedStorage } from './log-seed';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const POLICY_DIR = '/etc/chromium/policies/managed';

async function exportJson(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /whole log as JSON/ }).click();
  return readFile((await (await download).path())!, 'utf8');
}

async function checkFile(page: Page, name: string, text: string) {
  await page.getByLabel('Exported JSON file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  return page.getByTestId('file-verdict');
}

test('the head is shown, and an exported file is verified on its own, saying what is wrong', async ({
  page,
  serviceWorker,
  extensionId,
}) => {
  await seedStorage(serviceWorker, await buildLog(practiceEvents(30, { days: 3 })));
  await page.goto(`chrome-extension://${extensionId}/log.html`);
  await expect(page.locator('#event-count')).toHaveText('Showing all 30 events');
  const head = page.getByTestId('log-head');
  await expect(head).toContainText('Last record: #30');
  await expect(head.locator('code.hash')).toHaveText(/^[0-9a-f]{64}$/);
  await expect(head).toContainText('not keyed with an organisation secret');

  const text = await exportJson(page);
  const file = JSON.parse(text);
  expect(file.head.hash).toBe(await head.locator('code.hash').textContent());

  let verdict = await checkFile(page, 'intact.json', text);
  await expect(verdict).toContainText('intact.json: File intact: 30 records checked, ending at record #30');
  await expect(verdict).toHaveAttribute('data-ok', 'true');

  const edited = structuredClone(file);
  edited.records[11].event.time = '2020-01-01T00:00:00.000Z';
  verdict = await checkFile(page, 'edited.json', JSON.stringify(edited));
  await expect(verdict).toContainText(
    'edited.json: File altered or damaged: first broken record #12 (changed after it was written)',
  );
  await expect(verdict).toHaveAttribute('data-ok', 'false');

  const cut = structuredClone(file);
  cut.records.pop();
  verdict = await checkFile(page, 'cut.json', JSON.stringify(cut));
  await expect(verdict).toContainText('The file says it holds 30 records but holds 29');

  const cutAndCounted = { ...cut, count: 29 };
  verdict = await checkFile(page, 'cut-counted.json', JSON.stringify(cutAndCounted));
  await expect(verdict).toContainText('records were removed from or added to the end');

  verdict = await checkFile(page, 'notes.json', 'these are my notes');
  await expect(verdict).toContainText('notes.json: File not accepted: not a log export');
  await expect(verdict).toContainText('The file is not valid JSON.');

  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
});

test('a comment holding an NHS number is screened before it is stored, and the panel says so', async ({
  page,
  sites,
  readStorage,
}) => {
  await page.goto(`${sites}/gp-form/?patient=p3`);
  await page.selectOption('#appointment-type', 'TC');
  const card = page.locator('equity-prompts-panel').getByRole('article').first();
  await expect(card).toBeVisible();
  await card.getByText(/Keep this slot type/).click();
  await card.getByLabel('Reason').selectOption({ index: 1 });
  await card
    .getByLabel('Comment (optional, no patient details)')
    .fill('pt 943 476 5919 asked, ring 07700 900123');
  await card.getByRole('button', { name: /record reason/i }).click();
  await expect(card.locator('[data-status="comment-screened"]')).toHaveText(
    '⚠ Your comment held an NHS number and a phone number. It was removed before the comment was saved: the log keeps no patient details.',
  );
  await expect
    .poll(
      async () => {
        const chunk = await readStorage<{ records: Array<{ event: Record<string, unknown> }> }>(
          'log:chunk:000000',
        );
        const overridden = chunk?.records.find((r) => r.event.kind === 'overridden');
        return (overridden?.event.overrideReason as { userComment?: string } | undefined)?.userComment;
      },
      { timeout: 10_000 },
    )
    .toBe('pt [NHS number removed] asked, ring [phone number removed]');
});

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

/** As in options-policy.spec.ts: a private copy of the extension under `policy`, cleaned up after. */
async function withPolicy(
  policy: Record<string, unknown>,
  body: (context: BrowserContext, extensionId: string) => Promise<void>,
): Promise<void> {
  const unique = randomUUID().slice(0, 8);
  const copy = path.join(os.tmpdir(), `ep-trust-${unique}`, 'extension');
  const policyFile = path.join(POLICY_DIR, `equity-prompts-e2e-${unique}.json`);
  const created: string[] = [];
  await cp(EXTENSION_DIR, copy, { recursive: true });
  try {
    const first = await launchWithExtension(copy);
    const extensionId = new URL((await serviceWorkerOf(first)).url()).host;
    await first.close();
    for (let dir = POLICY_DIR; !existsSync(dir); dir = path.dirname(dir)) created.unshift(dir);
    await mkdir(POLICY_DIR, { recursive: true });
    await writeFile(policyFile, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }));
    const context = await launchWithExtension(copy);
    try {
      await body(context, extensionId);
    } finally {
      await context.close();
    }
  } finally {
    await rm(policyFile, { force: true });
    for (const dir of [...created].reverse()) {
      if ((await readdir(dir).catch(() => ['?'])).length === 0) await rmdir(dir).catch(() => undefined);
    }
    await rm(path.dirname(copy), { recursive: true, force: true });
  }
}

test('policy: the log is keyed with the secret and cannot be cleared', async () => {
  test.skip(!canWritePolicies(), `needs write access to ${POLICY_DIR} (run as root on Linux)`);
  test.setTimeout(120_000); // two browser launches
  const secret = `e2e-secret-${randomUUID()}-long-enough`;
  await withPolicy({ chainSecret: secret, forbidClearLog: true }, async (context, extensionId) => {
    const worker = await serviceWorkerOf(context);
    await worker.evaluate(async () => {
      const ready = (globalThis as { __epReady?: Promise<unknown> }).__epReady;
      if (ready) await ready;
    });
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/log.html`);
    const head = page.getByTestId('log-head');
    await expect(head).toContainText('The log is keyed with your organisation’s secret');
    // The keyed segment started when the log opened: its first record says so.
    await expect(page.getByRole('grid', { name: 'Log events' })).toContainText(
      'Audit: log keyed by organisation secret',
    );

    const clear = page.getByRole('button', { name: 'Clear the log…' });
    await expect(clear).toBeDisabled();
    await expect(clear).toHaveAccessibleDescription(
      'Your organisation does not allow the log to be cleared on this computer (organisation policy).',
    );
    // Round the disabled button: the background still refuses, and the page says why.
    await clear.evaluate((button) => button.removeAttribute('disabled'));
    await clear.click();
    await page.getByLabel('Reason for clearing (recorded in the log)').fill('trying anyway');
    await page.getByRole('button', { name: 'Clear the log', exact: true }).click();
    await expect(page.locator('#clear-error')).toContainText(
      'The log was not cleared: Your organisation does not allow the log to be cleared on this computer.',
    );
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('grid', { name: 'Log events' })).toContainText('Audit: log keyed');

    const text = await exportJson(page);
    const verdict = await checkFile(page, 'keyed.json', text);
    await expect(verdict).toContainText('keyed.json: File intact: 1 record checked');
    await expect(verdict).toContainText(
      "1 record(s) are keyed with your organisation's secret and were checked with it.",
    );

    // The secret is never shown to the manager, nor in any export.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#policy`);
    await expect(options.getByText("The flag log is keyed with your organisation's secret")).toBeVisible();
    expect(await options.content()).not.toContain(secret);
    expect(await page.content()).not.toContain(secret);
    expect(text).not.toContain(secret);
  });
});
