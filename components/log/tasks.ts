/** Yielding to the browser from long jobs on the log page (loading, figures). */

/**
 * Settles in a new task, so the page can handle input and draw between slices of work. A message
 * rather than setTimeout(0), which browsers hold back to 4 ms once timeouts nest five deep.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Settles once the browser has painted the next frame (or after 100 ms, for a tab in the background). */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      setTimeout(resolve, 0);
    });
  });
}
