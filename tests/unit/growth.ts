/**
 * Linear-time checks that compare sizes, never clocks: a shared CI machine can be slow by any factor,
 * but it is slow for the small input and the large one alike. Linear growth from 1x to 10x the input
 * costs ~10x; quadratic ~100x. Each side is the best of several runs, which discards most noise, and
 * is measured in this process's CPU time, not wall time: other processes on a busy machine take
 * the cores between our runs, but not our CPU time (wall time let a load of 13 on 2 cores turn a
 * linear 10x into 6-9 per unit of size).
 */

/** CPU milliseconds (user + system) this process has used. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** CPU milliseconds of the fastest of `runs` calls. */
export function bestOfMs(runs: number, f: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const started = cpuMs();
    f();
    best = Math.min(best, cpuMs() - started);
  }
  return best;
}

export async function bestOfMsAsync(runs: number, f: () => Promise<unknown>): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const started = cpuMs();
    await f();
    best = Math.min(best, cpuMs() - started);
  }
  return best;
}

/**
 * Between linear (~1) and quadratic at a 10x or 8x size factor (~10, ~8): room for a loaded machine
 * (a busy core can slow one side more than the other), still failing anything quadratic.
 */
export const LINEAR_BOUND = 4;

/** Below this a timer reading is mostly noise; the small side is never taken as faster than it. */
const RESOLUTION_MS = 0.5;

export interface Growth {
  smallMs: number;
  largeMs: number;
  /** How much longer the large input took, per the factor by which it is larger (1 = linear). */
  perSize: number;
}

/**
 * Times `work` on a small and a large input and returns the growth per unit of size. Linear work gives
 * a `perSize` near 1; quadratic work gives near `sizeFactor`. Assert `perSize` below LINEAR_BOUND.
 */
export function growth<T>(
  work: (input: T) => unknown,
  small: T,
  large: T,
  sizeFactor: number,
  runs = 3,
): Growth {
  work(small); // warm the code paths so the first measurement is not compile time
  const smallMs = bestOfMs(runs + 2, () => work(small));
  const largeMs = bestOfMs(runs, () => work(large));
  return { smallMs, largeMs, perSize: largeMs / Math.max(smallMs, RESOLUTION_MS) / sizeFactor };
}

export const describeGrowth = (g: Growth): string =>
  `${g.smallMs.toFixed(1)} ms -> ${g.largeMs.toFixed(1)} ms (x${(g.perSize).toFixed(2)} per unit of size)`;
