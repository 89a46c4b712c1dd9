/**
 * The background's handle on the log (lib/log) in extension storage. Opened once per service-worker
 * life; every append is one atomic storage write of the current chunk and the meta. Booking pages
 * hand their events over through the durable outbox (lib/events/outbox.ts), drained here.
 */
import { browser } from '#imports';
import { coalescingDrainer, drainOutbox } from '../lib/events/outbox-drain';
import { auditRecordStored } from '../lib/log/audit-check';
import { type ChainKey, hmacChainKey } from '../lib/log/hash';
import type { KeyValueStore } from '../lib/log/kv';
import { metaKey } from '../lib/log/layout';
import { openLogOrSetAside } from '../lib/log/set-aside';
import type { LogStore } from '../lib/log/store';
import { screenEvents } from '../lib/privacy/events';
import { recordError } from './error-log';
import { readManagedPolicy } from './managed-policy';
import { keysOf, outboxAreas, type StorageArea } from './outbox-areas';
import type { LogResult } from './protocol';
import { markBooked } from './session-state';
import { recordSiteActivity } from './site-activity';

export const extensionStorage: KeyValueStore = {
  get: (keys) => browser.storage.local.get(keys),
  set: (items) => browser.storage.local.set(items),
  remove: (keys) => browser.storage.local.remove(keys),
};

let opening: Promise<LogStore> | undefined;
let cachedKey: { secret: string; key: Promise<ChainKey> } | undefined;

/**
 * The chain key from the organisation's policy (chainSecret), or null. The secret stays in the
 * background: it is turned into a non-extractable CryptoKey here and never sent to a page.
 */
export async function policyChainKey(): Promise<ChainKey | null> {
  const secret = (await readManagedPolicy()).policy.chainSecret;
  if (secret === undefined) return null;
  if (cachedKey?.secret !== secret) cachedKey = { secret, key: hmacChainKey(secret) };
  return cachedKey.key;
}

/** The log, opened once per background life; a log that cannot be opened is kept aside, not fatal. */
export function logStore(): Promise<LogStore> {
  opening ??= (async () => {
    const key = await policyChainKey();
    const { store, setAside } = await openLogOrSetAside(
      extensionStorage,
      () => keysOf(browser.storage.local as StorageArea),
      { key },
    );
    if (setAside) {
      await recordError({
        where: 'log',
        message: `The log could not be opened and was kept aside under "${setAside.prefix}:"; a new log was started (${setAside.reason})`,
        page: '',
      });
    }
    // A secret set since the last start: the keyed segment starts now, not at the next booking.
    if (key) await store.ensureKeyed();
    return store;
  })().catch((error) => {
    opening = undefined; // let a later call try again
    throw error;
  });
  return opening;
}

/** The policy changed: key the log with the secret now in force (or stop keying it). */
export async function refreshChainKey(): Promise<void> {
  if (!opening) return; // opened later with the new policy
  const store = await opening;
  const key = await policyChainKey();
  await store.setKey(key);
  if (key) await store.ensureKeyed();
}

/** Newly stored "displayed" events, per site, for the manager's site list. */
async function countPromptsRaised(events: unknown[], stored: Set<string>): Promise<void> {
  const perSite = new Map<string, number>();
  for (const raw of events) {
    const e = (raw ?? {}) as { id?: unknown; type?: unknown; kind?: unknown; siteId?: unknown };
    if (e.type !== 'flag' || e.kind !== 'displayed' || typeof e.id !== 'string' || !stored.has(e.id))
      continue;
    if (typeof e.siteId === 'string') perSite.set(e.siteId, (perSite.get(e.siteId) ?? 0) + 1);
  }
  for (const [siteId, count] of perSite) await recordSiteActivity(siteId, count);
}

/** hookInstances of the bookings now safely in the log. */
function bookedHookInstances(events: unknown[], acknowledged: string[]): string[] {
  const ids = new Set(acknowledged);
  return events.flatMap((raw) => {
    const e = (raw ?? {}) as { id?: unknown; type?: unknown; hookInstance?: unknown };
    return e.type === 'booking' &&
      typeof e.id === 'string' &&
      ids.has(e.id) &&
      typeof e.hookInstance === 'string'
      ? [e.hookInstance]
      : [];
  });
}

export async function appendEvents(given: unknown[]): Promise<LogResult> {
  const store = await logStore();
  // Comments are screened here too, whatever wrote the event (lib/privacy/events.ts).
  const { events } = screenEvents(given);
  const result = await store.appendMany(events);
  await countPromptsRaised(events, new Set(result.stored));
  await markBooked(bookedHookInstances(events, [...result.stored, ...result.duplicates]));
  return {
    acknowledged: [...result.stored, ...result.duplicates],
    rejected: result.rejected.map((r) => ({ ...(r.id ? { id: r.id } : {}), message: r.message })),
  };
}

let retryScheduled = false;
let failures = 0;

const drainer = coalescingDrainer(async (keys) => {
  const areas = outboxAreas();
  const result = await drainOutbox(
    {
      keys: async () => (await Promise.all(areas.map(keysOf))).flat(),
      get: async (k) => Object.assign({}, ...(await Promise.all(areas.map((area) => area.get(k))))),
      remove: async (k) => {
        await Promise.all(areas.map((area) => area.remove(k)));
      },
    },
    { append: appendEvents },
    keys,
  );
  for (const message of result.problems.slice(0, 10)) {
    await recordError({ where: 'log', message: message.slice(0, 500), page: '' });
  }
});

/**
 * Appends what booking pages left in the outbox and removes it: the `keys` that just changed, or
 * (without them, when the worker starts) every outbox key. One drain at a time, later requests
 * merged. A failed drain leaves its keys, and all of them are tried again after 2 s, 4 s... at most
 * 5 minutes apart (and at the next worker start anyway).
 */
export function drainEventOutbox(keys?: string[]): Promise<void> {
  return drainer(keys).then(
    () => {
      failures = 0;
    },
    (error: unknown) => {
      failures += 1;
      if (!retryScheduled) {
        retryScheduled = true;
        setTimeout(
          () => {
            retryScheduled = false;
            drainEventOutbox().catch(() => undefined);
          },
          Math.min(2000 * 2 ** (failures - 1), 300_000),
        );
      }
      throw error;
    },
  );
}

const RETENTION_INTERVAL_MS = 12 * 60 * 60 * 1000;
const LAST_RETENTION_KEY = 'logRetentionLastRun';

/**
 * Retention, at most twice a day: run when the background starts (service workers start often) if
 * the last run was over 12 hours ago. Whole chunks past their age go; the store logs that it did.
 */
export async function retentionIfDue(retentionDays: number, now = new Date()): Promise<void> {
  const stored = await browser.storage.local.get([LAST_RETENTION_KEY, metaKey()]);
  // An empty log has nothing to drop: do not even open it.
  if (stored[metaKey()] === undefined) return;
  const last = stored[LAST_RETENTION_KEY];
  if (typeof last === 'number' && now.getTime() - last < RETENTION_INTERVAL_MS) return;
  await browser.storage.local.set({ [LAST_RETENTION_KEY]: now.getTime() });
  const store = await logStore();
  const { auditId } = await store.applyRetention(now, retentionDays);
  if (auditId === null) return;
  if (!(await auditRecordStored(store, auditId))) {
    await recordError({
      where: 'log:retention',
      message: `Retention ran but its audit record ${auditId} was not read back`,
      page: '',
    });
  }
}
