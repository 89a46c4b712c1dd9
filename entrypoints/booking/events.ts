/**
 * Builds FlagEvents and BookingEvents (lib/events) and hands them to the background through the
 * durable outbox in extension storage (lib/events/outbox.ts), where they outlive this page and a
 * stopped service worker. Ids are stable (card uuid + kind), so a re-render or a reload never stores
 * one twice.
 */
import { bookingEventId, OutboxWriter } from '../../lib/events/outbox';
import type { BookingEvent, FlagEvent, FlagEventKind } from '../../lib/events/schema';
import type { BookingContext, Channel, Prompt } from '../../lib/model';
import { setExtensionStorage } from './native-api';

type Outgoing = FlagEvent | BookingEvent;

/** This page's outbox: each event is written to storage in the task that recorded it. */
export class EventOutbox extends OutboxWriter<Outgoing> {
  constructor(onError: (where: string, error: unknown) => void) {
    super({
      write: (items) => setExtensionStorage(items),
      onError: (error) => onError('log', error),
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
