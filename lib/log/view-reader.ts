/**
 * Reads the log for the auditor's page straight from the key-value store, READ-ONLY: `get` is the
 * only operation it has. (LogStore.open may write while it reconciles, so the page never opens one;
 * the background stays the single writer.)
 *
 * Built for the first screen: `prefetch()` starts reading meta, index and the newest chunk(s) while
 * the page is still rendering its frame; the first read holds only enough of the newest chunks to fill
 * a screen, and the page can show them (`onPartial`) before older chunks are read. The rest is read
 * newest first in batches of ~10,000 events, each requested before the one before it is parsed
 * (chrome.storage does its share in the browser process, so the two overlap), and parsed a few
 * chunks at a time with a pause between, so parsing never holds the page for long. (Measured in
 * Chromium on 2 busy cores: reading in batches of 2,000 events took twice as long as 10,000.)
 * Sealed chunks are cached between loads and re-read only when storage says their key changed.
 *
 * Nothing read is trusted: meta, index, chunks and records are validated; a record that does not
 * validate is counted and left out of the rows (Verify integrity says what is wrong), but kept in
 * `records` so the JSON export holds the log exactly as stored.
 */
import {
  ChunkBody,
  type ChunkInfo,
  chunkKey,
  Index,
  indexKey,
  KEY_PREFIX,
  LogRecord,
  Meta,
  metaKey,
} from './layout';
import { toViewRow, type ViewRow } from './view-model';

export type GetItems = (keys: string[]) => Promise<Record<string, unknown>>;

export interface LoadedLog {
  /** `prev` of the first record (genesis, or the last record dropped by retention). */
  anchor: string;
  anchorSeq: number;
  lastSeq: number;
  headHash: string;
  /** Every stored record in chain order, exactly as stored (for the JSON export). */
  records: unknown[];
  /** The readable records, in chain order. */
  rows: ViewRow[];
  /** Records that are not valid log records (left out of `rows`). */
  invalid: number;
  /** Plain-language notes about what could not be read. */
  problems: string[];
  /** False for the early look `load` offers while older chunks are still being read. */
  complete: boolean;
}

export interface ReaderOptions {
  /** Chunks per storage read after the first (default 20, ~10,000 events). */
  batchChunks?: number;
  /** Chunks parsed between pauses (default 4, ~2,000 events: ~10 ms). */
  parseChunks?: number;
  /** At most this many chunks in the first (newest) read, kept small so the newest events show quickly (default 2). */
  firstBatchChunks?: number;
  /** The first read stops at the first chunk that brings it to this many events: a screenful and more (default 200). */
  firstRows?: number;
  /** Called between reads and between slices of parsing, so the page stays responsive (default: a macrotask). */
  pause?: () => Promise<void>;
  keyPrefix?: string;
}

interface CachedChunk {
  count: number;
  lastHash: string | null;
  records: unknown[];
  rows: ViewRow[];
  invalid: number;
  problems: string[];
}

export class LogReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LogReadError';
  }
}

/** Meta, index and the first batch's values, as read at the start of a load. */
interface Head {
  meta: Meta;
  /** Chunks with records, in chain order. */
  chunks: ChunkInfo[];
  /** Chunks to read (not cached, or changed), in batches, newest batch first. */
  batches: ChunkInfo[][];
  /** The first batch's stored values, already requested. */
  first: Promise<Record<string, unknown>>;
}

const defaultPause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const MAX_PROBLEMS = 20;
const NOTHING: Promise<Record<string, unknown>> = Promise.resolve({});

export class LogViewReader {
  private readonly cache = new Map<number, CachedChunk>();
  private readonly batchChunks: number;
  private readonly parseChunks: number;
  private readonly firstBatchChunks: number;
  private readonly firstRows: number;
  private readonly pause: () => Promise<void>;
  private readonly prefix: string;
  /** A head read started by prefetch(), for the next load. */
  private prefetched: Promise<Head | null> | undefined;

  constructor(
    private readonly get: GetItems,
    private readonly dayOf: (ms: number) => string,
    options: ReaderOptions = {},
  ) {
    this.batchChunks = Math.max(1, options.batchChunks ?? 20);
    this.parseChunks = Math.max(1, options.parseChunks ?? 4);
    this.firstBatchChunks = Math.max(1, options.firstBatchChunks ?? Math.min(2, this.batchChunks));
    this.firstRows = Math.max(1, options.firstRows ?? 200);
    this.pause = options.pause ?? defaultPause;
    this.prefix = options.keyPrefix ?? KEY_PREFIX;
  }

