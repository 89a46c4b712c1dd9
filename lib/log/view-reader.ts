/**
 * Reads the log for the auditor's page straight from the key-value store, READ-ONLY: `get` is the
 * only operation it has. (LogStore.open may write while it reconciles, so the page never opens one;
 * the background stays the single writer.) Chunks are read a few at a time, newest first, with a
 * pause between, so 100,000 events load without one 50 MB message, the page shows progress, and the
 * newest events can be shown before the oldest are read. Sealed chunks are cached between loads and
 * re-read only when storage says their key changed. (Measured in Chromium: reading 100,000 events'
 * chunks costs ~2 s in chrome.storage itself, whatever the batch size; validation ~0.4 s.)
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
  /** Chunks per storage read (default 20, ~10,000 events). */
  batchChunks?: number;
  /** Chunks in the first (newest) read, kept small so the newest events show quickly (default 2). */
  firstBatchChunks?: number;
  /** Called between reads so the page stays responsive (default: a macrotask). */
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

const defaultPause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const MAX_PROBLEMS = 20;

export class LogViewReader {
  private readonly cache = new Map<number, CachedChunk>();
  private readonly batchChunks: number;
  private readonly firstBatchChunks: number;
  private readonly pause: () => Promise<void>;
  private readonly prefix: string;

  constructor(
    private readonly get: GetItems,
    private readonly dayOf: (ms: number) => string,
    options: ReaderOptions = {},
  ) {
    this.batchChunks = Math.max(1, options.batchChunks ?? 20);
    this.firstBatchChunks = Math.max(1, options.firstBatchChunks ?? Math.min(2, this.batchChunks));
    this.pause = options.pause ?? defaultPause;
    this.prefix = options.keyPrefix ?? KEY_PREFIX;
  }

  /** Storage keys changed (from storage.onChanged): forget the cached chunks they name. */
  invalidate(keys: Iterable<string>): void {
    const chunkPrefix = `${this.prefix}:chunk:`;
    for (const key of keys) {
      if (key.startsWith(chunkPrefix)) this.cache.delete(Number(key.slice(chunkPrefix.length)));
    }
  }

  /** Is this storage key part of the log? */
  isLogKey(key: string): boolean {
    return key.startsWith(`${this.prefix}:`);
  }

  /**
   * Reads the log. Chunks are read newest first; after the first batch, if more remain,
   * `onPartial` gets the newest events so far (complete: false), so a page can show them at once.
   */
  async load(
    onProgress?: (loaded: number, total: number) => void,
    onPartial?: (log: LoadedLog) => void,
  ): Promise<LoadedLog> {
    const mKey = metaKey(this.prefix);
    const iKey = indexKey(this.prefix);
    const got = await this.get([mKey, iKey]);
    if (got[mKey] === undefined) {
      this.cache.clear();
      return empty();
    }
    const parsedMeta = Meta.safeParse(got[mKey]);
    if (!parsedMeta.success) throw new LogReadError('The log’s summary record (meta) cannot be read.');
    const meta = parsedMeta.data;
    let sealed: ChunkInfo[] = [];
    if (got[iKey] !== undefined) {
      const index = Index.safeParse(got[iKey]);
      if (!index.success) throw new LogReadError('The log’s chunk index cannot be read.');
      sealed = index.data.sealed;
    }
    const chunks = [...sealed, meta.current].filter((chunk) => chunk.count > 0);
    const total = chunks.reduce((sum, chunk) => sum + chunk.count, 0);

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
    let loaded = total - toRead.reduce((sum, chunk) => sum + chunk.count, 0);
    onProgress?.(loaded, total);
    for (
      let end = toRead.length, size = this.firstBatchChunks;
      end > 0;
      end -= size, size = this.batchChunks
    ) {
      const batch = toRead.slice(Math.max(0, end - size), end);
      const values = await this.get(batch.map((info) => chunkKey(info.id, this.prefix)));
      for (const info of batch) {
        this.cache.set(info.id, this.parseChunk(info, values[chunkKey(info.id, this.prefix)]));
        loaded += info.count;
      }
      onProgress?.(Math.min(loaded, total), total);
      if (end - size > 0) {
        if (end === toRead.length && onPartial) onPartial(this.assemble(meta, chunks, false));
        await this.pause();
      }
    }
    return this.assemble(meta, chunks, true);
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
