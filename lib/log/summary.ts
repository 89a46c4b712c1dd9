/**
 * Pure aggregations for the auditor page: a filter, counts by kind, outcomes per day, and the
 * equity report (who is booked into remote appointments, by need). Inputs are events in log order;
 * callers filter first, e.g. `equityReport(events.filter(eventFilter(f)))`.
 */
import type { FlagEventKind, LogEvent } from '../events/schema';
import { CHANNELS, type Channel, NEED_CATEGORIES, type NeedCategory, REMOTE_CHANNELS } from '../model';

/** 'none' stands for "no recorded need". */
export type NeedOrNone = NeedCategory | 'none';

export interface LogFilter {
  /** Inclusive. 'YYYY-MM-DD' means from the start of that day in `timeZone`; a full ISO time is an instant. */
  from?: string;
  /** Inclusive. 'YYYY-MM-DD' means to the end of that day in `timeZone`. */
  to?: string;
  siteId?: string;
  /** A flag's rule, or one of a booking's rules. */
  ruleId?: string;
  need?: NeedOrNone;
  type?: LogEvent['type'];
  /** Flag events of this kind only. */
  kind?: FlagEventKind;
  /** A booking's channel, or a flag's channel before or after; 'any-remote' is any of REMOTE_CHANNELS. */
  channel?: Channel | 'any-remote';
  /** For day boundaries (default 'UTC'); a practice would pass 'Europe/London'. */
  timeZone?: string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day ('YYYY-MM-DD') of an ISO time in a time zone. */
export function dayKey(time: string, timeZone = 'UTC'): string {
  const ms = Date.parse(time);
  if (Number.isNaN(ms)) return '';
  if (timeZone === 'UTC') return new Date(ms).toISOString().slice(0, 10);
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(ms)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day}`;
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

const isRemote = (channel: Channel | undefined): boolean =>
  channel !== undefined && REMOTE_CHANNELS.includes(channel);

function channelMatches(wanted: Channel | 'any-remote', channel: Channel | undefined): boolean {
  return wanted === 'any-remote' ? isRemote(channel) : channel === wanted;
}

/** A predicate for `filter`. Fields that do not apply to an event's type exclude it (e.g. an audit event has no site). */
export function eventFilter(filter: LogFilter): (event: LogEvent) => boolean {
  const tz = filter.timeZone ?? 'UTC';
  const bound = (value: string | undefined): { day?: string; ms?: number } =>
    value === undefined ? {} : DATE_ONLY.test(value) ? { day: value } : { ms: Date.parse(value) };
  const from = bound(filter.from);
  const to = bound(filter.to);
  const needsDay = from.day !== undefined || to.day !== undefined;

  return (event) => {
    if (needsDay || from.ms !== undefined || to.ms !== undefined) {
      const ms = Date.parse(event.time);
      if (from.ms !== undefined && !(ms >= from.ms)) return false;
      if (to.ms !== undefined && !(ms <= to.ms)) return false;
      if (needsDay) {
        const day = dayKey(event.time, tz);
        if (from.day !== undefined && day < from.day) return false;
        if (to.day !== undefined && day > to.day) return false;
      }
    }
    if (filter.type !== undefined && event.type !== filter.type) return false;
    if (filter.kind !== undefined && (event.type !== 'flag' || event.kind !== filter.kind)) return false;
    if (filter.siteId !== undefined && (event.type === 'audit' || event.siteId !== filter.siteId))
      return false;
    if (filter.ruleId !== undefined) {
      if (event.type === 'flag' && event.ruleId !== filter.ruleId) return false;
      if (event.type === 'booking' && !event.ruleIds.includes(filter.ruleId)) return false;
      if (event.type === 'audit') return false;
    }
    if (filter.need !== undefined) {
      if (event.type === 'audit') return false;
      if (filter.need === 'none' ? event.needs.length > 0 : !event.needs.includes(filter.need)) return false;
    }
    if (filter.channel !== undefined) {
      if (event.type === 'audit') return false;
      const ok =
        event.type === 'booking'
          ? channelMatches(filter.channel, event.channel)
          : channelMatches(filter.channel, event.channelBefore) ||
            channelMatches(filter.channel, event.channelAfter);
      if (!ok) return false;
    }
    return true;
  };
}

export type KindCounts = Record<FlagEventKind | 'booking' | 'audit', number>;

/** A fresh all-zero count of every kind. */
export const zeroKinds = (): KindCounts => ({
  displayed: 0,
  accepted: 0,
  overridden: 0,
  dismissed: 0,
  ignored: 0,
  booking: 0,
  audit: 0,
});

/** How many events of each flag kind, plus bookings and audit notes. */
export function countsByKind(events: Iterable<LogEvent>): KindCounts {
  const counts = zeroKinds();
  for (const event of events) counts[event.type === 'flag' ? event.kind : event.type]++;
  return counts;
}

export interface DayBucket extends KindCounts {
  day: string;
  /** Bookings into a remote channel that day. */
  remoteBookings: number;
}

export interface ByDayOptions {
  timeZone?: string;
  /** Add empty days between the first and last day, for a chart (default true; at most ~10 years). */
  fillGaps?: boolean;
}

/** Counts per calendar day, oldest first. */
export function outcomesByDay(events: Iterable<LogEvent>, options: ByDayOptions = {}): DayBucket[] {
  const tz = options.timeZone ?? 'UTC';
  const buckets = new Map<string, DayBucket>();
  const bucket = (day: string): DayBucket => {
    let b = buckets.get(day);
    if (!b) {
      b = { day, ...zeroKinds(), remoteBookings: 0 };
      buckets.set(day, b);
    }
    return b;
  };
  for (const event of events) {
    const b = bucket(dayKey(event.time, tz));
    b[event.type === 'flag' ? event.kind : event.type]++;
    if (event.type === 'booking' && isRemote(event.channel)) b.remoteBookings++;
  }
  const days = [...buckets.keys()].sort();
  const first = days[0];
  const last = days[days.length - 1];
  if ((options.fillGaps ?? true) && first && last && first !== '' && days.length > 1) {
    for (let day = first, guard = 0; day < last && guard < 3700; day = nextDay(day), guard++) bucket(day);
  }
  return [...buckets.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

export interface PromptOutcomes {
  /** Prompts (cards) shown on these bookings. */
  shown: number;
  accepted: number;
  overridden: number;
  dismissed: number;
  ignored: number;
  /** Shown, with no response recorded at all. */
  noResponse: number;
}

export interface EquityRow {
  need: NeedOrNone | 'all';
  bookings: number;
  byChannel: Record<Channel, number>;
  /** Bookings into telephone, video, online or remote. */
  remote: number;
  /** remote / bookings; null when there are no bookings. */
  remoteShare: number | null;
  /** Bookings where a prompt was raised (the booking says so, or a flag event shares its hookInstance). */
  flagged: number;
  /** What happened to the prompts on these bookings (each card counted once, by its last response). */
  prompts: PromptOutcomes;
}

export interface EquityReport {
  /** One row per need with bookings (display order), then 'none'. A booking with two needs is in both rows. */
  rows: EquityRow[];
  /** Every booking once. */
  total: EquityRow;
  /** Prompts whose hookInstance has no booking event (abandoned, or booked elsewhere). */
  promptsWithoutBooking: number;
  /** Whether the patient's communication needs were known at booking (AIS "identify"). */
  needsKnown: NeedsKnown;
}

/**
 * Bookings where needs are known: the page showed recorded needs, or the receptionist asked the
 * patient ("ask the patient") and the answer was "no needs" or a need. A declined answer is not
 * knowing; a booking with neither is unknown (the page showed no needs and nobody asked).
 */
export interface NeedsKnown {
  bookings: number;
  recorded: number;
  askedNone: number;
  askedNeed: number;
  declined: number;
  /** (recorded + askedNone + askedNeed) / bookings; null with no bookings. */
  share: number | null;
}

type Response = Exclude<FlagEventKind, 'displayed'> | 'none';

function emptyRow(need: EquityRow['need']): EquityRow {
  return {
    need,
    bookings: 0,
    byChannel: Object.fromEntries(CHANNELS.map((c) => [c, 0])) as Record<Channel, number>,
    remote: 0,
    remoteShare: null,
    flagged: 0,
    prompts: { shown: 0, accepted: 0, overridden: 0, dismissed: 0, ignored: 0, noResponse: 0 },
  };
}

/** A report row being counted, with the hookInstances whose prompts it has counted already. */
interface Tally {
  row: EquityRow;
  /** So a re-booking does not count its prompts twice. */
  prompts: Set<string>;
}

type Booking = Extract<LogEvent, { type: 'booking' }>;

function count(tally: Tally, booking: Booking, remote: boolean, cards: Map<string, Response> | undefined) {
  const row = tally.row;
  row.bookings++;
  row.byChannel[booking.channel]++;
  if (remote) row.remote++;
  if (booking.flagged || cards) row.flagged++;
  if (!cards || tally.prompts.has(booking.hookInstance)) return;
  tally.prompts.add(booking.hookInstance);
  for (const response of cards.values()) {
    row.prompts.shown++;
    if (response === 'none') row.prompts.noResponse++;
    else row.prompts[response]++;
  }
}

/**
 * The equity report built event by event (in log order), so a page can feed 100,000 events in
 * slices; `equityReport` feeds it all at once. Written to allocate little per event.
 */
export class EquityTally {
  /** hookInstance -> card -> its last response (later events win; 'displayed' never replaces one). */
  private readonly cardsByHook = new Map<string, Map<string, Response>>();
  private readonly bookings: Booking[] = [];

  add(event: LogEvent): void {
    if (event.type === 'booking') {
      this.bookings.push(event);
      return;
    }
    if (event.type !== 'flag') return;
    let cards = this.cardsByHook.get(event.hookInstance);
    if (!cards) {
      cards = new Map();
      this.cardsByHook.set(event.hookInstance, cards);
    }
    if (event.kind !== 'displayed') cards.set(event.card, event.kind);
    else if (!cards.has(event.card)) cards.set(event.card, 'none');
  }

  /** The report for the events added so far. */
  report(): EquityReport {
    const tallies = new Map<NeedOrNone, Tally>();
    const tallyOf = (need: NeedOrNone): Tally => {
      let tally = tallies.get(need);
      if (!tally) {
        tally = { row: emptyRow(need), prompts: new Set() };
        tallies.set(need, tally);
      }
      return tally;
    };
    const total: Tally = { row: emptyRow('all'), prompts: new Set() };
    const known: NeedsKnown = {
      bookings: 0,
      recorded: 0,
      askedNone: 0,
      askedNeed: 0,
      declined: 0,
      share: null,
    };
    for (const booking of this.bookings) {
      known.bookings++;
      if (booking.needs.length > 0) known.recorded++;
      else if (booking.needsAsked?.answer === 'none') known.askedNone++;
      else if (booking.needsAsked?.answer === 'need') known.askedNeed++;
      else if (booking.needsAsked?.answer === 'declined') known.declined++;
      const cards = this.cardsByHook.get(booking.hookInstance);
      const remote = isRemote(booking.channel);
      count(total, booking, remote, cards);
      const needs = booking.needs;
      if (needs.length === 0) count(tallyOf('none'), booking, remote, cards);
      for (let i = 0; i < needs.length; i++) {
        const need = needs[i]!;
        // A need listed twice counts once.
        if (needs.indexOf(need) === i) count(tallyOf(need), booking, remote, cards);
      }
    }

    // The total has counted the prompts of every booked hookInstance.
    let promptsWithoutBooking = 0;
    for (const [hook, cards] of this.cardsByHook) {
      if (!total.prompts.has(hook)) promptsWithoutBooking += cards.size;
    }

    const order: NeedOrNone[] = [...NEED_CATEGORIES, 'none'];
    const ordered = order.flatMap((need) => {
      const tally = tallies.get(need);
      return tally ? [tally.row] : [];
    });
    for (const row of [...ordered, total.row]) {
      row.remoteShare = row.bookings > 0 ? row.remote / row.bookings : null;
    }
    known.share =
      known.bookings > 0 ? (known.recorded + known.askedNone + known.askedNeed) / known.bookings : null;
    return { rows: ordered, total: total.row, promptsWithoutBooking, needsKnown: known };
  }
}

/**
 * The equity report: for each need, bookings by channel, the share that went remote, how many were
 * flagged, and what receptionists did with the prompts. Flag events join bookings by hookInstance.
 */
export function equityReport(events: Iterable<LogEvent>): EquityReport {
  const tally = new EquityTally();
  for (const event of events) tally.add(event);
  return tally.report();
}
