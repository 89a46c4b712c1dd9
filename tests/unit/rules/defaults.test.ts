import { describe, expect, it } from 'vitest';
import { CHANNELS, type Channel, NEED_CATEGORIES, type NeedCategory, Prompt } from '../../../lib/model';
import {
  DEFAULT_OVERRIDE_REASONS,
  DEFAULT_OVERRIDE_REASONS_CY,
  DEFAULT_RULES,
  DEFAULT_RULESET_VERSION,
  defaultRules,
  LOCAL_OVERRIDE_SYSTEM,
  NON_ADHERENCE_SYSTEM,
} from '../../../lib/rules/defaults';
import { evaluate } from '../../../lib/rules/evaluate';
import { channelMatches } from '../../../lib/rules/match';
import { RuleSet } from '../../../lib/rules/schema';
import { context, finding } from './fixtures';

/** What each default rule is for: its needs and exactly the slot channels it fires on. */
const EXPECTED: Record<string, { needs: NeedCategory[]; fires: Channel[] }> = {
  'interpreter-telephone-online': { needs: ['interpreter'], fires: ['telephone', 'online', 'remote'] },
  'interpreter-in-person': { needs: ['interpreter'], fires: ['face-to-face', 'home-visit'] },
  'bsl-telephone-online': { needs: ['bsl-interpreter'], fires: ['telephone', 'online', 'remote'] },
  'bsl-in-person': { needs: ['bsl-interpreter'], fires: ['face-to-face', 'home-visit'] },
  'deafblind-remote': { needs: ['deafblind'], fires: ['telephone', 'video', 'online', 'remote'] },
  'deafblind-in-person': { needs: ['deafblind'], fires: ['face-to-face', 'home-visit'] },
  'hearing-telephone': { needs: ['hearing-impairment'], fires: ['telephone', 'remote'] },
  'hearing-in-person': { needs: ['hearing-impairment'], fires: ['face-to-face', 'home-visit'] },
  'accessible-information-online': {
    needs: ['easy-read', 'large-print', 'braille', 'audio', 'information-verbally'],
    fires: ['online'],
  },
  'sight-online': { needs: ['sight-impairment'], fires: ['online'] },
  'communication-support-remote': {
    needs: ['communication-support'],
    fires: ['telephone', 'online', 'remote'],
  },
  'learning-disability-remote': {
    needs: ['learning-disability'],
    fires: ['telephone', 'video', 'online', 'remote'],
  },
  'cognitive-impairment-remote': {
    needs: ['cognitive-impairment'],
    fires: ['telephone', 'online', 'remote'],
  },
  'no-digital-access': { needs: ['no-digital-access'], fires: ['video', 'online', 'remote'] },
  'advocate-carer-remote': {
    needs: ['advocate-or-carer'],
    fires: ['telephone', 'video', 'online', 'remote'],
  },
  'longer-appointment': {
    needs: ['longer-appointment'],
    fires: ['face-to-face', 'home-visit', 'telephone', 'video', 'online', 'remote'],
  },
  'no-voice-calls-telephone': { needs: ['contact-text-relay'], fires: ['telephone', 'remote'] },
  'written-contact-telephone': { needs: ['contact-written-only'], fires: ['telephone', 'remote'] },
  'home-visit-surgery': { needs: ['home-visit-required'], fires: ['face-to-face'] },
  'attendance-adjustment-face-to-face': { needs: ['attendance-adjustment'], fires: ['face-to-face'] },
  'reasonable-adjustment-remote': {
    needs: ['reasonable-adjustment'],
    fires: ['telephone', 'video', 'online', 'remote'],
  },
};

const rules = [...DEFAULT_RULES];
const LONG_LANGUAGE = 'Language with an improbably long recorded name for testing xyz'.slice(0, 60);

