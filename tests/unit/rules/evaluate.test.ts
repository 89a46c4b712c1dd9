import { describe, expect, it } from 'vitest';
import { Prompt } from '../../../lib/model';
import { evaluate } from '../../../lib/rules/evaluate';
import { context, finding, makeRule } from './fixtures';

const polish = finding('interpreter', {
  evidence: 'Interpreter needed - Polish',
  source: 'Alert',
  language: 'Polish',
});

describe('evaluate: firing', () => {
  it('fires an enabled rule whose need and channel match', () => {
    const prompts = evaluate(context('telephone', [polish]), [makeRule()]);
    expect(prompts.map((p) => p.ruleId)).toEqual(['test-rule']);
  });

  it.each([
    ['the rule is disabled', makeRule({ enabled: false }), context('telephone', [polish])],
    ['the channel does not match', makeRule(), context('video', [polish])],
    ['the slot is face-to-face', makeRule(), context('face-to-face', [polish])],
    ['the slot is unknown', makeRule(), context('unknown', [polish])],
    ['no needs were read', makeRule(), context('telephone', [])],
    ['only other needs were read', makeRule(), context('telephone', ['large-print', 'braille'])],
  ])('does not fire when %s', (_name, rule, ctx) => {
    expect(evaluate(ctx, [rule])).toEqual([]);
  });

  it('fires for face-to-face or unknown only when the rule lists them', () => {
    const rule = makeRule({ when: { channels: ['face-to-face', 'unknown'] } });
    expect(evaluate(context('face-to-face', [polish]), [rule])).toHaveLength(1);
    expect(evaluate(context('unknown', [polish]), [rule])).toHaveLength(1);
  });

  it('fires telephone rules for a "remote" slot (may be audio-only)', () => {
    expect(evaluate(context('remote', [polish]), [makeRule()])).toHaveLength(1);
  });

  it('keeps every rule that fires for the same needs', () => {
    const rules = [makeRule({ id: 'a' }), makeRule({ id: 'b' }), makeRule({ id: 'c', enabled: false })];
    expect(evaluate(context('telephone', [polish]), rules).map((p) => p.ruleId)).toEqual(['a', 'b']);
  });

  it('lets only the first of two rules with the same id fire, so uuids stay unique', () => {
    const rules = [makeRule({ name: 'first' }), makeRule({ name: 'second' })];
    const prompts = evaluate(context('telephone', [polish]), rules);
    expect(prompts.map((p) => p.source.topic?.display)).toEqual(['first']);
  });
});

describe('evaluate: ordering', () => {
  const rules = [
    makeRule({ id: 'info-1', prompt: { indicator: 'info' } }),
    makeRule({ id: 'warn-1', prompt: { indicator: 'warning' } }),
    makeRule({ id: 'crit-1', prompt: { indicator: 'critical' } }),
    makeRule({ id: 'info-2', prompt: { indicator: 'info' } }),
    makeRule({ id: 'warn-2', prompt: { indicator: 'warning' } }),
    makeRule({ id: 'crit-2', prompt: { indicator: 'critical' } }),
  ];

  it('puts critical before warning before info, ties in rule order', () => {
    const ids = evaluate(context('telephone', [polish]), rules).map((p) => p.ruleId);
    expect(ids).toEqual(['crit-1', 'crit-2', 'warn-1', 'warn-2', 'info-1', 'info-2']);
  });

  it('follows the rule order, not the id, for ties', () => {
    const reversed = [...rules].reverse();
    const ids = evaluate(context('telephone', [polish]), reversed).map((p) => p.ruleId);
    expect(ids).toEqual(['crit-2', 'crit-1', 'warn-2', 'warn-1', 'info-2', 'info-1']);
  });
});

