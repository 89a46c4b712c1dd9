/**
 * OpenMRS 3 (O3) appointments: the "Create new appointment" / "Edit appointment" workspace of
 * `@openmrs/esm-appointments-app`, with the patient banner above the form.
 *
 * Sources: openmrs/openmrs-esm-patient-management `packages/esm-appointments-app/src/form/
 * appointments-form.workspace.tsx` (field ids), `src/types/index.ts` (AppointmentKind: Scheduled |
 * WalkIn | Virtual); openmrs/openmrs-esm-patient-chart `packages/esm-patient-banner-app/src/banner-tags/
 * person-attribute-tags.extension.tsx` (person attributes as Carbon tags in a toggletip);
 * openmrs/openmrs-esm-core `esm-react-utils/src/ExtensionSlot.tsx` (`data-extension-slot-name`).
 * Checked against a saved rendering of the OpenMRS 3 appointments screen (the real-page tests).
 */
import type { SiteProfileInput } from '../schema';

export const OPENMRS3_APPOINTMENTS: SiteProfileInput = {
  id: 'openmrs3-appointments',
  name: 'OpenMRS 3 appointments',
  version: 1,
  builtIn: true,
  match: {
    // Installed on any host: recognised by the page itself. The selects have ids but no names
    // (react-hook-form Controller); every O3 screen renders extension slots.
    urlPatterns: [],
    pageSignals: ['select#appointmentType', '[data-extension-slot-name]'],
  },
  needs: [
    // Person-attribute tags (and patient-flag tags, which O3 also renders as Carbon tags in this
    // slot) show the value, e.g. "Polish interpreter required".
    {
      label: 'Patient tags',
      selector: '[data-extension-slot-name="patient-banner-tags-slot"] .cds--tag',
      read: 'text',
    },
    // The toggletip behind each tag holds "<attribute type>: <value>", e.g. "Interpreter required:
    // Polish". Carbon keeps it in the DOM while closed, so it is read even when not shown.
    {
      label: 'Patient tag details',
      selector: '[data-extension-slot-name="patient-banner-tags-slot"] .cds--toggletip-content',
      read: 'text',
    },
    { label: 'Appointment note', selector: 'textarea#appointmentNote', read: 'value' },
  ],
  channel: {
    label: 'Appointment type',
    selector: 'select#appointmentType',
    kind: 'select',
    // Option values are the AppointmentKind enum; labels are "Scheduled", "Walk In", "Virtual".
    // "Virtual" does not say telephone or video, so it reads as remote (telephone or video);
    // Scheduled and Walk In are clinic visits (SYSTEM_CHANNEL_WORDS.openmrs).
    mapping: [],
    systemWords: 'openmrs',
  },
  duration: { selector: 'input#duration' },
  confirm: { selector: 'form button.cds--btn--primary[type="submit"]' },
  patientRef: { selector: '[class*="__primaryIdentifier___"] [class*="__value___"]' },
  // The workspace is docked on the right of the window: keep the prompt clear of the form.
  placement: { dock: 'bottom-left' },
};
