/**
 * What the log records. FlagEvent follows the CDS Hooks feedback shape (card, outcome,
 * acceptedSuggestions, overrideReason, outcomeTimestamp) plus local fields (DOMAIN.md section 9
 * item 4). `displayed`, `dismissed` and `ignored` are local kinds: CDS Hooks sends nothing for an
 * ignored card, but auditors need the denominators. BookingEvent is one confirmed booking.
 * No names, NHS numbers or page free text: only categories, channels, rule ids and outcomes.
 */
import { z } from 'zod';
import { Channel, Coding, NeedCategory } from '../model';

export const FLAG_EVENT_KINDS = ['displayed', 'accepted', 'overridden', 'dismissed', 'ignored'] as const;
export const FlagEventKind = z.enum(FLAG_EVENT_KINDS);
export type FlagEventKind = z.infer<typeof FlagEventKind>;

const Id = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\w:.-]+$/, 'Event ids hold only letters, digits and : . _ -');

const Common = {
  /** Stable id: a retry or a re-render of the same thing produces the same id, so it is stored once. */
  id: Id,
  /** The booking this belongs to (CDS Hooks hookInstance). */
  hookInstance: Id,
  /** ISO 8601 UTC. */
  time: z.iso.datetime(),
  siteId: z.string().min(1).max(120),
  profileId: z.string().min(1).max(120),
  /** Pseudonymous patient reference (salted hash), only when a manager enabled it. */
  patientRef: z.string().max(128).optional(),
  userRole: z.literal('receptionist').default('receptionist'),
};

export const FlagEvent = z.object({
  ...Common,
  type: z.literal('flag'),
  kind: FlagEventKind,
  /** CDS Hooks feedback: the card uuid. */
  card: Id,
  /** CDS Hooks feedback outcome; absent for the local kinds displayed and ignored. */
  outcome: z.enum(['accepted', 'overridden']).optional(),
  acceptedSuggestions: z
    .array(z.object({ id: z.string().min(1).max(100) }))
    .max(10)
    .optional(),
  overrideReason: z
    .object({ reason: Coding.optional(), userComment: z.string().max(500).optional() })
    .optional(),
  outcomeTimestamp: z.iso.datetime().optional(),
  ruleId: z.string().min(1).max(100),
  ruleVersion: z.number().int().nonnegative(),
  indicator: z.enum(['info', 'warning', 'critical']),
  needs: z.array(NeedCategory).max(30),
  channelBefore: Channel,
  channelAfter: Channel.optional(),
  /**
   * How a displayed prompt was shown: 'reminder' when it was answered for this patient within the
   * manager's reminder window (lib/fatigue/answers.ts) and shown as one line; absent for a full card.
   */
  presentation: z.literal('reminder').optional(),
});
export type FlagEvent = z.infer<typeof FlagEvent>;

export const BookingEvent = z.object({
  ...Common,
  type: z.literal('booking'),
  needs: z.array(NeedCategory).max(30),
  channel: Channel,
  flagged: z.boolean(),
  ruleIds: z.array(z.string().min(1).max(100)).max(30),
  /**
   * "Ask the patient" (AIS identify) on a booking whose page showed no recorded needs: the answer, and
   * for 'need' which one. Never who was asked.
   */
  needsAsked: z
    .object({ answer: z.enum(['none', 'need', 'declined']), need: NeedCategory.optional() })
    .optional(),
});
export type BookingEvent = z.infer<typeof BookingEvent>;

/** A local note in the log itself: retention dropped chunks, the log was cleared, and so on. */
export const AuditEvent = z.object({
  id: Id,
  type: z.literal('audit'),
  time: z.iso.datetime(),
  /** keyed: the organisation's secret keys the chain from this record on (lib/log/store.ts). */
  action: z.enum(['retention', 'cleared', 'settings-imported', 'error', 'log-set-aside', 'keyed']),
  detail: z.string().max(1000),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

export const LogEvent = z.discriminatedUnion('type', [FlagEvent, BookingEvent, AuditEvent]);
export type LogEvent = z.infer<typeof LogEvent>;
