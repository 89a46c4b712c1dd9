/** The storage areas booking pages write their outbox to (platform/storage-access.ts says which). */
import { browser } from '#imports';

export type StorageArea = typeof browser.storage.local & { getKeys?: () => Promise<string[]> };

/** Every key in an area; getKeys (Chrome 130, Firefox 143) spares reading the whole log. */
export async function keysOf(area: StorageArea): Promise<string[]> {
  return typeof area.getKeys === 'function' ? area.getKeys() : Object.keys(await area.get(null));
}

/**
 * Where booking pages may have left events: storage.session in Chrome (platform/storage-access.ts),
 * storage.local in Firefox and from versions before the session outbox.
 */
export function outboxAreas(): StorageArea[] {
  const session = browser.storage.session as StorageArea | undefined;
  return session ? [session, browser.storage.local as StorageArea] : [browser.storage.local as StorageArea];
}

/** Outbox keys in any of the areas: which of `keys` are still waiting. */
export async function outboxKeysWaiting(keys: string[]): Promise<string[]> {
  const found = await Promise.all(outboxAreas().map((area) => area.get(keys)));
  return keys.filter((key) => found.some((items) => key in items));
}
