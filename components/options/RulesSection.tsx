/**
 * Rules: the list (switch on or off, reorder), the editor for one rule, adding a rule and restoring the
 * defaults. Switching and reordering save at once; the editor saves on "Save rule". The background
 * checks the whole rule list again before saving.
 */
import { useEffect, useState } from 'preact/hooks';
import { NOISY_MAX_ACCEPTED, NOISY_MIN_SHOWN, type RuleStats } from '../../lib/log/rule-stats';
import { defaultRules } from '../../lib/rules/defaults';
import type { Rule } from '../../lib/rules/schema';
import type { RulesUpdate } from '../../lib/settings/default-rules';
import type { SettingsIssue } from '../../lib/settings/issues';
import type { SectionProps } from './OptionsApp';
import { newRule, RuleEditor } from './RuleEditor';
import { OPTIONS_STRINGS, type OptionsStrings } from './strings';
import { ConfirmButton, channelName, ErrorSummary, LockNote, needName } from './ui';

const INDICATOR_LABEL = { info: 'Information', warning: 'Warning', critical: 'Important' } as const;

/** `rules[3].prompt.summary` → `prompt.summary` when it is about rule 3. */
function relativeTo(index: number, errors: SettingsIssue[]): SettingsIssue[] {
  const prefix = `rules[${index}]`;
  return errors.map((e) =>
    e.path.startsWith(prefix)
      ? { ...e, path: e.path.slice(prefix.length).replace(/^\./, '') || '(rule)' }
      : e,
  );
}

