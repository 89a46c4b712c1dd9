/**
 * The receptionist's prompt panel: one card per prompt, docked in a corner so it never covers the
 * booking system's controls. It never takes focus; new prompts are announced politely. Meaning is
 * carried by words and shapes, never by colour alone.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { CHANNEL_LABELS } from '../lib/channel/labels';
import { NEED_CATEGORIES, type NeedCategory, type Prompt } from '../lib/model';
import type { ScreenedKind } from '../lib/privacy/screen';
import type { LeadRecommendation } from '../lib/rules/combine';
import { joinList, needLabel } from '../lib/rules/labels';
import { type Lang, STRINGS, type Strings } from './strings';

export type PromptStatus =
  | { state: 'open' }
  | { state: 'applied'; description: string; canUndo: boolean }
  | { state: 'undone' }
  | { state: 'failed'; reason: string; manual: string }
  | { state: 'recorded'; label: string }
  /** `screened`: what lib/privacy/screen.ts removed from the comment before it was stored. */
  | { state: 'overridden'; reason: string; screened?: ScreenedKind[] };

export interface PromptView {
  prompt: Prompt;
  status: PromptStatus;
  /**
   * Answered for this patient and rule within the last `days` days (lib/fatigue/answers.ts): shown as
   * one line until the receptionist opens it.
   */
  reminder?: { days: number };
}

export type AskAnswer = 'none' | 'need' | 'declined';

/** "Ask the patient" (Accessible Information Standard "identify") on a page with no recorded needs. */
export type AskView = { state: 'open' } | { state: 'answered'; answer: AskAnswer; need?: NeedCategory };

export interface PromptPanelProps {
  views: PromptView[];
  /** One recommendation for all the cards, shown first (lib/rules/combine.ts); null with one card. */
  lead?: LeadRecommendation | null;
  lang: Lang;
  adviceOnly: boolean;
  dock: 'bottom-right' | 'bottom-left';
  onAccept: (promptUuid: string, suggestionUuid: string) => void;
  onOverride: (promptUuid: string, reasonCode: string, comment: string) => void;
  onDismiss: (promptUuid: string) => void;
  onUndo: (promptUuid: string) => void;
  onDockChange: (dock: 'bottom-right' | 'bottom-left') => void;
  /** Opens a reminder into the full card. */
  onExpand?: (promptUuid: string) => void;
  ask?: AskView | null;
  onAsk?: (answer: AskAnswer, need?: NeedCategory) => void;
}

const ICONS = { info: 'i', warning: '!', critical: '!!' } as const;