describe('evaluate: determinism', () => {
  const rules = [makeRule({ id: 'a' }), makeRule({ id: 'b', prompt: { indicator: 'info' } })];
  const ctx = context('telephone', [polish], 'TC - 10 min');

  it('gives identical output for identical input', () => {
    const first = evaluate(ctx, rules, { hookInstance: 'obs-1' });
    const second = evaluate(structuredClone(ctx), structuredClone(rules), { hookInstance: 'obs-1' });
    expect(second).toEqual(first);
    expect(second.map((p) => p.uuid)).toEqual(first.map((p) => p.uuid));
  });

  it('gives different uuids for different observations, rules and rule versions', () => {
    const uuids = [
      evaluate(ctx, [makeRule()], { hookInstance: 'obs-1' })[0]?.uuid,
      evaluate(ctx, [makeRule()], { hookInstance: 'obs-2' })[0]?.uuid,
      evaluate(ctx, [makeRule({ id: 'other' })], { hookInstance: 'obs-1' })[0]?.uuid,
      evaluate(ctx, [makeRule({ version: 2 })], { hookInstance: 'obs-1' })[0]?.uuid,
    ];
    expect(new Set(uuids).size).toBe(4);
  });

  it('does not mutate its inputs', () => {
    const ctxCopy = structuredClone(ctx);
    const rulesCopy = structuredClone(rules);
    const prompts = evaluate(ctx, rules);
    prompts[0]?.suggestions[0] && Object.assign(prompts[0].suggestions[0].action, { channel: 'video' });
    expect(ctx).toEqual(ctxCopy);
    expect(rules).toEqual(rulesCopy);
  });
});

describe('evaluate: card content', () => {
  const [prompt] = evaluate(context('telephone', [polish], 'TC - 10 min'), [makeRule()], {
    hookInstance: 'obs-1',
  });

  it('is a valid Prompt', () => {
    expect(Prompt.safeParse(prompt).success).toBe(true);
  });

  it('renders the summary and detail', () => {
    expect(prompt?.summary).toBe('Interpreter needed (Polish): telephone slot');
    expect(prompt?.detail).toBe('Detail for spoken-language interpreter.');
  });

  it('carries CDS Hooks source, suggestions and override reasons', () => {
    expect(prompt?.source).toEqual({
      label: 'Practice equity rules v2',
      topic: { system: 'urn:equity-prompts:rule', code: 'test-rule', display: 'Test rule' },
    });
    expect(prompt?.selectionBehavior).toBe('at-most-one');
    expect(prompt?.suggestions).toEqual([
      {
        uuid: 'face-to-face',
        label: 'Switch to face-to-face',
        isRecommended: true,
        action: { kind: 'set-channel', channel: 'face-to-face' },
      },
    ]);
    expect(prompt?.overrideReasons).toEqual([{ code: 'patient-refuses', display: 'Patient declined' }]);
  });

  it('carries the local fields', () => {
    expect(prompt).toMatchObject({
      ruleId: 'test-rule',
      ruleVersion: 1,
      needs: ['interpreter'],
      channel: 'telephone',
      indicator: 'warning',
      responseRequired: true,
    });
  });

  it('lists the evidence: each need finding, then the slot reading', () => {
    expect(prompt?.evidence).toEqual([
      'Alert: Interpreter needed - Polish',
      'Slot type: Telephone (TC - 10 min)',
    ]);
  });

  it('omits selectionBehavior and detail when there is nothing to say', () => {
    const [bare] = evaluate(context('telephone', [polish]), [
      makeRule({ prompt: { suggestions: [], detail: '' } }),
    ]);
    expect(bare && 'selectionBehavior' in bare).toBe(false);
    expect(bare && 'detail' in bare).toBe(false);
  });

  it('uses the ruleset version given', () => {
    const [p] = evaluate(context('telephone', [polish]), [makeRule()], { rulesetVersion: '2025-03' });
    expect(p?.source.label).toBe('Practice equity rules v2025-03');
  });
});

