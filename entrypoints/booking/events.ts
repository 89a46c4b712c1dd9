/**
 * Builds FlagEvents and BookingEvents (lib/events) and hands them to the background through the
 * durable outbox in extension storage (lib/events/outbox.ts), where they outlive this page and a
 * stopped service worker. Ids are stable (card uuid + kind), so a re-render or a reload never stores
 * one twice.
 */
import { askAgain, withDeadline } from '../../lib/deadline';
import { bookingEventId, OutboxWriter } from '../../lib/events/outbox';
import type { BookingEvent, FlagEvent, FlagEventKind } from '../../lib/events/schema';
import type { BookingContext, Channel, Prompt } from '../../lib/model';
import { messaging } from '../../platform/protocol';
import { writeOutbox } from './native-api';

type Outgoing = FlagEvent | BookingEvent;

/** Asks, within about 5 s in all, until the background has drained these events into the log. */
const NUDGE = { attempts: 5, firstWaitMs: 300, maxWaitMs: 2000 };

/**
 * This page's outbox: each event is written to storage in the task that recorded it, then the page
 * tells the background, which drains those keys and answers which are still waiting. The storage
 * change alone can be lost to a worker that is stopping; the message starts a stopped one.
 */
export class EventOutbox extends OutboxWriter<Outgoing> {
  constructor(onError: (where: string, error: unknown) => void) {
    super({
      write: (items) => writeOutbox(items),
      onError: (error) => onError('log', error),
      written: (ids) => {
        let waiting = ids;
        askAgain(async () => {
          const answer = messaging.sendMessage('outboxWritten', { ids: waiting });
          waiting = (await withDeadline(answer, 2000, 'outboxWritten')).pending;
          if (waiting.length > 0) throw new Error(`${waiting.length} events not yet in the log`);
        }, NUDGE).catch(() => undefined); // still in the outbox: drained at the worker's next start
      },
    });
  }
}

export interface EventScope {
  hookInstance: string;
  context: BookingContext;
}

export function flagEvent(
  scope: EventScope,
  prompt: Prompt,
  kind: FlagEventKind,
  extra: Partial<
    Pick<FlagEvent, 'acceptedSuggestions' | 'overrideReason' | 'channelAfter' | 'presentation'>
  > = {},
): FlagEvent {
  const now = new Date().toISOString();
  const outcome =
    kind === 'accepted'
      ? 'accepted'
      : kind === 'overridden' || kind === 'dismissed'
        ? 'overridden'
        : undefined;
  return {
    id: `${prompt.uuid}:${kind}`,
    type: 'flag',
    kind,
    hookInstance: scope.hookInstance,
    time: now,
    siteId: scope.context.siteId,
    profileId: scope.context.profileId,
    ...(scope.context.patientRef ? { patientRef: scope.context.patientRef } : {}),
    userRole: 'receptionist',
    card: prompt.uuid,
    ...(outcome ? { outcome, outcomeTimestamp: now } : {}),
    ruleId: prompt.ruleId,
    ruleVersion: prompt.ruleVersion,
    indicator: prompt.indicator,
    needs: prompt.needs,
    channelBefore: prompt.channel,
    ...extra,
  };
}

export function bookingEvent(
  scope: EventScope,
  channel: Channel,
  ruleIds: string[],
  needsAsked?: BookingEvent['needsAsked'],
): BookingEvent {
  const needs = [...new Set(scope.context.needs.map((n) => n.category))];
  return {
    id: bookingEventId(scope.hookInstance),
    type: 'booking',
    hookInstance: scope.hookInstance,
    time: new Date().toISOString(),
    siteId: scope.context.siteId,
    profileId: scope.context.profileId,
    ...(scope.context.patientRef ? { patientRef: scope.context.patientRef } : {}),
    userRole: 'receptionist',
    needs,
    channel,
    flagged: ruleIds.length > 0,
    ruleIds,
    ...(needsAsked ? { needsAsked } : {}),
  };
}
