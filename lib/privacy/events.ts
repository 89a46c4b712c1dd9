/**
 * Screening of events on their way into the log (platform/log-service.ts). The booking script
 * screens a comment before it writes the event, but the log must not rely on that: an event can
 * reach the outbox some other way, so the background screens every override comment again.
 */
import { COMMENT_MAX, type ScreenedKind, screenText } from './screen';

export interface ScreenedEvents {
  events: unknown[];
  /** Ids of the events whose comment was changed, with what was removed. */
  changed: Array<{ id: string; removed: ScreenedKind[] }>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Events as given, except that a flag event's override comment is screened (a copy; input untouched). */
export function screenEvents(events: readonly unknown[]): ScreenedEvents {
  const changed: ScreenedEvents['changed'] = [];
  const out = events.map((event) => {
    if (!isRecord(event) || event.type !== 'flag' || !isRecord(event.overrideReason)) return event;
    const comment = event.overrideReason.userComment;
    if (typeof comment !== 'string') return event;
    // Markers are longer than some of what they replace: the result is cut to what the log takes,
    // so a screened comment can never make a valid event invalid (and lost).
    const screened = screenText(comment);
    if (screened.removed.length === 0) return event;
    changed.push({ id: typeof event.id === 'string' ? event.id : '', removed: screened.removed });
    return {
      ...event,
      overrideReason: { ...event.overrideReason, userComment: screened.text.slice(0, COMMENT_MAX) },
    };
  });
  return { events: out, changed };
}
