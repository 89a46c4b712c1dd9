/**
 * The bad-input corpus (tests/fixtures/bad-inputs) against the built extension: hostile alert text on a
 * booking page, spoofed page messages and events, malformed extension messages, corrupted stored
 * settings. The page keeps working, our panel shows text only, nothing spoofed reaches the log.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { SETTINGS_VERSION } from '../../lib/settings/schema';
import { expect, test } from './extension';

const ROOT = path.resolve('tests/fixtures/bad-inputs');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as T;

interface PageTextCase {
  id: string;
  text?: string;
  generate?: string;
}
interface MessageCase {
  id: string;
  via: 'postMessage' | 'customEvent' | 'runtime';
  payload: unknown;
}
interface StorageCase {
  id: string;
  target: 'settings' | 'log';
  value?: unknown;
}

const pageTexts = readJson<PageTextCase[]>('page-text/cases.json');
const messages = readJson<MessageCase[]>('messages/cases.json');
const storageCases = readJson<StorageCase[]>('storage/cases.json');

/** chrome.runtime.sendMessage, which tests/e2e/chrome-globals.d.ts does not declare. */
type RuntimeSend = { sendMessage(message: unknown): Promise<unknown> };

const cards = (page: Page) => page.locator('equity-prompts-panel').getByRole('article');

/** Elements our shadow root must never hold: anything the page's text could have turned into. */
const shadowMarkup = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('equity-prompts-panel')?.shadowRoot;
    return root
      ? root.querySelectorAll('img, script, iframe, svg image, object, embed, a[href^="javascript"]').length
      : -1;
  });

/** Errors thrown in the page (the fixture page throws none of its own). */
function pageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return errors;
}

/** The content script marks the document while it runs (and removes the mark when it is stopped). */
const contentScriptActive = (page: Page) =>
  page.evaluate(() => document.documentElement.getAttribute('data-equity-prompts'));

async function storedEventCount(serviceWorker: Worker): Promise<number> {
  return serviceWorker.evaluate(async () => {
    const meta = (await chrome.storage.local.get('log:meta'))['log:meta'] as { lastSeq?: number } | undefined;
    return meta?.lastSeq ?? 0;
  });
}

async function expectPromptAndBooking(page: Page, slot = '#slot', status = '#status'): Promise<void> {
  await page.selectOption(slot, 'TC');
  await expect(
    cards(page)
      .filter({ hasText: /interpreter/i })
      .first(),
  ).toBeVisible();
  await page.click('#book');
  await expect(page.locator(status)).toContainText('TC');
}

test('hostile alert text (every page-text case): the page still books, our panel holds text only', async ({
  page,
  sites,
}) => {
  const errors = pageErrors(page);
  await page.goto(`${sites}/bad/`);
  const texts = pageTexts.filter((c) => c.text !== undefined).map((c) => c.text as string);
  expect(
    await page.evaluate(
      (list) => (window as unknown as { setAlerts: (t: string[]) => number }).setAlerts(list),
      texts,
    ),
  ).toBe(texts.length + 1);
  await expectPromptAndBooking(page);
  expect(await shadowMarkup(page)).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  // The BSL text with markup around it is shown as the literal text.
  const panelText = await page.locator('equity-prompts-panel').innerText();
  expect(panelText).not.toContain('undefined');
  expect(errors.map(String)).toEqual([]);
});

test('megabytes of alert text: the page still books and the prompt still appears', async ({
  page,
  sites,
}) => {
  const errors = pageErrors(page);
  await page.goto(`${sites}/bad/`);
  await page.evaluate(() => {
    const fill = (unit: string, length: number) =>
      unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    (window as unknown as { setAlerts: (t: string[]) => number }).setAlerts([
      'a'.repeat(2_000_000),
      fill('Not deaf. Easy read. ', 1_000_000),
      '\u200b'.repeat(500_000),
      '🧏'.repeat(200_000),
    ]);
  });
  await expectPromptAndBooking(page);
  expect(await shadowMarkup(page)).toBe(0);
  // Evidence shown in the prompt is bounded, never megabytes.
  expect((await page.locator('equity-prompts-panel').innerText()).length).toBeLessThan(20_000);
  expect(errors.map(String)).toEqual([]);
});

