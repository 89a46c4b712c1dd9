import { describe, expect, it } from 'vitest';
import type { BookingEvent, LogEvent } from '../../../lib/events/schema';
import { countsByKind, dayKey, equityReport, eventFilter, outcomesByDay } from '../../../lib/log/summary';
import type { NeedCategory } from '../../../lib/model';
import { audit, booking, flag } from './fixtures';

const D10 = '2025-03-10T10:00:00.000Z';
const D11 = '2025-03-11T10:00:00.000Z';
const D13 = '2025-03-13T10:00:00.000Z';

/**
 * Hand-built: seven bookings' worth of events.
 * h1 interpreter: prompt c1 overridden, booked telephone.
 * h2 interpreter + hearing: prompt c2 accepted (moved to face-to-face), booked face-to-face.
 * h3 no need: booked video, no prompt.
 * h4 learning disability (rule r-ld): prompt c4 ignored, booked telephone.
 * h5 interpreter: prompt c5 dismissed, prompt c6 shown with no response, booked online.
 * h6 interpreter: prompt c7 shown, never booked.
 * h7 no need, site-b: booked face-to-face.
 */
const events: LogEvent[] = [
  flag('h1-c1-shown', { hookInstance: 'h1', card: 'c1', time: D10 }),
  flag('h1-c1-over', {
    hookInstance: 'h1',
    card: 'c1',
    time: D10,
    kind: 'overridden',
    outcome: 'overridden',
  }),
  booking('h1-b', { hookInstance: 'h1', time: D10, channel: 'telephone' }),
  flag('h2-c2-shown', {
    hookInstance: 'h2',
    card: 'c2',
    time: D10,
    needs: ['interpreter', 'hearing-impairment'],
  }),
  flag('h2-c2-acc', {
    hookInstance: 'h2',
    card: 'c2',
    time: D10,
    kind: 'accepted',
    outcome: 'accepted',
    needs: ['interpreter', 'hearing-impairment'],
    channelAfter: 'face-to-face',
  }),
  booking('h2-b', { hookInstance: 'h2', time: D10, needs: ['interpreter', 'hearing-impairment'] }),
  booking('h3-b', {
    hookInstance: 'h3',
    time: D11,
    needs: [],
    channel: 'video',
    flagged: false,
    ruleIds: [],
  }),
  flag('h4-c4-shown', {
    hookInstance: 'h4',
    card: 'c4',
    time: D11,
    needs: ['learning-disability'],
    ruleId: 'r-ld',
  }),
  flag('h4-c4-ign', {
    hookInstance: 'h4',
    card: 'c4',
    time: D11,
    kind: 'ignored',
    needs: ['learning-disability'],
    ruleId: 'r-ld',
  }),
  booking('h4-b', {
    hookInstance: 'h4',
    time: D11,
    needs: ['learning-disability'],
    channel: 'telephone',
    ruleIds: ['r-ld'],
  }),
  flag('h5-c5-shown', { hookInstance: 'h5', card: 'c5', time: D13 }),
  flag('h5-c5-dis', { hookInstance: 'h5', card: 'c5', time: D13, kind: 'dismissed' }),
  flag('h5-c6-shown', { hookInstance: 'h5', card: 'c6', time: D13 }),
  booking('h5-b', { hookInstance: 'h5', time: D13, channel: 'online' }),
  flag('h6-c7-shown', { hookInstance: 'h6', card: 'c7', time: D13 }),
  booking('h7-b', {
    hookInstance: 'h7',
    time: D13,
    siteId: 'site-b',
    needs: [],
    channel: 'face-to-face',
    flagged: false,
    ruleIds: [],
  }),
  audit('a1', { time: D13 }),
];

const count = (filter: Parameters<typeof eventFilter>[0]) => events.filter(eventFilter(filter)).length;

describe('eventFilter', () => {
  it('filters by each field', () => {
    expect(count({})).toBe(17);
    expect(count({ need: 'interpreter' })).toBe(11);
    expect(count({ need: 'none' })).toBe(2);
    expect(count({ siteId: 'site-b' })).toBe(1);
    expect(count({ ruleId: 'r-ld' })).toBe(3);
    expect(count({ kind: 'displayed' })).toBe(6);
    expect(count({ type: 'audit' })).toBe(1);
    expect(count({ type: 'booking', channel: 'any-remote' })).toBe(4);
    expect(count({ channel: 'video' })).toBe(1);
    expect(count({ channel: 'face-to-face', type: 'flag' })).toBe(1); // h2's channelAfter
    expect(count({ from: '2025-03-11', to: '2025-03-11' })).toBe(4);
    expect(count({ from: '2025-03-11T00:00:00Z' })).toBe(11);
    expect(count({ to: '2025-03-10' })).toBe(6);
    expect(count({ need: 'interpreter', kind: 'accepted' })).toBe(1);
  });

  it('uses the given time zone for date-only bounds', () => {
    // 23:30 UTC on 10 June is 00:30 on 11 June in London (BST).
    const late = booking('late', { time: '2025-06-10T23:30:00.000Z' });
    expect(eventFilter({ from: '2025-06-11' })(late)).toBe(false);
    expect(eventFilter({ from: '2025-06-11', timeZone: 'Europe/London' })(late)).toBe(true);
    expect(dayKey(late.time, 'Europe/London')).toBe('2025-06-11');
    expect(dayKey(late.time)).toBe('2025-06-10');
  });
});

describe('countsByKind', () => {
  it('counts flag kinds, bookings and audit notes', () => {
    expect(countsByKind(events)).toEqual({
      displayed: 6,
      accepted: 1,
      overridden: 1,
      dismissed: 1,
      ignored: 1,
      booking: 6,
      audit: 1,
    });
  });
});

