/**
 * Privacy and display: what the log holds about patients (nothing: see below), how long the log is
 * kept, advice-only mode, the receptionist's prompt language and the built-in profiles. Values the organisation set are
 * shown as in force, disabled, with the reason; saving keeps the practice's own value underneath.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SettingsIssue } from '../../lib/settings/issues';
import { Privacy } from '../../lib/settings/schema';
import type { SectionProps } from './OptionsApp';
import { describedBy, ErrorSummary, FieldError, LockNote } from './ui';

interface Draft {
  retentionDays: string;
  adviceOnly: boolean;
  language: 'en' | 'cy';
  builtInProfiles: boolean;
}

export function PrivacySection({ state, api, apply }: SectionProps) {
  const { locks, effective, local } = state;
  const shown = (): Draft => ({
    retentionDays: String(effective.privacy.retentionDays),
    adviceOnly: effective.adviceOnly,
    language: effective.language,
    builtInProfiles: effective.builtInProfiles,
  });
  const [draft, setDraft] = useState<Draft>(shown);
  const [summary, setSummary] = useState<SettingsIssue[]>([]);
  const saved = JSON.stringify(shown());
  const [base, setBase] = useState(saved);
  // New values saved elsewhere replace the form unless it has unsaved changes.
  useEffect(() => {
    if (JSON.stringify(draft) === base) setDraft(shown());
    setBase(saved);
  }, [saved]);

  const all = locks.all;
  const days = Number(draft.retentionDays);
  const retention = Privacy.shape.retentionDays.safeParse(
    draft.retentionDays.trim() === '' ? undefined : days,
  );
  const retentionError = retention.success
    ? undefined
    : (retention.error.issues[0]?.message ?? 'Enter a number of days');

  const save = async (event: Event) => {
    event.preventDefault();
    if (retentionError && !locks.retentionDays) {
      setSummary([{ path: 'privacy.retentionDays', message: retentionError }]);
      return;
    }
    // A locked value stays as the practice had it: the organisation's value is applied on top.
    const result = apply(
      await api.save({
        privacy: {
          // No patient reference is ever read or stored: the pseudonymous option was removed because
          // nothing read the reference from the page (issue 14 part 5). An older 'pseudonymous' goes.
          patientReference: 'off',
          retentionDays: locks.retentionDays ? local.privacy.retentionDays : days,
        },
        adviceOnly: locks.adviceOnly ? local.adviceOnly : draft.adviceOnly,
        language: locks.language ? local.language : draft.language,
        builtInProfiles: locks.builtInProfiles ? local.builtInProfiles : draft.builtInProfiles,
      }),
      'Privacy and display settings saved',
    );
    setSummary(result.ok ? [] : result.errors);
  };

  return (
    <form class="section-body" onSubmit={save} noValidate aria-label="Privacy and display">
      <ErrorSummary
        title="These settings cannot be saved yet"
        errors={summary}
        linkTo={(path) => (path === 'privacy.retentionDays' ? 'retention-days' : undefined)}
      />
      <div class="field">
        <h3>Patients in the log</h3>
        <p data-testid="no-patient-reference">
          The log holds no patient reference, names, NHS numbers or text from the page: only need categories,
          slot types, rules and what was done. Comments typed with an override are checked before they are
          saved, and NHS numbers, dates and phone numbers in them are replaced by a marker.
        </p>
      </div>

      <div class="field">
        <label for="retention-days">Keep the log for (days)</label>
        <p class="hint" id="retention-days-hint">
          Older records are removed automatically. Between 1 and 3650 days (10 years).
        </p>
        <input
          {...describedBy('retention-days', locks.retentionDays ? undefined : retentionError, true)}
          type="number"
          inputMode="numeric"
          min={1}
          max={3650}
          step={1}
          class="narrow"
          value={draft.retentionDays}
          disabled={all || locks.retentionDays}
          onInput={(e) => setDraft({ ...draft, retentionDays: (e.currentTarget as HTMLInputElement).value })}
        />
        <LockNote locked={locks.retentionDays} />
        <FieldError id="retention-days" message={locks.retentionDays ? undefined : retentionError} />
      </div>

      <div class="field">
        <label class="check">
          <input
            type="checkbox"
            checked={draft.adviceOnly}
            disabled={all || locks.adviceOnly}
            aria-describedby="advice-only-hint"
            onChange={(e) =>
              setDraft({ ...draft, adviceOnly: (e.currentTarget as HTMLInputElement).checked })
            }
          />
          Advice only
        </label>
        <p class="hint" id="advice-only-hint">
          Prompts still appear, but their buttons never change the booking page (no switching of the slot type
          for the receptionist).
        </p>
        <LockNote locked={locks.adviceOnly} />
      </div>

      <div class="field">
        <label for="prompt-language">Language of the receptionist’s prompts</label>
        <select
          id="prompt-language"
          value={draft.language}
          disabled={all || locks.language}
          onChange={(e) =>
            setDraft({ ...draft, language: (e.currentTarget as HTMLSelectElement).value as 'en' | 'cy' })
          }
        >
          <option value="en">English</option>
          <option value="cy" lang="cy">
            Cymraeg (Welsh)
          </option>
        </select>
        <LockNote locked={locks.language} />
      </div>

      <div class="field">
        <label class="check">
          <input
            type="checkbox"
            checked={draft.builtInProfiles}
            disabled={all || locks.builtInProfiles}
            aria-describedby="builtin-hint"
            onChange={(e) =>
              setDraft({ ...draft, builtInProfiles: (e.currentTarget as HTMLInputElement).checked })
            }
          />
          Use the built-in profiles
        </label>
        <p class="hint" id="builtin-hint">
          Built-in profiles know where common booking systems show needs and the slot type. Switch off to use
          only the profiles set up here (and the general page reader).
        </p>
        <LockNote locked={locks.builtInProfiles} />
      </div>

      <div class="actions">
        <button type="submit" class="primary" disabled={all}>
          Save privacy and display settings
        </button>
        <LockNote locked={all} />
      </div>
    </form>
  );
}
