// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "disableCSSFileLoading": true, "disableJavaScriptFileLoading": true, "handleDisabledFileLoadingAsSuccess": true } }
import { test } from 'vitest';
import { BUILT_IN_PROFILES } from '../../../lib/profiles/builtin';
import { readBookingContext } from '../../../lib/profiles/read';
import { choicesOf } from '../../../lib/profiles/channel-control';
import { BAHMNI_FIXTURE, EASYAPPOINTMENTS_CALENDAR_FIXTURE, loadPage, OPENEMR_FIXTURE, realPageHtml } from './pages';

const p = (id: string) => BUILT_IN_PROFILES.find((x) => x.id === id)!;
function dump(name: string, doc: Document, id: string) {
  const r = readBookingContext(doc, p(id), { siteId: 's', pageUrl: 'https://x/y' });
  console.log('DUMP', name, JSON.stringify(r.context.needs), JSON.stringify(r.context.channel));
  if (r.control) console.log('DUMP choices', JSON.stringify(choicesOf(r.control).map((c) => [c.text, c.channel, c.selected])));
}
test('dump', () => {
  const o = loadPage(realPageHtml('openmrs3'));
  (o.querySelector('#appointmentType') as HTMLSelectElement).value = 'Virtual';
  dump('omrs', o, 'openmrs3-appointments');
  dump('ea', loadPage(realPageHtml('easyappointments')), 'easyappointments-booking');
  dump('bahmni', loadPage(BAHMNI_FIXTURE), 'bahmni-appointments');
  dump('openemr', loadPage(OPENEMR_FIXTURE), 'openemr-add-edit-event');
  const c = loadPage(EASYAPPOINTMENTS_CALENDAR_FIXTURE);
  (c.querySelector('#select-service') as HTMLSelectElement).value = '5';
  (c.querySelector('#custom-field-1') as HTMLInputElement).value = 'Yes - Somali';
  (c.querySelector('#appointment-notes') as HTMLTextAreaElement).value = 'Hard of hearing, lip reads';
  dump('eacal', c, 'easyappointments-calendar');
});
