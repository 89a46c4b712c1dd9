/**
 * Built-in site profiles, shipped as versioned data. Each recognises its system from the page itself
 * (systems are installed on any host), so a manager only has to add the booking system's address.
 * One file per system; bump BUILT_IN_PROFILES_VERSION and the profile's own `version` on any change.
 * tests/unit/profiles/ checks every profile against a real page or a fixture from the project's source.
 */
import { SiteProfile, type SiteProfileInput } from '../schema';
import { BAHMNI_APPOINTMENTS } from './bahmni';
import { EASYAPPOINTMENTS_BOOKING, EASYAPPOINTMENTS_CALENDAR } from './easyappointments';
import { OPENEMR_ADD_EDIT_EVENT } from './openemr';
import { OPENMRS3_APPOINTMENTS } from './openmrs3';

export const BUILT_IN_PROFILES_VERSION = '2026.11.1';

/** The profiles as written, before the schema fills its defaults (useful for export and docs). */
export const BUILT_IN_PROFILE_INPUTS: readonly SiteProfileInput[] = [
  OPENMRS3_APPOINTMENTS,
  BAHMNI_APPOINTMENTS,
  OPENEMR_ADD_EDIT_EVENT,
  EASYAPPOINTMENTS_BOOKING,
  EASYAPPOINTMENTS_CALENDAR,
];

export const BUILT_IN_PROFILES: SiteProfile[] = BUILT_IN_PROFILE_INPUTS.map((profile) =>
  SiteProfile.parse(profile),
);
