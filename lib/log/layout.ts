/**
 * How the log is laid out in the key-value store, with schemas for each stored value.
 *
 *   log:meta          small, rewritten with every append: head hash, last seq, anchor, the current
 *                     chunk's summary. Constant size, so append cost does not grow with the log.
 *   log:index         sealed chunks' summaries and the recent-ids window for de-duplication.
 *                     Rewritten only when a chunk fills, or on retention and clear.
 *   log:chunk:000042  up to `chunkSize` records.
 *
 * Every multi-key change (chunk + meta, + index at a roll-over) goes out in one `set`.
 */
import { z } from 'zod';
import { LogEvent } from '../events/schema';
import { GENESIS_HASH } from './hash';

export const KEY_PREFIX = 'log';
export const metaKey = (prefix = KEY_PREFIX): string => `${prefix}:meta`;
export const indexKey = (prefix = KEY_PREFIX): string => `${prefix}:index`;
export const chunkKey = (id: number, prefix = KEY_PREFIX): string =>
  `${prefix}:chunk:${String(id).padStart(6, '0')}`;

export const Hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'a 64-character SHA-256 hex string');
const Count = z.number().int().nonnegative();

/** One record as stored. `event` is left unparsed here so verify hashes exactly what is stored. */
export const KeyId = z.string().regex(/^[0-9a-f]{16}$/, 'a 16-character key id');

export const RawRecord = z.object({
  seq: z.number().int().positive(),
  prev: Hex64,
  hash: Hex64,
  /** Present when `hash` is an HMAC with the organisation's secret (hash.ts ChainKey): the key's id. */
  key: KeyId.optional(),
  event: z.unknown(),
});
export type RawRecord = z.infer<typeof RawRecord>;

/** A record with a validated event, as readers get it. */
export const LogRecord = RawRecord.extend({ event: LogEvent });
export type LogRecord = z.infer<typeof LogRecord>;

/** What a chunk key holds. Versioned so a later layout can be told apart. */
export const ChunkBody = z.object({ v: z.literal(1), records: z.array(z.unknown()) });
export type ChunkBody = z.infer<typeof ChunkBody>;
export const TypedChunkBody = z.object({ v: z.literal(1), records: z.array(LogRecord) });

export const ChunkInfo = z.object({
  id: Count,
  count: Count,
  /** Seq of the chunk's first record (for an empty chunk, the seq its first record will get). */
  firstSeq: z.number().int().positive(),
  /** Event times, ISO: the oldest and newest event in the chunk, null while empty. */
  oldest: z.string().nullable(),
  newest: z.string().nullable(),
  /** Hash of the chunk's last record as the writer made it; becomes the anchor when retention drops it. */
  lastHash: Hex64.nullable(),
});
export type ChunkInfo = z.infer<typeof ChunkInfo>;

export const Meta = z.object({
  v: z.literal(1),
  lastSeq: Count,
  headHash: Hex64,
  /** `prev` expected of the first remaining record: genesis, or the last dropped record's hash. */
  anchor: Hex64,
  /** Seq of the record the anchor is the hash of (0 for genesis). */
  anchorSeq: Count,
  current: ChunkInfo,
});
export type Meta = z.infer<typeof Meta>;

export const Index = z.object({
  v: z.literal(1),
  sealed: z.array(ChunkInfo),
  nextChunkId: Count,
  /** Ids of the most recent events in sealed chunks (oldest first), bounded. */
  recentIds: z.array(z.string()),
  /** Chunk ids dropped from the log whose keys may still need removing (crash between set and remove). */
  garbage: z.array(Count),
});
export type Index = z.infer<typeof Index>;

export function emptyChunk(id: number, firstSeq: number): ChunkInfo {
  return { id, count: 0, firstSeq, oldest: null, newest: null, lastHash: null };
}

export function freshMeta(): Meta {
  return {
    v: 1,
    lastSeq: 0,
    headHash: GENESIS_HASH,
    anchor: GENESIS_HASH,
    anchorSeq: 0,
    current: emptyChunk(0, 1),
  };
}

export function freshIndex(nextChunkId = 1): Index {
  return { v: 1, sealed: [], nextChunkId, recentIds: [], garbage: [] };
}

/** The id of a stored event, if it has one (stored data may have been tampered with). */
export function eventIdOf(record: { event: unknown }): string | undefined {
  const event = record.event;
  if (event !== null && typeof event === 'object' && 'id' in event && typeof event.id === 'string') {
    return event.id;
  }
  return undefined;
}

/** The event time of a stored record, if readable. */
export function eventTimeOf(record: { event: unknown }): string | undefined {
  const event = record.event;
  if (event !== null && typeof event === 'object' && 'time' in event && typeof event.time === 'string') {
    return event.time;
  }
  return undefined;
}

/** The chunk summary after adding a record with this time and hash. */
export function growChunk(info: ChunkInfo, time: string | undefined, hash: string): ChunkInfo {
  let { oldest, newest } = info;
  if (time !== undefined) {
    const ms = Date.parse(time);
    if (oldest === null || ms < Date.parse(oldest)) oldest = time;
    if (newest === null || ms > Date.parse(newest)) newest = time;
  }
  return { ...info, count: info.count + 1, oldest, newest, lastHash: hash };
}
