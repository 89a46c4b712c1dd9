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
  const wanted = {
    id: SCRIPT_ID,
    js: [LOADER_FILE],
    matches: origins,
    allFrames: true,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (!existing) {
    if (origins.length > 0) await browser.scripting.registerContentScripts([wanted]);
  } else if (origins.length === 0) {
    await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  } else if (
    !sameList(existing.matches, origins) ||
    !sameList(existing.js, wanted.js) ||
    existing.allFrames !== wanted.allFrames ||
    existing.runAt !== wanted.runAt ||
    existing.persistAcrossSessions !== wanted.persistAcrossSessions
  ) {
    // Changed in place: unregistering first would leave pages loading meanwhile without the script,
    // and a worker stopped in between would leave it unregistered until its next start.
    await browser.scripting.updateContentScripts([wanted]);
  }
  // Every worker start comes here: an unchanged registration is left alone.
  return origins;
}

function sameList(a: readonly string[] | undefined, b: readonly string[]): boolean {
  const left = [...(a ?? [])].sort();
  const right = [...b].sort();
  return left.length === right.length && left.every((v, i) => v === right[i]);
}
