/**
 * A page in, a BookingContext out: reads the needs and the chosen channel with a SiteProfile, or with
 * the generic profile (configuration-free discovery) when none is given.
 */

import type { BookingContext } from '../model';
import type { Vocabulary } from '../needs/compile';
import {
  type ChannelControlHandle,
  discoverControl,
  locateConfiguredControl,
  readChannel,
} from './channel-control';
import {
  discoverNeedsRegions,
  type FoundRegion,
  GENERIC_REGION_SELECTOR,
  locateConfiguredRegions,
  readNeeds,
} from './needs-regions';
import type { SiteProfile } from './schema';
import { pageUrlWithoutQuery } from './url-match';

export const GENERIC_PROFILE_ID = 'generic';

export interface ReadOptions {
  siteId: string;
  pageUrl: string;
  vocabulary: Vocabulary;
  /** Reuse a configured control found earlier while it is still on the page. */
  control?: ChannelControlHandle;
}

export interface PageReading {
  context: BookingContext;
  control?: ChannelControlHandle;
  regions: FoundRegion[];
}

export function locateRegions(root: ParentNode, profile: SiteProfile | undefined): FoundRegion[] {
  return profile && profile.needs.length > 0
    ? locateConfiguredRegions(root, profile.needs)
    : discoverNeedsRegions(root);
}

export function locateControl(
  root: ParentNode,
  profile: SiteProfile | undefined,
): ChannelControlHandle | undefined {
  if (profile?.channel) return locateConfiguredControl(root, profile.channel);
  return discoverControl(root);
}

export function readBookingContext(
  root: ParentNode,
  profile: SiteProfile | undefined,
  options: ReadOptions,
): PageReading {
  const regions = locateRegions(root, profile);
  // A configured control is reused while on the page; the generic one is re-discovered, since which
  // control matters can change (a slot card chosen after the radio group, say).
  const reuse = profile?.channel && options.control?.element.isConnected;
  const control = reuse ? options.control : locateControl(root, profile);
  return {
    context: {
      siteId: options.siteId,
      profileId: profile?.id ?? GENERIC_PROFILE_ID,
      pageUrl: pageUrlWithoutQuery(options.pageUrl),
      needs: readNeeds(regions, options.vocabulary),
      channel: control ? readChannel(control) : { channel: 'unknown', evidence: '', source: 'Slot type' },
    },
    control,
    regions,
  };
}

/** Whether a profile recognises this page: a URL pattern matches (if any) and every page signal is present. */
export function profileMatchesPage(
  profile: SiteProfile,
  root: ParentNode,
  url: string,
  matchesUrl: (pattern: string, url: string) => boolean,
): boolean {
  const { urlPatterns, pageSignals } = profile.match;
  if (urlPatterns.length > 0 && !urlPatterns.some((p) => matchesUrl(p, url))) return false;
  if (urlPatterns.length === 0 && pageSignals.length === 0) return false;
  return pageSignals.every((selector) => {
    try {
      return root.querySelector(selector) !== null;
    } catch {
      return false;
    }
  });
}

const GENERIC_CONTROLS =
  'select, input, textarea, fieldset, [role="radiogroup"], [role="grid"], [class*="slot" i]';

/**
 * A selector for elements whose arrival could change what a page says about a booking: the profile's
 * own selectors, or for the generic profile the regions and controls it looks for. Nodes that match
 * nothing of it (a ticking clock, a chat widget) need no new evaluation.
 */
export function interestSelector(profile: SiteProfile | undefined): string {
  if (!profile) return `${GENERIC_REGION_SELECTOR}, ${GENERIC_CONTROLS}`;
  const selectors = [
    ...profile.needs.map((r) => r.selector),
    ...(profile.channel ? [profile.channel.selector] : []),
    ...(profile.needs.length === 0 ? [GENERIC_REGION_SELECTOR] : []),
    ...(profile.channel ? [] : [GENERIC_CONTROLS]),
  ];
  return selectors.join(', ');
}