  /**
   * Starts reading the head of the log (meta, index and the newest chunks) now, for the next `load`
   * to use: a page calls it before it renders, so storage works while the page draws its frame.
   */
  prefetch(): void {
    if (this.prefetched) return;
    this.prefetched = this.readHead();
    this.prefetched.catch(() => {}); // reported by the load that uses it
  }

  /** Storage keys changed (from storage.onChanged): forget the cached chunks they name. */
  invalidate(keys: Iterable<string>): void {
    const chunkPrefix = `${this.prefix}:chunk:`;
    for (const key of keys) {
      if (this.isLogKey(key)) this.prefetched = undefined; // read before this change: read afresh
      if (key.startsWith(chunkPrefix)) this.cache.delete(Number(key.slice(chunkPrefix.length)));
    }
  }

  /** Is this storage key part of the log? */
  isLogKey(key: string): boolean {
    return key.startsWith(`${this.prefix}:`);
  }

  /**
   * Reads the log. Chunks are read newest first; after the first batch, if more remain,
   * `onPartial` gets the newest events so far (complete: false), so a page can show them at once;
   * reading goes on when the promise it may return settles (e.g. once the page has painted them).
   */
  async load(
    onProgress?: (loaded: number, total: number) => void,
    onPartial?: (log: LoadedLog) => void | Promise<void>,
  ): Promise<LoadedLog> {
    const prefetched = this.prefetched;
    this.prefetched = undefined;
    const head = await (prefetched ?? this.readHead());
    if (head === null) {
      this.cache.clear();
      return empty();
    }
    const { meta, chunks, batches } = head;
    const total = chunks.reduce((sum, chunk) => sum + chunk.count, 0);
    let loaded = total - batches.flat().reduce((sum, chunk) => sum + chunk.count, 0);
    onProgress?.(loaded, total);
    let values = head.first;
    const request = (batch: readonly ChunkInfo[]) => {
      values = this.get(this.keysOf(batch));
      values.catch(() => {}); // awaited, and so reported, on the next turn
    };
    for (const [i, batch] of batches.entries()) {
      const got = await values;
      const next = batches[i + 1];
      // Storage reads the next batch while this one is parsed; but not before the newest events
      // are on screen, so that its answer cannot hold up the page's first paint.
      if (next && i > 0) request(next);
      for (const [j, info] of batch.entries()) {
        if (j > 0 && j % this.parseChunks === 0) await this.pause();
        this.cache.set(info.id, this.parseChunk(info, got[chunkKey(info.id, this.prefix)]));
        loaded += info.count;
      }
      onProgress?.(Math.min(loaded, total), total);
      if (next) {
        if (i === 0) {
          await onPartial?.(this.assemble(meta, chunks, false));
          request(next);
        }
        await this.pause();
      }
    }
    // A prefetched head may predate the page's storage.onChanged listener: if the log changed
    // since, read it again (only what changed is read).
    if (prefetched && (await this.changedSince(meta))) return this.load(onProgress);
    return this.assemble(meta, chunks, true);
  }

  /** Reads and checks meta and index, plans the batches, and requests the first. Null: no log. */
  private async readHead(): Promise<Head | null> {
    const mKey = metaKey(this.prefix);
    const iKey = indexKey(this.prefix);
    const got = await this.get([mKey, iKey]);
    if (got[mKey] === undefined) return null;
    const meta = this.parseMeta(got[mKey]);
    let sealed: ChunkInfo[] = [];
    if (got[iKey] !== undefined) {
      const index = Index.safeParse(got[iKey]);
      if (!index.success) throw new LogReadError('The log’s chunk index cannot be read.');
      sealed = index.data.sealed;
    }
    const chunks = [...sealed, meta.current].filter((chunk) => chunk.count > 0);

    // Forget chunks no longer listed (retention, clear).
    const listed = new Set(chunks.map((c) => c.id));
    for (const id of this.cache.keys()) if (!listed.has(id)) this.cache.delete(id);

    const toRead = chunks.filter((info) => {
      const cached = this.cache.get(info.id);
      return (
        info.id === meta.current.id ||
        cached === undefined ||
        cached.count !== info.count ||
        cached.lastHash !== info.lastHash
      );
    });
    const batches = this.plan(toRead);
    const first = batches[0] ? this.get(this.keysOf(batches[0])) : NOTHING;
    return { meta, chunks, batches, first };
  }

