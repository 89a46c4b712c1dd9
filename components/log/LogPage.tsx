/**
 * The auditor's log page. It reads the log's chunks from extension storage itself, read-only (no
 * 50 MB message for 100,000 events), and reloads when storage says the log changed; everything that
 * changes the log (clear, retention) and the integrity check go to the background by message.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import {
  channelText,
  eventLabel,
  filterChoices,
  filterRows,
  formatCount,
  isFilterEmpty,
  makeDayKeyer,
  needsText,
  noteText,
  ruleText,
  type SortOrder,
  summarise,
  summariseInSlices,
  type ViewFilter,
  type ViewRow,
  type ViewSummary,
} from '../../lib/log/view-model';
import { type GetItems, type LoadedLog, LogViewReader } from '../../lib/log/view-reader';
import type { LogStatus } from '../../platform/protocol';
import { EquityTable } from './EquityTable';
import { EventDetail } from './EventDetail';
import { type Download, ExportPanel } from './ExportPanel';
import { Filters } from './Filters';
import { IntegrityPanel, type LogActions } from './IntegrityPanel';
import { type GridColumn, LogGrid } from './LogGrid';
import { OutcomeChart } from './OutcomeChart';
import { SummaryFigures } from './SummaryFigures';
import { afterPaint, nextTask } from './tasks';

export interface LogSource {
  /** Read-only access to extension storage. */
  get: GetItems;
  /** Calls back with the keys of local storage that changed; returns a function that stops it. */
  onChange(listener: (keys: string[]) => void): () => void;
}

export interface LogApi extends LogActions {
  status(): Promise<LogStatus>;
}

export interface LogPageProps {
  source: LogSource;
  api: LogApi;
  /** IANA zone for days and times shown (the browser's own). */
  timeZone: string;
  download?: Download;
  /** The page's reader, if made (and prefetching) before the page rendered; else the page makes one. */
  reader?: LogViewReader;
}

const NO_ROWS: ViewRow[] = [];
const WHEN_LOADED = 'Shown when the whole log has loaded.';

/**
 * The whole log's figures, worked out in slices once it has loaded (at 100,000 events, all at once
 * would hold the page for ~100 ms) and kept, so clearing the filters shows them at once. After a
 * reload the previous figures stay up until the new ones are ready.
 */
function useOverallSummary(rows: readonly ViewRow[], complete: boolean): ViewSummary | null {
  const [overall, setOverall] = useState<ViewSummary | null>(null);
  useEffect(() => {
    if (!complete) return;
    let cancelled = false;
    void summariseInSlices(rows, undefined, { pause: nextTask, cancelled: () => cancelled }).then(
      (summary) => summary && setOverall(summary),
    );
    return () => {
      cancelled = true;
    };
  }, [rows, complete]);
  return overall;
}

function useTimeFormat(timeZone: string) {
  return useMemo(() => {
    const format = new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'medium', timeStyle: 'medium' });
    return (row: ViewRow) => (Number.isFinite(row.ms) ? format.format(row.ms) : row.event.time);
  }, [timeZone]);
}

