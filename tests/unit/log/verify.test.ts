import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../../lib/log/chain';
import { recordHash } from '../../../lib/log/hash';
import { MemoryStore } from '../../../lib/log/kv';
import { chunkKey, indexKey } from '../../../lib/log/layout';
import { LogCorruptError, LogStore } from '../../../lib/log/store';
import { manyEvents, tamperChunk } from './fixtures';

/** 12 records in chunks of 4: chunk 0 = seq 1-4, chunk 1 = 5-8, chunk 2 = 9-12. */
async function logOf12() {
  const kv = new MemoryStore();
  const log = await LogStore.open(kv, { chunkSize: 4 });
  await log.appendMany(manyEvents(12));
  return { kv, log };
}

type Rec = { seq: number; prev: string; hash: string; event: Record<string, unknown> };

describe('verify', () => {
  it('passes an intact log, and an empty one', async () => {
    const { log } = await logOf12();
    expect(await log.verify()).toEqual({ ok: true, count: 12 });
    const empty = await LogStore.open(new MemoryStore());
    expect(await empty.verify()).toEqual({ ok: true, count: 0 });
  });

  it('detects an edited event (hash mismatch)', async () => {
    const { kv, log } = await logOf12();
    tamperChunk(kv, 1, (records) => {
      (records[2] as Rec).event.channelBefore = 'face-to-face';
      return records;
    });
    expect(await log.verify()).toMatchObject({
      ok: false,
      reason: 'hash-mismatch',
      firstBrokenSeq: 7,
      chunkId: 1,
    });
  });

  it('detects an edit whose hash was recomputed: the next record no longer links', async () => {
    const { kv, log } = await logOf12();
    tamperChunk(kv, 1, (records) => records);
    const body = kv.data.get(chunkKey(1)) as { records: Rec[] };
    const target = body.records[1]!;
    target.event.needs = [];
    target.hash = await recordHash(target.seq, target.prev, target.event);
    expect(await log.verify()).toMatchObject({
      ok: false,
      reason: 'prev-mismatch',
      firstBrokenSeq: 7,
      chunkId: 1,
    });
  });

  it('detects a removed record (prev mismatch at the record after it)', async () => {
    const { kv, log } = await logOf12();
    tamperChunk(kv, 0, (records) => records.filter((_, i) => i !== 1));
    const result = await log.verify();
    expect(result).toMatchObject({ ok: false, reason: 'prev-mismatch', firstBrokenSeq: 3, chunkId: 0 });
    expect(!result.ok && result.message).toMatch(/removed or reordered \(expected seq 2\)/);
  });

  it('detects records removed from the end (head mismatch)', async () => {
    const { kv, log } = await logOf12();
    tamperChunk(kv, 2, (records) => records.slice(0, 2));
    expect(await log.verify()).toMatchObject({
      ok: false,
      reason: 'head-mismatch',
      firstBrokenSeq: 11,
      chunkId: 2,
    });
  });

  it('detects records reordered inside a chunk', async () => {
    const { kv, log } = await logOf12();
    tamperChunk(kv, 2, ([a, b, ...rest]) => [b, a, ...rest]);
    expect(await log.verify()).toMatchObject({
      ok: false,
      reason: 'prev-mismatch',
      firstBrokenSeq: 10,
      chunkId: 2,
    });
  });

  it('detects reordered chunks', async () => {
    const { kv, log } = await logOf12();
    const zero = kv.data.get(chunkKey(0));
    kv.data.set(chunkKey(0), kv.data.get(chunkKey(1)));
    kv.data.set(chunkKey(1), zero);
    expect(await log.verify()).toMatchObject({
      ok: false,
      reason: 'prev-mismatch',
      firstBrokenSeq: 5,
      chunkId: 0,
    });
  });

  it('detects a missing chunk', async () => {
    const { kv, log } = await logOf12();
    kv.data.delete(chunkKey(1));
    const result = await log.verify();
    expect(result).toMatchObject({ ok: false, reason: 'missing-chunk', firstBrokenSeq: 5, chunkId: 1 });
    await expect(log.readAll()).rejects.toBeInstanceOf(LogCorruptError);
  });

  it('detects an unparseable chunk', async () => {
    const { kv, log } = await logOf12();
    kv.data.set(chunkKey(2), { v: 1, records: [{ seq: 'nine' }] });
    expect(await log.verify()).toMatchObject({
      ok: false,
      reason: 'unparseable-chunk',
      firstBrokenSeq: 9,
      chunkId: 2,
    });
    kv.data.set(chunkKey(2), [1, 2, 3]);
    expect(await log.verify()).toMatchObject({ ok: false, reason: 'unparseable-chunk', chunkId: 2 });
  });

  it('still reports a break after re-opening and appending past it', async () => {
    const { kv } = await logOf12();
    tamperChunk(kv, 0, (records) => records.slice(1));
    const reopened = await LogStore.open(kv, { chunkSize: 4 });
    await reopened.appendMany(manyEvents(3, 'later'));
    expect(await reopened.verify()).toMatchObject({ ok: false, reason: 'prev-mismatch', firstBrokenSeq: 2 });
  });

  it('detects a deleted index: the sealed chunks drop out of view, so the chain no longer starts at genesis', async () => {
    const { kv } = await logOf12();
    kv.data.delete(indexKey());
    const reopened = await LogStore.open(kv, { chunkSize: 4 });
    expect(await reopened.verify()).toMatchObject({
      ok: false,
      reason: 'prev-mismatch',
      firstBrokenSeq: 9,
      chunkId: 2,
    });
  });

  it('verifyChain accepts any iterable of segments', async () => {
    const { log } = await logOf12();
    const records = await log.readAll();
    const result = await verifyChain(
      [
        { chunkId: 0, records: records.slice(0, 5) },
        { chunkId: 1, records: records.slice(5) },
      ],
      { anchor: records[0]!.prev, firstSeq: 1 },
      { seq: 12, hash: records[11]!.hash },
    );
    expect(result).toEqual({ ok: true, count: 12 });
  });
});
