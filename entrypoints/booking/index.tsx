/**
 * The booking script, injected by the background into a frame of a configured booking system once
 * the tiny loader (entrypoints/booking-loader.ts) saw the page loaded. Thin wiring: config from the
 * background, the watcher, the panel.
 */
import type { AskView, PromptView } from '../../components/PromptPanel';
import { askAgain, withDeadline } from '../../lib/deadline';
import type { LeadRecommendation } from '../../lib/rules/combine';
import { messaging } from '../../platform/protocol';
import { ScriptLifetime } from './lifetime';
import { extensionRuntimeAlive } from './native-api';
import { panelRenderer } from './panel-bridge';
import { BookingWatcher, type PanelHost } from './watcher';

declare const __EP_DEMO__: boolean;
/**
 * Tells the browser tests the booking script is running in a frame. Only the demo/test build sets it:
 * a release build does not advertise the extension to the page beyond the panel it must show.
 */
const MARKER = 'data-equity-prompts';
const MARK_PAGE = __EP_DEMO__;
/** One running copy per frame: a second injection into the same document does nothing. */
const RUNNING = Symbol.for('equity-prompts.booking');

/**
 * The background may be starting up or being stopped (MV3 service worker), and one stopped at the
 * wrong moment may never answer: keep asking, for about a minute and a half, before giving up (a page
 * whose script gave up gets no prompts).
 */
const pageConfig = () =>
  askAgain(
    () => withDeadline(messaging.sendMessage('getPageConfig', { url: location.href }), 3000, 'getPageConfig'),
    { attempts: 21, maxWaitMs: 5000 },
  );

async function startBooking(lifetime: ScriptLifetime): Promise<void> {
  if (MARK_PAGE) document.documentElement.setAttribute(MARKER, 'active');
  const config = await pageConfig();
  if (!config || lifetime.isInvalid) return;

  let latest: {
    views: PromptView[];
    dock: 'bottom-right' | 'bottom-left';
    lead: LeadRecommendation | null;
    ask: AskView | null;
  } = {
    views: [],
    dock: 'bottom-right',
    lead: null,
    ask: null,
  };
  let host: Element | undefined;
  let panelCode: Promise<unknown> | undefined;

  /**
   * The panel's code is injected once per page, when first needed, asking again while the worker
   * does not answer. A request whose answer was lost may still have injected it: then the renderer
   * is there and nothing more is asked.
   */
  const loadPanelCode = () => {
    panelCode ??= askAgain(
      async () => {
        if (!panelRenderer())
          await withDeadline(messaging.sendMessage('loadPanel', undefined), 3000, 'loadPanel');
      },
      { attempts: 6, firstWaitMs: 500, maxWaitMs: 2500 },
    ).catch((error: unknown) => {
      panelCode = undefined; // the next prompt tries again
      watcher.report('panel', error);
    });
    return panelCode;
  };

  const draw = () => {
    const renderer = panelRenderer();
    if (!renderer || lifetime.isInvalid) return;
    host = renderer.show({
      views: latest.views,
      lead: latest.lead,
      lang: config.language,
      adviceOnly: config.adviceOnly,
      dock: latest.dock,
      onAccept: (p, s) => watcher.accept(p, s),
      onOverride: (p, r, c) => watcher.override(p, r, c),
      onDismiss: (p) => watcher.dismiss(p),
      onUndo: (p) => watcher.undo(p),
      onDockChange: (d) => watcher.dock(d),
      onExpand: (p) => watcher.expand(p),
      ask: latest.ask,
      onAsk: (answer, need) => watcher.answerAsk(answer, need),
    });
  };

  const panel: PanelHost = {
    prepare() {
      void loadPanelCode();
    },
    render(views, dock, lead, ask) {
      latest = { views: views.map((v) => ({ ...v })), dock, lead, ask: ask ? { ...ask } : null };
      if (panelRenderer()) draw();
      // A patient without recorded needs raises no prompt, so that page never loads the panel's code
      // (unless the manager turned on "ask the patient" and this patient is due to be asked).
      else if (views.length > 0 || ask) void loadPanelCode().then(draw);
    },
    remove() {
      panelRenderer()?.remove();
      host = undefined;
    },
  };

  const watcher = new BookingWatcher(
    config,
    document,
    () => panel,
    () => host,
    () => lifetime.isInvalid,
  );
  watcher.start((target, type, listener) => lifetime.listen(target, type, listener));

  // Single-page apps change route without a page load: the watcher then chooses its profile again.
  let href = location.href;
  const checkRoute = () => {
    if (location.href === href) return;
    href = location.href;
    watcher.routeChanged();
  };
  lifetime.listen(window, 'popstate', checkRoute);
  lifetime.listen(window, 'hashchange', checkRoute);
  lifetime.every(500, checkRoute);

  lifetime.onInvalidated(() => {
    watcher.dispose();
    panel.remove();
    if (MARK_PAGE) document.documentElement.removeAttribute(MARKER);
  });
}

export default defineUnlistedScript(() => {
  const scope = globalThis as { [RUNNING]?: ScriptLifetime };
  if (scope[RUNNING] && !scope[RUNNING].isInvalid) return;
  const lifetime = new ScriptLifetime(extensionRuntimeAlive);
  scope[RUNNING] = lifetime;
  startBooking(lifetime).catch((error: unknown) => {
    // Fail safe: the booking page carries on exactly as without us.
    messaging
      .sendMessage('reportError', {
        where: 'start',
        message: String(error).slice(0, 500),
        page: location.origin + location.pathname,
      })
      .catch(() => undefined);
  });
});
