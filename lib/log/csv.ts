/**
 * CSV export of log records for auditors' spreadsheets.
 *
 * - RFC 4180: CRLF line ends; a cell holding a comma, quote, CR or LF is quoted, quotes doubled.
 * - Formula injection: a spreadsheet runs a cell starting with = + - @ (and, in some, tab or CR) as a
 *   formula, so such cells get a leading apostrophe. Spreadsheets also skip leading spaces and control
 *   characters before deciding, and some fold the full-width forms (＝＋－＠) to ASCII, so those count
 *   too. NUL truncates or corrupts a cell in some readers and is replaced by U+FFFD. Values come from
 *   our own events, but an id or a comment could still carry one, and an auditor's spreadsheet must
 *   never run it.
 * - A cell holding `;` is quoted too: spreadsheets in locales whose list separator is `;` split there.
 * - `csvRows` yields one line at a time so the UI can show progress on a large export.
 * - The log's head (last record and its hash) goes in a TRAILER line after the data, so the header
 *   stays the first line for every reader. It starts with "#" and holds no comma, semicolon or
 *   quote, so it stays unquoted: readers with a comment option skip it (pandas `comment='#'`, R
 *   `comment.char`), others read it as one last row whose first cell starts with "#" and whose other
 *   cells are empty (it has as many cells as the header).
 */
import type { LogEvent } from '../events/schema';
import type { LogRecord } from './layout';

/** What a column is computed from: the record's chain fields and its event. */
type CsvRecord = Pick<LogRecord, 'seq' | 'hash' | 'prev'> & { event: LogEvent };

interface Column {
  header: string;
  value: (record: CsvRecord) => string;
}

const joined = (items: readonly string[] | undefined): string => (items ?? []).join(';');

/** Column definitions, in default order. Blank where a field does not apply to the event's type. */
export const CSV_COLUMNS = {
  seq: { header: 'seq', value: (r) => String(r.seq) },
  time: { header: 'time', value: (r) => r.event.time },
  type: { header: 'type', value: (r) => r.event.type },
  // For an audit event, "kind" is its action (retention, cleared, ...).
  kind: {
    header: 'kind',
    value: (r) => (r.event.type === 'flag' ? r.event.kind : r.event.type === 'audit' ? r.event.action : ''),
  },
  site: { header: 'site', value: (r) => (r.event.type === 'audit' ? '' : r.event.siteId) },
  profile: { header: 'profile', value: (r) => (r.event.type === 'audit' ? '' : r.event.profileId) },
  // A booking can carry several rules: semicolon-joined like needs.
  rule: {
    header: 'rule',
    value: (r) =>
      r.event.type === 'flag' ? r.event.ruleId : r.event.type === 'booking' ? joined(r.event.ruleIds) : '',
  },
  ruleVersion: {
    header: 'rule version',
    value: (r) => (r.event.type === 'flag' ? String(r.event.ruleVersion) : ''),
  },
  indicator: { header: 'indicator', value: (r) => (r.event.type === 'flag' ? r.event.indicator : '') },
  needs: { header: 'needs', value: (r) => (r.event.type === 'audit' ? '' : joined(r.event.needs)) },
  channelBefore: {
    header: 'channel before',
    value: (r) => (r.event.type === 'flag' ? r.event.channelBefore : ''),
  },
  channelAfter: {
    header: 'channel after / booking channel',
    value: (r) =>
      r.event.type === 'flag'
        ? (r.event.channelAfter ?? '')
        : r.event.type === 'booking'
          ? r.event.channel
          : '',
  },
  outcome: { header: 'outcome', value: (r) => (r.event.type === 'flag' ? (r.event.outcome ?? '') : '') },
  overrideReasonCode: {
    header: 'override reason code',
    value: (r) => (r.event.type === 'flag' ? (r.event.overrideReason?.reason?.code ?? '') : ''),
  },
  overrideReasonDisplay: {
    header: 'override reason display',
    value: (r) => (r.event.type === 'flag' ? (r.event.overrideReason?.reason?.display ?? '') : ''),
  },
  // The receptionist's override comment; for an audit event, its detail.
  comment: {
    header: 'comment',
    value: (r) =>
      r.event.type === 'flag'
        ? (r.event.overrideReason?.userComment ?? '')
        : r.event.type === 'audit'
          ? r.event.detail
          : '',
  },
  flagged: {
    header: 'flagged',
    value: (r) => (r.event.type === 'booking' ? (r.event.flagged ? 'yes' : 'no') : ''),
  },
  hash: { header: 'hash', value: (r) => r.hash },
  prev: { header: 'prev', value: (r) => r.prev },
} satisfies Record<string, Column>;

export type CsvColumnId = keyof typeof CSV_COLUMNS;
export const DEFAULT_CSV_COLUMNS = Object.keys(CSV_COLUMNS) as CsvColumnId[];

/**
 * A formula trigger, possibly after leading white space or control characters (C0, DEL, C1, no-break
 * and other Unicode spaces, zero-width space, byte order mark), or a cell starting with tab or CR.
 */
const FORMULA_START = /^[\t\r]|^[\s\p{Cc}\p{Zs}\u200b\ufeff\ufffd]*[=+\-@\uff1d\uff0b\uff0d\uff20]/u;
const NEEDS_QUOTES = /[",;\r\n]/;
const NUL = String.fromCharCode(0);

/** One cell: NUL replaced, neutralised against formulas, then quoted if RFC 4180 (or `;`) requires it. */
export function csvCell(value: string): string {
  const text = value.includes(NUL) ? value.replaceAll(NUL, '\ufffd') : value;
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function line(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** The header line, then one line per record, each ending in CRLF. */
export function* csvRows(
  records: Iterable<CsvRecord>,
  columns: readonly CsvColumnId[] = DEFAULT_CSV_COLUMNS,
): Generator<string> {
  const chosen: Column[] = columns.map((id) => CSV_COLUMNS[id]);
  yield line(chosen.map((column) => column.header));
  for (const record of records) {
    yield line(chosen.map((column) => column.value(record)));
  }
}

export interface CsvHead {
  seq: number;
  hash: string;
  /** Records in the whole log. */
  total: number;
}

/** The trailer line: `# log head: record #N hash H (R of T records in this file)`, padded to `columns` cells. */
export function csvTrailer(head: CsvHead, rowsInFile: number, columns: number): string {
  const text = `# log head: record #${head.seq} hash ${head.hash} (${rowsInFile} of ${head.total} records in this file)`;
  return `${[text, ...Array.from({ length: Math.max(0, columns - 1) }, () => '')].join(',')}\r\n`;
}

export function toCsv(records: Iterable<CsvRecord>, columns?: readonly CsvColumnId[]): string {
  let out = '';
  for (const row of csvRows(records, columns)) out += row;
  return out;
}
