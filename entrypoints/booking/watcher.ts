/**
 * The receptionist's side of the extension on one page (or frame): watch the booking page, read it
 * with the matching SiteProfile, evaluate the rules, show the prompts, act on clicks, and send what
 * happened to the background. Work is batched to one evaluation per animation frame, and every error
 * is caught here and reported, never thrown at the host page.
 */

import type { AskAnswer, AskView, PromptView } from '../../components/PromptPanel';
import { CHANNEL_LABELS } from '../../lib/channel/labels';
import { withDeadline } from '../../lib/deadline';
import type { BookingContext, Channel, NeedCategory, Prompt } from '../../lib/model';
import { compileVocabulary, type Vocabulary } from '../../lib/needs/compile';
import { COMMENT_MAX, screenText } from '../../lib/privacy/screen';
import { type ActionResult, applyChannel, applyLongerSlot } from '../../lib/profiles/actions';
import { type ChannelControlHandle, readChannel } from '../../lib/profiles/channel-control';
import { readPatientReference } from '../../lib/profiles/patient';
import { interestSelector, profileMatchesPage, readBookingContext } from '../../lib/profiles/read';
import type { SiteProfile } from '../../lib/profiles/schema';
import { matchesUrlPattern } from '../../lib/profiles/url-match';
import { combinePrompts, type LeadRecommendation } from '../../lib/rules/combine';
import { evaluate } from '../../lib/rules/evaluate';
import { messaging, type PageConfig } from '../../platform/protocol';
import { isConfirmClick } from './confirm';
import { bookingEvent, EventOutbox, flagEvent } from './events';

/** A request the stopped worker never answers is given up after this, and the evaluation retried. */
const HOOK_INSTANCE_DEADLINE_MS = 3000;
/** Reminders are a nicety: without an answer this soon, every prompt shows as a full card. */
const REMINDER_DEADLINE_MS = 1500;

export interface PanelHost {
  /** A prompt is likely (the patient has recorded needs): fetch the panel's code ahead of it. */
  prepare(): void;
  render(
    views: PromptView[],
    dock: 'bottom-right' | 'bottom-left',
    lead: LeadRecommendation | null,
    ask: AskView | null,
  ): void;
  remove(): void;
}

interface Handlers {
  accept(promptUuid: string, suggestionUuid: string): void;
  override(promptUuid: string, reasonCode: string, comment: string): void;
  dismiss(promptUuid: string): void;
  undo(promptUuid: string): void;
  dock(dock: 'bottom-right' | 'bottom-left'): void;
  expand(promptUuid: string): void;
}

const OBSERVED_ATTRIBUTES = [
  'class',
  'aria-pressed',
  'aria-selected',
  'aria-checked',
  'value',
  'checked',
  'selected',
  'hidden',
  'title',
];

export class BookingWatcher implements Handlers {
  private readonly vocabulary: Vocabulary;
  private profile: SiteProfile | undefined;
  private profileChosen = false;
  private control: ChannelControlHandle | undefined;
  private context: BookingContext | undefined;
  private prompts: Prompt[] = [];
  /** The one recommendation shown above the cards when several fire (lib/rules/combine.ts). */
  private lead: LeadRecommendation | null = null;
  private readonly views = new Map<string, PromptView>();
  private readonly hidden = new Set<string>();
  private readonly undos = new Map<string, () => ActionResult>();
  private readonly displayedThisBooking = new Map<string, Prompt>();
  /** Checks that an applied suggestion took, waiting for the host to re-render; run early on booking. */
  private readonly pendingChecks = new Map<string, () => void>();
  private hookInstance: string | undefined;
  /** The patient reference the page shows, kept in memory only (lib/profiles/patient.ts). */
  private patient: string | null = null;
  /** Rules answered for this patient within the reminder window: their prompts show as reminders. */
  private answeredRules = new Set<string>();
  /** "Ask the patient" on a page with no recorded needs: offered once a year per patient. */
  private ask: AskView | null = null;
  /** The hookInstance this page last booked: sent with the next request, so it is never handed out again. */
  private booked: string | undefined;
  private hookKey = '';
  private signature = '';
  private frameRequested = false;
  private evaluateFailures = 0;
  private running = false;
  private rerun = false;
  private observer: MutationObserver | undefined;
  /** The elements the last reading came from: changes inside them always matter. */
  private watched: Element[] = [];
  private interest = interestSelector(undefined);
  private dockSide: 'bottom-right' | 'bottom-left' = 'bottom-right';
  /** Once the receptionist moves the panel, it stays where they put it. */
  private dockChosenByUser = false;
  private readonly outbox: EventOutbox;
  private disposed = false;

