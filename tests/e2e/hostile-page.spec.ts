/**
 * A booking page whose own script attacks the extension (docs/safety/HAZARDS.md H5, H6): it forges
 * the receptionist's clicks on the prompt, forges a booking, floods the panel with events, and tries
 * extension storage and messages through every API a page or a script in it can reach. Nothing it does
 * changes the log, the settings or what the receptionist sees. (Chromium, demo build; the closed shadow
 * root of the release build is checked in Firefox: tests/firefox/hostile-page.spec.ts.)
 */
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './extension';

const cards = (page: Page) => page.locator('equity-prompts-panel').getByRole('article');

interface Snapshot {
  log: string[];
  settings: string;
  outbox: string[];
}

async function snapshot(worker: Worker): Promise<Snapshot> {
  return worker.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    const session = await chrome.storage.session.get(null);
    const log = Object.entries(all)
      .filter(([key]) => key.startsWith('log:chunk:'))
      .flatMap(([, body]) => (body as { records?: Array<{ event: { id: string } }> }).records ?? [])
      .map((r) => r.event.id);
    const text = JSON.stringify(all.settings) ?? '';
    let hash = 0;
    for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) | 0;
    return {
      log,
      settings: `${text.length}:${hash}`,
      outbox: Object.keys({ ...all, ...session }).filter((k) => k.startsWith('outbox:')),
    };
  });
}

type Attempt = 'read-local' | 'write-local' | 'forge';

/** Runs one attempt as a script of the extension in the page's frame (the content-script world). */
async function inContentScript<T>(worker: Worker, url: string, attempt: Attempt): Promise<T> {
  return worker.evaluate(
    async ({ url, attempt }) => {
      const tabs = await chrome.tabs.query({});
      const tab = tabs.find((t) => t.url?.startsWith(url));
      const attempts = {
        'read-local': async () => {
          try {
            await chrome.storage.local.get(null);
            return 'read';
          } catch (error) {
            return `refused: ${(error as Error).message}`;
          }
        },
        'write-local': async () => {
          try {
            await chrome.storage.local.set({ settings: { sites: [] }, 'log:meta': 'junk' });
            return 'written';
          } catch (error) {
            return `refused: ${(error as Error).message}`;
          }
        },
        forge: async () => {
          await chrome.storage.session.set({
            'outbox:forged:1': { id: 'forged:1', type: 'flag', kind: 'accepted' },
          });
          const runtime = (chrome as unknown as { runtime: { sendMessage(m: unknown): Promise<unknown> } })
            .runtime;
          const ask = (type: string, data?: unknown) =>
            runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() }).then(
              (answer) => answer,
              (error: Error) => ({ err: error.message }),
            );
          return {
            log: await ask('logStatus'),
            status: await ask('getTabStatus', { tabId: 1 }),
            config: await ask('getPageConfig', { url: 'https://elsewhere.example/' }),
          };
        },
      };
      const [result] = await chrome.scripting.executeScript({
        target: { tabId: tab?.id ?? -1 },
        func: attempts[attempt] as () => Promise<unknown>,
      });
      return result?.result as T;
    },
    { url, attempt },
  );
}

