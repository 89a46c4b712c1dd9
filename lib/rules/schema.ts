/**
 * The Rule schema: what a practice manager (or the shipped defaults) can say about when to raise a
 * prompt and what it says. Rules arrive from storage and imported files, so every field is checked
 * here with messages a practice manager can act on ("Summary must be under 140 characters"), not
 * zod's developer messages.
 */
import { z } from 'zod';
import { text, typeError } from '../field-messages';
import { CHANNELS, type Channel, NEED_CATEGORIES } from '../model';
import {
  DETAIL_MAX,
  LABEL_MAX,
  MAX_OVERRIDE_REASONS,
  MAX_RULES,
  MAX_SUGGESTIONS,
  SUMMARY_MAX,
} from './limits';
import { PLACEHOLDERS, unknownPlaceholders } from './template';

export {
  DETAIL_MAX,
  LABEL_MAX,
  MAX_OVERRIDE_REASONS,
  MAX_RULES,
  MAX_SUGGESTIONS,
  SUMMARY_MAX,
} from './limits';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Short, printable echo of a bad value for a message. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function slug(label: string) {
  return z
    .string({ error: typeError(label, 'text') })
    .min(1, `${label} cannot be empty`)
    .max(64, `${label} must be 64 characters or fewer`)
    .regex(SLUG, `${label} must use lower-case letters, digits and single hyphens, e.g. "bsl-telephone"`);
}

/** Text that may hold `{language}`, `{need}`, `{needs}`, `{channel}` and nothing else in braces. */
function template(label: string, max: number, tooLong: string, min = 1) {
  return z
    .string({ error: typeError(label, 'text') })
    .min(min, `${label} cannot be empty`)
    .max(max, tooLong)
    .superRefine((value, ctx) => {
      const unknown = unknownPlaceholders(value);
      if (unknown.length > 0) {
        const allowed = PLACEHOLDERS.map((p) => `{${p}}`).join(', ');
        ctx.addIssue({
          code: 'custom',
          message: `${label} uses unknown placeholder ${unknown.map((u) => `{${u}}`).join(', ')}: use only ${allowed}`,
        });
      }
    });
}

const summaryTemplate = (label: string) =>
  template(label, SUMMARY_MAX, `${label} must be under 140 characters`);
const detailTemplate = (label: string) =>
  template(label, DETAIL_MAX, `${label} must be ${DETAIL_MAX} characters or fewer`, 0);
const labelTemplate = (label: string) =>
  template(label, LABEL_MAX, `${label} must be ${LABEL_MAX} characters or fewer`);

const NeedCategoryField = z.enum(NEED_CATEGORIES, {
  error: (issue) => `"${shown(issue.input)}" is not a known need category`,
});
const ChannelField = z.enum(CHANNELS, {
  error: (issue) => `"${shown(issue.input)}" is not a known appointment type`,
});

/** Channels a suggestion may switch the page to: real slot types, not "remote" or "unknown". */
export const SETTABLE_CHANNELS: readonly Channel[] = [
  'face-to-face',
  'home-visit',
  'telephone',
  'video',
  'online',
];

/** Same shape as model.ts SuggestionAction, with messages for managers. */
export const RuleAction = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('set-channel'),
      channel: ChannelField.refine((c) => SETTABLE_CHANNELS.includes(c), {
        message: 'A suggestion can switch only to face-to-face, home visit, telephone, video or online',
      }),
    }),
    z.object({ kind: z.literal('longer-slot') }),
    z.object({ kind: z.literal('record'), note: text('Record note', 200) }),
  ],
  { error: 'Suggestion action must be "set-channel", "longer-slot" or "record"' },
);
export type RuleAction = z.infer<typeof RuleAction>;

export const RuleSuggestion = z.object({
  /** Stable within the rule; becomes the CDS Hooks suggestion uuid so logs can count which fix was taken. */
  id: slug('Suggestion id'),
  label: labelTemplate('Suggestion label'),
  isRecommended: z.boolean({ error: 'isRecommended must be true or false' }).optional(),
  action: RuleAction,
});
export type RuleSuggestion = z.infer<typeof RuleSuggestion>;

