/**
 * Pure view logic for the auditor's log page (entrypoints/log, components/log): rows prepared once
 * per load (event time and calendar day precomputed, so filtering 100,000 events never formats a
 * date), filters that reuse `eventFilter` from summary.ts, per-day buckets for the chart, and the
 * words the page shows. No browser globals.
 */
import type { FlagEventKind, LogEvent } from '../events/schema';
import { type Channel, NEED_CATEGORIES, type NeedCategory } from '../model';
import { needDefinition } from '../needs/vocabulary';
import type { VerifyReason, VerifyResult } from './chain';
import {
  type DayBucket,
  dayKey,
  type EquityReport,
  EquityTally,
  eventFilter,
  type KindCounts,
  type LogFilter,
  type NeedOrNone,
  zeroKinds,
} from './summary';

/** One readable record of the log, as the page shows it. */
export interface ViewRow {
  seq: number;
  hash: string;
  prev: string;
  event: LogEvent;
  /** Event time, ms since the epoch. */
  ms: number;
  /** Calendar day of the event ('YYYY-MM-DD') in the viewer's time zone. */
  day: string;
}

// ---- days -------------------------------------------------------------------------------------

const QUARTER_HOUR = 15 * 60 * 1000;

/**
 * `dayKey` for many times in one zone, cached per UTC quarter hour: every zone's offset (and every
 * daylight-saving change) falls on a quarter hour, so all times in one quarter hour share a day.
 * Formatting with Intl costs microseconds; 100,000 events over a year need ~35,000 lookups at most.
 */
export function makeDayKeyer(timeZone: string): (ms: number) => string {
  const cache = new Map<number, string>();
  return (ms) => {
    if (!Number.isFinite(ms)) return '';
    const bucket = Math.floor(ms / QUARTER_HOUR);
    let day = cache.get(bucket);
    if (day === undefined) {
      day = dayKey(new Date(bucket * QUARTER_HOUR).toISOString(), timeZone);
      cache.set(bucket, day);
    }
    return day;
  };
}

export function toViewRow(
  record: { seq: number; hash: string; prev: string; event: LogEvent },
  dayOf: (ms: number) => string,
): ViewRow {
  const ms = Date.parse(record.event.time);
  return { seq: record.seq, hash: record.hash, prev: record.prev, event: record.event, ms, day: dayOf(ms) };
}

// ---- filters ----------------------------------------------------------------------------------

/** What the "Outcome" filter offers: a flag kind, bookings, or audit notes. */
export type OutcomeFilter = FlagEventKind | 'booking' | 'audit';
export const OUTCOME_FILTERS: readonly OutcomeFilter[] = [
  'displayed',
  'accepted',
  'overridden',
  'dismissed',
  'ignored',
  'booking',
  'audit',
];

export interface ViewFilter {
  /** 'YYYY-MM-DD', inclusive, in the viewer's time zone. */
  from?: string;
  to?: string;
  siteId?: string;
  ruleId?: string;
  need?: NeedOrNone;
  outcome?: OutcomeFilter;
  channel?: Channel | 'any-remote';
}

export type SortOrder = 'newest' | 'oldest';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The non-date part of a view filter, as summary.ts's LogFilter. */
export function toLogFilter(filter: ViewFilter): LogFilter {
  const out: LogFilter = {};
  if (filter.siteId) out.siteId = filter.siteId;
  if (filter.ruleId) out.ruleId = filter.ruleId;
  if (filter.need) out.need = filter.need;
  if (filter.channel) out.channel = filter.channel;
  if (filter.outcome === 'booking' || filter.outcome === 'audit') out.type = filter.outcome;
  else if (filter.outcome) out.kind = filter.outcome;
  return out;
}

export function isFilterEmpty(filter: ViewFilter): boolean {
  return Object.values(filter).every((value) => value === undefined || value === '');
}

/**
 * Positions (into `rows`) of the rows the filter keeps, in log order. Dates compare the precomputed
 * day, the rest is summary.ts's `eventFilter`, so the page and the library agree on what matches.
 */
