/**
 * Content script for the booking systems a manager configured (registered at run time by the
 * background, in all frames). Thin wiring: config from the background, the watcher, the panel.
 */
import { render } from 'preact';
import { PromptPanel, type PromptView } from '../../components/PromptPanel';
import { PROMPT_PANEL_CSS } from '../../components/prompt-panel-css';
import { messaging } from '../../platform/protocol';
import { BookingWatcher, type PanelHost } from './watcher';

const MARKER = 'data-equity-prompts';

/** The background may be starting up (MV3 service worker): ask again a few times before giving up. */
async function pageConfigWithRetry() {
  for (let attempt = 0; ; attempt++) {
    try {
      return await messaging.sendMessage('getPageConfig', { url: location.href });
    } catch (error) {
      if (attempt >= 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
    }
  }
}

export default defineContentScript({
  matches: [],
  registration: 'runtime',
  allFrames: true,
  cssInjectionMode: 'manual',
  async main(ctx) {
    try {
      // A previous copy (before an extension update) cleans itself up through its own context.
      document.documentElement.setAttribute(MARKER, 'active');
      const config = await pageConfigWithRetry();
      if (!config || ctx.isInvalid) return;

      let ui: Awaited<ReturnType<typeof createShadowRootUi<HTMLElement>>> | undefined;
      let creating = false;
      let latest: { views: PromptView[]; dock: 'bottom-right' | 'bottom-left' } = {
        views: [],
        dock: 'bottom-right',
      };

      const draw = () => {
        const container = ui?.mounted;
        if (!container) return;
        render(
          <PromptPanel
            views={latest.views}
            lang={config.language}
            adviceOnly={config.adviceOnly}
            dock={latest.dock}
            onAccept={(p, s) => watcher.accept(p, s)}
            onOverride={(p, r, c) => watcher.override(p, r, c)}
            onDismiss={(p) => watcher.dismiss(p)}
            onUndo={(p) => watcher.undo(p)}
            onDockChange={(d) => watcher.dock(d)}
          />,
          container,
        );
      };

      const panel: PanelHost = {
        render(views, dock) {
          latest = { views: views.map((v) => ({ ...v })), dock };
          if (ui) {
            draw();
            return;
          }
          if (creating) return;
          creating = true;
          void createShadowRootUi(ctx, {
            name: 'equity-prompts-panel',
            position: 'inline',
            anchor: 'body',
            append: 'last',
            css: PROMPT_PANEL_CSS,
            isolateEvents: true,
            onMount: (container) => {
              const root = document.createElement('div');
              container.append(root);
              return root;
            },
            onRemove: (root) => {
              if (root) render(null, root);
            },
          }).then((created) => {
            if (ctx.isInvalid) return;
            ui = created;
            ui.mount();
            draw();
          });
        },
        remove() {
          ui?.remove();
        },
      };

      const watcher = new BookingWatcher(
        config,
        document,
        () => panel,
        () => ui?.shadowHost,
        () => ctx.isInvalid,
      );
      watcher.start((target, type, listener) =>
        ctx.addEventListener(target as Window, type as 'click', listener),
      );
      // After an extension reload nothing tells an orphaned script; asking the context notices it,
      // on any page activity (the watcher asks) or within a second.
      const heartbeat = setInterval(() => void ctx.isInvalid, 1000);
      ctx.onInvalidated(() => {
        clearInterval(heartbeat);
        watcher.dispose();
        panel.remove();
        document.documentElement.removeAttribute(MARKER);
      });
    } catch (error) {
      // Fail safe: the booking page carries on exactly as without us.
      messaging
        .sendMessage('reportError', {
          where: 'start',
          message: String(error).slice(0, 500),
          page: location.origin + location.pathname,
        })
        .catch(() => undefined);
    }
  },
});
