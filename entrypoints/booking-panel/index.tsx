/**
 * The prompt panel (Preact), injected into a booking frame the first time it has a prompt to show;
 * pages without prompts never load it. It only installs a renderer for the booking script to call.
 */
import { render } from 'preact';
import { PromptPanel } from '../../components/PromptPanel';
import { PROMPT_PANEL_CSS } from '../../components/prompt-panel-css';
import { installPanelRenderer, panelRenderer } from '../booking/panel-bridge';
import { mountPanel, type PanelMount } from '../booking/panel-host';

export default defineUnlistedScript(() => {
  // Injected twice (an answer lost while the worker stopped, then asked again): keep the first, whose
  // panel is on the page.
  if (panelRenderer()) return;
  let mount: PanelMount | undefined;
  installPanelRenderer({
    show(props) {
      mount ??= mountPanel(document, PROMPT_PANEL_CSS);
      render(<PromptPanel {...props} />, mount.container);
      return mount.host;
    },
    remove() {
      if (!mount) return;
      render(null, mount.container);
      mount.remove();
      mount = undefined;
    },
  });
});
