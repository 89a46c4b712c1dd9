import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, type Channel, NEED_CATEGORIES, type NeedCategory, Prompt } from '../../../lib/model';
import { combinePrompts, needsRulingOut, UNSUITABLE_CHANNELS } from '../../../lib/rules/combine';
import { DEFAULT_RULES } from '../../../lib/rules/defaults';
import { evaluate } from '../../../lib/rules/evaluate';
import { context } from './fixtures';

/** What the receptionist sees for a booking: the default cards, combined. */
function combined(channel: Channel, needs: NeedCategory[]) {
  return combinePrompts(evaluate(context(channel, needs), DEFAULT_RULES, { hookInstance: 'h' }), needs);
}

function switchesOffered(prompts: readonly Prompt[]): Channel[] {
  return prompts.flatMap((p) =>
    p.suggestions.flatMap((s) => (s.action.kind === 'set-channel' ? [s.action.channel] : [])),
  );
}

describe('combinePrompts: contradictory suggestions are dropped', () => {
  it('no "switch to telephone" for a patient who also has hearing loss', () => {
    const result = combined('video', ['no-digital-access', 'hearing-impairment']);
    expect(switchesOffered(result.prompts)).toEqual(['face-to-face']);
    expect(result.dropped).toEqual([
      expect.objectContaining({ channel: 'telephone', because: ['hearing-impairment'] }),
    ]);
  });

  it('no "online" for a BSL user who uses text relay', () => {
    const result = combined('telephone', ['bsl-interpreter', 'contact-text-relay']);
    expect(switchesOffered(result.prompts)).not.toContain('online');
    expect(result.dropped.map((d) => [d.channel, d.because])).toEqual([['online', ['bsl-interpreter']]]);
  });

  it('no "switch to face-to-face" for a patient who needs home visits', () => {
    const result = combined('online', ['sight-impairment', 'home-visit-required']);
    expect(switchesOffered(result.prompts)).toEqual(['telephone']);
  });

  it('a written-contact preference rules out nothing', () => {
    for (const channel of CHANNELS) expect(needsRulingOut(channel, ['contact-written-only'])).toEqual([]);
  });

  it('leaves cards untouched when nothing contradicts, and keeps CDS Hooks shape when it drops', () => {
    const prompts = evaluate(context('telephone', ['interpreter']), DEFAULT_RULES);
    expect(combinePrompts(prompts, ['interpreter']).prompts).toEqual(prompts);
    for (const p of combined('video', ['no-digital-access', 'hearing-impairment', 'deafblind']).prompts) {
      const parsed = Prompt.safeParse(p);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      expect(p.selectionBehavior === 'at-most-one').toBe(p.suggestions.length > 0);
    }
  });

  it('never offers a switch that any recorded need rules out (any needs, any slot)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...NEED_CATEGORIES), { maxLength: 6 }),
        fc.constantFrom(...CHANNELS),
        (needs, channel) => {
          const result = combined(channel, needs);
          return switchesOffered(result.prompts).every((c) => needsRulingOut(c, needs).length === 0);
        },
      ),
    );
  });

  it('agrees with the default cards: every channel a need is warned about is ruled out for it', () => {
    for (const need of NEED_CATEGORIES) {
      for (const channel of ['face-to-face', 'home-visit', 'telephone', 'video', 'online'] as const) {
        const warned = evaluate(context(channel, [need]), DEFAULT_RULES).some(
          (p) => p.indicator === 'warning',
        );
        if (warned) expect(UNSUITABLE_CHANNELS[need], `${need} on ${channel}`).toContain(channel);
      }
    }
  });
});

describe('combinePrompts: one combined recommendation leads', () => {
  it('is absent for a single card', () => {
    expect(combined('telephone', ['interpreter']).lead).toBeNull();
    expect(combined('telephone', []).lead).toBeNull();
  });

  it('BSL user with hearing loss and a learning disability on a telephone slot: face-to-face, longer, with a BSL interpreter', () => {
    const { lead, prompts } = combined('telephone', [
      'bsl-interpreter',
      'hearing-impairment',
      'learning-disability',
    ]);
    expect(lead).toMatchObject({
      kind: 'switch',
      channel: 'face-to-face',
      label: 'Switch to a face-to-face slot',
      longerSlot: true,
      arrange: ['bsl-interpreter', 'hearing-impairment'],
      cards: 3,
    });
    // The lead acts through a real suggestion on one of the cards.
    const card = prompts.find((p) => p.uuid === (lead?.kind === 'switch' ? lead.promptUuid : ''));
    expect(card?.suggestions.map((s) => s.uuid)).toContain(
      lead?.kind === 'switch' ? lead.suggestionUuid : '',
    );
  });

  it('no digital access and deafblind on a video slot: face-to-face, not telephone', () => {
    const { lead } = combined('video', ['no-digital-access', 'deafblind']);
    expect(lead).toMatchObject({ kind: 'switch', channel: 'face-to-face', arrange: ['deafblind'] });
  });

  it('an interpreter and a home-visit need on a surgery slot: home visit with the interpreter booked', () => {
    const { lead } = combined('face-to-face', ['interpreter', 'home-visit-required']);
    expect(lead).toMatchObject({ kind: 'switch', channel: 'home-visit', arrange: ['interpreter'] });
  });

  it('a face-to-face slot that suits every need: keep it and book the support', () => {
    const { lead } = combined('face-to-face', ['interpreter', 'hearing-impairment', 'attendance-adjustment']);
    expect(lead).toEqual({
      kind: 'keep',
      channel: 'face-to-face',
      longerSlot: true,
      arrange: ['interpreter', 'hearing-impairment', 'attendance-adjustment'],
      cards: 3,
    });
  });

  it('when no suggested type suits every need, the clinician decides', () => {
    // Housebound, deafblind, on a video slot: the only switch offered (face-to-face) is ruled out.
    const { lead } = combined('video', ['deafblind', 'home-visit-required', 'learning-disability']);
    expect(lead).toMatchObject({ kind: 'ask-clinician', channel: 'video' });
    expect(lead?.kind === 'ask-clinician' ? lead.unsuitable : []).toEqual([
      'deafblind',
      'learning-disability',
    ]);
  });

  it('the leading switch is never to a channel a recorded need rules out', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...NEED_CATEGORIES), { minLength: 2, maxLength: 6 }),
        fc.constantFrom(...CHANNELS),
        (needs, channel) => {
          const { lead } = combined(channel, needs);
          return lead?.kind !== 'switch' || needsRulingOut(lead.channel, needs).length === 0;
        },
      ),
    );
  });
});
