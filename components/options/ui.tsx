/**
 * Small building blocks of the options page: field errors tied to their control, error summaries that
 * are announced, the lock note for organisation-managed values, and inline confirmations (no
 * window.confirm: it is not styled, not translatable and blocks the page).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { CHANNEL_LABELS } from '../../lib/channel';
import type { Channel, NeedCategory } from '../../lib/model';
import { needDefinition } from '../../lib/needs';
import type { SettingsIssue } from '../../lib/settings/issues';
import { POLICY_REASON } from '../../lib/settings/policy';

/** A DOM id for a field path: `prompt.suggestions[0].label` → `f-rule-prompt-suggestions-0-label`. */
export function fieldId(scope: string, path: string): string {
  return `f-${scope}-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-+$/, '')}`;
}

export const needName = (category: NeedCategory): string => needDefinition(category).names.en;

export function channelName(channel: Channel): string {
  const label = CHANNEL_LABELS[channel].en;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** The error shown under a field; the field points at it with aria-describedby. */
export function FieldError({ id, message }: { id: string; message?: string | undefined }) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} class="field-error">
      <span class="visually-hidden">Error: </span>
      {message}
    </p>
  );
}

/** aria attributes for a control that may have an error and a hint. */
export function describedBy(id: string, error?: string, hint?: boolean) {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return {
    id,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': ids || undefined,
  };
}

/** Every problem, announced when it appears, each linking to its field when the field is on the page. */
export function ErrorSummary({
  title,
  errors,
  linkTo,
}: {
  title: string;
  errors: SettingsIssue[];
  linkTo?: (path: string) => string | undefined;
}) {
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert">
      <h3>{title}</h3>
      <ul>
        {errors.map((error) => {
          const target = linkTo?.(error.path);
          return (
            <li key={`${error.path}|${error.message}`}>
              {target ? (
                <a
                  href={`#${target}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(target)?.focus();
                  }}
                >
                  {error.message}
                </a>
              ) : (
                <>
                  {error.path && error.path !== '(settings)' ? <code>{error.path}</code> : null}
                  {error.path && error.path !== '(settings)' ? ': ' : ''}
                  {error.message}
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** "Set by your organisation", beside a locked control. */
export function LockNote({ locked, id }: { locked: boolean; id?: string }) {
  if (!locked) return null;
  return (
    <span class="lock-note" id={id}>
      <span class="lock-icon" aria-hidden="true" />
      {POLICY_REASON}
    </span>
  );
}

/** A button that asks "are you sure?" in place before doing something that cannot be undone. */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  disabled,
  ariaLabel,
  danger,
}: {
  label: string;
  question: ComponentChildren;
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
  ariaLabel?: string;
  danger?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  const [refocus, setRefocus] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  // Back from the question: focus returns to the button (if it is still there).
  useEffect(() => {
    if (!asking && refocus) {
      trigger.current?.focus();
      setRefocus(false);
    }
  }, [asking, refocus]);
  if (!asking) {
    return (
      <button
        type="button"
        ref={trigger}
        class={danger ? 'danger' : ''}
        disabled={disabled}
        aria-label={ariaLabel}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <ConfirmQuestion
      question={question}
      confirmLabel={confirmLabel}
      label={ariaLabel ?? label}
      danger={danger}
      onAnswer={(yes) => {
        setAsking(false);
        setRefocus(true);
        if (yes) onConfirm();
      }}
    />
  );
}

function ConfirmQuestion({
  question,
  confirmLabel,
  label,
  danger,
  onAnswer,
}: {
  question: ComponentChildren;
  confirmLabel: string;
  label: string;
  danger?: boolean | undefined;
  onAnswer: (yes: boolean) => void;
}) {
  const confirm = useRef<HTMLButtonElement>(null);
  // The question replaced the button the user pressed: move focus to its first answer, once.
  useEffect(() => confirm.current?.focus(), []);
  return (
    <div class="confirm" data-label={label}>
      <p>{question}</p>
      <div class="actions">
        <button
          type="button"
          ref={confirm}
          class={danger ? 'danger' : 'primary'}
          onClick={() => onAnswer(true)}
        >
          {confirmLabel}
        </button>
        <button type="button" onClick={() => onAnswer(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** A ref that focuses its element once, when it first appears (e.g. a heading of new content). */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}
