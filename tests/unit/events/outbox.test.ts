import { afterEach, describe, expect, it, vi } from 'vitest';
import { bookingEventId, isOutboxKey, OutboxWriter, outboxKey } from '../../../lib/events/outbox';
import {
  coalescingDrainer,
  DRAIN_BATCH,
  type DrainStorage,
  drainOutbox,
} from '../../../lib/events/outbox-drain';
import { MemoryStore } from '../../../lib/log/kv';
import { LogStore } from '../../../lib/log/store';
import { booking, flag, nodeDigest } from '../log/fixtures';

/** The background's storage as the drain sees it, over the same MemoryStore the page writes to. */
function drainStorage(kv: MemoryStore): DrainStorage & { removed: string[][] } {
  const removed: string[][] = [];
  return {
    removed,
    keys: async () => [...kv.data.keys()],
    get: (keys) => kv.get(keys),
    remove: async (keys) => {
      removed.push(keys);
      await kv.remove(keys);
    },
  };
}

/** The log's append as the background wires it: acknowledged = stored now or before. */
function logOf(store: LogStore) {
  return {
    append: async (events: unknown[]) => {
      const result = await store.appendMany(events);
      return {
        acknowledged: [...result.stored, ...result.duplicates],
        rejected: result.rejected.map((r) => ({ ...(r.id ? { id: r.id } : {}), message: r.message })),
      };
    },
  };
}

const openLog = () => LogStore.open(new MemoryStore(), { digest: nodeDigest });
const ids = async (log: LogStore) => (await log.readAll()).map((r) => r.event.id);
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.useRealTimers();
});

describe('outbox keys', () => {
  it('one key per event id, and the booking of a hookInstance has a known key', () => {
    expect(outboxKey('card-1:displayed')).toBe('outbox:card-1:displayed');
    expect(outboxKey(bookingEventId('hook-1'))).toBe('outbox:hook-1:booking');
    expect(isOutboxKey('outbox:x')).toBe(true);
    expect(isOutboxKey('log:meta')).toBe(false);
  });
});

describe('OutboxWriter (the page)', () => {
  it('writes the events of one task in one set, each under its own key, before the task ends', async () => {
    const writes: Record<string, unknown>[] = [];
    const writer = new OutboxWriter({ write: async (items) => void writes.push(items), onError: () => {} });
    writer.add(flag('a'));
    writer.add(booking('b'));
    expect(writes).toHaveLength(0);
    await Promise.resolve(); // one microtask later: still inside the task that recorded the events
    expect(writes).toEqual([{ 'outbox:a': flag('a'), 'outbox:b': booking('b') }]);
    expect(writer.size).toBe(0);
  });

  it('never writes the same event twice in one page (re-renders)', async () => {
    const writes: Record<string, unknown>[] = [];
    const writer = new OutboxWriter({ write: async (items) => void writes.push(items), onError: () => {} });
    writer.add(flag('a'));
    await tick();
    writer.add(flag('a'));
    await tick();
    expect(writes).toHaveLength(1);
  });

  it('does not hold new events back while an earlier write is still in flight', async () => {
    // The page may go right after the click: what the click recorded must be handed over at once.
    const writes: Record<string, unknown>[] = [];
    const writer = new OutboxWriter({
      write: (items) => {
        writes.push(items);
        return new Promise<void>(() => {}); // never settles, like a page going away
      },
      onError: () => {},
    });
    writer.add(flag('answer'));
    await tick();
    writer.add(booking('booking'));
    await tick();
    expect(writes.map((w) => Object.keys(w))).toEqual([['outbox:answer'], ['outbox:booking']]);
  });

  it('keeps the events of a failed write and writes them again later, also when set throws at once', async () => {
    vi.useFakeTimers();
    const errors: unknown[] = [];
    let calls = 0;
    const written: string[] = [];
    const writer = new OutboxWriter({
      write: (items) => {
        calls += 1;
        if (calls === 1) throw new Error('Extension context invalidated.');
        if (calls === 2) return Promise.reject(new Error('quota'));
        written.push(...Object.keys(items));
        return Promise.resolve();
      },
      onError: (e) => errors.push(e),
    });
    writer.add(flag('a'));
    await vi.advanceTimersByTimeAsync(0);
    expect(writer.size).toBe(1);
    writer.add(flag('b'));
    await vi.advanceTimersByTimeAsync(0);
    expect(written).toEqual([]);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(written.sort()).toEqual(['outbox:a', 'outbox:b']);
    expect(writer.size).toBe(0);
    expect(errors).toHaveLength(2);
  });

  it('holds at most `limit` events while storage refuses them, and says what it gave up', async () => {
    const errors: string[] = [];
    const writer = new OutboxWriter({
      write: () => Promise.reject(new Error('refused')),
      onError: (e) => errors.push(String(e)),
      limit: 3,
    });
    for (const id of ['a', 'b', 'c', 'd', 'e']) writer.add(flag(id));
    await tick();
    expect(writer.size).toBe(3);
    expect(errors).toContain('Error: Storage refused the events: 2 oldest given up');
    writer.dispose();
  });
});