test('forged clicks, forged bookings and event floods from the page change nothing', async ({
  page,
  sites,
  serviceWorker,
}) => {
  await page.goto(`${sites}/gp-form/?patient=p3`);
  await page.selectOption('#appointment-type', 'TC');
  const card = cards(page).first();
  await expect(card).toContainText('Interpreter needed - Polish');
  await expect.poll(async () => (await snapshot(serviceWorker)).log.length).toBeGreaterThan(0);
  await expect.poll(async () => (await snapshot(serviceWorker)).outbox).toEqual([]);
  const before = await snapshot(serviceWorker);

  // The page's own script: synthetic clicks on every panel button it can find (the demo build's root
  // is open to let tests in; the release build's is closed), a synthetic submit event on the booking
  // form (not a submission: the page really submitting its form is its own booking), and a flood of
  // events at the panel.
  const reached = await page.evaluate(() => {
    const host = document.querySelector('equity-prompts-panel');
    const buttons = Array.from(host?.shadowRoot?.querySelectorAll('button') ?? []);
    for (const button of buttons) {
      button.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    }
    for (const form of Array.from(host?.shadowRoot?.querySelectorAll('form') ?? [])) {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    }
    const booking = document.getElementById('booking-form');
    booking?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    for (let i = 0; i < 2000; i++) host?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    return buttons.length;
  });
  expect(reached).toBeGreaterThan(2);

  // The receptionist still sees the same open prompt; the slot type is untouched; nothing logged.
  await page.waitForTimeout(1500);
  await expect(card).toContainText('Interpreter needed - Polish');
  await expect(card.getByRole('button', { name: /Switch to a face-to-face slot/ })).toBeVisible();
  await expect(page.locator('#appointment-type')).toHaveValue('TC');
  await expect(page.locator('equity-prompts-panel [data-status]')).toHaveCount(0);
  expect(await snapshot(serviceWorker)).toEqual(before);

  // A person's click still works.
  await card.getByRole('button', { name: /Switch to a face-to-face slot/ }).click();
  await expect(page.locator('#appointment-type')).toHaveValue('F2F');
});

test('extension storage and messages are out of reach of the page and of scripts in it', async ({
  page,
  sites,
  serviceWorker,
}) => {
  await page.goto(`${sites}/gp-form/?patient=p3`);
  await page.selectOption('#appointment-type', 'TC');
  await expect(cards(page).first()).toBeVisible();
  const before = await snapshot(serviceWorker);

  // The page itself has no extension API at all, and cannot message the extension.
  const fromPage = await page.evaluate((id) => {
    const w = window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } }; browser?: unknown };
    let sent = 'no sendMessage';
    try {
      if (typeof w.chrome?.runtime?.sendMessage === 'function') {
        (w.chrome.runtime.sendMessage as (id: string, m: unknown) => void)(id, { type: 'clearLog' });
        sent = 'sent';
      }
    } catch (error) {
      sent = `refused: ${(error as Error).message}`;
    }
    return { browser: typeof w.browser, sent };
  }, new URL(serviceWorker.url()).host);
  expect(fromPage.browser).toBe('undefined');
  expect(fromPage.sent).not.toBe('sent');

  // A script of ours running in the page (what a compromised booking script could do): storage.local,
  // which holds settings, the log and the salt, is closed to it.
  const local = await inContentScript<string>(serviceWorker, `${sites}/gp-form/`, 'read-local');
  expect(local).toMatch(/^refused/);
  const write = await inContentScript<string>(serviceWorker, `${sites}/gp-form/`, 'write-local');
  expect(write).toMatch(/^refused/);

  // What it may write (the outbox, in storage.session) is checked: junk is not logged, and it asks
  // nothing the background answers for another tab or page.
  const forged = await inContentScript<{ log: unknown; status: unknown; config: unknown }>(
    serviceWorker,
    `${sites}/gp-form/`,
    'forge',
  );
  expect(JSON.stringify(forged.log)).toContain("only the extension's own pages");
  expect(JSON.stringify(forged.status)).toContain("only the extension's own pages");
  // Asked about another site, it gets its own page's configuration, not the other's.
  expect(JSON.stringify(forged.config)).not.toContain('elsewhere');
  await expect.poll(async () => (await snapshot(serviceWorker)).outbox).toEqual([]);
  const after = await snapshot(serviceWorker);
  expect(after.settings).toBe(before.settings);
  expect(after.log).not.toContain('forged:1');
  // The log still verifies.
  const log = await page.context().newPage();
  await log.goto(`chrome-extension://${new URL(serviceWorker.url()).host}/log.html`);
  await log.getByRole('button', { name: 'Verify integrity' }).click();
  await expect(log.locator('.verdict')).toContainText('Log intact');
});
