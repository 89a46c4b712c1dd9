/**
 * OpenEMR calendar "Add/Edit Event" dialog (`interface/main/calendar/add_edit_event.php`), patient tab.
 *
 * Sources (read, not run): openemr/openemr `interface/main/calendar/add_edit_event.php` (form ids and
 * names), the TeleHealth module's calendar categories ("TeleHealth New Patient", "TeleHealth
 * Established Patient"), and the demographics layout field `interpretter` ("Interpreter").
 *
 * UNCERTAIN: there is no rendered OpenEMR page to test against, only a hand-made fixture from that
 * template. Categories are the practice's own list: the TeleHealth ones read as remote (telephone or
 * video) through the generic words, "Office Visit" is mapped to face-to-face below, and other names
 * ("New Patient", "Established Patient") stay unknown unless the manager maps them, because a
 * partial label such as "New Patient" would also match "Telephone New Patient". The dialog shows the
 * patient's name and phone numbers only; `interpretter` lives in Demographics, so it is read only
 * where a page shows that field (`form_interpretter` is the layout engine's naming, `form_<field_id>`).
 */
import type { SiteProfileInput } from '../schema';

export const OPENEMR_ADD_EDIT_EVENT: SiteProfileInput = {
  id: 'openemr-add-edit-event',
  name: 'OpenEMR appointment (Add/Edit Event)',
  version: 1,
  builtIn: true,
  match: {
    urlPatterns: [],
    pageSignals: ['select#form_category', 'input#form_title', 'input[name="form_comments"]'],
  },
  needs: [
    { label: 'Comments', selector: 'input[name="form_comments"]', read: 'value' },
    { label: 'Title', selector: 'input#form_title', read: 'value' },
    // Below the patient field: phone numbers, and whatever modules render there
    // (AppointmentRenderEvent::RENDER_BELOW_PATIENT).
    { label: 'Patient details', selector: '#patient_details .infobox', read: 'text' },
    { label: 'Interpreter (demographics)', selector: '[name="form_interpretter"]', read: 'value' },
  ],
  channel: {
    label: 'Category',
    selector: 'select#form_category',
    kind: 'select',
    mapping: [{ label: 'Office Visit', channel: 'face-to-face' }],
  },
  duration: { selector: 'input[name="form_duration"]' },
  confirm: { selector: '#form_save' },
  patientRef: { selector: 'input[name="form_pid"]' },
};