describe('drainOutbox (the background)', () => {
  it('appends what pages wrote, oldest first and a booking after its answers, then removes the keys', async () => {
    const kv = new MemoryStore();
    await kv.set({
      [outboxKey('z-answer')]: flag('z-answer', { kind: 'ignored', time: '2025-03-10T09:01:00.000Z' }),
      [outboxKey('a-booking')]: booking('a-booking', { time: '2025-03-10T09:01:00.000Z' }),
      [outboxKey('m-shown')]: flag('m-shown', { time: '2025-03-10T09:00:00.000Z' }),
      'log:unrelated': 1,
    });
    const log = await openLog();
    const result = await drainOutbox(drainStorage(kv), logOf(log));
    expect(result).toEqual({ acknowledged: 3, problems: [] });
    expect(await ids(log)).toEqual(['m-shown', 'z-answer', 'a-booking']);
    expect([...kv.data.keys()]).toEqual(['log:unrelated']);
  });

  it('a worker stopped between append and remove: the next drain stores nothing twice and removes the keys', async () => {
    const kv = new MemoryStore();
    await kv.set({ [outboxKey('a')]: flag('a'), [outboxKey('b')]: booking('b') });
    const log = await openLog();
    const storage = drainStorage(kv);
    await expect(
      drainOutbox({ ...storage, remove: () => Promise.reject(new Error('worker stopped')) }, logOf(log)),
    ).rejects.toThrow('worker stopped');
    expect(kv.data.size).toBe(2);
    expect(await drainOutbox(storage, logOf(log))).toEqual({ acknowledged: 2, problems: [] });
    expect(await ids(log)).toEqual(['a', 'b']);
    expect(kv.data.size).toBe(0);
  });

  it('a failed append removes nothing', async () => {
    const kv = new MemoryStore();
    await kv.set({ [outboxKey('a')]: flag('a') });
    const failing = { append: () => Promise.reject(new Error('log unreadable')) };
    await expect(drainOutbox(drainStorage(kv), failing)).rejects.toThrow('log unreadable');
    expect(kv.data.has(outboxKey('a'))).toBe(true);
  });

  it('the same event written again (a reload) is acknowledged, not stored again', async () => {
    const kv = new MemoryStore();
    const log = await openLog();
    await kv.set({ [outboxKey('a')]: flag('a') });
    await drainOutbox(drainStorage(kv), logOf(log));
    await kv.set({ [outboxKey('a')]: flag('a', { time: '2025-03-10T10:00:00.000Z' }) });
    expect(await drainOutbox(drainStorage(kv), logOf(log))).toEqual({ acknowledged: 1, problems: [] });
    expect(await ids(log)).toEqual(['a']);
    expect(kv.data.size).toBe(0);
  });

  it('removes what is not an event or what the log refuses, and says why; the rest is stored', async () => {
    const kv = new MemoryStore();
    await kv.set({
      [outboxKey('junk')]: 'not an event',
      [outboxKey('no-id')]: { type: 'flag' },
      [outboxKey('bad')]: { ...flag('bad'), time: 'yesterday' },
      [outboxKey('ok')]: flag('ok'),
    });
    const log = await openLog();
    const result = await drainOutbox(drainStorage(kv), logOf(log));
    expect(result.acknowledged).toBe(1);
    expect(result.problems).toHaveLength(3);
    expect(result.problems.join('\n')).toMatch(/outbox:junk does not hold an event/);
    expect(result.problems.join('\n')).toMatch(/bad.*time/);
    expect(await ids(log)).toEqual(['ok']);
    expect(kv.data.size).toBe(0);
  });

  it('drains only the given keys when told which changed, and skips keys drained meanwhile', async () => {
    const kv = new MemoryStore();
    await kv.set({ [outboxKey('a')]: flag('a'), [outboxKey('b')]: flag('b') });
    const log = await openLog();
    const result = await drainOutbox(drainStorage(kv), logOf(log), [outboxKey('a'), outboxKey('gone')]);
    expect(result.acknowledged).toBe(1);
    expect(await ids(log)).toEqual(['a']);
    expect([...kv.data.keys()]).toEqual([outboxKey('b')]);
  });

  it('drains a large backlog in batches of DRAIN_BATCH, one log write each', async () => {
    const kv = new MemoryStore();
    const n = DRAIN_BATCH * 2 + 5;
    await kv.set(
      Object.fromEntries(
        Array.from({ length: n }, (_, i) => {
          const id = `e-${String(i).padStart(4, '0')}`;
          return [outboxKey(id), flag(id, { hookInstance: `h-${i}` })];
        }),
      ),
    );
    const log = await openLog();
    const storage = drainStorage(kv);
    expect((await drainOutbox(storage, logOf(log))).acknowledged).toBe(n);
    expect(storage.removed.map((r) => r.length)).toEqual([DRAIN_BATCH, DRAIN_BATCH, 5]);
    expect(log.count()).toBe(n);
  });

  it('page to log end to end: events written by a page that then went away all reach the log once', async () => {
    const kv = new MemoryStore();
    const writer = new OutboxWriter({ write: (items) => kv.set(items), onError: () => {} });
    writer.add(flag('shown'));
    writer.add(flag('answered', { kind: 'ignored', time: '2025-03-10T09:00:30.000Z' }));
    writer.add(booking(bookingEventId('hook-1')));
    writer.dispose(); // the page is gone
    await tick();
    const log = await openLog();
    await drainOutbox(drainStorage(kv), logOf(log));
    expect(await ids(log)).toEqual(['shown', 'answered', 'hook-1:booking']);
    expect([...kv.data.keys()]).toEqual([]);
  });
});

