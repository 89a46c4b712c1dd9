/**
 * Which chunks retention may drop. Only a leading run of chunks can go: the chain is anchored at
 * one point, so dropping a chunk from the middle would leave a gap that verify must report. A chunk
 * goes only when its newest event is older than the cutoff, so no kept chunk is split.
 */
import type { ChunkInfo } from './layout';

const DAY_MS = 24 * 60 * 60 * 1000;

export function retentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}

/**
 * How many chunks from the start of `chunks` (oldest first) are wholly older than the cutoff. Empty
 * placeholder chunks (kept only to mark a chunk that could not be read) go with the expired chunk
 * after them, so they never hold retention back; an empty chunk at the end (the current one) stays.
 */
export function expiredPrefixLength(chunks: readonly ChunkInfo[], cutoff: Date): number {
  const cutoffMs = cutoff.getTime();
  let n = 0;
  for (const [i, chunk] of chunks.entries()) {
    if (chunk.count === 0) continue;
    // A chunk whose times cannot be read is kept rather than guessed at.
    if (chunk.newest === null || !(Date.parse(chunk.newest) < cutoffMs)) break;
    n = i + 1;
  }
  return n;
}

/** The oldest event time among the chunks, or null when they are empty. */
export function oldestTime(chunks: readonly ChunkInfo[]): string | null {
  let oldest: string | null = null;
  for (const chunk of chunks) {
    if (chunk.oldest !== null && (oldest === null || Date.parse(chunk.oldest) < Date.parse(oldest))) {
      oldest = chunk.oldest;
    }
  }
  return oldest;
}

/** The seq range a run of chunks covers, e.g. "seq 1-1500". */
export function seqRange(chunks: readonly ChunkInfo[]): string {
  const first = chunks[0];
  const last = chunks[chunks.length - 1];
  if (!first || !last) return 'no records';
  return `seq ${first.firstSeq}-${last.firstSeq + last.count - 1}`;
}
