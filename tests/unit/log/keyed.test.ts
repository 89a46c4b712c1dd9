/**
 * The organisation's secret keys the chain (HMAC-SHA-256): each attack below is a rewrite by someone
 * who can write the log's storage but does not have the secret.
 */
import { describe, expect, it } from 'vitest';
import { exportLog, verifyExport } from '../../../lib/log/export';
import { GENESIS_HASH, hmacChainKey, recordHash } from '../../../lib/log/hash';
import { MemoryStore } from '../../../lib/log/kv';
import { chunkKey, metaKey } from '../../../lib/log/layout';
import { LogStore } from '../../../lib/log/store';
import { manyEvents } from './fixtures';

const SECRET = 'correct horse battery staple, thirty-two+ characters';
type Rec = { seq: number; prev: string; hash: string; key?: string; event: unknown };

/** Rewrites every stored record from `fromSeq` with fresh SHA-256 hashes (what a forger can do). */
async function rewriteUnkeyed(kv: MemoryStore, change: (r: Rec) => void, fromSeq = 1): Promise<void> {
  const keys = [...kv.data.keys()].filter((k) => k.startsWith('log:chunk:')).sort();
  let prev = GENESIS_HASH;
  let last = 0;
  for (const k of keys) {
    const body = (await kv.get([k]))[k] as { v: 1; records: Rec[] };
    for (const r of body.records) {
      if (r.seq >= fromSeq) {
        change(r);
        delete r.key;
        r.prev = prev;
        r.hash = await recordHash(r.seq, r.prev, r.event);
      }
      prev = r.hash;
      last = r.seq;
    }
    await kv.set({ [k]: body });
  }
  const meta = (await kv.get([metaKey()]))[metaKey()] as Record<string, unknown>;
  await kv.set({ [metaKey()]: { ...meta, headHash: prev, lastSeq: last } });
}