test('spoofed window.postMessage and fake events from the page: nothing is logged, the prompt still works', async ({
  page,
  sites,
  serviceWorker,
}) => {
  const errors = pageErrors(page);
  await page.goto(`${sites}/bad/`);
  await expect.poll(() => contentScriptActive(page)).toBe('active');
  // The page's own prompts come first (the v2 rules show an in-person card on the opening slot type):
  // count from when the log has stopped growing.
  let before = -1;
  await expect
    .poll(
      async () => {
        const now = await storedEventCount(serviceWorker);
        const settled = now === before;
        before = now;
        return settled;
      },
      { intervals: [750] },
    )
    .toBe(true);
  const spoofs = messages.filter((m) => m.via !== 'runtime');
  expect(spoofs.length).toBeGreaterThan(10);
  await page.evaluate((cases) => {
    for (const c of cases) {
      const payload = c.payload as Record<string, unknown> | null;
      if (c.via === 'postMessage') {
        const huge = typeof payload === 'object' && payload !== null && 'generate' in payload;
        window.postMessage(huge ? 'x'.repeat(5_000_000) : payload, '*');
        continue;
      }
      const { type, detail, target } = payload as { type: string; detail?: unknown; target?: string };
      const where =
        target === 'window' ? window : target ? (document.querySelector(target) ?? document) : document;
      for (let i = 0; i < 20; i++) where.dispatchEvent(new CustomEvent(type, { detail, bubbles: true }));
    }
  }, spoofs);
  await page.waitForTimeout(1_000);
  expect(await storedEventCount(serviceWorker)).toBe(before);
  await expectPromptAndBooking(page);
  expect(await contentScriptActive(page)).toBe('active');
  expect(errors.map(String)).toEqual([]);
});

test('malformed extension messages: answered or refused, the background keeps working, nothing is changed', async ({
  page,
  sites,
  serviceWorker,
  openExtensionPage,
  readStorage,
}) => {
  const extensionPage = await openExtensionPage('log.html');
  const settingsBefore = JSON.stringify(await readStorage('settings'));
  const eventsBefore = await storedEventCount(serviceWorker);
  const runtime = messages.filter((m) => m.via === 'runtime');
  const outcomes = await extensionPage.evaluate(async (cases) => {
    const out: string[] = [];
    for (const c of cases) {
      try {
        const reply = await Promise.race([
          (chrome.runtime as unknown as RuntimeSend).sendMessage(c.payload),
          new Promise((resolve) => setTimeout(() => resolve('(no reply)'), 2_000)),
        ]);
        out.push(`${c.id}: ${JSON.stringify(reply ?? null)?.slice(0, 120)}`);
      } catch (error) {
        out.push(`${c.id}: error ${String(error).slice(0, 120)}`);
      }
    }
    return out;
  }, runtime);
  expect(outcomes).toHaveLength(runtime.length);
  await test.info().attach('replies', { body: outcomes.join('\n'), contentType: 'text/plain' });
  if (process.env.EP_SHOW_REPLIES) console.log(outcomes.join('\n'));
  // Malformed outbox notices are answered (nothing pending), not with an error (the page would ask forever).
  for (const outcome of outcomes.filter((o) => o.startsWith('runtime-outbox-written'))) {
    expect(outcome).toContain('"res"');
  }
  expect(await storedEventCount(serviceWorker)).toBe(eventsBefore);
  expect(JSON.stringify(await readStorage('settings'))).toBe(settingsBefore);
  // An error report whose fields are not text (one with a non-callable toString) is still recorded, cut short.
  expect(outcomes.find((o) => o.startsWith('runtime-report-error-huge'))).not.toContain('"err"');
  const errorLog = (await readStorage('errorLog')) as Array<{ where: string; message: string }>;
  expect(errorLog.find((e) => e.where === '(object)')?.message.length).toBe(500);
  // Nothing polluted in the background.
  expect(
    await serviceWorker.evaluate(() => ({}) as Record<string, unknown>).then((o) => o.polluted),
  ).toBeUndefined();
  expect(await serviceWorker.evaluate(() => (({}) as Record<string, unknown>).polluted ?? null)).toBeNull();
  // The background still serves a booking page.
  await page.bringToFront();
  await page.goto(`${sites}/bad/`);
  await expectPromptAndBooking(page);
});

