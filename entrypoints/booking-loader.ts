/**
 * The only script registered on booking sites. Being tiny (no libraries, plain runtime messaging),
 * it costs a loading page nothing; once the page has loaded (its own load handlers first) it asks the
 * background to inject the booking script into this frame. In a frame, "the page" is the top page
 * when it is readable (same origin): its load waits for the frame, so starting at the frame's own
 * load would still slow it. A page still loading after LATEST_START_MS gets its prompts anyway.
 */
import { START_BOOKING, type StartBookingMessage } from '../platform/loader-message';

const LATEST_START_MS = 1500;

type Runtime = { sendMessage(message: unknown): Promise<unknown> };

/** The background may be starting up (MV3 service worker): ask again a few times. */
async function askForBookingScript(runtime: Runtime): Promise<void> {
  const message: StartBookingMessage = { equityPrompts: START_BOOKING };
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      await runtime.sendMessage(message);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
    }
  }
}

export default defineUnlistedScript(() => {
  // Firefox has promise-based `browser`; Chrome's `chrome.runtime.sendMessage` returns a promise in MV3.
  const scope = globalThis as { browser?: { runtime: Runtime }; chrome?: { runtime: Runtime } };
  const runtime = (scope.browser ?? scope.chrome)?.runtime;
  if (!runtime) return;
  let asked = false;
  const start = () => {
    if (asked) return;
    asked = true;
    setTimeout(() => void askForBookingScript(runtime), 0);
  };
  let page: Window = window;
  try {
    // Reading a cross-origin top page throws: then this frame's own load is the best we know.
    if (window.top && window.top !== window && window.top.document.readyState) page = window.top;
  } catch {
    page = window;
  }
  if (page.document.readyState === 'complete' && document.readyState === 'complete') start();
  else {
    page.addEventListener('load', start, { once: true });
    setTimeout(start, LATEST_START_MS);
  }
});
