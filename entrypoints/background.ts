/**
 * The background: the single writer of settings and of the log. It registers the booking content
 * script for the sites a manager granted, answers content scripts, and records their errors.
 */

import '../lib/zod-setup';
import { isOutboxKey, outboxKey } from '../lib/events/outbox';
import { BUILT_IN_PROFILES } from '../lib/profiles/builtin';
import { registerAnswerMemory } from '../platform/answer-memory';
import { BOOKING_SCRIPT, injectIntoSender, PANEL_SCRIPT } from '../platform/booking-injection';
import { plainText, recordError } from '../platform/error-log';
import { isStartBooking } from '../platform/loader-message';
import { registerLogHandlers } from '../platform/log-handlers';
import { drainEventOutbox, refreshChainKey, retentionIfDue } from '../platform/log-service';
import { loadEffectiveSettings } from '../platform/managed-policy';
import { registerOptionsHandlers } from '../platform/options-service';
import { outboxKeysWaiting } from '../platform/outbox-areas';
import { pageConfigFor } from '../platform/page-config';
import { messaging } from '../platform/protocol';
import { syncContentScripts } from '../platform/registration';
import { isExtensionPage, requireExtensionPage, requireWatchedPage, sameOrigin } from '../platform/senders';
import {
  forgetTab,
  hookInstanceFor,
  noteBackgroundStart,
  saveFrameStatus,
  tabStatus,
} from '../platform/session-state';
import { loadSettings, saveSettings } from '../platform/settings-service';
import { recordSiteActivity } from '../platform/site-activity';
import { installSaltItem } from '../platform/storage';
import { closeStorageToPages } from '../platform/storage-access';

declare const __EP_DEMO__: boolean;

/** The demo build watches the local demo booking systems out of the box. */
const DEMO_SITE = {
  id: 'demo-sites',
  name: 'Demo booking systems (127.0.0.1)',
  origin: 'http://127.0.0.1/*',
  enabled: true,
};

async function seedDemoSite(): Promise<void> {
  const settings = await loadSettings();
  if (settings.sites.some((s) => s.origin === DEMO_SITE.origin)) return;
  settings.sites.push({ ...DEMO_SITE, addedAt: new Date().toISOString() });
  await saveSettings(settings);
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function installSalt(): Promise<string> {
  const existing = await installSaltItem.getValue();
  if (existing) return existing;
  const salt = Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
  await installSaltItem.setValue(salt);
  return salt;
}

export default defineBackground(() => {
  async function refreshRegistrations(): Promise<void> {
    const settings = await loadEffectiveSettings();
    await syncContentScripts(settings.sites);
  }

  void noteBackgroundStart().catch(() => undefined);
  const boundary = closeStorageToPages().catch((error) =>
    recordError({ where: 'background:storage-access', message: String(error), page: '' }),
  );
  // Events booking pages left while the worker was stopped (or the browser was closed).
  drainEventOutbox().catch((error) => recordError({ where: 'log:outbox', message: String(error), page: '' }));
  const ready = (async () => {
    await boundary;
    if (__EP_DEMO__) await seedDemoSite();
    await refreshRegistrations();
    await retentionIfDue((await loadEffectiveSettings()).privacy.retentionDays);
  })().catch((error) => recordError({ where: 'background:start', message: String(error), page: '' }));
  // Tests wait on this before opening booking pages.
  (globalThis as { __epReady?: Promise<unknown> }).__epReady = ready;

  browser.permissions.onAdded.addListener(() => void refreshRegistrations());
  browser.permissions.onRemoved.addListener(() => void refreshRegistrations());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') {
      refreshChainKey().catch((error) => recordError({ where: 'log:key', message: String(error), page: '' }));
      return;
    }
    if (area !== 'local' && area !== 'session') return;
    if (area === 'local' && 'settings' in changes) void refreshRegistrations();
    // A booking page wrote events to the outbox (this event also wakes a stopped worker).
    const written = Object.keys(changes).filter((k) => isOutboxKey(k) && changes[k]?.newValue !== undefined);
    if (written.length > 0) {
      drainEventOutbox(written).catch((error) =>
        recordError({ where: 'log:outbox', message: String(error), page: '' }),
      );
    }
  });
  // Start with the browser, so the outbox is drained before the first booking page asks anything.
  browser.runtime.onStartup.addListener(() => undefined);
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

  const watchedPage = async (url: string) =>
    pageConfigFor(await loadEffectiveSettings(), url, BUILT_IN_PROFILES) !== null;
  // The loader's plain message (platform/loader-message.ts); anything else is left to the protocol.
  browser.runtime.onMessage.addListener((message, sender) =>
    isStartBooking(message) ? injectIntoSender(sender, BOOKING_SCRIPT, watchedPage) : undefined,
  );
  messaging.onMessage('loadPanel', ({ sender }) => injectIntoSender(sender, PANEL_SCRIPT, watchedPage));

  // A booking script asks about its own frame: the address it names must be that frame's page.
  messaging.onMessage('getPageConfig', async ({ data, sender }) => {
    const page = await requireWatchedPage(sender, watchedPage, 'read a page configuration');
    const url = typeof data?.url === 'string' && sameOrigin(data.url, page.url) ? data.url : page.url;
    return pageConfigFor(await loadEffectiveSettings(), url, BUILT_IN_PROFILES);
  });

  messaging.onMessage('outboxWritten', async ({ data, sender }) => {
    if (!isExtensionPage(sender)) await requireWatchedPage(sender, watchedPage, 'hand over events');
    const ids = Array.isArray(data?.ids)
      ? data.ids.filter((id): id is string => typeof id === 'string' && id.length <= 200).slice(0, 1000)
      : [];
    const keys = ids.map(outboxKey);
    await drainEventOutbox(keys).catch(() => undefined);
    const waiting = new Set(await outboxKeysWaiting(keys));
    return { pending: ids.filter((id) => waiting.has(outboxKey(id))) };
  });

  messaging.onMessage('reportError', async ({ data, sender }) => {
    if (!isExtensionPage(sender)) await requireWatchedPage(sender, watchedPage, 'report an error');
    await recordError({
      where: plainText(data?.where, 100) || 'unknown',
      message: plainText(data?.message, 500),
      page: plainText(data?.page, 300) || plainText(sender.url, 300),
    });
  });

  messaging.onMessage('hookInstance', async ({ data, sender }) => {
    const page = await requireWatchedPage(sender, watchedPage, 'ask for a booking id');
    const booked = typeof data?.booked === 'string' ? data.booked.slice(0, 200) : undefined;
    return hookInstanceFor(page.tabId, String(data?.key ?? '').slice(0, 2000), booked);
  });

  registerAnswerMemory(installSalt, sha256Hex, watchedPage);

  messaging.onMessage('reportStatus', async ({ data, sender }) => {
    const page = await requireWatchedPage(sender, watchedPage, 'report what it read');
    if (!(await saveFrameStatus(page.tabId, page.frameId, data))) return;
    if (typeof data?.context?.siteId === 'string') await recordSiteActivity(data.context.siteId, 0);
  });

  messaging.onMessage('getTabStatus', async ({ data, sender }) => {
    requireExtensionPage(sender, 'read what a tab read');
    return tabStatus(Number(data?.tabId));
  });
  registerLogHandlers();
  registerOptionsHandlers();
});
