/**
 * The prompt panel's place in the host page: one custom element at the end of <body> with a shadow
 * root, so the host page's styles don't reach the panel and ours don't reach the page. The root is
 * closed in the builds people install, so the page's scripts cannot read or drive the panel; the
 * demo/test build leaves it open for the browser tests' locators. In both, the panel answers only
 * events the browser made from a person's input (isTrusted): a script's synthetic click on a button
 * never accepts, overrides or dismisses a prompt.
 */
export interface PanelMount {
  /** The element in the host page (tests and the watcher's own-mutation filter find it by tag). */
  readonly host: HTMLElement;
  /** Where the panel renders, inside the shadow root. */
  readonly container: HTMLElement;
  remove(): void;
}

export const PANEL_TAG = 'equity-prompts-panel';

declare const __EP_DEMO__: boolean;

/**
 * Events that act in the panel; script-made ones are stopped before any handler sees them. Typing
 * and choosing (input, change) only set a value: nothing is decided until a person clicks or submits.
 */
const PERSON_EVENTS = ['click', 'submit', 'keydown', 'keyup', 'keypress', 'pointerdown', 'pointerup'];

export function mountPanel(doc: Document, css: string): PanelMount {
  const host = doc.createElement(PANEL_TAG);
  const shadow = host.attachShadow({ mode: __EP_DEMO__ ? 'open' : 'closed' });
  const style = doc.createElement('style');
  // No inherited host styles: the panel looks the same on every booking system.
  style.textContent = `:host{all:initial !important;}\n${css}`;
  const container = doc.createElement('div');
  // Capture runs before the target's own handlers (Preact binds them on each element).
  for (const type of PERSON_EVENTS) {
    container.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) return;
        event.stopImmediatePropagation();
        event.preventDefault();
      },
      true,
    );
  }
  // Keys typed in the panel stay in the panel: host pages bind shortcuts on the document.
  for (const type of ['keydown', 'keyup', 'keypress']) {
    container.addEventListener(type, (event) => event.stopPropagation());
  }
  shadow.append(style, container);
  (doc.body ?? doc.documentElement).append(host);
  return {
    host,
    container,
    remove: () => host.remove(),
  };
}
