/**
 * Benchmark-style checks that compare sizes, never clocks: a busy CI machine slows the small case and
 * the large one alike, while an O(n) append or a quadratic CSV still fails. Figures are printed; the
 * budgets themselves live in bench/.
 */
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../lib/log/csv';
import { MemoryStore } from '../../../lib/log/kv';
import { LogStore } from '../../../lib/log/store';
import { describeGrowth, growth, LINEAR_BOUND } from '../growth';
import { manyEvents, nodeDigest } from './fixtures';

const MEASURED = 1000; // two full chunks' worth at the default 500 per chunk

/** A log of `size` events (built fast with node's SHA-256), re-opened with Web Crypto as in the extension. */
async function logOfSize(size: number) {
  const kv = new MemoryStore();
  const seed = await LogStore.open(kv, { digest: nodeDigest });
  for (let i = 0; i < size; i += 5000) {
    await seed.appendMany(manyEvents(Math.min(5000, size - i), `p${i}`));
  }
  return { kv, log: await LogStore.open(kv) };
}

/** CPU milliseconds per append (CPU time, not wall time: a busy machine slows wall time unevenly). */
async function msPerAppend(log: LogStore, prefix: string): Promise<number> {
  const events = manyEvents(MEASURED, prefix);
  const start = process.cpuUsage();
  for (const event of events) await log.append(event);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / MEASURED;
}

describe('performance', () => {
  it('append cost does not grow with the size of the log (1,000 vs 100,000 events)', async () => {
    const small = await logOfSize(1_000);
    const large = await logOfSize(100_000);
    await msPerAppend((await logOfSize(500)).log, 'warmup');

    const smallMs = await msPerAppend(small.log, 'm');
    const largeMs = await msPerAppend(large.log, 'm');
    console.log(
      `append (single events, Web Crypto, cloning MemoryStore): ${smallMs.toFixed(3)} ms/event at 1k, ` +
        `${largeMs.toFixed(3)} ms/event at 100k (ratio ${(largeMs / smallMs).toFixed(2)})`,
    );
    expect(large.log.count()).toBe(101_000);
    expect(largeMs / smallMs).toBeLessThan(LINEAR_BOUND);

    let start = performance.now();
    const verified = await large.log.verify();
    const verifyMs = performance.now() - start;
    start = performance.now();
    const records = await large.log.readAll();
    const readMs = performance.now() - start;
    expect(verified).toEqual({ ok: true, count: 101_000 });

    const csv = toCsv(records.slice(0, 100_000));
    expect(csv.split('\r\n')).toHaveLength(100_002); // header + rows + trailing empty
    const csvGrowth = growth(toCsv, records.slice(0, 10_000), records.slice(0, 100_000), 10, 2);
    console.log(
      `101k log: verify ${verifyMs.toFixed(0)} ms, readAll ${readMs.toFixed(0)} ms; ` +
        `CSV of 10k vs 100k records ${describeGrowth(csvGrowth)} (${(csv.length / 1e6).toFixed(1)} MB)`,
    );
    expect(csvGrowth.perSize).toBeLessThan(LINEAR_BOUND);
  }, 180_000);
});
