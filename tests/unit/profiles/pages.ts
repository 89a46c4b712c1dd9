/**
 * Pages for the profile tests: the real booking screens in ../shared/real-pages (read at run time,
 * never copied into this repository), hand-made fixtures for systems without one, and a loader.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The saved real booking pages beside the repository (../shared/real-pages), resolved from its root. */
export const REAL_PAGES_DIR = path.resolve('../shared/real-pages');
export const HAVE_REAL_PAGES = existsSync(path.join(REAL_PAGES_DIR, 'openmrs3', 'booking.html'));
export const NO_REAL_PAGES_MESSAGE = `real pages not found in ${REAL_PAGES_DIR}: tests on real booking screens skipped`;

export function realPageHtml(system: 'openmrs3' | 'easyappointments'): string {
  return readFileSync(path.join(REAL_PAGES_DIR, system, 'booking.html'), 'utf8');
}

/**
 * Parses a page into its own document. happy-dom's parser marks the wrong option as selected when a
 * later option carries the `selected` attribute (it picked option 1 for `<option selected>` at index 3
 * in every case tried), so the selection is set again from the markup, as a browser's parser does.
 */
export function loadPage(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const select of Array.from(doc.querySelectorAll('select'))) {
    if (select.multiple) continue;
    const marked = Array.from(select.options).filter((o) => o.hasAttribute('selected'));
    const last = marked[marked.length - 1];
    if (last) last.selected = true;
  }
  return doc;
}

/**
 * Bahmni appointments (React editor), hand-made from Bahmni/openmrs-module-appointments-frontend
 * `ui/react-components/components/AddAppointment/AddAppointment.jsx`, `AppointmentPlan.jsx`,
 * `AppointmentType/AppointmentType.jsx` and `AppointmentNotes.jsx`, with the markup their Carbon v10
 * (`bx--`) and rc-checkbox components emit. Reduced: pickers are stand-ins. Fake patient.
 */
export const BAHMNI_FIXTURE = `<!doctype html><html><head><title>Appointments</title></head><body>
<div id="appointments-root"><div data-testid="appointment-editor" class="appointmentEditor">
  <div class="searchFieldsContainer">
    <div data-testid="patient-search"><div class="react-select__single-value">Amina Hussain (GAN203006)</div></div>
    <div data-testid="service-search"><div class="react-select__single-value">General Medicine</div></div>
    <div data-testid="location-search"><div class="react-select__single-value">OPD-1</div></div>
  </div>
  <div class="searchFieldsContainer" data-testid="recurring-plan-checkbox"><div class="container">
    <span class="planLabel"><label>Plan</label></span>
    <div class="checkboxContainer" data-testid="checkbox"><span class="rc-checkbox"><input type="checkbox" class="rc-checkbox-input" id="recurrence-selection-checkbox" name="Recurring"><span class="rc-checkbox-inner"></span></span><label for="recurrence-selection-checkbox">Recurring Appointment</label></div>
    <div class="checkboxContainer" data-test-id="walk-in-appointment"><span class="rc-checkbox"><input type="checkbox" class="rc-checkbox-input" id="walk-in-selection-checkbox" name="WalkIn"><span class="rc-checkbox-inner"></span></span><label for="walk-in-selection-checkbox">Walk-in Appointment</label></div>
  </div></div>
  <div data-testid="add-tele-consultation"><div class="bx--form-item bx--checkbox-wrapper"><input type="checkbox" class="bx--checkbox" id="teleconsultation-checkbox" checked><label for="teleconsultation-checkbox" class="bx--checkbox-label" title=""><span class="bx--checkbox-label-text">Teleconsultation</span></label></div></div>
  <div class="recurringContainer"><div class="recurringContainerRight">
    <div class="dateHeading"><label>Notes</label></div>
    <div class="bx--form-item"><label class="bx--label">Notes</label><div class="bx--text-area__wrapper"><textarea data-testid="notes" maxlength="250" placeholder="Maximum of 250 characters" class="bx--text-area" rows="4" cols="50">Deaf, uses British Sign Language. Book a BSL interpreter.</textarea></div></div>
  </div></div>
  <div class="footer"><button class="button">Cancel</button><button class="button saveButton" data-testid="check-and-save">Check and Save</button></div>
</div></div>
</body></html>`;