export function filterRows(rows: readonly ViewRow[], filter: ViewFilter): number[] {
  const from = filter.from && DATE_ONLY.test(filter.from) ? filter.from : undefined;
  const to = filter.to && DATE_ONLY.test(filter.to) ? filter.to : undefined;
  const rest = toLogFilter(filter);
  const matches = Object.keys(rest).length > 0 ? eventFilter(rest) : undefined;
  const out: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (from !== undefined && row.day < from) continue;
    if (to !== undefined && row.day > to) continue;
    if (matches && !matches(row.event)) continue;
    out.push(i);
  }
  return out;
}

export interface FilterChoices {
  sites: string[];
  rules: string[];
  /** Needs present in the log, in display order, then 'none' if any event has no need. */
  needs: NeedOrNone[];
  /** First and last day in the log, for the date inputs' bounds. */
  firstDay: string | null;
  lastDay: string | null;
}

/** The values the filters can usefully offer: those present in the log. */
export function filterChoices(rows: readonly ViewRow[]): FilterChoices {
  const sites = new Set<string>();
  const rules = new Set<string>();
  const needs = new Set<NeedOrNone>();
  let firstDay: string | null = null;
  let lastDay: string | null = null;
  for (const { event, day } of rows) {
    if (day !== '') {
      if (firstDay === null || day < firstDay) firstDay = day;
      if (lastDay === null || day > lastDay) lastDay = day;
    }
    if (event.type === 'audit') continue;
    sites.add(event.siteId);
    if (event.type === 'flag') rules.add(event.ruleId);
    else for (const id of event.ruleIds) rules.add(id);
    if (event.needs.length === 0) needs.add('none');
    for (const need of event.needs) needs.add(need);
  }
  const byText = (a: string, b: string) => a.localeCompare(b, 'en-GB');
  return {
    sites: [...sites].sort(byText),
    rules: [...rules].sort(byText),
    needs: [...NEED_CATEGORIES, 'none' as const].filter((need) => needs.has(need)),
    firstDay,
    lastDay,
  };
}

// ---- summaries --------------------------------------------------------------------------------

export interface Rates {
  /** Prompts shown (displayed events): the denominator of the rates. */
  shown: number;
  accepted: number | null;
  overridden: number | null;
  dismissed: number | null;
  ignored: number | null;
}

