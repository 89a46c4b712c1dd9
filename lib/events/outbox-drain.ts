/**
 * The background's side of the durable outbox (outbox.ts): read outbox keys, append their events to
 * the log, remove the keys. Anything read back from storage is untrusted: an entry must at least look
 * like an event with an id here, and the log validates it fully (LogEvent) before storing it.
 *
 * Crash safety comes from the order: keys are removed only after the append has acknowledged their
 * events. A worker stopped in between leaves the keys; the next drain appends them again, the log
 * finds their ids already stored and acknowledges them, and the keys go then.
 */
import { z } from 'zod';
import { isOutboxKey } from './outbox';

/** The most keys one drain reads and appends in one go (one log write). */
export const DRAIN_BATCH = 200;

const OutboxEntry = z.looseObject({
  id: z.string().min(1).max(200),
  type: z.string().optional(),
  time: z.string().max(64).optional(),
});
type OutboxEntry = z.infer<typeof OutboxEntry>;

export interface DrainStorage {
  /** All keys in the store (only outbox keys are used). */
  keys(): Promise<string[]>;
  get(keys: string[]): Promise<Record<string, unknown>>;
  remove(keys: string[]): Promise<void>;
}

export interface DrainLog {
  /** The log's append: which ids are now in the log (stored now or before), which were refused. */
  append(
    events: unknown[],
  ): Promise<{ acknowledged: string[]; rejected: Array<{ id?: string; message: string }> }>;
}

export interface DrainResult {
  /** Events the log acknowledged (stored now or already there). */
  acknowledged: number;
  /** Why entries were given up: refused by the log, or not an event at all. */
  problems: string[];
}

/** Oldest first, and a booking after the answers recorded in the same instant. */
function byTime(a: OutboxEntry, b: OutboxEntry): number {
  const at = a.time ?? '';
  const bt = b.time ?? '';
  if (at !== bt) return at < bt ? -1 : 1;
  return (a.type === 'booking' ? 1 : 0) - (b.type === 'booking' ? 1 : 0);
}

/**
 * Drains `keys` (default: every outbox key in storage), DRAIN_BATCH keys per log write. The caller
 * runs one drain at a time. A failed append or remove rejects, leaving the keys for a later drain.
 */
export async function drainOutbox(
  storage: DrainStorage,
  log: DrainLog,
  keys?: readonly string[],
): Promise<DrainResult> {
  const all = [...new Set((keys ?? (await storage.keys())).filter(isOutboxKey))].sort();
  const total: DrainResult = { acknowledged: 0, problems: [] };
  for (let start = 0; start < all.length; start += DRAIN_BATCH) {
    const { acknowledged, problems } = await drainBatch(storage, log, all.slice(start, start + DRAIN_BATCH));
    total.acknowledged += acknowledged;
    total.problems.push(...problems);
  }
  return total;
}

async function drainBatch(storage: DrainStorage, log: DrainLog, batch: string[]): Promise<DrainResult> {
  const stored = await storage.get(batch);
  const entries: Array<{ key: string; event: OutboxEntry }> = [];
  const done: string[] = [];
  const problems: string[] = [];
  for (const key of batch) {
    if (!(key in stored)) continue; // drained meanwhile
    const parsed = OutboxEntry.safeParse(stored[key]);
    if (parsed.success) entries.push({ key, event: parsed.data });
    else {
      done.push(key);
      problems.push(`${key.slice(0, 120)} does not hold an event`);
    }
  }
  entries.sort((a, b) => byTime(a.event, b.event));
  let acknowledged = 0;
  if (entries.length > 0) {
    const result = await log.append(entries.map((e) => e.event));
    const settled = new Set(result.acknowledged);
    acknowledged = result.acknowledged.length;
    for (const rejected of result.rejected) {
      if (rejected.id !== undefined) settled.add(rejected.id);
      problems.push(rejected.message);
    }
    for (const { key, event } of entries) if (settled.has(event.id)) done.push(key);
  }
  if (done.length > 0) await storage.remove(done);
  return { acknowledged, problems };
}

/**
 * One drain at a time, and what is asked for while one runs goes into the next, merged: under load
 * (ten tabs writing) each log write then takes everything waiting instead of queueing one small
 * drain per storage change. `undefined` asks for every outbox key. A request's promise settles with
 * the run that covers it.
 */
export function coalescingDrainer(
  run: (keys?: string[]) => Promise<void>,
): (keys?: string[]) => Promise<void> {
  let all = false;
  const keys = new Set<string>();
  let next: Promise<void> | undefined;
  let running: Promise<void> = Promise.resolve();

  return (asked?: readonly string[]) => {
    if (asked === undefined) all = true;
    else for (const key of asked) keys.add(key);
    next ??= running
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        next = undefined;
        const wanted = all ? undefined : [...keys];
        all = false;
        keys.clear();
        return run(wanted);
      });
    running = next;
    return next;
  };
}
