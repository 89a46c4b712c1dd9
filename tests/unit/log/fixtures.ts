/** Event factories and test doubles for the log tests. */
import { createHash } from 'node:crypto';
import type { AuditEvent, BookingEvent, FlagEvent } from '../../../lib/events/schema';
import type { Digest } from '../../../lib/log/hash';
import { type KeyValueStore, MemoryStore } from '../../../lib/log/kv';
import { chunkKey } from '../../../lib/log/layout';

/** Same SHA-256 as Web Crypto but synchronous underneath: makes 100k-record fixtures quick to build. */
export const nodeDigest: Digest = async (data) => createHash('sha256').update(data).digest();

export function flag(id: string, over: Partial<FlagEvent> = {}): FlagEvent {
  return {
    id,
    hookInstance: 'hook-1',
    time: '2025-03-10T09:00:00.000Z',
    siteId: 'site-a',
    profileId: 'generic',
    userRole: 'receptionist',
    type: 'flag',
    kind: 'displayed',
    card: 'card-1',
    ruleId: 'interpreter-remote',
    ruleVersion: 1,
    indicator: 'warning',
    needs: ['interpreter'],
    channelBefore: 'telephone',
    ...over,
  };
}

export function booking(id: string, over: Partial<BookingEvent> = {}): BookingEvent {
  return {
    id,
    hookInstance: 'hook-1',
    time: '2025-03-10T09:01:00.000Z',
    siteId: 'site-a',
    profileId: 'generic',
    userRole: 'receptionist',
    type: 'booking',
    needs: ['interpreter'],
    channel: 'face-to-face',
    flagged: true,
    ruleIds: ['interpreter-remote'],
    ...over,
  };
}

export function audit(id: string, over: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id,
    type: 'audit',
    time: '2025-03-10T09:02:00.000Z',
    action: 'settings-imported',
    detail: 'Imported settings',
    ...over,
  };
}

/** `n` distinct valid events, ids prefixed so batches do not collide. */
export function manyEvents(n: number, prefix = 'e', time = '2025-03-10T09:00:00.000Z'): FlagEvent[] {
  return Array.from({ length: n }, (_, i) =>
    flag(`${prefix}-${i}`, { time, hookInstance: `h-${prefix}-${i}` }),
  );
}

/** Read-modify-write of one stored chunk's records, bypassing the LogStore (tampering). */
export function tamperChunk(kv: MemoryStore, id: number, change: (records: unknown[]) => unknown[]): void {
  const body = kv.data.get(chunkKey(id)) as { v: 1; records: unknown[] };
  kv.data.set(chunkKey(id), { ...body, records: change(structuredClone(body.records)) });
}

/** A store that records each call, and can be told to fail the next `set`. */
export class SpyStore implements KeyValueStore {
  readonly sets: string[][] = [];
  failNextSet = false;
  constructor(readonly inner: MemoryStore = new MemoryStore()) {}
  get(keys: string[]): Promise<Record<string, unknown>> {
    return this.inner.get(keys);
  }
  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failNextSet) {
      this.failNextSet = false;
      throw new Error('QUOTA_BYTES quota exceeded');
    }
    this.sets.push(Object.keys(items).sort());
    await this.inner.set(items);
  }
  remove(keys: string[]): Promise<void> {
    return this.inner.remove(keys);
  }
}