export function responseRates(counts: KindCounts): Rates {
  const shown = counts.displayed;
  const rate = (n: number) => (shown > 0 ? n / shown : null);
  return {
    shown,
    accepted: rate(counts.accepted),
    overridden: rate(counts.overridden),
    dismissed: rate(counts.dismissed),
    ignored: rate(counts.ignored),
  };
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

const REMOTE: ReadonlySet<Channel> = new Set(['telephone', 'video', 'online', 'remote']);

/**
 * Counts per day from precomputed days, row by row: the same buckets as
 * `outcomesByDay(events, { timeZone })` (empty days between the first and last filled in), without
 * formatting a date per event.
 */
export class DayTally {
  private readonly buckets = new Map<string, DayBucket>();

  add({ event, day }: ViewRow): void {
    let b = this.buckets.get(day);
    if (!b) {
      b = { day, ...zeroKinds(), remoteBookings: 0 };
      this.buckets.set(day, b);
    }
    b[event.type === 'flag' ? event.kind : event.type]++;
    if (event.type === 'booking' && REMOTE.has(event.channel)) b.remoteBookings++;
  }

  /** The buckets so far, oldest first, gaps filled. */
  days(): DayBucket[] {
    const buckets = new Map(this.buckets);
    const days = [...buckets.keys()].sort();
    const first = days[0];
    const last = days[days.length - 1];
    if (first && last && days.length > 1) {
      for (let day = first, guard = 0; day < last && guard < 3700; day = nextDay(day), guard++) {
        if (!buckets.has(day)) buckets.set(day, { day, ...zeroKinds(), remoteBookings: 0 });
      }
    }
    return [...buckets.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  }
}

export function bucketsByDay(rows: Iterable<ViewRow>): DayBucket[] {
  const tally = new DayTally();
  for (const row of rows) tally.add(row);
  return tally.days();
}

export interface ViewSummary {
  counts: KindCounts;
  rates: Rates;
  days: DayBucket[];
  equity: EquityReport;
}

/** Everything the summary, chart and equity report show, added up row by row (log order). */
class SummaryTally {
  private readonly counts = zeroKinds();
  private readonly byDay = new DayTally();
  private readonly equity = new EquityTally();

  add(row: ViewRow): void {
    const event = row.event;
    this.counts[event.type === 'flag' ? event.kind : event.type]++;
    this.byDay.add(row);
    this.equity.add(event);
  }

  summary(): ViewSummary {
    const counts = { ...this.counts };
    return { counts, rates: responseRates(counts), days: this.byDay.days(), equity: this.equity.report() };
  }
}

/** Everything the summary, chart and equity report show, for the rows at `positions` (default: all), in log order. */
export function summarise(rows: readonly ViewRow[], positions?: readonly number[]): ViewSummary {
  const tally = new SummaryTally();
  if (positions) for (const i of positions) tally.add(rows[i]!);
  else for (const row of rows) tally.add(row);
  return tally.summary();
}

export interface SliceOptions {
  /** Rows per slice (default 10,000: a few ms each). */
  slice?: number;
  /** Called between slices, so a page stays responsive. */
  pause: () => Promise<void>;
  /** Checked after each pause: true gives up (the answer would be out of date). */
  cancelled?: () => boolean;
}

/**
 * `summarise`, `slice` rows at a time with a pause between, so 100,000 rows never block a page for
 * long. Null when cancelled.
 */
export async function summariseInSlices(
  rows: readonly ViewRow[],
  positions: readonly number[] | undefined,
  { slice = 10_000, pause, cancelled = () => false }: SliceOptions,
): Promise<ViewSummary | null> {
  const tally = new SummaryTally();
  const count = positions ? positions.length : rows.length;
  for (let start = 0; start < count; start += slice) {
    const end = Math.min(count, start + slice);
    for (let i = start; i < end; i++) tally.add(rows[positions ? positions[i]! : i]!);
    await pause();
    if (cancelled()) return null;
  }
  return tally.summary();
}

// ---- chart ------------------------------------------------------------------------------------

export const CHART_SERIES = ['displayed', 'accepted', 'overridden', 'dismissed', 'ignored'] as const;
export type ChartSeries = (typeof CHART_SERIES)[number];

export interface ChartPoint {
  /** First day of the period. */
  start: string;
  /** Last day of the period. */
  end: string;
  label: string;
  values: Record<ChartSeries | 'booking', number>;
}

export interface ChartData {
  unit: 'day' | 'week' | 'month';
  points: ChartPoint[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2025-03-09' as '9 Mar 2025'. */
export function dayLabel(day: string): string {
  const [y, m, d] = day.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

/** Monday of the ISO week a day falls in. */
function weekStart(day: string): string {
  const ms = Date.parse(`${day}T00:00:00Z`);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday 0
  return new Date(ms - weekday * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Points for the outcomes chart: one per day, or per week (Monday start) when there are more than
 * `maxPoints` days, or per month when there are more than `maxPoints` weeks, so lines stay readable.
 */
export function chartData(days: readonly DayBucket[], maxPoints = 92): ChartData {
  const unit: ChartData['unit'] =
    days.length <= maxPoints ? 'day' : days.length <= maxPoints * 7 ? 'week' : 'month';
  const keyOf = (day: string) => (unit === 'day' ? day : unit === 'week' ? weekStart(day) : day.slice(0, 7));
  const points = new Map<string, ChartPoint>();
  for (const bucket of days) {
    const key = keyOf(bucket.day);
    let point = points.get(key);
    if (!point) {
      const label =
        unit === 'day'
          ? dayLabel(bucket.day)
          : unit === 'week'
            ? `Week of ${dayLabel(key)}`
            : `${MONTHS[Number(key.slice(5, 7)) - 1]} ${key.slice(0, 4)}`;
      point = {
        start: bucket.day,
        end: bucket.day,
        label,
        values: { displayed: 0, accepted: 0, overridden: 0, dismissed: 0, ignored: 0, booking: 0 },
      };
      points.set(key, point);
    }
    point.end = bucket.day;
    for (const series of CHART_SERIES) point.values[series] += bucket[series];
    point.values.booking += bucket.booking;
  }
  return { unit, points: [...points.values()] };
}

/** A round axis maximum at or above `n`: 1, 2 or 5 times a power of ten (at least 1). */
export function niceMax(n: number): number {
  if (!(n > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  for (const step of [1, 2, 5, 10]) if (step * power >= n) return step * power;
  return 10 * power;
}

// ---- words ------------------------------------------------------------------------------------

export const OUTCOME_LABELS: Record<OutcomeFilter, string> = {
  displayed: 'Prompt shown',
  accepted: 'Prompt accepted',
  overridden: 'Prompt overridden',
  dismissed: 'Prompt dismissed',
  ignored: 'Booked without a response',
  booking: 'Booking',
  audit: 'Audit note',
};

export const AUDIT_LABELS: Record<Extract<LogEvent, { type: 'audit' }>['action'], string> = {
  retention: 'Audit: retention',
  cleared: 'Audit: log cleared',
  'settings-imported': 'Audit: settings imported',
  error: 'Audit: error',
  'log-set-aside': 'Audit: unreadable log kept aside, new log started',
  keyed: 'Audit: log keyed by organisation secret',
};

export const CHANNEL_TEXT: Record<Channel, string> = {
  'face-to-face': 'face-to-face',
  'home-visit': 'home visit',
  telephone: 'telephone',
  video: 'video',
  online: 'online',
  remote: 'remote (telephone or video)',
  unknown: 'unknown',
};

export function needLabel(need: NeedOrNone | 'all'): string {
  if (need === 'none') return 'No recorded need';
  if (need === 'all') return 'All bookings';
  try {
    return needDefinition(need as NeedCategory).names.en;
  } catch {
    return need;
  }
}

export function eventLabel(event: LogEvent): string {
  if (event.type === 'flag') return OUTCOME_LABELS[event.kind];
  if (event.type === 'booking') return OUTCOME_LABELS.booking;
  return AUDIT_LABELS[event.action] ?? 'Audit note';
}

/** The channel cell: a flag's channel before (and after), a booking's channel. */
export function channelText(event: LogEvent): string {
  if (event.type === 'booking') return CHANNEL_TEXT[event.channel] ?? event.channel;
  if (event.type === 'flag') {
    const before = CHANNEL_TEXT[event.channelBefore] ?? event.channelBefore;
    if (!event.channelAfter || event.channelAfter === event.channelBefore) return before;
    return `${before} → ${CHANNEL_TEXT[event.channelAfter] ?? event.channelAfter}`;
  }
  return '';
}

export function needsText(event: LogEvent): string {
  if (event.type === 'audit') return '';
  return event.needs.length === 0 ? 'none recorded' : event.needs.map((n) => needLabel(n)).join('; ');
}

export function ruleText(event: LogEvent): string {
  if (event.type === 'flag') return event.ruleId;
  if (event.type === 'booking') return event.ruleIds.join('; ');
  return '';
}

/** A short note for the table: an override reason, whether a booking was flagged, an audit detail. */
export function noteText(event: LogEvent): string {
  if (event.type === 'booking') return event.flagged ? 'Flagged' : 'Not flagged';
  if (event.type === 'audit') return event.detail;
  if (event.kind === 'overridden') {
    const reason = event.overrideReason?.reason?.display ?? event.overrideReason?.reason?.code;
    const comment = event.overrideReason?.userComment;
    return [reason, comment].filter(Boolean).join(': ');
  }
  if (event.kind === 'accepted' && event.acceptedSuggestions?.length) {
    return `Suggestion: ${event.acceptedSuggestions.map((s) => s.id).join('; ')}`;
  }
  if (event.kind === 'displayed' && event.presentation === 'reminder') return 'Shown as a reminder';
  return '';
}

/** Labels, in the order the details show them (storage may hand fields back in any order). */
const FIELD_LABELS: Record<string, string> = {
  id: 'Event id',
  type: 'Type',
  kind: 'Kind',
  action: 'Action',
  time: 'Time (UTC)',
  siteId: 'Site',
  profileId: 'Site profile',
  hookInstance: 'Booking (hook instance)',
  card: 'Prompt card',
  ruleId: 'Rule',
  ruleVersion: 'Rule version',
  ruleIds: 'Rules',
  indicator: 'Indicator',
  needs: 'Needs',
  channelBefore: 'Channel before',
  channelAfter: 'Channel after',
  presentation: 'Shown as',
  channel: 'Channel',
  flagged: 'Flagged',
  needsAsked: 'Needs asked',
  outcome: 'Outcome (CDS Hooks)',
  acceptedSuggestions: 'Accepted suggestions',
  overrideReason: 'Override reason',
  outcomeTimestamp: 'Outcome time (UTC)',
  patientRef: 'Patient reference (pseudonymous)',
  userRole: 'Role',
  detail: 'Detail',
};
const FIELD_ORDER = new Map(Object.keys(FIELD_LABELS).map((key, i) => [key, i]));

function fieldValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none';
    return value
      .map((item) =>
        item !== null && typeof item === 'object' && 'id' in item ? String(item.id) : fieldValue(item),
      )
      .join('; ');
  }
  return JSON.stringify(value);
}

function flatten(prefix: string, value: unknown, out: Array<[string, string]>): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(prefix ? `${prefix}.${key}` : key, inner, out);
    return;
  }
  if (value === undefined) return;
  const [head, ...rest] = prefix.split('.');
  const label = FIELD_LABELS[head ?? ''] ?? head ?? '';
  out.push([rest.length > 0 ? `${label}: ${rest.join(' ')}` : label, fieldValue(value)]);
}

/**
 * Every stored field of a record, labelled: seq, hash and prev first, then the event's fields in a
 * fixed order, unknown ones last (nested ones as "Override reason: reason code"). A patient reference appears only
 * when the event has one (it is already a salted hash).
 */
export function detailFields(row: Pick<ViewRow, 'seq' | 'hash' | 'prev' | 'event'>): Array<[string, string]> {
  const out: Array<[string, string]> = [
    ['Sequence number', String(row.seq)],
    ['Hash', row.hash],
    ['Previous hash', row.prev],
  ];
  const event = row.event as unknown as Record<string, unknown>;
  const rank = (key: string) => FIELD_ORDER.get(key) ?? FIELD_ORDER.size;
  const keys = Object.keys(event).sort((a, b) => rank(a) - rank(b));
  for (const key of keys) flatten(key, event[key], out);
  return out;
}

// ---- numbers and integrity --------------------------------------------------------------------

export function formatCount(n: number): string {
  return n.toLocaleString('en-GB');
}

export function formatRate(rate: number | null): string {
  if (rate === null) return '–';
  const pct = rate * 100;
  return `${Number.isInteger(pct) ? pct : pct.toFixed(1)}%`;
}

export const VERIFY_REASON_TEXT: Record<VerifyReason, string> = {
  'hash-mismatch': 'changed after it was written',
  'prev-mismatch': 'records removed or reordered before it',
  'missing-chunk': 'stored records are missing',
  'unparseable-chunk': 'stored records cannot be read',
  'head-mismatch': 'records removed from or added to the end',
  'unparseable-export': 'not a log export',
  'not-keyed': "written without your organisation's secret",
  'export-mismatch': 'the file does not end where it says',
};

/** What a successful check also established, in words: keyed records, records that could not be checked. */
export function verifyNotes(result: VerifyResult): string[] {
  if (!result.ok) return [];
  const notes: string[] = [];
  if (result.keyed)
    notes.push(
      `${formatCount(result.keyed)} record(s) are keyed with your organisation's secret and were checked with it.`,
    );
  if (result.unchecked)
    notes.push(
      `${formatCount(result.unchecked)} record(s) are keyed with a secret not available here: only their order and links were checked.`,
    );
  if (result.head) notes.push(`Head: record #${result.head.seq}, hash ${result.head.hash}.`);
  return notes;
}

/** The one-line verdict on an exported file: what it holds, or the first thing wrong with it. */
export function fileVerdict(result: VerifyResult): string {
  if (result.ok) {
    const head = result.head ? `, ending at record #${result.head.seq}` : '';
    return `File intact: ${formatCount(result.count)} record${result.count === 1 ? '' : 's'} checked${head}`;
  }
  const reason = VERIFY_REASON_TEXT[result.reason] ?? result.reason;
  return result.firstBrokenSeq > 0
    ? `File altered or damaged: first broken record #${result.firstBrokenSeq} (${reason})`
    : `File not accepted: ${reason}`;
}

/** The one-line verdict: "Log intact: N events checked" or "Log altered: first broken record #seq (reason)". */
export function verifySummary(result: VerifyResult): string {
  if (result.ok)
    return `Log intact: ${formatCount(result.count)} event${result.count === 1 ? '' : 's'} checked`;
  const reason = VERIFY_REASON_TEXT[result.reason] ?? result.reason;
  return result.firstBrokenSeq > 0
    ? `Log altered: first broken record #${result.firstBrokenSeq} (${reason})`
    : `Log altered: ${reason}`;
}
