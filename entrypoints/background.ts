/**
 * The background: the single writer of settings and of the log. It registers the booking content
 * script for the sites a manager granted, answers content scripts, and records their errors.
 */

import { isOutboxKey } from '../lib/events/outbox';
import { BUILT_IN_PROFILES } from '../lib/profiles/builtin';
import { BOOKING_SCRIPT, injectIntoSender, PANEL_SCRIPT } from '../platform/booking-injection';
import { plainText, recordError } from '../platform/error-log';
import { isStartBooking } from '../platform/loader-message';
import { registerLogHandlers } from '../platform/log-handlers';
import { appendEvents, drainEventOutbox, refreshChainKey, retentionIfDue } from '../platform/log-service';
import { loadEffectiveSettings } from '../platform/managed-policy';
import { registerOptionsHandlers } from '../platform/options-service';
import { pageConfigFor } from '../platform/page-config';
import { messaging } from '../platform/protocol';
import { syncContentScripts } from '../platform/registration';
import {
  forgetTab,
  hookInstanceFor,
  noteBackgroundStart,
  saveFrameStatus,
  tabStatus,
} from '../platform/session-state';
import { loadSettings, saveSettings } from '../platform/settings-service';
import { recordSiteActivity } from '../platform/site-activity';
import { OLD_INSTALL_SALT_KEY } from '../platform/storage';

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

export default defineBackground(() => {
  async function refreshRegistrations(): Promise<void> {
    const settings = await loadEffectiveSettings();
    await syncContentScripts(settings.sites);
  }

  void noteBackgroundStart().catch(() => undefined);
  // A salt older versions kept for pseudonymous references, which were never used: not kept.
  void browser.storage.local.remove(OLD_INSTALL_SALT_KEY).catch(() => undefined);
  // Events booking pages left while the worker was stopped (or the browser was closed).
  drainEventOutbox().catch((error) => recordError({ where: 'log:outbox', message: String(error), page: '' }));
  const ready = (async () => {
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
    if (area !== 'local') return;
    if ('settings' in changes) void refreshRegistrations();
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

  messaging.onMessage('getPageConfig', async ({ data }) => {
    if (typeof data?.url !== 'string') return null;
    return pageConfigFor(await loadEffectiveSettings(), data.url, BUILT_IN_PROFILES);
  });

  messaging.onMessage('logEvents', async ({ data }) => {
    const events = Array.isArray(data?.events) ? data.events.slice(0, 1000) : [];
    return appendEvents(events);
  });

  messaging.onMessage('reportError', async ({ data, sender }) => {
    await recordError({
      where: plainText(data?.where, 100) || 'unknown',
      message: plainText(data?.message, 500),
      page: plainText(data?.page, 300) || plainText(sender.url, 300),
    });
  });

  messaging.onMessage('hookInstance', async ({ data, sender }) => {
    const tabId = sender.tab?.id ?? -1;
    const booked = typeof data?.booked === 'string' ? data.booked.slice(0, 200) : undefined;
    return hookInstanceFor(tabId, String(data?.key ?? '').slice(0, 2000), booked);
  });

  messaging.onMessage('reportStatus', async ({ data, sender }) => {
    if (sender.tab?.id === undefined) return;
    await saveFrameStatus(sender.tab.id, sender.frameId ?? 0, data);
    if (typeof data?.context?.siteId === 'string') await recordSiteActivity(data.context.siteId, 0);
  });

  messaging.onMessage('getTabStatus', async ({ data }) => tabStatus(Number(data?.tabId)));
  registerLogHandlers();
  registerOptionsHandlers();
});
