/**
 * Exports: the filtered events as CSV, the whole log with its hash chain as JSON. Both are built in
 * slices with a pause between (a progress bar moves, the page stays usable, Cancel works) and saved
 * through a Blob URL and <a download>.
 */
import { useRef, useState } from 'preact/hooks';
import type { ExportSource } from '../../lib/log/export';
import { csvExportParts, exportFileName, jsonExportParts } from '../../lib/log/view-export';
import type { ViewRow } from '../../lib/log/view-model';
import { formatCount } from '../../lib/log/view-model';

export type Download = (blob: Blob, fileName: string) => void;

export const downloadBlob: Download = (blob, fileName) => {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

interface Job {
  what: 'CSV' | 'JSON';
  done: number;
  total: number;
}

export interface ExportPanelProps {
  /** The filtered rows, in log order. */
  count: number;
  rowAt: (i: number) => ViewRow;
  /** The whole log: anchor, head and every record as stored. */
  source: ExportSource;
  filtered: boolean;
  download?: Download;
}

export function ExportPanel({ count, rowAt, source, filtered, download = downloadBlob }: ExportPanelProps) {
  const { records } = source;
  const head = { seq: source.lastSeq, hash: source.headHash, total: records.length };
  const [job, setJob] = useState<Job | null>(null);
  const [message, setMessage] = useState('');
  const controller = useRef<AbortController | null>(null);

  const run = async (what: Job['what']) => {
    const abort = new AbortController();
    controller.current = abort;
    const now = new Date();
    setMessage('');
    setJob({ what, done: 0, total: what === 'CSV' ? count : records.length });
    const onProgress = (done: number, total: number) => setJob({ what, done, total });
    try {
      const parts =
        what === 'CSV'
          ? await csvExportParts(count, rowAt, { onProgress, signal: abort.signal, head })
          : await jsonExportParts(source, now, { onProgress, signal: abort.signal });
      const name = exportFileName(
        what === 'CSV' ? 'csv' : 'json',
        now,
        what === 'CSV' && filtered ? 'log-filtered' : 'log',
      );
      download(
        new Blob(parts, { type: what === 'CSV' ? 'text/csv;charset=utf-8' : 'application/json' }),
        name,
      );
      const n = what === 'CSV' ? count : records.length;
      setMessage(`Exported ${formatCount(n)} event${n === 1 ? '' : 's'} to ${name}.`);
    } catch (error) {
      setMessage(abort.signal.aborted ? 'Export cancelled.' : `Export failed: ${String(error)}`);
    } finally {
      controller.current = null;
      setJob(null);
    }
  };

  const pct = job && job.total > 0 ? Math.round((100 * job.done) / job.total) : 0;
  return (
    <div class="export">
      <p>
        CSV holds the {filtered ? 'filtered ' : ''}events for a spreadsheet (cells that a spreadsheet would
        run as a formula are made safe); its last line, starting with “#”, gives the log’s head. JSON holds
        the whole log with its hash chain and head, so it can be verified later (Verify an exported file,
        below).
      </p>
      <div class="actions">
        <button type="button" class="primary" disabled={job !== null} onClick={() => void run('CSV')}>
          Export {formatCount(count)} {filtered ? 'filtered ' : ''}event{count === 1 ? '' : 's'} as CSV
        </button>
        <button type="button" disabled={job !== null} onClick={() => void run('JSON')}>
          Export the whole log as JSON (with hash chain)
        </button>
      </div>
      {job ? (
        <div class="progress">
          <label for="export-progress">
            Exporting {job.what}: {pct}% ({formatCount(job.done)} of {formatCount(job.total)} events)
          </label>
          <progress id="export-progress" max={Math.max(1, job.total)} value={job.done} />
          <button type="button" onClick={() => controller.current?.abort()}>
            Cancel export
          </button>
        </div>
      ) : null}
      <p role="status" class="export-status">
        {message}
      </p>
    </div>
  );
}
