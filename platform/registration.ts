/**
 * Per-site content scripts: registered at run time for the sites a manager added and granted, so the
 * extension holds no host access at install. Re-done whenever sites or permissions change.
 */
import { browser } from '#imports';
import type { SiteConfig } from '../lib/settings/schema';
import { serial } from './serial';

const SCRIPT_ID = 'equity-prompts-booking';
/** Only the tiny loader is registered: the booking script follows once the page has loaded. */
const LOADER_FILE = 'booking-loader.js';

/** Origins of enabled sites that the browser has granted us. */
export async function grantedOrigins(sites: SiteConfig[]): Promise<string[]> {
  const origins: string[] = [];
  for (const site of sites) {
    if (!site.enabled) continue;
    try {
      if (await browser.permissions.contains({ origins: [site.origin] })) origins.push(site.origin);
    } catch {
      // An origin the browser cannot parse is simply not registered.
    }
  }
  return [...new Set(origins)];
}

/** One sync at a time: two overlapping syncs (permission granted + settings saved) would both register. */
const queue = serial();

export function syncContentScripts(sites: SiteConfig[]): Promise<string[]> {
  return queue(() => sync(sites));
}

async function sync(sites: SiteConfig[]): Promise<string[]> {
  const origins = await grantedOrigins(sites);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (origins.length > 0) {
    await browser.scripting.registerContentScripts([
      {
        id: SCRIPT_ID,
        js: [LOADER_FILE],
        matches: origins,
        allFrames: true,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  return origins;
}
