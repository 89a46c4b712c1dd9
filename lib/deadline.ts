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
