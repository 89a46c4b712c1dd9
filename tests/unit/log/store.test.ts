import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, recordHash } from '../../../lib/log/hash';
import { MemoryStore } from '../../../lib/log/kv';
import { chunkKey, indexKey, metaKey } from '../../../lib/log/layout';
import { LogCorruptError, LogStore } from '../../../lib/log/store';
import { audit, booking, flag, manyEvents, nodeDigest, SpyStore } from './fixtures';

describe('LogStore append', () => {
  it('stores a hash-chained record from genesis', async () => {
    const kv = new MemoryStore();
    const log = await LogStore.open(kv);
    const result = await log.append(flag('f1'));
    expect(result).toEqual({ stored: ['f1'], duplicates: [], rejected: [] });

    const [record] = await log.readAll();
    expect(record?.seq).toBe(1);
    expect(record?.prev).toBe(GENESIS_HASH);
    expect(record?.hash).toBe(await recordHash(1, GENESIS_HASH, record?.event));
    expect(record?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect([...kv.data.keys()].sort()).toEqual([chunkKey(0), metaKey()]);
    expect(chunkKey(42)).toBe('log:chunk:000042');
  });

  it('links each record to the one before and keeps order across all event types', async () => {
    const log = await LogStore.open(new MemoryStore());
    await log.appendMany([flag('f1'), booking('b1'), audit('a1')]);
    const records = await log.readAll();
    expect(records.map((r) => r.event.id)).toEqual(['f1', 'b1', 'a1']);
    expect(records[1]?.prev).toBe(records[0]?.hash);
    expect(records[2]?.prev).toBe(records[1]?.hash);
    expect(log.count()).toBe(3);
  });

  it('rejects invalid events with a clear message and still stores the rest of the batch', async () => {
    const log = await LogStore.open(new MemoryStore());
    const result = await log.appendMany([
      flag('ok-1'),
      { ...flag('bad-1'), time: 'yesterday' },
      'not an event',
      { ...booking('bad 2'), channel: 'carrier-pigeon' },
      booking('ok-2'),
    ]);
    expect(result.stored).toEqual(['ok-1', 'ok-2']);
    expect(result.rejected.map((r) => r.index)).toEqual([1, 2, 3]);
    expect(result.rejected[0]).toMatchObject({ id: 'bad-1' });
    expect(result.rejected[0]?.message).toMatch(/Event 1 \(bad-1\) is not a valid log event: time:/);
    expect(result.rejected[2]?.message).toMatch(/id: .*letters, digits/);
    expect(result.rejected[2]?.message).toMatch(/channel:/);
    expect(result.rejected[1]?.id).toBeUndefined();
    expect(log.count()).toBe(2);
    const only = await log.append({ nonsense: true });
    expect(only.stored).toEqual([]);
    expect(only.rejected).toHaveLength(1);
  });

  it('drops fields the schema does not know (nothing unvetted from a page is stored)', async () => {
    const log = await LogStore.open(new MemoryStore());
    await log.append({ ...flag('f1'), patientName: 'Jane Doe' });
    const [record] = await log.readAll();
    expect(record?.event).not.toHaveProperty('patientName');
  });

  it('writes one set per append holding only the current chunk and meta', async () => {
    const spy = new SpyStore();
    const log = await LogStore.open(spy, { chunkSize: 3 });
    for (let i = 0; i < 3; i++) await log.append(flag(`f${i}`));
    expect(spy.sets).toEqual([
      [chunkKey(0), metaKey()],
      [chunkKey(0), metaKey()],
      [chunkKey(0), metaKey()],
    ]);
    // The chunk is full: the next append starts chunk 1 and records the sealed chunk in the index.
    await log.append(flag('f3'));
    expect(spy.sets[3]).toEqual([chunkKey(1), indexKey(), metaKey()]);
    await log.append(flag('f4'));
    expect(spy.sets[4]).toEqual([chunkKey(1), metaKey()]);
  });

  it('appendMany writes a whole batch, across chunks, in one set', async () => {
    const spy = new SpyStore();
    const log = await LogStore.open(spy, { chunkSize: 4 });
    const result = await log.appendMany(manyEvents(10));
    expect(result.stored).toHaveLength(10);
    expect(spy.sets).toEqual([[chunkKey(0), chunkKey(1), chunkKey(2), indexKey(), metaKey()]]);
    expect((await log.readAll()).map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(await log.verify()).toEqual({ ok: true, count: 10 });
  });

  it('reads ranges, counts and iterates in order', async () => {
    const log = await LogStore.open(new MemoryStore(), { chunkSize: 4 });
    await log.appendMany(manyEvents(10));
    expect((await log.readRange(3, 6)).map((r) => r.seq)).toEqual([3, 4, 5, 6]);
    expect((await log.readRange(9, 99)).map((r) => r.seq)).toEqual([9, 10]);
    expect(await log.readRange(11, 20)).toEqual([]);
    const seqs: number[] = [];
    for await (const record of log) seqs.push(record.seq);
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(log.count()).toBe(10);
    expect(log.info()).toMatchObject({ count: 10, lastSeq: 10, anchor: GENESIS_HASH, chunks: 3 });
  });
});

describe('exactly-once', () => {
  it('acknowledges a retried event without storing it again', async () => {
    const log = await LogStore.open(new MemoryStore());
    await log.append(flag('f1'));
    const retry = await log.appendMany([flag('f1'), flag('f2')]);
    expect(retry).toEqual({ stored: ['f2'], duplicates: ['f1'], rejected: [] });
    expect(log.count()).toBe(2);
  });

  it('treats a repeat inside one batch as a duplicate', async () => {
    const log = await LogStore.open(new MemoryStore());
    const result = await log.appendMany([flag('f1'), flag('f1', { kind: 'accepted' })]);
    expect(result).toEqual({ stored: ['f1'], duplicates: ['f1'], rejected: [] });
  });

  it('remembers ids across re-opening, in the current chunk and in sealed chunks', async () => {
    const kv = new MemoryStore();
    const first = await LogStore.open(kv, { chunkSize: 5 });
    await first.appendMany(manyEvents(12));
    const reopened = await LogStore.open(kv, { chunkSize: 5 });
    const retry = await reopened.appendMany(manyEvents(12));
    expect(retry.stored).toEqual([]);
    expect(retry.duplicates).toHaveLength(12);
    expect(reopened.count()).toBe(12);
  });

  it('keeps the remembered window bounded (ids older than it are stored again)', async () => {
    const kv = new MemoryStore();
    const log = await LogStore.open(kv, { chunkSize: 5, recentIdLimit: 10 });
    await log.appendMany(manyEvents(30));
    const index = kv.data.get(indexKey()) as { recentIds: string[] };
    expect(index.recentIds).toHaveLength(10);
    expect(index.recentIds.at(-1)).toBe('e-24'); // last id of the last sealed chunk
    const retry = await log.appendMany([flag('e-0'), flag('e-20'), flag('e-29')]);
    expect(retry.stored).toEqual(['e-0']);
    expect(retry.duplicates).toEqual(['e-20', 'e-29']);
  });
});

describe('crash safety', () => {
  it('leaves the log unchanged when a write fails, and the retry stores it once', async () => {
    const spy = new SpyStore();
    const log = await LogStore.open(spy, { chunkSize: 2 });
    await log.appendMany([flag('f1'), flag('f2')]);
    spy.failNextSet = true;
    await expect(log.appendMany([flag('f3'), flag('f4')])).rejects.toThrow(/quota/);
    expect(log.count()).toBe(2);
    expect(await log.verify()).toEqual({ ok: true, count: 2 });

    const retry = await log.appendMany([flag('f2'), flag('f3'), flag('f4')]);
    expect(retry).toEqual({ stored: ['f3', 'f4'], duplicates: ['f2'], rejected: [] });
    expect((await log.readAll()).map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    expect(await log.verify()).toEqual({ ok: true, count: 4 });
  });

  it('a writer stopped mid-write loses nothing that was acknowledged', async () => {
    const kv = new MemoryStore();
    const spy = new SpyStore(kv);
    const log = await LogStore.open(spy, { chunkSize: 3 });
    await log.appendMany(manyEvents(4));
    spy.failNextSet = true; // the process dies during this write: it never lands
    await expect(log.append(flag('lost'))).rejects.toThrow();
    const reopened = await LogStore.open(kv, { chunkSize: 3 });
    expect(reopened.count()).toBe(4);
    expect(await reopened.verify()).toEqual({ ok: true, count: 4 });
    await reopened.append(flag('lost'));
    expect(await reopened.verify()).toEqual({ ok: true, count: 5 });
  });

  it('adopts records an older writer put in a chunk without updating meta', async () => {
    const kv = new MemoryStore();
    const log = await LogStore.open(kv, { chunkSize: 3 });
    await log.appendMany(manyEvents(2));
    const metaBefore = structuredClone(kv.data.get(metaKey()));
    await log.appendMany([flag('x1'), flag('x2'), flag('x3')]); // finishes chunk 0, starts chunk 1
    // Roll meta and index back, as if only the chunks had been written.
    kv.data.set(metaKey(), metaBefore);
    kv.data.delete(indexKey());

    const reopened = await LogStore.open(kv, { chunkSize: 3 });
    expect(reopened.count()).toBe(5);
    expect(await reopened.verify()).toEqual({ ok: true, count: 5 });
    expect((await reopened.append(flag('x3'))).duplicates).toEqual(['x3']);
    await reopened.append(flag('y1'));
    expect((await reopened.readAll()).map((r) => r.event.id)).toEqual(['e-0', 'e-1', 'x1', 'x2', 'x3', 'y1']);
    expect(await reopened.verify()).toEqual({ ok: true, count: 6 });
  });

  it('adopts chunks written with no meta at all', async () => {
    const source = new MemoryStore();
    const log = await LogStore.open(source, { chunkSize: 2 });
    await log.appendMany(manyEvents(5));
    const kv = new MemoryStore();
    for (const id of [0, 1, 2]) kv.data.set(chunkKey(id), source.data.get(chunkKey(id)));
    const reopened = await LogStore.open(kv, { chunkSize: 2 });
    expect(reopened.count()).toBe(5);
    expect(await reopened.verify()).toEqual({ ok: true, count: 5 });
    expect(kv.data.has(metaKey())).toBe(true);
  });

  it('does not open over an unreadable meta (the data is left for an auditor)', async () => {
    const kv = new MemoryStore();
    kv.data.set(metaKey(), { v: 99 });
    await expect(LogStore.open(kv)).rejects.toBeInstanceOf(LogCorruptError);
    expect(kv.data.get(metaKey())).toEqual({ v: 99 });
  });

  it('never writes over a missing or unreadable current chunk: new records go to a new chunk', async () => {
    const kv = new MemoryStore();
    const log = await LogStore.open(kv, { chunkSize: 10 });
    await log.appendMany(manyEvents(3));
    kv.data.set(chunkKey(0), 'garbage');
    const reopened = await LogStore.open(kv, { chunkSize: 10 });
    await reopened.append(flag('after'));
    expect(kv.data.get(chunkKey(0))).toBe('garbage');
    expect(kv.data.has(chunkKey(1))).toBe(true);
    expect(await reopened.verify()).toMatchObject({ ok: false, reason: 'unparseable-chunk', chunkId: 0 });
  });
});

describe('concurrency', () => {
  it('serialises concurrent appends into one unbroken chain', async () => {
    const log = await LogStore.open(new MemoryStore(), { chunkSize: 7, digest: nodeDigest });
    const results = await Promise.all([
      ...Array.from({ length: 40 }, (_, i) => log.append(flag(`c-${i}`))),
      log.appendMany(manyEvents(25, 'batch')),
      log.append(flag('c-3')), // a duplicate racing its original
    ]);
    const stored = results.flatMap((r) => r.stored);
    expect(stored).toHaveLength(65);
    expect(results.at(-1)?.duplicates).toEqual(['c-3']);
    const records = await log.readAll();
    expect(records.map((r) => r.seq)).toEqual(Array.from({ length: 65 }, (_, i) => i + 1));
    expect(await log.verify()).toEqual({ ok: true, count: 65 });
  });

  it('a failed task does not block the appends queued behind it', async () => {
    const spy = new SpyStore();
    const log = await LogStore.open(spy);
    spy.failNextSet = true;
    const [first, second] = await Promise.allSettled([log.append(flag('a')), log.append(flag('b'))]);
    expect(first.status).toBe('rejected');
    expect(second).toMatchObject({ status: 'fulfilled', value: { stored: ['b'] } });
  });
});
