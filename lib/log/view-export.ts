/**
 * Exports built in slices for the log page: CSV (csv.ts, formula injection neutralised) of the rows
 * the auditor filtered, and the JSON export (export.ts) of the whole log with its chain. Each slice
 * is one string; between slices the caller's `pause` runs (the page yields to the event loop and
 * updates a progress bar), and an AbortSignal stops the work. The parts go straight into a Blob.
 */
import { type CsvColumnId, type CsvHead, csvRows, csvTrailer, DEFAULT_CSV_COLUMNS } from './csv';
import { buildExport, type ExportSource } from './export';
import type { LogRecord } from './layout';

export interface SliceOptions {
  /** Records per slice (default 5,000). */
  sliceSize?: number;
  onProgress?: (done: number, total: number) => void;
  pause?: () => Promise<void>;
  signal?: AbortSignal;
}

type CsvRecord = Pick<LogRecord, 'seq' | 'hash' | 'prev' | 'event'>;

const defaultPause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function aborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new DOMException('The export was cancelled.', 'AbortError');
}

/** CSV of `count` records, `recordAt(i)` for i in 0..count-1, as Blob parts. */
export async function csvExportParts(
  count: number,
  recordAt: (i: number) => CsvRecord,
  options: SliceOptions & { columns?: readonly CsvColumnId[]; head?: CsvHead } = {},
): Promise<string[]> {
  const size = Math.max(1, options.sliceSize ?? 5000);
  const pause = options.pause ?? defaultPause;
  function* records(): Generator<CsvRecord> {
    for (let i = 0; i < count; i++) yield recordAt(i);
  }
  const rows = csvRows(records(), options.columns);
  const parts: string[] = [rows.next().value ?? '']; // the header line
  options.onProgress?.(0, count);
  let done = 0;
  while (done < count) {
    aborted(options.signal);
    let part = '';
    for (let n = 0; n < size; n++) {
      const next = rows.next();
      if (next.done) break;
      part += next.value;
      done++;
    }
    parts.push(part);
    options.onProgress?.(done, count);
    if (done < count) await pause();
  }
  if (options.head)
    parts.push(csvTrailer(options.head, count, (options.columns ?? DEFAULT_CSV_COLUMNS).length));
  return parts;
}

/**
 * The JSON export (same shape as `buildExport`) of records exactly as stored, hanging from `anchor`,
 * as Blob parts. `verifyExport` of the joined parts checks it as it would the background's export.
 */
export async function jsonExportParts(
  source: ExportSource,
  exportedAt: Date,
  options: SliceOptions = {},
): Promise<string[]> {
  const { records } = source;
  const size = Math.max(1, options.sliceSize ?? 5000);
  const pause = options.pause ?? defaultPause;
  const shell = JSON.stringify({
    ...buildExport({ ...source, records: [] }, exportedAt),
    count: records.length,
  });
  const tail = '[]}';
  if (!shell.endsWith(tail)) throw new Error('Unexpected export shape: records must come last.');
  const parts: string[] = [shell.slice(0, -tail.length), '['];
  options.onProgress?.(0, records.length);
  for (let start = 0; start < records.length; start += size) {
    aborted(options.signal);
    const slice = JSON.stringify(records.slice(start, start + size));
    parts.push(`${start > 0 ? ',' : ''}${slice.slice(1, -1)}`);
    const done = Math.min(start + size, records.length);
    options.onProgress?.(done, records.length);
    if (done < records.length) await pause();
  }
  parts.push(']}');
  return parts;
}

/** e.g. "equity-prompts-log-2025-03-10T0930Z.csv" */
export function exportFileName(extension: 'csv' | 'json', now: Date, what = 'log'): string {
  const stamp = now
    .toISOString()
    .replace(/:\d{2}\.\d{3}Z$/, 'Z')
    .replace(/:/g, '');
  return `equity-prompts-${what}-${stamp}.${extension}`;
}
