/**
 * The prompt panel's place in the host page: one custom element at the end of <body> with an open
 * shadow root, so the host page's styles don't reach the panel and ours don't reach the page.
 */
export interface PanelMount {
  /** The element in the host page (tests and the watcher's own-mutation filter find it by tag). */
  readonly host: HTMLElement;
  /** Where the panel renders, inside the shadow root. */
  readonly container: HTMLElement;
  remove(): void;
}

export const PANEL_TAG = 'equity-prompts-panel';

export function mountPanel(doc: Document, css: string): PanelMount {
  const host = doc.createElement(PANEL_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  // No inherited host styles: the panel looks the same on every booking system.
  style.textContent = `:host{all:initial !important;}\n${css}`;
  const container = doc.createElement('div');
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
