import { describe, expect, it } from 'vitest';
import { buildExport, EXPORT_FORMAT, exportLog, verifyExport } from '../../../lib/log/export';
import { GENESIS_HASH } from '../../../lib/log/hash';
import { MemoryStore } from '../../../lib/log/kv';
import { LogStore } from '../../../lib/log/store';
import { manyEvents } from './fixtures';

async function exported(n = 8) {
  const log = await LogStore.open(new MemoryStore(), { chunkSize: 3 });
  await log.appendMany(manyEvents(n));
  return { log, file: await exportLog(log, new Date('2025-04-01T00:00:00Z')) };
}

describe('JSON export', () => {
  it('has the documented shape', async () => {
    const { file } = await exported();
    expect(file).toMatchObject({
      format: EXPORT_FORMAT,
      version: 2,
      exportedAt: '2025-04-01T00:00:00.000Z',
      anchor: GENESIS_HASH,
      anchorSeq: 0,
      head: { seq: 8, hash: file.records[7]?.hash },
      count: 8,
    });
    expect(file.records.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('verifies as an object and as text', async () => {
    const { file } = await exported();
    expect(await verifyExport(file)).toMatchObject({ ok: true, count: 8 });
    expect(await verifyExport(JSON.stringify(file, null, 2))).toMatchObject({ ok: true, count: 8 });
  });

  it('verifies after retention from the recorded anchor', async () => {
    const log = await LogStore.open(new MemoryStore(), { chunkSize: 3 });
    await log.appendMany(manyEvents(6, 'old', '2024-01-01T00:00:00.000Z'));
    await log.appendMany(manyEvents(2, 'new', '2025-03-30T00:00:00.000Z'));
    await log.applyRetention(new Date('2025-04-01T00:00:00Z'), 30);
    const file = await exportLog(log);
    expect(file.anchor).not.toBe(GENESIS_HASH);
    expect(file.records[0]?.seq).toBe(7);
    expect(await verifyExport(file)).toMatchObject({ ok: true, count: 3 });
    // The same records from genesis do not verify: the anchor matters.
    expect(await verifyExport({ ...file, anchor: GENESIS_HASH })).toMatchObject({
      ok: false,
      reason: 'prev-mismatch',
    });
  });

  it('detects an edited, removed or reordered record in the file', async () => {
    const { file } = await exported();
    const text = JSON.stringify(file);

    const edited = JSON.parse(text);
    edited.records[3].event.kind = 'accepted';
    expect(await verifyExport(edited)).toMatchObject({
      ok: false,
      reason: 'hash-mismatch',
      firstBrokenSeq: 4,
      chunkId: null,
    });

    const removed = JSON.parse(text);
    removed.records.splice(4, 1);
    expect(await verifyExport(removed)).toMatchObject({
      ok: false,
      reason: 'prev-mismatch',
      firstBrokenSeq: 6,
    });

    const reordered = JSON.parse(text);
    reordered.records.reverse();
    expect(await verifyExport(reordered)).toMatchObject({
      ok: false,
      reason: 'prev-mismatch',
      firstBrokenSeq: 8,
    });
  });

  it('reports a file that is not an export', async () => {
    expect(await verifyExport('{not json')).toMatchObject({ ok: false, reason: 'unparseable-export' });
    expect(await verifyExport({ format: 'something-else', version: 1, records: [] })).toMatchObject({
      ok: false,
      reason: 'unparseable-export',
    });
    const { file } = await exported(2);
    const broken = { ...file, records: [{ ...file.records[0], seq: 'one' }] };
    expect(await verifyExport(broken)).toMatchObject({ ok: false, reason: 'unparseable-chunk' });
  });

  it('buildExport is pure', () => {
    const out = buildExport(
      { anchor: GENESIS_HASH, anchorSeq: 0, lastSeq: 0, headHash: GENESIS_HASH, records: [] },
      new Date(0),
    );
    expect(out).toEqual({
      format: 'equity-prompts-log',
      version: 2,
      exportedAt: '1970-01-01T00:00:00.000Z',
      anchor: GENESIS_HASH,
      anchorSeq: 0,
      head: { seq: 0, hash: GENESIS_HASH },
      count: 0,
      records: [],
    });
  });
});
