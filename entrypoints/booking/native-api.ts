/**
 * The few extension APIs the booking scripts call, taken natively: promise-based `browser` in Firefox
 * and `chrome` in Chrome MV3. Going through webextension-polyfill would add 3 KB gzip to every
 * booking page for two calls.
 */
interface StorageArea {
  set(items: Record<string, unknown>): Promise<void>;
}
interface NativeApi {
  runtime?: { id?: string };
  storage?: { local?: StorageArea; session?: StorageArea };
}

function api(): NativeApi | undefined {
  const scope = globalThis as { browser?: NativeApi; chrome?: NativeApi };
  return scope.browser ?? scope.chrome;
}

/** True while the extension runtime behind this isolated world exists. */
export function extensionRuntimeAlive(): boolean {
  try {
    return Boolean(api()?.runtime?.id);
  } catch {
    // Reading runtime.id of an unloaded extension can throw in some browsers: that is an answer too.
    return false;
  }
}

/**
 * Writes to the outbox's storage area, rejecting (not throwing) when the extension has gone. In Chrome
 * that is storage.session, the one area the background opens to content scripts (storage.local, which
 * holds the settings and the log, is closed to them: platform/storage-access.ts). Firefox neither
 * gives content scripts storage.session nor lets an extension close storage.local, so there the
 * outbox stays in storage.local.
 */
export function writeOutbox(items: Record<string, unknown>): Promise<void> {
  try {
    const storage = api()?.storage;
    const area = storage?.session ?? storage?.local;
    if (!area) return Promise.reject(new Error('Extension storage is not available (extension reloaded?)'));
    return area.set(items);
  } catch (error) {
    return Promise.reject(error);
  }
}
