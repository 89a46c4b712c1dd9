/**
 * Bahmni appointments (openmrs-module-appointments-frontend, React "Add/Edit appointment" editor).
 * Same backend as OpenMRS (`AppointmentKind { Scheduled, WalkIn, Virtual }`), but the editor shows the
 * kind as tick boxes: "Teleconsultation" (Virtual) and "Walk-in Appointment" (WalkIn); neither
 * ticked is Scheduled.
 *
 * Sources (read, not run): Bahmni/openmrs-module-appointments-frontend
 * `ui/react-components/components/AppointmentType/AppointmentType.jsx` (Carbon Checkbox
 * `id="teleconsultation-checkbox"`, label "Teleconsultation"), `AppointmentPlan/AppointmentPlan.jsx`
 * (`#walk-in-selection-checkbox`), `AppointmentNotes/AppointmentNotes.jsx` (Carbon TextArea,
 * `data-testid="notes"`), `AddAppointment/AddAppointment.jsx` (`data-testid="appointment-editor"`).
 *
 * UNCERTAIN: there is no rendered Bahmni page to test against, only a hand-made fixture from these
 * components. The `data-testid` attributes are the project's own test hooks and could change between
 * releases; the container of the checkbox is spelt `data-testid` in some versions and
 * `data-test-id` in others, so it is not used. The older AngularJS screen (`newAppointment.html`,
 * walk-in checkbox only, no teleconsultation) offers no remote kind and is not covered. The editor
 * shows no patient banner, so needs are read from the notes only.
 */
import type { SiteProfileInput } from '../schema';

export const BAHMNI_APPOINTMENTS: SiteProfileInput = {
  id: 'bahmni-appointments',
  name: 'Bahmni appointments',
  version: 1,
  builtIn: true,
  match: {
    urlPatterns: [],
    pageSignals: ['[data-testid="appointment-editor"]', 'input#teleconsultation-checkbox'],
  },
  needs: [{ label: 'Notes', selector: '[data-testid="appointment-editor"] textarea', read: 'value' }],
  channel: {
    label: 'Teleconsultation',
    selector: 'input#teleconsultation-checkbox',
    kind: 'checkbox',
    // Ticked: a Virtual appointment, telephone or video. Not ticked: Scheduled or Walk-in, both in
    // the clinic.
    mapping: [{ label: 'Teleconsultation', channel: 'remote' }],
    systemWords: 'bahmni',
    uncheckedChannel: 'face-to-face',
  },
};
