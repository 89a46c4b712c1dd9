// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "disableCSSFileLoading": true, "disableJavaScriptFileLoading": true, "handleDisabledFileLoadingAsSuccess": true } }
/**
 * The OpenMRS 3 built-in profile on the real "Create new appointment" page
 * (the saved rendering the real-page tests read): the patient's needs from the banner tags, the appointment type,
 * and the face-to-face suggestion acting on the page.
 */
import { describe, expect, it } from 'vitest';
import { CHANNEL_LABELS } from '../../../lib/channel';
import { applyChannel } from '../../../lib/profiles/actions';
import { choose, HAVE_REAL_PAGES, loadPage, NO_REAL_PAGES_MESSAGE, readWith, realPageHtml } from './pages';

const PROFILE = 'openmrs3-appointments';
const page = () => loadPage(realPageHtml('openmrs3'));

describe.skipIf(!HAVE_REAL_PAGES)(
  `OpenMRS 3 profile on the real page (${HAVE_REAL_PAGES ? 'present' : NO_REAL_PAGES_MESSAGE})`,
  () => {
    it('reads the needs from the banner tags and their toggletips, with evidence', async () => {
      const { context } = await readWith(page(), PROFILE);
      expect(context.profileId).toBe(PROFILE);
      expect(context.pageUrl).toBe('https://booking.example.org/x');
      const byEvidence = context.needs.map((n) => [n.category, n.evidence, n.source]);
      expect(byEvidence).toEqual(
        expect.arrayContaining([
          ['interpreter', 'Polish interpreter required', 'Patient tags'],
          ['interpreter', 'Interpreter required: Polish interpreter required', 'Patient tag details'],
          ['easy-read', 'Easy read', 'Patient tags'],
          ['no-digital-access', 'No digital access', 'Patient tags'],
          ['no-digital-access', 'Digital access: No digital access', 'Patient tag details'],
        ]),
      );
      const interpreter = context.needs.find((n) => n.category === 'interpreter');
      expect(interpreter?.language).toBe('Polish');
      expect(interpreter?.code).toBe('203901000000102');
      // Nothing from the rest of the page (name, demographics, identifier, form labels). The
      // recogniser may also read the attribute type "Communication needs" as communication support.
      const allowed = ['interpreter', 'easy-read', 'no-digital-access', 'communication-support'];
      for (const need of context.needs) expect(allowed, need.evidence).toContain(need.category);
    });

    it('reads no channel before an appointment type is chosen', async () => {
      const { context } = await readWith(page(), PROFILE);
      expect(context.channel.channel).toBe('unknown');
    });

    it.each([
      ['Virtual', 'remote', 'Virtual'],
      ['Scheduled', 'face-to-face', 'Scheduled'],
      ['WalkIn', 'face-to-face', 'Walk In'],
    ] as const)('appointment type %s reads as %s', async (value, channel, evidence) => {
      const doc = page();
      choose(doc, 'select#appointmentType', value);
      const { context } = await readWith(doc, PROFILE);
      expect(context.channel).toEqual({ channel, evidence, source: 'Appointment type' });
    });

    it('shows Virtual to the receptionist as remote (telephone or video)', async () => {
      const doc = page();
      choose(doc, 'select#appointmentType', 'Virtual');
      const { context } = await readWith(doc, PROFILE);
      expect(CHANNEL_LABELS[context.channel.channel].en).toBe('remote (telephone or video)');
    });

    it('follows the select when the receptionist changes it', async () => {
      const doc = page();
      choose(doc, 'select#appointmentType', 'Virtual');
      const first = await readWith(doc, PROFILE);
      expect(first.context.channel.channel).toBe('remote');
      choose(doc, 'select#appointmentType', 'Scheduled');
      const second = await readWith(doc, PROFILE);
      expect(second.context.channel.channel).toBe('face-to-face');
    });

    it('reads a need typed into the appointment note (live value)', async () => {
      const doc = page();
      doc.querySelector<HTMLTextAreaElement>('textarea#appointmentNote')!.value = 'Deaf, uses BSL';
      const { context } = await readWith(doc, PROFILE);
      expect(context.needs).toContainEqual(
        expect.objectContaining({ category: 'bsl-interpreter', source: 'Appointment note' }),
      );
    });

    it('the face-to-face suggestion picks "Scheduled", tells the page, and can be undone', async () => {
      const doc = page();
      choose(doc, 'select#appointmentType', 'Virtual');
      const { control } = await readWith(doc, PROFILE);
      const select = doc.querySelector<HTMLSelectElement>('select#appointmentType')!;
      const seen: string[] = [];
      select.addEventListener('change', () => seen.push(select.value));
      const result = applyChannel(control, 'face-to-face', 'face-to-face');
      expect(result.ok).toBe(true);
      expect(select.value).toBe('Scheduled');
      expect(seen).toEqual(['Scheduled']);
      if (!result.ok) return;
      expect(result.description).toBe('Appointment type: "Virtual" → "Scheduled"');
      result.undo();
      expect(select.value).toBe('Virtual');
    });
  },
);