export function LogPage({ source, api, timeZone, download, reader: given }: LogPageProps) {
  const reader = useMemo(
    () => given ?? new LogViewReader(source.get, makeDayKeyer(timeZone), { pause: nextTask }),
    [given, source, timeZone],
  );
  const [log, setLog] = useState<LoadedLog | null>(null);
  const [progress, setProgress] = useState<{ loaded: number; total: number } | null>({ loaded: 0, total: 0 });
  const [loadError, setLoadError] = useState('');
  const [status, setStatus] = useState<LogStatus | null>(null);
  const [filter, setFilter] = useState<ViewFilter>({});
  const [order, setOrder] = useState<SortOrder>('newest');
  const [selected, setSelected] = useState<ViewRow | null>(null);
  const formatTime = useTimeFormat(timeZone);

  const refreshStatus = useCallback(() => {
    api.status().then(setStatus, () => setStatus(null));
  }, [api]);

  useEffect(() => {
    let running = false;
    let again = false;
    let stopped = false;
    let first = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = async (): Promise<void> => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        do {
          again = false;
          const loaded = await reader.load(
            first ? (l, t) => setProgress({ loaded: l, total: t }) : undefined,
            first
              ? (partial) => {
                  if (stopped) return;
                  setLog(partial);
                  return afterPaint();
                }
              : undefined,
          );
          if (stopped) return;
          setLog(loaded);
          setLoadError('');
        } while (again);
      } catch (error) {
        if (!stopped) setLoadError(error instanceof Error ? error.message : String(error));
      } finally {
        running = false;
        first = false;
        if (!stopped) setProgress(null);
      }
    };
    void run();
    refreshStatus();
    const stop = source.onChange((keys) => {
      const logKeys = keys.filter((key) => reader.isLogKey(key));
      if (logKeys.length === 0) return;
      reader.invalidate(logKeys);
      clearTimeout(timer);
      timer = setTimeout(() => void run(), 200);
    });
    return () => {
      stopped = true;
      stop();
      clearTimeout(timer);
    };
  }, [reader, source, refreshStatus]);

  const rows = log?.rows ?? NO_ROWS;
  // While the log loads (newest chunks first), the table shows the newest events, unfiltered.
  const complete = log?.complete ?? false;
  const positions = useMemo(() => filterRows(rows, complete ? filter : {}), [rows, filter, complete]);
  const filtered = complete && !isFilterEmpty(filter);
  const overall = useOverallSummary(rows, complete);
  const filteredSummary = useMemo(
    () => (filtered ? summarise(rows, positions) : null),
    [filtered, rows, positions],
  );
  const summary = filtered ? filteredSummary : overall;
  const choices = useMemo(() => filterChoices(rows), [rows]);
  const count = positions.length;
  const newestFirst = order === 'newest' || !complete;
  const rowAt = useCallback(
    (p: number) => rows[positions[newestFirst ? count - 1 - p : p]!]!,
    [rows, positions, newestFirst, count],
  );
  const rowInLogOrder = useCallback((i: number) => rows[positions[i]!]!, [rows, positions]);

  const columns = useMemo<GridColumn[]>(
    () => [
      { id: 'seq', header: 'Record', value: (r) => `#${r.seq}` },
      { id: 'time', header: 'Time', value: formatTime },
      { id: 'event', header: 'Event', value: (r) => eventLabel(r.event) },
      { id: 'site', header: 'Site', value: (r) => (r.event.type === 'audit' ? '' : r.event.siteId) },
      { id: 'rule', header: 'Rule', value: (r) => ruleText(r.event) },
      { id: 'needs', header: 'Needs', value: (r) => needsText(r.event) },
      { id: 'channel', header: 'Channel', value: (r) => channelText(r.event) },
      { id: 'note', header: 'Note', value: (r) => noteText(r.event) },
    ],
    [formatTime],
  );

  return (
    <main class="log-page">
      <h1>Flag log</h1>
      <p>
        What Equity Prompts recorded on this computer: prompts shown and what was done with them, bookings,
        and notes about the log itself. Times are in {timeZone}. Patient details are never stored: no patient
        reference, and NHS numbers, dates and phone numbers typed in comments are replaced by a marker.
      </p>
      <nav aria-label="On this page">
        <ul class="toc">
          <li>
            <a href="#events-heading">Events</a>
          </li>
          <li>
            <a href="#summary-heading">Summary</a>
          </li>
          <li>
            <a href="#chart-heading">Outcomes over time</a>
          </li>
          <li>
            <a href="#equity-heading">Equity report</a>
          </li>
          <li>
            <a href="#export-heading">Export</a>
          </li>
          <li>
            <a href="#integrity-heading">Integrity and retention</a>
          </li>
        </ul>
      </nav>

      {progress ? (
        <div class="progress loading">
          <label for="load-progress">
            Loading the log: {formatCount(progress.loaded)} of {formatCount(progress.total)} events
          </label>
          <progress id="load-progress" max={Math.max(1, progress.total)} value={progress.loaded} />
        </div>
      ) : null}
      {loadError ? (
        <p class="error" role="alert">
          <span aria-hidden="true">✗ </span>The log could not be read: {loadError} Use Verify integrity below
          for details.
        </p>
      ) : null}
      {log && (log.invalid > 0 || log.problems.length > 0) ? (
        <div class="warning" role="alert">
          <p>
            <strong>
              <span aria-hidden="true">⚠ </span>
              {formatCount(log.invalid)} stored record(s) could not be read and are not shown.
            </strong>{' '}
            Use Verify integrity below to check the log.
          </p>
          <ul>
            {log.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {log ? (
        <>
          <section aria-labelledby="filters-heading">
            <h2 id="filters-heading">Filters</h2>
            {complete ? (
              <Filters
                filter={filter}
                choices={choices}
                order={order}
                onFilter={setFilter}
                onOrder={setOrder}
              />
            ) : (
              <p>The filters are ready when the whole log has loaded.</p>
            )}
            <p role="status" class="count" id="event-count">
              {!complete
                ? `Showing the newest ${formatCount(rows.length)} events while the rest load`
                : filtered
                  ? `Showing ${formatCount(count)} of ${formatCount(rows.length)} events`
                  : `Showing all ${formatCount(rows.length)} event${rows.length === 1 ? '' : 's'}`}
            </p>
          </section>

          <section aria-labelledby="events-heading">
            <h2 id="events-heading">Events</h2>
            <p id="grid-help" class="hint">
              Use the arrow keys to move through the table, Page Up and Page Down to move a page, Control+Home
              and Control+End for the first and last event. Press Enter, or click a row, to see every field of
              an event.
            </p>
            {count > 0 ? (
              <LogGrid
                id="log-grid"
                count={count}
                rowAt={rowAt}
                columns={columns}
                label="Log events"
                describedBy="grid-help"
                resetKey={`${JSON.stringify(filter)}|${order}`}
                onOpen={(row) => setSelected(row)}
              />
            ) : (
              <p class="empty">
                {rows.length === 0 ? 'The log is empty.' : 'No events match these filters.'}
              </p>
            )}
          </section>

          <section aria-labelledby="summary-heading">
            <h2 id="summary-heading">Summary</h2>
            {summary ? <SummaryFigures summary={summary} /> : <p>{WHEN_LOADED}</p>}
          </section>

          <section aria-labelledby="chart-heading">
            <h2 id="chart-heading">Outcomes over time</h2>
            {summary ? <OutcomeChart days={summary.days} /> : <p>{WHEN_LOADED}</p>}
          </section>

          <section aria-labelledby="equity-heading">
            <h2 id="equity-heading">Equity report</h2>
            {summary ? <EquityTable report={summary.equity} /> : <p>{WHEN_LOADED}</p>}
          </section>

          <section aria-labelledby="export-heading">
            <h2 id="export-heading">Export</h2>
            {complete ? (
              <ExportPanel
                count={count}
                rowAt={rowInLogOrder}
                source={log}
                filtered={filtered}
                download={download}
              />
            ) : (
              <p>{WHEN_LOADED}</p>
            )}
          </section>
        </>
      ) : null}

      <section aria-labelledby="integrity-heading">
        <h2 id="integrity-heading">Integrity and retention</h2>
        <IntegrityPanel
          actions={api}
          count={status?.count ?? log?.records.length ?? 0}
          retentionDays={status?.retentionDays ?? null}
          head={status ? { seq: status.lastSeq, hash: status.headHash, keyed: status.keyed } : null}
          clearForbidden={status?.clearForbidden ?? false}
          onChanged={refreshStatus}
        />
      </section>

      {selected ? <EventDetail row={selected} onClose={() => setSelected(null)} /> : null}
    </main>
  );
}
