/**
 * The shared vocabulary of the product: what a page tells us (BookingContext) and what we tell the
 * receptionist (Prompt). Every other module speaks in these types; zod schemas guard each boundary
 * where the data may come from outside (host page, storage, messages, imported files).
 */
import { z } from 'zod';
import { CHANNELS, NEED_CATEGORIES } from './domain';

export { CHANNELS, INDICATOR_RANK, NEED_CATEGORIES, REMOTE_CHANNELS } from './domain';

export const NeedCategory = z.enum(NEED_CATEGORIES);
export type NeedCategory = z.infer<typeof NeedCategory>;

/**
 * Where a need sits in the Accessible Information Standard: consultation needs change how the
 * appointment should happen; information needs change the format of letters and messages; contact
 * needs change how the practice contacts the patient (DOMAIN.md section 9 item 6).
 */
export const NeedKind = z.enum(['consultation', 'information', 'contact']);
export type NeedKind = z.infer<typeof NeedKind>;

export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

/** One need read from the page, with the text that proves it. */
export const NeedFinding = z.object({
  category: NeedCategory,
  /** The matched span of page text, e.g. "Interpreter needed - Polish". Shown to the receptionist. */
  evidence: z.string().max(300),
  /** The region it was read from, in the manager's words, e.g. "Alerts" or "Notes". */
  source: z.string().max(80),
  /** Spoken language for interpreter needs, English name, e.g. "Polish". */
  language: z.string().max(60).optional(),
  /** SNOMED CT or local code when the page showed one or the vocabulary maps the wording to one. */
  code: z.string().max(40).optional(),
});
export type NeedFinding = z.infer<typeof NeedFinding>;

export const ChannelReading = z.object({
  channel: Channel,
  /** The label or value read, e.g. "TC - 10 min". Empty when nothing was read. */
  evidence: z.string().max(200),
  source: z.string().max(80),
});
export type ChannelReading = z.infer<typeof ChannelReading>;

/** What was read from the booking page now (CDS Hooks appointment-book context, locally). */
export const BookingContext = z.object({
  siteId: z.string().max(120),
  profileId: z.string().max(120),
  /** Page URL without query or fragment (they may hold patient identifiers). */
  pageUrl: z.string().max(2000),
  needs: z.array(NeedFinding).max(200),
  channel: ChannelReading,
  /** Only present when the manager enabled pseudonymous references; already hashed. */
  patientRef: z.string().max(128).optional(),
});
export type BookingContext = z.infer<typeof BookingContext>;

export const Coding = z.object({
  system: z.string().max(300).optional(),
  code: z.string().min(1).max(100),
  display: z.string().min(1).max(200),
});
export type Coding = z.infer<typeof Coding>;

/** What a suggestion does when the receptionist clicks it. Only `set-channel` and `longer-slot` touch the page. */
export const SuggestionAction = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('set-channel'), channel: Channel }),
  z.object({ kind: z.literal('longer-slot') }),
  /** Records an action taken outside the page, e.g. "Interpreter booked". Changes nothing on the page. */
  z.object({ kind: z.literal('record'), note: z.string().min(1).max(200) }),
]);
export type SuggestionAction = z.infer<typeof SuggestionAction>;

export const Suggestion = z.object({
  uuid: z.string().min(1).max(100),
  label: z.string().min(1).max(120),
  isRecommended: z.boolean().optional(),
  action: SuggestionAction,
});
export type Suggestion = z.infer<typeof Suggestion>;

export const Indicator = z.enum(['info', 'warning', 'critical']);
export type Indicator = z.infer<typeof Indicator>;

/** A rule's card for one context, shaped like an HL7 CDS Hooks card plus local fields. */
export const Prompt = z.object({
  uuid: z.string().min(1).max(200),
  summary: z.string().min(1).max(139),
  detail: z.string().max(4000).optional(),
  indicator: Indicator,
  source: z.object({ label: z.string().min(1).max(200), topic: Coding.optional() }),
  suggestions: z.array(Suggestion).max(10),
  selectionBehavior: z.literal('at-most-one').optional(),
  overrideReasons: z.array(Coding).max(30),
  /** Local fields (not in CDS Hooks). */
  ruleId: z.string().min(1).max(100),
  ruleVersion: z.number().int().nonnegative(),
  needs: z.array(NeedCategory),
  channel: Channel,
  /** The page text that triggered it, e.g. ["Alert: Interpreter needed - Polish", "Slot: TC"]. */
  evidence: z.array(z.string().max(400)).max(50),
  responseRequired: z.boolean(),
});
export type Prompt = z.infer<typeof Prompt>;
