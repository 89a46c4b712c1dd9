/**
 * The durable outbox between a booking page and the log. A content script writes each event it
 * records to extension storage under a key of its own, `outbox:<event id>`, and is then done with it:
 * the event outlives the page (a booking system that loads the next patient at once) and a stopped
 * service worker. The background, still the single writer of the log, drains those keys
 * (outbox-drain.ts): it appends by event id, so a key read twice is stored once, and removes them.
 *
 * One key per event and never two different events under one key, so no two writers ever
 * read-modify-write the same key: the background cannot remove something a page wrote meanwhile.
 * No zod here: the content script bundles this file.
 */

export const OUTBOX_PREFIX = 'outbox:';

export const outboxKey = (eventId: string): string => `${OUTBOX_PREFIX}${eventId}`;

export const isOutboxKey = (key: string): boolean => key.startsWith(OUTBOX_PREFIX);

/** The BookingEvent's id: one per booking (hookInstance). */
export const bookingEventId = (hookInstance: string): string => `${hookInstance}:booking`;

/** Events a page may hold while storage refuses its writes; beyond that the oldest go, and it says so. */
export const OUTBOX_WAITING_LIMIT = 500;

export interface OutboxWriterOptions {
  /** One storage `set` of several keys (chrome.storage.local.set). */
  write(items: Record<string, unknown>): Promise<void>;
  onError(error: unknown): void;
  /**
   * Called with the ids of each successful write. The page then tells the background (a message wakes
   * a stopped worker, whereas the storage change it also sees can be lost to a worker that is stopping).
   */
  written?(ids: string[]): void;
  /** Defaults to OUTBOX_WAITING_LIMIT. */
  limit?: number;
}

/**
 * The page's side. Events added in one task are written in one `set`, issued before the task ends:
 * a page that navigates away after a click has already handed over what the click recorded. Writes
 * never wait for one another (a write still in flight must not hold back the next when the page
 * goes). Only a failed write keeps events in memory, to try again with a backoff.
 */
export class OutboxWriter<E extends { id: string }> {
  /** Ids taken in this page: a re-render never writes the same event again. */
  private readonly seen = new Set<string>();
  private readonly waiting = new Map<string, E>();
  private queued = false;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private backoff = 250;
  private disposed = false;
  private readonly limit: number;

  constructor(private readonly options: OutboxWriterOptions) {
    this.limit = options.limit ?? OUTBOX_WAITING_LIMIT;
  }

  add(event: E): void {
    if (this.seen.has(event.id)) return;
    this.seen.add(event.id);
    this.waiting.set(event.id, event);
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      this.flush();
    });
  }

  /** Writes whatever is waiting now. */
  flush(): void {
    if (this.waiting.size === 0) return;
    const batch = [...this.waiting.values()];
    this.waiting.clear();
    const items = Object.fromEntries(batch.map((event) => [outboxKey(event.id), event]));
    let written: Promise<void>;
    try {
      written = this.options.write(items);
    } catch (error) {
      // `set` throws at once when the extension was reloaded under the page.
      written = Promise.reject(error);
    }
    written.then(
      () => {
        this.backoff = 250;
        this.options.written?.(batch.map((event) => event.id));
      },
      (error: unknown) => {
        this.options.onError(error);
        this.keep(batch);
        this.backoff = Math.min(this.backoff * 2, 30_000);
        this.retryLater();
      },
    );
  }

  dispose(): void {
    this.disposed = true;
    if (this.retry !== undefined) clearTimeout(this.retry);
    this.retry = undefined;
  }

  /** Events not yet written (only after a failed write, or within the task that added them). */
  get size(): number {
    return this.waiting.size;
  }

  /** Puts the events of a failed write back, oldest first, within the limit. */
  private keep(events: E[]): void {
    const newer = [...this.waiting.values()];
    this.waiting.clear();
    for (const event of [...events, ...newer]) this.waiting.set(event.id, event);
    let dropped = 0;
    for (const id of this.waiting.keys()) {
      if (this.waiting.size <= this.limit) break;
      this.waiting.delete(id);
      dropped += 1;
    }
    if (dropped > 0) {
      this.options.onError(new Error(`Storage refused the events: ${dropped} oldest given up`));
    }
  }

  private retryLater(): void {
    if (this.retry !== undefined || this.disposed) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      this.flush();
    }, this.backoff);
  }
}