describe('evaluate: evidence lines', () => {
  it.each([
    ['no slot text', '', 'Slot type: Telephone'],
    ['slot text equal to the channel name', 'telephone', 'Slot type: Telephone'],
    ['slot text', 'Tel appt  \n 10 min', 'Slot type: Telephone (Tel appt 10 min)'],
  ])('slot line with %s', (_name, evidence, expected) => {
    const [p] = evaluate(context('telephone', [polish], evidence), [makeRule()]);
    expect(p?.evidence.at(-1)).toBe(expected);
  });

  it('lists only findings of the matched needs, each line once, without a source prefix when there is none', () => {
    const needs = [
      polish,
      polish,
      finding('interpreter', { evidence: 'Main language: Urdu', source: '', language: 'Urdu' }),
      finding('braille', { evidence: 'Braille', source: 'Alert' }),
    ];
    const [p] = evaluate(context('telephone', needs), [makeRule()]);
    expect(p?.evidence).toEqual([
      'Alert: Interpreter needed - Polish',
      'Main language: Urdu',
      'Slot type: Telephone',
    ]);
  });

  it('caps lines and line length', () => {
    const needs = Array.from({ length: 80 }, (_, i) =>
      finding('interpreter', { evidence: `${'x'.repeat(290)} ${i}`, source: 'y'.repeat(80) }),
    );
    const [p] = evaluate(context('telephone', needs), [makeRule()]);
    expect(Prompt.safeParse(p).success).toBe(true);
    expect(p?.evidence).toHaveLength(50);
    expect(p?.evidence.at(-1)).toBe('Slot type: Telephone');
  });
});

describe('evaluate: templates', () => {
  const rule = (summary: string) => makeRule({ prompt: { summary } });
  const cases: Array<[string, string, Parameters<typeof context>[1], string]> = [
    ['one language', '{language}', [polish], 'Polish'],
    [
      'languages once each, case-insensitively, in order',
      '{language}',
      [polish, finding('interpreter', { language: 'polish' }), finding('interpreter', { language: 'Urdu' })],
      'Polish and Urdu',
    ],
    [
      'three languages',
      'Needs {language}',
      ['Polish', 'Urdu', 'Arabic'].map((language) => finding('interpreter', { language })),
      'Needs Polish, Urdu and Arabic',
    ],
    [
      'no language recorded',
      'Interpreter ({language})',
      ['interpreter'],
      'Interpreter (language not recorded)',
    ],
    [
      '{need} capitalised at the start',
      '{need} needed',
      ['interpreter'],
      'Spoken-language interpreter needed',
    ],
    ['{channel} mid-sentence', 'A {channel} slot', ['interpreter'], 'A telephone slot'],
    ['whitespace collapsed', '  Line one\n\nline   two ', ['interpreter'], 'Line one line two'],
  ];
  it.each(cases)('%s', (_name, summary, needs, expected) => {
    expect(evaluate(context('telephone', needs), [rule(summary)])[0]?.summary).toBe(expected);
  });

  it('{needs} lists every matched category in display order', () => {
    const r = makeRule({
      when: { needsAny: ['audio', 'braille', 'large-print'] },
      prompt: { summary: 'Needs: {needs}' },
    });
    const [p] = evaluate(context('telephone', ['audio', 'large-print', 'interpreter']), [r]);
    expect(p?.summary).toBe('Needs: large print and audio format');
    expect(p?.needs).toEqual(['large-print', 'audio']);
  });

  it('{channel} for a remote slot reads "telephone or video"', () => {
    expect(evaluate(context('remote', [polish]), [rule('{channel}')])[0]?.summary).toBe('Telephone or video');
  });

  it('truncates a rendered summary to 139 characters at a word boundary', () => {
    const long = finding('interpreter', { language: 'Language '.repeat(6).trim() });
    const r = rule(`${'Word '.repeat(18)}{language} {language}`);
    const [p] = evaluate(context('telephone', [long]), [r]);
    expect(p?.summary.length).toBeLessThanOrEqual(139);
    expect(p?.summary.endsWith('…')).toBe(true);
    expect(p?.summary).not.toMatch(/ …$/);
  });

  it('renders placeholders in suggestion labels too, within 120 characters', () => {
    const r = makeRule({
      prompt: {
        suggestions: [
          { id: 'book', label: 'Book a {language} interpreter', action: { kind: 'record', note: 'Booked' } },
        ],
      },
    });
    const [p] = evaluate(context('telephone', [polish]), [r]);
    expect(p?.suggestions[0]?.label).toBe('Book a Polish interpreter');
  });

  it('falls back to the rule name if a summary renders empty', () => {
    const [p] = evaluate(context('telephone', [polish]), [rule('   ')]);
    expect(p?.summary).toBe('Test rule');
  });

  it('leaves page text as text (no markup is interpreted or stripped)', () => {
    const evil = finding('interpreter', { language: '<img src=x onerror=alert(1)>', evidence: '<b>x</b>' });
    const [p] = evaluate(context('telephone', [evil]), [rule('{language}')]);
    expect(p?.summary).toBe('<img src=x onerror=alert(1)>');
    expect(p?.evidence[0]).toBe('Alerts: <b>x</b>');
  });
});

