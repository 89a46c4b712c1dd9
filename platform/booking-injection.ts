/**
 * Injects the extension's page code into the frame that asked for it: the booking script once the
 * loader saw its page loaded (so the host page's load never waits on it), the prompt panel once the
 * booking script has a prompt to show (so pages without prompts never load Preact).
 */
import { type Browser, browser } from '#imports';

export const BOOKING_SCRIPT = '/booking.js';
export const PANEL_SCRIPT = '/booking-panel.js';

/**
 * `allowed` says whether a page address belongs to an enabled, granted site; the loader is only
 * registered there, but a frame may have navigated since it asked. Answers whether it injected.
 */
export async function injectIntoSender(
  sender: Browser.runtime.MessageSender,
  file: typeof BOOKING_SCRIPT | typeof PANEL_SCRIPT,
  allowed: (url: string) => Promise<boolean>,
): Promise<boolean> {
  const tabId = sender.tab?.id;
  const url = sender.url;
  if (sender.id !== browser.runtime.id || tabId === undefined || typeof url !== 'string') return false;
  if (!(await allowed(url))) return false;
  // Chrome names the exact document, so a frame that has moved on since it asked is not injected.
  const documentId = (sender as { documentId?: unknown }).documentId;
  const target =
    typeof documentId === 'string'
      ? { tabId, documentIds: [documentId] }
      : { tabId, frameIds: [sender.frameId ?? 0] };
  await browser.scripting.executeScript({ target: target as { tabId: number }, files: [file] });
  return true;
}