/** A CDS Hooks override reason: a Coding that SHALL have a display. */
export const OverrideReason = z.object({
  system: z.string({ error: 'Override reason system must be text' }).max(300).optional(),
  code: text('Override reason code', 100),
  display: z
    .string({ error: 'Each override reason needs a display text' })
    .min(1, 'Each override reason needs a display text')
    .max(200, 'Override reason display must be 200 characters or fewer'),
});
export type OverrideReason = z.infer<typeof OverrideReason>;

export const RuleWhen = z
  .object({
    needsAny: z.array(NeedCategoryField).max(NEED_CATEGORIES.length).optional(),
    needsAll: z.array(NeedCategoryField).max(NEED_CATEGORIES.length).optional(),
    channels: z
      .array(ChannelField, { error: typeError('Appointment types', 'a list') })
      .min(1, 'Choose at least one appointment type')
      .max(CHANNELS.length),
  })
  .refine((w) => (w.needsAny?.length ?? 0) + (w.needsAll?.length ?? 0) > 0, {
    message: 'Choose at least one need (in "any of" or "all of")',
    path: ['needsAny'],
  });
export type RuleWhen = z.infer<typeof RuleWhen>;

export const RulePrompt = z.object({
  indicator: z.enum(['info', 'warning', 'critical'], {
    error: 'Indicator must be "info", "warning" or "critical"',
  }),
  summary: summaryTemplate('Summary'),
  detail: detailTemplate('Detail'),
  suggestions: z
    .array(RuleSuggestion)
    .max(MAX_SUGGESTIONS, `A rule can have at most ${MAX_SUGGESTIONS} suggestions`),
  overrideReasons: z
    .array(OverrideReason)
    .max(MAX_OVERRIDE_REASONS, `A rule can have at most ${MAX_OVERRIDE_REASONS} override reasons`),
  responseRequired: z.boolean({ error: typeError('Response required', 'true or false') }),
});
export type RulePrompt = z.infer<typeof RulePrompt>;

/** Welsh (or another language's) text for one rule; anything missing falls back to English. */
export const RuleTranslation = z.object({
  summary: summaryTemplate('Translated summary').optional(),
  detail: detailTemplate('Translated detail').optional(),
  /** Suggestion id → label. */
  suggestions: z.record(z.string(), labelTemplate('Translated suggestion label')).optional(),
  /** Override reason code → display. */
  overrideReasons: z.record(z.string(), text('Translated override reason', 200)).optional(),
});
export type RuleTranslation = z.infer<typeof RuleTranslation>;

export const Rule = z
  .object({
    id: slug('Rule id'),
    version: z
      .number({ error: typeError('Rule version', 'a number') })
      .int('Rule version must be a whole number')
      .min(1, 'Rule version must be 1 or more'),
    enabled: z.boolean({ error: typeError('Enabled', 'true or false') }),
    name: text('Rule name', 100),
    /** Why the rule exists, in plain words, for the manager and for clinical safety review. */
    reason: text('Reason', 1000),
    /** Where the rule comes from, e.g. "AIS DAPB1605 step \"meet\"; RAF category 006". */
    sourceRef: text('Source reference', 300),
    when: RuleWhen,
    prompt: RulePrompt,
    i18n: z.object({ cy: RuleTranslation.optional() }).optional(),
  })
  .superRefine((rule, ctx) => {
    const ids = rule.prompt.suggestions.map((s) => s.id);
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index) {
        ctx.addIssue({
          code: 'custom',
          path: ['prompt', 'suggestions', index, 'id'],
          message: `Suggestion id "${id}" is used twice in this rule`,
        });
      }
    });
    const labels = rule.i18n?.cy?.suggestions ?? {};
    for (const key of Object.keys(labels)) {
      if (!ids.includes(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['i18n', 'cy', 'suggestions', key],
          message: `Translated label for a suggestion that does not exist ("${shown(key)}")`,
        });
      }
    }
  });
export type Rule = z.infer<typeof Rule>;

/** A whole rule list: ids must be unique, because prompts and logs refer to rules by id. */
export const RuleSet = z
  .array(Rule)
  .max(MAX_RULES, `At most ${MAX_RULES} rules`)
  .superRefine((rules, ctx) => {
    const seen = new Set<string>();
    rules.forEach((rule, index) => {
      if (seen.has(rule.id)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `Rule id "${rule.id}" is used by an earlier rule`,
        });
      }
      seen.add(rule.id);
    });
  });