describe('evaluate: Welsh', () => {
  const welsh = makeRule({
    prompt: {
      overrideReasons: [
        { code: 'patient-refuses', display: 'Patient declined' },
        { code: 'limited-time', display: 'Urgent' },
      ],
      suggestions: [
        { id: 'a', label: 'English A', action: { kind: 'longer-slot' } },
        { id: 'b', label: 'English B', action: { kind: 'longer-slot' } },
      ],
    },
    i18n: {
      cy: {
        summary: 'Angen dehonglydd ({language}): slot {channel}',
        suggestions: { a: 'Cymraeg A' },
        overrideReasons: { 'patient-refuses': 'Gwrthododd y claf' },
      },
    },
  });

  it('uses Welsh text where given and English where not', () => {
    const [p] = evaluate(context('telephone', [polish]), [welsh], { lang: 'cy' });
    expect(p?.summary).toBe('Angen dehonglydd (Polish): slot ffôn');
    expect(p?.detail).toBe('Detail for dehonglydd iaith lafar.');
    expect(p?.suggestions.map((s) => s.label)).toEqual(['Cymraeg A', 'English B']);
    expect(p?.overrideReasons.map((r) => r.display)).toEqual(['Gwrthododd y claf', 'Urgent']);
    expect(p?.source.label).toBe('Rheolau tegwch y practis v2');
    expect(p?.evidence.at(-1)).toBe('Math o apwyntiad: Ffôn');
  });

  it('keeps codes and uuids the same in both languages', () => {
    const [en] = evaluate(context('telephone', [polish]), [welsh], { lang: 'en', hookInstance: 'h' });
    const [cy] = evaluate(context('telephone', [polish]), [welsh], { lang: 'cy', hookInstance: 'h' });
    expect(cy?.uuid).toBe(en?.uuid);
    expect(cy?.suggestions.map((s) => s.uuid)).toEqual(en?.suggestions.map((s) => s.uuid));
    expect(cy?.overrideReasons.map((r) => r.code)).toEqual(en?.overrideReasons.map((r) => r.code));
  });

  it('joins Welsh lists with "a" and uses the Welsh fallback for a missing language', () => {
    const r = makeRule({
      when: { needsAny: ['audio', 'braille'] },
      prompt: { summary: '{needs}; {language}' },
    });
    const [p] = evaluate(context('telephone', ['audio', 'braille']), [r], { lang: 'cy' });
    expect(p?.summary).toBe('Braille a fformat sain; iaith heb ei chofnodi');
  });

  it('ignores inherited keys in translation records', () => {
    const r = makeRule({
      prompt: {
        suggestions: [{ id: 'constructor', label: 'L', action: { kind: 'longer-slot' } }],
        overrideReasons: [{ code: 'toString', display: 'D' }],
      },
      i18n: { cy: { suggestions: {}, overrideReasons: {} } },
    });
    const [p] = evaluate(context('telephone', [polish]), [r], { lang: 'cy' });
    expect(p?.suggestions[0]?.label).toBe('L');
    expect(p?.overrideReasons[0]?.display).toBe('D');
  });

  it('treats an unexpected language as English', () => {
    const [p] = evaluate(context('telephone', [polish]), [welsh], { lang: 'fr' as never });
    expect(p?.summary).toBe('Interpreter needed (Polish): telephone slot');
  });
});
