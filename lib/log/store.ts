/**
 * The append-only, hash-chained event log over a KeyValueStore (see layout.ts for the keys).
 *
 * - Appends are serialised in one queue per instance, validated with `LogEvent` at the boundary,
 *   de-duplicated by event id, and written with ONE `set` (chunk + meta, + index when a chunk
 *   fills), so a writer stopped mid-write leaves either the old state or the new one.
 * - The current chunk is cached in memory, so an append costs O(chunk size), not O(log size).
 * - The in-memory state changes only after the `set` succeeded; a failed write can be retried and
 *   de-duplication makes the retry safe.
 * - The chunks are the truth and the meta an index of them: on open, records found beyond what
 *   meta lists are adopted; records missing from what meta lists are never "reconciled away" (verify
 *   reports them), and an unreadable chunk is never written over.
 * - With a `key` (an organisation's secret, hash.ts ChainKey) every new record is keyed: its hash is
 *   an HMAC and it names the key. When the head is not keyed with it (an existing unkeyed log, or a
 *   new secret), the next write first appends an AuditEvent 'keyed' at seq N: "keyed from N". The
 *   records before N stay as they were; N's keyed hash covers its `prev`, so they cannot be rewritten
 *   without breaking the link (chain.ts). After a clear, the 'cleared' record starts the keyed chain.
 */
import { z } from 'zod';
import { type AuditEvent, LogEvent } from '../events/schema';
import { type ChainSegment, type VerifyResult, verifyChain } from './chain';
import {
  type ChainKey,
  type Digest,
  GENESIS_HASH,
  keyedRecordHash,
  recordHash,
  webCryptoDigest,
} from './hash';
import type { KeyValueStore } from './kv';
import {
  ChunkBody,
  type ChunkInfo,
  chunkKey,
  emptyChunk,
  eventIdOf,
  eventTimeOf,
  freshIndex,
  freshMeta,
  growChunk,
  Index,
  indexKey,
  KEY_PREFIX,
  type LogRecord,
  Meta,
  metaKey,
  RawRecord,
  TypedChunkBody,
} from './layout';
import { SerialQueue } from './queue';
import { expiredPrefixLength, oldestTime, retentionCutoff, seqRange } from './retention';

export interface LogStoreOptions {
  /** Records per chunk (default 500). Changing it later is safe: it only decides when to roll over. */
  chunkSize?: number;
  /** How many ids of events in sealed chunks to remember for de-duplication (default 5,000). */
  recentIdLimit?: number;
  /** SHA-256; defaults to `globalThis.crypto.subtle`. */
  digest?: Digest;
  /** Key prefix (default "log"), e.g. to keep a test log apart. */
  keyPrefix?: string;
  /** The organisation's chain key: new records are HMAC-keyed with it. */
  key?: ChainKey | null;
}

export interface RejectedEvent {
  /** Position in the batch. */
  index: number;
  /** The id it claimed, when it had a string id. */
  id?: string;
  message: string;
}

export interface AppendResult {
  /** Ids stored now, in order. */
  stored: string[];
  /** Ids already in the log (or earlier in the same batch): acknowledged, not stored again. */
  duplicates: string[];
  /** Events that failed validation: never stored; the rest of the batch is unaffected. */
  rejected: RejectedEvent[];
}

export interface RetentionResult {
  cutoff: string;
  droppedChunks: number;
  droppedEvents: number;
  /** Oldest event time still in the log (before the retention note itself), null if none. */
  oldestKept: string | null;
  /** Id of the AuditEvent recording the drop; null when nothing was old enough to drop. */
  auditId: string | null;
}

export interface ClearResult {
  removedChunks: number;
  removedEvents: number;
  auditId: string;
}

export interface LogInfo {
  count: number;
  lastSeq: number;
  headHash: string;
  /** Id of the key the last record was keyed with; null when it is not keyed (or the log is empty). */
  headKey: string | null;
  anchor: string;
  anchorSeq: number;
  chunks: number;
}

export interface LogSnapshot {
  anchor: string;
  anchorSeq: number;
  headHash: string;
  lastSeq: number;
  records: LogRecord[];
}