  /**
   * Newest first: a first batch of the newest chunks until `firstRows` events (at most
   * `firstBatchChunks` chunks), then `batchChunks` at a time. Each batch is in chain order.
   */
  private plan(toRead: readonly ChunkInfo[]): ChunkInfo[][] {
    const batches: ChunkInfo[][] = [];
    let end = toRead.length;
    let firstSize = 0;
    for (let rows = 0; firstSize < Math.min(end, this.firstBatchChunks) && rows < this.firstRows; ) {
      rows += toRead[end - 1 - firstSize]!.count;
      firstSize++;
    }
    for (let size = firstSize; end > 0; end -= size, size = this.batchChunks) {
      batches.push(toRead.slice(Math.max(0, end - size), end));
    }
    return batches;
  }

  private async changedSince(meta: Meta): Promise<boolean> {
    const raw = (await this.get([metaKey(this.prefix)]))[metaKey(this.prefix)];
    if (raw === undefined) return true;
    const now = this.parseMeta(raw);
    return now.headHash !== meta.headHash || now.lastSeq !== meta.lastSeq || now.anchor !== meta.anchor;
  }

  private parseMeta(raw: unknown): Meta {
    const parsed = Meta.safeParse(raw);
    if (!parsed.success) throw new LogReadError('The log’s summary record (meta) cannot be read.');
    return parsed.data;
  }

  private keysOf(batch: readonly ChunkInfo[]): string[] {
    return batch.map((info) => chunkKey(info.id, this.prefix));
  }

  /** The cached chunks of `chunks`, in chain order. */
  private assemble(meta: Meta, chunks: readonly ChunkInfo[], complete: boolean): LoadedLog {
    const out = empty();
    out.anchor = meta.anchor;
    out.anchorSeq = meta.anchorSeq;
    out.lastSeq = meta.lastSeq;
    out.headHash = meta.headHash;
    out.complete = complete;
    for (const info of chunks) {
      const chunk = this.cache.get(info.id);
      if (!chunk) continue;
      for (const record of chunk.records) out.records.push(record);
      for (const row of chunk.rows) out.rows.push(row);
      out.invalid += chunk.invalid;
      for (const problem of chunk.problems) {
        if (out.problems.length < MAX_PROBLEMS) out.problems.push(problem);
      }
    }
    return out;
  }

  private parseChunk(info: ChunkInfo, raw: unknown): CachedChunk {
    const chunk: CachedChunk = {
      count: info.count,
      lastHash: info.lastHash,
      records: [],
      rows: [],
      invalid: 0,
      problems: [],
    };
    if (raw === undefined) {
      chunk.invalid = info.count;
      chunk.problems.push(`Chunk ${info.id} (from record #${info.firstSeq}) is missing.`);
      return chunk;
    }
    const body = ChunkBody.safeParse(raw);
    if (!body.success) {
      chunk.invalid = info.count;
      chunk.problems.push(`Chunk ${info.id} (from record #${info.firstSeq}) cannot be read.`);
      return chunk;
    }
    chunk.records = body.data.records;
    for (const record of body.data.records) {
      const parsed = LogRecord.safeParse(record);
      if (parsed.success) {
        // The stored object, not zod's copy: one copy in memory, and exactly what is stored.
        chunk.rows.push(toViewRow(record as LogRecord, this.dayOf));
      } else {
        chunk.invalid++;
        const seq =
          record !== null && typeof record === 'object' && 'seq' in record ? String(record.seq) : '?';
        if (chunk.problems.length < 3) chunk.problems.push(`Record #${seq} is not a valid log record.`);
      }
    }
    return chunk;
  }
}

function empty(): LoadedLog {
  return {
    anchor: '0'.repeat(64),
    anchorSeq: 0,
    lastSeq: 0,
    headHash: '0'.repeat(64),
    records: [],
    rows: [],
    invalid: 0,
    problems: [],
    complete: true,
  };
}
