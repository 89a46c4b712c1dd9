/**
 * A log that cannot be opened (its meta or index unreadable, whether by a fault or by a hand that
 * wrote junk to it) must not stop logging for good. Its stored items are moved, untouched, under a
 * prefix of their own, where an auditor can still open them (LogStore with that `keyPrefix`); a new
 * log starts, and its first record says what happened and where the old one is.
 */
import type { KeyValueStore } from './kv';
import { KEY_PREFIX } from './layout';
import { LogCorruptError, LogStore, type LogStoreOptions } from './store';

export interface SetAside {
  /** Where the old log's items now are, e.g. "log-aside-20261208T013600Z". */
  prefix: string;
  items: number;
  reason: string;
  auditId: string;
}

export interface OpenedLog {
  store: LogStore;
  /** Set when the stored log could not be opened and was kept aside. */
  setAside?: SetAside;
}

/** "2026-12-08T01:36:00.123Z" → "20261208T013600123Z": a key-safe, sortable stamp. */
const stampOf = (now: Date) => now.toISOString().replace(/[-:.]/g, '');

/**
 * Opens the log under KEY_PREFIX; when it is corrupt, keeps it aside and starts a new one. `keys` lists
 * every key in the store (the KeyValueStore itself cannot). Any other failure is passed on.
 */
export async function openLogOrSetAside(
  kv: KeyValueStore,
  keys: () => Promise<string[]>,
  options: Omit<LogStoreOptions, 'keyPrefix'> = {},
  now = new Date(),
): Promise<OpenedLog> {
  try {
    return { store: await LogStore.open(kv, options) };
  } catch (error) {
    if (!(error instanceof LogCorruptError)) throw error;
    const stamp = stampOf(now);
    const prefix = `${KEY_PREFIX}-aside-${stamp}`;
    const old = (await keys()).filter((key) => key.startsWith(`${KEY_PREFIX}:`));
    const values = await kv.get(old);
    // Copy first, then remove: a stop in between leaves two copies, never none.
    await kv.set(
      Object.fromEntries(
        Object.entries(values).map(([key, value]) => [`${prefix}${key.slice(KEY_PREFIX.length)}`, value]),
      ),
    );
    await kv.remove(old);
    const store = await LogStore.open(kv, options);
    const auditId = `audit:log-set-aside:${stamp}`;
    const reason = error.message.slice(0, 300);
    await store.append({
      id: auditId,
      type: 'audit',
      time: now.toISOString(),
      action: 'log-set-aside',
      detail: `The log could not be opened (${reason}). Its ${old.length} stored items were kept aside under "${prefix}:" and this new log was started.`,
    });
    return { store, setAside: { prefix, items: old.length, reason, auditId } };
  }
}
