/**
 * Built-in site profiles, shipped as versioned data. Each recognises its system from the page itself
 * (systems are installed on any host), so a manager only has to add the booking system's address.
 */
import type { SiteProfile } from '../schema';

export const BUILT_IN_PROFILES_VERSION = '2026.11.0';

export const BUILT_IN_PROFILES: SiteProfile[] = [];
