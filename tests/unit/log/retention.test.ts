import { describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '../../../lib/log/hash';
import { MemoryStore } from '../../../lib/log/kv';
import { chunkKey, indexKey } from '../../../lib/log/layout';
import { LogStore } from '../../../lib/log/store';
import { flag, manyEvents, SpyStore } from './fixtures';

const day = (d: number): string => new Date(Date.UTC(2025, 0, d, 12)).toISOString();

/** Chunks of 3: chunk 0 = Jan 1-3, chunk 1 = Jan 4-6, chunk 2 = Jan 7-9 (seq n on Jan n). */
async function nineDays(kv = new MemoryStore()) {
  const log = await LogStore.open(kv, { chunkSize: 3 });
  await log.appendMany(Array.from({ length: 9 }, (_, i) => flag(`d${i + 1}`, { time: day(i + 1) })));
  return { kv, log };
}

describe('applyRetention', () => {
  it('drops whole chunks older than the cutoff, never splitting one, and verify still passes', async () => {
    const { kv, log } = await nineDays();
    // Cutoff Jan 5 12:00: chunk 0 (newest Jan 3) goes; chunk 1 holds Jan 4 but also Jan 5-6, so it stays whole.
    const result = await log.applyRetention(new Date(day(15)), 10);
    expect(result).toEqual({
      cutoff: day(5),
      droppedChunks: 1,
      droppedEvents: 3,
      oldestKept: day(4),
      auditId: 'audit:retention:10',
    });
    const records = await log.readAll();
    expect(records.map((r) => r.event.id)).toEqual([
      'd4',
      'd5',
      'd6',
      'd7',
      'd8',
      'd9',
      'audit:retention:10',
    ]);
    expect(kv.data.has(chunkKey(0))).toBe(false);
    expect(log.info()).toMatchObject({ anchorSeq: 3, count: 7 });
    expect(log.info().anchor).toBe(records[0]?.prev);
    expect(await log.verify()).toEqual({ ok: true, count: 7 });

    const note = records.at(-1)?.event;
    expect(note).toMatchObject({ type: 'audit', action: 'retention', time: day(15) });
    expect(note?.type === 'audit' && note.detail).toMatch(
      /dropped 1 chunk\(s\) holding 3 event\(s\), seq 1-3\. Oldest event kept: 2025-01-04T12:00:00.000Z/,
    );
  });

  it('does nothing and logs nothing when no chunk is old enough', async () => {
    const { log } = await nineDays();
    const result = await log.applyRetention(new Date(day(10)), 30);
    expect(result).toMatchObject({ droppedChunks: 0, droppedEvents: 0, auditId: null, oldestKept: day(1) });
    expect(log.count()).toBe(9);
  });

  it('survives re-opening, and a second run drops the next chunks', async () => {
    const { kv, log } = await nineDays();
    await log.applyRetention(new Date(day(15)), 10);
    const reopened = await LogStore.open(kv, { chunkSize: 3 });
    expect(await reopened.verify()).toEqual({ ok: true, count: 7 });
    const second = await reopened.applyRetention(new Date(day(17)), 10); // cutoff Jan 7: chunk 1 (to Jan 6)
    expect(second).toMatchObject({ droppedChunks: 1, droppedEvents: 3 });
    expect(await reopened.verify()).toEqual({ ok: true, count: 5 });
    expect((await reopened.readAll())[0]?.seq).toBe(7);
  });

  it('drops everything, the current chunk too, when all of it is old', async () => {
    const { kv, log } = await nineDays();
    const result = await log.applyRetention(new Date(day(200)), 30);
    expect(result).toMatchObject({ droppedChunks: 3, droppedEvents: 9, oldestKept: null });
    const records = await log.readAll();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ seq: 10, event: { action: 'retention' } });
    expect([...kv.data.keys()].filter((k) => k.startsWith('log:chunk:'))).toEqual([chunkKey(3)]);
    expect(await log.verify()).toEqual({ ok: true, count: 1 });
    // Ids of dropped events are still recognised, so a late retry is not stored again.
    expect((await log.append(flag('d9', { time: day(9) }))).duplicates).toEqual(['d9']);
  });

  it('removes dropped keys on the next open if the writer stopped before removing them', async () => {
    const kv = new MemoryStore();
    const spy = new SpyStore(kv);
    await nineDays(kv);
    const reopened = await LogStore.open(spy, { chunkSize: 3 });
    const saved = structuredClone(kv.data.get(chunkKey(0)));
    await reopened.applyRetention(new Date(day(15)), 10);
    // Put back the removed chunk and the index listing it as garbage: the state just after the set.
    kv.data.set(chunkKey(0), saved);
    const index = kv.data.get(indexKey()) as { garbage: number[] };
    kv.data.set(indexKey(), { ...index, garbage: [0] });
    const again = await LogStore.open(kv, { chunkSize: 3 });
    expect(kv.data.has(chunkKey(0))).toBe(false);
    expect((kv.data.get(indexKey()) as { garbage: number[] }).garbage).toEqual([]);
    expect(await again.verify()).toEqual({ ok: true, count: 7 });
  });

  it('rejects a nonsensical retention period', async () => {
    const { log } = await nineDays();
    await expect(log.applyRetention(new Date(), -1)).rejects.toThrow(RangeError);
    await expect(log.applyRetention(new Date(), Number.NaN)).rejects.toThrow(RangeError);
  });
});

describe('clear', () => {
  it('removes every chunk and logs the clearing as the first record of a new chain', async () => {
    const kv = new MemoryStore();
    const log = await LogStore.open(kv, { chunkSize: 4 });
    await log.appendMany(manyEvents(10));
    const result = await log.clear('Practice asked for a fresh start', new Date('2025-06-01T10:00:00Z'));
    expect(result).toEqual({ removedChunks: 3, removedEvents: 10, auditId: 'audit:cleared:11' });

    const records = await log.readAll();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      seq: 11,
      prev: GENESIS_HASH,
      event: { type: 'audit', action: 'cleared' },
    });
    const detail = records[0]?.event.type === 'audit' ? records[0].event.detail : '';
    expect(detail).toContain('Practice asked for a fresh start');
    expect(detail).toContain('Removed 10 event(s) in 3 chunk(s), seq 1-10');
    expect([...kv.data.keys()].filter((k) => k.startsWith('log:chunk:'))).toEqual([chunkKey(3)]);
    expect(await log.verify()).toEqual({ ok: true, count: 1 });

    await log.append(flag('new-1'));
    const reopened = await LogStore.open(kv, { chunkSize: 4 });
    expect(await reopened.verify()).toEqual({ ok: true, count: 2 });
    expect((await reopened.append(manyEvents(1)[0])).duplicates).toEqual(['e-0']);
  });
});
