/**
 * The only script registered on booking sites. Being tiny (no libraries, plain runtime messaging),
 * it costs a loading page nothing; once the page has loaded (its own load handlers first) it asks the
 * background to inject the booking script into this frame. In a frame, "the page" is the top page
 * when it is readable (same origin): its load waits for the frame, so starting at the frame's own
 * load would still slow it. A page still loading after LATEST_START_MS gets its prompts anyway.
 */
import { askAgain, withDeadline } from '../lib/deadline';
import { START_BOOKING, type StartBookingMessage } from '../platform/loader-message';

const LATEST_START_MS = 1500;
/** A worker stopped at the wrong moment may never answer: stop waiting and ask again. */
const ANSWER_WITHIN_MS = 3000;
const ATTEMPTS = 6;

type Runtime = { sendMessage(message: unknown): Promise<unknown> };

/**
 * The background may be starting up or stopping (MV3 service worker): ask again, later each time.
 * Only the background answers true (injected) or false (not a watched page); no answer at all means
 * the message reached only an open extension page (the log, the options) while the worker was
 * stopped, so that is asked again too. Asking twice is harmless: the booking script runs once per frame.
 */
async function askForBookingScript(runtime: Runtime): Promise<void> {
  const message: StartBookingMessage = { equityPrompts: START_BOOKING };
  await askAgain(
    async () => {
      const answer = await withDeadline(runtime.sendMessage(message), ANSWER_WITHIN_MS, 'start-booking');
      if (answer !== true && answer !== false)
        throw new Error('start-booking: not answered by the background');
    },
    { attempts: ATTEMPTS, maxWaitMs: 2000 },
  ).catch(() => undefined);
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