  constructor(
    private readonly config: PageConfig,
    private readonly doc: Document,
    private readonly panel: () => PanelHost,
    private readonly ownHost: () => Element | undefined,
    /** True once the extension was reloaded or updated under this page: then do nothing more. */
    private readonly isInvalid: () => boolean = () => false,
  ) {
    // Validated by the background already: compiling it here needs no zod in the content script.
    this.vocabulary = compileVocabulary(config.vocabulary.data, config.vocabulary.local);
    this.outbox = new EventOutbox((where, error) => this.report(where, error));
  }

  start(addListener: (target: EventTarget, type: string, listener: (e: Event) => void) => void): void {
    this.observer = new MutationObserver((mutations) => {
      if (this.frameRequested) return;
      const host = this.ownHost();
      for (const mutation of mutations) {
        // Our own panel changing must not wake us up again.
        if (host?.contains(mutation.target)) continue;
        if (this.isRelevant(mutation)) {
          this.schedule();
          return;
        }
      }
    });
    this.observer.observe(this.doc.documentElement, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: OBSERVED_ATTRIBUTES,
    });
    // Live values (typing, choosing) change no DOM attribute, so listen for them too.
    for (const type of ['input', 'change']) addListener(this.doc, type, () => this.schedule());
    addListener(this.doc, 'click', (e) => this.onClick(e));
    addListener(this.doc, 'submit', (e) => this.onSubmit(e));
    // A Book button that loads a new page: send what is waiting before this page goes.
    addListener(window, 'pagehide', () => void this.outbox.flush());
    this.schedule();
  }

  /** Cheap test of whether a DOM change could change the reading: no page scan here. */
  private isRelevant(mutation: MutationRecord): boolean {
    const target = mutation.target;
    if (this.watched.some((el) => el === target || el.contains(target) || !el.isConnected)) return true;
    if (mutation.type !== 'childList') return false;
    for (const node of Array.from(mutation.addedNodes)) {
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      try {
        if (el.matches(this.interest) || el.querySelector(this.interest)) return true;
      } catch {
        return true;
      }
    }
    return false;
  }

  dispose(): void {
    this.disposed = true;
    this.observer?.disconnect();
    this.outbox.dispose();
  }

  /** Errors never reach the page: they go to the background's error log for the manager. */
  report(where: string, error: unknown): void {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    messaging
      .sendMessage('reportError', {
        where,
        message: message.slice(0, 500),
        page: location.origin + location.pathname,
      })
      .catch(() => undefined);
  }

  schedule(): void {
    if (this.frameRequested || this.disposed || this.isInvalid()) return;
    this.frameRequested = true;
    const run = () => {
      if (!this.frameRequested) return;
      this.frameRequested = false;
      void this.evaluateNow();
    };
    requestAnimationFrame(run);
    // Hidden documents get no animation frames; still catch up, later.
    setTimeout(run, 250);
  }

  private chooseProfile(): void {
    if (this.profileChosen) return;
    this.profile = this.config.profiles.find((p) =>
      profileMatchesPage(p, this.doc, location.href, matchesUrlPattern),
    );
    // Until the page has rendered, a built-in profile's signals may be missing: decide again later.
    this.profileChosen = this.profile !== undefined;
  }

  private async evaluateNow(): Promise<void> {
    if (this.disposed) return;
    if (this.running) {
      this.rerun = true;
      return;
    }
    this.running = true;
    try {
      this.chooseProfile();
      const reading = readBookingContext(this.doc, this.profile, {
        siteId: this.config.siteId,
        pageUrl: location.href,
        vocabulary: this.vocabulary,
        control: this.control,
      });
      this.control = reading.control;
      this.watched = [
        ...reading.regions.map((r) => r.element),
        ...(reading.control ? [reading.control.element] : []),
      ];
      // Until a profile recognises the page, the arrival of any profile's page signal matters too.
      const signals = this.profileChosen ? [] : this.config.profiles.flatMap((p) => p.match.pageSignals);
      this.interest = [interestSelector(this.profile), ...signals].join(', ');
      const context = reading.context;
      const key = `${context.pageUrl}|${[...new Set(context.needs.map((n) => n.category))].sort().join(',')}`;
      const signature = `${key}|${context.channel.channel}|${context.needs.map((n) => n.evidence).join('|')}`;
      if (signature === this.signature && this.hookInstance) return;
      if (key !== this.hookKey || !this.hookInstance) {
        if (context.needs.length > 0) this.panel().prepare();
        this.hookKey = key;
        // A new booking: the old one's cards go now, and until the answer comes no booking is open
        // (a failed request must not leave the old hookInstance in place for the new needs).
        this.hookInstance = undefined;
        this.resetBooking();
        this.renderPanel();
        this.patient =
          this.config.reminderDays > 0 || this.config.askNeeds
            ? readPatientReference(this.doc, this.profile)
            : null;
        this.answeredRules = new Set();
        const [hookInstance, answered, askDue] = await Promise.all([
          context.needs.length > 0
            ? withDeadline(
                messaging.sendMessage('hookInstance', {
                  key,
                  ...(this.booked ? { booked: this.booked } : {}),
                }),
                HOOK_INSTANCE_DEADLINE_MS,
                'hookInstance',
              )
            : `none-${Date.now()}`,
          this.answeredRecently(context.needs.length > 0),
          this.askDue(context.needs.length === 0),
        ]);
        this.hookInstance = hookInstance;
        this.answeredRules = new Set(answered);
        if (askDue) {
          this.ask = { state: 'open' };
          this.panel().prepare();
        }
      }
      this.signature = signature;
      this.context = context;
      // Cards whose suggestions contradict another recorded need lose those suggestions here, before
      // they are shown or logged.
      const combined = combinePrompts(
        evaluate(context, this.config.rules, { lang: this.config.language, hookInstance: this.hookInstance }),
        context.needs.map((n) => n.category),
      );
      this.prompts = combined.prompts;
      this.lead = combined.lead;
      this.syncViews();
      this.evaluateFailures = 0;
    } catch (error) {
      this.report('evaluate', error);
      // The background may be restarting: try again, later each time, so the prompt still comes.
      this.evaluateFailures += 1;
      // (Capped at 5 s apart, for about a minute and a half.)
      if (this.evaluateFailures <= 20) {
        setTimeout(() => this.schedule(), Math.min(250 * 2 ** this.evaluateFailures, 5000));
      }
    } finally {
      this.running = false;
      if (this.rerun) {
        this.rerun = false;
        this.schedule();
      }
    }
  }

  /** Which rules were answered for this patient lately; none when unknown (then every card is full). */
  private async answeredRecently(hasNeeds: boolean): Promise<string[]> {
    if (!hasNeeds || !this.patient || this.config.reminderDays <= 0) return [];
    try {
      return await withDeadline(
        messaging.sendMessage('answeredRecently', {
          patient: this.patient,
          ruleIds: this.config.rules.map((r) => r.id),
        }),
        REMINDER_DEADLINE_MS,
        'answeredRecently',
      );
    } catch {
      return [];
    }
  }

  /** Whether to offer "ask the patient": no recorded needs, switched on, not asked in the last year. */
  private async askDue(noNeeds: boolean): Promise<boolean> {
    if (!noNeeds || !this.patient || !this.config.askNeeds) return false;
    try {
      return await withDeadline(
        messaging.sendMessage('askDue', { patient: this.patient }),
        REMINDER_DEADLINE_MS,
        'askDue',
      );
    } catch {
      return false;
    }
  }

  /** The receptionist asked the patient: recorded with this booking, and not offered again for a year. */
  answerAsk(answer: AskAnswer, need?: NeedCategory): void {
    this.guard('ask', () => {
      if (!this.ask) return;
      this.ask = { state: 'answered', answer, ...(answer === 'need' && need ? { need } : {}) };
      if (this.patient) {
        messaging.sendMessage('recordAsked', { patient: this.patient }).catch(() => undefined);
      }
      this.renderPanel();
    });
  }

  /** An answer (accepted, overridden, dismissed) makes this rule's next prompt for the patient a reminder. */
  private rememberAnswer(ruleId: string): void {
    if (!this.patient || this.config.reminderDays <= 0) return;
    messaging.sendMessage('recordAnswered', { patient: this.patient, ruleId }).catch(() => undefined);
  }

  private resetBooking(): void {
    this.lead = null;
    this.ask = null;
    this.views.clear();
    this.hidden.clear();
    this.undos.clear();
    this.displayedThisBooking.clear();
    this.pendingChecks.clear();
  }

  private scope() {
    return { hookInstance: this.hookInstance!, context: this.context! };
  }

  private syncViews(): void {
    const current = new Set(this.prompts.map((p) => p.uuid));
    for (const [uuid, view] of this.views) {
      // Open prompts go when the page no longer raises them; answered ones stay to show what was done.
      if (!current.has(uuid) && (view.status.state === 'open' || view.status.state === 'failed'))
        this.views.delete(uuid);
    }
    for (const prompt of this.prompts) {
      if (this.hidden.has(prompt.uuid)) continue;
      const existing = this.views.get(prompt.uuid);
      if (existing) {
        existing.prompt = prompt;
        if (existing.status.state === 'undone') existing.status = { state: 'open' };
      } else {
        const reminder = this.answeredRules.has(prompt.ruleId);
        this.views.set(prompt.uuid, {
          prompt,
          status: { state: 'open' },
          ...(reminder ? { reminder: { days: this.config.reminderDays } } : {}),
        });
      }
      if (!this.displayedThisBooking.has(prompt.uuid)) {
        this.displayedThisBooking.set(prompt.uuid, prompt);
        const reminder = this.views.get(prompt.uuid)?.reminder !== undefined;
        this.outbox.add(
          flagEvent(this.scope(), prompt, 'displayed', reminder ? { presentation: 'reminder' } : {}),
        );
      }
    }
    this.renderPanel();
    this.sendStatus();
  }

  private renderPanel(): void {
    const views = [...this.views.values()];
    // Nothing to show and nothing mounted: touch nothing.
    if (views.length === 0 && !this.ask && !this.ownHost()) return;
    this.panel().render(views, this.dockSide, this.lead, this.ask);
    if (!this.dockChosenByUser && (views.length > 0 || this.ask))
      requestAnimationFrame(() => this.keepClearOfControls());
  }

  /** The host's own controls that the panel must not cover: the slot-type control and the confirm button. */
  private hostControls(): Element[] {
    const controls: Element[] = this.control ? [this.control.element] : [];
    const confirm = this.profile?.confirm?.selector;
    try {
      const button = confirm
        ? this.doc.querySelector(confirm)
        : this.doc.querySelector('button[type="submit"], input[type="submit"]');
      if (button) controls.push(button);
    } catch {
      // an invalid selector was caught when the profile was saved; nothing to avoid then
    }
    return controls;
  }

  /** Moves the docked panel to the other side when it covers a host control there and not there. */
  private keepClearOfControls(attempt = 0): void {
    this.guard('placement', () => {
      const frame = this.ownHost()?.shadowRoot?.querySelector('.frame');
      if (!frame) {
        // The panel mounts asynchronously the first time: look again on the next frames.
        if (attempt < 60) requestAnimationFrame(() => this.keepClearOfControls(attempt + 1));
        return;
      }
      const panel = frame.getBoundingClientRect();
      const width = this.doc.documentElement.clientWidth;
      const mirrored = {
        left: width - panel.right,
        right: width - panel.left,
        top: panel.top,
        bottom: panel.bottom,
      };
      // The slot-type control (first) weighs most: the receptionist is using it right now.
      const covered = (box: { left: number; right: number; top: number; bottom: number }) =>
        this.hostControls().reduce((sum, el, index) => {
          const r = el.getBoundingClientRect();
          const hit =
            r.width > 0 &&
            r.left < box.right &&
            r.right > box.left &&
            r.top < box.bottom &&
            r.bottom > box.top;
          return sum + (hit ? (index === 0 ? 2 : 1) : 0);
        }, 0);
      if (covered(mirrored) < covered(panel)) {
        this.dockSide = this.dockSide === 'bottom-right' ? 'bottom-left' : 'bottom-right';
        this.panel().render([...this.views.values()], this.dockSide, this.lead, this.ask);
      }
    });
  }

  private sendStatus(): void {
    if (!this.context) return;
    messaging
      .sendMessage('reportStatus', {
        recognised: true,
        siteName: this.config.siteName,
        profileName: this.profile?.name ?? 'Generic (no profile matched)',
        context: this.context,
        prompts: this.prompts.map((p) => ({ summary: p.summary, indicator: p.indicator, ruleId: p.ruleId })),
      })
      .catch(() => undefined);
  }

  private channelLabel(channel: Channel): string {
    return CHANNEL_LABELS[channel][this.config.language];
  }

  accept(promptUuid: string, suggestionUuid: string): void {
    this.guard('accept', () => {
      const view = this.views.get(promptUuid);
      const suggestion = view?.prompt.suggestions.find((s) => s.uuid === suggestionUuid);
      if (!view || !suggestion) return;
      const { action } = suggestion;
      let result: ActionResult;
      if (action.kind === 'record') {
        view.status = { state: 'recorded', label: suggestion.label };
        this.rememberAnswer(view.prompt.ruleId);
        this.outbox.add(
          flagEvent(this.scope(), view.prompt, 'accepted', {
            acceptedSuggestions: [{ id: suggestion.uuid }],
          }),
        );
        this.renderPanel();
        return;
      }
      if (this.config.adviceOnly) return;
      if (action.kind === 'set-channel') {
        result = applyChannel(this.control, action.channel, this.channelLabel(action.channel));
      } else {
        result = applyLongerSlot(this.doc, this.profile?.duration?.selector);
      }
      if (!result.ok) {
        view.status = { state: 'failed', reason: result.reason, manual: result.manual };
        this.renderPanel();
        return;
      }
      this.undos.set(promptUuid, result.undo);
      view.status = { state: 'applied', description: result.description, canUndo: true };
      this.renderPanel();
      const expected = action.kind === 'set-channel' ? action.channel : undefined;
      const scope = this.scope();
      const check = () => {
        this.pendingChecks.delete(promptUuid);
        this.guard('verify', () => {
          const now = this.control ? readChannel(this.control).channel : 'unknown';
          if (expected && now !== expected) {
            view.status = {
              state: 'failed',
              reason: 'The booking page did not accept the change.',
              manual: `Choose a ${this.channelLabel(expected)} slot in "${this.control?.label ?? 'the slot type'}" yourself.`,
            };
            this.undos.delete(promptUuid);
            this.renderPanel();
            return;
          }
          this.rememberAnswer(view.prompt.ruleId);
          this.outbox.add(
            flagEvent(scope, view.prompt, 'accepted', {
              acceptedSuggestions: [{ id: suggestion.uuid }],
              channelAfter: now,
            }),
          );
          this.schedule();
        });
      };
      this.pendingChecks.set(promptUuid, check);
      // Check, after the host has re-rendered, that the page really took the change.
      setTimeout(() => this.pendingChecks.get(promptUuid)?.(), 120);
    });
  }

  undo(promptUuid: string): void {
    this.guard('undo', () => {
      const view = this.views.get(promptUuid);
      const undo = this.undos.get(promptUuid);
      if (!view || !undo) return;
      const result = undo();
      this.undos.delete(promptUuid);
      view.status = result.ok
        ? { state: 'undone' }
        : { state: 'failed', reason: result.reason, manual: result.manual };
      this.renderPanel();
      this.schedule();
    });
  }

  override(promptUuid: string, reasonCode: string, comment: string): void {
    this.guard('override', () => {
      const view = this.views.get(promptUuid);
      const reason = view?.prompt.overrideReasons.find((r) => r.code === reasonCode);
      if (!view || !reason) return;
      // Patient identifiers never reach the log; the receptionist is told what was removed.
      const screened = screenText(comment.slice(0, COMMENT_MAX));
      view.status = {
        state: 'overridden',
        reason: reason.display,
        ...(screened.removed.length > 0 ? { screened: screened.removed } : {}),
      };
      this.rememberAnswer(view.prompt.ruleId);
      this.outbox.add(
        flagEvent(this.scope(), view.prompt, 'overridden', {
          overrideReason: {
            reason,
            ...(screened.text ? { userComment: screened.text.slice(0, COMMENT_MAX) } : {}),
          },
          channelAfter: this.context?.channel.channel,
        }),
      );
      this.renderPanel();
    });
  }

  dismiss(promptUuid: string): void {
    this.guard('dismiss', () => {
      const view = this.views.get(promptUuid);
      if (!view) return;
      this.hidden.add(promptUuid);
      this.views.delete(promptUuid);
      this.rememberAnswer(view.prompt.ruleId);
      this.outbox.add(flagEvent(this.scope(), view.prompt, 'dismissed'));
      this.renderPanel();
    });
  }

  /** The receptionist opened a reminder: the full card from now on (its display stays logged as a reminder). */
  expand(promptUuid: string): void {
    this.guard('expand', () => {
      const view = this.views.get(promptUuid);
      if (!view?.reminder) return;
      delete view.reminder;
      this.renderPanel();
    });
  }

  dock(side: 'bottom-right' | 'bottom-left'): void {
    this.dockSide = side;
    this.dockChosenByUser = true;
    this.renderPanel();
  }

  private guard(where: string, fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.report(where, error);
    }
  }

  private onClick(event: Event): void {
    const host = this.ownHost();
    if (host && event.composedPath().includes(host)) return;
    this.schedule();
    // A booking is recorded on a person's click only: a page script's synthetic click is not one.
    if (event.isTrusted && isConfirmClick(event.target, this.profile?.confirm?.selector))
      this.confirmBooking();
  }

  private onSubmit(event: Event): void {
    if (!event.isTrusted) return; // dispatched by a script, not a form the browser submitted
    const form = event.target as Element | null;
    if (this.profile?.confirm) return; // the profile says which button confirms
    if (form && this.control && form.contains(this.control.element)) this.confirmBooking();
    else if (form && !this.control) this.confirmBooking();
  }

  /** The booking is made: close this booking's prompts and record it. */
  private confirmBooking(): void {
    this.guard('confirm', () => {
      if (!this.hookInstance || !this.context) return;
      for (const check of [...this.pendingChecks.values()]) check();
      // Read the channel as it is at the moment of booking.
      const channel = this.control ? readChannel(this.control).channel : this.context.channel.channel;
      const scope = this.scope();
      const flaggedRules: string[] = [];
      for (const prompt of this.displayedThisBooking.values()) {
        flaggedRules.push(prompt.ruleId);
        const view = this.views.get(prompt.uuid);
        if (
          view &&
          (view.status.state === 'open' || view.status.state === 'undone' || view.status.state === 'failed')
        ) {
          this.outbox.add(flagEvent(scope, prompt, 'ignored', { channelAfter: channel }));
        }
      }
      const asked =
        this.ask?.state === 'answered'
          ? { answer: this.ask.answer, ...(this.ask.need ? { need: this.ask.need } : {}) }
          : undefined;
      if (this.context.needs.length > 0 || flaggedRules.length > 0 || channel !== 'unknown' || asked) {
        this.outbox.add(bookingEvent(scope, channel, [...new Set(flaggedRules)], asked));
      }
      this.booked = this.hookInstance;
      this.hookInstance = undefined;
      this.signature = '';
      this.resetBooking();
      this.renderPanel();
      this.schedule();
    });
  }

  /** The page's address changed without a load (single-page app): read it as a new page. */
  routeChanged(): void {
    this.profileChosen = false;
    this.watched = [];
    this.control = undefined;
    this.signature = '';
    this.schedule();
  }
}