describe('outcomesByDay', () => {
  it('buckets per day, oldest first, filling empty days', () => {
    const days = outcomesByDay(events);
    expect(days.map((d) => d.day)).toEqual(['2025-03-10', '2025-03-11', '2025-03-12', '2025-03-13']);
    expect(days[0]).toMatchObject({
      displayed: 2,
      accepted: 1,
      overridden: 1,
      booking: 2,
      remoteBookings: 1,
    });
    expect(days[1]).toMatchObject({ displayed: 1, ignored: 1, booking: 2, remoteBookings: 2 });
    expect(days[2]).toMatchObject({ displayed: 0, booking: 0, remoteBookings: 0 });
    expect(days[3]).toMatchObject({ displayed: 3, dismissed: 1, booking: 2, remoteBookings: 1, audit: 1 });
    expect(outcomesByDay(events, { fillGaps: false })).toHaveLength(3);
    expect(outcomesByDay([])).toEqual([]);
  });
});

describe('equityReport', () => {
  const report = equityReport(events);
  const row = (need: string) => report.rows.find((r) => r.need === need);

  it('lists needs in display order, then no recorded need', () => {
    expect(report.rows.map((r) => r.need)).toEqual([
      'interpreter',
      'hearing-impairment',
      'learning-disability',
      'none',
    ]);
  });

  it('gives bookings by channel and the remote share per need', () => {
    expect(row('interpreter')).toMatchObject({
      bookings: 3,
      byChannel: { telephone: 1, 'face-to-face': 1, online: 1, video: 0 },
      remote: 2,
      flagged: 3,
    });
    expect(row('interpreter')?.remoteShare).toBeCloseTo(2 / 3);
    expect(row('hearing-impairment')).toMatchObject({ bookings: 1, remote: 0, remoteShare: 0, flagged: 1 });
    expect(row('learning-disability')).toMatchObject({ bookings: 1, remote: 1, remoteShare: 1, flagged: 1 });
    expect(row('none')).toMatchObject({ bookings: 2, remote: 1, remoteShare: 0.5, flagged: 0 });
    expect(report.total).toMatchObject({
      need: 'all',
      bookings: 6,
      byChannel: {
        telephone: 2,
        'face-to-face': 2,
        online: 1,
        video: 1,
        'home-visit': 0,
        remote: 0,
        unknown: 0,
      },
      remote: 4,
      flagged: 4,
    });
    expect(report.total.remoteShare).toBeCloseTo(4 / 6);
  });

  it('joins prompt outcomes to bookings by hookInstance, each card once by its last response', () => {
    expect(row('interpreter')?.prompts).toEqual({
      shown: 4,
      accepted: 1,
      overridden: 1,
      dismissed: 1,
      ignored: 0,
      noResponse: 1,
    });
    expect(row('hearing-impairment')?.prompts).toMatchObject({ shown: 1, accepted: 1 });
    expect(row('learning-disability')?.prompts).toMatchObject({ shown: 1, ignored: 1 });
    expect(row('none')?.prompts.shown).toBe(0);
    expect(report.total.prompts).toEqual({
      shown: 5,
      accepted: 1,
      overridden: 1,
      dismissed: 1,
      ignored: 1,
      noResponse: 1,
    });
    expect(report.promptsWithoutBooking).toBe(1);
  });

  it('counts a re-booking as a booking but not its prompts twice; copes with no events', () => {
    const again = equityReport([
      ...events,
      booking('h1-b2', { hookInstance: 'h1', time: D13, channel: 'telephone' }),
    ]);
    expect(again.rows[0]).toMatchObject({ need: 'interpreter', bookings: 4, flagged: 4 });
    expect(again.rows[0]?.prompts.shown).toBe(4);
    expect(equityReport([]).rows).toEqual([]);
    expect(equityReport([]).total.remoteShare).toBeNull();
  });

  it('counts a need listed twice on a booking once', () => {
    const twice = equityReport([
      booking('b-twice', {
        hookInstance: 'h-twice',
        needs: ['interpreter', 'interpreter'],
        channel: 'video',
      }),
    ]);
    expect(twice.rows).toHaveLength(1);
    expect(twice.rows[0]).toMatchObject({ need: 'interpreter', bookings: 1, remote: 1 });
    expect(twice.total.bookings).toBe(1);
  });
});

describe('equity report: share of bookings where needs are known', () => {
  const asked = (id: string, needs: NeedCategory[], asked?: BookingEvent['needsAsked']): LogEvent => ({
    id: `booking:${id}`,
    type: 'booking',
    hookInstance: id,
    time: '2026-01-01T10:00:00.000Z',
    siteId: 's',
    profileId: 'generic',
    userRole: 'receptionist',
    needs,
    channel: 'telephone',
    flagged: false,
    ruleIds: [],
    ...(asked ? { needsAsked: asked } : {}),
  });

  it('recorded needs and answered asks are known; declined and never asked are not', () => {
    const { needsKnown } = equityReport([
      asked('a', ['interpreter']),
      asked('b', [], { answer: 'none' }),
      asked('c', [], { answer: 'need', need: 'easy-read' }),
      asked('d', [], { answer: 'declined' }),
      asked('e', []),
    ]);
    expect(needsKnown).toEqual({
      bookings: 5,
      recorded: 1,
      askedNone: 1,
      askedNeed: 1,
      declined: 1,
      share: 0.6,
    });
  });

  it('no bookings: no share', () => {
    expect(equityReport([]).needsKnown.share).toBeNull();
  });
});
