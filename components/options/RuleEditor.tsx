/**
 * One rule's form: when it fires (needs, slot types) and what the card says and offers. Every change
 * is checked with the Rule schema and its message shown beside the field it is about; saving shows all
 * remaining problems in an announced summary that links to the fields. The preview beside the form
 * is the real card for a sample patient.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { CHANNELS, type Channel, NEED_CATEGORIES, type NeedCategory } from '../../lib/model';
import { DEFAULT_OVERRIDE_REASONS, overrideReasons } from '../../lib/rules/defaults';
import {
  type Rule,
  Rule as RuleSchema,
  type RuleSuggestion,
  SETTABLE_CHANNELS,
  SUMMARY_MAX,
} from '../../lib/rules/schema';
import { PLACEHOLDERS } from '../../lib/rules/template';
import { issuesByPath } from '../../lib/settings/envelope';
import type { SettingsIssue } from '../../lib/settings/issues';
import { RulePreview } from './RulePreview';
import { channelName, describedBy, ErrorSummary, FieldError, fieldId, needName } from './ui';

const INDICATORS = [
  { value: 'info', label: 'Information', hint: 'for format and checking needs' },
  { value: 'warning', label: 'Warning', hint: 'the slot type conflicts with the need' },
  { value: 'critical', label: 'Important', hint: 'a hard stop agreed by the practice' },
] as const;

const ACTIONS = [
  { value: 'set-channel', label: 'Switch the slot type' },
  { value: 'longer-slot', label: 'Choose a longer slot' },
  { value: 'record', label: 'Record that something was done' },
] as const;

export interface RuleEditorProps {
  rule: Rule;
  isNew: boolean;
  /** Ids of the other rules (a new rule's id must differ). */
  otherIds: string[];
  lang: 'en' | 'cy';
  adviceOnly: boolean;
  /** Saves the rule; answers with the problems (paths relative to the rule) or none. */
  onSave: (rule: Rule) => Promise<SettingsIssue[]>;
  onCancel: () => void;
}

const id = (path: string) => fieldId('rule', path);

