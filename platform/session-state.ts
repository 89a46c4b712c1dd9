/**
 * Per-tab state that must survive a page reload but not a browser restart: each booking's
 * hookInstance (so a reload does not log a prompt twice) and what each frame read (for the popup).
 * Kept in storage.session, which the background alone reads and writes.
 */
import { browser } from '#imports';
import { bookingEventId, outboxKey } from '../lib/events/outbox';
import { MAX_FRAMES_PER_TAB, PageStatus } from '../lib/page-status';
import { outboxKeysWaiting } from './outbox-areas';
import { serial } from './serial';

const queue = serial();

function hookKey(tabId: number, key: string): string {
  return `hook:${tabId}:${key}`;
}

/**
 * The tab's hookInstance for `key`: the stored one while its booking is open, so a reload logs nothing
 * twice, else a fresh one. A booking is over when the page that made it says so (`booked`, sent with
 * its next request: no one-shot message to lose while the worker restarts), when its BookingEvent is
 * in the log, or when it waits in the outbox (the page that booked may be gone).
 */
export function hookInstanceFor(tabId: number, key: string, booked?: string): Promise<string> {
  return queue(async () => {
    const storageKey = hookKey(tabId, key);
    const stored = (await browser.storage.session.get(storageKey))[storageKey];
    if (typeof stored === 'string' && stored !== booked && !(await isBooked(stored))) return stored;
    const fresh = crypto.randomUUID();
    await browser.storage.session.set({ [storageKey]: fresh });
    return fresh;
  });
}

async function isBooked(hookInstance: string): Promise<boolean> {
  const bookedKey = `booked:${hookInstance}`;
  if ((await browser.storage.session.get(bookedKey))[bookedKey] === true) return true;
  return (await outboxKeysWaiting([outboxKey(bookingEventId(hookInstance))])).length > 0;
}

/** Marks bookings as done once their BookingEvent is in the log: their hookInstance is never reused. */
export function markBooked(hookInstances: string[]): Promise<void> {
  if (hookInstances.length === 0) return Promise.resolve();
  return queue(() =>
    browser.storage.session.set(Object.fromEntries(hookInstances.map((h) => [`booked:${h}`, true]))),
  );
}

/** Keeps what a frame read; refuses (false) a status that is not one, or a frame beyond the cap. */
export function saveFrameStatus(tabId: number, frameId: number, status: unknown): Promise<boolean> {
  const parsed = PageStatus.safeParse(status);
  if (!parsed.success) return Promise.resolve(false);
  return queue(async () => {
    const key = `status:${tabId}`;
    const current = statusesIn((await browser.storage.session.get(key))[key]);
    if (!(String(frameId) in current) && Object.keys(current).length >= MAX_FRAMES_PER_TAB) return false;
    current[String(frameId)] = parsed.data;
    await browser.storage.session.set({ [key]: current });
    return true;
  });
}

/** Stored statuses, each checked again: in Chrome booking pages can write storage.session too. */
function statusesIn(stored: unknown): Record<string, PageStatus> {
  const out: Record<string, PageStatus> = {};
  if (typeof stored !== 'object' || stored === null) return out;
  for (const [frame, status] of Object.entries(stored).slice(0, MAX_FRAMES_PER_TAB)) {
    const parsed = PageStatus.safeParse(status);
    if (parsed.success) out[frame] = parsed.data;
  }
  return out;
}

export async function tabStatus(tabId: number): Promise<PageStatus[]> {
  const key = `status:${tabId}`;
  return Object.values(statusesIn((await browser.storage.session.get(key))[key]));
}

export async function forgetTab(tabId: number): Promise<void> {
  const all = await browser.storage.session.get(null);
  const keys = Object.keys(all).filter((k) => k === `status:${tabId}` || k.startsWith(`hook:${tabId}:`));
  if (keys.length > 0) await browser.storage.session.remove(keys);
}

const BACKGROUND_STARTS_KEY = 'background:starts';

/**
 * Counts background starts in this browser session. Chrome's service worker and Firefox's event page
 * both stop when idle and start again for the next event; the count shows that happening (tests of
 * both browsers read it to prove a booking page woke a stopped background).
 */
export function noteBackgroundStart(): Promise<void> {
  return queue(async () => {
    const starts = (await browser.storage.session.get(BACKGROUND_STARTS_KEY))[BACKGROUND_STARTS_KEY];
    await browser.storage.session.set({
      [BACKGROUND_STARTS_KEY]: (typeof starts === 'number' ? starts : 0) + 1,
    });
  });
}
