/**
 * Builds FlagEvents and BookingEvents (lib/events) and keeps them until the background acknowledges
 * them. Ids are stable (card uuid + kind), so a retry or a re-render never stores one twice.
 */
import type { BookingEvent, FlagEvent, FlagEventKind } from '../../lib/events/schema';
import type { BookingContext, Channel, Prompt } from '../../lib/model';
import { messaging } from '../../platform/protocol';

type Outgoing = FlagEvent | BookingEvent;

export class EventOutbox {
  private readonly pending = new Map<string, Outgoing>();
  private readonly sent = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private backoff = 500;
  private flushing = false;

  constructor(private readonly onError: (where: string, error: unknown) => void) {}

  /** Queues an event once: the same id is never queued again in this page. */
  add(event: Outgoing): void {
    if (this.sent.has(event.id) || this.pending.has(event.id)) return;
    this.pending.set(event.id, event);
    this.schedule(0);
  }

  private schedule(delay: number): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, delay);
  }

  async flush(): Promise<void> {
    if (this.flushing || this.pending.size === 0) return;
    this.flushing = true;
    const batch = [...this.pending.values()];
    try {
      const result = await messaging.sendMessage('logEvents', { events: batch });
      for (const id of result.acknowledged) {
        this.pending.delete(id);
        this.sent.add(id);
      }
      for (const rejected of result.rejected) {
        if (rejected.id) this.pending.delete(rejected.id);
        this.onError('log', new Error(`Event rejected by the log: ${rejected.message}`));
      }
      this.backoff = 500;
    } catch {
      // The background may be restarting: keep the events and try again later.
      this.backoff = Math.min(this.backoff * 2, 30_000);
    } finally {
      this.flushing = false;
    }
    // After a success, events that arrived meanwhile go at once (the page may be about to unload).
    if (this.pending.size > 0) this.schedule(this.backoff === 500 ? 0 : this.backoff);
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  get size(): number {
    return this.pending.size;
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
  extra: Partial<Pick<FlagEvent, 'acceptedSuggestions' | 'overrideReason' | 'channelAfter'>> = {},
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

export function bookingEvent(scope: EventScope, channel: Channel, ruleIds: string[]): BookingEvent {
  const needs = [...new Set(scope.context.needs.map((n) => n.category))];
  return {
    id: `${scope.hookInstance}:booking`,
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
  };
}
