/**
 * Easy!Appointments (alextselegidis/easyappointments 1.5/1.6): the public booking wizard and the
 * staff calendar's appointment dialog. Easy!Appointments has no appointment-mode field: the mode is
 * in the service name ("GP appointment - video"), as a clinic configures it, and the generic channel
 * words read it. Needs are in the implementer's custom fields and the notes.
 *
 * Sources: `application/views/pages/booking.php`, `components/booking_type_step.php`,
 * `components/booking_info_step.php`, `components/custom_fields.php`,
 * `components/booking_final_step.php`, `components/appointments_modal.php` and
 * `assets/js/pages/booking.js`. The wizard is checked against the saved Easy!Appointments rendering used by the real-page tests;
 * the staff dialog only against a hand-made fixture from `appointments_modal.php`.
 *
 * The live app fills fields with jQuery `.val()` (properties, not attributes): every field is read
 * by its live value.
 */
import type { SiteProfileInput } from '../schema';

export const EASYAPPOINTMENTS_BOOKING: SiteProfileInput = {
  id: 'easyappointments-booking',
  name: 'Easy!Appointments booking wizard',
  version: 1,
  builtIn: true,
  match: {
    urlPatterns: [],
    pageSignals: ['#book-appointment-wizard', 'select#select-service'],
  },
  needs: [
    // Step 3 (hidden until "Next"): custom fields 1-5, labelled by the clinic, e.g. "Interpreter
    // needed? (language)" and "Accessibility or communication needs".
    {
      label: 'Custom fields',
      selector: '#book-appointment-wizard input[id^="custom-field-"]',
      read: 'value',
    },
    { label: 'Notes', selector: '#book-appointment-wizard textarea#notes', read: 'value' },
  ],
  channel: {
    label: 'Service',
    selector: '#book-appointment-wizard select#select-service',
    kind: 'select',
    mapping: [],
  },
  confirm: { selector: '#book-appointment-submit' },
};

export const EASYAPPOINTMENTS_CALENDAR: SiteProfileInput = {
  id: 'easyappointments-calendar',
  name: 'Easy!Appointments staff calendar (appointment dialog)',
  version: 1,
  builtIn: true,
  match: {
    // The dialog is in the calendar page's markup from the start (hidden until opened).
    urlPatterns: [],
    pageSignals: ['#appointments-modal', '#appointments-modal select#select-service'],
  },
  needs: [
    { label: 'Custom fields', selector: '#appointments-modal input[id^="custom-field-"]', read: 'value' },
    { label: 'Appointment notes', selector: '#appointments-modal textarea#appointment-notes', read: 'value' },
    { label: 'Customer notes', selector: '#appointments-modal textarea#customer-notes', read: 'value' },
  ],
  channel: {
    label: 'Service',
    selector: '#appointments-modal select#select-service',
    kind: 'select',
    mapping: [],
  },
  confirm: { selector: '#appointments-modal #save-appointment' },
};
