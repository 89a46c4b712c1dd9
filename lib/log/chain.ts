/**
 * Checks a hash chain, one segment (chunk) at a time. The store's `verify()` and `verifyExport()`
 * both call `verifyChain`, so an exported file is judged by exactly the rules the live log is.
 *
 * For each record, in order:
 *   hash  must equal SHA-256(canonical { seq, prev, event })   else 'hash-mismatch' (record edited)
 *   prev  must equal the previous record's hash (or the anchor) and seq must be the previous seq + 1
 *                                                                else 'prev-mismatch' (removed/reordered)
 * The hash is checked first so that an edited seq or prev reads as an edit, and a record whose own
 * hash is intact but does not link reads as a removal or reordering.
 *
 * Keyed records (`key` set: hash = HMAC with an organisation's secret, hash.ts) are checked with the
 * key when the verifier has it. Without the secret a rewrite cannot produce them, so with a key given:
 *   - once a record keyed with it is seen, every later record must be keyed with it ('not-keyed');
 *   - `requireKeyed` (the live log, whose writer has the key): the last record must be keyed with it.
 * A keyed segment's first record authenticates its `prev`, the hash of the last record before it, so
 * the unkeyed records before it cannot be rewritten either (their SHA-256 hashes would change).
 * Records keyed with another secret (or with none available) are checked for their links only.
 */
import { z } from 'zod';
import { type ChainKey, type Digest, keyedRecordHash, recordHash, webCryptoDigest } from './hash';
import { RawRecord } from './layout';

export type VerifyReason =
  | 'hash-mismatch'
  | 'prev-mismatch'
  | 'missing-chunk'
  | 'unparseable-chunk'
  /** The chain is intact but does not end where the writer's meta says (records cut from or added to the end). */
  | 'head-mismatch'
  /** verifyExport only: the file is not an equity-prompts-log export. */
  | 'unparseable-export'
  /** A record that should carry the organisation's key does not: written without the secret. */
  | 'not-keyed'
  /** verifyExport only: the file's stated head or count does not match its records. */
  | 'export-mismatch';

export interface VerifyFailure {
  ok: false;
  /** Seq of the first record that fails (or is missing). 0 when no seq can be given. */
  firstBrokenSeq: number;
  /** Chunk the break was found in; null for an export (it has no chunks). */
  chunkId: number | null;
  reason: VerifyReason;
  /** A sentence for the auditor. */
  message: string;
}
export interface VerifySuccess {
  ok: true;
  count: number;
  /** Records whose keyed hash was checked with the organisation's secret. */
  keyed?: number;
  /** Records keyed with a secret the verifier does not have: only their links were checked. */
  unchecked?: number;
  /** verifyExport: the file's last record (or its anchor when it holds none), checked against its stated head. */
  head?: { seq: number; hash: string };
}
export type VerifyResult = VerifySuccess | VerifyFailure;

export interface VerifyOptions {
  key?: ChainKey | null;
  /** The last record must be keyed with `key` (the live log while a secret is set). */
  requireKeyed?: boolean;
}

/** One segment of the chain: a chunk's stored records, or a chunk that is missing. */
export type ChainSegment = { chunkId: number | null; records: unknown } | { chunkId: number; missing: true };

export interface ChainStart {
  /** `prev` of the first record. */
  anchor: string;
  /** Seq the first record must have; null to accept whatever the first record says (exports). */
  firstSeq: number | null;
}

const Records = z.array(RawRecord);

const where = (chunkId: number | null): string => (chunkId === null ? '' : ` in chunk ${chunkId}`);

