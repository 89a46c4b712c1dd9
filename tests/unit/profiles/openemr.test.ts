// @vitest-environment happy-dom
/**
 * The OpenEMR built-in profile on a hand-made fixture of the calendar's Add/Edit Event dialog (no
 * real page of OpenEMR exists here; see OPENEMR_FIXTURE for the source file).
 */
import { describe, expect, it } from 'vitest';
import { CHANNEL_LABELS } from '../../../lib/channel';
import { applyChannel } from '../../../lib/profiles/actions';
import { choose, loadPage, OPENEMR_FIXTURE, readWith } from './pages';

const PROFILE = 'openemr-add-edit-event';

describe('OpenEMR add/edit event profile (hand-made fixture)', () => {
  it('reads the needs from the comments, with evidence', async () => {
    const { context } = await readWith(loadPage(OPENEMR_FIXTURE), PROFILE);
    expect(context.needs).toEqual([
      expect.objectContaining({
        category: 'interpreter',
        language: 'Polish',
        evidence: 'Polish speaker, needs an interpreter',
        source: 'Comments',
      }),
    ]);
  });

  it('reads a TeleHealth category as remote (telephone or video)', async () => {
    const { context } = await readWith(loadPage(OPENEMR_FIXTURE), PROFILE);
    expect(context.channel).toEqual({
      channel: 'remote',
      evidence: 'TeleHealth Established Patient',
      source: 'Category',
    });
    expect(CHANNEL_LABELS[context.channel.channel].en).toBe('remote (telephone or video)');
  });

  it.each([
    ['5', 'face-to-face'],
    ['17', 'remote'],
    // Not mapped: "New Patient" says nothing about the channel (a practice may map it).
    ['10', 'unknown'],
  ] as const)('category %s reads as %s', async (value, channel) => {
    const doc = loadPage(OPENEMR_FIXTURE);
    choose(doc, 'select#form_category', value);
    expect((await readWith(doc, PROFILE)).context.channel.channel).toBe(channel);
  });

  it('reads the demographics interpreter field where a page shows it', async () => {
    const doc = loadPage(OPENEMR_FIXTURE);
    doc
      .querySelector('#theform')!
      .insertAdjacentHTML('beforeend', '<input type="text" name="form_interpretter" id="form_interpretter">');
    doc.querySelector<HTMLInputElement>('#form_interpretter')!.value = 'Arabic';
    doc.querySelector<HTMLInputElement>('input[name="form_comments"]')!.value = '';
    expect((await readWith(doc, PROFILE)).context.needs).toEqual([
      expect.objectContaining({
        category: 'interpreter',
        language: 'Arabic',
        source: 'Interpreter (demographics)',
      }),
    ]);
  });

  it('the face-to-face suggestion picks Office Visit', async () => {
    const doc = loadPage(OPENEMR_FIXTURE);
    const result = applyChannel((await readWith(doc, PROFILE)).control, 'face-to-face', 'face-to-face');
    expect(result.ok).toBe(true);
    expect(doc.querySelector<HTMLSelectElement>('#form_category')!.value).toBe('5');
  });
});
