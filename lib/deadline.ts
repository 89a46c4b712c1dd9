/**
 * A promise that gives up after `ms`. A runtime message to a service worker stopped at the wrong
 * moment can stay unanswered for good, neither resolved nor rejected (seen in
 * tests/e2e/reliability.spec.ts): whoever waits on one must be able to stop waiting and try again.
 */
export function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

export interface AskAgainOptions {
  attempts: number;
  /** Wait after the first failure; doubled after each further one, up to `maxWaitMs`. */
  firstWaitMs?: number;
  maxWaitMs: number;
}

/**
 * Asks until an answer comes, later each time: a service worker starting up or being stopped
 * answers the next request. Rejects with the last error once `attempts` are used up.
 */
export async function askAgain<T>(
  ask: () => Promise<T>,
  { attempts, firstWaitMs = 250, maxWaitMs }: AskAgainOptions,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await ask();
    } catch (error) {
      if (attempt + 1 >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(firstWaitMs * 2 ** attempt, maxWaitMs)));
    }
  }
}
