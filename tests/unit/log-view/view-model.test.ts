import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../../../lib/events/schema';
import { countsByKind, dayKey, equityReport, eventFilter, outcomesByDay } from '../../../lib/log/summary';
import {
  bucketsByDay,
  channelText,
  chartData,
  detailFields,
  eventLabel,
  filterChoices,
  filterRows,
  formatRate,
  makeDayKeyer,
  needLabel,
  niceMax,
  noteText,
  responseRates,
  summarise,
  summariseInSlices,
  toLogFilter,
  toViewRow,
  type ViewFilter,
  type ViewRow,
  verifySummary,
} from '../../../lib/log/view-model';
import { audit, booking, flag } from '../log/fixtures';

const H = 'a'.repeat(64);

function rows(events: LogEvent[], timeZone = 'UTC'): ViewRow[] {
  const dayOf = makeDayKeyer(timeZone);
  return events.map((event, i) => toViewRow({ seq: i + 1, hash: H, prev: H, event }, dayOf));
}

/** A varied set of events over a few days, crossing the UK clock change (30 March 2025). */
function sample(): LogEvent[] {
  const out: LogEvent[] = [];
  const kinds = ['displayed', 'accepted', 'overridden', 'dismissed', 'ignored'] as const;
  const channels = ['telephone', 'video', 'face-to-face', 'online'] as const;
  for (let i = 0; i < 400; i++) {
    const time = new Date(Date.UTC(2025, 2, 28, 20) + i * 17 * 60_000).toISOString();
    const hook = `h-${i >> 2}`;
    if (i % 4 === 3) {
      out.push(
        booking(`b-${i}`, {
          time,
          hookInstance: hook,
          siteId: i % 8 === 3 ? 'site-a' : 'site-b',
          channel: channels[i % 4]!,
          needs: i % 12 === 3 ? [] : i % 12 === 7 ? ['bsl-interpreter', 'interpreter'] : ['interpreter'],
          flagged: i % 12 !== 3,
          ruleIds: i % 12 === 3 ? [] : ['interpreter-remote'],
        }),
      );
    } else {
      out.push(
        flag(`f-${i}`, {
          time,
          hookInstance: hook,
          card: `c-${i % 4}`,
          kind: kinds[i % 5]!,
          siteId: i % 2 ? 'site-a' : 'site-b',
          ruleId: i % 3 ? 'interpreter-remote' : 'bsl-remote',
          needs: i % 3 ? ['interpreter'] : ['bsl-interpreter'],
          channelBefore: channels[i % 4]!,
          ...(i % 5 === 1 ? { channelAfter: 'face-to-face' as const } : {}),
        }),
      );
    }
  }
  out.push(
    audit('a-1', { time: '2025-03-30T12:00:00.000Z', action: 'cleared', detail: 'Log cleared: test' }),
  );
  return out;
}

