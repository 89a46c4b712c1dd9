/**
 * How each rule's prompts fare, for the manager beside each rule in the options page: how often it
 * was shown (and how often only as a reminder) and the share accepted, overridden, dismissed and
 * ignored. A rule is marked noisy when it has been shown at least NOISY_MIN_SHOWN times and fewer
 * than NOISY_MAX_ACCEPTED of its prompts were accepted.
 *
 * Why these numbers: published override rates of clinical alerts run from about half to almost all of
 * them, and each alert nobody acts on makes the next less likely to be read (the fatigue this
 * governor is for). A rule whose fix is taken less than once in ten showings is at the bad end of that
 * range, where it mostly trains people to click past. Twenty showings keep a handful of unusual
 * bookings from marking a rule. Reminders count as showings: a rule that is only ever shown as a
 * reminder and never acted on is noisy too.
 */
import type { LogEvent } from '../events/schema';

export const NOISY_MIN_SHOWN = 20;
export const NOISY_MAX_ACCEPTED = 0.1;

export interface RuleStats {
  ruleId: string;
  shown: number;
  /** Of `shown`, how many only as a one-line reminder. */
  reminders: number;
  accepted: number;
  overridden: number;
  dismissed: number;
  ignored: number;
  /** Shares of `shown` (null until shown). */
  rates: {
    accepted: number | null;
    overridden: number | null;
    dismissed: number | null;
    ignored: number | null;
  };
  noisy: boolean;
}

type Counts = Omit<RuleStats, 'ruleId' | 'rates' | 'noisy'>;

/** Adds events one at a time (the background reads the log chunk by chunk). */
export class RuleStatsTally {
  private readonly byRule = new Map<string, Counts>();

  add(event: LogEvent): void {
    if (event.type !== 'flag') return;
    let counts = this.byRule.get(event.ruleId);
    if (!counts) {
      counts = { shown: 0, reminders: 0, accepted: 0, overridden: 0, dismissed: 0, ignored: 0 };
      this.byRule.set(event.ruleId, counts);
    }
    if (event.kind === 'displayed') {
      counts.shown++;
      if (event.presentation === 'reminder') counts.reminders++;
    } else {
      counts[event.kind]++;
    }
  }

  result(): Record<string, RuleStats> {
    const out: Record<string, RuleStats> = {};
    for (const [ruleId, counts] of this.byRule) {
      const rate = (n: number) => (counts.shown > 0 ? n / counts.shown : null);
      const accepted = rate(counts.accepted);
      out[ruleId] = {
        ruleId,
        ...counts,
        rates: {
          accepted,
          overridden: rate(counts.overridden),
          dismissed: rate(counts.dismissed),
          ignored: rate(counts.ignored),
        },
        noisy: counts.shown >= NOISY_MIN_SHOWN && (accepted ?? 0) < NOISY_MAX_ACCEPTED,
      };
    }
    return out;
  }
}

export function ruleStats(events: Iterable<LogEvent>): Record<string, RuleStats> {
  const tally = new RuleStatsTally();
  for (const event of events) tally.add(event);
  return tally.result();
}
