import { describe, expect, it } from 'vitest';
import { LogStore, MemoryStore, toCsv, verifyExport } from '../../../lib/log';
import { csvExportParts, exportFileName, jsonExportParts } from '../../../lib/log/view-export';
import { flag, manyEvents, nodeDigest } from '../log/fixtures';

async function records(n: number) {
  const store = await LogStore.open(new MemoryStore(), { digest: nodeDigest, chunkSize: 7 });
  await store.appendMany([
    ...manyEvents(n - 1),
    flag('evil', { card: 'c', overrideReason: { userComment: '=HYPERLINK("x")' }, kind: 'overridden' }),
  ]);
  return store.snapshot();
}

describe('csvExportParts', () => {
  it('joins to exactly toCsv, in slices with progress and pauses', async () => {
    const snap = await records(23);
    const progress: number[] = [];
    let pauses = 0;
    const parts = await csvExportParts(snap.records.length, (i) => snap.records[i]!, {
      sliceSize: 5,
      onProgress: (done) => progress.push(done),
      pause: async () => {
        pauses++;
      },
    });
    expect(parts.join('')).toBe(toCsv(snap.records));
    expect(parts.join('')).toContain(`"'=HYPERLINK(""x"")"`);
    expect(progress).toEqual([0, 5, 10, 15, 20, 23]);
    expect(pauses).toBe(4);
  });
  it('an empty selection is just the header', async () => {
    const parts = await csvExportParts(0, () => {
      throw new Error('not called');
    });
    expect(parts.join('').split('\r\n')[0]).toMatch(/^seq,time,type,kind/);
  });
  it('stops when aborted', async () => {
    const snap = await records(20);
    const controller = new AbortController();
    const run = csvExportParts(snap.records.length, (i) => snap.records[i]!, {
      sliceSize: 3,
      signal: controller.signal,
      pause: async () => controller.abort(),
    });
    await expect(run).rejects.toThrow();
  });
});

describe('jsonExportParts', () => {
  it('builds an export that verifies and equals buildExport', async () => {
    const snap = await records(23);
    const at = new Date('2025-04-01T10:00:00Z');
    const parts = await jsonExportParts(snap, at, {
      sliceSize: 4,
      pause: async () => {},
    });
    const parsed = JSON.parse(parts.join(''));
    expect(parsed).toMatchObject({
      format: 'equity-prompts-log',
      version: 2,
      anchor: snap.anchor,
      head: { seq: snap.lastSeq, hash: snap.headHash },
      count: 23,
    });
    expect(parsed.records).toEqual(JSON.parse(JSON.stringify(snap.records)));
    expect(await verifyExport(parts.join(''), nodeDigest)).toMatchObject({ ok: true, count: 23 });
  });
  it('an empty log exports an empty record list', async () => {
    const zero = '0'.repeat(64);
    const empty = { anchor: zero, anchorSeq: 0, lastSeq: 0, headHash: zero, records: [] };
    const parts = await jsonExportParts(empty, new Date());
    expect(JSON.parse(parts.join('')).records).toEqual([]);
  });
});

it('exportFileName is safe on every file system', () => {
  expect(exportFileName('csv', new Date('2025-03-10T09:30:12.345Z'))).toBe(
    'equity-prompts-log-2025-03-10T0930Z.csv',
  );
});