export async function verifyChain(
  segments: Iterable<ChainSegment> | AsyncIterable<ChainSegment>,
  start: ChainStart,
  head?: { seq: number; hash: string },
  digest: Digest = webCryptoDigest,
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  const key = options.key ?? null;
  let prev = start.anchor;
  let nextSeq = start.firstSeq;
  let count = 0;
  let keyed = 0;
  let unchecked = 0;
  /** Seq of the first record keyed with `key`, once one was seen. */
  let keyedFrom: number | null = null;
  let lastKeyedWithKey = false;
  let lastChunkId: number | null = null;
  const fail = (
    reason: VerifyReason,
    firstBrokenSeq: number,
    chunkId: number | null,
    message: string,
  ): VerifyFailure => ({ ok: false, firstBrokenSeq, chunkId, reason, message });

  for await (const segment of segments) {
    lastChunkId = segment.chunkId;
    if ('missing' in segment) {
      return fail(
        'missing-chunk',
        nextSeq ?? 0,
        segment.chunkId,
        `Chunk ${segment.chunkId} is missing: the records from seq ${nextSeq ?? '?'} it held were removed.`,
      );
    }
    const parsed = Records.safeParse(segment.records);
    if (!parsed.success) {
      return fail(
        'unparseable-chunk',
        nextSeq ?? 0,
        segment.chunkId,
        `Chunk${where(segment.chunkId)} cannot be read as log records: ${parsed.error.issues[0]?.message ?? 'invalid'}.`,
      );
    }
    const records = parsed.data;
    // Each record's own hash is independent of the others, so compute them in parallel. A record
    // keyed with a secret we do not have cannot be recomputed: null, links only.
    const hashes = await Promise.all(
      records.map((r) =>
        r.key === undefined
          ? recordHash(r.seq, r.prev, r.event, digest)
          : key && r.key === key.id
            ? keyedRecordHash(r.seq, r.prev, r.event, key)
            : null,
      ),
    );
    for (const [i, record] of records.entries()) {
      const withKey = key !== null && record.key === key.id;
      if (keyedFrom !== null && !withKey) {
        return fail(
          'not-keyed',
          record.seq,
          segment.chunkId,
          `Record ${record.seq}${where(segment.chunkId)} is not keyed with your organisation's secret, although the log is keyed from record ${keyedFrom}: it was written or rewritten without the secret.`,
        );
      }
      if (hashes[i] === null) {
        unchecked++;
      } else if (hashes[i] !== record.hash) {
        return fail(
          'hash-mismatch',
          record.seq,
          segment.chunkId,
          withKey
            ? `Record ${record.seq}${where(segment.chunkId)} was changed after it was written (its keyed hash does not match: whoever changed it did not have your organisation's secret).`
            : `Record ${record.seq}${where(segment.chunkId)} was changed after it was written (its hash does not match its content).`,
        );
      }
      if (withKey) {
        keyed++;
        keyedFrom ??= record.seq;
      }
      lastKeyedWithKey = withKey;
      if (record.prev !== prev || (nextSeq !== null && record.seq !== nextSeq)) {
        return fail(
          'prev-mismatch',
          record.seq,
          segment.chunkId,
          `Record ${record.seq}${where(segment.chunkId)} does not follow the record before it: records were removed or reordered` +
            (nextSeq !== null ? ` (expected seq ${nextSeq}).` : '.'),
        );
      }
      prev = record.hash;
      nextSeq = record.seq + 1;
      count++;
    }
  }

  const lastSeen = (nextSeq ?? 1) - 1;
  if (head && (prev !== head.hash || lastSeen !== head.seq)) {
    return fail(
      'head-mismatch',
      lastSeen < head.seq ? lastSeen + 1 : head.seq + 1,
      lastChunkId,
      lastSeen < head.seq
        ? `The log ends at seq ${lastSeen} but ${head.seq} records were written: records were removed from the end.`
        : `The log does not end at the last record written (seq ${head.seq}): records were added or replaced at the end.`,
    );
  }
  if (options.requireKeyed && key && count > 0 && !lastKeyedWithKey) {
    return fail(
      'not-keyed',
      lastSeen,
      lastChunkId,
      `Your organisation's secret is set, but no record of the log is keyed with it: the log was written or rewritten without the secret.`,
    );
  }
  return {
    ok: true,
    count,
    ...(keyed > 0 ? { keyed } : {}),
    ...(unchecked > 0 ? { unchecked } : {}),
  };
}
