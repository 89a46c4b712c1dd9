// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'vitest';
import { readBookingContext } from '../../../lib/profiles/read';

const dir = path.resolve('../shared/real-pages');
function load(name: string) {
  const html = readFileSync(path.join(dir, name, 'booking.html'), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const o of Array.from(doc.querySelectorAll('option[selected]')))
    (o as HTMLOptionElement).selected = true;
  return doc;
}
test('measure', () => {
  const o = load('openmrs3');
  for (const v of ['Scheduled', 'WalkIn', 'Virtual']) {
    (o.querySelector('#appointmentType') as HTMLSelectElement).value = v;
    const r = readBookingContext(o, undefined, { siteId: 's', pageUrl: 'http://x/y' });
    console.log(
      'omrs',
      v,
      JSON.stringify(r.context.channel),
      r.context.needs.map((n) => n.category).join(','),
    );
  }
  const e = load('easyappointments');
  for (const v of ['1', '2', '3', '4', '5']) {
    (e.querySelector('#select-service') as HTMLSelectElement).value = v;
    const r = readBookingContext(e, undefined, { siteId: 's', pageUrl: 'http://x/y' });
    console.log('ea', v, JSON.stringify(r.context.channel), r.context.needs.map((n) => n.category).join(','));
  }
});