describe('coalescingDrainer', () => {
  it('runs one drain at a time and merges what is asked meanwhile into the next run', async () => {
    const runs: Array<string[] | undefined> = [];
    let release: () => void = () => {};
    const drain = coalescingDrainer(async (keys) => {
      runs.push(keys);
      if (runs.length === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    const first = drain(['outbox:a']);
    await tick();
    const second = drain(['outbox:b']);
    const third = drain(['outbox:c', 'outbox:b']);
    expect(second).toBe(third);
    await tick();
    expect(runs).toEqual([['outbox:a']]);
    release();
    await Promise.all([first, second, third]);
    expect(runs).toEqual([['outbox:a'], ['outbox:b', 'outbox:c']]);
  });

  it('a request for every key covers the keys asked for with it; a failed run does not stop the next', async () => {
    const runs: Array<string[] | undefined> = [];
    const drain = coalescingDrainer(async (keys) => {
      runs.push(keys);
      if (runs.length === 1) throw new Error('storage busy');
    });
    const failed = drain(['outbox:a']);
    const failedToo = drain();
    await expect(failed).rejects.toThrow('storage busy');
    await expect(failedToo).rejects.toThrow('storage busy');
    expect(runs).toEqual([undefined]);
    await drain(['outbox:b']);
    expect(runs).toEqual([undefined, ['outbox:b']]);
  });
});
