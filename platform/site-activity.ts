/**
 * Site activity for the manager's site list ("last seen", "prompts raised"). Updated by the background
 * from what content scripts report; "last seen" is written at most once a minute per site.
 */
import { serial } from './serial';
import { type SiteActivity, siteActivityItem } from './storage';

const queue = serial();
const SEEN_RESOLUTION_MS = 60_000;

export function recordSiteActivity(siteId: string, promptsRaised: number, now = new Date()): Promise<void> {
  return queue(async () => {
    const all = await siteActivityItem.getValue();
    const current: SiteActivity | undefined = all[siteId];
    const stale = !current || now.getTime() - Date.parse(current.lastSeen) >= SEEN_RESOLUTION_MS;
    if (!stale && promptsRaised === 0) return;
    all[siteId] = {
      lastSeen: stale ? now.toISOString() : current.lastSeen,
      prompts: (current?.prompts ?? 0) + promptsRaised,
    };
    await siteActivityItem.setValue(all);
  });
}