/**
 * OpenEMR calendar "Add/Edit Event" dialog, patient tab, hand-made from openemr/openemr
 * `interface/main/calendar/add_edit_event.php` (PHP output written out by hand; categories as a
 * practice with the TeleHealth module has them). Reduced: repeat and status rows left out. Fake patient.
 */
export const OPENEMR_FIXTURE = `<!doctype html><html><head><title>Add New Event</title></head><body class="add-edit-event">
<div class="container-fluid">
<nav class="mb-3"><ul class="nav nav-tabs nav-fill text-body"><li class="nav-item"><a class="nav-link active" href="add_edit_event.php?">Patient</a></li><li class="nav-item"><a class="nav-link" href="add_edit_event.php?prov=true&">Provider</a></li></ul></nav>
<form role="form" method="post" name="theform" id="theform" action="add_edit_event.php?eid=0">
<input type="hidden" name="form_action" id="form_action" value="">
<div class="form-row mx-2">
  <div class="col-sm form-group"><label for="form_category">Category:</label>
    <select class="form-control" name="form_category" id="form_category" onchange="set_category()">
      <option value="5">Office Visit</option>
      <option value="9">Established Patient</option>
      <option value="10">New Patient</option>
      <option value="12">Health and Behavioral Assessment</option>
      <option value="16" selected>TeleHealth Established Patient</option>
      <option value="17">TeleHealth New Patient</option>
    </select></div>
  <div class="col-sm form-group"><label for="form_title">Title:</label>
    <input class="form-control" type="text" size="10" name="form_title" id="form_title" value="TeleHealth Established Patient" title="Event title"></div>
</div>
<div class="jumbotron jumbotron-fluid px-2 py-2 my-2" id="patient_details"><div class="form-group">
  <label for="form_patient">Patient:</label>
  <input class="form-control" type="text" name="form_patient" id="form_patient" style="cursor:pointer;" placeholder="Click to select" value="Nowak, Piotr" onclick="sel_patient()" title="Click to select patient">
  <input type="hidden" name="form_pid" value="4">
  <div><span class="infobox text-danger" style="font-size: 0.75rem">Home Phone: 01632 960001</span></div>
</div></div>
<div class="form-row mx-2"><div class="col-sm form-group"><label for="provd">Provider:</label>
  <select class="form-control" name="form_provider" id="provd"><option value="1" selected>Administrator</option></select></div></div>
<div class="jumbotron jumbotron-fluid px-3 py-4 my-2"><div class="form-row mb-sm-2">
  <label class="col-sm col-form-label" for="form_date">Date:</label>
  <input class="col-sm-2 form-control datepicker" type="text" size="10" name="form_date" id="form_date" value="2026-09-16" title="event date or starting date">
  <label class="col-sm col-form-label" id="tdallday4">duration</label>
  <input class="col-sm form-control" id="tdallday5" type="text" size="4" name="form_duration" value="15" title="Event duration in minutes">
</div></div>
<div class="form-row mx-2"><div class="col-sm form-group"><label>Comments:</label>
  <input class="form-control" type="text" name="form_comments" value="Polish speaker, needs an interpreter" title="Optional information about this event"></div></div>
<div class="form-row mx-2 mt-3">
  <input class="col-sm mx-sm-2 my-2 my-sm-auto btn btn-primary" type="button" name="form_save" id="form_save" value="Save">
  <input class="col-sm mx-sm-2 my-2 my-sm-auto btn btn-secondary" type="button" id="cancel" onclick="dlgclose()" value="Cancel">
</div>
</form></div></body></html>`;

/**
 * Easy!Appointments staff calendar page with its appointment dialog, hand-made from
 * alextselegidis/easyappointments `application/views/components/appointments_modal.php` and
 * `custom_fields.php` (PHP output written out by hand, services as in the real wizard page). The
 * dialog's fields are empty in the markup: the app fills them with jQuery `.val()`, and the tests do
 * the same with `.value`.
 */
