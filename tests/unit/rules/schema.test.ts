import { describe, expect, it } from 'vitest';
import { Rule, RuleSet } from '../../../lib/rules/schema';
import { makeRule } from './fixtures';

/** Messages of a failed parse, so tests read like the manager's screen. */
function messages(input: unknown): string[] {
  const result = Rule.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

function withPath(input: unknown, path: string): string[] {
  const result = Rule.safeParse(input);
  if (result.success) return [];
  return result.error.issues.filter((i) => i.path.join('.') === path).map((i) => i.message);
}

const valid = makeRule();

describe('Rule schema', () => {
  it('accepts a valid rule', () => {
    expect(Rule.safeParse(valid).success).toBe(true);
  });

  it('accepts a summary of exactly 139 characters', () => {
    expect(messages(makeRule({ prompt: { summary: 'x'.repeat(139) } }))).toEqual([]);
  });

  it.each([
    [
      'summary of 140 characters',
      makeRule({ prompt: { summary: 'x'.repeat(140) } }),
      'prompt.summary',
      'Summary must be under 140 characters',
    ],
    ['empty summary', makeRule({ prompt: { summary: '' } }), 'prompt.summary', 'Summary cannot be empty'],
    [
      'no channels',
      makeRule({ when: { channels: [] } }),
      'when.channels',
      'Choose at least one appointment type',
    ],
    [
      'no needs',
      makeRule({ when: { needsAny: [], needsAll: [] } }),
      'when.needsAny',
      'Choose at least one need (in "any of" or "all of")',
    ],
    [
      'unknown need',
      makeRule({ when: { needsAny: ['wizard' as never] } }),
      'when.needsAny.0',
      '"wizard" is not a known need category',
    ],
    [
      'unknown channel',
      makeRule({ when: { channels: ['carrier-pigeon' as never] } }),
      'when.channels.0',
      '"carrier-pigeon" is not a known appointment type',
    ],
    [
      'id not a slug',
      makeRule({ id: 'Not A Slug' }),
      'id',
      'Rule id must use lower-case letters, digits and single hyphens, e.g. "bsl-telephone"',
    ],
    ['version 0', makeRule({ version: 0 }), 'version', 'Rule version must be 1 or more'],
    ['version 1.5', makeRule({ version: 1.5 }), 'version', 'Rule version must be a whole number'],
    ['empty name', makeRule({ name: '' }), 'name', 'Rule name cannot be empty'],
    ['empty reason', makeRule({ reason: '' }), 'reason', 'Reason cannot be empty'],
    [
      'bad indicator',
      makeRule({ prompt: { indicator: 'urgent' as never } }),
      'prompt.indicator',
      'Indicator must be "info", "warning" or "critical"',
    ],
    [
      'override reason without display',
      makeRule({ prompt: { overrideReasons: [{ code: 'x', display: '' }] } }),
      'prompt.overrideReasons.0.display',
      'Each override reason needs a display text',
    ],
    [
      'set-channel to remote',
      makeRule({
        prompt: {
          suggestions: [{ id: 's', label: 'S', action: { kind: 'set-channel', channel: 'remote' } }],
        },
      }),
      'prompt.suggestions.0.action.channel',
      'A suggestion can switch only to face-to-face, home visit, telephone, video or online',
    ],
    [
      'empty record note',
      makeRule({ prompt: { suggestions: [{ id: 's', label: 'S', action: { kind: 'record', note: '' } }] } }),
      'prompt.suggestions.0.action.note',
      'Record note cannot be empty',
    ],
    [
      'unknown action kind',
      makeRule({
        prompt: { suggestions: [{ id: 's', label: 'S', action: { kind: 'book-taxi' } as never }] },
      }),
      'prompt.suggestions.0.action.kind',
      'Suggestion action must be "set-channel", "longer-slot" or "record"',
    ],
    [
      'duplicate suggestion ids',
      makeRule({
        prompt: {
          suggestions: [
            { id: 'same', label: 'A', action: { kind: 'longer-slot' } },
            { id: 'same', label: 'B', action: { kind: 'longer-slot' } },
          ],
        },
      }),
      'prompt.suggestions.1.id',
      'Suggestion id "same" is used twice in this rule',
    ],
    [
      'too many suggestions',
      makeRule({
        prompt: {
          suggestions: Array.from({ length: 11 }, (_, i) => ({
            id: `s${i}`,
            label: 'L',
            action: { kind: 'longer-slot' as const },
          })),
        },
      }),
      'prompt.suggestions',
      'A rule can have at most 10 suggestions',
    ],
    [
      'Welsh label for a suggestion that does not exist',
      makeRule({ i18n: { cy: { suggestions: { ghost: 'Ysbryd' } } } }),
      'i18n.cy.suggestions.ghost',
      'Translated label for a suggestion that does not exist ("ghost")',
    ],
    [
      'Welsh summary too long',
      makeRule({ i18n: { cy: { summary: 'y'.repeat(140) } } }),
      'i18n.cy.summary',
      'Translated summary must be under 140 characters',
    ],
  ])('rejects %s with a friendly message', (_name, input, path, message) => {
    expect(withPath(input, path)).toContain(message);
  });

  it.each([
    ['missing name', 'name', 'Rule name is required'],
    ['missing enabled', 'enabled', 'Enabled is required'],
    ['missing sourceRef', 'sourceRef', 'Source reference is required'],
  ])('says when a field is %s', (_name, field, message) => {
    const input: Record<string, unknown> = { ...valid };
    delete input[field];
    expect(withPath(input, field)).toEqual([message]);
  });

  it('says "must be text" for the wrong type', () => {
    expect(withPath({ ...valid, name: 42 }, 'name')).toEqual(['Rule name must be text']);
  });

  describe('template placeholders', () => {
    it.each([
      '{language}',
      '{need}',
      '{needs}',
      '{channel}',
      'all: {language} {need} {needs} {channel}',
      'no braces',
    ])('allows %s', (summary) => {
      expect(messages(makeRule({ prompt: { summary } }))).toEqual([]);
    });

    it.each([
      ['{patient}', '{patient}'],
      ['{name} and {nhsNumber}', '{name}, {nhsNumber}'],
      ['{}', '{}'],
      ['{constructor}', '{constructor}'],
    ])('rejects %s in the summary', (summary, listed) => {
      expect(withPath(makeRule({ prompt: { summary } }), 'prompt.summary')).toEqual([
        `Summary uses unknown placeholder ${listed}: use only {language}, {need}, {needs}, {channel}`,
      ]);
    });

    it('checks details and suggestion labels too', () => {
      expect(withPath(makeRule({ prompt: { detail: 'Hi {patient}' } }), 'prompt.detail')).toHaveLength(1);
      const suggestions = [{ id: 's', label: 'Call {phone}', action: { kind: 'longer-slot' as const } }];
      expect(withPath(makeRule({ prompt: { suggestions } }), 'prompt.suggestions.0.label')).toHaveLength(1);
    });

    it('allows an empty detail', () => {
      expect(messages(makeRule({ prompt: { detail: '' } }))).toEqual([]);
    });
  });

  it('accepts needsAll without needsAny', () => {
    expect(
      messages(makeRule({ when: { needsAny: undefined, needsAll: ['interpreter', 'deafblind'] } })),
    ).toEqual([]);
  });

  it('drops unknown keys instead of keeping them', () => {
    const parsed = Rule.parse({ ...valid, script: 'alert(1)' });
    expect('script' in parsed).toBe(false);
  });
});

describe('RuleSet schema', () => {
  it('rejects duplicate rule ids, naming the later one', () => {
    const result = RuleSet.safeParse([makeRule(), makeRule()]);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['1.id', 'Rule id "test-rule" is used by an earlier rule'],
    ]);
  });

  it('accepts distinct ids', () => {
    expect(RuleSet.safeParse([makeRule(), makeRule({ id: 'other' })]).success).toBe(true);
  });
});
