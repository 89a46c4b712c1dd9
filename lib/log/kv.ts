/**
 * The storage the log sits on: an async key-value store shaped like `chrome.storage.local`, so the
 * background can pass that in directly while tests use the in-memory store below. One `set` call
 * with several keys is the unit of atomicity the log relies on (chrome.storage commits a multi-key
 * set as one write).
 */
export interface KeyValueStore {
  /** Values for the keys that exist; missing keys are absent from the result. */
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface MemoryStoreOptions {
  /**
   * Copy values on the way in and out (default true), like chrome.storage serialising them. Without
   * it a caller that kept a reference could change stored data behind the store's back.
   */
  clone?: boolean;
}

/** In-memory KeyValueStore for tests and benchmarks. `data` is exposed so tests can tamper with it. */
export class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, unknown>();
  private readonly clone: boolean;

  constructor(options: MemoryStoreOptions = {}) {
    this.clone = options.clone ?? true;
  }

  async get(keys: string[]): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      if (this.data.has(key)) out[key] = this.copy(this.data.get(key));
    }
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    // Copy everything first so a value that cannot be cloned fails the whole set, as one write.
    const copies = Object.entries(items).map(([key, value]) => [key, this.copy(value)] as const);
    for (const [key, value] of copies) this.data.set(key, value);
  }

  async remove(keys: string[]): Promise<void> {
    for (const key of keys) this.data.delete(key);
  }

  private copy<T>(value: T): T {
    return this.clone ? structuredClone(value) : value;
  }
}
