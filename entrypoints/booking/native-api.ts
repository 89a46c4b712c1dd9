/**
 * The few extension APIs the booking scripts call, taken natively: promise-based `browser` in Firefox
 * and `chrome` in Chrome MV3. Going through webextension-polyfill would add 3 KB gzip to every
 * booking page for two calls.
 */
interface NativeApi {
  runtime?: { id?: string };
  storage?: { local?: { set(items: Record<string, unknown>): Promise<void> } };
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

/** storage.local.set, rejecting (not throwing) when the extension has gone. */
export function setExtensionStorage(items: Record<string, unknown>): Promise<void> {
  try {
    const local = api()?.storage?.local;
    if (!local) return Promise.reject(new Error('Extension storage is not available (extension reloaded?)'));
    return local.set(items);
  } catch (error) {
    return Promise.reject(error);
  }
}
