/** The schema of a manager's slot-label mapping (kept apart so the matcher needs no zod). */
import { z } from 'zod';
import { Channel } from '../model';

export const ChannelMappingEntry = z.object({
  label: z.string().trim().min(1).max(120),
  channel: Channel,
});
export type ChannelMappingEntry = z.infer<typeof ChannelMappingEntry>;

export const ChannelMapping = z.array(ChannelMappingEntry).max(500);
export type ChannelMapping = z.infer<typeof ChannelMapping>;
