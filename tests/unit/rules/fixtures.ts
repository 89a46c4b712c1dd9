/** Builders for rule tests: booking contexts and rules with only the fields a test cares about. */
import type { BookingContext, Channel, NeedCategory, NeedFinding } from '../../../lib/model';
import type { Rule } from '../../../lib/rules/schema';

export function finding(category: NeedCategory, extra: Partial<NeedFinding> = {}): NeedFinding {
  return { category, evidence: `Recorded: ${category}`, source: 'Alerts', ...extra };
}

export function context(
  channel: Channel,
  needs: Array<NeedCategory | NeedFinding>,
  channelEvidence = '',
): BookingContext {
  return {
    siteId: 'site-1',
    profileId: 'generic',
    pageUrl: 'https://booking.example.nhs.uk/book',
    needs: needs.map((n) => (typeof n === 'string' ? finding(n) : n)),
    channel: { channel, evidence: channelEvidence, source: 'Slot type' },
  };
}

type RuleOverrides = Omit<Partial<Rule>, 'when' | 'prompt'> & {
  when?: Partial<Rule['when']>;
  prompt?: Partial<Rule['prompt']>;
};

/** A valid rule: interpreter + telephone, warning, one suggestion. */
export function makeRule(overrides: RuleOverrides = {}): Rule {
  const { when, prompt, ...rest } = overrides;
  return {
    id: 'test-rule',
    version: 1,
    enabled: true,
    name: 'Test rule',
    reason: 'Because tests need a rule.',
    sourceRef: 'tests',
    ...rest,
    when: { needsAny: ['interpreter'], channels: ['telephone'], ...when },
    prompt: {
      indicator: 'warning',
      summary: 'Interpreter needed ({language}): {channel} slot',
      detail: 'Detail for {need}.',
      suggestions: [
        {
          id: 'face-to-face',
          label: 'Switch to face-to-face',
          isRecommended: true,
          action: { kind: 'set-channel', channel: 'face-to-face' },
        },
      ],
      overrideReasons: [{ code: 'patient-refuses', display: 'Patient declined' }],
      responseRequired: true,
      ...prompt,
    },
  };
}
