// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "disableCSSFileLoading": true, "disableJavaScriptFileLoading": true, "handleDisabledFileLoadingAsSuccess": true } }
/**
 * The Easy!Appointments built-in profiles: the public booking wizard on the real page
 * (the saved rendering the real-page tests read), and the staff calendar's appointment dialog on a
 * hand-made fixture from `appointments_modal.php` (no real page of it exists).
 */
import { describe, expect, it } from 'vitest';
import { applyChannel } from '../../../lib/profiles/actions';
import {
  choose,
  EASYAPPOINTMENTS_CALENDAR_FIXTURE,
  HAVE_REAL_PAGES,
  loadPage,
  NO_REAL_PAGES_MESSAGE,
  readWith,
  realPageHtml,
} from './pages';

const WIZARD = 'easyappointments-booking';
const CALENDAR = 'easyappointments-calendar';

describe.skipIf(!HAVE_REAL_PAGES)(
  `Easy!Appointments wizard on the real page (${HAVE_REAL_PAGES ? 'present' : NO_REAL_PAGES_MESSAGE})`,
  () => {
    const page = () => loadPage(realPageHtml('easyappointments'));

    it('reads the needs from the custom fields and the notes, with evidence', async () => {
      const { context } = await readWith(page(), WIZARD);
      expect(context.needs.map((n) => [n.category, n.evidence, n.source])).toEqual([
        ['interpreter', 'Yes - Urdu interpreter', 'Custom fields'],
        ['easy-read', 'Easy read format please', 'Custom fields'],
        ['no-digital-access', 'No internet or smartphone at home, landline only', 'Custom fields'],
        ['interpreter', 'Please book a Urdu interpreter', 'Notes'],
        ['no-digital-access', 'I have no internet or smartphone - please call my landline', 'Notes'],
        ['easy-read', 'Easy read letters', 'Notes'],
      ]);
      expect(context.needs[0]?.language).toBe('Urdu');
    });

    it('reads the chosen service as the channel', async () => {
      const { context } = await readWith(page(), WIZARD);
      expect(context.channel).toEqual({
        channel: 'video',
        evidence: 'GP appointment - video',
        source: 'Service',
      });
    });

    it.each([
      ['1', 'face-to-face'],
      ['2', 'telephone'],
      ['3', 'video'],
      ['4', 'face-to-face'],
      ['5', 'telephone'],
      ['', 'unknown'],
    ] as const)('service %s reads as %s', async (value, channel) => {
      const doc = page();
      choose(doc, 'select#select-service', value);
      const { context } = await readWith(doc, WIZARD);
      expect(context.channel.channel).toBe(channel);
    });

    it('reads fields by their live value, as the app fills them with jQuery .val()', async () => {
      const doc = page();
      for (const field of Array.from(doc.querySelectorAll<HTMLInputElement>('input[id^="custom-field-"]'))) {
        field.removeAttribute('value');
        field.value = '';
      }
      doc.querySelector<HTMLTextAreaElement>('textarea#notes')!.value = '';
      expect((await readWith(doc, WIZARD)).context.needs).toEqual([]);
      doc.querySelector<HTMLInputElement>('#custom-field-1')!.value = 'Yes - Somali';
      const { context } = await readWith(doc, WIZARD);
      expect(context.needs).toEqual([
        expect.objectContaining({
          category: 'interpreter',
          language: 'Somali',
          evidence: 'Interpreter needed? (language): Yes - Somali',
        }),
      ]);
    });

    it('the face-to-face suggestion picks the face-to-face service of the same group', async () => {
      const doc = page();
      const select = doc.querySelector<HTMLSelectElement>('select#select-service')!;
      const gp = applyChannel((await readWith(doc, WIZARD)).control, 'face-to-face', 'face-to-face');
      expect(gp.ok).toBe(true);
      expect(select.value).toBe('1');
      choose(doc, 'select#select-service', '5');
      const nurse = applyChannel((await readWith(doc, WIZARD)).control, 'face-to-face', 'face-to-face');
      expect(nurse.ok).toBe(true);
      expect(select.value).toBe('4');
      expect((await readWith(doc, WIZARD)).context.channel.evidence).toBe('Practice nurse - face to face');
    });
  },
);

describe('Easy!Appointments staff calendar dialog (hand-made fixture)', () => {
  function dialog(): Document {
    // The dialog opens empty; the calendar fills it with jQuery .val() from the appointment.
    const doc = loadPage(EASYAPPOINTMENTS_CALENDAR_FIXTURE);
    choose(doc, '#appointments-modal #select-service', '2');
    doc.querySelector<HTMLInputElement>('#custom-field-1')!.value = 'Yes - Arabic';
    doc.querySelector<HTMLInputElement>('#custom-field-2')!.value = 'Hard of hearing, lip reads';
    doc.querySelector<HTMLTextAreaElement>('#appointment-notes')!.value = 'Follow-up';
    doc.querySelector<HTMLTextAreaElement>('#customer-notes')!.value = 'Large print letters please';
    return doc;
  }

  it('reads needs from custom fields and both notes, and the service', async () => {
    const { context } = await readWith(dialog(), CALENDAR);
    expect(context.needs.map((n) => [n.category, n.source])).toEqual([
      ['interpreter', 'Custom fields'],
      ['hearing-impairment', 'Custom fields'],
      ['large-print', 'Customer notes'],
    ]);
    expect(context.needs[0]).toMatchObject({
      language: 'Arabic',
      evidence: 'Interpreter needed? (language): Yes - Arabic',
    });
    expect(context.channel).toEqual({
      channel: 'telephone',
      evidence: 'GP appointment - telephone',
      source: 'Service',
    });
  });

  it('follows the service select and switches it to face-to-face', async () => {
    const doc = dialog();
    choose(doc, '#appointments-modal #select-service', '3');
    const { context, control } = await readWith(doc, CALENDAR);
    expect(context.channel.channel).toBe('video');
    const result = applyChannel(control, 'face-to-face', 'face-to-face');
    expect(result.ok).toBe(true);
    expect(doc.querySelector<HTMLSelectElement>('#select-service')!.value).toBe('1');
  });
});
