import { describe, expect, it } from 'vitest';
import { auditRecordStored } from '../../../lib/log/audit-check';
import { MemoryStore } from '../../../lib/log/kv';
import { LogStore } from '../../../lib/log/store';
import { flag, nodeDigest } from './fixtures';

describe('a clear or retention is confirmed only when its audit record reads back', () => {
  it('finds the clear record in storage', async () => {
    const store = await LogStore.open(new MemoryStore(), { digest: nodeDigest });
    await store.appendMany([flag('a'), flag('b')]);
    const { auditId } = await store.clear('test');
    expect(await auditRecordStored(store, auditId)).toBe(true);
  });

  it('says no when storage lost the record (read from storage, not from memory)', async () => {
    const kv = new MemoryStore();
    const store = await LogStore.open(kv, { digest: nodeDigest });
    await store.appendMany([flag('a')]);
    const { auditId } = await store.clear('test');
    // Storage lost the chunk holding it (a failed or reverted write).
    for (const key of [...kv.data.keys()]) if (key.startsWith('log:chunk:')) kv.data.delete(key);
    expect(await auditRecordStored(store, auditId)).toBe(false);
    expect(await auditRecordStored(store, 'audit:cleared:999')).toBe(false);
  });
});