describe('a chain keyed with the organisation secret', () => {
  it('a new log starts keyed: the first record is the keyed note, every record names the key', async () => {
    const key = await hmacChainKey(SECRET);
    const kv = new MemoryStore();
    const log = await LogStore.open(kv, { key, chunkSize: 3 });
    await log.appendMany(manyEvents(5));
    const records = await log.readAll();
    expect(records.map((r) => r.event.type === 'audit' && r.event.action)).toEqual([
      'keyed',
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(records.every((r) => r.key === key.id)).toBe(true);
    expect(await log.verify()).toEqual({ ok: true, count: 6, keyed: 6 });
  });

  it('an existing unkeyed log continues: a keyed segment starts at seq N with an audit record', async () => {
    const kv = new MemoryStore();
    const plain = await LogStore.open(kv, { chunkSize: 3 });
    await plain.appendMany(manyEvents(4, 'old'));
    const key = await hmacChainKey(SECRET);
    const log = await LogStore.open(kv, { key, chunkSize: 3 });
    expect(await log.ensureKeyed()).toBe('audit:keyed:5');
    await log.appendMany(manyEvents(2, 'new'));
    const records = await log.readAll();
    const note = records[4]!;
    expect(note.event).toMatchObject({ type: 'audit', action: 'keyed' });
    expect(note.event.type === 'audit' && note.event.detail).toContain('From this record (#5)');
    expect(records.slice(0, 4).every((r) => r.key === undefined)).toBe(true);
    expect(records.slice(4).every((r) => r.key === key.id)).toBe(true);
    expect(await log.verify()).toEqual({ ok: true, count: 7, keyed: 3 });
    // Without the secret the old part checks fully and the keyed part for its links only.
    expect(await (await LogStore.open(kv, { chunkSize: 3 })).verify()).toEqual({
      ok: true,
      count: 7,
      unchecked: 3,
    });
  });

  it('attack: a full rewrite with fresh SHA-256 hashes is detected (it verified before keying)', async () => {
    const key = await hmacChainKey(SECRET);
    // Before: an unkeyed log rewritten whole still verifies.
    const kv0 = new MemoryStore();
    await (await LogStore.open(kv0)).appendMany(manyEvents(4));
    await rewriteUnkeyed(kv0, (r) => Object.assign(r.event as object, { kind: 'accepted' }));
    expect(await (await LogStore.open(kv0)).verify()).toMatchObject({ ok: true });
    // After: the same rewrite of a keyed log fails.
    const kv = new MemoryStore();
    await (await LogStore.open(kv, { key })).appendMany(manyEvents(4));
    await rewriteUnkeyed(kv, (r) => Object.assign(r.event as object, { kind: 'accepted' }));
    expect(await (await LogStore.open(kv, { key })).verify()).toMatchObject({
      ok: false,
      reason: 'not-keyed',
    });
  });

  it('attack: editing a keyed record, keeping its key id, is detected as an edit', async () => {
    const key = await hmacChainKey(SECRET);
    const kv = new MemoryStore();
    const log = await LogStore.open(kv, { key, chunkSize: 10 });
    await log.appendMany(manyEvents(4));
    const k = chunkKey(0);
    const body = (await kv.get([k]))[k] as { records: Rec[] };
    Object.assign(body.records[2]!.event as object, { kind: 'accepted' });
    await kv.set({ [k]: body });
    expect(await (await LogStore.open(kv, { key })).verify()).toMatchObject({
      ok: false,
      reason: 'hash-mismatch',
      firstBrokenSeq: 3,
      message: expect.stringContaining("did not have your organisation's secret"),
    });
  });

  it('attack: rewriting the unkeyed records before the keyed segment breaks its link', async () => {
    const kv = new MemoryStore();
    await (await LogStore.open(kv)).appendMany(manyEvents(3, 'old'));
    const key = await hmacChainKey(SECRET);
    const log = await LogStore.open(kv, { key });
    await log.appendMany(manyEvents(2, 'new'));
    // Rewrite records 1..3 only, with correct SHA-256 hashes among themselves.
    const k = chunkKey(0);
    const body = (await kv.get([k]))[k] as { records: Rec[] };
    let prev = GENESIS_HASH;
    for (const r of body.records.slice(0, 3)) {
      Object.assign(r.event as object, { kind: 'dismissed' });
      r.prev = prev;
      r.hash = await recordHash(r.seq, r.prev, r.event);
      prev = r.hash;
    }
    await kv.set({ [k]: body });
    expect(await (await LogStore.open(kv, { key })).verify()).toMatchObject({
      ok: false,
      reason: 'prev-mismatch',
      firstBrokenSeq: 4,
    });
  });

  it('attack: an unkeyed record appended after the keyed ones is detected', async () => {
    const key = await hmacChainKey(SECRET);
    const kv = new MemoryStore();
    const log = await LogStore.open(kv, { key, chunkSize: 10 });
    await log.appendMany(manyEvents(2));
    const forger = await LogStore.open(kv, { chunkSize: 10 }); // same storage, no secret
    await forger.appendMany(manyEvents(1, 'forged'));
    expect(await (await LogStore.open(kv, { key })).verify()).toMatchObject({
      ok: false,
      reason: 'not-keyed',
      firstBrokenSeq: 4,
    });
  });

  it('a wrong secret does not verify a keyed log as intact', async () => {
    const kv = new MemoryStore();
    await (await LogStore.open(kv, { key: await hmacChainKey(SECRET) })).appendMany(manyEvents(2));
    const other = await hmacChainKey(`${SECRET}!`);
    expect(await (await LogStore.open(kv, { key: other })).verify()).toMatchObject({
      ok: false,
      reason: 'not-keyed',
    });
  });

  it('clear with a key starts the new chain with a keyed cleared record', async () => {
    const key = await hmacChainKey(SECRET);
    const log = await LogStore.open(new MemoryStore(), { key });
    await log.appendMany(manyEvents(3));
    await log.clear('end of audit period');
    const records = await log.readAll();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ key: key.id, event: { action: 'cleared' } });
    expect(await log.verify()).toEqual({ ok: true, count: 1, keyed: 1 });
  });

  it('an exported keyed file verifies with the secret; an edit in it does not', async () => {
    const key = await hmacChainKey(SECRET);
    const log = await LogStore.open(new MemoryStore(), { key });
    await log.appendMany(manyEvents(3));
    const file = await exportLog(log);
    expect(await verifyExport(file, undefined, key)).toMatchObject({ ok: true, count: 4, keyed: 4 });
    expect(await verifyExport(file)).toMatchObject({ ok: true, count: 4, unchecked: 4 });
    const text = JSON.stringify(file);
    const edited = JSON.parse(text);
    edited.records[2].event.kind = 'accepted';
    expect(await verifyExport(edited, undefined, key)).toMatchObject({ ok: false, reason: 'hash-mismatch' });
  });
});
