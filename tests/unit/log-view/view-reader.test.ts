import { describe, expect, it } from 'vitest';
import { LogStore, MemoryStore } from '../../../lib/log';
import { chunkKey, metaKey } from '../../../lib/log/layout';
import { makeDayKeyer } from '../../../lib/log/view-model';
import { LogReadError, LogViewReader } from '../../../lib/log/view-reader';
import { manyEvents, nodeDigest, tamperChunk } from '../log/fixtures';

/** A read-only view of a MemoryStore that counts the keys read, and fails on any write. */
function readOnly(kv: MemoryStore) {
  const reads: string[][] = [];
  const get = (keys: string[]) => {
    reads.push(keys);
    return kv.get(keys);
  };
  return { get, reads };
}

async function seeded(n: number, chunkSize = 10) {
  const kv = new MemoryStore();
  const store = await LogStore.open(kv, { digest: nodeDigest, chunkSize });
  await store.appendMany(manyEvents(n));
  return { kv, store };
}

describe('LogViewReader', () => {
  it('reads every record in chain order, in batches, with progress', async () => {
    const { kv, store } = await seeded(95);
    const { get, reads } = readOnly(kv);
    const reader = new LogViewReader(get, makeDayKeyer('UTC'), { batchChunks: 3, pause: async () => {} });
    const progress: number[] = [];
    const log = await reader.load((loaded) => progress.push(loaded));
    expect(log.rows.map((r) => r.seq)).toEqual((await store.readAll()).map((r) => r.seq));
    expect(log.records).toHaveLength(95);
    expect(log.invalid).toBe(0);
    expect(log.lastSeq).toBe(95);
    expect(log.rows[0]!.day).toBe('2025-03-10');
    expect(reads.length).toBe(1 + 4); // meta+index, then 10 chunks in batches of 3
    expect(progress.at(-1)).toBe(95);
  });

  it('reads newest chunks first and offers the newest events before the rest', async () => {
    const { kv } = await seeded(95);
    const { get, reads } = readOnly(kv);
    const reader = new LogViewReader(get, makeDayKeyer('UTC'), { batchChunks: 4, pause: async () => {} });
    const partials: Array<{ seqs: number[]; complete: boolean }> = [];
    const log = await reader.load(undefined, (partial) => {
      partials.push({ seqs: partial.rows.map((r) => r.seq), complete: partial.complete });
    });
    // A small first read (2 chunks), then batches of 4, newest first.
    expect(reads.slice(1)).toEqual([
      [chunkKey(8), chunkKey(9)],
      [chunkKey(4), chunkKey(5), chunkKey(6), chunkKey(7)],
      [chunkKey(0), chunkKey(1), chunkKey(2), chunkKey(3)],
    ]);
    expect(partials).toEqual([{ seqs: Array.from({ length: 15 }, (_, i) => 81 + i), complete: false }]);
    expect(log.complete).toBe(true);
    expect(log.rows.map((r) => r.seq)).toEqual(Array.from({ length: 95 }, (_, i) => i + 1));
  });

  it('reads only as many of the newest chunks first as fill a screen', async () => {
    const { kv } = await seeded(95);
    const { get, reads } = readOnly(kv);
    const reader = new LogViewReader(get, makeDayKeyer('UTC'), {
      batchChunks: 4,
      firstRows: 5,
      pause: async () => {},
    });
    const partials: number[][] = [];
    await reader.load(undefined, (partial) => {
      partials.push(partial.rows.map((r) => r.seq));
    });
    // The current chunk holds 5 events: enough for the first read.
    expect(reads.slice(1)).toEqual([
      [chunkKey(9)],
      [chunkKey(5), chunkKey(6), chunkKey(7), chunkKey(8)],
      [chunkKey(1), chunkKey(2), chunkKey(3), chunkKey(4)],
      [chunkKey(0)],
    ]);
    expect(partials).toEqual([[91, 92, 93, 94, 95]]);
  });

  it('asks for the next batch before parsing this one, except after the first until the page has shown it', async () => {
    const { kv } = await seeded(95);
    const { get, reads } = readOnly(kv);
    const reader = new LogViewReader(get, makeDayKeyer('UTC'), { batchChunks: 2, pause: async () => {} });
    const readsAtProgress: number[] = [];
    let readsWhileShowing = -1;
    let release = () => {};
    const shown = new Promise<void>((resolve) => {
      release = resolve;
    });
    const loading = reader.load(
      () => readsAtProgress.push(reads.length),
      () => {
        readsWhileShowing = reads.length;
        setTimeout(release, 5);
        return shown;
      },
    );
    const log = await loading;
    expect(log.rows).toHaveLength(95);
    // meta+index, then chunks 8-9 (first), 6-7, 4-5, 2-3, 0-1.
    expect(reads).toHaveLength(6);
    expect(readsWhileShowing).toBe(2); // nothing more asked for while the newest events were shown
    // Progress: at the start, after the first batch, then after each batch with the next already asked for.
    expect(readsAtProgress).toEqual([2, 2, 4, 5, 6, 6]);
  });

  it('parses a large read a few chunks at a time, pausing between', async () => {
    const { kv } = await seeded(95);
    const { get, reads } = readOnly(kv);
    const events: string[] = [];
    const reader = new LogViewReader(get, makeDayKeyer('UTC'), {
      batchChunks: 8,
      parseChunks: 3,
      pause: async () => {
        events.push('pause');
      },
    });
    await reader.load((loaded) => events.push(`progress ${loaded}`));
    expect(reads.slice(1)).toEqual([
      [chunkKey(8), chunkKey(9)],
      Array.from({ length: 8 }, (_, i) => chunkKey(i)),
    ]);
    // 8 chunks of 10: paused after the 3rd and 6th, then progress for all 80.
    expect(events).toEqual(['progress 0', 'progress 15', 'pause', 'pause', 'pause', 'progress 95']);
  });

  it('prefetch reads the head before load is called, and load uses it', async () => {
    const { kv } = await seeded(95);
    const { get, reads } = readOnly(kv);
    const reader = new LogViewReader(get, makeDayKeyer('UTC'), { pause: async () => {} });
    reader.prefetch();
    reader.prefetch(); // once is enough
    await Promise.resolve();
    await Promise.resolve();
    expect(reads).toEqual([
      [metaKey(), 'log:index'],
      [chunkKey(8), chunkKey(9)],
    ]);
    const log = await reader.load();
    expect(log.rows).toHaveLength(95);
    expect(reads[0]).toEqual([metaKey(), 'log:index']);
    expect(reads.filter((keys) => keys.includes(metaKey()))).toHaveLength(2); // head, then the check
  });

  it('a prefetched head that the log outgrew before load ended is read again', async () => {
    const { kv, store } = await seeded(95);
    const reader = new LogViewReader((keys) => kv.get(keys), makeDayKeyer('UTC'), { pause: async () => {} });
    reader.prefetch();
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Written after the prefetch and before any storage.onChanged listener: the end check sees it.
    await store.appendMany(manyEvents(3, 'late'));
    const log = await reader.load();
    expect(log.complete).toBe(true);
    expect(log.rows).toHaveLength(98);
    expect(log.lastSeq).toBe(98);
  });

  it('a change reported after prefetch drops the prefetched head', async () => {
    const { kv, store } = await seeded(25);
    const { get, reads } = readOnly(kv);
    const reader = new LogViewReader(get, makeDayKeyer('UTC'), { pause: async () => {} });
    reader.prefetch();
    await store.appendMany(manyEvents(2, 'late'));
    reader.invalidate([metaKey(), chunkKey(2)]);
    const log = await reader.load();
    expect(log.rows).toHaveLength(27);
    // The prefetch's meta read, then load's own: no end check, the page's listener saw the change.
    expect(reads.filter((keys) => keys.includes(metaKey()))).toHaveLength(2);
  });

  it('re-reads only the current chunk and changed chunks on the next load', async () => {
    const { kv, store } = await seeded(95);
    const { get, reads } = readOnly(kv);
    const reader = new LogViewReader(get, makeDayKeyer('UTC'), { pause: async () => {} });
    await reader.load();
    await store.appendMany(manyEvents(3, 'more'));
    reads.length = 0;
    let log = await reader.load();
    expect(log.rows).toHaveLength(98);
    expect(reads[1]).toEqual([chunkKey(9)]);
    // Tampering with a sealed chunk is seen once storage reports the key changed.
    tamperChunk(kv, 2, (records) => {
      (records[0] as { event: { siteId: string } }).event.siteId = 'elsewhere';
      return records;
    });
    reader.invalidate([chunkKey(2)]);
    log = await reader.load();
    expect(log.rows.filter((r) => r.event.type !== 'audit' && r.event.siteId === 'elsewhere')).toHaveLength(
      1,
    );
  });

  it('counts invalid records and missing chunks instead of failing', async () => {
    const { kv } = await seeded(30);
    tamperChunk(kv, 1, (records) => {
      (records[4] as { event: { type: string } }).event.type = 'nonsense';
      return records;
    });
    kv.data.delete(chunkKey(0));
    const reader = new LogViewReader((keys) => kv.get(keys), makeDayKeyer('UTC'), { pause: async () => {} });
    const log = await reader.load();
    expect(log.rows).toHaveLength(19);
    expect(log.records).toHaveLength(20);
    expect(log.invalid).toBe(11);
    expect(log.problems.join(' ')).toMatch(/Chunk 0 .*missing.*Record #15 is not a valid/);
  });

  it('an empty store is an empty log; an unreadable meta is an error', async () => {
    const kv = new MemoryStore();
    const reader = new LogViewReader((keys) => kv.get(keys), makeDayKeyer('UTC'));
    expect((await reader.load()).rows).toEqual([]);
    kv.data.set(metaKey(), { v: 2 });
    await expect(reader.load()).rejects.toBeInstanceOf(LogReadError);
  });

  it('forgets chunks dropped by clear', async () => {
    const { kv, store } = await seeded(25);
    const reader = new LogViewReader((keys) => kv.get(keys), makeDayKeyer('UTC'), { pause: async () => {} });
    await reader.load();
    await store.clear('end of audit period', new Date('2025-04-01T00:00:00Z'));
    const log = await reader.load();
    expect(log.rows).toHaveLength(1);
    expect(log.rows[0]!.event).toMatchObject({ type: 'audit', action: 'cleared' });
  });
});
