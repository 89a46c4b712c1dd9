/**
 * How long this copy of the booking script may act: until the extension is reloaded, updated or
 * removed under the page. Then `runtime.id` goes away and nothing else tells the script, so it is
 * asked on a heartbeat and whenever the script is about to act. Owns the script's page listeners and
 * timers, so they all stop together. Unlike WXT's ContentScriptContext it listens to no page event
 * (a page could fake one and switch the prompts off).
 */
export class ScriptLifetime {
  private readonly controller = new AbortController();
  private readonly cleanups: Array<() => void> = [];

  constructor(
    /** Whether the extension that injected this script is still there. */
    private readonly extensionAlive: () => boolean,
    heartbeatMs = 1000,
  ) {
    const heartbeat = setInterval(() => void this.isInvalid, heartbeatMs);
    this.cleanups.push(() => clearInterval(heartbeat));
  }

  get isInvalid(): boolean {
    if (!this.controller.signal.aborted && !this.extensionAlive()) this.invalidate();
    return this.controller.signal.aborted;
  }

  /** Stops everything this copy started; safe to call twice. */
  invalidate(): void {
    if (this.controller.signal.aborted) return;
    this.controller.abort();
    for (const cleanup of this.cleanups.splice(0).reverse()) {
      try {
        cleanup();
      } catch {
        // One failing clean-up must not keep the others from running.
      }
    }
  }

  /** A page listener that is removed when this copy ends, and never runs after that. */
  listen(target: EventTarget, type: string, listener: (event: Event) => void): void {
    if (this.isInvalid) return;
    target.addEventListener(
      type,
      (event) => {
        if (!this.isInvalid) listener(event);
      },
      { capture: false, signal: this.controller.signal },
    );
  }

  /** Runs `task` every `ms` while this copy lives. */
  every(ms: number, task: () => void): void {
    const timer = setInterval(() => {
      if (!this.isInvalid) task();
    }, ms);
    this.onInvalidated(() => clearInterval(timer));
  }

  onInvalidated(cleanup: () => void): void {
    if (this.controller.signal.aborted) cleanup();
    else this.cleanups.push(cleanup);
  }
}