describe('default rule set', () => {
  it('is a valid rule set (unique ids, every rule valid)', () => {
    const result = RuleSet.safeParse(rules);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has a version', () => {
    expect(Number.isInteger(DEFAULT_RULESET_VERSION) && DEFAULT_RULESET_VERSION >= 1).toBe(true);
  });

  it('is fully described by the table in this test', () => {
    expect(rules.map((r) => r.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('defaultRules() returns an independent copy', () => {
    const copy = defaultRules();
    copy[0]!.enabled = false;
    expect(DEFAULT_RULES[0]?.enabled).toBe(true);
    expect(defaultRules()).toEqual(rules);
  });
});

describe.each(rules.map((r) => [r.id, r] as const))('default rule %s', (id, rule) => {
  const expected = EXPECTED[id]!;

  it('states its reason and source', () => {
    expect(rule.reason.length).toBeGreaterThan(20);
    expect(rule.sourceRef.length).toBeGreaterThan(5);
    expect(rule.enabled).toBe(true);
  });

  it('asks for a response exactly when it is a warning, and never ships as critical', () => {
    expect(rule.prompt.indicator).not.toBe('critical');
    expect(rule.prompt.responseRequired).toBe(rule.prompt.indicator === 'warning');
  });

  it('recommends at most one suggestion, and no suggestion switches to a channel it fires on', () => {
    expect(rule.prompt.suggestions.filter((s) => s.isRecommended).length).toBeLessThanOrEqual(1);
    for (const s of rule.prompt.suggestions) {
      if (s.action.kind === 'set-channel')
        expect(channelMatches(rule.when.channels, s.action.channel)).toBe(false);
    }
  });

  it('has Welsh text for the summary, detail, every suggestion and every override reason', () => {
    const cy = rule.i18n?.cy;
    expect(cy?.summary).toBeTruthy();
    expect(cy?.detail).toBeTruthy();
    expect(Object.keys(cy?.suggestions ?? {}).sort()).toEqual(
      rule.prompt.suggestions.map((s) => s.id).sort(),
    );
    expect(Object.keys(cy?.overrideReasons ?? {}).sort()).toEqual(
      rule.prompt.overrideReasons.map((r) => r.code).sort(),
    );
  });

  it.each(CHANNELS.map((c) => [c]))('on a %s slot: fires only if intended', (channel) => {
    for (const need of expected.needs) {
      const prompts = evaluate(context(channel, [need]), [rule]);
      expect(prompts.length, `${need} on ${channel}`).toBe(expected.fires.includes(channel) ? 1 : 0);
    }
  });

  it('fires when its need is among others, inside the full default set', () => {
    const channel = expected.fires[0]!;
    const prompts = evaluate(context(channel, ['large-print', expected.needs[0]!]), rules);
    expect(prompts.map((p) => p.ruleId)).toContain(id);
  });

  it('stays silent when only other needs were recorded', () => {
    const others = NEED_CATEGORIES.filter((c) => !expected.needs.includes(c));
    for (const channel of expected.fires) {
      expect(evaluate(context(channel, others), [rule])).toEqual([]);
    }
  });

  it('stays silent when no needs were read', () => {
    for (const channel of CHANNELS) expect(evaluate(context(channel, []), [rule])).toEqual([]);
  });

  it.each(['en', 'cy'] as const)(
    'makes valid prompts in %s, summaries under 140 even with long names',
    (lang) => {
      for (const channel of expected.fires) {
        const needs = [
          ...expected.needs.map((c) => finding(c, { language: LONG_LANGUAGE, evidence: 'e'.repeat(300) })),
          finding('interpreter', { language: `${LONG_LANGUAGE.slice(0, 50)} second` }),
        ];
        for (const p of evaluate(context(channel, needs, 'x'.repeat(200)), [rule], {
          lang,
          hookInstance: 'h',
        })) {
          const parsed = Prompt.safeParse(p);
          expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
          expect(p.summary.length).toBeLessThan(140);
        }
      }
    },
  );

  it.each(['en', 'cy'] as const)('needs no truncation for an ordinary context in %s', (lang) => {
    // One recorded need at a time (the usual case); combinations are covered by the length test above.
    for (const channel of expected.fires) {
      for (const need of expected.needs) {
        const [p] = evaluate(context(channel, [finding(need, { language: 'Polish' })]), [rule], { lang });
        expect(p?.summary.endsWith('…'), p?.summary).toBe(false);
        expect(p?.summary).not.toMatch(/[{}]/);
      }
    }
  });
});

describe('default rules: scenarios', () => {
  const polish = finding('interpreter', {
    evidence: 'Interpreter needed - Polish',
    source: 'Alert',
    language: 'Polish',
  });

  it('Polish interpreter on a telephone slot', () => {
    const [p, ...rest] = evaluate(context('telephone', [polish], 'TC'), rules, { hookInstance: 'h' });
    expect(rest).toEqual([]);
    expect(p).toMatchObject({
      ruleId: 'interpreter-telephone-online',
      indicator: 'warning',
      summary: 'Interpreter needed (Polish): telephone slot selected',
      evidence: ['Alert: Interpreter needed - Polish', 'Slot type: Telephone (TC)'],
      source: { label: `Practice equity rules v${DEFAULT_RULESET_VERSION}` },
    });
    expect(p?.suggestions.map((s) => [s.label, s.action.kind])).toEqual([
      ['Switch to a face-to-face slot', 'set-channel'],
      ['Book a longer slot', 'longer-slot'],
      ['Interpreter booked', 'record'],
    ]);
    expect(p?.overrideReasons.map((r) => r.code)).toContain('interpreter-by-phone');
  });

  it('Polish interpreter on a telephone slot, in Welsh', () => {
    const [p] = evaluate(context('telephone', [polish]), rules, { lang: 'cy' });
    expect(p?.summary).toBe("Angen dehonglydd (Polish): slot ffôn wedi'i ddewis");
    expect(p?.suggestions[0]?.label).toBe('Newid i slot wyneb yn wyneb');
  });

  it('BSL user offered face-to-face, video (VRI) or recording that an interpreter is booked', () => {
    const [p] = evaluate(context('telephone', ['bsl-interpreter']), rules);
    expect(p?.suggestions.map((s) => s.action)).toEqual([
      { kind: 'set-channel', channel: 'face-to-face' },
      { kind: 'set-channel', channel: 'video' },
      { kind: 'record', note: 'BSL interpreter booked' },
    ]);
  });

  it('no digital access on video: offered face-to-face or telephone', () => {
    const [p] = evaluate(context('video', ['no-digital-access']), rules);
    expect(p?.suggestions.map((s) => s.action)).toEqual([
      { kind: 'set-channel', channel: 'face-to-face' },
      { kind: 'set-channel', channel: 'telephone' },
    ]);
  });

  it('several needs on a remote slot: all conflicting rules fire, warnings first', () => {
    const prompts = evaluate(
      context('remote', ['advocate-or-carer', 'learning-disability', 'longer-appointment', 'deafblind']),
      rules,
    );
    expect(prompts.map((p) => [p.ruleId, p.indicator])).toEqual([
      ['deafblind-remote', 'warning'],
      ['learning-disability-remote', 'warning'],
      ['advocate-carer-remote', 'info'],
      ['longer-appointment', 'info'],
    ]);
  });

  it('nothing fires for any need on an unknown slot', () => {
    expect(evaluate(context('unknown', [...NEED_CATEGORIES]), rules)).toEqual([]);
  });

  it('on a face-to-face slot: the home-visit warning, then what to arrange for the visit', () => {
    const prompts = evaluate(context('face-to-face', [...NEED_CATEGORIES]), rules);
    expect(prompts.map((p) => [p.ruleId, p.indicator])).toEqual([
      ['home-visit-surgery', 'warning'],
      ['interpreter-in-person', 'info'],
      ['bsl-in-person', 'info'],
      ['deafblind-in-person', 'info'],
      ['hearing-in-person', 'info'],
      ['longer-appointment', 'info'],
      ['attendance-adjustment-face-to-face', 'info'],
    ]);
  });

  it('an interpreter is booked for a face-to-face visit too (information, not a switch)', () => {
    const [p, ...rest] = evaluate(context('face-to-face', [polish], 'F2F'), rules);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({
      indicator: 'info',
      responseRequired: false,
      summary: 'Interpreter needed (Polish): book one for this face-to-face appointment',
    });
    expect(p?.suggestions.map((s) => s.action.kind)).not.toContain('set-channel');
    expect(p?.suggestions[0]).toMatchObject({ label: 'Interpreter booked', isRecommended: true });
  });

  it('a BSL user on a home visit: book the BSL interpreter', () => {
    const [p] = evaluate(context('home-visit', ['bsl-interpreter']), rules, { lang: 'cy' });
    expect(p?.summary).toBe(
      'Defnyddiwr BSL: trefnwch ddehonglydd BSL ar gyfer yr apwyntiad ymweliad cartref hwn',
    );
    const [en] = evaluate(context('home-visit', ['bsl-interpreter']), rules);
    expect(en?.summary).toBe('BSL user: book a BSL interpreter for this home visit appointment');
  });

  it('hearing loss on a face-to-face slot: arrange the loop, no warning', () => {
    const [p] = evaluate(context('face-to-face', ['hearing-impairment']), rules);
    expect(p).toMatchObject({ ruleId: 'hearing-in-person', indicator: 'info' });
    expect(p?.summary).toContain('hearing loop');
  });

  it('step-free access, quiet room or first/last appointment: face-to-face only, nothing on remote slots', () => {
    const [p] = evaluate(context('face-to-face', ['attendance-adjustment']), rules);
    expect(p?.summary).toBe(
      'Adjustment when attending recorded: arrange it for this face-to-face appointment',
    );
    for (const channel of ['telephone', 'video', 'online', 'remote', 'home-visit'] as const)
      expect(evaluate(context(channel, ['attendance-adjustment']), rules)).toEqual([]);
  });

  it('a written-contact preference does not say the patient cannot take calls', () => {
    const [p, ...rest] = evaluate(context('telephone', ['contact-written-only']), rules);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ ruleId: 'written-contact-telephone', indicator: 'info' });
    expect(`${p?.summary} ${p?.detail}`).not.toMatch(/cannot|can't|voice call/i);
    expect(p?.suggestions[0]?.label).toBe('Patient agreed to a telephone appointment');
  });

  it('a text relay user on a telephone slot is warned the call must use Relay UK', () => {
    const [p] = evaluate(context('telephone', ['contact-text-relay']), rules);
    expect(p).toMatchObject({ ruleId: 'no-voice-calls-telephone', indicator: 'warning' });
    expect(p?.summary).toBe(
      'Patient uses text relay: telephone slot selected. The call must go through Relay UK',
    );
  });

  it('learning disability: health checks face-to-face "wherever possible", not "always"', () => {
    const [p] = evaluate(context('telephone', ['learning-disability']), rules);
    expect(p?.detail).toContain('face-to-face wherever possible');
    expect(p?.detail).not.toMatch(/always/i);
    const [cy] = evaluate(context('telephone', ['learning-disability']), rules, { lang: 'cy' });
    expect(cy?.detail).toContain('lle bynnag y bo modd');
  });
});

describe('default override reasons', () => {
  it('follow the HL7 non-adherence code order, "patient refuses" last of them, then local codes', () => {
    expect(DEFAULT_OVERRIDE_REASONS.map((r) => [r.system, r.code])).toEqual([
      [NON_ADHERENCE_SYSTEM, 'cds-not-applicable'],
      [NON_ADHERENCE_SYSTEM, 'action-completed'],
      [NON_ADHERENCE_SYSTEM, 'limited-time'],
      [NON_ADHERENCE_SYSTEM, 'inappropriate-recipient'],
      [NON_ADHERENCE_SYSTEM, 'prefers-alternative'],
      [NON_ADHERENCE_SYSTEM, 'service-not-available'],
      [NON_ADHERENCE_SYSTEM, 'patient-refuses'],
      [LOCAL_OVERRIDE_SYSTEM, 'record-out-of-date'],
      [LOCAL_OVERRIDE_SYSTEM, 'interpreter-by-phone'],
      [LOCAL_OVERRIDE_SYSTEM, 'carer-will-relay'],
    ]);
    expect(DEFAULT_OVERRIDE_REASONS.map((r) => r.display)).toEqual([
      'Not applicable to this booking',
      'Already arranged',
      'Urgent: no time to rearrange',
      'Clinician to decide',
      'Patient prefers this appointment type',
      'No face-to-face or interpreter capacity',
      'Patient declined',
      'Record out of date: the need should be reviewed',
      'Interpreter joining by phone',
      'Carer will relay',
    ]);
  });

  it('all have Welsh displays', () => {
    for (const r of DEFAULT_OVERRIDE_REASONS) expect(DEFAULT_OVERRIDE_REASONS_CY[r.code]).toBeTruthy();
  });

  it('every rule offers the HL7 reasons and "record out of date"; other local ones only where they fit', () => {
    const always = DEFAULT_OVERRIDE_REASONS.slice(0, 8).map((r) => r.code);
    for (const rule of rules) {
      const codes = rule.prompt.overrideReasons.map((r) => r.code);
      expect(codes.slice(0, 8)).toEqual(always);
      if (codes.includes('interpreter-by-phone')) expect(rule.when.needsAny).toContain('interpreter');
    }
  });
});
