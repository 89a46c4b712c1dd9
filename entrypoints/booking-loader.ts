/**
 * The only script registered on booking sites. Being tiny (no libraries, plain runtime messaging),
 * it costs a loading page nothing; once the page has loaded (its own load handlers first) it asks the
 * background to inject the booking script into this frame. In a frame, "the page" is the top page
 * when it is readable (same origin): its load waits for the frame, so starting at the frame's own
 * load would still slow it. A page still loading after LATEST_START_MS gets its prompts anyway.
 */
import { withDeadline } from '../lib/deadline';
import { START_BOOKING, type StartBookingMessage } from '../platform/loader-message';

const LATEST_START_MS = 1500;
/** A worker stopped at the wrong moment may never answer: stop waiting and ask again. */
const ANSWER_WITHIN_MS = 3000;
const ATTEMPTS = 6;

type Runtime = { sendMessage(message: unknown): Promise<unknown> };

/**
 * The background may be starting up or stopping (MV3 service worker): ask again, later each time.
 * Asking twice is harmless: the booking script runs once per frame.
 */
async function askForBookingScript(runtime: Runtime): Promise<void> {
  const message: StartBookingMessage = { equityPrompts: START_BOOKING };
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    try {
      const answer = await withDeadline(runtime.sendMessage(message), ANSWER_WITHIN_MS, 'start-booking');
      // Only the background answers true (injected) or false (not a watched page). No answer at all
      // means the message reached only an open extension page (the log, the options) while the worker
      // was stopped: ask again.
      if (answer === true || answer === false) return;
    } catch {
      // Stopped mid-answer, or not started yet: ask again.
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(250 * 2 ** attempt, 2000)));
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