function Evidence({ prompt, t }: { prompt: Prompt; t: Strings }) {
  if (prompt.evidence.length === 0) return null;
  return (
    <div class="evidence">
      <p class="evidence-title">{t.readFromPage}</p>
      <ul>
        {prompt.evidence.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

function StatusLine({
  view,
  t,
  lang,
  onUndo,
}: {
  view: PromptView;
  t: Strings;
  lang: Lang;
  onUndo: () => void;
}) {
  const { status } = view;
  switch (status.state) {
    case 'applied':
      return (
        <p class="status" data-status="applied">
          <span aria-hidden="true">✓ </span>
          {t.changed}: {status.description}{' '}
          {status.canUndo && (
            <button type="button" class="link" onClick={onUndo}>
              {t.undo}
            </button>
          )}
        </p>
      );
    case 'undone':
      return (
        <p class="status" data-status="undone">
          {t.undone}
        </p>
      );
    case 'failed':
      return (
        <div class="status" data-status="failed" role="status">
          <p>
            <span aria-hidden="true">✗ </span>
            {t.couldNotApply}: {status.reason}
          </p>
          <p>
            {t.byHand}: {status.manual}
          </p>
        </div>
      );
    case 'recorded':
      return (
        <p class="status" data-status="recorded">
          <span aria-hidden="true">✓ </span>
          {t.recorded}: {status.label}
        </p>
      );
    case 'overridden':
      return (
        <>
          <p class="status" data-status="overridden">
            {t.overridden}: {status.reason}
          </p>
          {status.screened && status.screened.length > 0 ? (
            <p class="status" data-status="comment-screened" role="status">
              <span aria-hidden="true">⚠ </span>
              {t.screenedComment(
                joinList(
                  status.screened.map((kind) => t.screenedKinds[kind]),
                  lang,
                ),
              )}
            </p>
          ) : null}
        </>
      );
    default:
      return null;
  }
}

function OverrideForm({
  view,
  t,
  onOverride,
}: {
  view: PromptView;
  t: Strings;
  onOverride: PromptPanelProps['onOverride'];
}) {
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');
  const [error, setError] = useState('');
  const id = view.prompt.uuid.replace(/[^\w-]/g, '');
  if (view.prompt.overrideReasons.length === 0) return null;
  return (
    <details class="override">
      <summary>{t.overrideLegend}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!reason) {
            setError(t.reasonMissing);
            return;
          }
          setError('');
          onOverride(view.prompt.uuid, reason, comment.trim());
        }}
      >
        <label for={`reason-${id}`}>{t.overrideReason}</label>
        <select
          id={`reason-${id}`}
          value={reason}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `reason-error-${id}` : undefined}
          onChange={(e) => setReason((e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">{t.chooseReason}</option>
          {view.prompt.overrideReasons.map((r) => (
            <option key={r.code} value={r.code}>
              {r.display}
            </option>
          ))}
        </select>
        {error && (
          <p id={`reason-error-${id}`} class="error" role="alert">
            {error}
          </p>
        )}
        <label for={`comment-${id}`}>{t.comment}</label>
        <input
          id={`comment-${id}`}
          type="text"
          maxLength={200}
          value={comment}
          onInput={(e) => setComment((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">{t.recordReason}</button>
      </form>
    </details>
  );
}

/**
 * The combined recommendation, above the cards while two or more are open. Its button is the same
 * suggestion as on the card it names, so accepting it is logged exactly like a click on that card.
 */
function LeadCard({ lead, t, props }: { lead: LeadRecommendation; t: Strings; props: PromptPanelProps }) {
  // Reminders do not count: the combined recommendation is for the prompts shown in full.
  const open = props.views.filter((v) => v.status.state === 'open' && !v.reminder);
  if (open.length < 2) return null;
  const lang = props.lang;
  const support =
    lead.kind === 'ask-clinician'
      ? []
      : lead.arrange.flatMap((need) => {
          const phrase = t.leadSupport[need];
          return phrase ? [phrase] : [];
        });
  const canAct =
    lead.kind === 'switch' && !props.adviceOnly && open.some((v) => v.prompt.uuid === lead.promptUuid);
  return (
    <section class="card lead" aria-labelledby="lead-title" data-lead={lead.kind}>
      <h2 id="lead-title" class="summary">
        {t.leadTitle(lead.cards)}
      </h2>
      {lead.kind === 'switch' &&
        (canAct ? (
          <button
            type="button"
            class="primary"
            onClick={() => props.onAccept(lead.promptUuid, lead.suggestionUuid)}
          >
            {lead.label}
          </button>
        ) : (
          <p>{lead.label}</p>
        ))}
      {lead.kind === 'keep' && <p>{t.leadKeep(CHANNEL_LABELS[lead.channel][lang])}</p>}
      {lead.kind === 'ask-clinician' && (
        <>
          <p>{t.leadAskClinician}</p>
          {lead.unsuitable.length > 0 && (
            <p>
              {t.leadNotSuitable}:{' '}
              {joinList(
                lead.unsuitable.map((n) => needLabel(n, lang)),
                lang,
              )}
            </p>
          )}
        </>
      )}
      {lead.kind !== 'ask-clinician' && lead.longerSlot && <p>{t.leadLonger}</p>}
      {support.length > 0 && (
        <p>
          {t.leadArrange}: {joinList(support, lang)}
        </p>
      )}
    </section>
  );
}

/**
 * A prompt already answered for this patient lately: one line (what it is about and that it is a
 * reminder), and a button to open the full card. Opening moves focus to the card's title, which the
 * receptionist asked for, so the keyboard does not fall back to the page.
 */
function ReminderLine({ view, t, props }: { view: PromptView; t: Strings; props: PromptPanelProps }) {
  const { prompt } = view;
  const titleId = `summary-${prompt.uuid.replace(/[^\w-]/g, '')}`;
  return (
    <article class={`card reminder ${prompt.indicator}`} aria-labelledby={titleId} data-rule={prompt.ruleId}>
      <p class="reminder-line">
        <span class="icon" aria-hidden="true">
          ↺
        </span>
        <span class="visually-hidden">{t[`indicator_${prompt.indicator}`]}. </span>
        <strong>{t.reminder(view.reminder?.days ?? 0)}:</strong>{' '}
        <span id={titleId} class="reminder-summary">
          {prompt.summary}
        </span>{' '}
        <button
          type="button"
          class="link"
          aria-describedby={titleId}
          onClick={() => {
            focusAfterExpand = prompt.uuid;
            props.onExpand?.(prompt.uuid);
          }}
        >
          {t.showFull}
        </button>
      </p>
    </article>
  );
}

/** The reminder just opened: its full card takes focus once, on its title. */
let focusAfterExpand: string | null = null;

function PromptCard({ view, t, props }: { view: PromptView; t: Strings; props: PromptPanelProps }) {
  return view.reminder && view.status.state === 'open' ? (
    <ReminderLine view={view} t={t} props={props} />
  ) : (
    <FullCard view={view} t={t} props={props} />
  );
}

function FullCard({ view, t, props }: { view: PromptView; t: Strings; props: PromptPanelProps }) {
  const { prompt, status } = view;
  const titleId = `summary-${prompt.uuid.replace(/[^\w-]/g, '')}`;
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusAfterExpand !== prompt.uuid) return;
    focusAfterExpand = null;
    title.current?.focus();
  });
  const open = status.state === 'open' || status.state === 'undone' || status.state === 'failed';
  const pageChanging = (kind: string) => kind === 'set-channel' || kind === 'longer-slot';
  return (
    <article class={`card ${prompt.indicator}`} aria-labelledby={titleId} data-rule={prompt.ruleId}>
      <header class="card-head">
        <span class="badge">
          <span class="icon" aria-hidden="true">
            {ICONS[prompt.indicator]}
          </span>
          {t[`indicator_${prompt.indicator}`]}
        </span>
        {prompt.responseRequired && open && <span class="required">{t.responseRequired}</span>}
      </header>
      <h2 id={titleId} class="summary" tabIndex={-1} ref={title}>
        {prompt.summary}
      </h2>
      <Evidence prompt={prompt} t={t} />
      {prompt.detail && (
        <details class="detail">
          <summary>{t.why}</summary>
          <p>{prompt.detail}</p>
        </details>
      )}
      <StatusLine view={view} t={t} lang={props.lang} onUndo={() => props.onUndo(prompt.uuid)} />
      {open && prompt.suggestions.length > 0 && (
        <fieldset class="suggestions">
          <legend class="visually-hidden">{t.suggestions}</legend>
          {prompt.suggestions
            .filter((s) => !(props.adviceOnly && pageChanging(s.action.kind)))
            .map((s) => (
              <button
                type="button"
                key={s.uuid}
                class={s.isRecommended ? 'primary' : ''}
                onClick={() => props.onAccept(prompt.uuid, s.uuid)}
              >
                {s.label}
                {s.isRecommended && <span class="tag"> ({t.recommended})</span>}
              </button>
            ))}
          {props.adviceOnly && prompt.suggestions.some((s) => pageChanging(s.action.kind)) && (
            <p class="note">{t.adviceOnly}</p>
          )}
        </fieldset>
      )}
      {open && <OverrideForm view={view} t={t} onOverride={props.onOverride} />}
      {open && (
        <button type="button" class="link dismiss" onClick={() => props.onDismiss(prompt.uuid)}>
          {t.dismiss}
        </button>
      )}
    </article>
  );
}

/**
 * The information card that offers to ask the patient about communication needs. Answering records
 * only the answer (and which need) with the booking; the receptionist records the need in the
 * patient's record as usual.
 */
function AskCard({ ask, t, props }: { ask: AskView; t: Strings; props: PromptPanelProps }) {
  const [need, setNeed] = useState<NeedCategory | ''>('');
  const [error, setError] = useState('');
  const answer = (a: AskAnswer, n?: NeedCategory) => props.onAsk?.(a, n);
  return (
    <section class="card info ask" aria-labelledby="ask-title" data-ask={ask.state}>
      <header class="card-head">
        <span class="badge">
          <span class="icon" aria-hidden="true">
            {ICONS.info}
          </span>
          {t.indicator_info}
        </span>
      </header>
      <h2 id="ask-title" class="summary">
        {t.askTitle}
      </h2>
      {ask.state === 'open' ? (
        <>
          <p>{t.askQuestion}</p>
          <div class="suggestions">
            <button type="button" onClick={() => answer('none')}>
              {t.askNone}
            </button>
            <button type="button" onClick={() => answer('declined')}>
              {t.askDeclined}
            </button>
          </div>
          <form
            class="ask-need"
            onSubmit={(event) => {
              event.preventDefault();
              if (!need) {
                setError(t.askChooseNeedFirst);
                return;
              }
              answer('need', need);
            }}
          >
            <label for="ask-need">{t.askNeedLabel}</label>
            <select
              id="ask-need"
              value={need}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? 'ask-need-error' : undefined}
              onChange={(e) => {
                setNeed((e.currentTarget as HTMLSelectElement).value as NeedCategory | '');
                setError('');
              }}
            >
              <option value="">{t.askChooseNeed}</option>
              {NEED_CATEGORIES.map((n) => (
                <option key={n} value={n}>
                  {needLabel(n, props.lang)}
                </option>
              ))}
            </select>
            {error && (
              <p id="ask-need-error" class="error" role="alert">
                {error}
              </p>
            )}
            <button type="submit">{t.askRecordNeed}</button>
          </form>
        </>
      ) : (
        <p class="status" data-status="recorded">
          <span aria-hidden="true">✓ </span>
          {t.recorded}:{' '}
          {ask.answer === 'none'
            ? t.askNone
            : ask.answer === 'declined'
              ? t.askDeclined
              : `${ask.need ? needLabel(ask.need, props.lang) : ''}. ${t.askAddToRecord}`}
        </p>
      )}
    </section>
  );
}

export function PromptPanel(props: PromptPanelProps) {
  const t = STRINGS[props.lang];
  const [collapsed, setCollapsed] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const openSummaries = props.views
    .filter((v) => v.status.state === 'open')
    .map((v) => v.prompt.summary)
    .join(' | ');
  // Announce new prompts politely; the live region exists before its text changes, as screen readers need.
  useEffect(() => {
    setAnnouncement(openSummaries ? `${t.announceNew}: ${openSummaries}` : '');
  }, [openSummaries, t]);

  const other = props.dock === 'bottom-right' ? 'bottom-left' : 'bottom-right';
  return (
    <div class={`panel ${props.dock}`} lang={props.lang === 'cy' ? 'cy' : 'en-GB'}>
      <div class="live" aria-live="polite" role="status">
        {announcement}
      </div>
      {(props.views.length > 0 || props.ask) && (
        <section class="frame" aria-label={t.panelTitle}>
          <div class="bar">
            <strong class="title">
              {t.panelTitle} · {t.count(props.views.length + (props.ask ? 1 : 0))}
            </strong>
            <button type="button" class="link" onClick={() => props.onDockChange(other)}>
              {props.dock === 'bottom-right' ? t.moveLeft : t.moveRight}
            </button>
            <button
              type="button"
              class="link"
              aria-expanded={!collapsed}
              onClick={() => setCollapsed(!collapsed)}
            >
              {collapsed ? t.expand : t.collapse}
            </button>
          </div>
          {!collapsed && (
            <div class="cards">
              {props.ask && <AskCard ask={props.ask} t={t} props={props} />}
              {props.lead && <LeadCard lead={props.lead} t={t} props={props} />}
              {props.views.map((view) => (
                <PromptCard key={view.prompt.uuid} view={view} t={t} props={props} />
              ))}
            </div>
          )}
        </section>
      )}
    </div>
  );
}