/** The stored log cannot be opened or read safely. The data is left as it is for an auditor. */
export class LogCorruptError extends Error {
  constructor(
    message: string,
    readonly chunkId: number | null = null,
  ) {
    super(message);
    this.name = 'LogCorruptError';
  }
}

interface State {
  meta: Meta;
  index: Index;
  /** The current chunk's records exactly as stored. */
  records: RawRecord[];
}

interface Staged {
  state: State;
  headKey: string | null;
  writes: Record<string, unknown>;
  stored: string[];
  duplicates: string[];
  rolled: boolean;
}

type RawChunk = { kind: 'ok'; records: RawRecord[] } | { kind: 'missing' } | { kind: 'unreadable' };

const StoredRecords = z.array(RawRecord);
const AUDIT_DETAIL_MAX = 1000;

/** `list` + `add`, keeping only the last `limit` items. O(limit), done only when a chunk fills. */
function boundedAppend(list: readonly string[], add: readonly string[], limit: number): string[] {
  if (limit <= 0) return [];
  const joined = [...list, ...add];
  return joined.length > limit ? joined.slice(joined.length - limit) : joined;
}

function idsOf(records: readonly RawRecord[]): string[] {
  const ids: string[] = [];
  for (const record of records) {
    const id = eventIdOf(record);
    if (id !== undefined) ids.push(id);
  }
  return ids;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(event)'}: ${issue.message}`)
    .join('; ');
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export class LogStore {
  private state: State = { meta: freshMeta(), index: freshIndex(), records: [] };
  /** Ids in the current chunk: de-duplication beyond the recent window, O(1) lookups. */
  private currentIds = new Set<string>();
  /** `index.recentIds` as a set. */
  private recentSet = new Set<string>();
  private total = 0;
  private readonly queue = new SerialQueue();
  private readonly chunkSize: number;
  private readonly recentIdLimit: number;
  private readonly digest: Digest;
  private readonly prefix: string;
  private key: ChainKey | null;
  /** Key id of the last record (null: unkeyed or none). */
  private headKey: string | null = null;

  private constructor(
    private readonly kv: KeyValueStore,
    options: LogStoreOptions,
  ) {
    this.chunkSize = options.chunkSize ?? 500;
    this.recentIdLimit = options.recentIdLimit ?? 5000;
    this.digest = options.digest ?? webCryptoDigest;
    this.prefix = options.keyPrefix ?? KEY_PREFIX;
    this.key = options.key ?? null;
    if (!Number.isInteger(this.chunkSize) || this.chunkSize < 1) {
      throw new RangeError('chunkSize must be a positive integer');
    }
    if (!Number.isInteger(this.recentIdLimit) || this.recentIdLimit < 0) {
      throw new RangeError('recentIdLimit must be a non-negative integer');
    }
  }

  /** Opens (or starts) the log in `kv`. Rejects with LogCorruptError when meta or index is unreadable. */
  static async open(kv: KeyValueStore, options: LogStoreOptions = {}): Promise<LogStore> {
    const store = new LogStore(kv, options);
    await store.queue.run(() => store.load());
    return store;
  }

  // ---- writing -------------------------------------------------------------------------------

  append(event: unknown): Promise<AppendResult> {
    return this.appendMany([event]);
  }

  /** Validates, de-duplicates and stores the events in order, in one storage write. */
  async appendMany(events: readonly unknown[]): Promise<AppendResult> {
    const rejected: RejectedEvent[] = [];
    const valid: LogEvent[] = [];
    for (const [index, input] of events.entries()) {
      const parsed = LogEvent.safeParse(input);
      if (parsed.success) {
        valid.push(parsed.data);
        continue;
      }
      const id = eventIdOf({ event: input });
      rejected.push({
        index,
        ...(id !== undefined ? { id } : {}),
        message: `Event ${index}${id !== undefined ? ` (${id})` : ''} is not a valid log event: ${describeIssues(parsed.error)}`,
      });
    }
    if (valid.length === 0) return { stored: [], duplicates: [], rejected };
    const { stored, duplicates } = await this.queue.run(async () => {
      const staged = await this.stage(this.state, valid, this.headKey);
      if (staged.stored.length > 0) {
        await this.kv.set(staged.writes);
        this.commit(staged);
      }
      return staged;
    });
    return { stored, duplicates, rejected };
  }

  /**
   * Drops whole chunks whose newest event is older than `retentionDays` before `now` (only a
   * leading run of chunks, so the chain stays anchored), records the anchor, and logs an
   * AuditEvent 'retention'. Does nothing, and logs nothing, when no chunk is old enough.
   */
  applyRetention(now: Date, retentionDays: number): Promise<RetentionResult> {
    if (!Number.isFinite(retentionDays) || retentionDays < 0) {
      return Promise.reject(new RangeError('retentionDays must be a non-negative number'));
    }
    return this.queue.run(async () => {
      const { meta, index, records } = this.state;
      const cutoff = retentionCutoff(now, retentionDays);
      const all = [...index.sealed, meta.current];
      const n = expiredPrefixLength(all, cutoff);
      const dropped = all.slice(0, n);
      const kept = all.slice(n);
      const last = dropped[dropped.length - 1];
      if (!last || last.lastHash === null) {
        return {
          cutoff: cutoff.toISOString(),
          droppedChunks: 0,
          droppedEvents: 0,
          oldestKept: oldestTime(all),
          auditId: null,
        };
      }
      const droppedEvents = dropped.reduce((sum, chunk) => sum + chunk.count, 0);
      const oldestKept = oldestTime(kept);
      const currentDropped = kept.length === 0;
      const base: State = {
        meta: {
          ...meta,
          // The writer's own record of the last dropped hash, not whatever the next chunk now says.
          anchor: last.lastHash,
          anchorSeq: last.firstSeq + last.count - 1,
          current: currentDropped ? emptyChunk(index.nextChunkId, meta.lastSeq + 1) : meta.current,
        },
        index: {
          ...index,
          sealed: currentDropped ? [] : index.sealed.slice(n),
          nextChunkId: currentDropped ? index.nextChunkId + 1 : index.nextChunkId,
          // Ids of a dropped current chunk stay remembered so a late retry is not stored again.
          recentIds: currentDropped
            ? boundedAppend(index.recentIds, idsOf(records), this.recentIdLimit)
            : index.recentIds,
          garbage: [...index.garbage, ...dropped.map((chunk) => chunk.id)],
        },
        records: currentDropped ? [] : records,
      };
      const detail =
        `Retention of ${retentionDays} days (cutoff ${cutoff.toISOString()}): dropped ${n} chunk(s) ` +
        `holding ${droppedEvents} event(s), ${seqRange(dropped)}. Oldest event kept: ${oldestKept ?? 'none'}.`;
      const auditId = await this.rebase(base, 'retention', now, detail);
      return { cutoff: cutoff.toISOString(), droppedChunks: n, droppedEvents, oldestKept, auditId };
    });
  }

  /**
   * Removes every record and starts a new chain whose first record is an AuditEvent 'cleared'
   * saying why and how much was removed. Seq numbers carry on, so no seq is ever reused.
   */
  clear(reason: string, now: Date = new Date()): Promise<ClearResult> {
    return this.queue.run(async () => {
      const { meta, index, records } = this.state;
      const all = [...index.sealed, meta.current];
      const withRecords = all.filter((chunk) => chunk.count > 0);
      const removedEvents = this.total;
      const base: State = {
        meta: {
          v: 1,
          lastSeq: meta.lastSeq,
          headHash: GENESIS_HASH,
          anchor: GENESIS_HASH,
          anchorSeq: meta.lastSeq,
          current: emptyChunk(index.nextChunkId, meta.lastSeq + 1),
        },
        index: {
          v: 1,
          sealed: [],
          nextChunkId: index.nextChunkId + 1,
          recentIds: boundedAppend(index.recentIds, idsOf(records), this.recentIdLimit),
          garbage: [...index.garbage, ...all.map((chunk) => chunk.id)],
        },
        records: [],
      };
      const why = reason.trim() === '' ? 'no reason given' : reason.trim();
      const detail =
        `Log cleared: ${truncate(why, 600)}. Removed ${removedEvents} event(s) in ${withRecords.length} ` +
        `chunk(s), ${seqRange(withRecords)}. This record starts a new chain.`;
      const auditId = await this.rebase(base, 'cleared', now, detail);
      return { removedChunks: withRecords.length, removedEvents, auditId };
    });
  }

  /**
   * Uses `key` for the records written from now on (null: unkeyed again). A new key starts a keyed
   * segment at the next write; `ensureKeyed` writes it at once.
   */
  setKey(key: ChainKey | null): Promise<void> {
    return this.queue.run(async () => {
      this.key = key;
    });
  }

  /** With a key set and a head not keyed with it, appends the AuditEvent 'keyed' now. Returns its id. */
  ensureKeyed(now: Date = new Date()): Promise<string | null> {
    return this.queue.run(async () => {
      if (!this.key || this.headKey === this.key.id) return null;
      const staged = await this.stage(this.state, [], this.headKey, now);
      await this.kv.set(staged.writes);
      this.commit(staged);
      return staged.stored[0] ?? null;
    });
  }

  // ---- reading -------------------------------------------------------------------------------

  /** Number of records in the log. */
  count(): number {
    return this.total;
  }

  info(): LogInfo {
    const { meta, index } = this.state;
    return {
      count: this.total,
      lastSeq: meta.lastSeq,
      headHash: meta.headHash,
      headKey: this.headKey,
      anchor: meta.anchor,
      anchorSeq: meta.anchorSeq,
      chunks: index.sealed.length + (meta.current.count > 0 ? 1 : 0),
    };
  }

  /**
   * Records in order, one chunk read at a time. Not queued, so a long read never holds up appends;
   * a chunk dropped by retention while reading is skipped. Throws LogCorruptError on a chunk that
   * is missing or unreadable (run verify() for the details).
   */
  async *records(): AsyncGenerator<LogRecord> {
    for (const info of this.chunkList()) {
      yield* await this.readChunk(info);
    }
  }

  [Symbol.asyncIterator](): AsyncGenerator<LogRecord> {
    return this.records();
  }

  async readAll(): Promise<LogRecord[]> {
    const out: LogRecord[] = [];
    for await (const record of this.records()) out.push(record);
    return out;
  }

  /** Records with fromSeq <= seq <= toSeq, reading only the chunks that overlap. */
  async readRange(fromSeq: number, toSeq: number): Promise<LogRecord[]> {
    const out: LogRecord[] = [];
    for (const info of this.chunkList()) {
      const last = info.firstSeq + info.count - 1;
      if (last < fromSeq || info.firstSeq > toSeq) continue;
      for (const record of await this.readChunk(info)) {
        if (record.seq >= fromSeq && record.seq <= toSeq) out.push(record);
      }
    }
    return out;
  }

  /** All records with the anchor they hang from, taken consistently (queued) for an export. */
  snapshot(): Promise<LogSnapshot> {
    return this.queue.run(async () => {
      const { meta } = this.state;
      return {
        anchor: meta.anchor,
        anchorSeq: meta.anchorSeq,
        headHash: meta.headHash,
        lastSeq: meta.lastSeq,
        records: await this.readAll(),
      };
    });
  }

  /** Walks every chunk in storage and checks the hash chain from the anchor to the head. */
  verify(): Promise<VerifyResult> {
    return this.queue.run(() => {
      const { meta, index } = this.state;
      const chunks = [...index.sealed, ...(meta.current.count > 0 ? [meta.current] : [])];
      const kv = this.kv;
      const prefix = this.prefix;
      async function* segments(): AsyncGenerator<ChainSegment> {
        for (const info of chunks) {
          const key = chunkKey(info.id, prefix);
          const raw = (await kv.get([key]))[key];
          if (raw === undefined) {
            yield { chunkId: info.id, missing: true };
            continue;
          }
          const body = ChunkBody.safeParse(raw);
          // null, not raw: a value in some other shape must read as unparseable, whatever it holds.
          yield { chunkId: info.id, records: body.success ? body.data.records : null };
        }
      }
      return verifyChain(
        segments(),
        { anchor: meta.anchor, firstSeq: meta.anchorSeq + 1 },
        { seq: meta.lastSeq, hash: meta.headHash },
        this.digest,
        // The writer has the key, so the log must end in a record keyed with it.
        { key: this.key, requireKeyed: this.key !== null },
      );
    });
  }

  // ---- internals -----------------------------------------------------------------------------

  /** Chunks that hold records, oldest first (a snapshot: later appends do not change it). */
  private chunkList(): ChunkInfo[] {
    const { meta, index } = this.state;
    return [...index.sealed, meta.current].filter((chunk) => chunk.count > 0);
  }

  private isListed(chunkId: number): boolean {
    const { meta, index } = this.state;
    return meta.current.id === chunkId || index.sealed.some((chunk) => chunk.id === chunkId);
  }

  private async readChunk(info: ChunkInfo): Promise<LogRecord[]> {
    const key = chunkKey(info.id, this.prefix);
    const raw = (await this.kv.get([key]))[key];
    const parsed = TypedChunkBody.safeParse(raw);
    if (parsed.success) return parsed.data.records;
    if (!this.isListed(info.id)) return []; // dropped by retention or clear while we read
    throw new LogCorruptError(
      raw === undefined
        ? `Log chunk ${info.id} is missing; run verify for details.`
        : `Log chunk ${info.id} cannot be read; run verify for details.`,
      info.id,
    );
  }

  private async readRawChunk(id: number): Promise<RawChunk> {
    const key = chunkKey(id, this.prefix);
    const raw = (await this.kv.get([key]))[key];
    if (raw === undefined) return { kind: 'missing' };
    const body = ChunkBody.safeParse(raw);
    const records = body.success ? StoredRecords.safeParse(body.data.records) : undefined;
    return records?.success ? { kind: 'ok', records: records.data } : { kind: 'unreadable' };
  }

  /**
   * Builds the records and writes for appending `events` to `base`, without touching `this`.
   * Hashes are sequential by nature (each depends on the one before).
   */
  private async stage(
    base: State,
    given: readonly LogEvent[],
    baseHeadKey: string | null,
    now?: Date,
  ): Promise<Staged> {
    const key = this.key;
    let events = given;
    // A keyed segment starts with a record saying so (only when something is written anyway, or asked).
    if (key && baseHeadKey !== key.id && (given.length > 0 || now)) {
      const seq = base.meta.lastSeq + 1;
      const time = (now ?? new Date()).toISOString();
      const note: AuditEvent = {
        id: `audit:keyed:${seq}`,
        type: 'audit',
        time,
        action: 'keyed',
        detail:
          `From this record (#${seq}) the log is keyed with your organisation's secret (key ${key.id}): ` +
          `a record changed or added without the secret no longer verifies.` +
          (seq > 1 ? ` Records before #${seq} stay as written; this record's keyed link holds them.` : ''),
      };
      events = [note, ...given];
    }
    let headKey = baseHeadKey;
    const stored: string[] = [];
    const duplicates: string[] = [];
    const writes: Record<string, unknown> = {};
    const batchIds = new Set<string>();
    let { lastSeq, headHash, current } = base.meta;
    let { sealed, recentIds, nextChunkId } = base.index;
    let records = base.records;
    let copied = false; // copy-on-write: base.records must stay as it is if the write fails
    let rolled = false;

    for (const event of events) {
      if (batchIds.has(event.id) || this.currentIds.has(event.id) || this.recentSet.has(event.id)) {
        duplicates.push(event.id);
        continue;
      }
      batchIds.add(event.id);
      if (current.count >= this.chunkSize) {
        if (copied) writes[chunkKey(current.id, this.prefix)] = { v: 1, records };
        sealed = [...sealed, current];
        recentIds = boundedAppend(recentIds, idsOf(records), this.recentIdLimit);
        current = emptyChunk(nextChunkId, lastSeq + 1);
        nextChunkId++;
        records = [];
        copied = true;
        rolled = true;
      }
      if (!copied) {
        records = records.slice();
        copied = true;
      }
      const seq = lastSeq + 1;
      const hash = key
        ? await keyedRecordHash(seq, headHash, event, key)
        : await recordHash(seq, headHash, event, this.digest);
      records.push(
        key ? { seq, prev: headHash, hash, key: key.id, event } : { seq, prev: headHash, hash, event },
      );
      headKey = key?.id ?? null;
      current = growChunk(current, event.time, hash);
      lastSeq = seq;
      headHash = hash;
      stored.push(event.id);
    }

    const meta: Meta = { ...base.meta, lastSeq, headHash, current };
    const index: Index = rolled ? { ...base.index, sealed, recentIds, nextChunkId } : base.index;
    if (stored.length > 0) {
      writes[chunkKey(current.id, this.prefix)] = { v: 1, records };
      writes[metaKey(this.prefix)] = meta;
      if (rolled) writes[indexKey(this.prefix)] = index;
    }
    return { state: { meta, index, records }, headKey, writes, stored, duplicates, rolled };
  }

  /** Makes a staged state current, after its write succeeded. */
  private commit(staged: Staged, rebuilt = false): void {
    this.state = staged.state;
    this.headKey = staged.headKey;
    if (staged.rolled || rebuilt) {
      this.rebuildDerived();
    } else {
      for (const id of staged.stored) this.currentIds.add(id);
      this.total += staged.stored.length;
    }
  }

  private rebuildDerived(): void {
    const { meta, index, records } = this.state;
    this.currentIds = new Set(idsOf(records));
    this.recentSet = new Set(index.recentIds);
    this.total = index.sealed.reduce((sum, chunk) => sum + chunk.count, meta.current.count);
  }

  /**
   * Writes a re-based state (after retention or clear) with its audit record in one `set`, then
   * removes the dropped chunks. Removal comes second: a crash in between leaves unreferenced keys
   * (listed in index.garbage and removed on next open), never a meta pointing at missing chunks.
   */
  private async rebase(
    base: State,
    action: 'retention' | 'cleared',
    now: Date,
    detail: string,
  ): Promise<string> {
    const audit: AuditEvent = {
      id: `audit:${action}:${base.meta.lastSeq + 1}`,
      type: 'audit',
      time: now.toISOString(),
      action,
      detail: truncate(detail, AUDIT_DETAIL_MAX),
    };
    // After a clear the chain starts again with this record, keyed if a key is set (no 'keyed' note
    // before it); after retention the head is unchanged.
    const staged = await this.stage(
      base,
      [audit],
      action === 'cleared' ? (this.key?.id ?? null) : this.headKey,
    );
    staged.writes[indexKey(this.prefix)] = staged.state.index;
    await this.kv.set(staged.writes);
    this.commit(staged, true);
    await this.collectGarbage();
    return audit.id;
  }

  /** The key id of the last record: from the current chunk, or the last sealed chunk that holds records. */
  private async keyOfHead(index: Index, records: readonly RawRecord[]): Promise<string | null> {
    const last = records.at(-1);
    if (last) return last.key ?? null;
    const sealed = [...index.sealed].reverse().find((chunk) => chunk.count > 0);
    if (!sealed) return null;
    const chunk = await this.readRawChunk(sealed.id);
    return chunk.kind === 'ok' ? (chunk.records.at(-1)?.key ?? null) : null;
  }

  private async collectGarbage(): Promise<void> {
    const { index } = this.state;
    if (index.garbage.length === 0) return;
    try {
      await this.kv.remove(index.garbage.map((id) => chunkKey(id, this.prefix)));
      const cleaned: Index = { ...index, garbage: [] };
      await this.kv.set({ [indexKey(this.prefix)]: cleaned });
      this.state = { ...this.state, index: cleaned };
    } catch {
      // Harmless: the keys are unreferenced and stay listed, so the next open tries again.
    }
  }

  /** Loads meta, index and the current chunk, and reconciles them with what is actually stored. */
  private async load(): Promise<void> {
    const mKey = metaKey(this.prefix);
    const iKey = indexKey(this.prefix);
    const got = await this.kv.get([mKey, iKey]);
    const rawMeta = got[mKey];
    const rawIndex = got[iKey];
    let meta: Meta;
    let index: Index;
    if (rawMeta === undefined) {
      if (rawIndex !== undefined) {
        throw new LogCorruptError(`${mKey} is missing although ${iKey} exists; the log was left untouched.`);
      }
      // A new log, or chunks written without meta (older writer): the probe below adopts those.
      meta = freshMeta();
      index = freshIndex();
    } else {
      const parsedMeta = Meta.safeParse(rawMeta);
      if (!parsedMeta.success) {
        throw new LogCorruptError(`${mKey} cannot be read; the log was left untouched.`);
      }
      meta = parsedMeta.data;
      if (rawIndex === undefined) {
        // Not written yet (no chunk has filled). If it was deleted instead, verify reports the gap.
        index = freshIndex(meta.current.id + 1);
      } else {
        const parsedIndex = Index.safeParse(rawIndex);
        if (!parsedIndex.success) {
          throw new LogCorruptError(`${iKey} cannot be read; the log was left untouched.`);
        }
        index = parsedIndex.data;
      }
    }

    let changed = false;
    let records: RawRecord[] = [];
    /** Adds stored records the meta did not know about (written by a writer that did not update it). */
    const adopt = (found: readonly RawRecord[]): void => {
      for (const record of found) {
        if (meta.lastSeq === meta.anchorSeq) {
          // The first record since the anchor: the chain hangs from whatever it says came before.
          meta = { ...meta, anchor: record.prev, anchorSeq: record.seq - 1 };
        }
        let current = meta.current;
        if (current.count === 0) current = { ...current, firstSeq: record.seq };
        meta = {
          ...meta,
          lastSeq: record.seq,
          headHash: record.hash,
          current: growChunk(current, eventTimeOf(record), record.hash),
        };
      }
      changed = true;
    };
    /** Lists the current chunk as sealed (as it is, even if empty or unreadable) and starts a new one. */
    const sealCurrent = (): void => {
      index = {
        ...index,
        sealed: [...index.sealed, meta.current],
        recentIds: boundedAppend(index.recentIds, idsOf(records), this.recentIdLimit),
        nextChunkId: index.nextChunkId + 1,
      };
      meta = { ...meta, current: emptyChunk(index.nextChunkId - 1, meta.lastSeq + 1) };
      records = [];
      changed = true;
    };

    // 1. The current chunk, as meta describes it.
    let probe = index.nextChunkId;
    const current = await this.readRawChunk(meta.current.id);
    if (current.kind === 'ok') {
      records = current.records;
      if (records.length > meta.current.count) adopt(records.slice(meta.current.count));
    } else if (current.kind === 'unreadable' || meta.current.count > 0) {
      // Keep it listed as evidence (verify reports it) and never write over it: start a new chunk.
      sealCurrent();
      probe = meta.current.id;
    }

    // 2. Chunks written after it without a meta update: adopt them while they exist.
    for (;;) {
      const next = await this.readRawChunk(probe);
      if (next.kind === 'missing') break;
      if (meta.current.id !== probe) {
        if (meta.current.count > 0) {
          sealCurrent();
        } else {
          meta = { ...meta, current: emptyChunk(probe, meta.lastSeq + 1) };
          index = { ...index, nextChunkId: Math.max(index.nextChunkId, probe + 1) };
          records = [];
          changed = true;
        }
      }
      // Here meta.current is the (empty) chunk `probe`.
      if (next.kind === 'unreadable') {
        sealCurrent(); // an empty placeholder, so verify reports the unreadable chunk
        probe = meta.current.id;
        continue;
      }
      records = next.records;
      adopt(next.records);
      probe = index.nextChunkId;
    }

    if (changed) await this.kv.set({ [mKey]: meta, [iKey]: index });
    this.state = { meta, index, records };
    this.headKey = await this.keyOfHead(index, records);
    this.rebuildDerived();
    await this.collectGarbage();
  }
}
