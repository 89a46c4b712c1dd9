/**
 * Styles for the prompt panel, kept inside its shadow root. Sizes are in px on :host because rem
 * would follow the host page's root font size. Contrast meets WCAG AA; forced-colours mode keeps
 * borders and focus rings in system colours.
 */
export const PROMPT_PANEL_CSS = `
:host { all: initial; }
.panel { position: fixed; bottom: 12px; z-index: 2147483000; width: min(380px, calc(100vw - 24px));
  max-height: calc(100vh - 24px); font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Arial, sans-serif;
  color: #1d1d1f; pointer-events: none; }
.panel.bottom-right { right: 12px; }
.panel.bottom-left { left: 12px; }
.frame { pointer-events: auto; background: #fff; border: 2px solid #1d1d1f; border-radius: 8px;
  box-shadow: 0 4px 18px rgba(0,0,0,.25); display: flex; flex-direction: column; max-height: calc(100vh - 24px); }
.bar { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; padding: 6px 10px; border-bottom: 1px solid #6e6e73; }
.title { flex: 1 1 auto; font-size: 15px; }
.cards { overflow: auto; padding: 8px 10px; display: flex; flex-direction: column; gap: 10px; }
.card { border: 1px solid #6e6e73; border-left-width: 6px; border-radius: 6px; padding: 8px 10px; }
.card.info { border-left-color: #005eb8; }
.card.warning { border-left-color: #b35c00; border-left-style: double; border-left-width: 8px; }
.card.critical { border-left-color: #b10e1e; border-left-style: solid; border-left-width: 10px; }
.card.lead { border-left-color: #007f3b; border-left-style: solid; }
.card.lead p { margin: 4px 0; }
.card-head { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.badge { display: inline-flex; gap: 6px; align-items: center; font-weight: 700; font-size: 13px; text-transform: uppercase; letter-spacing: .02em; }
.icon { display: inline-grid; place-items: center; min-width: 20px; height: 20px; border-radius: 50%;
  border: 2px solid currentColor; font-size: 12px; }
.warning .badge { color: #7a3e00; }
.critical .badge { color: #8a0b17; }
.info .badge { color: #004785; }
.required { font-size: 13px; font-weight: 600; }
.summary { font-size: 16px; margin: 4px 0 6px; font-weight: 700; }
.card.reminder { padding: 4px 10px; border-left-style: dashed; }
.reminder-line { margin: 0; font-size: 14px; line-height: 1.4; }
.reminder-line .icon { margin-right: 4px; }
.evidence { font-size: 14px; margin: 0 0 6px; }
.evidence-title { margin: 0; font-weight: 600; }
.evidence ul { margin: 2px 0 0; padding-left: 18px; }
details { margin: 4px 0; }
summary { cursor: pointer; font-weight: 600; }
.detail p { margin: 4px 0; white-space: pre-line; }
.suggestions { display: flex; flex-wrap: wrap; gap: 6px; margin: 6px 0; padding: 0; border: 0; min-width: 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
button { font: inherit; font-size: 14px; min-height: 32px; padding: 4px 10px; border-radius: 4px; border: 2px solid #1d1d1f;
  background: #fff; color: #1d1d1f; cursor: pointer; }
button.primary { background: #005eb8; border-color: #005eb8; color: #fff; font-weight: 700; }
button.link { border: none; background: none; text-decoration: underline; padding: 2px 4px; min-height: 24px; color: #004785; }
button:hover { text-decoration: underline; }
:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; box-shadow: 0 0 0 5px #1d1d1f; }
form { display: grid; gap: 4px; margin-top: 4px; }
label { font-size: 14px; font-weight: 600; }
select, input { font: inherit; font-size: 14px; min-height: 32px; border: 2px solid #1d1d1f; border-radius: 4px; padding: 2px 6px; background: #fff; color: #1d1d1f; }
.error { color: #8a0b17; font-weight: 700; margin: 0; }
.error::before { content: "⚠ "; }
.status { margin: 6px 0; padding: 4px 8px; background: #f0f4f5; border: 1px solid #6e6e73; border-radius: 4px; font-size: 14px; }
.status p { margin: 2px 0; }
.note { font-size: 13px; margin: 2px 0; }
.live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (forced-colors: active) {
  .frame, .card, button, select, input, .status { border-color: CanvasText; forced-color-adjust: auto; }
  button.primary { border: 3px solid ButtonText; }
  :focus-visible { outline: 3px solid Highlight; }
}
`;
