import { describe, expect, it } from 'vitest';
import type { FlagEvent, FlagEventKind, LogEvent } from '../../../lib/events/schema';
import { NOISY_MAX_ACCEPTED, NOISY_MIN_SHOWN, ruleStats } from '../../../lib/log/rule-stats';

let n = 0;
function flag(ruleId: string, kind: FlagEventKind, extra: Partial<FlagEvent> = {}): LogEvent {
  n += 1;
  return {
    id: `e${n}:${kind}`,
    type: 'flag',
    kind,
    hookInstance: `h${n}`,
    time: '2026-01-01T10:00:00.000Z',
    siteId: 's',
    profileId: 'generic',
    userRole: 'receptionist',
    card: `c${n}`,
    ruleId,
    ruleVersion: 1,
    indicator: 'warning',
    needs: ['interpreter'],
    channelBefore: 'telephone',
    ...extra,
  };
}

const times = (count: number, make: () => LogEvent) => Array.from({ length: count }, make);

describe('rule statistics for the manager', () => {
  it('counts shown (and reminders) and gives each answer as a share of shown', () => {
    const stats = ruleStats([
      ...times(3, () => flag('a', 'displayed')),
      flag('a', 'displayed', { presentation: 'reminder' }),
      flag('a', 'accepted'),
      flag('a', 'overridden'),
      flag('a', 'dismissed'),
      flag('a', 'ignored'),
      { id: 'b1', type: 'audit', time: '2026-01-01T10:00:00.000Z', action: 'cleared', detail: 'x' },
    ]);
    expect(stats.a).toMatchObject({
      shown: 4,
      reminders: 1,
      accepted: 1,
      rates: { accepted: 0.25, overridden: 0.25, dismissed: 0.25, ignored: 0.25 },
      noisy: false,
    });
    expect(Object.keys(stats)).toEqual(['a']);
  });

  it(`marks a rule noisy from ${NOISY_MIN_SHOWN} showings with under ${NOISY_MAX_ACCEPTED * 100}% accepted`, () => {
    const noisy = ruleStats([
      ...times(NOISY_MIN_SHOWN, () => flag('n', 'displayed')),
      ...times(NOISY_MIN_SHOWN - 1, () => flag('n', 'overridden')),
      flag('n', 'accepted'),
    ]);
    expect(noisy.n?.noisy).toBe(true);
  });

  it('not noisy with too few showings, or with one in ten accepted', () => {
    const few = ruleStats(times(NOISY_MIN_SHOWN - 1, () => flag('f', 'displayed')));
    expect(few.f?.noisy).toBe(false);
    const ok = ruleStats([
      ...times(NOISY_MIN_SHOWN, () => flag('o', 'displayed')),
      ...times(NOISY_MIN_SHOWN * NOISY_MAX_ACCEPTED, () => flag('o', 'accepted')),
    ]);
    expect(ok.o?.noisy).toBe(false);
  });

  it('answers without a showing in the log (retention dropped it) have no rate', () => {
    expect(ruleStats([flag('r', 'accepted')]).r?.rates.accepted).toBeNull();
  });
});
