/**
 * The patient reference a booking page shows (an id or number), read only to recognise the same
 * patient again: the fatigue governor (lib/fatigue/answers.ts) and "ask the patient" send it to the
 * background, which hashes it with the installation's salt. It is never logged or stored as read.
 */
import type { SiteProfile } from './schema';

/**
 * Without a profile (or one with no patientRef), the common ways booking pages carry the patient's
 * id: a data attribute on the patient banner or a hidden form field (tests/fixtures/sites show both).
 */
export const GENERIC_PATIENT_SELECTOR =
  '[data-patient-id], input[name="patientId"], input[name="patient_id"], input[name="pid"]';

const MAX_LENGTH = 200;

/** The first non-empty reference the selector finds, trimmed; null when the page shows none. */
export function readPatientReference(doc: Document, profile: SiteProfile | undefined): string | null {
  const selector = profile?.patientRef?.selector ?? GENERIC_PATIENT_SELECTOR;
  let elements: Element[];
  try {
    elements = Array.from(doc.querySelectorAll(selector)).slice(0, 20);
  } catch {
    return null; // a bad selector was refused when the profile was saved; nothing to read then
  }
  for (const el of elements) {
    const value =
      el.getAttribute('data-patient-id') ??
      ('value' in el && typeof el.value === 'string' ? el.value : el.textContent);
    const text = (value ?? '').replace(/\s+/g, ' ').trim();
    if (text) return text.slice(0, MAX_LENGTH);
  }
  return null;
}
