import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../lib/log/kv';
import { openLogOrSetAside } from '../../../lib/log/set-aside';
import { LogStore } from '../../../lib/log/store';
import { flag, nodeDigest } from './fixtures';

const keysOf = (kv: MemoryStore) => async () => [...kv.data.keys()];
const NOW = new Date('2026-12-08T01:36:00.123Z');

describe('a log that cannot be opened is kept aside and a new one started', () => {
  it('opens a readable log as it is, setting nothing aside', async () => {
    const kv = new MemoryStore();
    await (await LogStore.open(kv, { digest: nodeDigest })).append(flag('a'));
    const opened = await openLogOrSetAside(kv, keysOf(kv), { digest: nodeDigest }, NOW);
    expect(opened.setAside).toBeUndefined();
    expect(opened.store.count()).toBe(1);
  });

  it('junk written over log:meta: the old items kept under their own prefix, logging goes on', async () => {
    const kv = new MemoryStore();
    const old = await LogStore.open(kv, { digest: nodeDigest });
    await old.appendMany([flag('a'), flag('b')]);
    const before = new Map(kv.data);
    kv.data.set('log:meta', { junk: true });
    kv.data.set('settings', { keep: 'me' });

    const opened = await openLogOrSetAside(kv, keysOf(kv), { digest: nodeDigest }, NOW);
    expect(opened.setAside).toMatchObject({ prefix: 'log-aside-20261208T013600123Z', items: before.size });
    expect(opened.setAside?.reason).toMatch(/log:meta cannot be read/);
    // Every old item is there, untouched, under the new prefix; nothing else moved.
    for (const [key, value] of before) {
      const moved = `log-aside-20261208T013600123Z${key.slice('log'.length)}`;
      expect(kv.data.get(moved)).toEqual(key === 'log:meta' ? { junk: true } : value);
    }
    expect(kv.data.get('settings')).toEqual({ keep: 'me' });

    // The new log's first record says what happened; it takes events and verifies.
    const records = await opened.store.readAll();
    expect(records.map((r) => r.event)).toMatchObject([
      {
        type: 'audit',
        action: 'log-set-aside',
        detail: expect.stringContaining('log-aside-20261208T013600123Z'),
      },
    ]);
    await opened.store.append(flag('c'));
    expect(await opened.store.verify()).toEqual({ ok: true, count: 2 });
    // Reopened later: the new log opens as it is.
    const again = await openLogOrSetAside(kv, keysOf(kv), { digest: nodeDigest });
    expect(again.setAside).toBeUndefined();
    expect(again.store.count()).toBe(2);
  });

  it('an unreadable index is set aside the same way', async () => {
    const kv = new MemoryStore();
    await (await LogStore.open(kv, { digest: nodeDigest })).append(flag('a'));
    kv.data.set('log:index', 'not an index');
    const opened = await openLogOrSetAside(kv, keysOf(kv), { digest: nodeDigest }, NOW);
    expect(opened.setAside?.reason).toMatch(/log:index cannot be read/);
    expect(opened.store.count()).toBe(1);
  });
});
