/**
 * Fatigue governor: a prompt answered for this patient and rule comes back as a one-line reminder
 * (expandable, logged as a reminder), only for that patient, with no patient identifier stored; and
 * the manager sees each rule's figures, with a noisy mark, beside the rule.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import type { FlagEventKind, LogEvent } from '../../lib/events/schema';
import { expect, test } from './extension';
import { buildLog, seedStorage } from './log-seed';
import { AXE_TAGS, openSection } from './options-helpers';

const panel = (page: Page) => page.locator('equity-prompts-panel');

async function loggedEvents(worker: Worker): Promise<Array<Record<string, unknown>>> {
  return worker.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    const out: unknown[] = [];
    for (const key of Object.keys(all).filter((k) => /^log:chunk:/.test(k))) {
      const body = all[key] as { records?: Array<{ event: unknown }> } | Array<{ event: unknown }>;
      for (const r of Array.isArray(body) ? body : (body.records ?? [])) out.push(r.event);
    }
    return out as never;
  });
}

test('answered once, the same prompt for the same patient comes back as a reminder line', async ({
  page,
  sites,
  serviceWorker,
  readStorage,
}) => {
  await page.goto(`${sites}/gp-form/?patient=p3`);
  await page.selectOption('#appointment-type', 'TC');
  const card = panel(page).locator('article[data-rule="interpreter-telephone-online"]');
  await expect(card).toContainText(/interpreter/i);
  await expect(card).not.toContainText('Reminder');
  await card.getByRole('button', { name: 'Dismiss' }).click();
  await expect
    .poll(async () => Object.keys((await readStorage<Record<string, number>>('answerMemory')) ?? {}).length)
    .toBe(1);
  await page.click('#book');
  await expect(page.locator('#booking-status')).toContainText('Booked');

  // The same patient's next booking: one line, not the full card.
  await page.goto(`${sites}/gp-form/?patient=p3`);
  await page.selectOption('#appointment-type', 'TC');
  const reminder = panel(page).locator('article[data-rule="interpreter-telephone-online"]');
  await expect(reminder).toContainText('Reminder, answered for this patient in the last 30 days:');
  await expect(reminder.getByRole('button')).toHaveText(['Show full prompt']);
  const axe = await new AxeBuilder({ page }).include('equity-prompts-panel').withTags(AXE_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);

  // Keyboard: open it; the full card's title takes focus.
  await reminder.getByRole('button', { name: 'Show full prompt' }).focus();
  await page.keyboard.press('Enter');
  await expect(reminder.getByRole('button', { name: 'Dismiss' })).toBeVisible();
  await expect(reminder.getByRole('heading', { level: 2 })).toBeFocused();

  // Logged as shown as a reminder; nothing stored names the patient.
  await expect
    .poll(async () =>
      (await loggedEvents(serviceWorker)).some(
        (e) =>
          e.kind === 'displayed' &&
          e.presentation === 'reminder' &&
          e.ruleId === 'interpreter-telephone-online',
      ),
    )
    .toBe(true);
  const memory = (await readStorage<Record<string, number>>('answerMemory')) ?? {};
  const stored = JSON.stringify({ memory, log: await loggedEvents(serviceWorker) });
  expect(stored).not.toMatch(/"p3"|:p3\b/);
  for (const key of Object.keys(memory)) expect(key).toMatch(/^[0-9a-f]{32}$/);
});

test('another patient with the same need still gets the full card', async ({ page, sites, readStorage }) => {
  await page.goto(`${sites}/gp-form/?patient=p3`);
  await page.selectOption('#appointment-type', 'TC');
  const card = panel(page).locator('article[data-rule="interpreter-telephone-online"]');
  await card.getByRole('button', { name: 'Dismiss' }).click();
  await expect.poll(async () => Object.keys((await readStorage('answerMemory')) ?? {}).length).toBe(1);

  await page.goto(`${sites}/gp-form/?patient=p4`);
  await page.selectOption('#appointment-type', 'TC');
  await expect(panel(page).getByRole('article').first()).toBeVisible();
  await expect(panel(page)).not.toContainText('Reminder');
});

function flags(ruleId: string, kinds: Array<[FlagEventKind, number]>): LogEvent[] {
  const out: LogEvent[] = [];
  let n = 0;
  for (const [kind, count] of kinds) {
    for (let i = 0; i < count; i++) {
      n += 1;
      out.push({
        id: `${ruleId}-${n}:${kind}`,
        type: 'flag',
        kind,
        hookInstance: `h-${ruleId}-${n}`,
        time: new Date(Date.now() - 3_600_000).toISOString(),
        siteId: 'demo-sites',
        profileId: 'generic',
        userRole: 'receptionist',
        card: `c-${ruleId}-${n}`,
        ruleId,
        ruleVersion: 2,
        indicator: 'warning',
        needs: ['interpreter'],
        channelBefore: 'telephone',
      });
    }
  }
  return out;
}

test('the manager sees each rule’s figures and a noisy mark, and can turn reminders off', async ({
  page,
  serviceWorker,
  openExtensionPage,
  readStorage,
}) => {
  void page;
  const log = await buildLog([
    ...flags('interpreter-telephone-online', [
      ['displayed', 20],
      ['overridden', 15],
      ['dismissed', 5],
    ]),
    ...flags('bsl-telephone-online', [
      ['displayed', 4],
      ['accepted', 3],
      ['ignored', 1],
    ]),
  ]);
  await seedStorage(serviceWorker, log);
  const options = await openSection(openExtensionPage, 'rules', 'Rules');

  const noisy = options.locator('[data-rule="interpreter-telephone-online"] .rule-stats');
  await expect(noisy).toContainText('Noisy rule');
  await expect(noisy).toContainText('Shown 20 times: 0% accepted, 75% overridden, 25% dismissed, 0% ignored');
  const fine = options.locator('[data-rule="bsl-telephone-online"] .rule-stats');
  await expect(fine).toContainText('Shown 4 times: 75% accepted, 0% overridden, 0% dismissed, 25% ignored');
  await expect(fine).not.toContainText('Noisy');
  await expect(options.locator('[data-rule="deafblind-remote"] .rule-stats')).toHaveText(
    'Not shown yet (in the log).',
  );
  const axe = await new AxeBuilder({ page: options }).withTags(AXE_TAGS).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  const days = options.getByLabel(
    'Days a prompt already answered for the same patient shows as a one-line reminder',
  );
  await expect(days).toHaveValue('30');
  await days.fill('0');
  await days.press('Enter');
  await expect(options.getByRole('status')).toContainText('Reminders off: every prompt shows in full');
  await expect
    .poll(
      async () =>
        (await readStorage<{ fatigue: { reminderDays: number } }>('settings'))?.fatigue.reminderDays,
    )
    .toBe(0);
});