export function RulesSection({ state, api, apply }: SectionProps) {
  const [editing, setEditing] = useState<{ rule: Rule; index: number; isNew: boolean } | null>(null);
  const [errors, setErrors] = useState<SettingsIssue[]>([]);
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  const lockedAll = state.locks.all || state.locks.rules;
  // The list shows the rules in force; edits apply to the practice's own list (the same unless policy sets rules).
  const rules = lockedAll ? state.effective.rules : state.local.rules;
  const effectiveById = new Map(state.effective.rules.map((r) => [r.id, r]));
  const t = OPTIONS_STRINGS[state.effective.language];
  const lang = state.effective.language === 'cy' ? 'cy' : undefined;
  const [stats, setStats] = useState<Record<string, RuleStats> | null>(null);

  useEffect(() => {
    let live = true;
    api
      .ruleStats()
      .then((result) => live && setStats(result))
      .catch(() => live && setStats({}));
    return () => {
      live = false;
    };
  }, [api]);

  useEffect(() => {
    if (!focusAfter) return;
    document.getElementById(focusAfter)?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  const saveRules = async (next: Rule[], message: string): Promise<SettingsIssue[]> => {
    const result = apply(await api.save({ rules: next }), message);
    const problems = result.ok ? [] : result.errors;
    setErrors(problems);
    return problems;
  };

  const move = async (index: number, delta: -1 | 1) => {
    const next = [...rules];
    const [rule] = next.splice(index, 1);
    if (!rule) return;
    next.splice(index + delta, 0, rule);
    await saveRules(next, `${rule.name} moved ${delta < 0 ? 'up' : 'down'} to position ${index + delta + 1}`);
    // Keep the keyboard where it was: on the same button of the moved rule (or the other one at an end).
    const target =
      index + delta === 0 ? 'down' : index + delta === rules.length - 1 ? 'up' : delta < 0 ? 'up' : 'down';
    setFocusAfter(`rule-${rule.id}-${target}`);
  };

  if (editing) {
    return (
      <div class="section-body">
        <RuleEditor
          key={editing.rule.id}
          rule={editing.rule}
          isNew={editing.isNew}
          otherIds={rules.filter((_, i) => i !== editing.index).map((r) => r.id)}
          lang={state.effective.language}
          adviceOnly={state.effective.adviceOnly}
          onCancel={() => {
            setEditing(null);
            setFocusAfter(editing.isNew ? 'add-rule' : `rule-${editing.rule.id}-edit`);
          }}
          onSave={async (rule) => {
            const next = editing.isNew
              ? [...rules, rule]
              : rules.map((r, i) => (i === editing.index ? rule : r));
            const index = editing.isNew ? rules.length : editing.index;
            const problems = relativeTo(
              index,
              await saveRules(
                next,
                editing.isNew ? `Rule “${rule.name}” added` : `Rule “${rule.name}” saved`,
              ),
            );
            if (problems.length === 0) {
              setEditing(null);
              setFocusAfter(`rule-${rule.id}-edit`);
            }
            return problems;
          }}
        />
      </div>
    );
  }

  return (
    <div class="section-body">
      <p>
        Each rule says when a prompt appears (the patient’s needs and the slot type) and what it says. Rules
        are checked in this order; the most urgent cards are shown first.
      </p>
      {state.locks.rules && (
        <p>
          <LockNote locked /> Your organisation sets the rules for every practice.
        </p>
      )}
      {state.local.rulesUpdate && (
        <RulesUpdateNotice
          update={state.local.rulesUpdate}
          lang={state.effective.language}
          names={new Map(state.local.rules.map((r) => [r.id, r.name]))}
          disabled={state.locks.all}
          onDismiss={() => {
            void api.save({ rulesUpdate: null }).then((result) => {
              apply(result, OPTIONS_STRINGS[state.effective.language].dismissUpdate);
              setFocusAfter('add-rule');
            });
          }}
        />
      )}
      <ErrorSummary title="The rules could not be saved" errors={errors} />
      <ReminderDays
        key={state.local.fatigue.reminderDays}
        days={state.local.fatigue.reminderDays}
        t={t}
        lang={lang}
        disabled={state.locks.all}
        onSave={async (days) => {
          const result = apply(await api.save({ fatigue: { reminderDays: days } }), t.remindersSaved(days));
          return result.ok ? [] : result.errors;
        }}
      />
      <div class="ask-toggle" lang={lang}>
        <input
          type="checkbox"
          id="ask-needs"
          checked={state.local.askNeeds.enabled}
          disabled={state.locks.all}
          aria-describedby="ask-needs-hint"
          onChange={async (e) => {
            const on = (e.currentTarget as HTMLInputElement).checked;
            apply(await api.save({ askNeeds: { enabled: on } }), t.askSaved(on));
          }}
        />
        <label for="ask-needs">{t.askLabel}</label>
        <p class="hint" id="ask-needs-hint">
          {t.askHint}
        </p>
      </div>
      <p class="hint" lang={lang}>
        {stats === null ? t.statsLoading : t.statsFrom}
      </p>
      <ol class="rule-list">
        {rules.map((rule, index) => {
          const policyOff = state.locks.disabledRules.includes(rule.id);
          const enabled = effectiveById.get(rule.id)?.enabled ?? rule.enabled;
          const needs = [...(rule.when.needsAny ?? []), ...(rule.when.needsAll ?? [])];
          return (
            <li key={rule.id} class="rule-item" data-rule={rule.id}>
              <div class="rule-head">
                <input
                  type="checkbox"
                  id={`rule-${rule.id}-on`}
                  checked={enabled}
                  disabled={lockedAll || policyOff}
                  aria-describedby={`rule-${rule.id}-desc`}
                  onChange={(e) => {
                    const on = (e.currentTarget as HTMLInputElement).checked;
                    void saveRules(
                      rules.map((r) => (r.id === rule.id ? { ...r, enabled: on } : r)),
                      `${rule.name}: ${on ? 'on' : 'off'}`,
                    );
                  }}
                />
                <label for={`rule-${rule.id}-on`} class="rule-name">
                  {rule.name}
                </label>
                <span class={`badge ${rule.prompt.indicator}`}>{INDICATOR_LABEL[rule.prompt.indicator]}</span>
                {policyOff && <LockNote locked />}
              </div>
              <p class="rule-desc" id={`rule-${rule.id}-desc`}>
                “{rule.prompt.summary}” — when {needs.map(needName).join(' or ')} and the slot is{' '}
                {rule.when.channels.map(channelName).join(', ').toLowerCase()}
              </p>
              {stats && (
                <RuleStatsLine stats={stats[rule.id]} t={t} lang={lang} id={`rule-${rule.id}-stats`} />
              )}
              <div class="row-actions">
                <button
                  type="button"
                  id={`rule-${rule.id}-up`}
                  disabled={lockedAll || index === 0}
                  aria-label={`Move ${rule.name} up`}
                  onClick={() => void move(index, -1)}
                >
                  Move up
                </button>
                <button
                  type="button"
                  id={`rule-${rule.id}-down`}
                  disabled={lockedAll || index === rules.length - 1}
                  aria-label={`Move ${rule.name} down`}
                  onClick={() => void move(index, 1)}
                >
                  Move down
                </button>
                <button
                  type="button"
                  id={`rule-${rule.id}-edit`}
                  disabled={lockedAll}
                  aria-label={`Edit ${rule.name}`}
                  onClick={() => setEditing({ rule, index, isNew: false })}
                >
                  Edit
                </button>
                <ConfirmButton
                  label="Delete"
                  ariaLabel={`Delete ${rule.name}`}
                  danger
                  disabled={lockedAll}
                  question={`Delete the rule “${rule.name}”? Its prompts stop at once. “Restore default rules” brings back the rules that ship with the extension.`}
                  confirmLabel="Delete rule"
                  onConfirm={() => {
                    void saveRules(
                      rules.filter((r) => r.id !== rule.id),
                      `Rule “${rule.name}” deleted`,
                    );
                    setFocusAfter('rules-actions');
                  }}
                />
              </div>
            </li>
          );
        })}
      </ol>
      {rules.length === 0 && <p>No rules: no prompts will appear.</p>}
      <div class="actions" id="rules-actions" tabIndex={-1}>
        <button
          type="button"
          id="add-rule"
          class="primary"
          disabled={lockedAll}
          onClick={() =>
            setEditing({ rule: newRule(rules.map((r) => r.id)), index: rules.length, isNew: true })
          }
        >
          Add a rule
        </button>
        <ConfirmButton
          label="Restore default rules"
          disabled={lockedAll}
          question={`Replace all ${rules.length} rules with the ${defaultRules().length} rules that ship with the extension? Your changes to rules are lost (export your settings first to keep a copy).`}
          confirmLabel="Restore default rules"
          danger
          onConfirm={() => void saveRules(defaultRules(), 'Default rules restored')}
        />
      </div>
    </div>
  );
}

/**
 * What the last default rules update did (lib/settings/default-rules.ts): counts first, the rule names
 * on request. Stays until the manager dismisses it, so it is not missed on a busy day.
 */
function RulesUpdateNotice({
  update,
  lang,
  names,
  disabled,
  onDismiss,
}: {
  update: RulesUpdate;
  lang: 'en' | 'cy';
  names: Map<string, string>;
  disabled: boolean;
  onDismiss: () => void;
}) {
  const t = OPTIONS_STRINGS[lang];
  const lists: Array<[string, string[]]> = [
    [t.rulesRefreshedList, update.refreshed],
    [t.rulesAddedList, update.added],
    [t.rulesEditedList, update.edited],
    [t.rulesNotRestoredList, update.notRestored],
  ];
  return (
    <section class="policy-banner rules-update" aria-labelledby="rules-update-title" lang={lang}>
      <h3 id="rules-update-title">{t.rulesUpdated(update.to)}</h3>
      <p>
        {t.rulesUpdateCounts(update.refreshed.length, update.added.length, update.edited.length)}
        {update.addedOff ? ` ${t.rulesAddedOff}` : ''}
        {update.notRestored.length > 0 ? ` ${t.rulesNotRestored(update.notRestored.length)}` : ''}
      </p>
      <details>
        <summary>{t.rulesUpdateNames}</summary>
        <dl>
          {lists
            .filter(([, ids]) => ids.length > 0)
            .map(([title, ids]) => (
              <div key={title}>
                <dt>{title}</dt>
                <dd>{ids.map((id) => names.get(id) ?? id).join('; ')}</dd>
              </div>
            ))}
        </dl>
      </details>
      <button type="button" id="rules-update-dismiss" disabled={disabled} onClick={onDismiss}>
        {t.dismissUpdate}
      </button>
    </section>
  );
}

const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`);

/**
 * One rule's shown / accepted / overridden / dismissed / ignored figures from the log, and the noisy
 * mark (an icon and words, never colour alone) when lib/log/rule-stats.ts says so.
 */
function RuleStatsLine({
  stats,
  t,
  lang,
  id,
}: {
  stats: RuleStats | undefined;
  t: OptionsStrings;
  lang: 'cy' | undefined;
  id: string;
}) {
  if (!stats || stats.shown === 0) {
    return (
      <p class="rule-stats" id={id} lang={lang}>
        {t.statsNone}
      </p>
    );
  }
  const { rates } = stats;
  return (
    <div class="rule-stats" id={id} lang={lang}>
      {stats.noisy && (
        <p class="noisy">
          <span class="noisy-icon" aria-hidden="true">
            ⚠
          </span>
          <strong>{t.noisy}</strong>: {t.noisyHint(NOISY_MIN_SHOWN, NOISY_MAX_ACCEPTED * 100)}
        </p>
      )}
      <p>
        {t.statsShown(stats.shown, stats.reminders)}: {percent(rates.accepted)} {t.statsAccepted},{' '}
        {percent(rates.overridden)} {t.statsOverridden}, {percent(rates.dismissed)} {t.statsDismissed},{' '}
        {percent(rates.ignored)} {t.statsIgnored}
      </p>
    </div>
  );
}

/** The reminder window (settings.fatigue.reminderDays): a number and a save button. */
function ReminderDays({
  days,
  t,
  lang,
  disabled,
  onSave,
}: {
  days: number;
  t: OptionsStrings;
  lang: 'cy' | undefined;
  disabled: boolean;
  onSave: (days: number) => Promise<SettingsIssue[]>;
}) {
  const [value, setValue] = useState(String(days));
  const [error, setError] = useState('');
  return (
    <form
      class="reminder-days"
      lang={lang}
      aria-labelledby="reminders-title"
      onSubmit={async (event) => {
        event.preventDefault();
        const n = Number(value);
        const problems =
          value.trim() === '' || !Number.isFinite(n)
            ? [{ path: 'fatigue', message: 'Reminder days must be a whole number' }]
            : await onSave(n);
        setError(problems[0]?.message ?? '');
      }}
    >
      <h3 id="reminders-title">{t.remindersTitle}</h3>
      <label for="reminder-days">{t.remindersLabel}</label>
      <p class="hint" id="reminder-days-hint">
        {t.remindersHint}
      </p>
      <input
        id="reminder-days"
        type="number"
        inputMode="numeric"
        min={0}
        max={365}
        step={1}
        value={value}
        disabled={disabled}
        aria-describedby={error ? 'reminder-days-hint reminder-days-error' : 'reminder-days-hint'}
        aria-invalid={error ? 'true' : undefined}
        onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)}
      />
      {error && (
        <p class="field-error" id="reminder-days-error">
          {error}
        </p>
      )}
      <button type="submit" disabled={disabled}>
        {t.remindersSave}
      </button>
    </form>
  );
}
