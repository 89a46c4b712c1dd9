// @vitest-environment happy-dom
/**
 * The Bahmni built-in profile on a hand-made fixture of the React appointment editor (no real page
 * of Bahmni exists here; see BAHMNI_FIXTURE for the source files). The appointment kind is a
 * "Teleconsultation" tick box: ticked is Virtual (remote), not ticked is Scheduled or Walk-in.
 */
import { describe, expect, it } from 'vitest';
import { CHANNEL_LABELS } from '../../../lib/channel';
import { applyChannel } from '../../../lib/profiles/actions';
import { BAHMNI_FIXTURE, loadPage, readWith } from './pages';

const PROFILE = 'bahmni-appointments';

describe('Bahmni appointments profile (hand-made fixture)', () => {
  it('reads the needs from the notes, with evidence', async () => {
    const { context } = await readWith(loadPage(BAHMNI_FIXTURE), PROFILE);
    expect(context.needs).toContainEqual(
      expect.objectContaining({
        category: 'bsl-interpreter',
        evidence: 'Book a BSL interpreter',
        source: 'Notes',
      }),
    );
  });

  it('reads Teleconsultation ticked as remote (telephone or video)', async () => {
    const { context } = await readWith(loadPage(BAHMNI_FIXTURE), PROFILE);
    expect(context.channel).toEqual({
      channel: 'remote',
      evidence: 'Teleconsultation',
      source: 'Teleconsultation',
    });
    expect(CHANNEL_LABELS[context.channel.channel].en).toBe('remote (telephone or video)');
  });

  it('reads it not ticked as face-to-face, even with Walk-in ticked', async () => {
    const doc = loadPage(BAHMNI_FIXTURE);
    doc.querySelector<HTMLInputElement>('#teleconsultation-checkbox')!.checked = false;
    expect((await readWith(doc, PROFILE)).context.channel).toEqual({
      channel: 'face-to-face',
      evidence: 'Teleconsultation: not ticked',
      source: 'Teleconsultation',
    });
    doc.querySelector<HTMLInputElement>('#walk-in-selection-checkbox')!.checked = true;
    expect((await readWith(doc, PROFILE)).context.channel.channel).toBe('face-to-face');
  });

  it('the face-to-face suggestion unticks Teleconsultation (with a click the app sees) and can be undone', async () => {
    const doc = loadPage(BAHMNI_FIXTURE);
    const box = doc.querySelector<HTMLInputElement>('#teleconsultation-checkbox')!;
    let clicks = 0;
    box.addEventListener('click', () => clicks++);
    const result = applyChannel((await readWith(doc, PROFILE)).control, 'face-to-face', 'face-to-face');
    expect(result.ok).toBe(true);
    expect(box.checked).toBe(false);
    expect(clicks).toBe(1);
    if (!result.ok) return;
    result.undo();
    expect(box.checked).toBe(true);
  });
});