for (const id of ['settings-string', 'settings-version-99', 'settings-bad-rules', 'settings-array']) {
  const c = storageCases.find((s) => s.id === id) as StorageCase;
  test(`corrupted stored settings (${id}): kept aside, defaults in force, the prompt works again`, async ({
    page,
    sites,
    writeStorage,
    readStorage,
    openExtensionPage,
  }) => {
    await writeStorage({ settings: c.value });
    await expect
      .poll(async () => (await readStorage<{ value: unknown }>('settingsSetAside'))?.value, {
        timeout: 10_000,
      })
      .toEqual(c.value);
    expect((await readStorage<string[]>('settingsWarnings'))?.length).toBeGreaterThan(0);
    // Defaults hold no booking systems: the manager adds the demo system again (as the options page does).
    const manager = await openExtensionPage('options.html');
    const reply = await manager.evaluate(() =>
      (chrome.runtime as unknown as RuntimeSend).sendMessage({
        id: 1,
        type: 'optionsAddSite',
        data: { address: 'http://127.0.0.1/*', name: 'Demo again' },
        timestamp: Date.now(),
      }),
    );
    expect(JSON.stringify(reply)).not.toContain('"err"');
    const settings = await readStorage<{ version: number; rules: unknown[]; sites: unknown[] }>('settings');
    expect(settings?.version).toBe(SETTINGS_VERSION);
    expect(settings?.rules.length).toBeGreaterThan(0);
    expect(settings?.sites).toHaveLength(1);
    // The bad value is still kept aside for the manager.
    expect((await readStorage<{ value: unknown }>('settingsSetAside'))?.value).toEqual(c.value);
    await page.bringToFront();
    await page.goto(`${sites}/bad/`);
    await expectPromptAndBooking(page);
  });
}

/**
 * WXT's ContentScriptContext stopped the running content script when a
 * `<extension id>:booking:wxt:content-script-started` CustomEvent named the same script with another
 * messageId (Chrome hands the page's `detail` to the isolated world), so a page knowing the public
 * extension id could switch the prompt off. The booking script now keeps its own lifetime
 * (entrypoints/booking/lifetime.ts), which listens to no page event; this pins that.
 */
test('a page that knows the extension id cannot switch the prompt off with a fake WXT start event', async ({
  page,
  sites,
  extensionId,
}) => {
  await page.goto(`${sites}/bad/`);
  await expect.poll(() => contentScriptActive(page)).toBe('active');
  await page.evaluate((id) => {
    document.dispatchEvent(
      new CustomEvent(`${id}:booking:wxt:content-script-started`, {
        detail: { contentScriptName: 'booking', messageId: 'spoofed' },
      }),
    );
  }, extensionId);
  await page.selectOption('#slot', 'TC');
  await expect(
    cards(page)
      .filter({ hasText: /interpreter/i })
      .first(),
  ).toBeVisible({ timeout: 3_000 });
  expect(await contentScriptActive(page)).toBe('active');
});

for (const variant of ['signals', 'used'] as const) {
  test(`stored profile with invalid and deeply nested selectors (${variant === 'signals' ? 'invalid page signal' : 'profile in use'}): the page keeps working`, async ({
    page,
    sites,
    readStorage,
    writeStorage,
  }) => {
    const errors = pageErrors(page);
    const settings = (await readStorage<Record<string, unknown>>('settings')) as {
      sites: Array<Record<string, unknown>>;
      profiles: unknown[];
    };
    const nested = `.alert${':has('.repeat(40)}li${')'.repeat(40)}`.slice(0, 500);
    settings.profiles = [
      {
        id: 'bad-selectors',
        name: 'Bad selectors',
        match: { urlPatterns: ['http://127.0.0.1/*'], pageSignals: variant === 'signals' ? ['[[['] : [] },
        needs: [
          { label: 'Broken', selector: '[[[' },
          { label: 'Nested', selector: nested },
          { label: 'Alerts', selector: '.alert' },
        ],
        channel: { selector: 'div >>>> p', kind: 'select' },
        confirm: { selector: '*:not(' },
      },
    ];
    settings.sites = settings.sites.map((site) => ({ ...site, profileId: 'bad-selectors' }));
    await writeStorage({ settings });
    await page.goto(`${sites}/bad/`);
    await expect.poll(() => contentScriptActive(page)).toBe('active');
    await page.selectOption('#slot', 'TC');
    // An unusable page signal: the profile does not match and the generic reading finds need and slot.
    // The profile in use: its broken slot-type selector finds nothing, so there is no prompt, and no error.
    if (variant === 'signals')
      await expect(
        cards(page)
          .filter({ hasText: /interpreter/i })
          .first(),
      ).toBeVisible();
    else await page.waitForTimeout(500);
    await page.click('#book');
    await expect(page.locator('#status')).toHaveText('Booked: TC');
    expect(await contentScriptActive(page)).toBe('active');
    expect(errors.map(String)).toEqual([]);
  });
}
