/** How each channel is named to the receptionist, in English and Welsh. */
import { type Channel, REMOTE_CHANNELS } from '../domain';

export const CHANNEL_LABELS: Readonly<Record<Channel, { readonly en: string; readonly cy: string }>> = {
  'face-to-face': { en: 'face-to-face', cy: 'wyneb yn wyneb' },
  'home-visit': { en: 'home visit', cy: 'ymweliad cartref' },
  telephone: { en: 'telephone', cy: 'ffôn' },
  video: { en: 'video', cy: 'fideo' },
  online: { en: 'online', cy: 'ar-lein' },
  remote: { en: 'remote (telephone or video)', cy: 'o bell (ffôn neu fideo)' },
  unknown: { en: 'unknown', cy: 'anhysbys' },
};

/** True when the patient is not in the room with the clinician (telephone, video, online, remote). */
export function isRemote(channel: Channel): boolean {
  return REMOTE_CHANNELS.includes(channel);
}
