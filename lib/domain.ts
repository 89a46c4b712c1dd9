/**
 * The product's fixed vocabularies as plain constants and types, without zod, so code that runs on
 * the booking page (the content script) can use them without carrying the schema library.
 * lib/model.ts builds the zod schemas from these.
 */

/** Need categories (DESIGN.md, refined with DOMAIN.md section 8). Order is display order. */
export const NEED_CATEGORIES = [
  'interpreter',
  'bsl-interpreter',
  'deafblind',
  'hearing-impairment',
  'sight-impairment',
  'communication-support',
  'learning-disability',
  'cognitive-impairment',
  'advocate-or-carer',
  'no-digital-access',
  'longer-appointment',
  'home-visit-required',
  'attendance-adjustment',
  'easy-read',
  'large-print',
  'braille',
  'audio',
  'information-verbally',
  'contact-text-relay',
  'contact-written-only',
  'contact-via-carer',
  'reasonable-adjustment',
] as const;
export type NeedCategory = (typeof NEED_CATEGORIES)[number];

/** How the appointment happens. `remote` is "telephone or video" where a system does not say which. */
export const CHANNELS = [
  'face-to-face',
  'home-visit',
  'telephone',
  'video',
  'online',
  'remote',
  'unknown',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Channels where the patient is not in the room with the clinician. */
export const REMOTE_CHANNELS: readonly Channel[] = ['telephone', 'video', 'online', 'remote'];

export type Indicator = 'info' | 'warning' | 'critical';
export const INDICATOR_RANK: Record<Indicator, number> = { critical: 3, warning: 2, info: 1 };