export const EASYAPPOINTMENTS_CALENDAR_FIXTURE = `<!doctype html><html><head><title>Calendar | Easy!Appointments</title></head><body>
<div id="calendar-page" class="container-fluid backend-page"><div id="calendar"></div></div>
<div id="appointments-modal" class="modal fade"><div class="modal-dialog modal-dialog-centered modal-lg"><div class="modal-content">
  <div class="modal-header"><h3 class="modal-title">Edit Appointment</h3><button class="btn-close" data-bs-dismiss="modal"></button></div>
  <div class="modal-body"><div class="modal-message alert d-none"></div>
  <form>
    <fieldset><h5 class="mb-3 fw-light">Appointment Details</h5><input id="appointment-id" type="hidden">
      <div class="row"><div class="col-12 col-sm-6">
        <div class="mb-3"><label for="select-service" class="form-label">Service <span class="text-danger">*</span></label>
          <select id="select-service" class="required form-select"><optgroup label="GP appointments"><option value="1">GP appointment - face to face</option><option value="2">GP appointment - telephone</option><option value="3">GP appointment - video</option></optgroup><optgroup label="Nurse appointments"><option value="4">Practice nurse - face to face</option><option value="5">Practice nurse - telephone</option></optgroup></select></div>
        <div class="mb-3"><label for="select-provider" class="form-label">Provider <span class="text-danger">*</span></label><select id="select-provider" class="required form-select"></select></div>
        <div class="mb-3"><label for="appointment-location" class="form-label">Location</label><input id="appointment-location" class="form-control"></div>
      </div><div class="col-12 col-sm-6">
        <div class="mb-3"><label for="appointment-notes" class="form-label">Notes</label><textarea id="appointment-notes" class=" form-control" rows="3"></textarea></div>
      </div></div>
    </fieldset>
    <fieldset><h5 class="mb-3 fw-light">Customer Details</h5><input id="customer-id" type="hidden">
      <div class="row"><div class="col-12 col-sm-6">
        <div class="mb-3"><label for="first-name" class="form-label">First Name</label><input type="text" id="first-name" class="required form-control" maxlength="100"/></div>
        <div class="mb-3"><label for="last-name" class="form-label">Last Name</label><input type="text" id="last-name" class="required form-control" maxlength="120"/></div>
        <div class="mb-3"><label for="custom-field-1" class="form-label">Interpreter needed? (language)</label><input type="text" id="custom-field-1" class=" form-control" maxlength="120"/></div>
        <div class="mb-3"><label for="custom-field-2" class="form-label">Accessibility or communication needs</label><input type="text" id="custom-field-2" class=" form-control" maxlength="120"/></div>
      </div><div class="col-12 col-sm-6">
        <div class="mb-3"><label for="customer-notes" class="form-label">Notes</label><textarea id="customer-notes" rows="3" class="form-control"></textarea></div>
      </div></div>
    </fieldset>
  </form></div>
  <div class="modal-footer"><button class="btn btn-outline-secondary" data-bs-dismiss="modal">Cancel</button><button id="save-appointment" class="btn btn-primary">Save</button></div>
</div></div></div>
</body></html>`;

/** Reads a page with a built-in profile (by id), or with the generic profile when `profileId` is undefined. */
export async function readWith(doc: Document, profileId: string | undefined) {
  const [{ BUILT_IN_PROFILES }, { readBookingContext }, { defaultVocabulary }] = await Promise.all([
    import('../../../lib/profiles/builtin'),
    import('../../../lib/profiles/read'),
    import('../../../lib/needs'),
  ]);
  const profile = profileId === undefined ? undefined : BUILT_IN_PROFILES.find((p) => p.id === profileId);
  if (profileId !== undefined && !profile) throw new Error(`no built-in profile ${profileId}`);
  return readBookingContext(doc, profile, {
    siteId: 'test-site',
    pageUrl: 'https://booking.example.org/x?patient=1',
    vocabulary: defaultVocabulary(),
  });
}

/** Sets a select's value the way a receptionist's choice ends up (property, not attribute). */
export function choose(doc: Document, selector: string, value: string): void {
  const select = doc.querySelector<HTMLSelectElement>(selector);
  if (!select) throw new Error(`no ${selector}`);
  select.value = value;
  if (select.value !== value) throw new Error(`${selector} has no option ${value}`);
}
