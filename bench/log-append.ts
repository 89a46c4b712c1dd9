/**
 * Log append time at 1,000 and at 100,000 events (lib/log on an in-memory store that copies values
 * as chrome.storage does), and CSV export of 100,000 events. Run with vite-node; prints JSON.
 * Figures are medians of single appends.
 */
import type { LogEvent } from '../lib/events/schema';
import { toCsv } from '../lib/log/csv';
import { MemoryStore } from '../lib/log/kv';
import { LogStore } from '../lib/log/store';

function event(i: number): LogEvent {
  return {
    id: `bench-${i}:displayed`,
    type: 'flag',
    kind: 'displayed',
    hookInstance: `h-${Math.floor(i / 3)}`,
    time: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
    siteId: 'demo-sites',
    profileId: 'generic',
    userRole: 'receptionist',
    card: `card-${i}`,
    ruleId: 'interpreter-remote',
    ruleVersion: 1,
    indicator: 'warning',
    needs: ['interpreter'],
    channelBefore: 'telephone',
  };
}

/** Median time of single appends: a median, so one garbage collection does not decide the figure. */
async function appendCost(store: LogStore, from: number, count: number): Promise<number> {
  const samples: number[] = [];
  for (let i = from; i < from + count; i++) {
    const started = performance.now();
    await store.append(event(i));
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

const store = await LogStore.open(new MemoryStore({ clone: true }));
// Fill to 1,000, measure 200 appends; fill to 100,000 (in batches), measure 200 appends.
for (let i = 0; i < 1000; i += 500)
  await store.appendMany(Array.from({ length: 500 }, (_, k) => event(i + k)));
const at1k = await appendCost(store, 1000, 400);
for (let i = 1400; i < 100_000; i += 1000) {
  await store.appendMany(Array.from({ length: Math.min(1000, 100_000 - i) }, (_, k) => event(i + k)));
}
const at100k = await appendCost(store, 100_000, 400);
const records = await store.readAll();
const csvStarted = performance.now();
const csv = toCsv(records.slice(0, 100_000));
const csvMs = performance.now() - csvStarted;
console.log(
  JSON.stringify({
    appendMsAt1k: at1k,
    appendMsAt100k: at100k,
    ratio: at100k / at1k,
    csvMsAt100k: csvMs,
    csvBytes: csv.length,
  }),
);
