/**
 * Who may ask the background what. A message's sender is set by the browser, not by the sender, so
 * it can be trusted; its payload cannot. Two kinds of sender exist: the extension's own pages (options,
 * log, popup), and the booking script in a frame of a watched page, which may ask only about its own
 * tab and frame. A content script shares the extension id, so pages are told apart by their URL.
 */
import { type Browser, browser } from '#imports';

type Sender = Browser.runtime.MessageSender;

export function isExtensionPage(sender: Pick<Sender, 'id' | 'url'>): boolean {
  const base = browser.runtime.getURL('/');
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(base);
}

/** A script of ours in a tab's frame (not an extension page), with the frame's URL. */
export function isPageScript(sender: Sender): sender is Sender & { tab: { id: number }; url: string } {
  return (
    sender.id === browser.runtime.id &&
    typeof sender.tab?.id === 'number' &&
    typeof sender.url === 'string' &&
    !isExtensionPage(sender)
  );
}

export class SenderRefused extends Error {
  constructor(what: string) {
    super(`Not allowed: ${what}.`);
    this.name = 'SenderRefused';
  }
}

export function requireExtensionPage(sender: Sender, what: string): void {
  if (!isExtensionPage(sender)) throw new SenderRefused(`only the extension's own pages may ${what}`);
}

/**
 * Requires the booking script of a watched page: a script of ours in a frame whose address belongs
 * to an enabled, granted site. Returns the frame's address.
 */
export async function requireWatchedPage(
  sender: Sender,
  watched: (url: string) => Promise<boolean>,
  what: string,
): Promise<{ tabId: number; frameId: number; url: string }> {
  if (!isPageScript(sender) || !(await watched(sender.url))) {
    throw new SenderRefused(`only the booking script of a watched page may ${what}`);
  }
  return { tabId: sender.tab.id, frameId: sender.frameId ?? 0, url: sender.url };
}

/** The same page: a single-page app changes its path, never its origin. */
export function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
