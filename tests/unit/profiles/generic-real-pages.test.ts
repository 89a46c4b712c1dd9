// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "disableCSSFileLoading": true, "disableJavaScriptFileLoading": true, "handleDisabledFileLoadingAsSuccess": true } }
/**
 * The generic profile alone (no site profile) on the real pages: what configuration-free discovery
 * reads there. It should find the needs and the slot-type control by itself; the built-in profiles
 * add what it cannot know (OpenMRS "Scheduled" is a clinic visit).
 */
import { describe, expect, it } from 'vitest';
import { choose, HAVE_REAL_PAGES, loadPage, NO_REAL_PAGES_MESSAGE, readWith, realPageHtml } from './pages';

const categories = (needs: { category: string }[]) => [...new Set(needs.map((n) => n.category))].sort();

describe.skipIf(!HAVE_REAL_PAGES)(
  `generic profile on the real pages (${HAVE_REAL_PAGES ? 'present' : NO_REAL_PAGES_MESSAGE})`,
  () => {
    describe('OpenMRS 3', () => {
      const page = () => loadPage(realPageHtml('openmrs3'));

      it('finds the needs in the patient banner', async () => {
        const { context } = await readWith(page(), undefined);
        expect(context.profileId).toBe('generic');
        expect(categories(context.needs)).toEqual(
          expect.arrayContaining(['easy-read', 'interpreter', 'no-digital-access']),
        );
        expect(context.needs).toContainEqual(
          expect.objectContaining({
            category: 'interpreter',
            evidence: 'Polish interpreter required',
            language: 'Polish',
          }),
        );
      });

      it.each([
        ['Virtual', 'remote'],
        ['WalkIn', 'face-to-face'],
        // Only the built-in profile knows that OpenMRS "Scheduled" is a clinic visit.
        ['Scheduled', 'unknown'],
      ] as const)('finds the appointment type select: %s reads as %s', async (value, channel) => {
        const doc = page();
        choose(doc, 'select#appointmentType', value);
        const { context, control } = await readWith(doc, undefined);
        expect(control?.element.id).toBe('appointmentType');
        expect(context.channel.channel).toBe(channel);
      });
    });

    describe('Easy!Appointments wizard', () => {
      const page = () => loadPage(realPageHtml('easyappointments'));

      it('finds the needs in the labelled custom fields and the notes', async () => {
        const { context } = await readWith(page(), undefined);
        expect(categories(context.needs)).toEqual(['easy-read', 'interpreter', 'no-digital-access']);
        expect(context.needs).toContainEqual(
          expect.objectContaining({
            category: 'interpreter',
            source: 'Interpreter needed? (language)',
            language: 'Urdu',
          }),
        );
      });

      it('finds the service select and reads the chosen service', async () => {
        const doc = page();
        const { context, control } = await readWith(doc, undefined);
        expect(control?.element.id).toBe('select-service');
        expect(context.channel).toMatchObject({ channel: 'video', evidence: 'GP appointment - video' });
        choose(doc, 'select#select-service', '5');
        expect((await readWith(doc, undefined)).context.channel.channel).toBe('telephone');
      });

      it('reads an answer that only makes sense with its question ("Yes - Somali")', async () => {
        const doc = page();
        doc.querySelector<HTMLInputElement>('#custom-field-1')!.value = 'Yes - Somali';
        const { context } = await readWith(doc, undefined);
        expect(context.needs).toContainEqual(
          expect.objectContaining({
            category: 'interpreter',
            language: 'Somali',
            evidence: 'Interpreter needed? (language): Yes - Somali',
          }),
        );
      });

      it('reads nothing from a negative answer', async () => {
        const doc = page();
        doc.querySelector<HTMLInputElement>('#custom-field-1')!.value = 'No';
        doc.querySelector<HTMLInputElement>('#custom-field-2')!.value = 'None';
        doc.querySelector<HTMLTextAreaElement>('#notes')!.value = '';
        expect((await readWith(doc, undefined)).context.needs).toEqual([]);
      });
    });
  },
);
