/**
 * The booking script and the prompt panel are two files injected into the same frame (the same
 * isolated world): the panel, with Preact, only arrives when a page first needs a prompt. The panel
 * file leaves its renderer here; the booking script finds it here.
 */
import type { PromptPanelProps } from '../../components/PromptPanel';

export interface PanelRenderer {
  /** Shows (or updates) the panel; returns its element in the host page. */
  show(props: PromptPanelProps): Element;
  remove(): void;
}

const KEY = Symbol.for('equity-prompts.panel');

type Scope = { [KEY]?: PanelRenderer };

export function installPanelRenderer(renderer: PanelRenderer): void {
  (globalThis as Scope)[KEY] = renderer;
}

export function panelRenderer(): PanelRenderer | undefined {
  return (globalThis as Scope)[KEY];
}
