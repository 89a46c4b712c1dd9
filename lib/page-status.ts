/**
 * What a booking page tells the background it read, for the popup: validated and bounded where it
 * arrives, because it is stored (storage.session) and shown. A page that sends more or other gets a
 * refusal, and nothing of it is kept.
 */
import { z } from 'zod';
import { BookingContext, Prompt } from './model';

export const PageStatus = z.object({
  recognised: z.boolean(),
  siteName: z.string().max(200),
  profileName: z.string().max(200),
  context: BookingContext.nullable(),
  prompts: z.array(Prompt.pick({ summary: true, indicator: true, ruleId: true })).max(50),
});
export type PageStatus = z.infer<typeof PageStatus>;

/** Frames of one tab the popup keeps a reading for; a page with more is refused the rest. */
export const MAX_FRAMES_PER_TAB = 20;