function uniqueId(base: string, taken: readonly string[]): string {
  let candidate = base;
  for (let n = 2; taken.includes(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}

/** The rule as saved: unchanged fields kept, empty Welsh text removed, version bumped when edited. */
export function finishRule(draft: Rule, original: Rule, isNew: boolean): Rule {
  const next: Rule = structuredClone(draft);
  const cy = next.i18n?.cy;
  if (cy) {
    if (!cy.summary?.trim()) delete cy.summary;
    if (!cy.detail?.trim()) delete cy.detail;
    if (Object.keys(cy).length === 0) delete next.i18n;
  }
  if (next.when.needsAll && next.when.needsAll.length === 0) delete next.when.needsAll;
  if (next.when.needsAny && next.when.needsAny.length === 0) delete next.when.needsAny;
  if (!isNew && JSON.stringify(next) !== JSON.stringify(original)) next.version = original.version + 1;
  return next;
}

export function RuleEditor({ rule, isNew, otherIds, lang, adviceOnly, onSave, onCancel }: RuleEditorProps) {
  const [draft, setDraft] = useState<Rule>(() => structuredClone(rule));
  const [summary, setSummary] = useState<SettingsIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const update = (change: (next: Rule) => void) =>
    setDraft((current) => {
      const next = structuredClone(current);
      change(next);
      return next;
    });

  const checked = RuleSchema.safeParse(finishRule(draft, rule, isNew));
  const errors: Record<string, string> = checked.success ? {} : issuesByPath(checked.error);
  if (isNew && otherIds.includes(draft.id))
    errors.id = `Rule id "${draft.id}" is already used by another rule`;

  const save = async (event: Event) => {
    event.preventDefault();
    const list = Object.entries(errors).map(([path, message]) => ({ path, message }));
    setSummary(list);
    if (list.length > 0) return;
    setSaving(true);
    const problems = await onSave(finishRule(draft, rule, isNew));
    setSaving(false);
    setSummary(problems);
  };

  const text = (
    path: string,
    label: string,
    value: string,
    set: (v: string) => void,
    options: { hint?: string; area?: boolean } = {},
  ) => {
    const fid = id(path);
    const Tag = options.area ? 'textarea' : 'input';
    return (
      <div class="field">
        <label for={fid}>{label}</label>
        {options.hint && (
          <p class="hint" id={`${fid}-hint`}>
            {options.hint}
          </p>
        )}
        <Tag
          {...describedBy(fid, errors[path], Boolean(options.hint))}
          {...(options.area ? { rows: 4 } : { type: 'text' })}
          value={value}
          onInput={(e: Event) => set((e.currentTarget as HTMLInputElement).value)}
        />
        <FieldError id={fid} message={errors[path]} />
      </div>
    );
  };

  const needBoxes = (key: 'needsAny' | 'needsAll', legend: string) => {
    const path = `when.${key}`;
    const list = draft.when[key] ?? [];
    return (
      <fieldset
        class="checks"
        aria-describedby={errors[path] ? `${id(path)}-error` : undefined}
        id={id(path)}
        tabIndex={-1}
      >
        <legend>{legend}</legend>
        <div class="check-grid">
          {NEED_CATEGORIES.map((need) => (
            <label key={need} class="check">
              <input
                type="checkbox"
                checked={list.includes(need)}
                onChange={(e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  update((r) => {
                    const current = r.when[key] ?? [];
                    r.when[key] = on ? [...current, need] : current.filter((n: NeedCategory) => n !== need);
                  });
                }}
              />
              {needName(need)}
            </label>
          ))}
        </div>
        <FieldError id={id(path)} message={errors[path]} />
      </fieldset>
    );
  };

  const suggestionIds = draft.prompt.suggestions.map((s) => s.id);
  const placeholders = PLACEHOLDERS.map((p) => `{${p}}`).join(', ');

  return (
    <div class="rule-editor-layout">
      <form class="rule-editor" onSubmit={save} noValidate aria-labelledby="rule-editor-heading">
        <h3 id="rule-editor-heading" ref={heading} tabIndex={-1}>
          {isNew ? 'New rule' : `Edit rule: ${rule.name}`}
        </h3>
        <ErrorSummary
          title="This rule cannot be saved yet"
          errors={summary}
          linkTo={(path) => (document.getElementById(id(path)) ? id(path) : undefined)}
        />

        {isNew ? (
          text(
            'id',
            'Rule id (used in the log; cannot be changed later)',
            draft.id,
            (v) =>
              update((r) => {
                r.id = v;
              }),
            {
              hint: 'Lower-case letters, digits and hyphens, e.g. interpreter-video',
            },
          )
        ) : (
          <p class="sub">
            Rule id <code>{draft.id}</code>, version {rule.version} (saving a change makes version{' '}
            {rule.version + 1})
          </p>
        )}
        {text('name', 'Name', draft.name, (v) =>
          update((r) => {
            r.name = v;
          }),
        )}
        {text(
          'reason',
          'Why this rule exists',
          draft.reason,
          (v) =>
            update((r) => {
              r.reason = v;
            }),
          {
            area: true,
            hint: 'For clinical safety review and for staff who ask why the prompt appeared.',
          },
        )}
        {text('sourceRef', 'Source (policy or guidance)', draft.sourceRef, (v) =>
          update((r) => {
            r.sourceRef = v;
          }),
        )}

        <h4>When the prompt appears</h4>
        {needBoxes('needsAny', 'The patient has any of these needs')}
        <details>
          <summary>Needs that must all be present (optional)</summary>
          {needBoxes('needsAll', 'The patient has all of these needs')}
        </details>
        <fieldset
          class="checks"
          id={id('when.channels')}
          tabIndex={-1}
          aria-describedby={errors['when.channels'] ? `${id('when.channels')}-error` : undefined}
        >
          <legend>…and the slot type is one of these</legend>
          <div class="check-grid">
            {CHANNELS.map((channel) => (
              <label key={channel} class="check">
                <input
                  type="checkbox"
                  checked={draft.when.channels.includes(channel)}
                  onChange={(e) => {
                    const on = (e.currentTarget as HTMLInputElement).checked;
                    update((r) => {
                      r.when.channels = on
                        ? [...r.when.channels, channel]
                        : r.when.channels.filter((c) => c !== channel);
                    });
                  }}
                />
                {channelName(channel)}
              </label>
            ))}
          </div>
          <FieldError id={id('when.channels')} message={errors['when.channels']} />
        </fieldset>

        <h4>What the prompt says</h4>
        <fieldset class="checks" id={id('prompt.indicator')}>
          <legend>How urgent</legend>
          {INDICATORS.map((option) => (
            <label key={option.value} class="check">
              <input
                type="radio"
                name="rule-indicator"
                value={option.value}
                checked={draft.prompt.indicator === option.value}
                onChange={() =>
                  update((r) => {
                    r.prompt.indicator = option.value;
                  })
                }
              />
              {option.label} <span class="sub-inline">({option.hint})</span>
            </label>
          ))}
        </fieldset>
        {text(
          'prompt.summary',
          'Summary (one sentence)',
          draft.prompt.summary,
          (v) =>
            update((r) => {
              r.prompt.summary = v;
            }),
          {
            hint: `${draft.prompt.summary.length} of ${SUMMARY_MAX} characters. You can use ${placeholders}.`,
          },
        )}
        {text(
          'prompt.detail',
          'Detail (shown under “Why this prompt?”)',
          draft.prompt.detail,
          (v) =>
            update((r) => {
              r.prompt.detail = v;
            }),
          {
            area: true,
          },
        )}
        <label class="check">
          <input
            type="checkbox"
            checked={draft.prompt.responseRequired}
            onChange={(e) =>
              update((r) => {
                r.prompt.responseRequired = (e.currentTarget as HTMLInputElement).checked;
              })
            }
          />
          Ask for a response before booking (the card stays until answered; it never blocks the booking page)
        </label>

        <fieldset class="list-fieldset" id={id('prompt.suggestions')} tabIndex={-1}>
          <legend>Suggested fixes (buttons on the card)</legend>
          {draft.prompt.suggestions.length === 0 && (
            <p class="hint">No suggestions: the card only informs.</p>
          )}
          {draft.prompt.suggestions.map((s, i) => (
            <SuggestionRow
              key={`${i}-${s.id}`}
              index={i}
              suggestion={s}
              errors={errors}
              onChange={(change) => update((r) => change(r.prompt.suggestions[i]!))}
              onRemove={() => update((r) => void r.prompt.suggestions.splice(i, 1))}
            />
          ))}
          <FieldError id={id('prompt.suggestions')} message={errors['prompt.suggestions']} />
          <button
            type="button"
            onClick={() =>
              update((r) =>
                r.prompt.suggestions.push({
                  id: uniqueId('face-to-face', suggestionIds),
                  label: 'Switch to a face-to-face slot',
                  action: { kind: 'set-channel', channel: 'face-to-face' },
                }),
              )
            }
          >
            Add a suggestion
          </button>
        </fieldset>

        <fieldset class="list-fieldset" id={id('prompt.overrideReasons')} tabIndex={-1}>
          <legend>Reasons to keep the slot type</legend>
          {draft.prompt.overrideReasons.map((reason, i) => {
            const base = `prompt.overrideReasons[${i}]`;
            return (
              <div class="row" key={i}>
                <div class="field grow">
                  <label for={id(`${base}.display`)}>Reason {i + 1}</label>
                  <input
                    {...describedBy(id(`${base}.display`), errors[`${base}.display`])}
                    type="text"
                    value={reason.display}
                    onInput={(e) => {
                      const value = (e.currentTarget as HTMLInputElement).value;
                      update((r) => {
                        r.prompt.overrideReasons[i]!.display = value;
                      });
                    }}
                  />
                  <FieldError id={id(`${base}.display`)} message={errors[`${base}.display`]} />
                </div>
                <div class="field">
                  <label for={id(`${base}.code`)}>Code for reports</label>
                  <input
                    {...describedBy(id(`${base}.code`), errors[`${base}.code`])}
                    type="text"
                    value={reason.code}
                    onInput={(e) => {
                      const value = (e.currentTarget as HTMLInputElement).value;
                      update((r) => {
                        r.prompt.overrideReasons[i]!.code = value;
                      });
                    }}
                  />
                  <FieldError id={id(`${base}.code`)} message={errors[`${base}.code`]} />
                </div>
                <button
                  type="button"
                  class="row-button"
                  aria-label={`Remove reason ${i + 1}`}
                  onClick={() => update((r) => void r.prompt.overrideReasons.splice(i, 1))}
                >
                  Remove
                </button>
              </div>
            );
          })}
          <div class="actions">
            <button
              type="button"
              onClick={() =>
                update((r) =>
                  r.prompt.overrideReasons.push({
                    code: uniqueId(
                      'local-reason',
                      r.prompt.overrideReasons.map((x) => x.code),
                    ),
                    display: 'Another reason',
                  }),
                )
              }
            >
              Add a reason
            </button>
            <button
              type="button"
              onClick={() =>
                update((r) => {
                  r.prompt.overrideReasons = DEFAULT_OVERRIDE_REASONS.map((x) => ({ ...x }));
                })
              }
            >
              Use the standard reasons
            </button>
          </div>
        </fieldset>

        <details>
          <summary>Welsh text (optional)</summary>
          {text('i18n.cy.summary', 'Summary in Welsh', draft.i18n?.cy?.summary ?? '', (v) =>
            update((r) => {
              r.i18n = { ...r.i18n, cy: { ...r.i18n?.cy, summary: v } };
            }),
          )}
          {text(
            'i18n.cy.detail',
            'Detail in Welsh',
            draft.i18n?.cy?.detail ?? '',
            (v) =>
              update((r) => {
                r.i18n = { ...r.i18n, cy: { ...r.i18n?.cy, detail: v } };
              }),
            { area: true },
          )}
        </details>

        <div class="actions sticky-actions">
          <button type="submit" class="primary" disabled={saving}>
            {isNew ? 'Add rule' : 'Save rule'}
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
      <RulePreview rule={draft} lang={lang} adviceOnly={adviceOnly} />
    </div>
  );
}

function SuggestionRow({
  index,
  suggestion,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  suggestion: RuleSuggestion;
  errors: Record<string, string>;
  onChange: (change: (s: RuleSuggestion) => void) => void;
  onRemove: () => void;
}) {
  const base = `prompt.suggestions[${index}]`;
  const f = (name: string) => id(`${base}.${name}`);
  const action = suggestion.action;
  return (
    <fieldset class="suggestion">
      <legend class="visually-hidden">Suggestion {index + 1}</legend>
      <div class="row">
        <div class="field grow">
          <label for={f('label')}>Suggestion {index + 1}: button text</label>
          <input
            {...describedBy(f('label'), errors[`${base}.label`])}
            type="text"
            value={suggestion.label}
            onInput={(e) =>
              onChange((s) => {
                s.label = (e.currentTarget as HTMLInputElement).value;
              })
            }
          />
          <FieldError id={f('label')} message={errors[`${base}.label`]} />
        </div>
        <div class="field">
          <label for={f('action-kind')}>What it does</label>
          <select
            id={f('action-kind')}
            value={action.kind}
            onChange={(e) => {
              const kind = (e.currentTarget as HTMLSelectElement).value as RuleSuggestion['action']['kind'];
              onChange((s) => {
                s.action =
                  kind === 'set-channel'
                    ? { kind, channel: 'face-to-face' }
                    : kind === 'record'
                      ? { kind, note: s.label || 'Done' }
                      : { kind };
              });
            }}
          >
            {ACTIONS.map((a) => (
              <option key={a.value} value={a.value}>
                {a.label}
              </option>
            ))}
          </select>
        </div>
        {action.kind === 'set-channel' && (
          <div class="field">
            <label for={f('action-channel')}>To</label>
            <select
              {...describedBy(f('action-channel'), errors[`${base}.action.channel`])}
              value={action.channel}
              onChange={(e) => {
                const channel = (e.currentTarget as HTMLSelectElement).value as Channel;
                onChange((s) => {
                  s.action = { kind: 'set-channel', channel };
                });
              }}
            >
              {SETTABLE_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {channelName(c)}
                </option>
              ))}
            </select>
            <FieldError id={f('action-channel')} message={errors[`${base}.action.channel`]} />
          </div>
        )}
        {action.kind === 'record' && (
          <div class="field grow">
            <label for={f('action-note')}>Note recorded in the log</label>
            <input
              {...describedBy(f('action-note'), errors[`${base}.action.note`])}
              type="text"
              value={action.note}
              onInput={(e) => {
                const note = (e.currentTarget as HTMLInputElement).value;
                onChange((s) => {
                  s.action = { kind: 'record', note };
                });
              }}
            />
            <FieldError id={f('action-note')} message={errors[`${base}.action.note`]} />
          </div>
        )}
      </div>
      <div class="row">
        <label class="check">
          <input
            type="checkbox"
            checked={suggestion.isRecommended === true}
            onChange={(e) =>
              onChange((s) => {
                s.isRecommended = (e.currentTarget as HTMLInputElement).checked || undefined;
              })
            }
          />
          Recommended
        </label>
        <button type="button" aria-label={`Remove suggestion ${index + 1}`} onClick={onRemove}>
          Remove
        </button>
      </div>
      <FieldError id={f('id')} message={errors[`${base}.id`]} />
    </fieldset>
  );
}

/** A new rule: a valid starting point the manager edits. */
export function newRule(existingIds: readonly string[]): Rule {
  return {
    id: uniqueId('practice-rule', existingIds),
    version: 1,
    enabled: true,
    name: 'New practice rule',
    reason: 'Why the practice wants this prompt.',
    sourceRef: 'Practice policy',
    when: { needsAny: ['interpreter'], channels: ['telephone', 'video'] },
    prompt: {
      indicator: 'warning',
      summary: '{need} needed: consider a face-to-face slot',
      detail: '',
      suggestions: [
        {
          id: 'face-to-face',
          label: 'Switch to a face-to-face slot',
          isRecommended: true,
          action: { kind: 'set-channel', channel: 'face-to-face' },
        },
      ],
      overrideReasons: overrideReasons(),
      responseRequired: true,
    },
  };
}
