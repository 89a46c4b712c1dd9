/**
 * Seeding the extension's log for the log page's e2e tests, with no test-only code in the release:
 * the chain is built here in Node with lib/log itself (MemoryStore + LogStore.appendMany, Node's
 * SHA-256), and the resulting keys are copied into chrome.storage.local by the service worker, in
 * batches. The background's LogStore then opens that storage as it would any log it wrote.
 */

import { createHash } from 'node:crypto';
import type { Worker } from '@playwright/test';
import type { LogEvent } from '../../lib/events/schema';
import { type Digest, LogStore, MemoryStore } from '../../lib/log';
import type { Channel } from '../../lib/model';

export const nodeDigest: Digest = async (data) => createHash('sha256').update(data).digest();

/** The stored keys of a log holding `events` (default chunk size, as the background uses). */
export async function buildLog(events: readonly LogEvent[]): Promise<Record<string, unknown>> {
  const kv = new MemoryStore({ clone: false });
  const store = await LogStore.open(kv, { digest: nodeDigest });
  for (let i = 0; i < events.length; i += 5000) {
    const result = await store.appendMany(events.slice(i, i + 5000));
    if (result.rejected.length > 0) throw new Error(result.rejected[0]!.message);
  }
  return Object.fromEntries(kv.data);
}

/**
 * Copies the keys into chrome.storage.local, chunks first and meta/index last, ~20 chunks a call.
 * Sent as JSON text: Playwright's own encoding of a large object argument is several times slower.
 */
export async function seedStorage(
  worker: Worker,
  items: Record<string, unknown>,
  perCall = 20,
): Promise<void> {
  const entries = Object.entries(items).sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : 1));
  for (let i = 0; i < entries.length; i += perCall) {
    const batch = JSON.stringify(Object.fromEntries(entries.slice(i, i + perCall)));
    await worker.evaluate(async (text) => chrome.storage.local.set(JSON.parse(text)), batch);
  }
}

const rank = (key: string) => (key.includes(':chunk:') ? 0 : 1);

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SITES = ['demo-sites', 'branch-surgery', 'hospital-opd'] as const;
const NEED_SETS = [
  { needs: ['interpreter'], rule: 'interpreter-remote' },
  { needs: ['bsl-interpreter'], rule: 'bsl-remote' },
  { needs: ['no-digital-access'], rule: 'no-digital-online' },
  { needs: ['learning-disability', 'longer-appointment'], rule: 'ld-longer' },
  { needs: [], rule: '' },
  { needs: [], rule: '' },
] as const;
const REMOTE = ['telephone', 'video', 'online'] as const;

export interface SeedOptions {
  /** First event time (default: `days` days before now). */
  start?: Date;
  /** Days the events spread over (default 90). */
  days?: number;
  prefix?: string;
  seed?: number;
  /** Put this override comment on the first overridden prompt (e.g. a formula). */
  firstComment?: string;
}

/**
 * `count` events that look like a practice's: per booking, a prompt (shown, then accepted, overridden,
 * dismissed or ignored) when a need meets a remote slot, then the booking.
 */
export function practiceEvents(count: number, options: SeedOptions = {}): LogEvent[] {
  const days = options.days ?? 90;
  const start = options.start ?? new Date(Date.now() - days * 86_400_000);
  const prefix = options.prefix ?? 's';
  const rnd = random(options.seed ?? 7);
  const perEvent = (days * 86_400_000) / count;
  const out: LogEvent[] = [];
  let comment = options.firstComment;
  for (let b = 0; out.length < count; b++) {
    const time = () => new Date(start.getTime() + Math.floor(out.length * perEvent)).toISOString();
    const hookInstance = `${prefix}-h${b}`;
    const siteId = SITES[Math.floor(rnd() * SITES.length)]!;
    const set = NEED_SETS[Math.floor(rnd() * NEED_SETS.length)]!;
    const needs = [...set.needs];
    const before = rnd() < 0.6 ? REMOTE[Math.floor(rnd() * REMOTE.length)]! : 'face-to-face';
    let channel: Channel = before;
    const common = { hookInstance, siteId, profileId: 'generic', userRole: 'receptionist' as const };
    const flagged = needs.length > 0 && before !== 'face-to-face';
    if (flagged) {
      const card = `${prefix}-c${b}`;
      const flag = {
        ...common,
        type: 'flag' as const,
        card,
        ruleId: set.rule,
        ruleVersion: 1,
        indicator: 'warning' as const,
        needs,
        channelBefore: before,
      };
      out.push({ ...flag, id: `${card}:displayed`, time: time(), kind: 'displayed' });
      const r = rnd();
      if (r < 0.6) {
        channel = 'face-to-face';
        out.push({
          ...flag,
          id: `${card}:accepted`,
          time: time(),
          kind: 'accepted',
          outcome: 'accepted',
          acceptedSuggestions: [{ id: 'set-face-to-face' }],
          channelAfter: 'face-to-face',
        });
      } else if (r < 0.8) {
        out.push({
          ...flag,
          id: `${card}:overridden`,
          time: time(),
          kind: 'overridden',
          outcome: 'overridden',
          overrideReason: {
            reason: {
              system: 'urn:equity-prompts:override',
              code: 'patient-choice',
              display: 'Patient asked for this',
            },
            ...(comment ? { userComment: comment } : {}),
          },
          channelAfter: before,
        });
        comment = undefined;
      } else if (r < 0.9) {
        out.push({ ...flag, id: `${card}:dismissed`, time: time(), kind: 'dismissed' });
      } else {
        out.push({ ...flag, id: `${card}:ignored`, time: time(), kind: 'ignored' });
      }
    }
    out.push({
      ...common,
      id: `${hookInstance}:booking`,
      time: time(),
      type: 'booking',
      needs,
      channel,
      flagged,
      ruleIds: flagged ? [set.rule] : [],
    });
  }
  return out.slice(0, count);
}