describe('makeDayKeyer', () => {
  it('agrees with dayKey for every quarter hour across the clock changes, in several zones', () => {
    for (const tz of ['UTC', 'Europe/London', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham']) {
      const keyer = makeDayKeyer(tz);
      for (let ms = Date.UTC(2025, 2, 28); ms < Date.UTC(2025, 3, 2); ms += 7 * 60_000 + 13_000) {
        expect(keyer(ms), `${tz} ${new Date(ms).toISOString()}`).toBe(dayKey(new Date(ms).toISOString(), tz));
      }
    }
  });
  it('gives an empty day for an unreadable time', () => {
    expect(makeDayKeyer('UTC')(Number.NaN)).toBe('');
  });
});

describe('filterRows', () => {
  const events = sample();
  const filters: ViewFilter[] = [
    {},
    { siteId: 'site-a' },
    { ruleId: 'bsl-remote' },
    { need: 'bsl-interpreter' },
    { need: 'none' },
    { outcome: 'accepted' },
    { outcome: 'booking' },
    { outcome: 'audit' },
    { channel: 'any-remote' },
    { channel: 'face-to-face', outcome: 'booking' },
    { from: '2025-03-30' },
    { to: '2025-03-29' },
    { from: '2025-03-29', to: '2025-03-30', need: 'interpreter', siteId: 'site-b' },
  ];
  for (const tz of ['UTC', 'Europe/London']) {
    it(`keeps exactly what eventFilter keeps (${tz})`, () => {
      const view = rows(events, tz);
      for (const filter of filters) {
        const kept = filterRows(view, filter).map((i) => view[i]!.event.id);
        const expected = events
          .filter(eventFilter({ ...toLogFilter(filter), from: filter.from, to: filter.to, timeZone: tz }))
          .map((e) => e.id);
        expect(kept, JSON.stringify(filter)).toEqual(expected);
      }
    });
  }
  it('ignores a malformed date and empty values', () => {
    const view = rows(events);
    expect(filterRows(view, { from: '30/03/2025', siteId: '' }).length).toBe(view.length);
  });
});

describe('summaries', () => {
  const events = sample();
  it('bucketsByDay matches outcomesByDay', () => {
    for (const tz of ['UTC', 'Europe/London']) {
      expect(bucketsByDay(rows(events, tz))).toEqual(outcomesByDay(events, { timeZone: tz }));
    }
  });
  it('summarise counts the filtered rows in log order', () => {
    const view = rows(events);
    const kept = filterRows(view, { siteId: 'site-a' });
    const summary = summarise(view, kept);
    const total = Object.values(summary.counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(kept.length);
    expect(summary.days.reduce((n, d) => n + d.accepted, 0)).toBe(summary.counts.accepted);
    expect(summary.equity.total.bookings).toBe(summary.counts.booking);
  });
  it("summarise of every row is the library's counts, days and equity report", () => {
    const view = rows(events, 'Europe/London');
    const summary = summarise(view);
    expect(summary.counts).toEqual(countsByKind(events));
    expect(summary.days).toEqual(outcomesByDay(events, { timeZone: 'Europe/London' }));
    expect(summary.equity).toEqual(equityReport(events));
    expect(summarise(view, filterRows(view, {}))).toEqual(summary);
  });
  it('summariseInSlices gives what summarise gives, pausing between slices, and stops when cancelled', async () => {
    const view = rows(events);
    const kept = filterRows(view, { channel: 'any-remote' });
    let pauses = 0;
    const pause = async () => {
      pauses++;
    };
    expect(await summariseInSlices(view, kept, { slice: 50, pause })).toEqual(summarise(view, kept));
    expect(pauses).toBe(Math.ceil(kept.length / 50));
    expect(await summariseInSlices(view, undefined, { slice: 64, pause })).toEqual(summarise(view));
    let slices = 0;
    const cancelled = await summariseInSlices(view, undefined, {
      slice: 100,
      pause,
      cancelled: () => ++slices === 2,
    });
    expect(cancelled).toBeNull();
    expect(slices).toBe(2);
  });
  it('rates are shares of prompts shown, and none without prompts', () => {
    const zero = { displayed: 0, accepted: 0, overridden: 0, dismissed: 0, ignored: 0, booking: 3, audit: 0 };
    expect(responseRates(zero).accepted).toBeNull();
    const rates = responseRates({ ...zero, displayed: 8, accepted: 6, overridden: 1 });
    expect(rates.accepted).toBe(0.75);
    expect(formatRate(rates.accepted)).toBe('75%');
    expect(formatRate(rates.overridden)).toBe('12.5%');
    expect(formatRate(null)).toBe('–');
  });
  it('filterChoices lists what the log holds', () => {
    const choices = filterChoices(rows(events));
    expect(choices.sites).toEqual(['site-a', 'site-b']);
    expect(choices.rules).toEqual(['bsl-remote', 'interpreter-remote']);
    expect(choices.needs).toEqual(['interpreter', 'bsl-interpreter', 'none']);
    expect(choices.firstDay).toBe('2025-03-28');
    expect(choices.lastDay).toBe('2025-04-02');
  });
});

describe('chartData', () => {
  const day = (d: string, accepted: number) => ({
    day: d,
    displayed: 0,
    accepted,
    overridden: 0,
    dismissed: 0,
    ignored: 0,
    booking: 1,
    audit: 0,
    remoteBookings: 0,
  });
  it('keeps days when there are few', () => {
    const data = chartData([day('2025-03-09', 1), day('2025-03-10', 2)]);
    expect(data.unit).toBe('day');
    expect(data.points.map((p) => p.label)).toEqual(['9 Mar 2025', '10 Mar 2025']);
  });
  it('groups by ISO week, then by month, when there are many days', () => {
    const days = Array.from({ length: 100 }, (_, i) =>
      day(new Date(Date.UTC(2025, 2, 9) + i * 86_400_000).toISOString().slice(0, 10), 1),
    );
    const weeks = chartData(days);
    expect(weeks.unit).toBe('week');
    expect(weeks.points[0]).toMatchObject({
      label: 'Week of 3 Mar 2025',
      start: '2025-03-09',
      end: '2025-03-09',
    });
    expect(weeks.points[1]!.values.accepted).toBe(7);
    expect(weeks.points.reduce((n, p) => n + p.values.accepted, 0)).toBe(100);
    const months = chartData(days, 10);
    expect(months.unit).toBe('month');
    expect(months.points.map((p) => p.label)).toEqual(['Mar 2025', 'Apr 2025', 'May 2025', 'Jun 2025']);
  });
  it('niceMax rounds up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 7, 10, 11, 120, 501].map(niceMax)).toEqual([1, 1, 5, 10, 10, 20, 200, 1000]);
  });
});

describe('words', () => {
  it('labels events, channels, needs and notes', () => {
    expect(eventLabel(flag('x', { kind: 'ignored' }))).toBe('Booked without a response');
    expect(eventLabel(audit('x', { action: 'cleared' }))).toBe('Audit: log cleared');
    expect(channelText(flag('x', { channelBefore: 'telephone', channelAfter: 'face-to-face' }))).toBe(
      'telephone → face-to-face',
    );
    expect(channelText(booking('x', { channel: 'video' }))).toBe('video');
    expect(needLabel('none')).toBe('No recorded need');
    expect(needLabel('interpreter')).toMatch(/Interpreter/);
    expect(
      noteText(
        flag('x', {
          kind: 'overridden',
          overrideReason: {
            reason: { system: 's', code: 'c', display: 'Patient prefers phone' },
            userComment: 'asked',
          },
        }),
      ),
    ).toBe('Patient prefers phone: asked');
  });
  it('detailFields lists every field with hash and prev, and a patient reference only when present', () => {
    const base = { seq: 7, hash: 'b'.repeat(64), prev: 'c'.repeat(64) };
    const without = detailFields({
      ...base,
      event: flag('x', {
        kind: 'overridden',
        overrideReason: { reason: { system: 's', code: 'c1', display: 'd' } },
      }),
    });
    const labels = without.map(([label]) => label);
    expect(without.slice(0, 3)).toEqual([
      ['Sequence number', '7'],
      ['Hash', 'b'.repeat(64)],
      ['Previous hash', 'c'.repeat(64)],
    ]);
    expect(labels.slice(3, 7)).toEqual(['Event id', 'Type', 'Kind', 'Time (UTC)']);
    expect(labels).toContain('Override reason: reason code');
    expect(labels).toContain('Needs');
    expect(labels).not.toContain('Patient reference (pseudonymous)');
    const withRef = detailFields({ ...base, event: booking('y', { patientRef: 'f'.repeat(64) }) });
    expect(withRef).toContainEqual(['Patient reference (pseudonymous)', 'f'.repeat(64)]);
    expect(withRef).toContainEqual(['Flagged', 'yes']);
    // Storage may return keys in any order; unknown fields come last.
    const shuffled = detailFields({ ...base, event: { zzz: 1, ...booking('z', { needs: [] }) } as never });
    expect(shuffled.at(-1)).toEqual(['zzz', '1']);
    expect(shuffled).toContainEqual(['Needs', 'none']);
  });
  it('verifySummary says intact or altered with the first broken record', () => {
    expect(verifySummary({ ok: true, count: 100000 })).toBe('Log intact: 100,000 events checked');
    expect(
      verifySummary({ ok: false, firstBrokenSeq: 42, chunkId: 0, reason: 'hash-mismatch', message: '' }),
    ).toBe('Log altered: first broken record #42 (changed after it was written)');
  });
});
