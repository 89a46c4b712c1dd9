/** Property-based checks of the rules engine over random needs and channels (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, NEED_CATEGORIES } from '../../../lib/model';
import { DEFAULT_RULES } from '../../../lib/rules/defaults';
import { evaluate } from '../../../lib/rules/evaluate';
import { context, finding } from './fixtures';

const channel = fc.constantFrom(...CHANNELS);
const needs = fc.uniqueArray(fc.constantFrom(...NEED_CATEGORIES), { maxLength: 8 });
const ids = (prompts: ReturnType<typeof evaluate>) => prompts.map((p) => p.ruleId);

describe('evaluate (properties, default rules)', () => {
  it('no need, no prompt — except rules that fire on a channel alone (none by default)', () => {
    fc.assert(fc.property(channel, (c) => evaluate(context(c, []), DEFAULT_RULES).length === 0));
  });

  it('adding a need never removes a prompt', () => {
    fc.assert(
      fc.property(channel, needs, fc.constantFrom(...NEED_CATEGORIES), (c, base, extra) => {
        const before = new Set(ids(evaluate(context(c, base), DEFAULT_RULES, { hookInstance: 'h' })));
        const after = new Set(
          ids(evaluate(context(c, [...new Set([...base, extra])]), DEFAULT_RULES, { hookInstance: 'h' })),
        );
        return [...before].every((id) => after.has(id));
      }),
    );
  });

  it('is order-independent in the needs and deterministic', () => {
    fc.assert(
      fc.property(channel, needs, (c, list) => {
        const forward = evaluate(
          context(
            c,
            list.map((n) => finding(n)),
          ),
          DEFAULT_RULES,
          { hookInstance: 'h' },
        );
        const backward = evaluate(
          context(
            c,
            [...list].reverse().map((n) => finding(n)),
          ),
          DEFAULT_RULES,
          { hookInstance: 'h' },
        );
        expect(ids(backward)).toEqual(ids(forward));
        expect(backward.map((p) => p.uuid)).toEqual(forward.map((p) => p.uuid));
      }),
    );
  });

  it('every prompt has a summary under 140 characters and is most urgent first', () => {
    const rank = { critical: 3, warning: 2, info: 1 } as const;
    fc.assert(
      fc.property(channel, needs, fc.constantFrom('en' as const, 'cy' as const), (c, list, lang) => {
        const prompts = evaluate(context(c, list), DEFAULT_RULES, { lang, hookInstance: 'h' });
        for (const p of prompts) expect(p.summary.length).toBeLessThan(140);
        for (let i = 1; i < prompts.length; i++) {
          expect(rank[prompts[i - 1]!.indicator]).toBeGreaterThanOrEqual(rank[prompts[i]!.indicator]);
        }
      }),
    );
  });

  it('an unknown slot raises nothing, and a face-to-face slot no warning, for needs that only conflict with remote slots', () => {
    const remoteOnly = NEED_CATEGORIES.filter(
      (n) => n !== 'home-visit-required' && n !== 'longer-appointment',
    );
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...remoteOnly), { maxLength: 6 }), (list) => {
        const faceToFace = evaluate(context('face-to-face', list), DEFAULT_RULES);
        return (
          evaluate(context('unknown', list), DEFAULT_RULES).length === 0 &&
          faceToFace.every((p) => p.indicator === 'info' && !p.responseRequired)
        );
      }),
    );
  });
});
